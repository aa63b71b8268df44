"""What a cue gate (veille/cuegate.py) builds once from its patterns' plans: the owners of
each cued key, the scans of lower-cased keys, the searchers of keyed and gate keys, and the
literals a keyed pattern's places are found by.

Why a module of its own: these run once per gate, at its construction (the warm-up); the
gate's own module keeps what runs per text (split from cuegate.py in session 12 for module
size). The decision that the gate's result is exactly `finditer`'s is in cuegate's docstring.
"""

from __future__ import annotations

import re

from veille.cuekeys import DIGIT, SPACE, key_regex


def lowered_scans(keys: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`first` and `scan` of IGNORECASE patterns' keys already lower-cased (`lowered_keys`),
    compiled without the flag, to read `foldscan.lowered_text` (about twice as fast; see
    veille/foldscan.py for why the places found are the same). A pattern
    matches where one of its keys does; that key, lower-cased, is a prefix of the longest
    lower-cased key read there, so the lowered table names it among the owners."""
    trie = key_regex(keys)
    return re.compile(rf"(?=({trie}))"), re.compile(rf"\W(?=({trie}))")


def key_searcher(found: frozenset[str], pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The keys as one search, IGNORECASE when the pattern is; None without keys."""
    return re.compile(key_regex(found), pattern.flags & re.I) if found else None


def keyed_literals(keys: frozenset[str]) -> tuple[str, ...] | None:
    """A keyed pattern's keys, lower-cased and cut at their first SPACE or DIGIT, for
    `str.find` over `lowered_text` (session 11: a trie search of 200 German nouns cost 47 µs
    an article, most places starting a letter). Every place a key occurs starts one of
    these: the lowered text has each character's lower case at its place (same length), so
    the positions found are a superset of the keys', and the gate's `_anchored` keeps
    only the pattern's matches (exact). None (the trie search) when a cut key is shorter than 3
    characters (too many places) or a key changes length when lower-cased."""
    if not keys or any(len(key.lower()) != len(key) for key in keys):
        return None
    cut = sorted({re.split(rf"[{SPACE}{DIGIT}]", key.lower(), maxsplit=1)[0] for key in keys})
    # a literal another one starts ("fonds" before "fondsn") finds no place of its own
    shortest = [key for i, key in enumerate(cut) if not any(key.startswith(k) for k in cut[:i])]
    if min(map(len, shortest)) < 3 or len(shortest) > 64:
        return None
    return tuple(shortest)


def owners_table(
    keys: frozenset[str], cued: dict[int, frozenset[str]]
) -> dict[str, tuple[int, ...]]:
    """Per key, the patterns with a key it starts with, in `cued`'s order: the scan reports
    the longest key at a place, and a shorter key of another pattern matches there too.
    Each prefix is looked up in an index of the keys (session 12: testing every pattern's
    keys for every prefix cost about a second at first use)."""
    order = {i: n for n, i in enumerate(cued)}
    by_key: dict[str, set[int]] = {}
    for i, own in cued.items():
        for key in own:
            by_key.setdefault(key, set()).add(i)
    none: set[int] = set()
    return {
        key: tuple(
            sorted(
                none.union(*(by_key.get(key[:n], none) for n in range(1, 1 + len(key)))),
                key=order.__getitem__,
            )
        )
        for key in keys
    }
