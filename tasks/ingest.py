"""Ingestion task: crawl the sources and land everything in the raw layer as it arrives.

`ingest` is the plain function (testable without Prefect); `ingest_task` is the thin Prefect
task that opens its own connection. Landing happens in the crawl's batches, so a crash loses at
most the pages of the last unflushed batch, and a rerun adds no duplicate: articles are keyed by
(url, content_hash), and validators are saved only after their article landed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import httpx
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from veille.faults import checkpoint
from veille.ingest.batch import CrawlBatch
from veille.ingest.crawl import crawl
from veille.ingest.fetch import FetchPolicy
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import session
from warehouse.raw import (
    land_articles,
    load_feed_items,
    load_http_cache,
    load_page_checks,
    log_attempts,
    save_feed_items,
    save_http_cache,
    save_page_checks,
)


@dataclass
class IngestReport:
    run_id: str
    new: int = 0
    duplicates: int = 0
    fetched: int = 0
    not_modified: int = 0
    not_rechecked: int = 0
    invalid: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def as_counts(self) -> dict[str, object]:
        """For ops.runs.counts."""
        return {
            "new": self.new,
            "duplicates": self.duplicates,
            "fetched": self.fetched,
            "not_modified": self.not_modified,
            "not_rechecked": self.not_rechecked,
            "invalid": self.invalid,
            "failed": self.failed,
            "skipped": self.skipped,
        }


def _with_outcomes(attempts: pl.DataFrame, new_keys: frozenset[tuple[str, str]]) -> pl.DataFrame:
    """'fetched' attempts that produced an article become 'landed' or 'duplicate'."""
    landed = [f"{url}\x00{digest}" for url, digest in new_keys]
    key = pl.concat_str(["article_url", "content_hash"], separator="\x00")
    produced = (pl.col("outcome") == "fetched") & pl.col("article_url").is_not_null()
    return attempts.with_columns(
        pl.when(produced & key.is_in(landed))
        .then(pl.lit("landed"))
        .when(produced)
        .then(pl.lit("duplicate"))
        .otherwise(pl.col("outcome"))
        .alias("outcome")
    )


def _sink(con: duckdb.DuckDBPyConnection, report: IngestReport) -> Callable[[CrawlBatch], int]:
    def land(batch: CrawlBatch) -> int:
        result = land_articles(con, batch.articles, report.run_id)
        checkpoint("ingest.batch_landed")
        attempts = _with_outcomes(batch.attempts, result.new_keys)
        log_attempts(con, attempts.with_columns(pl.lit(report.run_id).alias("run_id")))
        save_feed_items(con, batch.feed_items)  # before the feed's validators (see crawl)
        save_http_cache(con, batch.cache)
        save_page_checks(con, batch.page_checks)  # after its article, like the validators
        checkpoint("ingest.batch_done")
        report.new += result.new
        return result.duplicate

    return land


async def ingest_async(
    con: duckdb.DuckDBPyConnection,
    sources: Sources,
    settings: Settings,
    run_id: str,
    *,
    client: httpx.AsyncClient | None = None,
    policy: FetchPolicy | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    report = IngestReport(run_id=run_id)
    result = await crawl(
        sources,
        settings,
        client=client,
        http_cache=load_http_cache(con),
        feed_items=load_feed_items(con),
        page_checks=load_page_checks(con),
        policy=policy,
        sink=_sink(con, report),
        progress=progress,
    )
    report.duplicates = result.duplicates
    report.fetched, report.not_modified = result.fetched, result.not_modified
    report.not_rechecked = result.not_rechecked
    report.invalid = result.invalid
    report.failed, report.skipped = dict(result.failed), dict(result.skipped)
    return report


def ingest(
    con: duckdb.DuckDBPyConnection,
    sources: Sources,
    settings: Settings,
    run_id: str,
    *,
    policy: FetchPolicy | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Crawl and land every source once (runs its own event loop: call from sync code)."""
    return asyncio.run(
        ingest_async(con, sources, settings, run_id, policy=policy, progress=progress)
    )


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(
    warehouse_path: str, sources: Sources, settings: Settings, run_id: str
) -> IngestReport:
    with session(Path(warehouse_path)) as con:
        return ingest(con, sources, settings, run_id)
