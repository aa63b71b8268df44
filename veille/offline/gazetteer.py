"""The organisation gazetteer: canonical names, aliases, tickers, countries and kinds.

Decisions:
- The data is a CSV shipped in the package (`veille/data/gazetteer.csv`), loaded lazily and
  cached: importing this module costs nothing, the first `load_gazetteer()` builds the entries,
  the alias table and ONE compiled alternation regex that finds every alias in a text.
- Matching is case-sensitive on purpose: "Meta", "Arm" or "Orange" in capitals are names,
  in lower case they are words. Lookups by name (`canonical`) are case- and suffix-insensitive,
  the way the scorer compares names.
- Canonical names follow common usage ("NVIDIA", "Meta", "Amazon Web Services" with alias AWS).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from veille.names import name_key
from veille.trie import trie_regex

# Kinds that are never a party to a deal: they report, list or regulate.
# "agency": rating agencies and proxy advisers rate or advise on deals, never sign them.
NON_PARTY_KINDS = frozenset({"media", "exchange", "regulator", "agency"})
CLOUD_KINDS = frozenset({"hyperscaler", "neocloud", "datacenter"})
INVESTOR_KINDS = frozenset({"investor", "sovereign_fund", "bank"})


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    aliases: tuple[str, ...]
    ticker: str | None
    country: str | None
    kind: str


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    by_alias: dict[str, GazetteerEntry]  # exact surface -> entry
    by_key: dict[str, GazetteerEntry]  # normalised name -> entry
    matcher: re.Pattern[str]

    def get(self, name: str) -> GazetteerEntry | None:
        """The entry for a surface or a name, exact first, then normalised."""
        return self.by_alias.get(name) or self.by_key.get(norm_name(name))


def norm_name(name: str) -> str:
    """Case-, accent-, punctuation- and suffix-insensitive key (the scorer's comparison)."""
    return name_key(name)


def _entries() -> list[GazetteerEntry]:
    source = resources.files("veille") / "data" / "gazetteer.csv"
    with source.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        GazetteerEntry(
            name=row["name"],
            aliases=tuple(a for a in (row["aliases"] or "").split("|") if a),
            ticker=row["ticker"] or None,
            country=row["country"] or None,
            kind=row["kind"] or "other",
        )
        for row in rows
    ]


@cache
def load_gazetteer() -> Gazetteer:
    """Build (once) the gazetteer and its matcher."""
    entries = _entries()
    by_alias: dict[str, GazetteerEntry] = {}
    by_key: dict[str, GazetteerEntry] = {}
    for entry in entries:
        for surface in (entry.name, *entry.aliases):
            by_alias.setdefault(surface, entry)
            if surface[:1].islower() and " " in surface:  # "gouvernement français" opens a sentence
                by_alias.setdefault(surface[:1].upper() + surface[1:], entry)
            by_key.setdefault(norm_name(surface), entry)
        if entry.ticker:
            by_key.setdefault(norm_name(entry.ticker), entry)
    matcher = re.compile(rf"(?<![\w@#/.-]){trie_regex(by_alias)}(?!\w)")
    return Gazetteer(tuple(entries), by_alias, by_key, matcher)


def canonical(name: str) -> str | None:
    """The canonical name of a known organisation (any alias, case-insensitive), or None."""
    entry = load_gazetteer().get(name)
    return entry.name if entry else None


def entry_for(name: str) -> GazetteerEntry | None:
    return load_gazetteer().get(name)
