"""`veille sql`: read-only, no file, network or extension access, rich output, a small REPL."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from veille.cli import app
from veille.sql_cli import SqlError, open_sandboxed, query_table, repl

SECRET_FILE_LINE = "veille-secret-line-7731"


@pytest.fixture
def published(tmp_path: Path) -> Path:
    path = tmp_path / "veille.published.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema curated")
        con.execute(
            "create table curated.deals as select * from (values"
            " ('d1', 'Meta', 27e9, 'USD'), ('d2', 'Nebius', null, null)) t(deal_id, party,"
            " amount_value, currency)"
        )
    return path


@pytest.fixture
def local_secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.csv"
    path.write_text(f"line\n{SECRET_FILE_LINE}\n", encoding="utf-8")
    return path


def _sql(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["sql", *args], terminal_width=200)
    return result.exit_code, result.output


def test_query_prints_a_table(published: Path) -> None:
    code, out = _sql("select * from curated.deals order by deal_id", "--db", str(published))
    assert code == 0, out
    assert "deal_id" in out and "Meta" in out and "27000000000.0" in out and "NULL" in out
    assert "2 row(s)" in out


def test_rows_are_cut_at_max_rows(published: Path) -> None:
    code, out = _sql("select * from range(50)", "--db", str(published), "--max-rows", "3")
    assert code == 0 and "3 row(s), cut at 3" in out


@pytest.mark.parametrize(
    "statement",
    [
        "select * from read_csv('{secret}')",
        "select * from read_text('{secret}')",
        "select * from read_csv('/etc/passwd')",
        "select * from glob('{folder}/*')",
        "attach '{other}' as other",
        "copy curated.deals to '{folder}/out.csv'",
        "export database '{folder}/dump'",
        "install httpfs",
        "load httpfs",
        "set enable_external_access = true",
        "set lock_configuration = false",
        "create table curated.x as select 1",
        "delete from curated.deals",
    ],
)
def test_nothing_leaves_the_database(
    published: Path, local_secret: Path, tmp_path: Path, statement: str
) -> None:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    sql = statement.format(secret=local_secret, folder=tmp_path, other=other)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out = _sql(sql, "--db", str(published))
    assert code == 1, out
    assert "error" in out.lower()
    assert SECRET_FILE_LINE not in out and "root:" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from curated.deals").fetchall() == [(2,)]


def test_the_sandbox_cannot_be_reopened_from_inside(published: Path) -> None:
    with open_sandboxed(published) as con:
        with pytest.raises(SqlError):
            query_table(con, "set enable_external_access = true", 10)
        table = query_table(con, "select current_setting('enable_external_access') as v", 10)
        assert table.row_count == 1
        assert con.execute("select current_setting('enable_external_access')").fetchall() == [
            (False,)
        ]


def test_repl_runs_until_quit_and_survives_errors(published: Path, local_secret: Path) -> None:
    lines = iter(
        [
            "select 40 + 2 as answer",
            "",
            ".tables",
            f"select * from read_csv('{local_secret}')",
            "select party from curated.deals where deal_id = 'd1'",
            ".quit",
            "select 'never reached'",
        ]
    )
    console = Console(record=True, width=200)
    with open_sandboxed(published) as con:
        failed = repl(con, console, 100, read=lambda _prompt: next(lines))
    out = console.export_text()
    assert failed == 1
    assert "42" in out and "curated.deals" in out and "Meta" in out
    assert "Permission Error" in out and SECRET_FILE_LINE not in out
    assert "never reached" not in out


def test_repl_through_the_cli_ends_at_end_of_input(published: Path) -> None:
    result = CliRunner().invoke(
        app, ["sql", "--db", str(published)], input="select 7 * 6 as x\n", terminal_width=200
    )
    assert result.exit_code == 0, result.output
    assert "42" in result.output and "read-only" in result.output


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    code, out = _sql("select 1", "--db", str(tmp_path / "nothing.duckdb"))
    assert code == 1 and "no warehouse at" in out
    assert not (tmp_path / "nothing.duckdb").exists()  # read-only never creates a file


def test_defaults_to_the_published_snapshot(
    published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(published.parent)
    monkeypatch.setenv("VEILLE_WAREHOUSE", str(published.parent / "veille.duckdb"))
    code, out = _sql("select count(*) as n from curated.deals")
    assert code == 0 and "2" in out
