"""What a warehouse predicted for each gold article, read from the curated contract only.

Any warehouse with these columns can be scored, whichever pipeline filled it:
    curated.articles(article_id, url, language)
    curated.org_mentions(article_id, name)
    curated.money_mentions(article_id, value, min_value, max_value, currency)
    curated.deal_mentions(article_id, parties, amount_value, amount_min, amount_max,
                          currency, deal_type)

Decisions:
- Rows are read with plain filtered scans (no join, no order by), so deal mentions come in the
  table's own order, as the reference scorer sees them: the first mention that matches a gold
  deal decides whether its type was right.
- When two curated articles share a url, the first one in table order is scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb


class ContractError(RuntimeError):
    """The warehouse lacks a table or column of the curated contract."""


@dataclass(frozen=True)
class Amount:
    """A point (`value`) or a range (`min_value`, `max_value`) in a currency."""

    value: float | None
    min_value: float | None
    max_value: float | None
    currency: str | None


@dataclass(frozen=True)
class PredictedDeal:
    parties: tuple[str, ...]
    amount: Amount
    deal_type: str | None


@dataclass(frozen=True)
class ArticlePredictions:
    article_id: str
    language: str | None
    orgs: tuple[str, ...]
    money: tuple[Amount, ...]
    deals: tuple[PredictedDeal, ...]


def norm_currency(code: str | None) -> str | None:
    return (code or "").upper() or None


def _rows(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> list[tuple]:
    try:
        return con.sql(sql, params=[ids]).fetchall()
    except (duckdb.CatalogException, duckdb.BinderException) as exc:
        raise ContractError(f"the warehouse lacks the curated contract: {exc}") from exc


def _orgs(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[str]]:
    orgs: dict[str, list[str]] = {aid: [] for aid in ids}
    for aid, name in _rows(
        con,
        "select article_id, name from curated.org_mentions"
        " where list_contains(?, article_id) and name is not null",
        ids,
    ):
        orgs[aid].append(name)
    return orgs


def _money(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[Amount]]:
    money: dict[str, list[Amount]] = {aid: [] for aid in ids}
    for aid, value, lo, hi, currency in _rows(
        con,
        "select article_id, value, min_value, max_value, currency from curated.money_mentions"
        " where list_contains(?, article_id)",
        ids,
    ):
        money[aid].append(Amount(value, lo, hi, norm_currency(currency)))
    return money


def _deals(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[PredictedDeal]]:
    deals: dict[str, list[PredictedDeal]] = {aid: [] for aid in ids}
    for aid, parties, value, lo, hi, currency, deal_type in _rows(
        con,
        "select article_id, parties, amount_value, amount_min, amount_max, currency, deal_type"
        " from curated.deal_mentions where list_contains(?, article_id)",
        ids,
    ):
        amount = Amount(value, lo, hi, norm_currency(currency))
        deals[aid].append(PredictedDeal(tuple(parties or ()), amount, deal_type))
    return deals


def load_predictions(
    con: duckdb.DuckDBPyConnection, urls: Sequence[str]
) -> dict[str, ArticlePredictions]:
    """Predictions keyed by url; a url absent from curated.articles is absent here."""
    found = _rows(
        con,
        "select url, article_id, language from curated.articles where list_contains(?, url)",
        list(urls),
    )
    by_url: dict[str, tuple[str, str | None]] = {}
    for url, article_id, language in found:
        by_url.setdefault(url, (article_id, language))
    ids = [aid for aid, _ in by_url.values()]
    orgs, money, deals = _orgs(con, ids), _money(con, ids), _deals(con, ids)
    return {
        url: ArticlePredictions(
            aid, language, tuple(orgs[aid]), tuple(money[aid]), tuple(deals[aid])
        )
        for url, (aid, language) in by_url.items()
    }
