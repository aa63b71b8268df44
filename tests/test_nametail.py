"""veille/nametail.py: a `<name>,<tail>` pattern tried only before its tail's commas
(session 11, third speed pass) must find exactly `finditer`'s matches, windows included:
orgcontext's two registered patterns on the fixture articles, and small patterns of the
same shape on crafted and generated texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille import nametail
from veille.cuegate import CueGate
from veille.offline import orgcontext

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# a name of at most two whitespace characters ("Cd of Ef"), then ", the firm" or ", by"
SMALL_TAIL = re.compile(r",\s+(?:the\s+)?(?:firm|by)\b")
SMALL = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z]\w*(?:\s(?:of\s)?[A-Za-z]\w*)?)" + SMALL_TAIL.pattern
)
nametail.register(SMALL, SMALL_TAIL, 2)
_SMALL_GATE = CueGate((SMALL,))
ALPHABET = "aB of the firm by,, \n\u00a0-xY1"


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m["name"]) for m in matches]


def _registered() -> list[re.Pattern[str]]:
    return [p for p in orgcontext._contexts() if nametail.tail_of(p) is not None]


def _texts() -> list[str]:
    texts = []
    for name in ("heldout", "heldout_fresh", "heldout_final", "heldout_last"):
        for line in (FIXTURES / name / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_orgcontext_registers_its_two_comma_patterns() -> None:
    patterns = _registered()
    assert len(patterns) == 2
    assert orgcontext._apposition_re() in patterns
    assert all(nametail.tail_of(p) == (p_tail(p), orgcontext.NAME_SPACES) for p in patterns)


def p_tail(pattern: re.Pattern[str]) -> re.Pattern[str]:
    entry = nametail.tail_of(pattern)
    assert entry is not None and pattern.pattern.endswith(entry[0].pattern)
    return entry[0]


def test_registered_patterns_match_as_finditer_on_fixture_articles() -> None:
    crafted = (
        "Saab, the Swedish defence group that builds jets, and Neon, start-up rachetée par "
        "Mistral, and J.P. Morgan Chase de Paris, a bank of note. Lee Vector, a startup in Oslo."
    )
    texts = [*_texts(), crafted]
    total = 0
    for pattern in _registered():
        entry = nametail.tail_of(pattern)
        assert entry is not None
        gate = CueGate((pattern,))
        for text in texts:
            expected = _spans(list(pattern.finditer(text)))
            total += len(expected)
            assert _spans(nametail.finditer(pattern, *entry, text)) == expected
            assert _spans(gate.finditer_all(text)[0]) == expected
            cut = (len(text) // 3, 2 * len(text) // 3)
            assert _spans(nametail.finditer(pattern, *entry, text, *cut)) == _spans(
                list(pattern.finditer(text, *cut))
            )
    assert total > 0


def test_crafted_small_pattern() -> None:
    text = "x, Ab, the firm; Cd of Ef, by; a b c d, the firm"
    assert _spans(nametail.finditer(SMALL, SMALL_TAIL, 2, text)) == _spans(
        list(SMALL.finditer(text))
    )
    assert SMALL.search(text) is not None


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet=ALPHABET, max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=70),
)
def test_small_pattern_matches_as_finditer(text: str, pos: int, endpos: int) -> None:
    assert _spans(nametail.finditer(SMALL, SMALL_TAIL, 2, text, pos, endpos)) == _spans(
        list(SMALL.finditer(text, pos, endpos))
    )
    assert _spans(_SMALL_GATE.finditer_all(text, pos, endpos)[0]) == _spans(
        list(SMALL.finditer(text, pos, endpos))
    )
