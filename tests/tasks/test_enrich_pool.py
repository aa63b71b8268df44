"""Enrichment over a process pool: every article enriched, each ledger row landed once by the
one writer, never more than `concurrency` calls in flight in all, and a rerun sends nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tasks.enrich_batches import enrich_pooled, pool_settings
from tasks.limits import resolve_llm_limit
from tasks.pool import WorkerPool, worker_pool
from tests.llm.conftest import llm_settings, stage
from veille.devtools.fake_llm import FakeLLM
from veille.settings import Settings
from warehouse.connection import connect


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with worker_pool(2) as workers:  # spawned: the test process runs server threads
        yield workers


def test_each_batch_gets_a_share_of_the_total_concurrency() -> None:
    assert pool_settings(Settings(concurrency=32), 2).concurrency == 16
    assert pool_settings(Settings(concurrency=3), 2).concurrency == 1
    assert pool_settings(Settings(concurrency=1), 4).concurrency == 1


@pytest.mark.slow  # two spawned workers import the stack: ~10 s
def test_pool_enriches_every_article_once_and_a_rerun_sends_nothing(
    real_articles: list[dict[str, Any]],
    fake_llm: Callable[..., FakeLLM],
    pool: WorkerPool,
) -> None:
    server = fake_llm(latency_s=0.1)
    settings = llm_settings(server, concurrency=4, task_batch_size=3)
    con = connect()
    stage(con, real_articles)
    ids = sorted(r["article_id"] for r in real_articles)

    report = enrich_pooled(con, pool, settings, "run-1")
    assert report.selected == len(ids) and report.enriched == len(ids)
    assert report.calls_sent == server.requests >= len(ids)
    assert 1 <= server.max_in_flight <= 4  # the total, not 4 per process
    enriched = con.execute(
        "select article_id from staging.enrichments where status = 'enriched' order by 1"
    ).fetchall()
    assert [r[0] for r in enriched] == ids
    calls = con.execute(
        "select count(*), count(distinct call_id), count(distinct cache_key) from ops.llm_calls"
    ).fetchall()
    assert calls == [(report.calls_sent, report.calls_sent, report.calls_sent)]

    rerun = enrich_pooled(con, pool, settings, "run-2")
    assert (rerun.selected, rerun.calls_sent) == (0, 0)
    cached = enrich_pooled(con, pool, settings, "run-3", full_refresh=True)
    assert (cached.enriched, cached.calls_sent, cached.cache_hits) == (len(ids), 0, len(ids))
    assert server.requests == report.calls_sent
    assert con.execute("select count(*) from ops.llm_calls").fetchall() == [(report.calls_sent,)]


@pytest.mark.slow  # the session's Prefect server and two spawned workers
def test_pool_holds_the_prefect_limit_once_and_never_exceeds_it(
    prefect_harness: None,
    real_articles: list[dict[str, Any]],
    fake_llm: Callable[..., FakeLLM],
    pool: WorkerPool,
) -> None:
    from tests.tasks.test_limits import _active_slots, _create

    name = _create(1)  # fewer slots than workers: one batch at a time, one call in flight
    limit = resolve_llm_limit(name)
    assert limit is not None
    server = fake_llm(latency_s=0.05)
    settings = llm_settings(server, concurrency=8, task_batch_size=2)
    con = connect()
    stage(con, real_articles)

    report = enrich_pooled(con, pool, settings, "run-1", llm_limit=limit)
    assert report.enriched == len(real_articles) and report.calls_sent == server.requests
    assert server.max_in_flight == 1
    assert _active_slots(name) == 0  # released at the end of the stage


@pytest.mark.slow  # two spawned workers import the stack
def test_pool_given_a_path_plans_and_lands_each_batch_in_its_own_session(
    real_articles: list[dict[str, Any]],
    fake_llm: Callable[..., FakeLLM],
    pool: WorkerPool,
    tmp_path: Path,
) -> None:
    server = fake_llm(latency_s=0.02)
    settings = llm_settings(server, concurrency=4, task_batch_size=3)
    path = str(tmp_path / "warehouse.duckdb")
    with closing(connect(path)) as con:
        stage(con, real_articles)
    report = enrich_pooled(path, pool, settings, "run-1")
    assert report.enriched == len(real_articles) and report.calls_sent == server.requests
    with closing(connect(path)) as con:  # every session was closed: the file opens again
        rows = con.execute("select count(*) from staging.enrichments").fetchall()
        calls = con.execute("select count(*) from ops.llm_calls").fetchall()
    assert rows == [(len(real_articles),)] and calls == [(report.calls_sent,)]
    assert enrich_pooled(path, pool, settings, "run-2").selected == 0


@pytest.mark.slow  # two spawned workers import the stack
def test_pool_workers_hand_rows_over_while_their_batch_goes_on(
    real_articles: list[dict[str, Any]],
    fake_llm: Callable[..., FakeLLM],
    pool: WorkerPool,
    tmp_path: Path,
) -> None:
    """Long LLM batches stream their rows in parts (`llm_stream_every`): every article lands
    once, every call once, as with one result per batch."""
    server = fake_llm(latency_s=0.02)
    settings = llm_settings(server, concurrency=4, task_batch_size=3, llm_stream_every=2)
    path = str(tmp_path / "warehouse.duckdb")
    with closing(connect(path)) as con:
        stage(con, real_articles)
    report = enrich_pooled(path, pool, settings, "run-1")
    assert report.selected == report.enriched == len(real_articles)
    assert report.calls_sent == server.requests >= len(real_articles)
    with closing(connect(path)) as con:
        rows = con.execute("select count(*), count(distinct article_id) from staging.enrichments")
        assert rows.fetchall() == [(len(real_articles), len(real_articles))]
        calls = con.execute("select count(*), count(distinct call_id) from ops.llm_calls")
        assert calls.fetchall() == [(report.calls_sent, report.calls_sent)]
    assert enrich_pooled(path, pool, settings, "run-2").selected == 0
