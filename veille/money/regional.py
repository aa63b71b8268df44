"""Which currency a shared name means: "dirhams" (UAE or Morocco), "couronnes" (Sweden,
Norway or Denmark).

Decisions:
- The amount's own words win ("couronnes norvégiennes" is a plain suffix in the lexicon);
  this module only sees names that leave the country open.
- Then the article decides, in this order: a code or unambiguous name of one candidate stated
  elsewhere in the same text ("NOK 4.5bn ... 18 milliards de couronnes"), then the words
  naming a candidate's country (Maroc, Oslo, Swedish...), the most frequent winning; ties and
  silence keep the lexicon's default.
- The span keeps every candidate in `alternatives`: grounding re-parses a few words around
  the evidence, where the country may be out of sight, and accepts any candidate.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from veille.money import lexicon as lx
from veille.money.world import DOLLARS
from veille.trie import trie_regex

if TYPE_CHECKING:
    from veille.money.parser import MoneySpan


@cache
def _cue_re() -> re.Pattern[str]:
    words = {w for cues in lx.COUNTRY_CUES.values() for w in cues}
    return re.compile(rf"(?<![\w])({trie_regex(words, flexible_space=True)})(?![\w])", re.I)


@cache
def _cue_currency() -> dict[str, str]:
    return {w: code for code, cues in lx.COUNTRY_CUES.items() for w in cues}


def _country_counts(text: str) -> Counter[str]:
    table = _cue_currency()
    counts: Counter[str] = Counter()
    for m in _cue_re().finditer(text):
        code = table.get(re.sub(r"\s+", " ", m[1].lower()))
        if code:
            counts[code] += 1
    return counts


def _choose(candidates: tuple[str, ...], *tallies: Counter[str]) -> str | None:
    for tally in tallies:
        scored = sorted(((tally[c], c) for c in candidates if tally[c]), reverse=True)
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
    return None


def resolve_shared_names(text: str, spans: list[MoneySpan]) -> list[MoneySpan]:
    """`spans` with every shared-name currency set from the article (see module doc)."""
    if not any(s.alternatives and s.alternatives != DOLLARS for s in spans):
        return spans  # bare dollars are `localdollar`'s: the country of a company says nothing
    stated = Counter(s.currency for s in spans if not s.alternatives)
    countries = _country_counts(text)
    out = []
    for span in spans:
        shared = span.alternatives and span.alternatives != DOLLARS
        chosen = _choose(span.alternatives, stated, countries) if shared else None
        out.append(dataclasses.replace(span, currency=chosen) if chosen else span)
    return out
