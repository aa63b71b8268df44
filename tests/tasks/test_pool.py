"""The process runner: crawl parts and enrichment batches on spawned workers, landed by the
caller, write what the one-process stages write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from tasks.crawl_batches import crawl_pooled
from tasks.enrich import enrich_stage
from tasks.enrich_batches import enrich_pooled
from tasks.ingest import ingest
from tasks.pool import WorkerPool, land_completed, land_streamed, worker_pool
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
