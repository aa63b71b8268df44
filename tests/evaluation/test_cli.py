"""`veille eval` through the real command line, on warehouses that hold known predictions."""

from __future__ import annotations

import json

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from veille.cli import app
from veille.evaluation import cli as eval_cli
from veille.evaluation.gold import file_hash
from veille.llm.prompt import PROMPT_VERSION
from warehouse.connection import connect


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    monkeypatch.setattr(eval_cli, "console", Console(width=250, color_system=None))


def veille(*args):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_scores_a_warehouse_and_stores_the_run(tmp_path, edge_gold, edge_warehouse):
    main, out = tmp_path / "main.duckdb", tmp_path / "figures.json"
    result = veille(
        "--gold",
        edge_gold,
        "--db",
        edge_warehouse,
        "-w",
        main,
        "-m",
        "m1",
        "--json",
        out,
        "--show-misses",
    )
    assert result.exit_code == 0, result.output
    assert "0.706" in result.output  # orgs F1 overall
    assert "ASML Holding N.V." in result.output and "3,000,000,000 EUR" in result.output
    figures = json.loads(out.read_text())["runs"][0]
    assert figures["model"] == "m1" and figures["status"] == "scored"
    assert figures["scores"]["deals"] == {
        "precision": 0.5455,
        "recall": 1.0,
        "f1": 0.7059,
        "predicted": 11,
        "gold": 4,
    }
    assert set(figures["by_language"]) == {"en", "fr", "missing", "unknown"}
    con = connect(main, read_only=True)
    run = con.execute("select model, prompt_version, gold_hash, status from ops.eval_runs")
    assert run.fetchall() == [("m1", PROMPT_VERSION, file_hash(edge_gold), "scored")]
    assert con.execute("select count(*) from ops.eval_scores").fetchone() == (20,)
    con.close()


def test_compare_flags_a_drop_of_the_same_model(tmp_path, edge_gold, edge_warehouse):
    main = tmp_path / "main.duckdb"
    assert (
        veille("--gold", edge_gold, "--db", edge_warehouse, "-w", main, "-m", "m1").exit_code == 0
    )
    worse = duckdb.connect(str(edge_warehouse))
    worse.execute("delete from curated.deal_mentions where article_id = 'e2'")
    worse.close()
    for model in ("m2", "m1"):
        assert (
            veille("--gold", edge_gold, "--db", edge_warehouse, "-w", main, "-m", model).exit_code
            == 0
        )
    result = veille("--compare", "-w", main)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if " m1 " in line or " m2 " in line]
    assert len(lines) == 3
    assert "first run" in lines[0] and "first run" in lines[1]
    assert "DROP: deals F1" in lines[2]
    assert "0.500 ▼0.206" in lines[2]  # deals F1 0.706 -> 0.500
    assert "DROP" not in lines[1]  # m2 is only compared with m2


def test_a_bad_gold_file_exits_2(tmp_path, edge_warehouse):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"url": "u", "amounts": [{"currency": "USD"}]}\n')
    result = veille("--gold", gold, "--db", edge_warehouse, "-w", tmp_path / "main.duckdb")
    assert result.exit_code == 2
    assert "Bad gold file" in result.output and "gold.jsonl:1" in result.output


def test_a_warehouse_without_the_contract_exits_2(tmp_path, edge_gold):
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    result = veille("--gold", edge_gold, "--db", other, "-w", tmp_path / "main.duckdb")
    assert result.exit_code == 2
    assert "curated contract" in result.output


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--input", "gold"],
        ["--gold", "gold"],
        ["--gold", "gold", "--input", "gold", "--db", "gold"],
    ],
)
def test_arguments_are_checked(args, edge_gold):
    result = veille(*[edge_gold if a == "gold" else a for a in args])
    assert result.exit_code == 2
