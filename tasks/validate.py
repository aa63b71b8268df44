"""Quality gates: validate a stage's tables, write the verdicts, quarantine, block on batch errors.

Contract with publish (read by the publish stage, see expectations/README.md):
- every row that fails a row-level expectation gets a quality.quarantine row
  (run_id, table_name, record_key, expectation, column_name, observed_value, reason);
  publish excludes every staging row whose (table_name, record_key) is quarantined under the
  CURRENT run_id, and every article whose staging.enrichments row is quarantined excludes all
  its mentions;
- a batch-level failure raises BatchValidationError after the verdicts are written, so the flow
  run ends Failed and publish of that batch never runs (curated keeps the previous data).

Idempotency: re-validating a stage under the same run_id replaces that run's quarantine rows
for the stage's tables (delete-insert in one transaction); validation_runs and
expectation_results are an append-only history (each validation is an event).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from expectations.errors import BatchValidationError
from expectations.outcome import SuiteOutcome
from expectations.records import quarantine_frame, result_frames
from expectations.spec import TableSuite
from veille.faults import checkpoint
from veille.settings import Settings
from warehouse.connection import session
from warehouse.loaders import insert_frame, read_frame

if TYPE_CHECKING:  # the suites and the GX project import great_expectations (~3 s): lazily
    from expectations.gx_project import GxProject
    from expectations.registry import Stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ValidationReport:
    """What one stage validation found; `docs_path` is the Data Docs index when built."""

    stage: str
    run_id: str
    outcomes: tuple[SuiteOutcome, ...]
    quarantined: int
    docs_path: Path | None
    seconds: float

    @property
    def success(self) -> bool:
        return all(s.success for s in self.outcomes)

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.outcomes)

    @property
    def evaluated(self) -> int:
        return sum(len(s.outcomes) for s in self.outcomes)

    @property
    def failures(self) -> list[str]:
        return [f"{s.suite.name}.{o.describe()}" for s in self.outcomes for o in s.failed]

    @property
    def batch_failures(self) -> list[str]:
        return [
            f"{s.suite.name}.{o.describe()}"
            for s in self.outcomes
            for o in s.failed
            if o.blocks_batch
        ]


def gx_project(settings: Settings) -> GxProject:
    """The GX file project beside the Data Docs folder (data/docs -> data/gx by default)."""
    from expectations.gx_project import project

    docs_dir = settings.docs_dir.resolve()
    return project(docs_dir.parent / "gx", docs_dir)


def _write(
    con: duckdb.DuckDBPyConnection,
    outcomes: list[SuiteOutcome],
    run_id: str,
    docs_path: Path | None,
) -> int:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    runs, results = result_frames(outcomes, run_id, now, docs_path)
    quarantine = quarantine_frame(outcomes, run_id, now)
    tables = sorted({s.suite.table for s in outcomes})
    con.execute("begin transaction")
    try:
        con.execute(
            "delete from quality.quarantine where run_id = ? and list_contains(?, table_name)",
            [run_id, tables],
        )
        insert_frame(con, "quality.quarantine", quarantine)
        insert_frame(con, "quality.validation_runs", runs)
        insert_frame(con, "quality.expectation_results", results)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    checkpoint("validate.written")
    return quarantine.height


def validate_frames(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    frames: list[tuple[TableSuite, pl.DataFrame]],
    run_id: str,
    *,
    settings: Settings,
    build_docs: bool = False,
) -> ValidationReport:
    """Validate given frames with their suites, write the verdicts, raise on batch failures."""
    from expectations.runner import run_suite

    started = time.perf_counter()
    gx = gx_project(settings)
    outcomes = [run_suite(gx, suite, frame, run_id) for suite, frame in frames]
    docs = None
    if build_docs:
        docs = gx.build_docs([o.gx_result for o in outcomes if o.gx_result is not None])
    quarantined = _write(con, outcomes, run_id, docs)
    report = ValidationReport(
        stage, run_id, tuple(outcomes), quarantined, docs, time.perf_counter() - started
    )
    log.info(
        "%s validation of %s: %d rows, %d quarantined, %d failed expectations",
        stage,
        run_id,
        report.rows,
        quarantined,
        len(report.failures),
    )
    if report.batch_failures:
        raise BatchValidationError(stage, run_id, report.batch_failures, report=report)
    return report


def validate_stage(
    con: duckdb.DuckDBPyConnection,
    stage: Stage,
    run_id: str,
    *,
    settings: Settings,
    build_docs: bool = False,
) -> ValidationReport:
    """Run `stage`'s suites on the warehouse's current tables (see module docstring)."""
    from expectations.registry import stage_suites

    suites = stage_suites(stage, settings.target_language)
    frames = [(suite, read_frame(con, suite.query)) for suite in suites]
    return validate_frames(con, stage, frames, run_id, settings=settings, build_docs=build_docs)


@task(name="validate", task_run_name="validate-{stage}", cache_policy=NO_CACHE)
def validate_stage_task(
    stage: Stage, run_id: str, settings: Settings, build_docs: bool = False
) -> ValidationReport:
    """Prefect wrapper: opens its own connection; no retries (data does not heal on retry)."""
    with session(settings.warehouse) as con:
        return validate_stage(con, stage, run_id, settings=settings, build_docs=build_docs)
