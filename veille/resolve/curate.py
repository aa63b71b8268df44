"""From publishable staging frames to curated frames: pure polars, no database.

Every mention resolves to one organisation, every deal mention to one deal. Rows that cannot
be published as they stand (an amount without a currency, a deal whose parties collapse into
one organisation) are not dropped silently: they come back as quarantine rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from veille.resolve.amounts import DealRules
from veille.resolve.deals import INPUT_COLUMNS, resolve_deals
from veille.resolve.fx import attach_rates
from veille.resolve.orgs import OrgResolver, org_id

CEILING_QUALIFIERS = ("up_to", "less_than")
QUARANTINE_SCHEMA = pl.Schema({
    "run_id": pl.String(), "table_name": pl.String(), "record_key": pl.String(),
    "expectation": pl.String(), "column_name": pl.String(), "observed_value": pl.String(),
    "reason": pl.String(), "created_at": pl.Datetime("us"),
})  # fmt: skip


@dataclass(frozen=True)
class CurateInput:
    """Everything the curated rebuild depends on besides the staging frames."""

    gazetteer: tuple[object, ...]
    rules: DealRules
    fx_rates: pl.DataFrame
    target_language: str
    run_id: str | None
    published_at: datetime
    fx_source: str | None = None


@dataclass(frozen=True)
class CuratedBatch:
    frames: dict[str, pl.DataFrame]  # keyed by curated table name
    rejected: pl.DataFrame  # quality.quarantine rows


def _reject(
    frame: pl.DataFrame, table: str, expectation: str, reason: str, ctx: CurateInput
) -> pl.DataFrame:
    key = pl.concat_str(
        [pl.col("article_id"), pl.col("mention_idx").cast(pl.String)], separator=":"
    )
    return frame.select(
        pl.lit(ctx.run_id, pl.String).alias("run_id"),
        pl.lit(table).alias("table_name"),
        key.fill_null(pl.col("article_id")).alias("record_key"),
        pl.lit("publish:" + expectation).alias("expectation"),
        pl.lit(None, pl.String).alias("column_name"),
        pl.lit(None, pl.String).alias("observed_value"),
        pl.lit(reason).alias("reason"),
        pl.lit(ctx.published_at, pl.Datetime("us")).alias("created_at"),
    )


def _articles(staged: pl.DataFrame, ctx: CurateInput) -> pl.DataFrame:
    return staged.with_columns(
        pl.lit(ctx.target_language).alias("target_language"),
        pl.lit(ctx.run_id, pl.String).alias("published_run_id"),
    ).drop("staged_at")


def _seen_on(articles: pl.DataFrame) -> pl.DataFrame:
    """Report date of each article: published, else staged."""
    return articles.select(
        "article_id",
        "source",
        pl.coalesce(pl.col("published_at"), pl.col("staged_at")).cast(pl.Date).alias("seen_on"),
    )


def _resolver(orgs: pl.DataFrame, deals: pl.DataFrame, gazetteer: Iterable[object]) -> OrgResolver:
    resolver = OrgResolver(gazetteer)
    for name, surface in orgs.select("name", "surface").iter_rows():
        resolver.observe(name, surface)
    for parties in deals["parties"].to_list():
        for party in parties or []:
            resolver.observe(party)
    return resolver


def _org_mentions(orgs: pl.DataFrame, resolver: OrgResolver) -> pl.DataFrame:
    names = [resolver.canonical(n, s) for n, s in orgs.select("name", "surface").iter_rows()]
    return orgs.with_columns(
        pl.Series("name", names, pl.String),
        pl.Series("org_id", [org_id(n) for n in names], pl.String),
    )


def _money(money: pl.DataFrame, ctx: CurateInput) -> tuple[pl.DataFrame, pl.DataFrame]:
    money = money.with_columns(
        pl.col("currency").str.strip_chars().str.to_uppercase(),
        pl.col("role").fill_null("other"),
    )
    unusable = (
        pl.col("currency").is_null()
        | (pl.col("currency") == "")
        | (
            pl.col("value").is_null()
            & (pl.col("min_value").is_null() | pl.col("max_value").is_null())
        )
    )
    rejected = _reject(
        money.filter(unusable), "staging.money_mentions", "amount_complete",
        "an amount needs a currency and a value or a min and max", ctx,
    )  # fmt: skip
    return money.filter(~unusable), rejected


def _ceilings(money: pl.DataFrame) -> dict[str, list[float]]:
    """Per article, the values stated as ceilings ("up to 15 billion")."""
    found: dict[str, list[float]] = {}
    caps = money.filter(
        pl.col("qualifier").is_in(CEILING_QUALIFIERS) & pl.col("value").is_not_null()
    )
    for article_id, value in caps.select("article_id", "value").iter_rows():
        found.setdefault(article_id, []).append(value)
    return found


def _deal_input(deals: pl.DataFrame, resolver: OrgResolver, money: pl.DataFrame) -> pl.DataFrame:
    caps = _ceilings(money)
    parties, ceiling = [], []
    for article_id, names, value in deals.select(
        "article_id", "parties", "amount_value"
    ).iter_rows():
        parties.append(sorted({resolver.canonical(p) for p in names or []}))
        stated = caps.get(article_id, [])
        ceiling.append(value is not None and any(abs(value - c) <= 0.005 * c for c in stated))
    return deals.with_columns(
        pl.Series("parties", parties, pl.List(pl.String)),
        pl.Series("ceiling", ceiling, pl.Boolean),
        pl.col("currency").str.strip_chars().str.to_uppercase(),
    )


def _deals(
    deals: pl.DataFrame,
    seen: pl.DataFrame,
    resolver: OrgResolver,
    money: pl.DataFrame,
    ctx: CurateInput,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    frame = _deal_input(deals, resolver, money).join(seen, on="article_id", how="left")
    duplicated = pl.struct("article_id", "mention_idx").is_duplicated()
    bad = (pl.col("parties").list.len() < 2) | pl.col("deal_type").is_null() | duplicated
    rejected = _reject(
        frame.filter(bad), "staging.deal_mentions", "deal_resolvable",
        "a deal needs a type, two parties that resolve to distinct organisations and a"
        " unique (article_id, mention_idx)", ctx,
    )  # fmt: skip
    frame = attach_rates(frame.filter(~bad), ctx.fx_rates, on="seen_on")
    resolved, assigned = resolve_deals(frame.select(INPUT_COLUMNS), ctx.rules)
    resolved = attach_rates(resolved, ctx.fx_rates, on="first_seen").with_columns(
        (pl.col("amount_value") * pl.col("usd_per_unit")).alias("amount_usd")
    )
    mentions = frame.drop("usd_per_unit", "fx_rate_date", "seen_on", "source", "ceiling").join(
        assigned, on=["article_id", "mention_idx"], how="left"
    )
    return resolved.drop("usd_per_unit"), mentions, rejected


def curate(staged: dict[str, pl.DataFrame], ctx: CurateInput) -> CuratedBatch:
    """The curated frames for one publish, and the rows publish itself refused."""
    articles = staged["staging.articles"]
    orgs, deals = staged["staging.org_mentions"], staged["staging.deal_mentions"]
    money, money_rejected = _money(staged["staging.money_mentions"], ctx)
    resolver = _resolver(orgs, deals, ctx.gazetteer)
    deal_rows, deal_mentions, deal_rejected = _deals(
        deals, _seen_on(articles), resolver, money, ctx
    )
    frames = {
        "curated.articles": _articles(articles, ctx),
        "curated.organizations": resolver.frame(),
        "curated.org_mentions": _org_mentions(orgs, resolver),
        "curated.money_mentions": money,
        "curated.deals": deal_rows,
        "curated.deal_mentions": deal_mentions,
        "curated.fx_rates": ctx.fx_rates,
    }
    frames["curated.publication"] = pl.DataFrame(
        {
            "run_id": [ctx.run_id], "published_at": [ctx.published_at],
            "articles": [articles.height],
            "organizations": [frames["curated.organizations"].height],
            "deals": [deal_rows.height], "deal_mentions": [deal_mentions.height],
            "fx_source": [ctx.fx_source],
        },
        schema_overrides={"run_id": pl.String, "fx_source": pl.String},
    )  # fmt: skip
    rejected = pl.concat([money_rejected, deal_rejected]).cast(QUARANTINE_SCHEMA)
    return CuratedBatch(frames, rejected)
