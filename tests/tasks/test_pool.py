"""The process runner: crawl parts and enrichment batches on spawned workers, landed by the
caller, write what the one-process stages write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tasks.crawl_batches import crawl_pooled
from tasks.enrich import enrich_stage
from tasks.enrich_batches import enrich_pooled
from tasks.ingest import ingest
from tasks.pool import (
    WorkerPool,
    land_completed,
    land_streamed,
    land_streamed_parts,
    outbox,
    worker_pool,
)
from tests.flows.site import Site, dev_site
from tests.llm.conftest import stage
from tests.tasks.test_enrich_batches import _rows
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import read_frame


def _fail(x: int) -> int:
    if x == 2:
        raise ValueError("part 2 is broken")
    return x


@dataclass
class _Piece:
    index: int
    parts: int
    rows: list[int]


def _in_pieces(index: int, rows: int, every: int) -> _Piece:
    """Hands `rows` over `every` at a time through the outbox, returns the rest; unit 3 fails
    after handing its first piece over."""
    emit = outbox()
    assert emit is not None  # in a pool worker
    sent, done = 0, list(range(index * 100, index * 100 + rows))
    while len(done) > every:
        emit(_Piece(index, sent, done[:every]))
        done, sent = done[every:], sent + 1
        if index == 3:
            raise ValueError("unit 3 broke after one piece")
    return _Piece(index, sent, done)


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    """One pool for the module: spawning workers costs about a second each."""
    with worker_pool(2) as shared:
        yield shared


def test_pool_starts_lazily_and_releases() -> None:
    with worker_pool(2) as lazy:
        assert not lazy.started and lazy.workers == 2
        assert lazy.submit(os.getpid).result() != os.getpid()
        assert lazy.started
        lazy.release()
        assert not lazy.started
        assert lazy.submit(abs, -3).result() == 3  # starts again on demand
    assert not lazy.started


def test_every_result_lands_before_the_first_error(pool: WorkerPool) -> None:
    futures: list[Future[int]] = [pool.submit(_fail, x) for x in range(4)]
    landed: list[int] = []
    with pytest.raises(ValueError, match="part 2 is broken"):
        land_completed(futures, landed.append)
    assert sorted(landed) == [0, 1, 3]
    assert futures == []  # taken over: landed results are not kept alive by the caller's list


def test_streamed_parts_are_submitted_as_earlier_ones_land(pool: WorkerPool) -> None:
    submitted: list[int] = []

    def parts() -> Iterator[Future[int]]:
        for x in range(6):
            submitted.append(x)
            yield pool.submit(_fail, x)

    landed: list[int] = []

    def land(x: int) -> int:
        landed.append(x)
        assert len(submitted) <= len(landed) + 2  # never more than `ahead` unfinished
        return x * 10

    with pytest.raises(ValueError, match="part 2 is broken"):
        land_streamed(parts(), land, ahead=2)
    assert sorted(landed) == [0, 1, 3, 4, 5] and submitted == list(range(6))


def test_pooled_enrichment_writes_what_one_task_writes(
    pool: WorkerPool, real_articles: list[dict[str, Any]]
) -> None:
    settings = Settings(task_batch_size=2)
    one, many = connect(), connect()
    for con in (one, many):
        stage(con, real_articles[:7])
    report = enrich_stage(one, settings, "run-1").as_dict()
    pooled = enrich_pooled(many, pool, settings, "run-1").as_dict()
    assert pooled == report and pooled["enriched"] == 7
    for table, frame in _rows(one).items():
        assert frame.equals(_rows(many)[table]), table
    calls = "select count(*), sum(input_tokens) from ops.llm_calls where run_id = 'run-1'"
    assert one.execute(calls).fetchall() == many.execute(calls).fetchall()
    again = enrich_pooled(many, pool, settings, "run-2", full_refresh=True)
    assert again.calls_sent == 0 and again.cache_hits == 7  # the workers see the cache


@pytest.fixture
def site(shared_dir: Path) -> Iterator[Site]:
    with dev_site(shared_dir, limit=6) as news:
        yield news


def test_pooled_crawl_lands_what_one_ingest_lands(pool: WorkerPool, site: Site) -> None:
    settings = Settings(allow_private_hosts=True)
    sources = Sources(feeds=tuple(site.feeds()))
    one, many = connect(), connect()
    ingest(one, sources, settings, "run-1")
    report = crawl_pooled(many, pool, sources, settings, "run-1")
    assert (report.new, report.fetched, report.failed) == (6, 6, {})
    raw = "select url, content_hash, title, text from raw.articles order by url"
    assert read_frame(many, raw).equals(read_frame(one, raw))
    again = crawl_pooled(many, pool, sources, settings, "run-2")
    # the feeds answer 304; the six pages answered minutes ago: the recheck rule skips them
    assert (again.new, again.fetched, again.not_modified) == (0, 0, 2)
    assert again.not_rechecked == 6


def test_parts_handed_over_while_a_unit_runs_are_all_landed(pool: WorkerPool) -> None:
    assert outbox() is None  # not in a worker: no outbox, one result per unit
    units = [pool.submit(_in_pieces, i, rows=7, every=2) for i in range(3)]
    landed: list[int] = []
    pieces = land_streamed_parts(
        iter(units), lambda p: landed.extend(p.rows) or len(p.rows), 2, lambda: pool.inbox
    )
    assert sorted(landed) == [i * 100 + r for i in range(3) for r in range(7)]
    assert sorted(pieces) == [1] * 3 + [2] * 9  # 3 pieces of 2 and a last row, per unit
    broken = [pool.submit(_in_pieces, i, rows=4, every=2) for i in (3, 4)]
    landed.clear()
    with pytest.raises(ValueError, match="unit 3 broke"):
        land_streamed_parts(iter(broken), lambda p: landed.extend(p.rows), 2, lambda: pool.inbox)
    assert sorted(landed) == [300, 301, 400, 401, 402, 403]  # what the broken unit handed over
