"""The `veille` command line.

The entry point is where settings are read (once) and process-wide switches are set: litellm's
offline price map and GX analytics off, so that no command reaches the internet on import.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from veille.dashboard.cli import dashboard_command
from veille.evaluation.cli import eval_command
from veille.ingest.cli import ingest_cli
from veille.publish_cli import brief_command, export_command, publish_command
from veille.quality_cli import validate_command
from veille.settings import Settings
from veille.sql_cli import sql_command
from warehouse.lock import WarehouseBusy, writer_lock

app = typer.Typer(
    help="veille: AI-industry news to deal data analysts can trust.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
EX_TEMPFAIL = 75  # sysexits.h: "try again later" (another process holds the warehouse)

WarehouseOpt = Annotated[Path | None, typer.Option("--warehouse", "-w", help="DuckDB file")]


def _quiet_environment() -> None:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "False")


def load_settings(warehouse: Path | None = None, model: str | None = None) -> Settings:
    overrides: dict[str, Any] = {}
    if warehouse is not None:
        overrides["warehouse"] = warehouse
    if model is not None:
        overrides["llm_model"] = model
    return Settings(**overrides)


def sample_input() -> Path:
    return Path(str(resources.files("veille") / "sample" / "articles.jsonl"))


InputsOpt = Annotated[list[Path] | None, typer.Option("--input", "-i", help="file or folder")]
FeedOpt = Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL")]
SitemapOpt = Annotated[list[str] | None, typer.Option(help="news sitemap URL")]
UrlOpt = Annotated[list[str] | None, typer.Option(help="article URL")]
ModelOpt = Annotated[str | None, typer.Option(help="litellm model, e.g. openai/gpt-4o-mini")]
RefreshOpt = Annotated[
    bool,
    typer.Option(
        "--full-refresh",
        help="recheck every page, restage, re-enrich, revalidate and republish everything",
    ),
]


@app.command()
def run(
    input: InputsOpt = None,
    feed: FeedOpt = None,
    sitemap: SitemapOpt = None,
    url: UrlOpt = None,
    warehouse: WarehouseOpt = None,
    model: ModelOpt = None,
    full_refresh: RefreshOpt = False,
) -> None:
    """Run the end-to-end pipeline (the bundled sample when no source is given).

    Incremental by default: only new or changed articles are staged and enriched."""
    from flows.pipeline import pipeline
    from veille import faults

    settings = load_settings(warehouse, model)
    faults.arm(settings.fault_point)
    inputs = list(input or [])
    if not (inputs or feed or sitemap or url or settings.sources_file):
        inputs = [sample_input()]
        console.print(f"No input given: running the bundled sample [bold]{inputs[0]}[/]")
    with writer_lock(settings.warehouse):  # before the flow starts: a busy warehouse fails fast
        result = pipeline(
            inputs=[str(p) for p in inputs],
            feeds=feed,
            sitemaps=sitemap,
            urls=url,
            full_refresh=full_refresh,
            settings=settings,
        )
        _print_summary(result)
        console.print(f"Warehouse: [bold]{settings.warehouse.resolve()}[/]")
        _print_deals(settings.warehouse)


def _print_summary(result: dict[str, Any]) -> None:
    table = Table(title=f"Run {result.get('run_id')}")
    table.add_column("stage")
    table.add_column("counts")
    for stage, counts in result.items():
        if isinstance(counts, dict):
            shown = ", ".join(
                f"{k}={v}" for k, v in counts.items() if not isinstance(v, (dict, list))
            )
            table.add_row(stage, shown)
    console.print(table)


def _print_deals(path: Path, limit: int = 50) -> None:
    from warehouse.connection import session

    with session(path, read_only=True) as con:
        rows = con.execute(
            "select deal_type, array_to_string(parties, ' + '), amount_value, amount_min,"
            " amount_max, currency, n_sources, announced_on from curated.deals"
            " order by coalesce(amount_value, amount_max, 0) desc limit ?",
            [limit],
        ).fetchall()
    table = Table(title=f"Deals found ({len(rows)})")
    for col in ("type", "parties", "amount", "currency", "sources", "announced"):
        table.add_column(col)
    for dtype, parties, value, lo, hi, cur, n, day in rows:
        table.add_row(dtype, parties, _fmt_amount(value, lo, hi), cur or "", str(n), str(day or ""))
    console.print(table)


def _fmt_amount(value: float | None, lo: float | None, hi: float | None) -> str:
    def fmt(v: float) -> str:
        for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
            if abs(v) >= scale:
                return f"{v / scale:,.2f}".rstrip("0").rstrip(".") + suffix
        return f"{v:,.2f}"

    if value is not None:
        return fmt(value)
    if lo is not None and hi is not None:
        return f"{fmt(lo)} - {fmt(hi)}"
    return "undisclosed"


@app.command()
def deals(
    warehouse: WarehouseOpt = None, limit: Annotated[int, typer.Option(help="rows to show")] = 50
) -> None:
    """Print the deal ledger from the warehouse."""
    _print_deals(load_settings(warehouse).warehouse, limit)


app.command(name="eval")(eval_command)
app.command(name="ingest")(ingest_cli)
app.command(name="dashboard")(dashboard_command)
app.command(name="export")(export_command)
app.command(name="brief")(brief_command)
app.command(name="publish")(publish_command)
app.command(name="sql")(sql_command)


@app.command()
def validate(
    warehouse: WarehouseOpt = None,
    docs: Annotated[bool, typer.Option(help="also build the GX Data Docs")] = True,
) -> None:
    """Re-run every Great Expectations suite on the current warehouse."""
    raise typer.Exit(validate_command(warehouse, docs))


def main() -> None:
    _quiet_environment()
    try:
        app()
    except WarehouseBusy as exc:
        Console(stderr=True).print(f"[bold red]Warehouse busy:[/] {exc}", soft_wrap=True)
        raise SystemExit(EX_TEMPFAIL) from None


if __name__ == "__main__":
    main()
