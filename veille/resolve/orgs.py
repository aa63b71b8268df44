"""Entity resolution: every organisation name a model gives resolves to one organisation.

The gazetteer (canonical names with aliases, ticker, country, kind) is the authority; names it
does not know become new organisations keyed by their normalised name, so that "OpenAI" and
"OpenAI Inc." are one company even without a gazetteer entry. Matching uses `norm_name`, the
same folding as the scorer (case, accents, punctuation, corporate suffixes), plus dotted
abbreviations ("N.V." is "nv"). Tickers are never matched: "AI" or "ON" as a ticker would
capture ordinary words.

Ids are hashes of the normalised canonical name, so they are stable across runs and across
spelling changes of the display name.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import polars as pl

from veille.names import CORPORATE_SUFFIXES

SUFFIXES = CORPORATE_SUFFIXES | {"incorporated", "holding"}
_DOTTED = re.compile(r"\b(?:\w\.){2,}")
_PUNCT = re.compile(r"[^\w\s]")
ALIAS_SEPARATORS = re.compile(r"[|;]")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=65_536)
def norm_name(name: str) -> str:
    """Matching key: folded, punctuation-free, without trailing corporate suffixes.

    Memoised (a pure function of the string): publish folds the same few hundred names once
    per mention, which was half of curate's time on 10,000 articles (bench/, components).
    """
    text = _fold(name).replace("&", " and ")
    text = _DOTTED.sub(lambda m: m[0].replace(".", ""), text)
    words = _PUNCT.sub(" ", text).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words) or name.strip().casefold()


def org_id(name: str) -> str:
    """Stable id of an organisation: hash of its normalised canonical name."""
    return _org_id(norm_name(name))


@functools.lru_cache(maxsize=65_536)
def _org_id(key: str) -> str:
    return "org_" + hashlib.sha1(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class GazetteerEntry:
    """One known organisation; `aliases` are other spellings of the same company."""

    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    country: str | None = None
    kind: str | None = None


def _field(obj: object, key: str) -> object:
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def _aliases(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        items: list[object] = list(ALIAS_SEPARATORS.split(raw))
    elif isinstance(raw, Iterable):
        items = list(raw)
    else:
        raise ValueError(f"aliases must be a string or a list, not {raw!r}")
    return tuple(str(a).strip() for a in items if a and str(a).strip())


def as_entry(obj: object) -> GazetteerEntry:
    """Adapt a gazetteer row (dataclass, object with attributes or mapping) to an entry.

    `aliases` may be a list or a string separated by `|` or `;` (the CSV form). Accepting any
    shape keeps this module independent of how `veille.offline.gazetteer` models its rows.
    """
    if isinstance(obj, GazetteerEntry):
        return obj
    name = _field(obj, "name") or _field(obj, "canonical") or _field(obj, "canonical_name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"gazetteer entry without a name: {obj!r}")

    def text(key: str) -> str | None:
        value = _field(obj, key)
        return str(value).strip() or None if value is not None else None

    return GazetteerEntry(
        name=name.strip(),
        aliases=_aliases(_field(obj, "aliases")),
        ticker=text("ticker"),
        country=text("country"),
        kind=text("kind"),
    )


@dataclass
class _Org:
    name: str
    known: bool
    entry: GazetteerEntry | None = None
    spellings: Counter[str] = field(default_factory=Counter)


class OrgResolver:
    """Resolves names to organisations; collects the spellings seen for the aliases column."""

    def __init__(self, gazetteer: Iterable[object] = ()) -> None:
        self._orgs: dict[str, _Org] = {}
        self._index: dict[str, str] = {}
        entries = [as_entry(e) for e in gazetteer]
        for entry in entries:  # canonical names first: they win over another entry's alias
            key = norm_name(entry.name)
            if key not in self._orgs:
                self._orgs[key] = _Org(entry.name, True, entry)
                self._index[key] = key
        for entry in entries:
            owner = self._index[norm_name(entry.name)]
            for alias in entry.aliases:
                self._index.setdefault(norm_name(alias), owner)

    def lookup(self, name: str, surface: str | None = None) -> str | None:
        """The key of a known (or already seen) organisation for this name or surface."""
        for candidate in (name, surface):
            if candidate:
                key = self._index.get(norm_name(candidate))
                if key is not None:
                    return key
        return None

    def observe(self, name: str, surface: str | None = None) -> str:
        """Resolve a mention (creating an organisation if needed); return its canonical name."""
        key = self.lookup(name, surface)
        if key is None:
            key = norm_name(name)
            self._orgs[key] = _Org(name.strip(), False)
            self._index[key] = key
        org = self._orgs[key]
        for spelling in (name, surface):
            if spelling and spelling.strip():
                org.spellings[spelling.strip()] += 1
        if not org.known:
            org.name = _display_name(org.spellings, key)
        return org.name

    def canonical(self, name: str, surface: str | None = None) -> str:
        """The canonical name after every `observe` call (display names settle at the end)."""
        key = self.lookup(name, surface)
        if key is None:
            raise KeyError(f"organisation never observed: {name!r}")
        return self._orgs[key].name

    def frame(self) -> pl.DataFrame:
        """curated.organizations: every gazetteer entry plus every newly seen name."""
        rows = []
        for org in self._orgs.values():
            entry = org.entry or GazetteerEntry(org.name)
            aliases = {*entry.aliases, *org.spellings} - {org.name}
            rows.append(
                {
                    "org_id": org_id(org.name),
                    "name": org.name,
                    "aliases": sorted(aliases),
                    "ticker": entry.ticker,
                    "country": entry.country,
                    "kind": entry.kind,
                    "known": org.known,
                }
            )
        schema = pl.Schema({
            "org_id": pl.String(), "name": pl.String(), "aliases": pl.List(pl.String()),
            "ticker": pl.String(), "country": pl.String(), "kind": pl.String(),
            "known": pl.Boolean(),
        })  # fmt: skip
        return pl.DataFrame(rows, schema=schema).sort("name")


def _display_name(spellings: Counter[str], key: str) -> str:
    """The most frequent spelling whose key is the organisation's own key (ties: shortest, then
    alphabetical), so that a surface like "Meta's" never becomes the name."""
    own = [(n, s) for s, n in spellings.items() if norm_name(s) == key] or [
        (n, s) for s, n in spellings.items()
    ]
    return min(own, key=lambda item: (-item[0], len(item[1]), item[1]))[1]
