"""Find a model's quote in the source text and return offsets in the ORIGINAL text.

Decisions:
- Three tiers, cheapest first: exact substring, then a normalised match (NFKC/NFKD without
  combining marks, case-folded, typographic quotes/apostrophes/dashes folded to ASCII, every
  run of whitespace including nbsp collapsed to one space), then a fuzzy match (ratio >= 0.9)
  on the normalised text. The normalised text keeps a map from each of its characters to the
  original index, so offsets always point into the text as stored.
- Fuzzy search is seeded by n-grams of the quote (a vote on the implied start position), then
  refined by difflib on a small window around the best few seeds: linear-ish in the text
  length, never a full sliding window over every offset.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

FUZZY_THRESHOLD = 0.9
_FOLD = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    "\u2026": "...",
}
_SEED = 8
_MAX_SEEDS = 6


@dataclass(frozen=True)
class Match:
    """Where a quote was found: [start, end) in the original text, how, and how well."""

    start: int
    end: int
    method: str  # exact, normalized, fuzzy
    score: float


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    if ch.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = "".join(_FOLD.get(c, c) for c in kept.casefold())
    return "".join(" " if c.isspace() else c for c in folded)


def normalize(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            index.append(i)
    return "".join(out), index


def normalize_quote(quote: str) -> str:
    return normalize(quote)[0].strip()


class SourceText:
    """One article text, normalised once and searched many times."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _norm(self) -> tuple[str, list[int]]:
        return normalize(self.text)

    def _to_original(self, start: int, end: int) -> tuple[int, int]:
        index = self._norm[1]
        return index[start], index[end - 1] + 1

    def find(
        self, quote: str, *, fuzzy: bool = True, lo: int = 0, hi: int | None = None
    ) -> Match | None:
        """The first occurrence of `quote` within text[lo:hi], best tier first."""
        quote = quote.strip()
        if not quote:
            return None
        hi = len(self.text) if hi is None else hi
        pos = self.text.find(quote, lo, hi)
        if pos >= 0:
            return Match(pos, pos + len(quote), "exact", 1.0)
        needle = normalize_quote(quote)
        if not needle:
            return None
        norm, index = self._norm
        nlo, nhi = _bounds(index, lo, hi)
        pos = norm.find(needle, nlo, nhi)
        if pos >= 0:
            return Match(*self._to_original(pos, pos + len(needle)), "normalized", 1.0)
        if not fuzzy:
            return None
        found = _fuzzy(norm[nlo:nhi], needle)
        if found is None:
            return None
        s, e, score = found
        return Match(*self._to_original(nlo + s, nlo + e), "fuzzy", score)

    def find_all(self, quote: str) -> list[Match]:
        """Every normalised occurrence (no fuzzy): used to look for names outside a quote."""
        needle = normalize_quote(quote)
        norm, _ = self._norm
        found: list[Match] = []
        pos = norm.find(needle) if needle else -1
        while pos >= 0:
            found.append(Match(*self._to_original(pos, pos + len(needle)), "normalized", 1.0))
            pos = norm.find(needle, pos + 1)
        return found


def _bounds(index: list[int], lo: int, hi: int) -> tuple[int, int]:
    from bisect import bisect_left

    return bisect_left(index, lo), bisect_left(index, hi)


def _seeds(hay: str, needle: str) -> list[int]:
    """Likely start positions of `needle` in `hay`, voted by shared n-grams."""
    size = min(_SEED, max(3, len(needle) // 4))
    votes: Counter[int] = Counter()
    step = max(1, size // 2)
    for q in range(0, max(1, len(needle) - size + 1), step):
        gram = needle[q : q + size]
        pos = hay.find(gram)
        hits = 0
        while pos >= 0 and hits < 50:
            votes[(pos - q) // 4 * 4] += 1
            pos = hay.find(gram, pos + 1)
            hits += 1
    return [start for start, _ in votes.most_common(_MAX_SEEDS)]


def _fuzzy(hay: str, needle: str) -> tuple[int, int, float] | None:
    """Best window of `hay` whose similarity to `needle` reaches the threshold."""
    m = len(needle)
    if m < 12 or not hay:
        return None  # short quotes must match exactly: fuzzy would accept other words
    slack = m // 8 + 4
    best: tuple[int, int, float] | None = None
    for seed in _seeds(hay, needle):
        lo = max(0, seed - slack)
        window = hay[lo : seed + m + slack]
        blocks = [
            b
            for b in SequenceMatcher(None, window, needle, autojunk=False).get_matching_blocks()
            if b.size
        ]
        if not blocks:
            continue
        s, e = lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size
        score = SequenceMatcher(None, hay[s:e], needle, autojunk=False).ratio()
        if score >= FUZZY_THRESHOLD and (best is None or score > best[2]):
            best = (s, e, score)
    return best
