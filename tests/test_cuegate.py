"""veille/cuegate.py: a gate whose patterns are all IGNORECASE reads its places in the
lower-cased text, with its own table of lower-cased keys (session 11; was one pattern only).
The matches must stay exactly `finditer`'s, windows included, on texts with the characters
IGNORECASE folds specially (Kelvin sign, long s, dotless and dotted i, sharp s)."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cuegate import CueGate

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
