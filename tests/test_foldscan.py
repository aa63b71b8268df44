"""veille.foldscan answers exactly as the IGNORECASE search it stands for."""

from __future__ import annotations

import random
import re

import pytest

from veille import cuegate, foldscan
from veille.offline import clauses, pairfeatures, parties, summary, xamounts

PATTERNS = (
    re.compile(r"(?<!\w)(?:déjà|bereits|last year|is|as|kelvin|straße|über)(?!\w)", re.I),
    re.compile(r"(?i)already|avait|(?:former|ancien(?:ne)?s?)\b(?!\s+CEO\b)"),
    clauses.undisclosed_re(),
    pairfeatures.background_re(),
    summary._significance_re(),
    xamounts._noun_re(),
    parties.dual_re(),
)
# extra case variants, the dotted capital I, the final sigma, mixed with plain words
ODD = "ıſİIKÅµΣςσßẞÉéÜü "
WORDS = ("déjà", "BEREITS", "Last Year", "is", "as", "Kelvin", "STRASSE", "Über", "avait")


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(400):
        parts = [rng.choice(WORDS + tuple(ODD)) for _ in range(rng.randint(1, 8))]
        texts.append(rng.choice(("", " ")).join(parts))
    return [*texts, "ſ", "ıs", "İs", "deja", "Kelvin", "kelvın", "ALREADY", "undisclosed"]


@pytest.mark.parametrize("pattern", PATTERNS, ids=range(len(PATTERNS)))
def test_found_is_the_ignorecase_search(pattern: re.Pattern[str]) -> None:
    for text in _texts(len(pattern.pattern)):
        assert foldscan.found(pattern, text) is (pattern.search(text) is not None), text


def test_engine_patterns_take_the_lowered_path() -> None:
    for pattern in PATTERNS:
        assert foldscan._lowered_of(pattern) is not None


def test_unsafe_patterns_keep_ignorecase() -> None:
    for source in (r"\W+x", r"(?P<Name>x)", r"a(?-i:B)", "ı"):
        assert foldscan._lowered_of(re.compile(source, re.I)) is None
    assert foldscan._lowered_of(re.compile("abc")) is None  # not case-insensitive at all


def test_classes_agree_with_lower_case_on_every_code_point() -> None:
    """The decision's premise: `\\w`, `\\s` and `\\d` answer alike for a character and its
    (one-character) lower case."""
    classes = [re.compile(c) for c in (r"\w", r"\s", r"\d")]
    for code in range(0x110000):
        char = chr(code)
        low = char.lower()
        if len(low) == 1 and low != char:
            for cls in classes:
                assert bool(cls.match(char)) == bool(cls.match(low)), hex(code)


def test_an_ignorecase_cue_gate_reads_the_lowered_text_exactly() -> None:
    """veille.cuegate scans one IGNORECASE pattern's keys in the lowered text."""
    pattern = re.compile(r"(?<!\w)(?:déjà|bereits|is|as|kelvin|über)\s*\w*", re.I)
    gate = cuegate.CueGate((pattern,))
    assert gate.lowered is not None
    for text in _texts(7):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in gate.finditer_all(text)[0]] == expected, text
