"""Patterns shaped `<name>,<tail>`, tried only before the commas their tail matches at.

Why: two of orgcontext's patterns ("Saab, the Swedish defence group that", "Neon, start-up
rachetée par") open on any capitalised name, so the cue gate scanned them over the whole
text (about 60 µs a text each, session 11), although a match needs its tail (", the ...
group", ", rachetée par") right after the name, and the tail opens on a comma `re` finds by
its literal prefix.

How: the owner registers a pattern with its tail (`register`), declaring that every match
of the pattern is a run of at most `spaces` whitespace characters (`\\s`) and no comma,
followed at a comma by a match of `tail`. `finditer` finds every comma where the tail
matches (a search from each such comma plus one: overlaps included), and tries the pattern
(anchored, as `cuegate._anchored` does) only at the places of the run before each: after
the previous comma and after the last `spaces + 1` whitespace characters.

Decision: exactly `list(pattern.finditer(text, pos, endpos))`: a match at `s` has its comma
at `c` where the tail matches (the pattern's rest after the name is the tail), with no comma
and at most `spaces` whitespace characters in [s, c), so `s` is one of the places tried; a
place is not tried before the previous match ends, as `finditer` does.
tests/test_nametail.py compares both on crafted and generated texts.
"""

from __future__ import annotations

import re
import sys

__all__ = ["finditer", "register", "tail_of"]

_SPACE = re.compile(r"\s")
# id(pattern) -> (pattern, tail, spaces); the pattern is kept so that its id stays its own
_TAILS: dict[int, tuple[re.Pattern[str], re.Pattern[str], int]] = {}


def register(pattern: re.Pattern[str], tail: re.Pattern[str], spaces: int) -> re.Pattern[str]:
    """Declare `pattern` a name of at most `spaces` whitespace characters and no comma, then
    `tail` (which opens on a comma); returns `pattern`."""
    if not tail.pattern.startswith(","):
        raise ValueError("a tail opens on its comma")
    _TAILS[id(pattern)] = (pattern, tail, spaces)
    return pattern


def tail_of(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int] | None:
    """The registered tail and whitespace bound of `pattern`, if any."""
    entry = _TAILS.get(id(pattern))
    return None if entry is None or entry[0] is not pattern else (entry[1], entry[2])


def _places(text: str, comma: int, pos: int, spaces: int) -> range:
    """Where a name ending at `comma` can start: after the previous comma (or `pos`) and
    after the whitespace character `spaces + 1` back."""
    lo = max(pos, text.rfind(",", pos, comma) + 1)
    found = [m.start() for m in _SPACE.finditer(text, lo, comma)]
    if len(found) > spaces:
        lo = found[-spaces - 1] + 1
    return range(lo, comma)


def finditer(
    pattern: re.Pattern[str],
    tail: re.Pattern[str],
    spaces: int,
    text: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, pos, endpos))` of a registered pattern."""
    found: list[re.Match[str]] = []
    free = pos
    at = pos
    while cue := tail.search(text, at, endpos):
        comma = cue.start()
        for start in _places(text, comma, max(pos, free), spaces):
            if start >= free and (m := pattern.match(text, start, endpos)):
                found.append(m)
                free = m.end()
        at = comma + 1
    return found
