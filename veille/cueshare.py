"""One scan of a text's word starts for every lowered cue gate that reads it (session 15).

Why: a cue gate (veille/cuegate.py) finds where its patterns can start by one scan of the
lower-cased text for their keys (`\\W(?=(keys))`), 20 to 25 µs over a benchmark article. Nine
gates read the same article that way, each with its own scan: the money amounts, the
elided and inherited amounts' cues, the rounds' raise, loan and marker cues, the terms, the
roles' cues, the refusals (session 15 profile: `veille.devtools.enginetime --gates`). One
scan for the union of their keys costs about a quarter of the nine.

How: every gate that reads the lower-cased text (`CueGate.lowered`) joins the share with its
cued patterns; the share builds one gate over all of them (lazily, again when one joins) and
keeps the places it finds for the last few texts. Only long texts (an article, not its
sentences) are shared: a sentence is read by one or two gates, and the union's scan of a
text costs about two small gates' (measured: an article's text is asked for 6.1 times by
6 gates, its sentences 1.3 times each).

Decision: a pattern's places from the union are its own places or more: a key of the
pattern that occurs at a word start is a prefix of the longest union key read there, so
the union's owners table names the pattern (or every member, for a key it does not know);
the gate's `_anchored` keeps only the pattern's own matches, as with its own scan.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Protocol

__all__ = ["PlaceShare"]

TEXTS = 4  # texts remembered: about one article's (a larger memory would span articles)
LONG = 400  # characters: a shorter text is read by each gate's own scan


class _Places(Protocol):
    def _places(self, text: str, pos: int, endpos: int) -> list[list[int]]: ...


class PlaceShare:
    """The members' places over recent texts, from one scan of the union of their keys."""

    def __init__(self, build: Callable[[tuple[re.Pattern[str], ...]], _Places]) -> None:
        self._build = build
        self._index: dict[int, int] = {}  # by id: hashing a pattern hashes its compiled code
        self._patterns: list[re.Pattern[str]] = []
        self._gate: _Places | None = None
        self._recent: dict[int, tuple[str, list[list[int]]]] = {}  # id(text) -> text, places

    def join(self, pattern: re.Pattern[str]) -> int:
        """The member index of `pattern` (added once; the union is rebuilt on next use)."""
        index = self._index.get(id(pattern))
        if index is None:
            index = self._index[id(pattern)] = len(self._patterns)
            self._patterns.append(pattern)
            self._gate = None
            self._recent.clear()
        return index

    def places(self, text: str) -> list[list[int]] | None:
        """Per member, where its keys start a word in the whole of `text`; None for a short
        text (the asking gate scans it alone)."""
        if len(text) < LONG:
            return None
        seen = self._recent.get(id(text))
        if seen is not None and seen[0] is text:  # the id of a text kept is no other's
            return seen[1]
        if self._gate is None:
            self._gate = self._build(tuple(self._patterns))
        found = self._gate._places(text, 0, sys.maxsize)
        if len(self._recent) >= TEXTS:
            del self._recent[next(iter(self._recent))]
        self._recent[id(text)] = (text, found)
        return found
