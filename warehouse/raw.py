"""Landing into the raw layer: exactly once per (url, content_hash).

Idempotency: rows whose (url, content_hash) is already in raw.articles are not inserted again,
so a rerun (or a rerun after a crash) adds nothing; a changed article has a new hash and lands
as a new version beside the old one. The anti-join and the insert run in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import polars as pl

from veille.faults import checkpoint
from veille.ingest.discover import Item
from veille.ingest.recheck import Check
from veille.ingest.records import ARTICLE_SCHEMA, ATTEMPT_SCHEMA, InputError, utc_now
from warehouse.loaders import insert_frame, replace_by_keys

_KEYS = ("url", "content_hash")


@dataclass(frozen=True)
class LandResult:
    new: int
    duplicate: int
    new_keys: frozenset[tuple[str, str]] = field(default_factory=frozenset)


def _conform(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Add missing columns as typed nulls and cast to the landing schema."""
    missing = [
        pl.lit(None, dtype=dtype).alias(name)
        for name, dtype in schema.items()
        if name not in frame.columns
    ]
    return frame.with_columns(missing).select(
        [pl.col(name).cast(dtype) for name, dtype in schema.items()]
    )


def land_articles(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame, run_id: str) -> LandResult:
    """Insert the rows not landed yet; count the others as duplicates."""
    if frame.is_empty():
        return LandResult(new=0, duplicate=0)
    batch = _conform(frame, ARTICLE_SCHEMA).with_columns(pl.lit(run_id).alias("run_id"))
    unique = batch.unique(subset=list(_KEYS), keep="first", maintain_order=True)
    con.execute("begin transaction")
    try:
        con.register("_veille_landing", unique.to_arrow())
        try:
            fresh = pl.DataFrame(
                pl.from_arrow(
                    con.sql(
                        "select b.* from _veille_landing b anti join raw.articles a"
                        " on a.url = b.url and a.content_hash = b.content_hash"
                    ).to_arrow_table()
                )
            )
        finally:
            con.unregister("_veille_landing")
        insert_frame(con, "raw.articles", fresh)
        checkpoint("raw.before_commit")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    keys = frozenset(zip(fresh["url"].to_list(), fresh["content_hash"].to_list(), strict=True))
    return LandResult(new=fresh.height, duplicate=batch.height - fresh.height, new_keys=keys)


def log_attempts(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> int:
    """Append fetch/read attempts to raw.fetch_log (an attempt without id gets a fresh one)."""
    if frame.is_empty():
        return 0
    batch = _conform(frame, ATTEMPT_SCHEMA).with_columns(
        pl.col("attempt_id").fill_null(
            pl.Series([uuid.uuid4().hex for _ in range(frame.height)], dtype=pl.String())
        ),
        pl.col("attempted_at").fill_null(utc_now()),
    )
    return insert_frame(con, "raw.fetch_log", batch)


def log_input_errors(
    con: duckdb.DuckDBPyConnection, errors: Sequence[InputError], run_id: str
) -> int:
    """Unreadable inputs as 'invalid' attempts: url is the origin, error says file:line: why."""
    now = utc_now()
    rows = [
        {
            "run_id": run_id,
            "url": e.origin,
            "attempted_at": now,
            "outcome": "invalid",
            "error": e.describe(),
        }
        for e in errors
    ]
    return log_attempts(
        con,
        pl.DataFrame(
            rows,
            schema={
                k: ATTEMPT_SCHEMA[k] for k in ("run_id", "url", "attempted_at", "outcome", "error")
            },
        ),
    )


def load_http_cache(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """URL -> (ETag, Last-Modified) for conditional GET."""
    rows = con.execute("select url, etag, last_modified from raw.http_cache").fetchall()
    return {url: (etag, modified) for url, etag, modified in rows}


def save_http_cache(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> int:
    """Upsert validators by URL (the latest answer wins)."""
    latest = frame.unique(subset=["url"], keep="last", maintain_order=True)
    return replace_by_keys(con, "raw.http_cache", latest, ["url"])


def load_feed_items(con: duckdb.DuckDBPyConnection) -> dict[str, list[Item]]:
    """Feed or sitemap URL -> the Items it listed last time, with their hints."""
    rows = con.execute(
        "select feed_url, item_url, item_kind, title, published_at, source, updated_at"
        " from raw.feed_items order by feed_url, seen_at, item_url"
    ).fetchall()
    items: dict[str, list[Item]] = {}
    for feed, url, kind, title, published, source, updated in rows:
        item = Item(url, feed, kind, title, published, source, updated_at=updated)
        items.setdefault(feed, []).append(item)
    return items


def save_feed_items(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> int:
    latest = frame.unique(subset=["feed_url", "item_url"], keep="last", maintain_order=True)
    return replace_by_keys(con, "raw.feed_items", latest, ["feed_url", "item_url"])


def attempted_urls(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> set[str]:
    """Which of `urls` some run already requested (any outcome, raw.fetch_log)."""
    if not urls:
        return set()
    rows = con.execute(
        "select distinct url from raw.fetch_log where list_contains(?, url)", [list(urls)]
    ).fetchall()
    return {url for (url,) in rows}


def load_page_checks(con: duckdb.DuckDBPyConnection) -> dict[str, Check]:
    """Page URL -> its last answered check, for the recheck rule (veille/ingest/recheck.py)."""
    rows = con.execute("select url, checked_at, updated_at from raw.page_checks").fetchall()
    return {url: Check(checked, updated) for url, checked, updated in rows}


def save_page_checks(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> int:
    """Upsert by URL (the latest check wins)."""
    if frame.is_empty():
        return 0
    latest = frame.unique(subset=["url"], keep="last", maintain_order=True)
    return replace_by_keys(con, "raw.page_checks", latest, ["url"])
