"""The enrichment task boundary: its own connection, asyncio inside or outside a loop."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from tasks.enrich import enrich_task, run_sync
from tests.llm.conftest import stage
from veille.settings import Settings
from warehouse.connection import connect, session


async def _answer() -> int:
    await asyncio.sleep(0)
    return 42


async def test_run_sync_works_inside_a_running_loop() -> None:
    assert run_sync(_answer()) == 42


def test_run_sync_works_without_a_loop() -> None:
    assert run_sync(_answer()) == 42


def test_enrich_task_opens_its_own_connection(
    tmp_path: Path, real_articles: list[dict[str, Any]]
) -> None:
    path = tmp_path / "w.duckdb"
    con = connect(path)
    stage(con, real_articles[:2])
    con.close()
    assert enrich_task.retries == 2
    counts = enrich_task.fn(str(path), Settings(warehouse=path), "run-t")
    assert counts["enriched"] == 2 and counts["calls_sent"] == 2
    again = enrich_task.fn(str(path), Settings(warehouse=path), "run-t2")
    assert again["selected"] == 0
    with session(path, read_only=True) as ro:
        assert ro.execute("select count(*) from staging.enrichments").fetchall() == [(2,)]
