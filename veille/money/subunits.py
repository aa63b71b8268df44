"""Share prices in pence written glued to the number: "closed up 0.4% at 98.6p", "will pay
410p in cash for each share".

Decisions:
- A number with a decimal part followed by a lower-case "p" and no letter or digit after it
  is pence wherever it stands: "1080p" (a video resolution) and "p.m." stay out; "98.6p" is
  £0.986 (the value is in the unit, like "183 pence").
- A whole number ("410p", "285p") is pence only in an article that states pounds ("£") and
  when it is no video resolution (480p, 720p, 1080p...): UK share prices are quoted so, and a
  London take-private states its equity value in pounds (session 13, t8 pool).
The scan looks for the "p" after a digit first (rare) and reads the number backwards: a
number pattern tried at every digit cost more.
"""

from __future__ import annotations

import re

_P_AFTER_DIGIT = re.compile(r"[0-9]p(?!\w|\.\w)")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,$€£])(\d{1,4}\.\d{1,2}|(?P<whole>\d{1,4}))$")
_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160"})


def glued_pence(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value in pounds, "GBP") of glued pence not inside an amount in `found`."""
    out = []
    for p in _P_AFTER_DIGIT.finditer(text):
        m = _NUMBER_BEFORE.search(text, max(0, p.start() - 8), p.start() + 1)
        if m is None or any(s <= m.start() < e for s, e, _ in found):
            continue
        if m["whole"] and (m["whole"] in _RESOLUTIONS or "£" not in text):
            continue
        out.append((m.start(), p.end(), float(m[1]) / 100, "GBP"))
    return out
