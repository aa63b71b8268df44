"""Write the dashboard: `index.html` plus `assets/` (the vendored Vega JS, CSS, boot script).

The warehouse is opened read-only and every number is read before anything is written. The
page is written to a temporary file and renamed, so a reader never sees half a page and a
failed render leaves yesterday's dashboard in place. The site needs no server and no network:
open `index.html` from disk.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from veille.dashboard import page, queries
from veille.dashboard.charts import CHARTS, spec
from veille.dashboard.tables import Catalog
from warehouse.connection import session

ASSETS = (
    "vega.min.js",
    "vega-lite.min.js",
    "vega-embed.min.js",
    "LICENSE.vega",
    "LICENSE.vega-lite",
    "LICENSE.vega-embed",
    "dashboard.css",
    "boot.js",
)
SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")


@dataclass(frozen=True)
class DashboardData:
    kpis: dict[str, object]
    frames: dict[str, pl.DataFrame]
    missing_tables: list[str]


def collect(con: duckdb.DuckDBPyConnection) -> DashboardData:
    catalog = Catalog.read(con)
    return DashboardData(
        kpis=queries.kpis(con, catalog),
        frames=queries.frames(con, catalog),
        missing_tables=catalog.missing_tables(),
    )


def build_dashboard(
    warehouse: Path, out_dir: Path, *, generated_at: datetime | None = None
) -> Path:
    """Render the dashboard of `warehouse` into `out_dir`; returns the index.html path."""
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run `veille run` first")
    with session(warehouse, read_only=True) as con:
        data = collect(con)
    return write_site(data, out_dir, source=warehouse, generated_at=generated_at)


def write_site(
    data: DashboardData,
    out_dir: Path,
    *,
    source: Path,
    generated_at: datetime | None = None,
) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    _copy_assets(out_dir / "assets")
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    html = document(data, out_dir=out_dir, source=source, generated_at=when)
    index = out_dir / "index.html"
    fd, tmp = tempfile.mkstemp(prefix=".index.", suffix=".html", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(html)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the page is meant to be shared
        os.replace(tmp, index)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return index


def _copy_assets(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    static = resources.files("veille.dashboard") / "static"
    for name in ASSETS:
        with resources.as_file(static / name) as path:
            shutil.copyfile(path, target / name)


def chart_specs(frames: dict[str, pl.DataFrame]) -> dict[str, dict[str, Any]]:
    return {
        chart.name: spec(chart, frames[chart.query])
        for charts in CHARTS.values()
        for chart in charts
    }


def docs_href(docs_path: str, out_dir: Path) -> str:
    """A link to the GX Data Docs: URLs as they are, paths relative to the page when possible."""
    if docs_path.lower().startswith(("http://", "https://", "file://")):
        return docs_path
    path = Path(docs_path).resolve()
    if path.is_dir():
        path = path / "index.html"
    try:
        return Path(os.path.relpath(path, out_dir.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return path.as_uri()


def _docs_note(frame: pl.DataFrame, out_dir: Path) -> str:
    if frame.is_empty():
        return '<p class="note" data-docs="none">No Great Expectations Data Docs built yet.</p>'
    row = frame.row(0, named=True)
    href = escape(docs_href(row["docs_path"], out_dir))
    return (
        f'<p class="note">Great Expectations <a data-docs="link" href="{href}">Data Docs</a>'
        f" (built {escape(row['validated_at'])}).</p>"
    )


def _section(key: str, body: str, data: DashboardData, specs: dict[str, Any]) -> str:
    return (
        f'<section id="{key}"><h2>{escape(page.SECTIONS[key])}</h2>'
        f"{page.tiles(key, data.kpis)}{page.chart_cards(CHARTS[key], specs)}{body}</section>"
    )


def _tables(data: DashboardData, out_dir: Path) -> tuple[str, str]:
    """The HTML under the quality charts and under the deals charts."""
    records = {name: frame.to_dicts() for name, frame in data.frames.items()}
    quality = _docs_note(data.frames["data_docs"], out_dir) + page.table(
        "Latest quarantined rows",
        ["when", "table", "record", "expectation", "column", "observed", "reason"],
        page.quarantine_rows(records["quarantine_latest"]),
        "quarantine",
    )
    deals = page.table(
        "Latest deals and their sources",
        ["day", "type", "parties", "amount", "USD", "n sources", "sources"],
        page.deal_rows(records["latest_deals"]),
        "latest_deals",
    ) + page.table(
        "Conflicts to review (sources disagree on the amount)",
        ["day", "type", "parties", "amount kept", "what each source says"],
        page.conflict_rows(records["conflicts"]),
        "conflicts",
    )
    return quality, deals


def document(data: DashboardData, *, out_dir: Path, source: Path, generated_at: str) -> str:
    specs = chart_specs(data.frames)
    quality, deals = _tables(data, out_dir)
    missing = ""
    if data.missing_tables:
        missing = (
            '<p class="note">Not in this warehouse yet: '
            f"{escape(', '.join(data.missing_tables))}.</p>"
        )
    scripts = "".join(f'<script src="assets/{name}"></script>' for name in SCRIPTS)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>veille dashboard</title>
<link rel="stylesheet" href="assets/dashboard.css">
{scripts}</head>
<body data-rendered="pending">
<header><h1>veille</h1><nav><a href="#pipeline">pipeline</a><a href="#quality">quality</a>
<a href="#deals">deals</a></nav>
<div class="meta">generated {escape(generated_at)} from {escape(source.name)}</div></header>
<main>
{_section("pipeline", "", data, specs)}
{_section("quality", quality, data, specs)}
{_section("deals", deals, data, specs)}
{missing}
<p class="note">Charts: Vega, Vega-Lite and vega-embed (BSD-3-Clause, see assets/LICENSE.*).</p>
</main>
{page.specs_script(specs)}
<script src="assets/boot.js"></script>
</body></html>
"""
