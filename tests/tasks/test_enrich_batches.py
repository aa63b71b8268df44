"""Enrichment fanned out in batches (plan in the writer, compute anywhere, land in the writer)
writes what the one-task enrichment writes, and stays incremental."""

from __future__ import annotations

import itertools
from contextlib import closing
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from tasks.enrich import enrich_stage
from tasks.enrich_batches import (
    EnrichBatchResult,
    Sessions,
    _batch_settings,
    add_reports,
    batch_bounds,
    enrich_batch,
    land_enrichment,
    llm_batch_size,
    plan_enrichment,
)
from tests.llm.conftest import stage
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import read_frame

TABLES = {
    "staging.enrichments": "article_id",
    "staging.org_mentions": "article_id, name, char_start",
    "staging.money_mentions": "article_id, char_start, value",
    "staging.deal_mentions": "article_id, mention_idx",
}


def _rows(con: duckdb.DuckDBPyConnection) -> dict[str, pl.DataFrame]:
    frames = {t: read_frame(con, f"select * from {t} order by {o}") for t, o in TABLES.items()}
    return {t: f.drop("run_id", "enriched_at", strict=False) for t, f in frames.items()}


def _fan_out(con: duckdb.DuckDBPyConnection, settings: Settings, run_id: str, **kw: Any) -> list:
    work = plan_enrichment(con, settings, workers=2, **kw)
    results = [enrich_batch(w, settings, run_id, batches=len(work)) for w in work]
    for result in results:
        land_enrichment(con, result)
    return results


def test_batch_bounds_cover_every_row_once() -> None:
    assert batch_bounds(0, 10, 2) == []
    assert batch_bounds(3, 10, 8) == [(0, 1), (1, 2), (2, 3)]  # no empty batch
    assert batch_bounds(12, 4, 2) == [(0, 4), (4, 8), (8, 12)]
    assert batch_bounds(10, 100, 2) == [(0, 5), (5, 10)]  # at least one batch per worker
    bounds = batch_bounds(1001, 200, 2)
    assert len(bounds) == 6 and bounds[0][0] == 0 and bounds[-1][1] == 1001
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))


@pytest.mark.parametrize(
    ("n", "concurrency", "workers", "size"),
    [
        (2000, 32, 2, 1000),  # 100 rounds of 16 per worker would be 1,600: one batch each
        (10000, 64, 2, 2500),  # 100 rounds of 32 are 3,200: two batches each, split evenly
        (7, 8, 2, 4),  # small selections: one batch per worker
        (5000, 2, 2, 193),  # low concurrency: about task_batch_size, split evenly
    ],
)
def test_llm_batches_are_long_and_a_multiple_of_the_workers(
    n: int, concurrency: int, workers: int, size: int
) -> None:
    settings = Settings(concurrency=concurrency, task_batch_size=200)
    assert llm_batch_size(n, settings, workers) == size
    if (n, concurrency) == (10000, 64):  # VEILLE_LLM_BATCH_MAX caps it
        capped = settings.model_copy(update={"llm_batch_max": 1000})
        assert llm_batch_size(n, capped, workers) == 1000
    bounds = batch_bounds(n, size, workers)
    assert bounds[-1][1] == n
    assert len(bounds) % workers == 0


def test_batches_write_what_one_task_writes(real_articles: list[dict[str, Any]]) -> None:
    settings = Settings(task_batch_size=2)
    one, many = connect(), connect()
    for con in (one, many):
        stage(con, real_articles[6:12])
    report = enrich_stage(one, settings, "run-1").as_dict()
    results = _fan_out(many, settings, "run-1")
    assert [r.run_id for r in results] == ["run-1"] * 3
    runs = {x for r in results for x in r.frames["staging.enrichments"]["run_id"].to_list()}
    assert runs == {"run-1"}
    total = add_reports([r.report for r in results]).as_dict()
    assert total == report
    assert total["enriched"] == 6 and total["calls_sent"] >= 6
    for table, frame in _rows(one).items():
        assert frame.equals(_rows(many)[table]), table
    calls = "select count(*), sum(input_tokens) from ops.llm_calls where run_id = 'run-1'"
    assert one.execute(calls).fetchall() == many.execute(calls).fetchall()


def test_batches_are_incremental_and_answer_a_full_refresh_from_the_cache(
    real_articles: list[dict[str, Any]],
) -> None:
    settings = Settings(task_batch_size=2)
    con = connect()
    stage(con, real_articles[6:12])
    _fan_out(con, settings, "run-1")
    assert plan_enrichment(con, settings, workers=2) == []
    calls = con.execute("select count(*) from ops.llm_calls").fetchall()
    work = plan_enrichment(con, settings, workers=2, full_refresh=True)
    assert sum(w.frame.height for w in work) == 6 and all(w.to_call == 0 for w in work)
    redone = add_reports([r.report for r in _fan_out(con, settings, "run-2", full_refresh=True)])
    assert (redone.enriched, redone.calls_sent, redone.cache_hits) == (6, 0, 6)
    assert con.execute("select count(*) from ops.llm_calls").fetchall() == calls
    ids = ["a6", "a9"]
    work = plan_enrichment(con, settings, workers=2, article_ids=ids, full_refresh=True)
    assert sorted(i for w in work for i in w.frame["article_id"].to_list()) == ids


@pytest.mark.parametrize(("budget", "expected"), [(None, None), (1.0, 0.25)])
def test_each_batch_gets_its_share_of_the_budget_and_its_slots(
    budget: float | None, expected: float | None
) -> None:
    tuned = _batch_settings(Settings(llm_budget_usd=budget, concurrency=16), 4, 3)
    assert tuned.llm_budget_usd == expected and tuned.concurrency == 3


def test_sessions_reopen_the_warehouse_every_few_steps(tmp_path: Path) -> None:
    sessions = Sessions(str(tmp_path / "w.duckdb"), every=2)
    seen = []
    for _ in range(5):
        with sessions() as con:
            seen.append(id(con))
            con.execute("select 1").fetchall()
    assert seen[0] == seen[1] != seen[2] == seen[3] != seen[4]
    sessions.close()
    with closing(connect(str(tmp_path / "w.duckdb"), read_only=True)) as again:
        assert again.execute("select 1").fetchall() == [(1,)]  # released


def test_a_batch_streamed_in_parts_writes_what_one_result_writes(
    real_articles: list[dict[str, Any]],
) -> None:
    settings = Settings(task_batch_size=6)
    whole, parted = connect(), connect()
    for con in (whole, parted):
        stage(con, real_articles[6:12])
    [work] = plan_enrichment(whole, settings, workers=1)
    one = enrich_batch(work, settings, "run-1")
    land_enrichment(whole, one)
    parts: list[EnrichBatchResult] = []
    last = enrich_batch(work, settings, "run-1", emit=parts.append, emit_every=4)
    assert [(p.index, p.parts) for p in parts] == [(0, 0)] and last.parts == 1
    assert [p.frames["staging.enrichments"].height for p in [*parts, last]] == [4, 2]
    for result in [*parts, last]:
        land_enrichment(parted, result)
    assert add_reports([p.report for p in [*parts, last]]) == one.report
    for table, frame in _rows(whole).items():
        assert frame.equals(_rows(parted)[table]), table
    calls = "select count(*), sum(input_tokens), count(distinct cache_key) from ops.llm_calls"
    assert whole.execute(calls).fetchall() == parted.execute(calls).fetchall()
    assert one.report.enriched == 6
