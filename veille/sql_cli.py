"""`veille sql`: analysts query the published warehouse, read-only and sandboxed.

Mounted by veille/cli.py (`app.command(name="sql")(sql_command)`):
    veille sql "select * from curated.deals order by amount_usd desc limit 5"
    veille sql            # a small REPL: one statement per line, `.tables`, `.quit`

Decisions:
- It opens the published snapshot (which a running pipeline never locks), else the working
  warehouse, always `read_only`: no statement can change the data.
- `enable_external_access = false`: a query cannot read local files (`read_csv('/etc/passwd')`),
  ATTACH another database, COPY or EXPORT to disk, install or load an extension, or reach the
  network. `lock_configuration = true` so that no query can SET any of it back. What an analyst
  types is trusted with the curated data and nothing else on the machine.
- Results are printed as a rich table, cut at `--max-rows` (the query itself is not changed:
  rows past the cut are simply not fetched).
- An error in the REPL is printed and the loop goes on; in one-shot mode it exits 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from veille.settings import Settings

SANDBOX: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "lock_configuration": True,
}
PROMPT = "veille sql> "
QUIT = {".quit", ".exit", "\\q", "quit", "exit"}
TABLES = """
select table_schema || '.' || table_name as name, table_type as kind
from information_schema.tables
where table_schema not in ('information_schema', 'pg_catalog')
order by table_schema, table_name
"""


class SqlError(RuntimeError):
    """The database cannot be opened, or a statement failed: the message says why."""


@contextmanager
def open_sandboxed(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection with every way out of the database closed (see docstring)."""
    if not path.exists():
        raise SqlError(f"no warehouse at {path}: run `veille run` first, or pass --db")
    try:
        con = duckdb.connect(str(path), read_only=True, config=dict(SANDBOX))
    except duckdb.Error as exc:
        raise SqlError(f"cannot open {path} read-only: {exc}") from exc
    try:
        yield con
    finally:
        con.close()


def query_table(con: duckdb.DuckDBPyConnection, sql: str, max_rows: int) -> Table:
    """Run one statement; its first `max_rows` rows as a rich table (caption says if cut)."""
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1) if columns else []
    except duckdb.Error as exc:
        raise SqlError(str(exc)) from exc
    cut = len(rows) > max_rows
    rows = rows[:max_rows]
    caption = f"{len(rows)} row(s)" + (f", cut at {max_rows}" if cut else "")
    table = Table(caption=caption, caption_justify="left", min_width=len(caption) + 4)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("[dim]NULL[/]" if v is None else str(v) for v in row))
    return table


def repl(
    con: duckdb.DuckDBPyConnection,
    console: Console,
    max_rows: int,
    read: Callable[[str], str] = input,
) -> int:
    """Read statements until `.quit` or end of input; returns how many failed."""
    failed = 0
    while True:
        try:
            line = read(PROMPT).strip()
        except EOFError:
            return failed
        if not line:
            continue
        if line in QUIT:
            return failed
        sql = TABLES if line == ".tables" else line
        try:
            console.print(query_table(con, sql, max_rows))
        except SqlError as exc:
            failed += 1
            console.print(f"[bold red]error:[/] {exc}", soft_wrap=True)


def sql_command(
    query: Annotated[str | None, typer.Argument(help="SQL to run (none: interactive)")] = None,
    db: Annotated[Path | None, typer.Option(help="DuckDB file (default: published)")] = None,
    max_rows: Annotated[int, typer.Option(min=1, help="rows to print at most")] = 1000,
) -> None:
    """Query the published warehouse read-only (no file, network or extension access)."""
    from veille.publish_cli import reader_path

    console = Console()
    path = reader_path(Settings(), db)
    try:
        with open_sandboxed(path) as con:
            if query is None:
                console.print(f"{path} (read-only). `.tables` lists tables, `.quit` leaves.")
                repl(con, console, max_rows)
                return
            console.print(query_table(con, query, max_rows))
    except SqlError as exc:
        console.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
