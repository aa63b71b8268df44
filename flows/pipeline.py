"""The end-to-end pipeline: land raw -> stage -> enrich -> validate -> publish -> report.

Thin on purpose: each stage is a task over a plain function. Stages hand over through the
warehouse (never connections or clients), so any stage can be retried or rerun alone. A
batch-level validation failure raises, which fails the run before publish: the previous
curated data stays intact.

Incremental: ingest sends conditional GETs and lands only new content, staging cleans only raw
versions it has not seen, enrichment skips articles whose content hash, model and prompt
version already have a final answer; publish rebuilds curated from staging (cheap and
deterministic, timed in ops.runs). `full_refresh` restages and re-enriches everything (the LLM
cache still answers unchanged inputs without a call).

Retries: the stage tasks retry at their IO boundaries. The scheduled variant
(`hourly_pipeline`, the deployment's entrypoint) also retries the whole run once, five minutes
later, for what a task retry cannot heal (a warehouse held by another writer), and times out
after 50 minutes so that an hourly run never overlaps the next; `veille run` and `veille eval`
call `pipeline` itself, which fails fast and has no time limit (a first run may be long).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows.common import (
    bookkept_run,
    llm_limit_for,
    publish_and_validate,
    recheck_all,
    settings_for,
    validate,
)
from flows.fanout import enrich_stage, fanout_runner, ingest_stage
from tasks.stage import stage_task
from veille.ingest.sources import Sources, sources_from_cli
from veille.settings import Settings
from warehouse.lock import writer_lock


def _sources(
    settings: Settings,
    inputs: list[str] | None,
    feeds: list[str] | None,
    sitemaps: list[str] | None,
    urls: list[str] | None,
) -> Sources:
    return sources_from_cli(
        feed=feeds or [],
        sitemap=sitemaps or [],
        url=urls or [],
        input=[Path(p) for p in inputs or []],
        sources_file=settings.sources_file,
    )


@flow(name="veille-pipeline", log_prints=True)
def pipeline(
    inputs: list[str] | None = None,
    feeds: list[str] | None = None,
    sitemaps: list[str] | None = None,
    urls: list[str] | None = None,
    warehouse: str | None = None,
    model: str | None = None,
    full_refresh: bool = False,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Run every stage once over the given sources (and VEILLE_SOURCES_FILE); returns the
    per-stage counts."""
    settings = settings or settings_for(warehouse, model)
    sources = _sources(settings, inputs, feeds, sitemaps, urls)
    llm_limit = llm_limit_for(settings)
    path = str(settings.warehouse)
    with (
        writer_lock(path),  # one writer per warehouse (warehouse/lock.py)
        bookkept_run(settings, "veille-pipeline", full_refresh=full_refresh) as book,
        fanout_runner(settings) as runner,
    ):
        with book.stage("ingest"):
            crawl_settings = recheck_all(settings) if full_refresh else settings
            report = ingest_stage(runner, path, sources, crawl_settings, book.run_id)
            book.counts["ingest"] = report.as_counts()
        validate(book, "raw", settings)
        with book.stage("stage"):
            book.counts["stage"] = stage_task(path, book.run_id, full_refresh)
        validate(book, "staging", settings)
        with book.stage("enrich"):
            book.counts["enrich"] = enrich_stage(
                runner, path, settings, book.run_id, llm_limit=llm_limit, full_refresh=full_refresh
            )
        validate(book, "enrichment", settings)
        publish_and_validate(book, settings)
    get_run_logger().info("run %s completed: %s", book.run_id, book.all_counts())
    return {"run_id": book.run_id, "warehouse": path, **book.all_counts()}


hourly_pipeline = pipeline.with_options(retries=1, retry_delay_seconds=300, timeout_seconds=50 * 60)
