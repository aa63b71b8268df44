"""Our own money parser: finds amounts in text and normalises them to (value, currency).

It serves two masters: the offline engine (which extracts amounts with it) and grounding
(which re-parses every model-claimed amount from its evidence and refuses disagreement).
Six languages (en, fr, de, es, pt, it): symbols, ISO codes and currency names, scale words,
each locale's separators, ranges and qualifiers.
"""

from __future__ import annotations

from veille.money.parser import MoneySpan, amounts_agree, parse_amount, parse_amounts

__all__ = ["MoneySpan", "amounts_agree", "parse_amount", "parse_amounts"]
