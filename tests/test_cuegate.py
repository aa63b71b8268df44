"""veille/cuegate.py: a gate whose patterns are all IGNORECASE reads its places in the
lower-cased text, with its own table of lower-cased keys (session 11; was one pattern only).
The matches must stay exactly `finditer`'s, windows included, on texts with the characters
IGNORECASE folds specially (Kelvin sign, long s, dotless and dotted i, sharp s)."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cuegate import CueGate, finditer

FOLDED = (
    r"(?i)(?<!\w)ab",
    r"(?i)(?<!\w)(?:[h-j]s|k\d|ss)\d",
    r"(?i)(?<![\w-])(?:ab|k|the)\s+\w",
    r"(?i)(?<!\w)(?:ab|abc|a b)\s+(?P<name>[a-z]\w*)",
)
ALPHABET = "ab xAB-'’\n\t\u00a0lé,1.the-hIJsSkK\u212a\u017f\u0131\u0130\u00df\u1e9e\u0663c"


@cache
def _gate() -> CueGate:
    return CueGate(tuple(re.compile(p) for p in FOLDED))


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_folded_gate_reads_lowered_places() -> None:
    gate = _gate()
    assert gate.lowered is not None
    assert set(gate.low_table) >= {"ab", "the\x00"}


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_folded_gate_same_as_finditer(text: str, pos: int, endpos: int) -> None:
    gate = _gate()
    for window in ((0, len(text)), (pos, endpos)):
        got = gate.finditer_all(text, *window)
        for pattern, matches in zip(gate.patterns, got, strict=True):
            assert _spans(matches) == _spans(list(pattern.finditer(text, *window)))


# session 11: a keyed pattern (no lookbehind: compounds) found by `str.find` of its literal
# prefixes in the lowered text, and a one-pattern gate taking `finditer_one`
KEYED = re.compile(r"(?:Investor|investor|Konzern|konzern)(?:s|en)?\s+(?P<name>[A-Z]\w+)")
CUED = re.compile(r"(?<!\w)(?:raised|levé)\s+(?P<n>\d+)", re.I)


def test_keyed_literals_and_one_pattern_gate() -> None:
    keyed = CueGate((KEYED,))
    assert keyed.literals[0] == ("investor", "konzern") and not keyed.one
    assert CueGate((CUED,)).one
    text = "Großinvestors Abc, KONZERN Nope, Der Konzern Siemens; RAISED 12, a levé 7"
    assert _spans(keyed.finditer_all(text)[0]) == _spans(list(KEYED.finditer(text)))
    assert [m["n"] for m in finditer(CUED, text, 1)] == ["12", "7"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="KkonzerInvstoRAISEDld é12,Sx", max_size=60), st.integers(0, 5))
def test_keyed_and_one_pattern_same_as_finditer(text: str, pos: int) -> None:
    assert _spans(CueGate((KEYED,)).finditer_all(text, pos)[0]) == _spans(
        list(KEYED.finditer(text, pos))
    )
    assert _spans(finditer(CUED, text, pos)) == _spans(list(CUED.finditer(text, pos)))


# session 12: windows of the text read last take their places from its whole scan
@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="raisedlvé RAISED12,.-\n\u0130\u212a", max_size=60),
    st.lists(st.tuples(st.integers(0, 65), st.integers(0, 65)), min_size=1, max_size=6),
)
def test_windows_of_one_text_same_as_finditer(text: str, windows: list[tuple[int, int]]) -> None:
    gate = CueGate((CUED,))
    for pos, endpos in windows:
        got = gate.finditer_one(text, pos, endpos)
        assert _spans(got) == _spans(list(CUED.finditer(text, pos, endpos)))
        assert gate.last_text is text or (pos == 0 and endpos >= len(text))
