"""Run bookkeeping tasks around the flows (ops.runs): one row per run, opened before the first
stage and closed with per-stage counts and timings, tokens and cost, or the failure message."""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from warehouse.connection import session
from warehouse.runs import finish_run, start_run


@task(name="start-run", cache_policy=NO_CACHE)
def start_run_task(
    warehouse_path: str,
    run_id: str,
    flow: str,
    flow_run_id: str | None = None,
    full_refresh: bool = False,
    task_runner: str | None = None,
) -> None:
    with session(warehouse_path) as con:
        start_run(
            con,
            run_id,
            flow,
            flow_run_id=flow_run_id,
            full_refresh=full_refresh,
            task_runner=task_runner,
        )


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run_task(
    warehouse_path: str, run_id: str, status: str, counts: dict[str, Any], message: str | None
) -> None:
    with session(warehouse_path) as con:
        finish_run(con, run_id, status, counts, message=message)
