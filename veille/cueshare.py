"""One scan of a text's word starts for every lowered cue gate that reads it (session 15).

Why: a cue gate (veille/cuegate.py) finds where its patterns can start by one scan of the
lower-cased text for their keys (`\\W(?=(keys))`), 20 to 25 µs over a benchmark article. Nine
gates read the same article that way, each with its own scan: the money amounts, the
elided and inherited amounts' cues, the rounds' raise, loan and marker cues, the terms, the
roles' cues, the refusals (session 15 profile: `veille.devtools.enginetime --gates`). One
scan for the union of their keys costs about a quarter of the nine.

How: every gate whose cued keys can be read in the lower-cased text joins the share with its
cued patterns and their lower-cased keys: the IGNORECASE gates (`CueGate.lowered`), and the
case-sensitive ones whose keys are all lower case (the deal cues and the roles' cues, which
read the article's lower-cased copy; "acquire"). The share scans `lowered_text` once for
the union of the keys (its tables built lazily, again when a gate joins) and keeps the
places it finds for the last few lower-cased texts: the article's text and its lower-cased
copy are one entry. Only long texts (an article, not its
sentences) are shared: a sentence is read by one or two gates, and the union's scan of a
text costs about two small gates' (measured: an article's text is asked for 6.1 times by
6 gates, its sentences 1.3 times each).

Decision: a pattern's places from the union are its own places or more: where the pattern
can match, its IGNORECASE form can, whose lower-cased key occurs there in `lowered_text`
(veille/foldscan.py); that key is a prefix of the longest union key read there, so the
union's owners table names the pattern (or every member, for a key it does not know). The
gate's `_anchored` keeps only the pattern's own matches, as with its own scan.
"""

from __future__ import annotations

import re
import threading

from veille.cuekeys import space_table
from veille.cuetables import lowered_scans, owners_table
from veille.foldscan import lowered_keys, lowered_text

__all__ = ["PlaceShare", "share_keys"]

TEXTS = 4  # texts remembered: about one article's (a larger memory would span articles)
LONG = 400  # characters: a shorter text is read by each gate's own scan


def share_keys(pattern: re.Pattern[str], keys: frozenset[str]) -> frozenset[str] | None:
    """A cued pattern's keys as the share reads them (lower-cased), or None when they
    cannot be read there: an IGNORECASE pattern's lowered keys, a case-sensitive pattern's
    own keys when they are all lower case."""
    low = lowered_keys(keys)
    return low if pattern.flags & re.I or low == keys else None


class PlaceShare:
    """The members' places over recent texts, from one scan of the union of their keys."""

    def __init__(self) -> None:
        self._index: dict[int, int] = {}  # by id: hashing a pattern hashes its compiled code
        self._members: list[tuple[re.Pattern[str], frozenset[str]]] = []
        self._scan: tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[int, ...]]] | None
        self._scan = None
        self._recent: dict[str, list[list[int]]] = {}  # lowered text -> places per member
        # one lock over join, read and evict: a gate built late (join) empties the memory and
        # the union's tables, so a thread reading beside it would keep places without the new
        # member; the engine is not known to run in threads, but a shared global must not race
        self._lock = threading.Lock()

    def join(self, pattern: re.Pattern[str], keys: frozenset[str]) -> int:
        """The member index of `pattern` read by `keys` (added once; the union's scan is
        rebuilt on next use)."""
        with self._lock:
            index = self._index.get(id(pattern))
            if index is None:
                index = self._index[id(pattern)] = len(self._members)
                self._members.append((pattern, keys))
                self._scan = None
                self._recent.clear()
            return index

    def places(self, text: str) -> list[list[int]] | None:
        """Per member, where its keys start a word in the whole of `text`; None for a short
        text or one `lowered_text` refuses (the asking gate scans it alone)."""
        if len(text) < LONG or (low := lowered_text(text)) is None:
            return None
        with self._lock:
            found = self._recent.get(low)
            if found is None:
                found = self._read(low)
                if len(self._recent) >= TEXTS:
                    del self._recent[next(iter(self._recent))]
                self._recent[low] = found
            return found

    def _read(self, low: str) -> list[list[int]]:
        if self._scan is None:
            by_member = dict(enumerate(keys for _, keys in self._members))
            union = frozenset[str]().union(*by_member.values())
            self._scan = (*lowered_scans(union), owners_table(union, by_member))
        first, scan, table = self._scan
        places: list[list[int]] = [[] for _ in self._members]
        every, spaces = tuple(range(len(self._members))), space_table()
        head = first.match(low)
        hits = [(0, head[1])] if head else []
        hits.extend((m.end(), m[1]) for m in scan.finditer(low))
        for at, key in hits:
            for index in table.get(key.translate(spaces), every):
                places[index].append(at)
        return places
