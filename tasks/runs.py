"""Run bookkeeping tasks around the pipeline (ops.runs)."""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from warehouse.connection import session
from warehouse.runs import finish_run, start_run


@task(name="start-run", cache_policy=NO_CACHE)
def start_run_task(warehouse_path: str, run_id: str, flow: str) -> None:
    with session(warehouse_path) as con:
        start_run(con, run_id, flow)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run_task(
    warehouse_path: str, run_id: str, status: str, counts: dict[str, Any], message: str | None
) -> None:
    with session(warehouse_path) as con:
        finish_run(con, run_id, status, counts, message=message)
