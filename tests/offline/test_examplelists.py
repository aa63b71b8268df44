"""Session 16: two members of a list of examples are flagged (`conj:ex`), a round's co-givers
apart (`conj:exj`). Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.offline import examplelists
from veille.offline.conjlists import as_units, units
from veille.offline.examplelists import example_flag
from veille.offline.orgnames import OrgMention


def _mentions(text: str, names: list[str]) -> list[OrgMention]:
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(OrgMention(start, start + len(name), name, name, "other", False))
        at = start + len(name)
    return found


@pytest.mark.parametrize(
    ("text", "names", "flag"),
    [
        ("Orvane atende redes como Kestrel, Pelt Varejo e Halder.", ["Kestrel", "Halder"], "ex"),
        (
            "Anbieter wie Kestrel Cloud und Pelt mieten Orvane-Chips.",
            ["Kestrel Cloud", "Pelt"],
            "ex",
        ),
        ("Orvane sells to customers such as Kestrel and Pelt.", ["Kestrel", "Pelt"], "ex"),
        ("Orvane compte Kestrel et Pelt parmi ses clients.", ["Kestrel", "Pelt"], "ex"),
        (
            "Orvane raised money from investors including Kestrel and Pelt.",
            ["Kestrel", "Pelt"],
            "exj",
        ),
        ("Orvane sells chips to Kestrel and Pelt.", ["Kestrel", "Pelt"], None),
    ],
)
def test_a_list_opened_as_examples_is_flagged(
    text: str, names: list[str], flag: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(examplelists, "EXAMPLES", True)
    first, last = _mentions(text, names)
    assert example_flag(text, first, last) == ({f"conj:{flag}": 1.0} if flag else {})


def test_only_two_members_of_one_list_carry_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(examplelists, "EXAMPLES", True)
    text = "Orvane serves rivals like Kestrel, Pelt and Halder."
    orgs = _mentions(text, ["Orvane", "Kestrel", "Pelt", "Halder"])
    listed = units(text, orgs)
    assert as_units(orgs, listed, 1, 3, text)[2] == {"conj:within": 1.0, "conj:ex": 1.0}
    assert as_units(orgs, listed, 0, 2, text)[2] == {"conj:member": 1.0}
    monkeypatch.setattr(examplelists, "EXAMPLES", False)
    assert as_units(orgs, listed, 1, 3, text)[2] == {"conj:within": 1.0}
