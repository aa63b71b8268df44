"""Enrichment fanned out over a local process pool, without Prefect or Dask.

The same three steps as the Dask path (tasks/enrich_batches.py): `plan_enrichment` and
`land_enrichment` in the calling process (the warehouse's one writer), `enrich_batch` in the
pool's processes (pure compute and HTTP, in-memory ledger). Why a pool: litellm costs a few
milliseconds of CPU per call, so one client process is busy most of the time at 150 calls per
second and its event loop queues; spreading the calls over processes spreads that CPU over the
cores.

Decisions:
- `Settings.concurrency` stays the TOTAL number of calls in flight: each batch gets
  concurrency // processes, and a pool of `processes` workers runs at most that many batches at
  once, so the server never sees more than `concurrency` requests.
- The pool is the shared work queue: batches (`Settings.task_batch_size`, at least two per
  process by default) go to whichever process is free, so a slow batch does not leave the
  other processes idle, and results are landed as they arrive, overlapping the calls of the
  batches still running.
- The pool is injected (any `concurrent.futures.Executor` whose workers can import veille):
  its owner decides the start method and warms the workers once (`warm_worker`).
- Fail loudly: a failed batch does not cost the others their landing; the first failure is
  raised once every other batch is landed.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Sequence

import duckdb

from tasks.enrich import EnrichStageReport
from tasks.enrich_batches import (
    EnrichBatchResult,
    add_reports,
    enrich_batch,
    land_enrichment,
    plan_enrichment,
    prepare_worker,
)
from veille.settings import Settings


def warm_worker() -> None:
    """Pool initializer (see `prepare_worker`)."""
    prepare_worker()


def pool_settings(settings: Settings, processes: int) -> Settings:
    """Each batch keeps its share of the total concurrency in flight (never more in all)."""
    return settings.model_copy(update={"concurrency": max(1, settings.concurrency // processes)})


def enrich_in_pool(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str,
    pool: concurrent.futures.Executor,
    *,
    processes: int,
    batches_per_process: int = 2,
    article_ids: Sequence[str] | None = None,
    full_refresh: bool = False,
) -> EnrichStageReport:
    """Plan here, enrich the batches in `pool`, land each result here as it completes.

    `processes` is how many batches the pool runs at once (its workers): with more workers
    than that, more than `settings.concurrency` calls could be in flight, so it is refused."""
    workers = getattr(pool, "_max_workers", processes)
    if workers > processes:
        raise ValueError(f"the pool runs {workers} batches at once, not {processes}")
    ids = list(article_ids) if article_ids is not None else None
    tuned = pool_settings(settings, max(1, processes))
    # at least `batches_per_process` batches per process, none above Settings.task_batch_size
    parts = max(1, processes * batches_per_process)
    work = plan_enrichment(con, tuned, workers=parts, article_ids=ids, full_refresh=full_refresh)
    if not work:
        return EnrichStageReport()
    futures = [pool.submit(enrich_batch, w, tuned, run_id, batches=len(work)) for w in work]
    reports: list[EnrichStageReport] = []
    errors: list[BaseException] = []
    for future in concurrent.futures.as_completed(futures):
        try:
            result: EnrichBatchResult = future.result()
        except Exception as exc:  # re-raised below, once the other batches are landed
            errors.append(exc)
            continue
        land_enrichment(con, result)
        reports.append(result.report)
    if errors:
        raise errors[0]
    return add_reports(reports)
