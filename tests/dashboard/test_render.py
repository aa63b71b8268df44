"""The dashboard without a browser: numbers, tolerance of partial warehouses, escaping, CLI."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tests.dashboard.expected import FIXTURE_CACHE_HIT_RATE, expected_values
from veille.cli import app
from veille.dashboard import queries
from veille.dashboard.charts import CHARTS
from veille.dashboard.formatting import amount, display
from veille.dashboard.page import TILES
from veille.dashboard.render import build_dashboard, collect, docs_href
from veille.dashboard.tables import TABLES, Catalog
from warehouse.connection import connect

METRIC = re.compile(r'data-metric="([a-z_]+)" data-value="([^"]*)">([^<]*)<')


def _metrics(html: str) -> dict[str, tuple[str, str]]:
    return {m[0]: (unescape(m[1]), unescape(m[2])) for m in METRIC.findall(html)}


def _specs(html: str) -> dict[str, dict]:
    found = re.search(r'<script type="application/json" id="veille-specs">(.*?)</script>', html)
    assert found
    return json.loads(found.group(1))


def test_kpis_equal_independent_sql(populated_warehouse: Path) -> None:
    with duckdb.connect(str(populated_warehouse), read_only=True) as con:
        expected = expected_values(con)
        got = queries.kpis(con, Catalog.read(con))
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), name
    assert got["cache_hit_rate"] == pytest.approx(FIXTURE_CACHE_HIT_RATE)
    assert set(got) == {tile.metric for tiles in TILES.values() for tile in tiles}


def test_page_shows_every_kpi_and_chart(populated_warehouse: Path, tmp_path: Path) -> None:
    index = build_dashboard(populated_warehouse, tmp_path / "site")
    html = index.read_text(encoding="utf-8")
    metrics = _metrics(html)
    with duckdb.connect(str(populated_warehouse), read_only=True) as con:
        expected = expected_values(con)
    assert metrics["deals"] == ("12", "12") and expected["deals"] == 12
    assert metrics["cache_hit_rate"] == ("0.5", "50.0%")
    assert metrics["deal_value_usd"][1] == "$107.2 bn"
    specs = _specs(html)
    names = [c.name for charts in CHARTS.values() for c in charts]
    assert sorted(specs) == sorted(names)
    assert not any(s.get("usermeta", {}).get("empty") for s in specs.values())
    for name in names:
        assert f'id="chart-{name}"' in html
    # offline: every script and stylesheet is a local asset, and the assets are there
    assert re.findall(r'<script src="([^"]+)"', html) == [
        "assets/vega.min.js",
        "assets/vega-lite.min.js",
        "assets/vega-embed.min.js",
        "assets/boot.js",
    ]
    assert "http://" not in html.split("<body")[0] and "https://" not in html.split("<body")[0]
    for asset in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "LICENSE.vega"):
        assert (tmp_path / "site" / "assets" / asset).stat().st_size > 1000


def test_values_are_escaped_and_links_safe(populated_warehouse: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.duckdb"
    hostile.write_bytes(populated_warehouse.read_bytes())
    with duckdb.connect(str(hostile)) as con:
        con.execute(
            "update curated.articles set url = 'javascript:alert(1)', source = '<b>x</b>'"
            " where article_id = 'art00'"
        )
    html = build_dashboard(hostile, tmp_path / "site").read_text(encoding="utf-8")
    assert "<script>x</script>" not in html  # a quarantined observed value
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "javascript:alert" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_empty_warehouse_renders_no_data_charts(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    connect(path).close()
    html = build_dashboard(path, tmp_path / "site").read_text(encoding="utf-8")
    specs = _specs(html)
    assert all(s["usermeta"]["empty"] for s in specs.values())
    metrics = _metrics(html)
    assert metrics["runs"] == ("0", "0")
    assert metrics["cache_hit_rate"] == ("", "–")
    assert html.count("no data yet") >= 3  # the three tables


def test_partial_warehouse_missing_tables_and_columns(tmp_path: Path) -> None:
    """A warehouse from before some stages existed: no ops/quality, deals without amount_usd."""
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema curated")
        con.execute(
            "create table curated.deals (deal_id varchar, deal_type varchar, parties varchar[],"
            " amount_value double, currency varchar, announced_on date, n_sources integer)"
        )
        con.execute(
            "insert into curated.deals values"
            " ('a', 'funding', ['Mistral AI'], 6e8, 'USD', date '2025-02-01', 1),"
            " ('b', 'funding', ['Aleph Alpha'], 5e8, 'EUR', date '2025-03-01', 1)"
        )
    with duckdb.connect(str(path), read_only=True) as con:
        data = collect(con)
    assert data.kpis["deals"] == 2
    assert data.kpis["deal_value_usd"] == pytest.approx(6e8)  # EUR not converted, not guessed
    assert data.kpis["conflicts"] == 0 and data.kpis["runs"] == 0
    assert "ops.runs" in data.missing_tables and "curated.deals" not in data.missing_tables
    by_month = data.frames["deal_value_by_month"].rows()
    assert by_month == [("2025-02", "funding", 1, 6e8), ("2025-03", "funding", 1, None)]
    html = build_dashboard(path, tmp_path / "site").read_text(encoding="utf-8")
    assert "Not in this warehouse yet" in html and "ops.runs" in html


def test_projection_covers_every_table() -> None:
    with connect(":memory:") as con:
        catalog = Catalog.read(con)
        assert catalog.missing_tables() == []
        for alias, (table, columns) in TABLES.items():
            for column in columns:
                assert catalog.has_column(table, column), f"{alias}: {table}.{column}"


def test_cache_rate_prefers_recorded_counts(tmp_path: Path) -> None:
    with connect(":memory:") as con:
        con.execute(
            "insert into ops.runs (run_id, flow, started_at, status, counts) values"
            " ('r1', 'f', timestamp '2025-01-01', 'completed',"
            ' \'{"enrich": {"cache_hits": 3, "calls": 1}}\')'
        )
        # an enrichment of r1 with no call would count as a hit if derived: recorded wins
        con.execute(
            "insert into staging.enrichments (article_id, content_hash, model, prompt_version,"
            " status, enriched_at, run_id) values ('x', 'h', 'm', 'v1', 'enriched',"
            " timestamp '2025-01-01', 'r1')"
        )
        assert queries.kpi(con, Catalog.read(con), "cache_hit_rate") == pytest.approx(0.75)


def test_docs_href_relative_to_page(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.html").write_text("x")
    assert docs_href(str(docs), tmp_path / "site") == "../docs/index.html"
    assert docs_href("https://ci.example.org/docs/", tmp_path) == "https://ci.example.org/docs/"


def test_formatting() -> None:
    assert display(1234567, "count") == "1,234,567"
    assert display(None, "rate") == "–"
    assert display(0.4567, "rate") == "45.7%"
    assert display(0.1875, "usd") == "$0.19"
    assert display(27e9, "usd_big") == "$27 bn"
    assert amount(None, 30e9, 40e9, "USD") == "30 bn - 40 bn USD"
    assert amount(None, None, None, None) == "undisclosed"
    assert amount(None, None, 2e9, "EUR") == "up to 2 bn EUR"


def test_cli_writes_site_and_refuses_missing_warehouse(
    populated_warehouse: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "site"
    result = runner.invoke(
        app, ["dashboard", "--warehouse", str(populated_warehouse), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file()
    missing = runner.invoke(app, ["dashboard", "--warehouse", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code != 0
    assert "no warehouse" in missing.output


def test_prefect_task_returns_index(populated_warehouse: Path, tmp_path: Path) -> None:
    from tasks.dashboard import dashboard_task

    index = dashboard_task.fn(str(populated_warehouse), str(tmp_path / "site"))
    assert Path(index).is_absolute() and Path(index).name == "index.html"
    assert Path(index).read_text(encoding="utf-8").startswith("<!doctype html>")
