"""Session 7: coordinated lists of parties ("to A, B and C") read as one party by the deal
re-ranker's link features. Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.offline import conjlists
from veille.offline.conjlists import as_units, lists, units
from veille.offline.engine import rule_view
from veille.offline.orgnames import OrgMention
from veille.offline.rerank import Model, select
from veille.offline.rerankfeatures import Candidate, candidates
from veille.offline.sentences import Sentence
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


def _listed(name: str, unit: tuple[int, ...] | None, **features: float) -> Candidate:
    f = {"noamt": 1.0, "namts:0": 1.0, "link:obj": 1.0, "conj:member": 1.0, **features}
    return Candidate(("Orvane", name), None, Sentence(0, 10, "x" * 10, 0, 0), None, f, unit=unit)


def test_a_kept_linked_list_member_brings_the_other_members() -> None:
    model = Model({"strong": 5.0}, 0.6)
    head = _listed("Kestrel", (0, 6, 19, 40), strong=1.0)
    member = _listed("Pelt", (0, 6, 19, 40))
    other_list = _listed("Halder", (0, 6, 50, 70))
    assert model.probability(member.features) < 0.6 <= model.probability(head.features)
    chosen = select([head, member, other_list], model)
    assert head in chosen and member in chosen and other_list not in chosen


def test_an_unlinked_list_completes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = Model({"strong": 5.0}, 0.6)
    head = _listed("Kestrel", (0, 6, 19, 40), strong=1.0)
    del head.features["link:obj"]
    member = _listed("Pelt", (0, 6, 19, 40))
    assert select([head, member], model) == [head]
    # a sentence with an amount: the list is left to the model
    head = _listed("Kestrel", (0, 6, 19, 40), strong=1.0)
    head.features.pop("namts:0")
    member.features.pop("namts:0")
    assert select([head, member], model) == [head]
    monkeypatch.setattr(conjlists, "COMPLETE", False)
    head.features["namts:0"] = member.features["namts:0"] = 1.0
    assert select([head, member], model) == [head]


def test_candidates_of_a_list_share_the_completion_key() -> None:
    view, _, _ = rule_view(
        ArticleInput(
            article_id="t",
            title="",
            text="Corvant Systems has signed licensing agreements with Halder Robotics"
            " and Belmora Networks.",
        )
    )
    units_of = {frozenset(c.parties): c.unit for c in candidates(view) if c.amount is None}
    halder = units_of[frozenset({"Corvant Systems", "Halder Robotics"})]
    assert halder is not None
    assert units_of[frozenset({"Corvant Systems", "Belmora Networks"})] == halder
    assert units_of[frozenset({"Halder Robotics", "Belmora Networks"})] is None


def test_a_list_of_examples_is_not_completed() -> None:
    text = (
        "Suppliers such as Halder Robotics and Belmora Networks signed deals with Corvant Systems."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    found = [c for c in candidates(view) if c.amount is None]
    assert found and all(c.unit is None for c in found)
    assert any("conj:member" in c.features for c in found)
