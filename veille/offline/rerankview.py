"""The data the deal re-ranker's candidates are built from and carry (split from
`rerankfeatures` in session 6 to keep each module reviewable; `rerankfeatures` re-exports every
name, so callers import them from either)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from veille.money import MoneySpan
from veille.offline.dealtype import Cue
from veille.offline.mention import DealMention
from veille.offline.orgnames import OrgMention
from veille.offline.sentences import Sentence

Features = dict[str, float]
RuleKey = tuple[frozenset[str], int | None, int]


@dataclass
class Candidate:
    parties: tuple[str, ...]
    amount: MoneySpan | None
    sentence: Sentence | None
    rule: DealMention | None
    features: Features = field(default_factory=dict)
    crossed: bool = False  # its amount goes into another party (amountobjects; session 6)
    xsentence: Sentence | None = None  # the amount's sentence when not `sentence` (xamounts)
    unit: tuple[int, ...] | None = None  # the spans of its pair's lists (conjlists; session 7)
    foreign: bool = False  # a rules' mention its amount's clause does not name (clausefit)
    told: bool = False  # a lent amount a deal noun points back with (dealnouns; session 7)


@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"\w+")


def bucket(value: int, edges: tuple[int, ...]) -> str:
    for i, edge in enumerate(edges):
        if value < edge:
            return str(i)
    return str(len(edges))


def words(text: str) -> list[str]:
    return [w.lower() for w in _word_re().findall(text)]


MASK_NAMES = True  # switch for leave-one-set-out experiments (session 5)


class Tokens:
    """A sentence's lower-cased words, each party's name one `_org_` word.

    Why (session 5): the word features (gaps, words before and after a party or an amount)
    learned company names ("gw:nvidia") from the training sets; what generalises is that a
    party stands there ("Nvidia, Intel and AMD": `_org_ and`), not which one. The names are
    overwritten with underscores (offsets unchanged), so one regex pass reads any window."""

    __slots__ = ("masked", "start")

    def __init__(self, text: str, s: Sentence, spans: list[tuple[int, int]]) -> None:
        self.start = s.start
        raw = text[s.start : s.end]
        body = raw.lower()
        if len(body) != len(raw):  # "İ" lower-cases to two characters: keep the offsets
            body = "".join(c if len(c.lower()) != 1 else c.lower() for c in raw)
        if MASK_NAMES and spans:
            chars = list(body)
            for lo, hi in spans:
                chars[lo - s.start : hi - s.start] = "_" * (hi - lo)
            body = "".join(chars)
        self.masked = body

    def between(self, lo: int, hi: int) -> list[str]:
        """The words of [lo, hi) (text offsets)."""
        found = _word_re().findall(self.masked, lo - self.start, hi - self.start)
        return [w if w[0] != "_" else "_org_" for w in found]


@dataclass
class ArticleView:
    """What the candidates of one article are built from (computed once by the engine)."""

    text: str
    title: str
    lang: str
    sentences: list[Sentence]
    parties: list[OrgMention]  # party-eligible mentions, in text order
    amounts: list[tuple[MoneySpan, str]]  # deal values and unlabelled amounts, with role
    cues: list[Cue]
    main: str | None
    rules: list[DealMention]
    inferred: frozenset[str] = frozenset()  # names only a deal verb makes parties (inferred)
    outsiders: tuple[OrgMention, ...] = ()  # publishers (see `_with_extra`)
    spending: tuple[MoneySpan, ...] = ()  # capex amounts (`candidatebuild.invested`; session 8)
