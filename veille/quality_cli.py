"""`veille validate`: re-run every quality suite on the current warehouse and print a table.

Mounted by veille/cli.py (owned by the lead), e.g.
    @app.command()
    def validate(warehouse: Path | None = None, docs: bool = False) -> None:
        raise typer.Exit(validate_command(warehouse, docs))

The run is recorded like any other (run_id 'validate-<UTC timestamp>'): its verdicts land in
quality.* for dashboards, and its quarantine rows never affect a publish, which only reads
the quarantine of its own run. A batch-level failure in one stage is reported and the next
stages still run: this command inspects, it does not gate.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.console import Console
from rich.table import Table

from expectations.errors import BatchValidationError
from expectations.registry import STAGES
from veille.settings import Settings

if TYPE_CHECKING:
    from tasks.validate import ValidationReport


def _table(reports: list[tuple[str, ValidationReport]]) -> Table:
    table = Table(title="veille validate")
    for column in ("stage", "suite", "rows", "expectations", "failed", "status"):
        table.add_column(column, justify="right" if column in {"rows", "failed"} else "left")
    for stage, report in reports:
        for outcome in report.outcomes:
            status = "[green]ok" if outcome.success else "[red]failed"
            if outcome.gx_result is None:
                status = "[dim]skipped (no rows)"
            table.add_row(
                stage,
                outcome.suite.name,
                str(outcome.rows),
                str(len(outcome.outcomes)),
                str(len(outcome.failed)),
                status,
            )
    return table


def validate_command(
    warehouse: Path | None,
    docs: bool,
    *,
    settings: Settings | None = None,
    console: Console | None = None,
) -> int:
    """Validate all stages; print the table, failures and docs path; 0 when all passed, else 1."""
    from tasks.validate import validate_stage
    from warehouse.connection import session
    from warehouse.lock import writer_lock

    if settings is None:
        # Built (not copied) so that Data Docs default to the folder beside this warehouse.
        settings = Settings(warehouse=warehouse) if warehouse is not None else Settings()
    elif warehouse is not None:
        settings = settings.model_copy(update={"warehouse": warehouse})
    console = console or Console()
    run_id = "validate-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    reports: list[tuple[str, ValidationReport]] = []
    failures: list[str] = []
    with writer_lock(settings.warehouse), session(settings.warehouse) as con:
        for stage in STAGES:
            try:
                report = validate_stage(con, stage, run_id, settings=settings, build_docs=docs)
            except BatchValidationError as err:
                report = cast("ValidationReport", err.report)
            reports.append((stage, report))
            failures += report.failures
    console.print(_table(reports))
    for failure in failures:
        console.print(f"[red]✗[/red] {failure}")
    quarantined = sum(r.quarantined for _, r in reports)
    console.print(f"run {run_id}: {quarantined} rows quarantined")
    if docs:
        console.print(f"Data Docs: {reports[-1][1].docs_path}")
    return 0 if not failures else 1
