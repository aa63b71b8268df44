"""A seeded generator of news articles for the benchmarks: N pages, their gold, their HTML.

Decisions:
- Deterministic from (n, seed): the loopback site (another process) regenerates the same
  corpus instead of receiving it, and a rerun sees byte-identical pages (so ETags match).
- Mix: six languages (en-heavy, as the AI press is), lengths from 3 to ~40 paragraphs (the
  long tail stays under the LLM chunk size, so one call per article), one or two deals per
  article between gazetteer companies, and duplicate stories: about 12 % of articles are a
  wire story republished by another outlet (same text, a changed lead or tail sentence, so
  near- but not exact duplicates) and 2 % are exact copies under another URL.
- Each article carries its gold answer (organisations, amounts, deals with verbatim evidence),
  which the benchmark LLM serves as a precomputed "perfect model" answer.
"""

from __future__ import annotations

import csv
import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.phrases import (
    CURRENCY_WORDS,
    DAY,
    DEAL,
    DEAL_TYPES,
    FILLER,
    SCALE_WORDS,
    TITLE,
)

LANGUAGES = ("en", "fr", "de", "es", "pt", "it")
LANGUAGE_WEIGHTS = (0.45, 0.2, 0.1, 0.1, 0.08, 0.07)
NEAR_DUPLICATE_SHARE = 0.12
EXACT_DUPLICATE_SHARE = 0.02
OUTLETS = ("Silicon Ledger", "Compute Wire", "Le Fil IA", "Datenwerk", "Nube Diario", "Rete IA")
GAZETTEER = Path(__file__).resolve().parents[1] / "veille" / "data" / "gazetteer.csv"


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    surface: str


@dataclass
class Article:
    index: int
    slug: str
    language: str
    title: str
    source: str
    published: date
    paragraphs: list[str]
    gold: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@functools.cache
def companies() -> tuple[str, ...]:
    """Canonical names from the shipped gazetteer (the companies the engine knows)."""
    with GAZETTEER.open(encoding="utf-8") as handle:
        return tuple(row["name"] for row in csv.DictReader(handle) if row["name"].isascii())


def _number(value: float, language: str) -> str:
    text = f"{value:g}"
    return text if language == "en" else text.replace(".", ",")


def amount(rng: random.Random, language: str) -> Amount:
    """A deal amount as that language's press writes it."""
    currency = rng.choice(("USD", "USD", "EUR"))
    billions = rng.random() < 0.6
    value = (
        rng.choice((1.5, 2.5, 3, 4.2, 6, 10, 14, 27)) if billions else rng.randrange(50, 950, 25)
    )
    units = value * (1e9 if billions else 1e6)
    if language == "en":
        symbol = "$" if currency == "USD" else "€"
        return Amount(units, currency, f"{symbol}{value:g} {'billion' if billions else 'million'}")
    if language == "es":
        number = f"{int(value * 1000):,}".replace(",", ".") if billions else f"{value:g}"
        return Amount(units, currency, f"{number} millones {CURRENCY_WORDS['es'][currency]}")
    plural, singular = SCALE_WORDS[language]["bn" if billions else "m"]
    scale = singular if value < 2 else plural
    return Amount(
        units, currency, f"{_number(value, language)} {scale} {CURRENCY_WORDS[language][currency]}"
    )


def _filler(
    rng: random.Random, language: str, names: list[str], template: str | None = None
) -> tuple[str, str | None]:
    template = template or rng.choice(FILLER[language])
    if "{c}" not in template:
        return template, None
    company = rng.choice(names)
    return template.format(c=company), company


class _Gold:
    def __init__(self, language: str) -> None:
        self.language = language
        self.orgs: dict[str, dict[str, str]] = {}
        self.money: dict[tuple[float, str], dict[str, Any]] = {}
        self.deals: list[dict[str, Any]] = []

    def org(self, name: str, sentence: str) -> None:
        self.orgs.setdefault(name, {"name": name, "surface": name, "evidence": sentence})

    def deal(self, a: str, b: str, money: Amount, kind: str, sentence: str) -> None:
        self.org(a, sentence)
        self.org(b, sentence)
        self.money.setdefault(
            (money.value, money.currency),
            {
                "value": money.value,
                "currency": money.currency,
                "surface": money.surface,
                "evidence": sentence,
                "role": "deal_value",
            },
        )
        self.deals.append(
            {
                "parties": [a, b],
                "deal_type": kind,
                "amount_value": money.value,
                "currency": money.currency,
                "status": "announced",
                "evidence": sentence,
            }
        )

    def answer(self, summary: str) -> dict[str, Any]:
        return {
            "language": self.language,
            "translation_status": "same_language" if self.language == "fr" else "unavailable",
            "summary": summary,
            "why_it_matters": "",
            "organizations": list(self.orgs.values()),
            "money": list(self.money.values()),
            "deals": self.deals,
        }


def _story(rng: random.Random, index: int, day0: date) -> Article:
    language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
    names = list(companies())
    gold = _Gold(language)
    deals = []
    for _ in range(1 if rng.random() < 0.8 else 2):
        a, b = rng.sample(names, 2)
        k = rng.randrange(len(DEAL[language]))
        money = amount(rng, language)
        sentence = DEAL[language][k].format(a=a, b=b, amount=money.surface, day=DAY[language])
        gold.deal(a, b, money, DEAL_TYPES[min(k, len(DEAL_TYPES) - 1)], sentence)
        deals.append((a, b, money, sentence))
    paragraphs = []
    for p in range(rng.choice((3, 4, 5, 6, 8, 10, 14, 20, 30, 40))):
        sentences = []
        for template in rng.sample(FILLER[language], rng.randint(2, 4)):
            text, company = _filler(rng, language, names, template)
            if company:
                gold.org(company, text)
            sentences.append(text)
        if p < len(deals):
            sentences.insert(0, deals[p][3])
        paragraphs.append(" ".join(sentences))
    a, b, money, lead = deals[0]
    title = TITLE[language].format(a=a, b=b, amount=money.surface)
    published = day0 + timedelta(days=index % 90)
    slug = f"{language}/{published:%Y/%m}/story-{index:06d}"
    article = Article(index, slug, language, title, rng.choice(OUTLETS), published, paragraphs)
    article.gold = gold.answer(lead)
    return article


def _copy(rng: random.Random, index: int, original: Article, exact: bool) -> Article:
    """A republication: same story, another outlet and URL; near copies change one sentence."""
    paragraphs = list(original.paragraphs)
    if not exact:
        extra, _ = _filler(rng, original.language, list(companies()))
        paragraphs.append(f"{extra} ({rng.choice(OUTLETS)})")
    slug = f"{original.language}/{original.published:%Y/%m}/wire-{index:06d}"
    source = rng.choice([o for o in OUTLETS if o != original.source])
    copy = Article(index, slug, original.language, original.title, source, original.published,
                   paragraphs)  # fmt: skip
    copy.gold = original.gold
    return copy


def generate(n: int, seed: int = 20260317) -> Iterator[Article]:
    """N articles, the same ones for the same (n, seed)."""
    rng = random.Random(seed)
    day0 = date(2026, 1, 1)
    stories: list[Article] = []
    for index in range(n):
        roll = rng.random()
        if stories and roll < EXACT_DUPLICATE_SHARE:
            article = _copy(rng, index, rng.choice(stories), exact=True)
        elif stories and roll < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE:
            article = _copy(rng, index, rng.choice(stories), exact=False)
        else:
            article = _story(rng, index, day0)
            stories.append(article)
        yield article
