"""`veille dashboard`: mounted on the main app with `app.command(name="dashboard")`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from veille.settings import Settings

DEFAULT_OUT = Path("data/dashboard")


def dashboard_command(
    warehouse: Annotated[
        Path | None, typer.Option("--warehouse", "-w", help="DuckDB file (read-only)")
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="folder to write the site to")
    ] = DEFAULT_OUT,
) -> None:
    """Write the static dashboard (pipeline health, data quality, deals) from the warehouse."""
    from veille.dashboard.render import build_dashboard  # altair: load only when used

    path = warehouse if warehouse is not None else Settings().warehouse
    try:
        index = build_dashboard(path, out)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc), param_hint="--warehouse") from exc
    Console().print(f"Dashboard: [bold]{index.resolve()}[/] (open it in a browser, works offline)")
