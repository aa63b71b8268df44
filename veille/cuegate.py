"""Run many patterns over one text, trying each only where it can match.

Why: `orgcontext` runs twenty patterns, most opening on a cue ("analysts at", "l'américain",
"clients such as"), and Python's `re` tries each of them at every character: twenty full
scans, a quarter of the engine's time, although most places start none of the cues.

How: the strings a pattern's matches can start with (its keys, up to a few characters) are
read once from its parsed form (`re._parser`; veille/cuekeys.py, veille/cueplan.py, and the
gate's tables veille/cuetables.py). Then, per text:
- "cued" patterns (opening on a "no word character before" lookbehind, with keys): one scan
  finds every word start where any of their keys occurs, and only the patterns owning that
  key are matched there, anchored (`pattern.match(text, position)`);
- "keyed" patterns (keys, no such lookbehind): matched where a longer key of theirs occurs;
- "gated" patterns (no keys, or weak ones: "Neon, start-up rachetée ..." opens on any
  capitalised name): scanned whole, but only when the text contains one of the keys of a
  part every match contains ("rachetée");
- anything else (ASCII, LOCALE or VERBOSE flags, no key at all) is scanned whole.
An alternation is planned branch by branch; `finditer` serves one pattern, with `pos` and
`endpos` like `Pattern.finditer`. The gates whose keys read in the lower-cased text take a
long text's places from one scan shared by all of them (veille/cueshare.py, session 15).

Decision: the result is exactly `list(pattern.finditer(text))` for each pattern. Keys are
cut short, never guessed, at anything they cannot spell (a large class, a repeat that may
match nothing), so a pattern can only match where one of its keys occurs; an anchored match
at a position is the match a search finds there (lookbehinds see the text before it); a
pattern is not tried before its last match ends, as `finditer` does. In a key, SPACE stands
for any `\\s` and DIGIT for any `\\d`; an IGNORECASE pattern's keys are compiled with it.
tests/offline/test_fast_paths.py compares both on crafted and generated texts, and
`python -m veille.devtools.engine_snapshot compare` the engine's whole output.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from veille import nametail
from veille.cuekeys import key_regex, space_table
from veille.cueplan import Plan, plan
from veille.cueshare import PlaceShare, share_keys
from veille.cuetables import key_searcher, keyed_literals, lowered_scans, owners_table
from veille.foldscan import lowered_keys, lowered_text
from veille.patterncache import ByPattern

__all__ = ["CueGate", "Plan", "finditer", "plan"]

_end = re.Match.end
# a pattern's plan, read once (session 15): a family rebuilt for a late member replans none
_plan_of: ByPattern[Plan] = ByPattern(plan, size=1024)
_key = itemgetter(1)
_OWNERS_MEMO = 4096  # keys as read, remembered per gate (digits vary: keep it bounded)


class CueGate:
    """`finditer` of several patterns over one text (see the module docstring)."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns
        self.plans = [_plan_of(pattern) for pattern in patterns]
        cued = {i: p.cued for i, p in enumerate(self.plans) if p.cued and not p.whole}
        self.table = owners_table(frozenset[str]().union(*cued.values()), cued)
        # a key read in another case (IGNORECASE) is in no table entry: all cued are tried
        self.every_cued = tuple(cued)
        # the owners of a key as read (before `space_table` folds its spaces and digits):
        # the fold costs more than the lookup (session 10: 38 -> 17 µs an article in orgscan)
        self.owners: dict[str, tuple[int, ...]] = {}
        folded = re.I if any(patterns[i].flags & re.I for i in cued) else 0
        trie = key_regex(frozenset(self.table)) if self.table else "(?!)"
        # the longest key at the text's start and after each non-word character: a class
        # first, which `re` skips along much faster than it tries a lookbehind everywhere
        self.first = re.compile(rf"(?=({trie}))", folded)
        self.scan = re.compile(rf"\W(?=({trie}))", folded)
        # every cued pattern IGNORECASE: the places are read in the lower-cased text with the
        # lower-cased keys and their own table (session 11: ELIDED, TERMS; was one pattern)
        self.lowered: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self.low_table: dict[str, tuple[int, ...]] = {}
        self.low_owners: dict[str, tuple[int, ...]] = {}
        low = {i: lowered_keys(keys) for i, keys in cued.items() if patterns[i].flags & re.I}
        if cued and len(low) == len(cued) and all(keys is not None for keys in low.values()):
            low_cued = {i: keys for i, keys in low.items() if keys is not None}
            low_keys = frozenset[str]().union(*low_cued.values())
            self.lowered = lowered_scans(low_keys)
            self.low_table = owners_table(low_keys, low_cued)
        # session 15: the places over one text from one scan (veille/cueshare.py)
        self.members: dict[int, int] | None = None
        shares = {i: share_keys(patterns[i], keys) for i, keys in cued.items()}
        if cued and all(keys is not None for keys in shares.values()):
            self.members = {
                i: _SHARE.join(patterns[i], keys) for i, keys in shares.items() if keys is not None
            }
        self.keyed = [
            key_searcher(p.keyed, pattern) for p, pattern in zip(self.plans, patterns, strict=True)
        ]
        self.gates = [
            key_searcher(p.gate, pattern) for p, pattern in zip(self.plans, patterns, strict=True)
        ]
        self.literals = [keyed_literals(p.keyed) for p in self.plans]
        self.wholes = [p.whole for p in self.plans]
        # `<name>,<tail>` patterns (veille/nametail.py): tried only before their tail's commas
        self.tails = [nametail.tail_of(pattern) for pattern in patterns]
        # one pattern, cued only: `finditer` takes `finditer_one` (no per-pattern lists)
        self.one = len(patterns) == 1 and bool(cued) and not (self.keyed[0] or self.gates[0])
        # `finditer_one`: the text whose windows were read last, and its whole scan's places
        self.last_text: str | None = None
        self.last_places: list[int] = []

    def finditer_all(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> list[list[re.Match[str]]]:
        """For each pattern, `list(pattern.finditer(text, pos, endpos))`. The scan starts
        one character before `pos`: a cued pattern needs a non-word character before it."""
        if pos < 0 or endpos < 0:
            raise ValueError("negative positions are not supported")
        places = self._places(text, pos, endpos)
        found: list[list[re.Match[str]]] = []
        for pattern, whole, gate, keyed, literals, tail, cued in zip(
            self.patterns,
            self.wholes,
            self.gates,
            self.keyed,
            self.literals,
            self.tails,
            places,
            strict=True,
        ):
            if whole or (gate is not None and gate.search(text, pos, endpos)):
                if tail is not None:
                    after, spaces = tail
                    found.append(nametail.finditer(pattern, after, spaces, text, pos, endpos))
                else:
                    found.append(list(pattern.finditer(text, pos, endpos)))
                continue
            tried = cued
            if keyed is not None:
                if literals is not None and (low := lowered_text(text)) is not None:
                    extra = _found_literals(literals, low, pos, endpos)
                else:
                    extra = _occurrences(keyed, text, pos, endpos)
                tried = sorted({*cued, *extra})
            # most patterns have no place in a text: no call for them (session 11)
            found.append(_anchored(pattern, text, tried, endpos) if tried else [])
        return found

    def finditer_one(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> list[re.Match[str]]:
        """`finditer_all(...)[0]` of a gate of one cued pattern (`self.one`), with the same
        places: its keys' word starts (session 11: 32 calls an article on sentences, where
        the lists and the owners' table of the general case were most of the cost).

        A window (`pos`, `endpos`) of the text read last takes its places from that text's
        whole scan (session 12: rounds, roles and parties ask one pattern over each sentence
        or clause of the same text, a scan each). Exact: the whole scan's places inside the
        window are a superset of the window scan's (a key cut by `endpos` is found, and no
        match can use it), and `_anchored` keeps only the pattern's matches."""
        if pos < 0 or endpos < 0:
            raise ValueError("negative positions are not supported")
        if text is self.last_text:
            places = self.last_places
            lo = bisect_left(places, pos) if pos else 0
            hi = bisect_left(places, endpos) if endpos < len(text) else len(places)
            return _anchored(self.patterns[0], text, places[lo:hi], endpos)
        read, first, scan = text, self.first, self.scan
        if self.lowered is not None and (low := lowered_text(text)) is not None:
            read, (first, scan) = low, self.lowered
        shared = _SHARE.places(text) if self.members is not None else None
        if shared is not None and self.members is not None:
            places = shared[self.members[0]]
        else:
            places = _word_places(read, first, scan)
        if pos or endpos < len(text):  # a window: the whole text's places, kept
            self.last_text, self.last_places = text, places
            return self.finditer_one(text, pos, endpos)
        return _anchored(self.patterns[0], text, places, endpos)

    def window(self, index: int, text: str, pos: int, endpos: int) -> list[re.Match[str]] | None:
        """`list(pattern.finditer(text, pos, endpos))` of pattern `index`, from the places the
        shared scan (veille/cueshare.py) found over the whole of `text`; None when it has none
        for that pattern (a short text, a pattern outside the share, or one also tried at
        other places: keyed, gated, whole, name tails). Session 16: the type model's
        evidences are windows of the article, whose places are already read. Exact as
        `finditer_one`'s windows: the whole text's places inside the window are a superset of
        the window's (a key cut by `endpos` is still found) and `_anchored` keeps the
        pattern's own matches."""
        plan_only_cued = not (
            self.wholes[index] or self.gates[index] or self.keyed[index] or self.tails[index]
        )
        if self.members is None or index not in self.members or not plan_only_cued:
            return None
        if (shared := _SHARE.places(text)) is None:
            return None
        places = shared[self.members[index]]
        lo, hi = bisect_left(places, pos), bisect_left(places, endpos)
        return _anchored(self.patterns[index], text, places[lo:hi], endpos)

    def _places(self, text: str, pos: int, endpos: int) -> list[list[int]]:
        """Per pattern, where one of its cued keys starts a word (one scan for all)."""
        places: list[list[int]] = [[] for _ in self.patterns]
        members = self.members if pos == 0 and endpos >= len(text) else None
        if members is not None and (shared := _SHARE.places(text)) is not None:
            for index, member in members.items():
                places[index] = shared[member]
            return places
        spaces, table, every, owners = space_table(), self.table, self.every_cued, self.owners
        read, first, scan = text, self.first, self.scan
        if self.lowered is not None and (low := lowered_text(text)) is not None:
            read, (first, scan) = low, self.lowered
            table, owners = self.low_table, self.low_owners
        head = first.match(read, 0, endpos) if pos == 0 else None
        scanned = scan.finditer(read, max(0, pos - 1), endpos)
        if len(every) == 1:  # one cued pattern: every place is its own (no table to read)
            places[every[0]] = [0] if head else []
            places[every[0]].extend(map(_end, scanned))  # map: no generator frame per place
        else:
            cues = [(0, head[1])] if head else []
            hits = list(scanned)
            cues.extend(zip(map(_end, hits), map(_key, hits), strict=True))
            for at, key in cues:
                if (found_by := owners.get(key)) is None:
                    found_by = table.get(key.translate(spaces), every)
                    if len(owners) >= _OWNERS_MEMO:
                        owners.clear()
                    owners[key] = found_by
                for index in found_by:
                    places[index].append(at)
        return places


def _word_places(read: str, first: re.Pattern[str], scan: re.Pattern[str]) -> list[int]:
    """Where a key starts a word in the whole of `read`, in order."""
    places = [0] if first.match(read) else []
    places.extend(map(_end, scan.finditer(read)))
    return places


def _found_literals(literals: tuple[str, ...], low: str, pos: int, endpos: int) -> list[int]:
    """Where any of `literals` occurs in `low` within [pos, endpos), overlaps included."""
    found = []
    find = low.find
    for literal in literals:
        at = find(literal, pos, endpos)
        while at >= 0:
            found.append(at)
            at = find(literal, at + 1, endpos)
    return found


def _occurrences(keys_: re.Pattern[str], text: str, pos: int, endpos: int) -> list[int]:
    """Where the keys occur, overlapping occurrences included."""
    found = []
    position = pos
    while cue := keys_.search(text, position, endpos):
        found.append(cue.start())
        position = cue.start() + 1
    return found


def _anchored(
    pattern: re.Pattern[str], text: str, places: list[int], endpos: int
) -> list[re.Match[str]]:
    """`finditer`'s matches when it can only match at `places` (increasing): a match is not
    looked for before the previous one ends."""
    found: list[re.Match[str]] = []
    free = 0
    for at in places:
        if at >= free and (m := pattern.match(text, at, endpos)):
            found.append(m)
            free = m.end()
    return found


_SHARE = PlaceShare()  # the places of long texts, shared by the gates (veille/cueshare.py)


@lru_cache(maxsize=256)
def _single(pattern: re.Pattern[str]) -> CueGate:
    return CueGate((pattern,))


# `_single` looked up by identity first: hashing a `re.Pattern` (for the lru_cache) hashes its
# whole compiled code, microseconds per call for a large trie
_gate_of: ByPattern[CueGate] = ByPattern(_single)


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, pos, endpos))`, tried only where the pattern can start."""
    gate = _gate_of(pattern)
    if gate.one:
        return gate.finditer_one(text, pos, endpos)
    return gate.finditer_all(text, pos, endpos)[0]
