"""Enrichment fanned out over a task runner (Dask): plan in the flow, compute on workers, land
in the flow.

DuckDB allows one writing process, so the work is split by what touches the file:
- `plan_enrichment` (flow process, reads the warehouse): the articles that need enrichment
  (the same selection as `enrich_stage`: content hash, models, prompt version) cut into
  batches, each with the ledger rows that answer its chunks from the cache;
- `enrich_batch` (any worker, pure compute; tasks/enrich_work.py, which imports no Prefect):
  the gateway and grounding over one batch, with an in-memory DuckDB as its ledger (seeded
  with the cached rows), returning frames;
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

import functools
import itertools
import math
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import fields
from typing import Any

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.enrich_core import (
    ARTICLE_COLUMNS,
    EnrichStageReport,
    _inputs,
    select_articles,
    write_frames,
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
from veille.llm.gateway import CHUNK_OVERLAP, MAX_CHUNK_CHARS
from veille.llm.ledger import cache_key
from veille.llm.output import chunk_article
from veille.settings import Settings
from warehouse.connection import connect, session
from warehouse.loaders import insert_frame, read_frame

__all__ = [  # the worker side lives in tasks/enrich_work.py (no Prefect import)
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

_CACHED_ROWS = """
with hits as (
    select c.*, row_number() over (partition by c.cache_key order by c.created_at desc) as rn
    from ops.llm_calls c
    where c.status = 'ok' and c.response is not null
      and list_contains(?::varchar[], c.cache_key)
)
select * exclude (rn) from hits where rn = 1
"""


def batch_bounds(n: int, batch_size: int, workers: int) -> list[tuple[int, int]]:
    """Even (start, stop) slices: at most `batch_size` rows each, at least one per worker."""
    if n <= 0:
        return []
    parts = min(n, max(math.ceil(n / batch_size), workers))
    edges = [round(i * n / parts) for i in range(parts + 1)]
    return list(itertools.pairwise(edges))


LLM_WAVES_PER_BATCH = 100


def llm_batch_size(n: int, settings: Settings, workers: int) -> int:
    """Articles per batch when the batches call a model over HTTP: long batches, evenly split.

    A batch's boundary leaves its share of the concurrency idle for about two rounds of calls:
    its last round is partly empty, then the worker returns the result and sets up the next
    batch (in-memory ledger, HTTP session) before it sends anything. With the offline fan-out's
    200 articles per batch that was a dip every ~12 rounds, and the provider's slots were busy
    80 % of the time (the fake server's request spans at 2,000 calls, 200 ms, C = 32:
    bench/bench_llm.py `timeline`); the run took 1.27x its bound. A batch now holds at least
    `LLM_WAVES_PER_BATCH` rounds of its share of the concurrency (a boundary then costs ~2 %),
    about `Settings.task_batch_size` articles at least, and the articles are split into a
    multiple of `workers` equal batches, so that the workers run in step and none is left
    with one batch more at the end.

    `Settings.llm_batch_max` caps it. It used to be low for memory: a worker kept every answer
    of its batch, grounded, until the batch returned (~60-110 KB of RSS per article; batches of
    2,500 took the 10k run's peak to 1,941 MB). A pool worker now hands its rows over every
    `Settings.llm_stream_every` articles (tasks/enrich_work.py `enrich_batch`), so its memory
    no longer grows with the batch.
    """
    workers = max(1, workers)
    per_batch = max(1, settings.concurrency // workers)
    target = max(settings.task_batch_size, LLM_WAVES_PER_BATCH * per_batch)
    target = min(target, max(1, settings.llm_batch_max))
    rounds = max(1, math.ceil(n / (workers * target)))
    return max(1, math.ceil(n / (workers * rounds)))


def pool_batching(
    settings: Settings, workers: int, batches_per_worker: int
) -> tuple[int, Callable[[int], int]]:
    """How a pooled stage cuts its selection: the least number of batches, and the articles
    per batch for a selection of n. Models called over HTTP get `llm_batch_size` (few, long,
    as many as a multiple of the workers); the offline engine `Settings.task_batch_size`,
    with `batches_per_worker` batches per worker at least (a work queue for CPU-bound batches).
    """
    if needs_litellm(settings):
        return workers, functools.partial(llm_batch_size, settings=settings, workers=workers)
    return workers * max(1, batches_per_worker), lambda _n: settings.task_batch_size


def _chunk_keys(frame: pl.DataFrame, settings: Settings) -> list[list[list[str]]]:
    """Per article, per chunk, the cache key of every configured model."""
    models = list(dict.fromkeys([settings.llm_model, *settings.llm_fallback_models]))
    keys = []
    for article in _inputs(frame, settings.target_language):
        chunks = chunk_article(article, MAX_CHUNK_CHARS, CHUNK_OVERLAP)
        keys.append([[cache_key(m, c) for m in models] for c in chunks])
    return keys


_BATCH_ROWS = f"""
select {ARTICLE_COLUMNS}
from staging.articles a
where a.article_id in (select unnest(?::varchar[]))
order by a.article_id
"""


Opener = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


class Sessions:
    """Connections to the warehouse at `path` for a pooled stage's steps, reopened every
    `every` steps: DuckDB keeps what a connection wrote in memory while the database stays
    open (replaying the 10,000 articles' landings into one connection grew a process by ~150 MB),
    and closing checkpoints it, whose cost grows with the tables (reopened at every landing,
    the flow spent ~5 s more CPU in the 10k stage). Every few batches bounds both."""

    def __init__(self, path: str, every: int = 8) -> None:
        self.path, self.every = path, max(1, every)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._uses = 0

    @contextmanager
    def __call__(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._con is None or self._uses >= self.every:
            self.close()
            self._con = connect(self.path)
        self._uses += 1
        yield self._con

    def close(self) -> None:
        con, self._con, self._uses = self._con, None, 0
        if con is not None:
            con.close()


def opener_for(con: duckdb.DuckDBPyConnection | str) -> Opener:
    """A connection to use throughout, or a warehouse path (`Sessions`)."""
    if isinstance(con, str):
        return Sessions(con)
    return lambda: nullcontext(con)


def iter_plan(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    workers: int,
    article_ids: list[str] | None = None,
    full_refresh: bool = False,
) -> tuple[int, Iterator[EnrichWork]]:
    """How many batches need enrichment, and the batches themselves, planned as they are taken.

    Only the ids are selected up front; each batch's rows are read, and its cache keys computed
    and looked up, when the batch is taken: the whole selection's texts (~50 MB at 10,000
    articles) are never held at once, and the first batches can start while the later ones
    are planned. Cache keys of every article at once (each an ArticleInput and a hash over its
    text) grew the flow process by ~200 MB at 10,000 articles, memory it kept for the run.
    """
    return _iter_plan(lambda: nullcontext(con), settings, workers, article_ids, full_refresh)


def _iter_plan(
    opener: Opener,
    settings: Settings,
    workers: int,
    article_ids: list[str] | None,
    full_refresh: bool,
    batch_size: Callable[[int], int] | None = None,
) -> tuple[int, Iterator[EnrichWork]]:
    with opener() as first:
        ids = select_articles(
            first,
            settings,
            article_ids=article_ids,
            full_refresh=full_refresh,
            columns="a.article_id",
        )["article_id"].to_list()
    size = batch_size(len(ids)) if batch_size else settings.task_batch_size
    bounds = batch_bounds(len(ids), size, workers)

    def batches() -> Iterator[EnrichWork]:
        for index, (start, stop) in enumerate(bounds):
            with opener() as each:  # closed before the batch is handed over
                work = _plan_batch(each, settings, index, ids[start:stop])
            yield work

    return len(bounds), batches()


def _plan_batch(
    con: duckdb.DuckDBPyConnection, settings: Settings, index: int, ids: list[str]
) -> EnrichWork:
    part = read_frame(con, _BATCH_ROWS, [ids])
    keys = _chunk_keys(part, settings)
    flat = sorted({k for article in keys for chunk in article for k in chunk})
    cached = read_frame(con, _CACHED_ROWS, [flat])
    known = set(cached["cache_key"].to_list())
    missing = sum(1 for a in keys if not all(known.intersection(c) for c in a))
    return EnrichWork(index, part, cached, missing)


def plan_enrichment(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    workers: int,
    article_ids: list[str] | None = None,
    full_refresh: bool = False,
) -> list[EnrichWork]:
    """Every batch of the articles that need enrichment, with their cached answers."""
    _, batches = iter_plan(
        con, settings, workers=workers, article_ids=article_ids, full_refresh=full_refresh
    )
    return list(batches)


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


def warm_pool(pool: WorkerPool, workers: int | None = None) -> None:
    """Start `workers` of the pool's workers (all by default) on `prepare_worker` (litellm's
    import, ~2.5 s of CPU and ~170 MB each), fire and forget.

    The enrich stage calls it before it plans its first batch: the workers import while this
    process plans. The flow calls it for one worker once the crawl has released the pool
    (flows/fanout.py): that worker imports during validation and staging, and starts calling
    as soon as the enrich stage hands it a batch, while the second one starts (one warm worker
    beside staging's peak fits the memory target; two did not: ~280 MB each once imported).
    A warm worker that takes another `prepare_worker` runs it as a no-op; a cold one prepares
    itself before its first batch (`enrich_batch_on_worker`).
    """
    for _ in range(pool.workers if workers is None else min(workers, pool.workers)):
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
