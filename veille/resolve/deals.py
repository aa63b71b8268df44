"""Deal resolution across articles: many mentions, one deal.

Two steps, both deterministic (inputs are sorted, ties broken by date then id):

1. Within an article, mentions of the same parties form article-level reports. When smaller
   amounts add up to the largest, the article spelt out a total and its components ("27
   billion: 12 dedicated and up to 15 more"): they are one report, and an amount left over is
   another deal ("a first 3 billion contract in November"). Without such a structure all the
   amounts are one report (tranches, a round and one investor's share, a firm amount and its
   ceiling). Mentions without an amount join the largest compatible report.
2. Across articles, a report joins an existing deal with the same party set, a compatible
   type, a date within `window_days` of the deal's latest report and a compatible amount: a
   figure equal to one already reported for the deal (its total or one of its components), a
   ceiling covering it or covered by it, or no amount on one side. Reports of one article
   never join each other here: step 1 told them apart. A
   figure that only comes close (within `conflict_band`) still joins but sets
   `conflicting_amounts`: outlets disagree and analysts see it, nothing is silently chosen.

The deal keeps the amount reported by the most outlets (ties: a firm amount over a ceiling,
then the larger), the min and max of what was reported, first and last report dates and the
number of articles and outlets.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

import polars as pl

from veille.resolve.amounts import (
    Amount,
    DealRules,
    amount_of,
    components,
    equal,
    near,
    within_ceiling,
)

GENERIC_TYPES = frozenset({"other", "partnership"})
TYPE_FAMILIES = (frozenset({"investment", "financing"}), frozenset({"compute_capacity", "supply"}))
MATCH, NO_AMOUNT, CONFLICT = 0, 1, 2

INPUT_COLUMNS = (
    "article_id", "mention_idx", "source", "seen_on", "parties", "deal_type", "amount_value",
    "amount_min", "amount_max", "currency", "ceiling", "usd_per_unit",
)  # fmt: skip


def types_compatible(a: str, b: str) -> bool:
    """Equal, generic on one side (other, partnership), or of one family (investment and
    financing; compute capacity and supply)."""
    if a == b or a in GENERIC_TYPES or b in GENERIC_TYPES:
        return True
    return any(a in family and b in family for family in TYPE_FAMILIES)


@dataclass(frozen=True)
class _Mention:
    article_id: str
    mention_idx: int
    source: str
    seen_on: date
    parties: tuple[str, ...]
    deal_type: str
    amount: Amount | None


@dataclass
class _Report:
    """The mentions of one deal in one article."""

    mentions: list[_Mention]

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    @property
    def amounts(self) -> list[Amount]:
        return [m.amount for m in self.mentions if m.amount]

    @property
    def types(self) -> list[str]:
        return [m.deal_type for m in self.mentions]


@dataclass
class _Deal:
    reports: list[_Report] = field(default_factory=list)
    conflicting: bool = False

    @property
    def last_seen(self) -> date:
        return max(r.first.seen_on for r in self.reports)

    def types(self) -> list[str]:
        return [t for r in self.reports for t in r.types]


def _compatible(types_a: list[str], types_b: list[str]) -> bool:
    return all(types_compatible(a, b) for a in set(types_a) for b in set(types_b))


def _same_figure(a: Amount, b: Amount, rules: DealRules) -> bool:
    return equal(a, b, rules) or within_ceiling(a, b, rules) or within_ceiling(b, a, rules)


def _headline(report: _Report, rules: DealRules) -> Amount | None:
    """The report's main figure: its largest amount, or the firm amount under that ceiling."""
    amounts = report.amounts
    if not amounts:
        return None
    top = max(amounts, key=lambda a: a.high)
    firm = [a for a in amounts if not a.ceiling and within_ceiling(top, a, rules)]
    return max(firm, key=lambda a: a.high) if firm else top


def _figures(report: _Report, rules: DealRules) -> list[Amount]:
    """The headline and the amounts stating the same figure (its ceiling, a repeat)."""
    head = _headline(report, rules)
    if head is None:
        return []
    return [a for a in report.amounts if a is head or _same_figure(head, a, rules)]


def _article_reports(mentions: list[_Mention], rules: DealRules) -> list[_Report]:
    """Group one article's mentions of one party set into reports (step 1).

    When some smaller amounts add up to the largest one, the article has spelt out a total
    and its components: those are one deal and any amount left over is another deal. With no
    such structure, the amounts are taken as one deal told several ways (tranches, a round
    and one investor's share, a firm amount and its ceiling).
    """
    remaining = [m for m in mentions if m.amount]
    remaining.sort(key=lambda m: -m.amount.high)  # type: ignore[union-attr]
    reports: list[_Report] = []
    while remaining:
        head, rest = remaining[0], remaining[1:]
        assert head.amount is not None
        fits = [m for m in rest if m.amount and types_compatible(m.deal_type, head.deal_type)]
        same = [m for m in fits if _same_figure(head.amount, m.amount, rules)]  # type: ignore[arg-type]
        others = [m for m in fits if m not in same]
        parts = components(head.amount, [m.amount for m in others], rules)  # type: ignore[misc]
        members = [head, *same, *(others[i] for i in parts)] if parts else [head, *fits]
        reports.append(_Report(sorted(members, key=lambda m: m.mention_idx)))
        remaining = [m for m in rest if m not in members]
    for m in sorted((m for m in mentions if not m.amount), key=lambda m: m.mention_idx):
        target = next((r for r in reports if _compatible(r.types, [m.deal_type])), None)
        if target is None:
            target = _Report([])
            reports.append(target)
        target.mentions.append(m)
    return reports


def _relation(report: _Report, deal: _Deal, rules: DealRules) -> int | None:
    """How a report's amounts relate to a deal's: MATCH, NO_AMOUNT, CONFLICT or None."""
    mine = report.amounts
    theirs = [a for r in deal.reports for a in r.amounts]
    if not mine or not theirs:
        return NO_AMOUNT
    heads = [h for r in deal.reports if (h := _headline(r, rules))]
    head = _headline(report, rules)
    assert head is not None
    if any(equal(a, b, rules) for a in mine for b in theirs):
        return MATCH
    if any(within_ceiling(head, h, rules) or within_ceiling(h, head, rules) for h in heads):
        return MATCH
    if any(near(head, h, rules) for h in heads):
        return CONFLICT
    return None


def _cluster(reports: list[_Report], rules: DealRules) -> list[_Deal]:
    """Step 2 for one party set; `reports` are sorted by date."""
    deals: list[_Deal] = []
    for report in reports:
        seen = report.first.seen_on
        best: tuple[int, int, int] | None = None
        for i, deal in enumerate(deals):
            gap = (seen - deal.last_seen).days
            if abs(gap) > rules.window_days or not _compatible(report.types, deal.types()):
                continue
            if any(r.first.article_id == report.first.article_id for r in deal.reports):
                continue  # step 1 already told this article's deals apart
            rel = _relation(report, deal, rules)
            if rel is not None and (best is None or (rel, abs(gap), i) < best):
                best = (rel, abs(gap), i)
        if best is None:
            deals.append(_Deal([report]))
        else:
            deals[best[2]].reports.append(report)
            deals[best[2]].conflicting |= best[0] == CONFLICT
    return deals


def _mentions(frame: pl.DataFrame) -> list[_Mention]:
    out = []
    ordered = frame.sort(["seen_on", "article_id", "mention_idx"])
    for row in ordered.iter_rows(named=True):
        amount = amount_of(
            row["amount_value"], row["amount_min"], row["amount_max"], row["currency"],
            ceiling=bool(row["ceiling"]), usd_per_unit=row["usd_per_unit"],
        )  # fmt: skip
        out.append(
            _Mention(
                article_id=row["article_id"],
                mention_idx=row["mention_idx"],
                source=row["source"] or row["article_id"],
                seen_on=row["seen_on"],
                parties=tuple(sorted(set(row["parties"]))),
                deal_type=row["deal_type"],
                amount=amount,
            )
        )
    return out


def resolve_deals(
    mentions: pl.DataFrame, rules: DealRules | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(deals, assignments): one row per deal, and (article_id, mention_idx, deal_id) per mention.

    `mentions` has INPUT_COLUMNS; `parties` are canonical names (resolved organisations),
    `seen_on` the report date, `ceiling` marks "up to" amounts, `usd_per_unit` the rate of the
    mention's currency at that date (null when unknown).
    """
    rules = rules or DealRules()
    by_parties: dict[tuple[str, ...], list[_Report]] = {}
    rows = _mentions(mentions)
    keyed = sorted(rows, key=lambda m: (m.parties, m.seen_on, m.article_id, m.mention_idx))
    for (parties, _, _), group in groupby(
        keyed, key=lambda m: (m.parties, m.seen_on, m.article_id)
    ):
        by_parties.setdefault(parties, []).extend(_article_reports(list(group), rules))
    deal_rows: list[dict[str, object]] = []
    assignments: list[dict[str, object]] = []
    used: set[str] = set()
    for parties in sorted(by_parties):
        for deal in _cluster(by_parties[parties], rules):
            row = _summarise(parties, deal, used, rules)
            deal_rows.append(row)
            for report in deal.reports:
                for m in report.mentions:
                    assignments.append(
                        {"article_id": m.article_id, "mention_idx": m.mention_idx,
                         "deal_id": row["deal_id"]}
                    )  # fmt: skip
    return _deals_frame(deal_rows), _assignments_frame(assignments)


def _dominant(types: list[str]) -> str:
    specific = [t for t in types if t not in GENERIC_TYPES]
    return Counter(specific or types).most_common(1)[0][0]


def _best_amount(
    reports: list[_Report], rules: DealRules
) -> tuple[Amount | None, float | None, float | None]:
    """The headline reported by most outlets (then articles; ties: firm over ceiling, larger),
    and the min and max of the headline figures reported in its currency."""
    groups: list[list[tuple[_Report, Amount]]] = []
    for report in reports:
        head = _headline(report, rules)
        if head is None:
            continue
        group = next((g for g in groups if equal(g[0][1], head, rules)), None)
        if group is None:
            groups.append([(report, head)])
        else:
            group.append((report, head))
    if not groups:
        return None, None, None

    def support(group: list[tuple[_Report, Amount]]) -> tuple[int, int, bool, float]:
        outlets = {r.first.source for r, _ in group}
        articles = {r.first.article_id for r, _ in group}
        firm = any(not a.ceiling for _, a in group)
        usd = max(a.high * (a.usd_per_unit or 1.0) for _, a in group)
        return len(outlets), len(articles), firm, usd

    best = max(groups, key=support)
    rep = next((a for _, a in best if not a.ceiling), best[0][1])
    figures = [a for r in reports for a in _figures(r, rules) if a.currency == rep.currency]
    return rep, min(a.low for a in figures), max(a.high for a in figures)


def _deal_id(
    parties: tuple[str, ...], first: _Report, seen: date, used: set[str], rules: DealRules
) -> str:
    """Hash of the sorted parties, the first report's date, type and headline: stable as long
    as no earlier report of the deal appears."""
    head = _headline(first, rules)
    anchor = f"{head.currency}:{head.high:.4g}" if head else ""
    for ordinal in range(len(used) + 1):
        payload = json.dumps(
            [list(parties), seen.isoformat(), _dominant(first.types), anchor, ordinal]
        )
        deal_id = "deal_" + hashlib.sha1(payload.encode()).hexdigest()[:16]
        if deal_id not in used:
            used.add(deal_id)
            return deal_id
    raise AssertionError("unreachable: some ordinal is always free")


def _summarise(
    parties: tuple[str, ...], deal: _Deal, used: set[str], rules: DealRules
) -> dict[str, object]:
    reports = deal.reports
    first_seen = min(r.first.seen_on for r in reports)
    rep, low, high = _best_amount(reports, rules)
    mentions = [m for r in reports for m in r.mentions]
    return {
        "deal_id": _deal_id(parties, reports[0], first_seen, used, rules),
        "deal_type": _dominant([_dominant(r.types) for r in reports]),
        "parties": list(parties),
        "amount_value": rep.high if rep and rep.is_point else None,
        "amount_min": low,
        "amount_max": high,
        "currency": rep.currency if rep else None,
        "announced_on": first_seen,
        "first_seen": first_seen,
        "last_seen": deal.last_seen,
        "n_sources": len({m.article_id for m in mentions}),
        "n_outlets": len({m.source for m in mentions}),
        "n_mentions": len(mentions),
        "conflicting_amounts": deal.conflicting,
    }


DEAL_SCHEMA = pl.Schema({
    "deal_id": pl.String(), "deal_type": pl.String(), "parties": pl.List(pl.String()),
    "amount_value": pl.Float64(), "amount_min": pl.Float64(), "amount_max": pl.Float64(),
    "currency": pl.String(), "announced_on": pl.Date(), "first_seen": pl.Date(),
    "last_seen": pl.Date(),
    "n_sources": pl.Int32(), "n_outlets": pl.Int32(), "n_mentions": pl.Int32(),
    "conflicting_amounts": pl.Boolean(),
})  # fmt: skip
ASSIGNMENT_SCHEMA = pl.Schema(
    {"article_id": pl.String, "mention_idx": pl.Int32, "deal_id": pl.String}
)


def _deals_frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=DEAL_SCHEMA).sort("deal_id")


def _assignments_frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=ASSIGNMENT_SCHEMA).sort(["article_id", "mention_idx"])
