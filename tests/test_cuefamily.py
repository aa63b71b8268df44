"""veille.cuefamily gives each member pattern exactly its own `finditer` matches."""

from __future__ import annotations

import re
from typing import Any

from veille.cuefamily import CueFamily
from veille.offline import orgcontext, orgcues, orgframes, orgs, orgunknown
from veille.offline.orgscan import ORGS

CASH = re.compile(r"(?<![\w-])(?:raised|levé|lève|recauda)\s+(?P<name>\$?\d+)")
SUFFIX = re.compile(r"(?:[Aa]nbieter|[Kk]onzern)\s+(?P<name>[A-Z]\w+)")  # no lookbehind
BARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|GW|MW)")  # no key a cue can open on


def _texts(eval_items: list[dict[str, Any]]) -> list[str]:
    texts = [t for item in eval_items for t in (item["text"], item["title"])]
    return [*texts, "", "Der Softwareanbieter WalkMe hat 20 Mio. raised 5", "raised 7"]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_members_match_as_their_own_finditer(eval_items: list[dict[str, Any]]) -> None:
    family = CueFamily(texts=2)
    family.member(lambda: (CASH, SUFFIX))
    family.member(lambda: (BARE, CASH))  # a pattern declared twice is scanned once
    assert len(family.gate().patterns) == 3
    for text in _texts(eval_items):
        for pattern in (CASH, SUFFIX, BARE):
            assert _spans(family.finditer(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_a_pattern_outside_the_family_is_scanned_alone() -> None:
    family = CueFamily()
    family.member(lambda: (CASH,))
    other = re.compile(r"(?<!\w)Konzern\s+(?P<name>[A-Z]\w+)")
    text = "Der Konzern Siemens hat raised 12"
    assert _spans(family.finditer(other, text)) == _spans(list(other.finditer(text)))


def test_a_late_member_rebuilds_the_gate_and_the_cache_stays_small() -> None:
    family = CueFamily(texts=2)
    family.member(lambda: (CASH,))
    first = family.gate()
    family.member(lambda: (SUFFIX,))
    assert family.gate() is not first and len(family.gate().patterns) == 2
    for text in ("raised 1", "raised 2", "raised 3"):
        assert [m["name"] for m in family.finditer(CASH, text)] == [text[-1]]
    assert len(family._recent) == 2


def test_the_orgs_family_holds_the_orgs_patterns(eval_items: list[dict[str, Any]]) -> None:
    """find_orgs's patterns read through ORGS match as their own finditer."""
    patterns = (
        *orgs._members(),  # the gazetteer's matcher
        orgunknown.descriptor_re(),
        orgcontext._institution_re(),
        *orgcontext._members(),
        *orgcues._members(),
        *orgunknown._members(),
        *orgframes._members(),
    )
    assert {id(p) for p in patterns} == {id(p) for p in ORGS.gate().patterns}
    for text in _texts(eval_items)[:12]:
        for pattern in patterns:
            assert _spans(ORGS.finditer(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_the_lowered_family_holds_the_lower_case_cues(eval_items: list[dict[str, Any]]) -> None:
    """Deal, unrealised and rival cues read through LOWERED match as their own finditer."""
    from veille.offline import dealtype, pairfeatures
    from veille.offline.lowscan import LOWERED

    patterns = (dealtype._cue_re(True), pairfeatures._unreal_lower_re(), pairfeatures.rivals_re())
    assert {id(p) for p in patterns} == {id(p) for p in LOWERED.gate().patterns}
    for text in _texts(eval_items)[:12]:
        low = text.lower()
        for pattern in patterns:
            assert _spans(LOWERED.finditer(pattern, low)) == _spans(list(pattern.finditer(low)))


def test_a_window_reads_as_finditer_with_pos_and_endpos(eval_items: list[dict[str, Any]]) -> None:
    """`window` (session 16): a member's matches between pos and endpos of a long text, from
    the whole text's shared places; None for a short text or a pattern outside the family."""
    from veille.offline import dealtype
    from veille.offline.lowscan import LOWERED

    pattern, served = dealtype._cue_re(True), 0
    for text in _texts(eval_items)[:40]:
        low = text.lower()
        for pos in range(0, len(low), 97):
            for endpos in (pos + 1, pos + 70, pos + 240, len(low)):
                found = LOWERED.window(pattern, low, pos, endpos)
                if found is not None:
                    served += 1
                    expected = list(pattern.finditer(low, pos, endpos))
                    assert _spans(found) == _spans(expected), (pos, endpos)
    assert served > 100
    assert LOWERED.window(pattern, "a short deal", 0, 5) is None
    assert LOWERED.window(CASH, "x" * 500, 0, 5) is None
