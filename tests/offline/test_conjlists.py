"""Session 7: coordinated lists of parties ("to A, B and C") read as one party by the deal
re-ranker's link features. Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.offline import conjlists
from veille.offline.conjlists import as_units, lists, units
from veille.offline.engine import rule_view
from veille.offline.orgnames import OrgMention
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput


def _mentions(text: str, names: list[str]) -> list[OrgMention]:
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(OrgMention(start, start + len(name), name, name, "other", False))
        at = start + len(name)
    return found


def _lists(text: str, names: list[str]) -> list[list[str]]:
    return [[names[i] for i in run] for run in lists(text, _mentions(text, names))]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Orvane will supply chips to Kestrel, Pelt Cloud, Halder and Belmora, its chief said.",
            ["Orvane", "Kestrel", "Pelt Cloud", "Halder", "Belmora"],
            [["Kestrel", "Pelt Cloud", "Halder", "Belmora"]],
        ),
        (
            "Orvane a signé avec Kestrel et l'espagnol Pelt Media, puis avec Halder.",
            ["Orvane", "Kestrel", "Pelt Media", "Halder"],
            [["Kestrel", "Pelt Media"]],
        ),
        (
            "Kestrel und Pelt haben Lizenzverträge mit Orvane sowie mit Halder unterzeichnet.",
            ["Kestrel", "Pelt", "Orvane", "Halder"],
            [["Kestrel", "Pelt"], ["Orvane", "Halder"]],
        ),
        (
            "Orvane vendió chips a Kestrel y a Pelt, así como a Halder.",
            ["Orvane", "Kestrel", "Pelt", "Halder"],
            [["Kestrel", "Pelt", "Halder"]],
        ),
        (
            "The Kestrel and the Pelt have signed licensing deals with Orvane.",
            ["Kestrel", "Pelt", "Orvane"],
            [["Kestrel", "Pelt"]],
        ),
    ],
)
def test_coordinated_parties_form_one_list(
    text: str, names: list[str], expected: list[list[str]]
) -> None:
    assert _lists(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # commas alone: an apposition or two clauses, not a list
        ("Orvane, Kestrel signed.", ["Orvane", "Kestrel"]),
        # ", and" between two parties joins two clauses
        ("Orvane paid $7 million for Kestrel, and Pelt bought Halder.", ["Kestrel", "Pelt"]),
        # a verb between the parties
        ("Orvane bought Kestrel and acquired Pelt.", ["Kestrel", "Pelt"]),
        # a choice is no list
        ("Rivals such as Kestrel or Pelt.", ["Kestrel", "Pelt"]),
    ],
)
def test_parties_not_coordinated_are_no_list(text: str, names: list[str]) -> None:
    assert _lists(text, names) == []


def test_commas_after_the_last_conjunction_leave_the_list() -> None:
    text = "Orvane and Kestrel, Pelt said on Monday."
    assert _lists(text, ["Orvane", "Kestrel", "Pelt"]) == [["Orvane", "Kestrel"]]


def test_a_listed_party_is_linked_at_its_lists_span() -> None:
    text = "Orvane signed with Kestrel, Pelt and Halder."
    orgs = _mentions(text, ["Orvane", "Kestrel", "Pelt", "Halder"])
    listed = units(text, orgs)
    assert listed == {1: (1, 3), 2: (1, 3), 3: (1, 3)}
    a, b, flags = as_units(orgs, listed, 0, 3)
    assert (a.start, a.end, a.name) == (orgs[0].start, orgs[0].end, "Orvane")
    assert (b.start, b.end, b.name) == (orgs[1].start, orgs[3].end, "Halder")
    assert flags == {"conj:member": 1.0}
    assert as_units(orgs, listed, 1, 2)[2] == {"conj:within": 1.0}
    # an implicit main subject (named elsewhere, first in the sentence's parties) never lists
    pair = "Orvane and Kestrel signed."
    assert units(pair, _mentions(pair, ["Orvane", "Kestrel"]), skip=1) == {}
    assert units(pair, _mentions(pair, ["Orvane", "Kestrel"])) == {0: (0, 1), 1: (0, 1)}


def _links(text: str) -> dict[frozenset[str], set[str]]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    return {
        frozenset(c.parties): {k for k in c.features if k.startswith(("link:", "conj:"))}
        for c in candidates(view)
        if c.amount is None
    }


def test_every_member_of_an_object_list_gets_the_verbs_link(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Corvant Systems has signed licensing agreements with Halder Robotics,"
        " Belmora Networks and Pelt Analytics."
    )
    found = _links(text)
    last = found[frozenset({"Corvant Systems", "Pelt Analytics"})]
    assert {"link:obj", "link:svo:noamt", "conj:member"} <= last
    assert found[frozenset({"Halder Robotics", "Belmora Networks"})] == {"conj:within"}
    monkeypatch.setattr(conjlists, "LISTS", False)
    assert "link:obj" not in _links(text)[frozenset({"Corvant Systems", "Pelt Analytics"})]


def test_every_member_of_a_subject_list_gets_the_verbs_link() -> None:
    text = (
        "Halder Robotics et Belmora Networks ont signé des contrats de licence"
        " avec Corvant Systems."
    )
    first = _links(text)[frozenset({"Halder Robotics", "Corvant Systems"})]
    assert {"link:svo", "conj:member"} <= first
