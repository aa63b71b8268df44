"""CLI commands of the publish side: `veille export`, `veille brief`, `veille publish`.

Typer-annotated plain functions; veille/cli.py mounts them (`app.command("export")(
export_command)`). They read Settings once, here at the entry point. Readers (export, brief)
default to the published snapshot, which is never locked by a running pipeline, and fall
back to the working warehouse opened read-only.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import duckdb
import typer

from veille.brief import write_brief
from veille.settings import Settings
from warehouse.connection import session
from warehouse.loaders import read_frame
from warehouse.lock import writer_lock


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


def reader_path(settings: Settings, explicit: Path | None = None) -> Path:
    """The database analysts' commands read: explicit, else the snapshot, else the warehouse."""
    if explicit is not None:
        return explicit
    published = settings.published_path()
    return published if published.exists() else settings.warehouse


def curated_relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables and views of the curated schema, tables first."""
    rows = con.execute(
        "select table_name, 0 from duckdb_tables() where schema_name = 'curated'"
        " and database_name = current_database()"
        " union all select view_name, 1 from duckdb_views() where schema_name = 'curated'"
        " and database_name = current_database() and not internal order by 2, 1"
    ).fetchall()
    return [r[0] for r in rows]


def _select(con: duckdb.DuckDBPyConnection, name: str, fmt: ExportFormat) -> str:
    """CSV has no lists: list columns become JSON arrays (parquet keeps them as lists)."""
    if fmt is ExportFormat.parquet:
        return f"select * from curated.{name}"
    described = read_frame(con, f"describe select * from curated.{name}")
    cols = [
        f'to_json("{c}") as "{c}"' if t.endswith("[]") else f'"{c}"'
        for c, t in described.select("column_name", "column_type").iter_rows()
    ]
    return f"select {', '.join(cols)} from curated.{name}"


def export_curated(
    con: duckdb.DuckDBPyConnection, directory: Path, fmt: ExportFormat
) -> list[Path]:
    """One file per curated table and view, each written to a temporary name then renamed."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in curated_relations(con):
        path = directory / f"{name}.{fmt.value}"
        tmp = directory / f".{name}.{fmt.value}.tmp"
        options = "format parquet" if fmt is ExportFormat.parquet else "format csv, header true"
        target = "'" + str(tmp).replace("'", "''") + "'"
        con.execute(f"copy ({_select(con, name, fmt)}) to {target} ({options})")
        os.replace(tmp, path)
        written.append(path)
    return written


def export_command(
    directory: Annotated[Path, typer.Argument(help="folder to write one file per table/view")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
    db: Annotated[Path | None, typer.Option(help="DuckDB file (default: published)")] = None,
) -> list[Path]:
    """Export the curated tables and analyst views as Parquet or CSV."""
    path = reader_path(Settings(), db)
    with session(path, read_only=True) as con:
        written = export_curated(con, directory, ExportFormat(format))
    typer.echo(f"exported {len(written)} curated tables and views from {path} to {directory}")
    return written


def brief_command(
    date: Annotated[
        datetime | None, typer.Option("--date", formats=["%Y-%m-%d"], help="default: today")
    ] = None,
    warehouse: Annotated[Path | None, typer.Option(help="DuckDB file (default: published)")] = None,
    out_dir: Annotated[Path | None, typer.Option(help="default: the brief_dir setting")] = None,
    language: Annotated[str | None, typer.Option(help="default: target_language")] = None,
) -> Path:
    """Write the day's brief as Markdown and HTML."""
    settings = Settings()
    day = _day(date)
    path = reader_path(settings, warehouse)
    with session(path, read_only=True) as con:
        files = write_brief(
            con, day, language or settings.target_language, out_dir or settings.brief_dir
        )
    typer.echo(f"brief {day}: {files.brief.n_articles} articles -> {files.markdown}, {files.html}")
    return files.markdown


def _day(value: datetime | date | str | None) -> date:
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str | None:
    """The last pipeline run: its quarantine decisions are the ones a manual publish honours."""
    rows = con.execute("select run_id from ops.runs order by started_at desc limit 1").fetchall()
    return str(rows[0][0]) if rows else None


def publish_command(
    force: Annotated[bool, typer.Option(help="publish even an empty batch")] = False,
    run_id: Annotated[
        str | None, typer.Option(help="run whose quarantine applies (default: the last run)")
    ] = None,
) -> None:
    """Rebuild the curated tables from staging and refresh the published snapshot."""
    from tasks.publish import publish_stage  # prefect import only for this command

    settings = Settings()
    with writer_lock(settings.warehouse), session(settings.warehouse) as con:
        run_id = run_id or latest_run_id(con)
        report = publish_stage(con, settings, run_id, force=force)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"published {report.counts} to {report.published_path}")
