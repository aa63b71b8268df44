"""veille/cueshare.py: the lowered cue gates read a long text's places from one shared scan
(session 15). Their matches must stay exactly `finditer`'s, windows included."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_cuegate import ALPHABET, FOLDED, _spans  # the same folded patterns and text
from veille import cuegate
from veille.cuegate import CueGate, finditer
from veille.cueshare import LONG
from veille.devtools.typedata import read_jsonl
from veille.offline.engine import enrich
from veille.schema import ArticleInput

PATTERNS = tuple(re.compile(p) for p in FOLDED)
GATE = CueGate(PATTERNS)


def test_long_texts_are_shared_and_remembered() -> None:
    assert GATE.members is not None and len(GATE.members) == len(PATTERNS)
    text = "the x ab k12 ab cd " * (LONG // 19 + 1)
    first = cuegate._SHARE.places(text)
    assert first is not None and cuegate._SHARE.places(text) is first
    assert all(first[member] for member in GATE.members.values())
    assert cuegate._SHARE.places(text[: LONG - 1]) is None  # short: each gate scans alone


def test_who_shares() -> None:
    """IGNORECASE keys and lower-case keys read in the lowered text; "Ab" does not."""
    assert CueGate((re.compile(r"(?<!\w)ab\d"),)).members is not None
    assert CueGate((re.compile(r"(?<!\w)Ab\d"),)).members is None
    assert CueGate((re.compile(r"(?<!\w)Ab\d", re.I),)).members is not None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=ALPHABET, min_size=LONG, max_size=LONG + 80),
    st.integers(0, LONG + 90),
    st.integers(0, LONG + 90),
)
def test_shared_places_same_as_finditer(text: str, pos: int, endpos: int) -> None:
    for window in ((0, len(text)), (pos, endpos)):
        got = GATE.finditer_all(text, *window)
        for pattern, matches in zip(PATTERNS, got, strict=True):
            assert _spans(matches) == _spans(list(pattern.finditer(text, *window)))
    for pattern in PATTERNS:  # one-pattern gates, whole text then a window of it
        for window in ((0, len(text)), (pos, endpos)):
            expected = list(pattern.finditer(text, *window))
            assert _spans(finditer(pattern, text, *window)) == _spans(expected)


def test_engine_members_same_as_finditer_on_articles(fixtures_dir: Path) -> None:
    """The engine's own lowered patterns, over real articles and their sentences' windows."""
    rows = read_jsonl(fixtures_dir / "heldout" / "articles.jsonl")[:6]
    texts = [d["text"] for d in rows if len(d["text"]) >= LONG]
    assert texts
    enrich(ArticleInput(article_id="a", title="", text=texts[0]))  # the members join
    members = [pattern for pattern, _ in cuegate._SHARE._members]
    assert len(members) >= 10
    for text in texts:
        cuts = [0, *(m.end() for m in re.finditer(r"[.!?]\s", text)), len(text)]
        for pattern in members:
            assert _spans(finditer(pattern, text)) == _spans(list(pattern.finditer(text)))
            for lo, hi in pairwise(cuts):
                expected = list(pattern.finditer(text, lo, hi))
                assert _spans(finditer(pattern, text, lo, hi)) == _spans(expected)
