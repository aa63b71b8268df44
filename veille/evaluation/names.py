"""Organisation names as the gold set compares them.

Decisions:
- A name is compared after Unicode folding to ASCII, case folding, `&` read as "and",
  punctuation turned into spaces and trailing corporate suffixes stripped (several in a row:
  "Nebius Group N.V." -> "nebius"). Only trailing words are stripped: "Group" inside a name
  ("Group Inc Holdings" aside) is part of it.
- A predicted name resolves to a gold organisation through its canonical name, the well-known
  long forms shipped in `veille/data/org_long_forms.json`, then the aliases the gold line lists;
  on a clash the later entry wins, so an article's own aliases override the global table.
- A name that resolves to no gold organisation keeps its normalised form, marked with a
  leading "?", so two spellings of the same unknown company count as one extra prediction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from veille.names import name_key

UNKNOWN_MARK = "?"
_PUNCTUATION = re.compile(r"[^\w\s]")

LongForms = Mapping[str, Sequence[str]]


def norm_name(name: str) -> str:
    """The comparison key of a name, as score.py computes it (every trailing suffix goes)."""
    return name_key(name, keep=0)


def load_long_forms(path: Path) -> dict[str, list[str]]:
    """A `{canonical: [long forms]}` file; refused when it has another shape."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
        for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected an object of canonical name -> list of names")
    return data


@cache
def known_long_forms() -> dict[str, list[str]]:
    """The project's table of well-known long forms, read once on first use."""
    entry = resources.files("veille") / "data" / "org_long_forms.json"
    return load_long_forms(Path(str(entry)))


class NameResolver:
    """Maps predicted names to the canonical names of one gold article's organisations."""

    def __init__(self, orgs: Iterable[tuple[str, Sequence[str]]], long_forms: LongForms) -> None:
        self._table: dict[str, str] = {}
        for canonical, aliases in orgs:
            for alias in (canonical, *long_forms.get(canonical, ()), *aliases):
                self._table[norm_name(alias)] = canonical

    def resolve(self, name: str) -> str:
        key = norm_name(name)
        return self._table.get(key, UNKNOWN_MARK + key)

    def resolve_all(self, names: Iterable[str]) -> frozenset[str]:
        return frozenset(self.resolve(n) for n in names)
