"""Session 12: a raise told in a young company's profile is the young company's
(`veille.offline.younground`). Made-up names and sentences."""

from __future__ import annotations

from veille.offline.orgnames import OrgMention
from veille.offline.younground import young_recipient

PROFILE = "Fondée en 2021, la jeune pousse emploie 180 personnes. Elle avait levé 45 millions."


def _m(name: str, kind: str, known: bool, start: int = 0) -> OrgMention:
    return OrgMention(start, start + len(name), name, name, kind, known)


BEFORE = [
    _m("Worldline", "software", True, 0),
    _m("Synapsea", "other", False, 40),
    _m("Worldline", "software", True, 90),
    _m("Synapsea", "other", False, 140),
]


def test_the_profiled_young_company_raises() -> None:
    assert young_recipient("Worldline", set(), BEFORE, set(), PROFILE) == "Synapsea"


def test_a_named_recipient_stays() -> None:
    assert young_recipient("Worldline", {"Worldline"}, BEFORE, set(), PROFILE) == "Worldline"


def test_no_young_cue_keeps_the_incumbent() -> None:
    plain = "Le groupe a émis des obligations. Il a levé 45 millions."
    assert young_recipient("Worldline", set(), BEFORE, set(), plain) == "Worldline"


def test_a_listed_ai_lab_raises_itself() -> None:
    before = [_m("Mistral AI", "ai_lab", True, 0), _m("Sylvane", "other", False, 30)]
    assert young_recipient("Mistral AI", set(), before, set(), PROFILE) == "Mistral AI"


def test_never_an_investor_already_giving() -> None:
    before = [*BEFORE, _m("Nordvest", "other", False, 200), _m("Nordvest", "other", False, 220)]
    assert young_recipient("Worldline", set(), before, {"Nordvest"}, PROFILE) == "Synapsea"
