"""Several modules' patterns run over one text through ONE cue gate (session 10).

Why: a `CueGate` (veille/cuegate.py) pays one scan of the text for its patterns' keys, 20 to
50 µs over an article; find_orgs ran six gates (orgcontext's, orgcues's, orgunknown's
contexts, ...) and the gazetteer's matcher over the same article text, each with its own
scan. One gate over all their patterns scans once, for the union of their keys.

How: a module declares a factory of its patterns as a member of a family (at import: no
work until first use); `family.finditer(pattern, text)` gives that pattern's matches. The
first request for a text computes every member's matches in one `finditer_all` and keeps
them for the last few texts: about one article's (its text and title), since a larger
cache would keep the benchmark's articles across its rounds and overstate the speed.

Decision: the matches are exactly `list(pattern.finditer(text))` (cuegate's contract,
pattern by pattern, whatever else is in the gate); a pattern outside the family is run
through its own gate. A member declared after the first use rebuilds the gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille import cuegate
from veille.cuegate import CueGate

__all__ = ["CueFamily"]

Factory = Callable[[], tuple[re.Pattern[str], ...]]


class CueFamily:
    """Patterns whose matches over one text are computed together (module docstring)."""

    def __init__(self, texts: int = 4) -> None:
        self._factories: list[Factory] = []
        self._gate: CueGate | None = None
        self._index: dict[int, int] = {}  # by id: hashing a pattern hashes its compiled code
        self._recent: dict[str, list[list[re.Match[str]]]] = {}
        self._texts = texts

    def member(self, factory: Factory) -> Factory:
        """Declare `factory`'s patterns members (usable as a decorator)."""
        self._factories.append(factory)
        self._gate = None
        return factory

    def gate(self) -> CueGate:
        """The one gate over every member pattern, built on first use."""
        if self._gate is None:
            patterns: dict[int, re.Pattern[str]] = {}
            for factory in self._factories:
                patterns.update((id(p), p) for p in factory())
            self._gate = CueGate(tuple(patterns.values()))
            self._index = {key: i for i, key in enumerate(patterns)}
            self._recent.clear()
        return self._gate

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """Every member pattern's matches over `text`, in the gate's order."""
        gate = self.gate()
        found = self._recent.get(text)
        if found is None:
            found = gate.finditer_all(text)
            if len(self._recent) >= self._texts:
                del self._recent[next(iter(self._recent))]
            self._recent[text] = found
        return found

    def finditer(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """`list(pattern.finditer(text))`, from the family's scan when `pattern` is a member.
        A text already read is served here directly (session 11: 133 calls an article)."""
        if self._gate is not None and (found := self._recent.get(text)) is not None:
            index = self._index.get(id(pattern))
            if index is not None:
                return list(found[index])
        self.gate()
        index = self._index.get(id(pattern))
        if index is None:
            return cuegate.finditer(pattern, text)
        return list(self.matches(text)[index])

    def window(
        self, pattern: re.Pattern[str], text: str, pos: int, endpos: int
    ) -> list[re.Match[str]] | None:
        """`list(pattern.finditer(text, pos, endpos))` for a member, from the whole text's
        shared places without a scan of the window (`CueGate.window`); None when they are
        not at hand (the caller reads the window another way)."""
        gate = self.gate()
        index = self._index.get(id(pattern))
        return None if index is None else gate.window(index, text, pos, endpos)
