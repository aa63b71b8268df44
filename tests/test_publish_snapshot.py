"""Analysts read the published file from other processes while publishes replace it."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tasks.publish import publish_stage
from tests.staging_factory import article, deal, enrichment, org, stage
from veille.settings import Settings
from warehouse.connection import connect

READER = Path(__file__).with_name("published_reader.py")
VERSIONS = 6


def stage_version(con, version: int) -> None:
    """Version k: 40 + 15k articles with ids `v<k>-<i>`, one two-party deal each."""
    for table in ("articles", "enrichments", "org_mentions", "deal_mentions"):
        con.execute(f"delete from staging.{table}")
    arts = [
        article(
            f"v{version}-{i:04d}",
            text="mot " * 400,
            source=f"outlet{i % 7}",
            published_at=datetime(2026, 1, 1) + timedelta(days=3 * i),
        )
        for i in range(40 + 15 * version)
    ]
    stage(
        con,
        articles=arts,
        enrichments=[enrichment(a) for a in arts],
        orgs=[org(a["article_id"], 0, f"Company {i}") for i, a in enumerate(arts)],
        deals=[
            deal(a["article_id"], 0, [f"Company {i}", "Buyer"], value=1e6 * (i + 1))
            for i, a in enumerate(arts)
        ],
    )


def start_reader(published: Path, mode: str, stop: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(READER), str(published), mode, str(stop), str(out)]
    )


def wait_ready(*outs: Path) -> None:
    deadline = time.monotonic() + 60
    while not all(Path(str(o) + ".ready").exists() for o in outs):
        assert time.monotonic() < deadline, "readers did not start"
        time.sleep(0.05)


@pytest.mark.slow
def test_readers_in_other_processes_see_old_or_new_complete_data(tmp_path):
    published = tmp_path / "veille.published.duckdb"
    settings = Settings(warehouse=tmp_path / "veille.duckdb", publish_path=published)
    con = connect(settings.warehouse)
    stage_version(con, 0)
    publish_stage(con, settings, "v0", gazetteer=[])
    stop = tmp_path / "stop"
    outs = {mode: tmp_path / f"{mode}.json" for mode in ("reopen", "held")}
    readers = [start_reader(published, mode, stop, out) for mode, out in outs.items()]
    try:
        wait_ready(*outs.values())
        for version in range(1, VERSIONS):
            stage_version(con, version)
            report = publish_stage(con, settings, f"v{version}", gazetteer=[])
            assert report.counts["articles"] == 40 + 15 * version
            time.sleep(0.2)  # let the reopening reader catch each version
    finally:
        stop.write_text("stop")
        for reader in readers:
            reader.wait(timeout=60)
        con.close()
    reopen = json.loads(outs["reopen"].read_text())
    held = json.loads(outs["held"].read_text())
    assert reopen["errors"] == [] and held["errors"] == []
    assert reopen["queries"] > 10 and held["queries"] > 10
    # new connections follow the publishes, in order; the held one keeps its snapshot
    assert len(reopen["versions"]) >= 3
    assert reopen["versions"] == sorted(reopen["versions"])
    assert reopen["versions"][-1] == f"v{VERSIONS - 1}"
    assert held["versions"] == ["v0"]
    assert not list(tmp_path.glob(".*.tmp*")), "temporary snapshot files left behind"


def test_snapshot_copies_tables_and_views(tmp_path):
    settings = Settings(warehouse=tmp_path / "w.duckdb", publish_path=tmp_path / "pub.duckdb")
    con = connect()
    stage_version(con, 0)
    publish_stage(con, settings, "v0", gazetteer=[])
    import duckdb

    pub = duckdb.connect(str(settings.published_path()), read_only=True)
    try:
        names = {
            r[0]
            for r in pub.execute(
                "select table_name from duckdb_tables() where schema_name = 'curated'"
                " union all select view_name from duckdb_views() where schema_name = 'curated'"
            ).fetchall()
        }
        assert {
            "articles",
            "deals",
            "deal_mentions",
            "organizations",
            "fx_rates",
            "publication",
            "deal_ledger",
            "company_deals",
            "deals_by_month",
        } <= names
        assert pub.execute("select count(*) from curated.deal_ledger").fetchall()[0][0] == 40
    finally:
        pub.close()
        con.close()
