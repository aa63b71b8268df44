"""Currencies whose symbol is one ordinary letter: the South African rand's "R" ("R2.5bn",
"R500 million").

Decision: "R1", "R2" are model and product names, so the letter is money only in one shape,
glued to a number followed by a scale ("R2.5bn", "R500 million"), and only in an article that
names South Africa (its country, cities, exchange or currency). The gate is three substring
checks; the pattern runs on the few texts that pass.
"""

from __future__ import annotations

import re

from veille.money import lexicon as lx
from veille.money.numbers import to_number

_CUES = (
    "South Africa",
    "Johannesburg",
    "Cape Town",
    "JSE",
    "Afrique du Sud",
    "Südafrika",
    "Sudáfrica",
    "África do Sul",
    "Sudafrica",
    "Sandton",
    "Pretoria",
)
_R_DIGIT = re.compile(r"R\d")  # the gate: a literal scan, ~1 µs an article
_R = re.compile(
    r"(?<![\w$.,])R(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"\s?(?P<scale>bn|billion|m|million|trillion|tn|mn)(?![\w])"
)


def rand_amounts(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value, "ZAR") of "R<number><scale>" in an article naming South Africa."""
    if not _R_DIGIT.search(text) or not any(cue in text for cue in _CUES):
        return []
    out = []
    for m in _R.finditer(text):
        if any(s <= m.start() < e for s, e, _ in found):
            continue
        scale = lx.LETTER_SCALES.get(m["scale"]) or lx.SCALES[m["scale"]][0]
        out.append((m.start(), m.end(), to_number(m["num"]) * scale, "ZAR"))
    return out
