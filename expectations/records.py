"""Validation verdicts as rows for quality.validation_runs, expectation_results, quarantine.

Built as polars frames (loaded with Arrow batch inserts): results are data, for dashboards.
One validation_id per suite run; a skipped suite (nothing to judge) still gets a run row with
evaluated = 0, so that a dashboard sees it ran.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import polars as pl

from expectations.outcome import SuiteOutcome

RUN_SCHEMA = pl.Schema(
    {
        "validation_id": pl.String(),
        "run_id": pl.String(),
        "suite": pl.String(),
        "success": pl.Boolean(),
        "evaluated": pl.Int32(),
        "failed": pl.Int32(),
        "rows": pl.Int64(),
        "validated_at": pl.Datetime("us"),
        "docs_path": pl.String(),
    }
)
RESULT_SCHEMA = pl.Schema(
    {
        "validation_id": pl.String(),
        "run_id": pl.String(),
        "suite": pl.String(),
        "expectation": pl.String(),
        "column_name": pl.String(),
        "success": pl.Boolean(),
        "observed_value": pl.String(),
        "unexpected_count": pl.Int64(),
        "unexpected_percent": pl.Float64(),
        "validated_at": pl.Datetime("us"),
    }
)
QUARANTINE_SCHEMA = pl.Schema(
    {
        "run_id": pl.String(),
        "table_name": pl.String(),
        "record_key": pl.String(),
        "expectation": pl.String(),
        "column_name": pl.String(),
        "observed_value": pl.String(),
        "reason": pl.String(),
        "created_at": pl.Datetime("us"),
    }
)


def result_frames(
    outcomes: list[SuiteOutcome], run_id: str, now: dt.datetime, docs_path: Path | None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(validation_runs rows, expectation_results rows) for these suite outcomes."""
    runs: list[dict[str, object]] = []
    results: list[dict[str, object]] = []
    for suite in outcomes:
        vid = uuid.uuid4().hex
        runs.append(
            {
                "validation_id": vid,
                "run_id": run_id,
                "suite": suite.suite.name,
                "success": suite.success,
                "evaluated": len(suite.outcomes),
                "failed": len(suite.failed),
                "rows": suite.rows,
                "validated_at": now,
                "docs_path": str(docs_path) if docs_path else None,
            }
        )
        for o in suite.outcomes:
            results.append(
                {
                    "validation_id": vid,
                    "run_id": run_id,
                    "suite": suite.suite.name,
                    "expectation": o.rule.name,
                    "column_name": o.rule.column,
                    "success": o.success,
                    "observed_value": o.observed_value,
                    "unexpected_count": o.unexpected_count,
                    "unexpected_percent": o.unexpected_percent,
                    "validated_at": now,
                }
            )
    return pl.DataFrame(runs, schema=RUN_SCHEMA), pl.DataFrame(results, schema=RESULT_SCHEMA)


def quarantine_frame(outcomes: list[SuiteOutcome], run_id: str, now: dt.datetime) -> pl.DataFrame:
    """One row per (row, failed row-level rule): a row failing two rules appears twice."""
    rows: list[dict[str, object]] = []
    for suite in outcomes:
        for o in suite.failed:
            for failure in o.rows:
                rows.append(
                    {
                        "run_id": run_id,
                        "table_name": suite.suite.table,
                        "record_key": failure.record_key,
                        "expectation": o.rule.name,
                        "column_name": o.rule.column,
                        "observed_value": failure.observed_value,
                        "reason": o.rule.reason,
                        "created_at": now,
                    }
                )
    return pl.DataFrame(rows, schema=QUARANTINE_SCHEMA)
