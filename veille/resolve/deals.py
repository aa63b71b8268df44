"""Deal resolution across articles: many mentions, one deal.

Two steps, both deterministic (inputs are sorted, ties broken by date then id):

1. Within an article (`veille.resolve.reports`), mentions of the same parties form reports:
   the headline amount with its repeats, its ceiling or base ("$17.4bn ... up to $19.4bn")
   and the components adding up to it. An amount outside that group is a loose candidate:
   a leftover next to a total/components structure, or one typed differently from the
   headline, is a report of its own; otherwise it is tied to the headline's report.
2. Across articles, in date order, a report joins an existing deal with the same party set,
   a compatible type, no report from the same article, and
   - a matching amount, WHATEVER THE DATES: equal (within tolerance) to any amount reported
     for the deal (a headline, a ceiling, a component), or a ceiling covering its headline
     or covered by it. A precise figure with the same parties is strong evidence, and
     recaps months later are common ("en septembre un accord de 17,4 milliards");
   - or, within `window_days` of the deal's latest report, no amount on one side, or a
     figure that only comes close (within `conflict_band`): it joins and sets
     `conflicting_amounts` (outlets disagree; analysts see it, nothing is silently chosen).
   Best candidate: a match before no-amount before a conflict, then the nearest date.
   Loose candidates are placed last: one matching another article's deal by amount joins
   it ("a first 3 billion contract in November" joins November's 3 billion deal); one
   matching nothing folds back into its headline's report (tranches, a round and one
   investor's share). They never pull reports into their headline's deal.

The deal keeps the amount reported by the most outlets (ties: a firm amount over a ceiling,
then the larger), the min and max of what was reported, first (= announced_on) and last
report dates and the number of articles and outlets. Mentions are only assigned a deal_id:
none is dropped or altered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

import polars as pl

from veille.resolve.amounts import DealRules, amount_of, equal, near, within_ceiling
from veille.resolve.dealrows import assignments_frame, deals_frame, summarise
from veille.resolve.reports import (
    Mention,
    Report,
    article_reports,
    compatible,
    headline,
    types_compatible,
)

__all__ = ["INPUT_COLUMNS", "resolve_deals", "types_compatible"]

MATCH, NO_AMOUNT, CONFLICT = 0, 1, 2

INPUT_COLUMNS = (
    "article_id", "mention_idx", "source", "seen_on", "parties", "deal_type", "amount_value",
    "amount_min", "amount_max", "currency", "ceiling", "usd_per_unit",
)  # fmt: skip


@dataclass
class _Deal:
    reports: list[Report] = field(default_factory=list)
    conflicting: bool = False

    @property
    def last_seen(self) -> date:
        return max(r.first.seen_on for r in self.reports)

    def types(self) -> list[str]:
        """Compatibility types of the deal (each report's decisive ones)."""
        return [t for r in self.reports for t in r.decisive_types]

    def has_article(self, article_id: str) -> bool:
        return any(r.first.article_id == article_id for r in self.reports)


def _relation(report: Report, deal: _Deal, rules: DealRules) -> int | None:
    """How a report's amounts relate to a deal's: MATCH, NO_AMOUNT, CONFLICT or None."""
    mine = report.amounts
    theirs = [a for r in deal.reports for a in r.amounts]
    if not mine or not theirs:
        return NO_AMOUNT
    heads = [h for r in deal.reports if (h := headline(r, rules))]
    head = headline(report, rules)
    assert head is not None
    if any(equal(a, b, rules) for a in mine for b in theirs):
        return MATCH
    if any(within_ceiling(head, h, rules) or within_ceiling(h, head, rules) for h in heads):
        return MATCH
    if any(near(head, h, rules) for h in heads):
        return CONFLICT
    return None


def _candidate(report: Report, deal: _Deal, rules: DealRules) -> tuple[int, int] | None:
    """(relation, days apart) when `report` may join `deal`, else None.

    A matching amount joins whatever the dates (a recap months later states the same
    figure); no amount or a conflicting one only within `window_days` of the deal's latest
    report, since nothing but the date then ties them.
    """
    if deal.has_article(report.first.article_id):
        return None  # step 1 already told this article's deals apart
    if not compatible(report.decisive_types, deal.types()):
        return None
    rel = _relation(report, deal, rules)
    gap = abs((report.first.seen_on - deal.last_seen).days)
    if rel is None or (rel != MATCH and gap > rules.window_days):
        return None
    return rel, gap


def _cluster(reports: list[Report], rules: DealRules) -> list[_Deal]:
    """Step 2 for one party set; `reports` are sorted by date, loose ones come last."""
    deals: list[_Deal] = []
    home: dict[int, _Deal] = {}  # id(report) -> its deal
    for report in (r for r in reports if r.parent is None):
        found = [(c, i) for i, d in enumerate(deals) if (c := _candidate(report, d, rules))]
        if found:
            (rel, _), i = min(found)
            deal = deals[i]
            deal.reports.append(report)
            deal.conflicting |= rel == CONFLICT
        else:
            deal = _Deal([report])
            deals.append(deal)
        home[id(report)] = deal
    for report in (r for r in reports if r.parent is not None):
        _place_loose(report, home[id(report.parent)], deals, rules)
    return deals


def _place_loose(report: Report, parent: _Deal, deals: list[_Deal], rules: DealRules) -> None:
    """A loose amount joins another article's deal whose amounts it matches, else folds
    back into its parent report (tranches, shares: the parent's deal told another way).
    Its parent's deal wins when other articles reported the amount for that deal too."""
    assert report.parent is not None
    found = [
        (c[1], i)
        for i, d in enumerate(deals)
        if d is not parent and (c := _candidate(report, d, rules)) and c[0] == MATCH
    ]
    if found and _relation(report, parent, rules) != MATCH:
        deals[min(found)[1]].reports.append(report)
    else:
        report.parent.absorb(report)


def _mentions(frame: pl.DataFrame) -> list[Mention]:
    out = []
    ordered = frame.sort(["seen_on", "article_id", "mention_idx"])
    for row in ordered.iter_rows(named=True):
        amount = amount_of(
            row["amount_value"], row["amount_min"], row["amount_max"], row["currency"],
            ceiling=bool(row["ceiling"]), usd_per_unit=row["usd_per_unit"],
        )  # fmt: skip
        out.append(
            Mention(
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
    by_parties: dict[tuple[str, ...], list[Report]] = {}
    rows = _mentions(mentions)
    keyed = sorted(rows, key=lambda m: (m.parties, m.seen_on, m.article_id, m.mention_idx))
    for (parties, _, _), group in groupby(
        keyed, key=lambda m: (m.parties, m.seen_on, m.article_id)
    ):
        by_parties.setdefault(parties, []).extend(article_reports(list(group), rules))
    deal_rows: list[dict[str, object]] = []
    assignments: list[dict[str, object]] = []
    used: set[str] = set()
    for parties in sorted(by_parties):
        for deal in _cluster(by_parties[parties], rules):
            row = summarise(parties, deal.reports, deal.conflicting, used, rules)
            deal_rows.append(row)
            for report in deal.reports:
                for m in report.mentions:
                    assignments.append(
                        {"article_id": m.article_id, "mention_idx": m.mention_idx,
                         "deal_id": row["deal_id"]}
                    )  # fmt: skip
    return deals_frame(deal_rows), assignments_frame(assignments)
