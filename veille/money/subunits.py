"""Share prices in pence written glued to the number: "closed up 0.4% at 98.6p".

Decision: only a number with a decimal part followed by a lower-case "p" and no letter or
digit after it. "1080p" (a video resolution) and "p.m." stay out; "98.6p" is £0.986 (the
value is in the unit, like "183 pence").
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"(?<![\w.,$€£])(\d{1,4}\.\d{1,2})p(?![\w]|\.\w)")


def glued_pence(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value in pounds, "GBP") of glued pence not inside an amount in `found`."""
    out = []
    for m in _GLUED.finditer(text):
        if any(s <= m.start() < e for s, e, _ in found):
            continue
        out.append((m.start(), m.end(), float(m[1]) / 100, "GBP"))
    return out
