"""One row per resolved deal: headline amount, range, dates, counts and a stable id.

Split from `veille.resolve.deals` (which decides which reports form a deal) because what a
deal row says is a separate decision: the amount reported by the most outlets wins (ties: a
firm amount over a ceiling, then the larger), and the id hashes the parties, the first
report's date, type and headline so it stays stable while no earlier report appears.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date

import polars as pl

from veille.resolve.amounts import Amount, DealRules, equal
from veille.resolve.reports import GENERIC_TYPES, Report, figures, headline


def _dominant(types: list[str]) -> str:
    specific = [t for t in types if t not in GENERIC_TYPES]
    return Counter(specific or types).most_common(1)[0][0]


def _best_amount(
    reports: list[Report], rules: DealRules
) -> tuple[Amount | None, float | None, float | None]:
    """The headline reported by most outlets (then articles; ties: firm over ceiling, larger),
    and the min and max of the headline figures reported in its currency."""
    groups: list[list[tuple[Report, Amount]]] = []
    for report in reports:
        head = headline(report, rules)
        if head is None:
            continue
        group = next((g for g in groups if equal(g[0][1], head, rules)), None)
        if group is None:
            groups.append([(report, head)])
        else:
            group.append((report, head))
    if not groups:
        return None, None, None

    def support(group: list[tuple[Report, Amount]]) -> tuple[int, int, bool, float]:
        outlets = {r.first.source for r, _ in group}
        articles = {r.first.article_id for r, _ in group}
        firm = any(not a.ceiling for _, a in group)
        usd = max(a.high * (a.usd_per_unit or 1.0) for _, a in group)
        return len(outlets), len(articles), firm, usd

    best = max(groups, key=support)
    rep = next((a for _, a in best if not a.ceiling), best[0][1])
    stated = [a for r in reports for a in figures(r, rules) if a.currency == rep.currency]
    return rep, min(a.low for a in stated), max(a.high for a in stated)


def _deal_id(
    parties: tuple[str, ...], first: Report, seen: date, used: set[str], rules: DealRules
) -> str:
    """Hash of the sorted parties, the first report's date, type and headline: stable as long
    as no earlier report of the deal appears."""
    head = headline(first, rules)
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


def summarise(
    parties: tuple[str, ...],
    reports: list[Report],
    conflicting: bool,
    used: set[str],
    rules: DealRules,
) -> dict[str, object]:
    """One curated deal row from its reports; `used` keeps deal ids unique within a run."""
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
        "last_seen": max(r.first.seen_on for r in reports),
        "n_sources": len({m.article_id for m in mentions}),
        "n_outlets": len({m.source for m in mentions}),
        "n_mentions": len(mentions),
        "conflicting_amounts": conflicting,
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


def deals_frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=DEAL_SCHEMA).sort("deal_id")


def assignments_frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=ASSIGNMENT_SCHEMA).sort(["article_id", "mention_idx"])
