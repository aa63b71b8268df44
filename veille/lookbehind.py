r"""`finditer` of a pattern opening on a lookbehind, found through the pattern's body.

Why: `re` skips fast along a text only to a character a pattern can start with (a literal,
or a class, first); a lookbehind first hides it, so the pattern is tried at every position:
"(?<![\w-])(?:Capital|Bank|...)" scans four times slower than "(?:Capital|Bank|...)".

How: the body (the pattern without its leading lookbehind) is searched; a match is kept when
the lookbehind, compiled alone, holds at its start, else the search resumes one character on.

Decision: the result is exactly `list(pattern.finditer(text))`: the assertion is zero-width
and comes first, so the pattern matches at a position exactly when the assertion holds there
and the body matches, with the body's match; `finditer` then goes on from the match's end.
A body that matches the empty string, or a lookbehind this module does not read (nested
parentheses), falls back to `finditer`. tests/test_lookbehind.py compares both.
"""

from __future__ import annotations

import re

from veille.patterncache import ByPattern

__all__ = ["finditer"]

# a leading "(?<!...)" or "(?<=...)" without nested parentheses
_LEAD = re.compile(r"\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\[\\])*\)")
_Parts = tuple[re.Pattern[str], re.Pattern[str]] | None


def _split(pattern: re.Pattern[str]) -> _Parts:
    lead = _LEAD.match(pattern.pattern)
    if lead is None:
        return None
    body = re.compile(pattern.pattern[lead.end() :], pattern.flags)
    if body.groupindex != pattern.groupindex or body.groups != pattern.groups:
        return None
    return re.compile(lead[0], pattern.flags), body


_parts: ByPattern[_Parts] = ByPattern(_split)


def finditer(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` (see the module docstring)."""
    parts = _parts(pattern)
    if parts is None:
        return list(pattern.finditer(text))
    holds, body = parts
    found: list[re.Match[str]] = []
    at = 0
    while (m := body.search(text, at)) is not None:
        if holds.match(text, m.start()) is None:
            at = m.start() + 1
        elif m.end() == m.start():
            return list(pattern.finditer(text))  # an empty match: finditer's own rules
        else:
            found.append(m)
            at = m.end()
    return found
