"""Where a stage's work runs: in the flow's process (thread runner) or fanned out over Dask.

With `Settings.task_runner == "dask"`, fetching and enrichment fan out: workers do pure compute
and network IO (crawl a part of the sources; call the model and ground a batch of articles)
and return frames; the flow process is the warehouse's only writer and lands each result as
it arrives, in a short task. With "thread" the stages run as single tasks in the flow process
(the async crawler and LLM gateway already keep many requests in flight there).

With "process", the same pure functions run in a local pool of spawned processes
(tasks/pool.py), each stage as one task of the flow process that submits its parts and lands
them as they arrive: both cores without a Dask cluster's start-up and per-worker memory. The
pool is released after each of the two stages, so staging, validation and publish run
without idle workers holding memory (respawning costs about a second of imports).

The Dask runner is built from settings at run time, so one deployment serves both modes: a
local cluster of `dask_workers` processes, or an existing cluster at `dask_address` (workers on
other machines need the project installed and the same VEILLE_* environment).

The runner starts on first use (`Fanout`): an incremental crawl (every source read before, few
pages due for a recheck: `crawl_is_large`) runs in the flow process, and an enrich stage with
no article to enrich submits nothing, so a run with nothing new starts no cluster at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from prefect.futures import PrefectFuture, as_completed

from tasks.crawl_batches import (
    add_ingest_reports,
    crawl_is_large,
    crawl_part_task,
    crawl_pooled_task,
    crawl_state_task,
    land_crawl_task,
    make_parts,
)
from tasks.enrich import EnrichStageReport, enrich_task
from tasks.enrich_batches import (
    EnrichBatchResult,
    add_reports,
    enrich_batch_task,
    enrich_pooled_task,
    land_enrichment_task,
    needs_litellm,
    plan_enrichment_task,
    warm_pool,
    warm_workers,
)
from tasks.ingest import IngestReport, ingest_task
from tasks.limits import LlmLimit
from tasks.pool import WorkerPool, worker_pool
from veille.ingest.sources import Sources
from veille.settings import Settings

if TYPE_CHECKING:
    from prefect_dask import DaskTaskRunner

T = TypeVar("T")
R = TypeVar("R")


def dask_runner(settings: Settings) -> DaskTaskRunner:
    """Imported here: distributed costs a second or two to import, thread runs never need it."""
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": settings.dask_workers,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": ":0",  # a free port: runs and tests never collide on 8787
            "silence_logs": logging.WARNING,
        }
    )


class Fanout:
    """The run's Dask runner, started (and closed with the run) only when work is submitted."""

    def __init__(self, settings: Settings, stack: ExitStack) -> None:
        self.settings, self._stack = settings, stack
        self._runner: DaskTaskRunner | None = None

    def runner(self) -> DaskTaskRunner:
        if self._runner is None:
            self._runner = self._stack.enter_context(dask_runner(self.settings))
        return self._runner

    @property
    def started(self) -> bool:
        return self._runner is not None

    def workers(self) -> int:
        """A local cluster's size is known without starting it; a remote one is asked."""
        if self._runner is None and not self.settings.dask_address:
            return self.settings.dask_workers
        return _workers(self.runner())


@contextmanager
def fanout_runner(settings: Settings) -> Iterator[Fanout | WorkerPool | None]:
    """A lazily started Dask runner or process pool for the run, or None when stages run in
    the flow's process."""
    if settings.task_runner == "process":
        with worker_pool(settings.process_workers) as pool:
            yield pool
        return
    if settings.task_runner != "dask":
        yield None
        return
    with ExitStack() as stack:
        yield Fanout(settings, stack)


def _workers(runner: DaskTaskRunner) -> int:
    return max(1, len(runner.client.scheduler_info(n_workers=-1)["workers"]))


def land_as_completed(futures: Sequence[PrefectFuture[T]], land: Callable[[T], R]) -> list[R]:
    """Land every result as it arrives; a failed part does not cost the others their landing,
    and the first failure is raised once all are landed (the run then ends Failed)."""
    landed: list[R] = []
    errors: list[BaseException] = []
    for future in as_completed(list(futures)):
        try:
            result = future.result()
        except Exception as exc:  # re-raised below, after the other parts landed
            errors.append(exc)
            continue
        landed.append(land(result))
    if errors:
        raise errors[0]
    return landed


def ingest_stage(
    fanout: Fanout | WorkerPool | None,
    path: str,
    sources: Sources,
    settings: Settings,
    run_id: str,
) -> IngestReport:
    if fanout is None:
        return ingest_task(path, sources, settings, run_id)
    http_cache, feed_items, page_checks, attempted = crawl_state_task(path, sources)
    if not crawl_is_large(sources, settings, feed_items, page_checks, attempted):
        return ingest_task(path, sources, settings, run_id)
    if isinstance(fanout, WorkerPool):
        try:
            return crawl_pooled_task(path, fanout, sources, settings, run_id)
        finally:
            fanout.release()  # staging runs in the flow process: no idle workers beside it...
            if needs_litellm(settings):
                warm_pool(fanout)  # ...but fresh LLM workers import litellm meanwhile
    parts = make_parts(sources, fanout.workers(), http_cache, feed_items, page_checks)
    runner = fanout.runner()
    futures = [runner.submit(crawl_part_task, {"part": p, "settings": settings}) for p in parts]
    reports = land_as_completed(futures, lambda out: land_crawl_task(path, out, run_id))
    if needs_litellm(settings):
        warm_workers(runner.client)  # idle until the enrich stage: import litellm now
    return add_ingest_reports(run_id, reports)


def _enrich_fanned(
    fanout: Fanout,
    path: str,
    settings: Settings,
    run_id: str,
    llm_limit: LlmLimit | None,
    full_refresh: bool,
    article_ids: list[str] | None,
) -> dict[str, Any]:
    """Batches enriched by Prefect task runs; each result lands as soon as it completes."""
    work = plan_enrichment_task(path, settings, fanout.workers(), article_ids, full_refresh)
    if not work:
        return add_reports([]).as_dict()
    runner = fanout.runner()
    params = {"settings": settings, "run_id": run_id, "batches": len(work), "llm_limit": llm_limit}
    futures = [runner.submit(enrich_batch_task, {"work": w, **params}) for w in work]

    def land(result: EnrichBatchResult) -> EnrichStageReport:
        land_enrichment_task(path, result)
        return result.report

    return add_reports(land_as_completed(futures, land)).as_dict()


def enrich_stage(
    fanout: Fanout | WorkerPool | None,
    path: str,
    settings: Settings,
    run_id: str,
    *,
    llm_limit: LlmLimit | None,
    full_refresh: bool = False,
    article_ids: list[str] | None = None,
) -> dict[str, Any]:
    if fanout is None:
        return enrich_task(
            path,
            settings,
            run_id,
            full_refresh=full_refresh,
            article_ids=article_ids,
            llm_limit=llm_limit,
        )
    if isinstance(fanout, WorkerPool):
        try:
            return enrich_pooled_task(
                path,
                fanout,
                settings,
                run_id,
                llm_limit=llm_limit,
                article_ids=article_ids,
                full_refresh=full_refresh,
            )
        finally:
            fanout.release()  # the last stage that needs workers: free their memory now
    return _enrich_fanned(fanout, path, settings, run_id, llm_limit, full_refresh, article_ids)
