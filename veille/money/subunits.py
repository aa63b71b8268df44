"""Share prices in pence written glued to the number: "closed up 0.4% at 98.6p".

Decision: only a number with a decimal part followed by a lower-case "p" and no letter or
digit after it. "1080p" (a video resolution) and "p.m." stay out; "98.6p" is £0.986 (the
value is in the unit, like "183 pence"). The scan looks for the "p" after a digit first
(rare) and reads the number backwards: a number pattern tried at every digit cost more.
"""

from __future__ import annotations

import re

_P_AFTER_DIGIT = re.compile(r"[0-9]p(?!\w|\.\w)")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,$€£])(\d{1,4}\.\d{1,2})$")


def glued_pence(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value in pounds, "GBP") of glued pence not inside an amount in `found`."""
    out = []
    for p in _P_AFTER_DIGIT.finditer(text):
        m = _NUMBER_BEFORE.search(text, max(0, p.start() - 8), p.start() + 1)
        if m is None or any(s <= m.start() < e for s, e, _ in found):
            continue
        out.append((m.start(), p.end(), float(m[1]) / 100, "GBP"))
    return out
