"""Our own money parser: finds amounts in text and normalises them to (value, currency).

It serves two masters: the offline engine (which extracts amounts with it) and grounding
(which re-parses every model-claimed amount from its evidence and refuses disagreement).
First version: English and French scale words and currency symbols; the offline-engine
issue extends it to more locales, ranges and qualifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
NAMES = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}


@dataclass(frozen=True)
class MoneySpan:
    """One amount found in text; a range has min/max and a null value."""

    value: float | None
    min_value: float | None
    max_value: float | None
    currency: str
    qualifier: str | None
    start: int
    end: int
    surface: str


_NUM = r"\d+(?:[.,]\d+)?"
_PATTERN = re.compile(
    rf"(?P<sym>[$€£¥])?\s?(?P<num>{_NUM})\s?(?P<scale>trillion|billion|bn|milliards?|millions?|mn|[bm])?\b"
    r"(?:\s+(?:de\s+|d')?(?P<cur>dollars?|euros?|usd|eur|gbp))?",
    re.IGNORECASE,
)


def _number(raw: str) -> float:
    return float(raw.replace(",", "."))


def parse_amounts(text: str) -> list[MoneySpan]:
    """Every amount with a currency in `text`, in order of appearance."""
    spans: list[MoneySpan] = []
    for m in _PATTERN.finditer(text):
        currency = SYMBOLS.get(m["sym"] or "") or NAMES.get((m["cur"] or "").lower())
        if not currency:
            continue
        value = _number(m["num"]) * SCALES.get((m["scale"] or "").lower(), 1.0)
        spans.append(MoneySpan(value, None, None, currency, None, m.start(), m.end(), m[0]))
    return spans


def amounts_agree(a: float | None, b: float | None, tolerance: float = 0.005) -> bool:
    """Equal within a relative tolerance (the scorer's 0.5 %)."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
