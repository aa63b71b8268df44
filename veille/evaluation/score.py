"""Precision, recall and F1 of a warehouse's extractions against a gold set.

Decisions (the eval README's rules; `/work/shared/eval/score.py` is the reference we agree
with to the digit):
- Organisations are counted once per article on each side, after resolving names.
- Amounts: identical predicted rows count once; precision counts predicted amounts that match
  some gold amount, recall counts gold amounts matched by some prediction (no one-to-one
  pairing: two gold values within 0.5 % of each other can share a prediction).
- Deals: every predicted mention counts for precision, duplicates included; recall counts gold
  deals matched at least once. The first matching mention of a gold deal decides whether its
  type was right (deal-type accuracy is over matched gold deals).
- An article missing from the warehouse scores as an article with no prediction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import duckdb

from veille.evaluation.gold import GoldArticle
from veille.evaluation.match import amounts_match, deal_amount_matches, gold_amount, parties_match
from veille.evaluation.names import LongForms, NameResolver, known_long_forms
from veille.evaluation.predictions import Amount, ArticlePredictions, load_predictions

CATEGORIES = ("orgs", "amounts", "deals")
MISSING_LANGUAGE = "missing"
UNKNOWN_LANGUAGE = "unknown"


@dataclass
class Tally:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Tally) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "predicted": self.n_pred,
            "gold": self.n_gold,
        }


@dataclass(frozen=True)
class Miss:
    url: str
    category: str  # orgs, amounts, deals
    kind: str  # missed (gold not found) or extra (prediction not in gold)
    detail: str


@dataclass
class Scores:
    """Figures over a set of articles (all of them, or one language)."""

    articles: int = 0
    missing: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    type_hits: int = 0
    type_judged: int = 0

    @property
    def deal_type_accuracy(self) -> float:
        return self.type_hits / self.type_judged if self.type_judged else 0.0

    def add(self, other: Scores) -> None:
        self.articles += other.articles
        self.missing += other.missing
        for name, tally in other.tallies.items():
            self.tallies[name].add(tally)
        self.type_hits += other.type_hits
        self.type_judged += other.type_judged

    def as_dict(self) -> dict[str, object]:
        """The reference scorer's JSON shape."""
        out: dict[str, object] = {c: self.tallies[c].as_dict() for c in CATEGORIES}
        out["deal_type_accuracy"] = round(self.deal_type_accuracy, 4)
        out["articles"] = self.articles
        out["articles_missing"] = self.missing
        return out


@dataclass
class EvalReport:
    overall: Scores
    by_language: dict[str, Scores]
    misses: list[Miss]


def _score_orgs(
    gold: GoldArticle,
    pred: ArticlePredictions | None,
    resolver: NameResolver,
    out: Scores,
    misses: list[Miss],
) -> None:
    gold_orgs = {o.name for o in gold.orgs}
    spelled: dict[str, str] = {}  # resolved name -> first predicted spelling, for the misses
    for name in pred.orgs if pred else ():
        spelled.setdefault(resolver.resolve(name), name)
    pred_orgs = set(spelled)
    hits = len(gold_orgs & pred_orgs)
    out.tallies["orgs"].add(Tally(hits, len(pred_orgs), hits, len(gold_orgs)))
    misses += [Miss(gold.url, "orgs", "missed", o) for o in sorted(gold_orgs - pred_orgs)]
    misses += [Miss(gold.url, "orgs", "extra", spelled[o]) for o in sorted(pred_orgs - gold_orgs)]


def _score_amounts(
    gold: GoldArticle, pred: ArticlePredictions | None, out: Scores, misses: list[Miss]
) -> None:
    golds = [gold_amount(a) for a in gold.amounts]
    preds = list(dict.fromkeys(pred.money if pred else ()))
    tally = out.tallies["amounts"]
    tally.n_gold += len(golds)
    tally.n_pred += len(preds)
    for g in golds:
        if any(amounts_match(p, g) for p in preds):
            tally.tp_gold += 1
        else:
            misses.append(Miss(gold.url, "amounts", "missed", describe_amount(g)))
    for p in preds:
        if any(amounts_match(p, g) for g in golds):
            tally.tp_pred += 1
        else:
            misses.append(Miss(gold.url, "amounts", "extra", describe_amount(p)))


def _score_deals(
    gold: GoldArticle,
    pred: ArticlePredictions | None,
    resolver: NameResolver,
    out: Scores,
    misses: list[Miss],
) -> None:
    gold_parties = [frozenset(d.parties) for d in gold.deals]
    matched = [False] * len(gold.deals)
    tally = out.tallies["deals"]
    tally.n_gold += len(gold.deals)
    for deal in pred.deals if pred else ():
        tally.n_pred += 1
        names = resolver.resolve_all(deal.parties)
        hit = False
        for i, g in enumerate(gold.deals):
            if parties_match(names, gold_parties[i]) and deal_amount_matches(deal.amount, g):
                hit = True
                if not matched[i]:
                    out.type_judged += 1
                    out.type_hits += int(deal.deal_type == g.deal_type)
                matched[i] = True
        if hit:
            tally.tp_pred += 1
        else:
            parties = " + ".join(deal.parties)
            detail = f"{parties}: {describe_amount(deal.amount)} ({deal.deal_type})"
            misses.append(Miss(gold.url, "deals", "extra", detail))
    tally.tp_gold += sum(matched)
    for g, found in zip(gold.deals, matched, strict=True):
        if not found:
            amounts = ", ".join(f"{x:,.0f}" for x in g.amounts) or "no amount"
            detail = f"{' + '.join(g.parties)}: {amounts} {g.currency or ''} ({g.deal_type})"
            misses.append(Miss(gold.url, "deals", "missed", detail.replace("  ", " ")))


def describe_amount(amount: Amount) -> str:
    value, lo, hi, currency = amount.value, amount.min_value, amount.max_value, amount.currency
    shown = f"{value:,.0f}" if value is not None else f"{lo or 0:,.0f}-{hi or 0:,.0f}"
    if value is None and lo is None and hi is None:
        shown = "no amount"
    return f"{shown} {currency or ''}".strip()


def score_article(
    gold: GoldArticle, pred: ArticlePredictions | None, long_forms: LongForms
) -> tuple[Scores, list[Miss]]:
    """The figures of one article (`pred` None: the article is missing from the warehouse)."""
    resolver = NameResolver(((o.name, o.aliases) for o in gold.orgs), long_forms)
    out = Scores(articles=1, missing=int(pred is None))
    misses: list[Miss] = []
    _score_orgs(gold, pred, resolver, out, misses)
    _score_amounts(gold, pred, out, misses)
    _score_deals(gold, pred, resolver, out, misses)
    return out, misses


def language_of(pred: ArticlePredictions | None) -> str:
    if pred is None:
        return MISSING_LANGUAGE
    return pred.language or UNKNOWN_LANGUAGE


def score(
    golds: Sequence[GoldArticle],
    predictions: Mapping[str, ArticlePredictions],
    long_forms: LongForms | None = None,
) -> EvalReport:
    """Overall and per-language figures; misses grouped by category, in gold order."""
    forms = known_long_forms() if long_forms is None else long_forms
    overall, by_language, misses = Scores(), dict[str, Scores](), list[Miss]()
    for gold in golds:
        pred = predictions.get(gold.url)
        article, article_misses = score_article(gold, pred, forms)
        overall.add(article)
        by_language.setdefault(language_of(pred), Scores()).add(article)
        misses += article_misses
    misses.sort(key=lambda m: CATEGORIES.index(m.category))
    return EvalReport(overall, dict(sorted(by_language.items())), misses)


def score_warehouse(
    con: duckdb.DuckDBPyConnection,
    golds: Sequence[GoldArticle],
    long_forms: LongForms | None = None,
) -> EvalReport:
    return score(golds, load_predictions(con, [g.url for g in golds]), long_forms)
