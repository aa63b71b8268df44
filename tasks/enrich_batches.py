"""Enrichment fanned out over a task runner (Dask): plan in the flow, compute on workers, land
in the flow.

DuckDB allows one writing process, so the work is split by what touches the file:
- `plan_enrichment` (flow process, reads the warehouse; tasks/enrich_plan.py): the articles
  that need enrichment (the same selection as `enrich_stage`: content hash, models, prompt
  version) cut into batches, each with the ledger rows that answer its chunks from the cache;
- `enrich_batch` (any worker, pure compute; tasks/enrich_work.py, which imports no Prefect):
  the gateway and grounding over one batch, its ledger kept in frames (seeded with the cached
  rows), returning frames (pool workers hand them over in parts as they are ready);
- `land_enrichment` (flow process, the one writer): ledger rows, then staging rows, as
  `enrich_stage` writes them.
No connection or HTTP client crosses a task boundary; a batch carries many articles, since a
task run costs milliseconds and a Dask hop more. The run's LLM budget is split evenly across
batches (they cannot see each other's spend).

`enrich_pooled` runs the same three steps with a local process pool (tasks/pool.py) instead of
Dask: one task in the flow process plans, submits the batches to the pool's workers and lands
each result as it arrives (the offline engine is CPU-bound in one GIL; the LLM client's
per-call CPU is too, so both engines gain the second core).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import fields
from typing import Any

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.enrich_core import (
    EnrichStageReport,
    write_frames,
)
from tasks.enrich_plan import (
    Opener,
    Sessions,
    _iter_plan,
    batch_bounds,
    iter_plan,
    llm_batch_size,
    opener_for,
    plan_enrichment,
    pool_batching,
)
from tasks.enrich_work import (
    EnrichBatchResult,
    EnrichWork,
    _batch_settings,
    enrich_batch,
    enrich_batch_on_worker,
    needs_litellm,
    prepare_worker,
)
from tasks.limits import LlmLimit, llm_slots
from tasks.pool import WorkerPool, land_streamed, land_streamed_parts
from veille.settings import Settings
from warehouse.connection import session
from warehouse.loaders import insert_frame

__all__ = [  # re-exported: the worker side (tasks/enrich_work.py, no Prefect) and the plan
    "EnrichBatchResult",
    "EnrichWork",
    "_batch_settings",
    "add_reports",
    "batch_bounds",
    "enrich_batch",
    "enrich_batch_on_worker",
    "enrich_pooled",
    "enrich_pooled_task",
    "iter_plan",
    "land_enrichment",
    "llm_batch_size",
    "needs_litellm",
    "plan_enrichment",
    "pool_batching",
    "pool_settings",
    "prepare_worker",
    "warm_pool",
    "warm_workers",
]


def pool_settings(settings: Settings, workers: int) -> Settings:
    """Each batch keeps its share of the total concurrency in flight: with `workers` batches
    running at once, the server never sees more than `Settings.concurrency` calls."""
    return settings.model_copy(update={"concurrency": max(1, settings.concurrency // workers)})


def warm_workers(client: Any) -> int:
    """Run `prepare_worker` on every worker of a Dask `client` as a fire-and-forget task:
    called while the workers are idle (after the crawl), the enrich stage's first batches no
    longer pay litellm's import (2.5 s of CPU per worker, 5-10 s of wall under load)."""
    from distributed import fire_and_forget

    workers = list(client.scheduler_info(n_workers=-1)["workers"])
    for address in workers:
        future = client.submit(
            prepare_worker, pure=False, workers=[address], allow_other_workers=False
        )
        fire_and_forget(future)
    return len(workers)


def land_enrichment(con: duckdb.DuckDBPyConnection, result: EnrichBatchResult) -> None:
    """The single writer: the ledger rows first, then the staging rows (as enrich_stage)."""
    insert_frame(con, "ops.llm_calls", result.calls)
    write_frames(con, result.frames)


def add_reports(reports: list[EnrichStageReport]) -> EnrichStageReport:
    """Totals over batches (budget_exhausted if any batch ran out)."""
    total = EnrichStageReport()
    for report in reports:
        for f in fields(EnrichStageReport):
            mine, theirs = getattr(total, f.name), getattr(report, f.name)
            setattr(total, f.name, (mine or theirs) if isinstance(mine, bool) else mine + theirs)
    return total


def enrich_pooled(
    con: duckdb.DuckDBPyConnection | str,
    pool: WorkerPool,
    settings: Settings,
    run_id: str,
    *,
    llm_limit: LlmLimit | None = None,
    article_ids: list[str] | None = None,
    full_refresh: bool = False,
    batches_per_worker: int = 2,
) -> EnrichStageReport:
    """Plan here, enrich the batches on the pool's workers, land each one here as it comes.

    `Settings.concurrency` stays the total in flight (each batch gets its share, and the pool
    runs one batch per worker at a time); several batches per worker make the pool a work
    queue, so a slow batch does not leave the other worker idle at the end (batches that call
    a model over HTTP are sized by `llm_batch_size` instead: few, long, equal). Batches are
    planned and submitted as the pool takes them (`ahead` waiting at most): the workers start
    on the first batch instead of after the whole plan, and the flow holds a few batches'
    texts, not the whole selection's.

    The Prefect concurrency limit is held here, once for the stage (the pool is this stage's
    LLM client: its batches never have more than the slots held in flight), not by each batch
    on its worker: a slot round trip per batch (acquire, lease renewal, release) delayed each
    batch's first call behind a Prefect API answer, and put Prefect's client in every worker.

    Given the warehouse's path rather than a connection (the Prefect task does), the batches
    are planned and landed over connections reopened every few batches (`Sessions`).
    """
    opener = opener_for(con)
    parts, sizing = pool_batching(settings, pool.workers, batches_per_worker)
    try:
        count, plan = _iter_plan(opener, settings, parts, article_ids, full_refresh, sizing)
        if not count:
            return add_reports([])
        return _run_pooled(opener, pool, settings, run_id, llm_limit, count, plan)
    finally:
        if isinstance(opener, Sessions):
            opener.close()


def _run_pooled(
    opener: Opener,
    pool: WorkerPool,
    settings: Settings,
    run_id: str,
    llm_limit: LlmLimit | None,
    count: int,
    plan: Iterator[EnrichWork],
) -> EnrichStageReport:
    """`enrich_pooled` once something needs enriching: hold the slots, stream, land."""

    def land(result: EnrichBatchResult) -> EnrichStageReport:
        with opener() as writer:
            land_enrichment(writer, result)
        return result.report

    litellm = needs_litellm(settings)
    stream = settings.llm_stream_every if litellm else 0
    if litellm:
        warm_pool(pool)
    with llm_slots(llm_limit, settings.concurrency) as slots:
        running = max(1, min(pool.workers, slots))  # fewer slots than workers: fewer batches
        tuned = pool_settings(settings.model_copy(update={"concurrency": slots}), running)

        def submit(work: EnrichWork) -> Future[EnrichBatchResult]:
            return pool.submit(enrich_batch_on_worker, work, tuned, run_id, count, None, stream)

        # one running and one queued per worker; only `running` at once if slots are scarce
        ahead = 2 * running if running == pool.workers else running
        futures = map(submit, plan)
        if stream:
            return add_reports(land_streamed_parts(futures, land, ahead, lambda: pool.inbox))
        return add_reports(land_streamed(futures, land, ahead))


def warm_pool(pool: WorkerPool) -> None:
    """Start every worker of the pool on `prepare_worker` (litellm's import, ~2.5 s of CPU
    and ~170 MB each), fire and forget.

    The flow calls it once the crawl has released the pool (flows/fanout.py): the workers
    import during validation and staging and start calling as soon as the enrich stage hands
    them a batch. The enrich stage calls it again before it plans its first batch (a no-op for
    a warm worker; a cold one prepares itself before its first batch anyway). Measured at
    10,000 articles, C = 64: with one worker warmed during staging, the other imported inside
    the stage and the stage took 1.21-1.26x its bound; with both, 1.097-1.126x (3 runs). Two warm
    workers (~280 MB each) beside staging's peak fit the 1.5 GB target only since staging's
    near-duplicate pass works in chunks (veille/dedup.py: its peak fell by ~230 MB).
    """
    for _ in range(pool.workers):
        pool.submit(prepare_worker, True)


@task(name="plan-enrichment", cache_policy=NO_CACHE)
def plan_enrichment_task(
    warehouse_path: str,
    settings: Settings,
    workers: int,
    article_ids: list[str] | None = None,
    full_refresh: bool = False,
) -> list[EnrichWork]:
    with session(warehouse_path, read_only=True) as con:
        return plan_enrichment(
            con, settings, workers=workers, article_ids=article_ids, full_refresh=full_refresh
        )


@task(
    name="enrich-batch",
    task_run_name="enrich-batch-{work.index}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=5,
)
def enrich_batch_task(
    work: EnrichWork,
    settings: Settings,
    run_id: str,
    batches: int = 1,
    llm_limit: LlmLimit | None = None,
) -> EnrichBatchResult:
    return enrich_batch_on_worker(work, settings, run_id, batches, llm_limit)


@task(name="land-enrichment", cache_policy=NO_CACHE)
def land_enrichment_task(warehouse_path: str, result: EnrichBatchResult) -> None:
    with session(warehouse_path) as con:
        land_enrichment(con, result)


@task(name="enrich-pooled", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def enrich_pooled_task(
    warehouse_path: str,
    pool: WorkerPool,
    settings: Settings,
    run_id: str,
    *,
    llm_limit: LlmLimit | None = None,
    article_ids: list[str] | None = None,
    full_refresh: bool = False,
) -> dict[str, Any]:
    """Retried whole: landed batches are final rows, so a retry plans only what is left."""
    return enrich_pooled(
        warehouse_path,
        pool,
        settings,
        run_id,
        llm_limit=llm_limit,
        article_ids=article_ids,
        full_refresh=full_refresh,
    ).as_dict()
