"""Run bookkeeping in `ops.runs`: one row per pipeline run, updated as stages finish.

Written by the flow around its stages so that a failed run is visible with its message,
and the dashboard can chart runs over time. A run killed before it could write its end
(SIGKILL, OOM, power cut) would stay `running` forever: the next run closes it as `failed`
with an "interrupted" message. That is safe because runs hold the warehouse's writer lock
(warehouse/lock.py): while a run starts, no other run of this warehouse is alive.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb

from veille.faults import checkpoint


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


INTERRUPTED = "interrupted: the process ended before the run finished (crash or kill)"


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    flow: str,
    *,
    flow_run_id: str | None = None,
    full_refresh: bool = False,
    task_runner: str | None = None,
) -> None:
    """Record the run as running, closing runs a dead process left `running`.

    Runs hold the writer lock, so any other `running` row belongs to a process that died;
    `flow_run_id` is the Prefect flow run, to find its logs and artifacts.
    """
    now = _now()
    con.execute("begin transaction")
    try:
        con.execute(
            "update ops.runs set status = 'failed', finished_at = ?, message = ?"
            " where status = 'running' and run_id <> ?",
            [now, INTERRUPTED, run_id],
        )
        con.execute(
            "insert or replace into ops.runs (run_id, flow, started_at, status, counts,"
            " flow_run_id, full_refresh, task_runner) values (?, ?, ?, 'running', '{}', ?, ?, ?)",
            [run_id, flow, now, flow_run_id, full_refresh, task_runner],
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: dict[str, Any],
    *,
    message: str | None = None,
) -> None:
    """Close the run with its per-stage counts; tokens and cost come from the enrich stage."""
    enrich = counts.get("enrich", {}) if isinstance(counts.get("enrich"), dict) else {}
    con.execute(
        "update ops.runs set finished_at = ?, status = ?, counts = ?, input_tokens = ?,"
        " output_tokens = ?, cost_usd = ?, message = ? where run_id = ?",
        [
            _now(),
            status,
            json.dumps(counts, default=str),
            int(enrich.get("input_tokens", 0) or 0),
            int(enrich.get("output_tokens", 0) or 0),
            float(enrich.get("cost_usd", 0.0) or 0.0),
            message,
            run_id,
        ],
    )
    checkpoint("run.finished")
