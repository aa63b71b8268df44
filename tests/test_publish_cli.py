from __future__ import annotations

import json
from datetime import datetime

import duckdb
import polars as pl
import pytest
import typer
from typer.testing import CliRunner

from tasks.publish import publish_stage
from tests.staging_factory import article, deal, enrichment, org, stage
from veille.publish_cli import brief_command, export_command, publish_command
from veille.settings import Settings
from warehouse.connection import connect

RELATIONS = {
    "articles",
    "organizations",
    "org_mentions",
    "money_mentions",
    "deals",
    "deal_mentions",
    "fx_rates",
    "publication",
    "deal_ledger",
    "company_deals",
    "deals_by_month",
}


@pytest.fixture
def published(tmp_path):
    settings = Settings(warehouse=tmp_path / "veille.duckdb")
    con = connect(settings.warehouse)
    a = article("a1", source="Reuters", published_at=datetime(2026, 3, 17, 9))
    stage(
        con,
        articles=[a],
        enrichments=[enrichment(a)],
        orgs=[org("a1", 0, "Meta")],
        deals=[deal("a1", 0, ["Meta", "Nebius"], value=27e9)],
    )
    publish_stage(con, settings, "r1", gazetteer=[])
    con.close()
    return settings


def app() -> typer.Typer:
    cli = typer.Typer()
    cli.command("export")(export_command)
    cli.command("brief")(brief_command)
    cli.command("publish")(publish_command)
    return cli


def test_export_parquet_and_csv_through_the_cli(published, tmp_path):
    runner = CliRunner()
    db = str(published.published_path())
    for fmt in ("parquet", "csv"):
        out = tmp_path / fmt
        result = runner.invoke(app(), ["export", "--format", fmt, str(out), "--db", db])
        assert result.exit_code == 0, result.output
        assert {p.stem for p in out.glob(f"*.{fmt}")} == RELATIONS
        assert not list(out.glob(".*"))
    ledger = pl.read_parquet(tmp_path / "parquet" / "deal_ledger.parquet")
    assert ledger["parties"].to_list() == [["Meta", "Nebius"]]
    assert ledger["sources"].to_list() == [["Reuters"]]
    rows = pl.read_csv(tmp_path / "csv" / "deal_ledger.csv")
    assert json.loads(rows["parties"][0]) == ["Meta", "Nebius"]
    assert rows["amount_value"][0] == 27e9


def test_export_reads_while_the_warehouse_is_locked(published, tmp_path):
    writer = duckdb.connect(str(published.warehouse))  # a running pipeline holds the lock
    try:
        written = export_command(tmp_path / "out", db=published.published_path())
        assert len(written) == len(RELATIONS)
    finally:
        writer.close()


def test_brief_command_writes_both_files(published, tmp_path):
    result = CliRunner().invoke(
        app(),
        [
            "brief",
            "--date",
            "2026-03-17",
            "--warehouse",
            str(published.published_path()),
            "--out-dir",
            str(tmp_path / "briefs"),
            "--language",
            "fr",
        ],
    )
    assert result.exit_code == 0, result.output
    md = (tmp_path / "briefs" / "brief-2026-03-17.md").read_text(encoding="utf-8")
    assert "⚡ Résumé" in md and "Meta / Nebius" in md
    assert (tmp_path / "briefs" / "brief-2026-03-17.html").exists()


def test_publish_command_uses_settings(published, tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_WAREHOUSE", str(published.warehouse))

    def stamp():
        with duckdb.connect(str(published.published_path()), read_only=True) as pub:
            return pub.execute("select published_at from curated.publication").fetchall()[0][0]

    before = stamp()
    result = CliRunner().invoke(app(), ["publish"])
    assert result.exit_code == 0, result.output
    assert "published" in result.output
    assert stamp() > before
