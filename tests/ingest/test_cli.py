from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_feeds import ARTICLE
from veille.ingest.cli import app, ingest_command
from veille.settings import Settings
from warehouse.connection import connect


def test_ingest_command_files_and_url_with_summary(
    tmp_path: Path, shared_dir: Path, fixtures_dir: Path
) -> None:
    warehouse = tmp_path / "w.duckdb"
    console = Console(record=True, width=100)
    with LoopbackServer() as server:
        server.routes["/story"] = Route(body=ARTICLE)
        report = ingest_command(
            [],
            [],
            [server.url("/story"), server.url("/gone")],
            [
                shared_dir / "eval" / "dev" / "articles.jsonl",
                fixtures_dir / "inputs" / "mixed.jsonl",
            ],
            warehouse,
            settings=Settings(allow_private_hosts=True),
            console=console,
        )
    assert (report.new, report.invalid, report.failed) == (15, 5, {"http_404": 1})
    text = console.export_text()
    assert "new articles" in text and "15" in text and "failed: http_404" in text
    con = connect(warehouse)
    kinds = dict(con.execute("select input_kind, count(*) from raw.articles group by 1").fetchall())
    assert kinds == {"jsonl": 14, "url": 1}
    outcomes = dict(
        con.execute("select outcome, count(*) from raw.fetch_log group by 1").fetchall()
    )
    assert outcomes["landed"] == 15 and outcomes["invalid"] == 5
    con.close()


def test_cli_refuses_an_empty_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2 and "nothing to ingest" in result.output


def test_cli_ingests_a_folder(tmp_path: Path, fixtures_dir: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    args = ["--input", str(fixtures_dir / "inputs"), "--warehouse", str(warehouse)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and re.search(r"duplicates\W+4\b", again.output), again.output
    con = connect(warehouse)
    assert con.execute("select count(*) from raw.articles").fetchall()[0][0] == 4
    con.close()
