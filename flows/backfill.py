"""Backfill: re-enrich, validate and republish the articles published in a date range.

Run by hand (deployment `veille-backfill/backfill`) after a prompt, model or grounding change:
the selected articles are re-enriched in full (whatever their previous answers; the LLM cache
still answers inputs whose cache key did not change, so a model or prompt bump is what makes
new calls), then staging and enrichment are validated under the backfill's run id (publish
honours that run's quarantine) and curated is rebuilt. It writes the working warehouse, so it
shares the hourly deployment's rule: one writer at a time.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import (
    bookkept_run,
    llm_limit_for,
    publish_and_validate,
    settings_for,
    validate,
)
from flows.fanout import enrich_stage, fanout_runner
from veille.settings import Settings
from warehouse.connection import session
from warehouse.lock import writer_lock


@task(name="articles-in-range", cache_policy=NO_CACHE)
def articles_in_range_task(warehouse_path: str, start: date, end: date) -> list[str]:
    """Staged articles whose published_at falls on a day in [start, end] (inclusive)."""
    with session(warehouse_path, read_only=True) as con:
        rows = con.execute(
            "select article_id from staging.articles"
            " where cast(published_at as date) between ? and ? order by article_id",
            [start, end],
        ).fetchall()
    return [r[0] for r in rows]


def _range(start: str, end: str) -> tuple[date, date]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:
        raise ValueError(f"backfill range ends ({end}) before it starts ({start})")
    return first, last


@flow(name="veille-backfill", log_prints=True, retries=0, timeout_seconds=6 * 3600)
def backfill(
    start: str,
    end: str,
    warehouse: str | None = None,
    model: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Re-enrich (full refresh), validate and publish the articles published from `start` to
    `end` (YYYY-MM-DD, inclusive); returns the per-stage counts."""
    first, last = _range(start, end)
    settings = settings or settings_for(warehouse, model)
    llm_limit = llm_limit_for(settings)
    path = str(settings.warehouse)
    with (
        writer_lock(settings.warehouse),  # one writer per warehouse (warehouse/lock.py)
        bookkept_run(settings, "veille-backfill", full_refresh=True) as book,
        fanout_runner(settings) as runner,
    ):
        ids = articles_in_range_task(path, first, last)
        book.counts["select"] = {"start": start, "end": end, "articles": len(ids)}
        book.report = bool(ids)
        if ids:
            validate(book, "staging", settings)
            with book.stage("enrich"):
                book.counts["enrich"] = enrich_stage(
                    runner,
                    path,
                    settings,
                    book.run_id,
                    llm_limit=llm_limit,
                    full_refresh=True,
                    article_ids=ids,
                )
            validate(book, "enrichment", settings)
            publish_and_validate(book, settings)
    if ids:
        get_run_logger().info(
            "backfill %s..%s: %d articles, run %s", start, end, len(ids), book.run_id
        )
    return {"run_id": book.run_id, "warehouse": path, **book.all_counts()}
