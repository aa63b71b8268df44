"""The worker side of pooled enrichment: one batch enriched and grounded, no warehouse.

Runs in the process pool's spawned workers (tasks/pool.py) and on Dask workers; planned and
landed by tasks/enrich_batches.py in the flow process. Imports nothing of Prefect (nor does
anything it imports: tasks/enrich_core.py, tasks/limits.py import it only when a limit is
used): a spawned worker imports this module for each stage, and Prefect cost each one ~1.3 s of
CPU and ~60 MB of memory it never used.
"""

from __future__ import annotations

import functools
import gc
from contextlib import closing
from dataclasses import dataclass

import polars as pl

from tasks.enrich_core import (
    EnrichStageReport,
    _batch,
    _inputs,
    _stage_report,
    grounding_as_answered,
    run_sync,
)
from tasks.limits import LlmLimit, llm_slots
from veille.llm import offline_provider
from veille.llm.gateway import enrich_articles
from veille.llm.ledger import Ledger
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import insert_frame, read_frame


@dataclass
class EnrichWork:
    """One batch: staged rows to enrich and the ledger rows that answer some of them."""

    index: int
    frame: pl.DataFrame
    cached: pl.DataFrame
    to_call: int  # articles with at least one chunk the cache cannot answer


@dataclass
class EnrichBatchResult:
    """Frames only (built on the worker): Prefect walks every list and dict of a task's
    parameters (task inputs, futures to resolve), which for a batch's staging rows as Python
    dicts cost ~2 s per 1,000 articles in the flow process; a frame is one opaque object."""

    run_id: str
    frames: dict[str, pl.DataFrame]  # Batch.frames(): staging and quarantine rows
    calls: pl.DataFrame  # the ledger rows of the calls this batch sent
    report: EnrichStageReport


GC_THRESHOLDS = (20_000, 20, 20)


@functools.cache
def prepare_worker(litellm: bool = True) -> None:
    """Once per worker process: import and configure litellm before the first batch needs it
    (not for the in-process offline model, which never imports it), then move everything alive
    so far out of the garbage collector's sight (`gc.freeze`): the imports leave ~500k
    long-lived objects that every full collection walks again, and a batch allocates enough to
    trigger several (~1 ms of CPU per article measured, ~10 %).

    LLM workers also raise the collector's thresholds (`GC_THRESHOLDS`, from Python's 700/10/10): a
    batch keeps every answer and its grounding alive until it returns, so the heap grows by
    a few hundred thousand objects that each full collection walks again. Measured at 10,000
    articles (C = 64, batches of 2,500): 4-5 full collections per batch and 1.4-2.1 s of
    collector pauses per batch, against none and 0.5-0.7 s with these thresholds; the event
    loop stalls during a pause, and so do the provider slots whose answers wait on it. With
    no full collection during a batch, the batch's cyclic garbage waits for its end:
    `enrich_batch` collects once there (without it, the 10k run's peak rose by ~160 MB).
    Young collections still run (every 20,000 net allocations) and reclaim the per-call
    reference cycles, which die young.
    """
    if litellm:
        from veille.llm.gateway import configure_litellm

        configure_litellm()
    gc.collect()
    gc.freeze()
    if litellm:  # measured on the LLM path; offline at 10k: 97.5 articles/s with, 100.4 without
        gc.set_threshold(*GC_THRESHOLDS)


def needs_litellm(settings: Settings) -> bool:
    models = [settings.llm_model, *settings.llm_fallback_models]
    return not (settings.llm_offline_direct and all(map(offline_provider.is_offline, models)))


def _batch_settings(settings: Settings, batches: int, slots: int) -> Settings:
    budget = settings.llm_budget_usd
    update: dict[str, object] = {"concurrency": max(1, slots)}
    if budget is not None:
        update["llm_budget_usd"] = budget / max(1, batches)
    return settings.model_copy(update=update)


def enrich_batch(
    work: EnrichWork,
    settings: Settings,
    run_id: str,
    *,
    batches: int = 1,
    llm_limit: LlmLimit | None = None,
) -> EnrichBatchResult:
    """Enrich and ground one batch without touching the warehouse (runs on any worker)."""
    with (
        closing(connect(":memory:")) as mem,
        llm_slots(llm_limit, settings.concurrency if work.to_call else 0) as slots,
    ):
        insert_frame(mem, "ops.llm_calls", work.cached)
        seeded = work.cached["call_id"].to_list() if work.cached.height else []
        tuned = _batch_settings(settings, batches, slots)
        grounded, on_outcome = grounding_as_answered(work.frame)
        articles = _inputs(work.frame, settings.target_language)
        report = run_sync(
            enrich_articles(articles, tuned, Ledger(mem, run_id), run_id, on_outcome=on_outcome)
        )
        batch = _batch(work.frame, report, settings, run_id, grounded)
        calls = read_frame(
            mem,
            "select * from ops.llm_calls where not list_contains(?::varchar[], call_id)",
            [seeded],
        )
    totals = _stage_report(work.frame.height, report, batch)
    result = EnrichBatchResult(run_id, batch.frames(), calls, totals)
    del batch, report, grounded, articles
    if gc.get_threshold() == GC_THRESHOLDS:
        gc.collect()  # the batch's cyclic garbage, which the raised thresholds leave (see above)
    return result


def enrich_batch_on_worker(
    work: EnrichWork,
    settings: Settings,
    run_id: str,
    batches: int = 1,
    llm_limit: LlmLimit | None = None,
) -> EnrichBatchResult:
    """`enrich_batch` in a worker process (Dask or pool): the worker is prepared once, before
    its first batch with calls (not in the caller's process: tests and the thread runner)."""
    if work.to_call:
        prepare_worker(needs_litellm(settings))
    return enrich_batch(work, settings, run_id, batches=batches, llm_limit=llm_limit)
