"""Open the warehouse and bring its schema up to date.

Migrations are numbered `.sql` files applied in order, each inside one transaction and
recorded in `ops.schema_migrations` with a checksum: applying twice is a no-op, and an edited
migration that was already applied is refused rather than silently diverging.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

MEMORY = ":memory:"


class MigrationError(RuntimeError):
    """An applied migration's file changed: the schema and the code disagree."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("warehouse") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    con.execute("create schema if not exists ops")
    con.execute(
        "create table if not exists ops.schema_migrations ("
        " version integer primary key, name varchar not null, checksum varchar not null,"
        " applied_at timestamp not null default current_timestamp)"
    )
    applied = dict(con.execute("select version, checksum from ops.schema_migrations").fetchall())
    done: list[str] = []
    for version, name, sql in _migrations():
        checksum = hashlib.sha256(sql.encode()).hexdigest()
        if version in applied:
            if applied[version] != checksum:
                raise MigrationError(f"migration {name} changed after it was applied")
            continue
        con.execute("begin transaction")
        try:
            con.execute(sql)
            con.execute(
                "insert into ops.schema_migrations (version, name, checksum) values (?, ?, ?)",
                [version, name, checksum],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        done.append(name)
    return done


def connect(path: str | Path = MEMORY, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection with the schema up to date (read-only connections are not migrated)."""
    target = str(path)
    if target != MEMORY and not read_only:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(target, read_only=read_only)
    if not read_only:
        migrate(con)
    return con


@contextmanager
def session(path: str | Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open, yield, always close: tasks open their own connection where they use it."""
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()
