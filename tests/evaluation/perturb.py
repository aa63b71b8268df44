"""Deliberately imperfect predictions derived from a gold file, and a warehouse holding them.

Every rule of the eval README gets exercised by a deterministic perturbation (by position, no
randomness): dropped, extra and duplicated rows, aliases and long forms, corporate suffixes,
values inside and outside the 0.5 % tolerance, ranges for points and points for ranges,
wrong currencies, party subsets, undisclosed amounts, wrong deal types, duplicate deal
mentions whose first occurrence carries the wrong type, articles missing from the warehouse
(with orphan mention rows) and an article the gold does not know.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from warehouse.connection import connect
from warehouse.loaders import insert_frame

Row = dict[str, Any]


def _other_name(org: dict, long_forms: dict[str, list[str]]) -> str:
    """Another spelling the scorer must resolve: an alias, a long form, or a suffixed form."""
    if org.get("aliases"):
        return org["aliases"][-1]
    if long_forms.get(org["name"]):
        return long_forms[org["name"]][0]
    return f"{org['name']} Inc."


def _orgs(aid: str, gold: dict, long_forms: dict) -> list[Row]:
    rows: list[Row] = []
    for j, org in enumerate(gold["orgs"]):
        kind = j % 5
        if kind == 4:
            continue
        if kind == 1:
            rows.append({"name": _other_name(org, long_forms)})
        elif kind == 2:
            rows.append({"name": f"{org['name'].upper()}, Ltd."})
        else:
            rows.append({"name": org["name"]})
        if j == 0:
            rows.append({"name": f"{org['name']} Group N.V."})
    rows += [{"name": "Acme Robotics"}, {"name": "ACME Robotics, Inc."}, {"name": "Zeta & Co"}]
    return [{"article_id": aid, "org_id": r["name"].lower(), **r} for r in rows]


NO_AMOUNT: Row = {"value": None, "min_value": None, "max_value": None, "currency": None}


def _point(value: float, currency: str | None) -> Row:
    return {**NO_AMOUNT, "value": float(value), "currency": currency}


def _range(lo: float, hi: float, currency: str | None) -> Row:
    return {**NO_AMOUNT, "min_value": float(lo), "max_value": float(hi), "currency": currency}


def _amount(amount: dict, kind: int) -> list[Row]:
    cur = amount.get("currency")
    if "min" in amount:
        lo, hi = amount["min"], amount["max"]
        return [
            [_range(lo, hi, cur)],
            [_range(lo * 0.996, hi * 1.004, cur)],
            [_range(lo * 0.98, hi, cur)],
            [_point((lo + hi) / 2, cur)],
            [],
            [_range(lo, hi, (cur or "").lower()), _range(lo, hi, cur)],
        ][kind]
    v = amount["value"]
    return [
        [_point(v, cur)],
        [_point(v * 1.004, cur)],
        [_point(v * 1.01, cur)],
        [_range(v * 1.002, v * 1.002, cur)],
        [],
        [_point(v, (cur or "").lower()), _point(v, cur), _point(v, cur)],
    ][kind]


def _money(aid: str, gold: dict) -> list[Row]:
    rows: list[Row] = []
    for j, amount in enumerate(gold["amounts"]):
        rows += _amount(amount, j % 6)
    if gold["amounts"]:
        first = gold["amounts"][0]
        wrong = "GBP" if first.get("currency") != "GBP" else "USD"
        rows.append({**_amount(first, 0)[0], "currency": wrong})
    rows.append(_point(42.0, "USD"))
    return [{"article_id": aid, "role": "other", **r} for r in rows]


def _deal(parties: list[str], amount: Row | None, deal_type: str) -> Row:
    amount = amount or NO_AMOUNT
    return {
        "parties": parties,
        "amount_value": amount["value"],
        "amount_min": amount["min_value"],
        "amount_max": amount["max_value"],
        "currency": amount["currency"],
        "deal_type": deal_type,
    }


def _deal_rows(deal: dict, j: int, orgs: dict[str, dict], long_forms: dict) -> list[Row]:
    parties = [
        _other_name(orgs[p], long_forms) if k == 0 else p for k, p in enumerate(deal["parties"])
    ]
    parties.reverse()
    cur, kind, right = deal.get("currency"), j % 5, deal["type"]
    amounts = deal["amounts"]
    rows: list[Row] = []
    if len(parties) > 2:
        rows.append(_deal(parties[:2], _point(amounts[0], cur) if amounts else None, right))
        rows.append(_deal([parties[0], "Unknown Capital"], None, right))
        return rows
    if not amounts:
        odd = _point(1e9, "USD") if kind == 4 else None
        return [] if kind == 3 else [_deal(parties, odd, right if kind != 1 else "other")]
    first, last = amounts[0], amounts[-1]
    if kind == 0:
        rows.append(_deal(parties, _point(first, cur), right))
        rows.append(_deal(parties, _range(first * 1.001, first * 1.001, cur), "other"))
    elif kind == 1:
        rows.append(_deal(parties, _point(last, cur), "other"))
    elif kind == 2:
        rows.append(_deal(parties, _point(first, cur), "other"))
        rows.append(_deal(parties, _point(first, (cur or "").lower()), right))
    elif kind == 4:
        rows.append(_deal(parties, _point(first * 1.02, cur), right))
        rows.append(_deal(parties, None, right))
    return rows


def _deals(aid: str, gold: dict, long_forms: dict) -> list[Row]:
    orgs = {o["name"]: o for o in gold["orgs"]}
    rows: list[Row] = []
    for j, deal in enumerate(gold["deals"]):
        rows += _deal_rows(deal, j, orgs, long_forms)
    if gold["orgs"]:
        name = gold["orgs"][0]["name"]
        rows.append(_deal([name, f"{name} Inc."], None, "other"))
    rows.append(_deal(["Acme Robotics", "Zeta & Co"], _point(5e6, "USD"), "acquisition"))
    return [{"article_id": aid, "deal_id": f"{aid}-{k}", **r} for k, r in enumerate(rows)]


def perturbed_tables(golds: list[dict], long_forms: dict, missing: set[int]) -> dict[str, list]:
    """Curated rows per table; articles at the `missing` positions are left out of
    curated.articles (their mention rows stay, as orphans the scorer must ignore)."""
    tables: dict[str, list[Row]] = {
        "curated.articles": [],
        "curated.org_mentions": [],
        "curated.money_mentions": [],
        "curated.deal_mentions": [],
    }
    extra = {
        "url": "https://example.org/not-in-gold",
        "orgs": [{"name": "Acme"}],
        "amounts": [{"value": 1.0, "currency": "USD"}],
        "deals": [],
    }
    for i, gold in enumerate([*golds, extra]):
        aid = f"a{i:03d}"
        if i not in missing:
            lang = "fr" if "/fr/" in gold["url"] else "en"
            tables["curated.articles"].append(
                {"article_id": aid, "url": gold["url"], "language": lang}
            )
        tables["curated.org_mentions"] += _orgs(aid, gold, long_forms)
        tables["curated.money_mentions"] += _money(aid, gold)
        tables["curated.deal_mentions"] += _deals(aid, gold, long_forms)
    return tables


def build_warehouse(path: Path | str, tables: dict[str, list]) -> None:
    """A migrated warehouse holding exactly these curated rows (closed on return)."""
    con = connect(path)
    try:
        for table, rows in tables.items():
            if rows:
                insert_frame(con, table, pl.DataFrame(rows, infer_schema_length=None))
    finally:
        con.close()
