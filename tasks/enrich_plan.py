"""Planning a pooled or fanned-out enrich stage: which articles, cut into which batches, each
with the ledger rows that answer it from the cache (tasks/enrich_batches.py runs them).

Runs in the flow process, which reads the warehouse; the batches it yields carry frames only
(no connection crosses to a worker). Split from tasks/enrich_batches.py so that each module
stays about one decision: here how a selection is cut and looked up, there how batches run
and land.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

import duckdb
import polars as pl

from tasks.enrich_core import ARTICLE_COLUMNS, _inputs, select_articles
from tasks.enrich_work import EnrichWork, needs_litellm
from veille.llm.gateway import CHUNK_OVERLAP, MAX_CHUNK_CHARS
from veille.llm.ledger import cache_key
from veille.llm.output import chunk_article
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import read_frame

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
