"""`veille ingest`: crawl feeds, sitemaps, URLs and local files into the warehouse.

The lead's `veille/cli.py` mounts `ingest_cli` (`app.command("ingest")(ingest_cli)`); `app`
here runs it standalone: `python -m veille.ingest.cli --feed URL --input folder/`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from veille.ingest.sources import Sources, SourcesError, sources_from_cli
from veille.settings import Settings
from warehouse.connection import session
from warehouse.lock import writer_lock

if TYPE_CHECKING:
    from tasks.ingest import IngestReport


def new_run_id() -> str:
    return f"ingest-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def summary_table(report: IngestReport) -> Table:
    table = Table(title=f"ingest {report.run_id}", show_header=False)
    table.add_row("new articles", str(report.new))
    table.add_row("pages fetched", str(report.fetched))
    table.add_row("not modified (304)", str(report.not_modified))
    table.add_row("duplicates", str(report.duplicates))
    table.add_row("invalid inputs", str(report.invalid))
    for reason, count in sorted(report.failed.items()):
        table.add_row(f"failed: {reason}", str(count))
    for reason, count in sorted(report.skipped.items()):
        table.add_row(f"skipped: {reason}", str(count))
    return table


def _sources(
    feed: list[str], sitemap: list[str], url: list[str], input: list[Path], file: Path | None
) -> Sources:
    """The command line's sources; a bad or empty list is a usage error, before any lock."""
    try:
        sources = sources_from_cli(feed, sitemap, url, input, file)
    except (SourcesError, OSError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    if sources.is_empty():
        raise typer.BadParameter(
            "nothing to ingest: give --feed, --sitemap, --url, --input or --sources"
        )
    return sources


def ingest_command(
    feed: list[str],
    sitemap: list[str],
    url: list[str],
    input: list[Path],
    warehouse: Path | None,
    *,
    sources_file: Path | None = None,
    settings: Settings | None = None,
    console: Console | None = None,
) -> IngestReport:
    """Run one ingestion with a progress bar and print the closing summary."""
    from tasks.ingest import ingest  # here: `veille` itself (and every spawned worker that
    # re-imports it) must not import Prefect

    settings = settings or Settings()
    if warehouse is not None:
        settings = settings.model_copy(update={"warehouse": warehouse})
    out = console or Console()
    sources = _sources(feed, sitemap, url, input, sources_file or settings.sources_file)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with (
        writer_lock(settings.warehouse),
        session(settings.warehouse) as con,
        Progress(*columns, console=out) as bar,
    ):
        task = bar.add_task("pages", total=None)
        report = ingest(
            con,
            sources,
            settings,
            new_run_id(),
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    out.print(summary_table(report))
    return report


def ingest_cli(
    *,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="RSS or Atom feed URL")] = None,
    sitemap: Annotated[
        list[str] | None, typer.Option("--sitemap", help="(news) sitemap URL")
    ] = None,
    url: Annotated[list[str] | None, typer.Option("--url", help="page URL to fetch")] = None,
    input: Annotated[
        list[Path] | None, typer.Option("--input", "-i", help="JSONL, .txt/.md, .html, folder")
    ] = None,
    sources: Annotated[
        Path | None, typer.Option("--sources", help="sources.yaml (or VEILLE_SOURCES_FILE)")
    ] = None,
    warehouse: Annotated[
        Path | None, typer.Option("--warehouse", help="DuckDB file (or VEILLE_WAREHOUSE)")
    ] = None,
) -> None:
    """Fetch feeds, sitemaps, pages and files into raw.articles, exactly once."""
    ingest_command(
        feed or [], sitemap or [], url or [], input or [], warehouse, sources_file=sources
    )


app = typer.Typer(add_completion=False)
app.command(name="ingest")(ingest_cli)

if __name__ == "__main__":
    app()
