"""The published snapshot: a separate DuckDB file analysts open read-only, even mid-run.

DuckDB lets one process write a database file and locks every other process out of it while
it does, so analysts never open the working warehouse. After each curated rebuild we write
the curated schema (tables, then views) into a temporary file in the target's folder, close
it, fsync it, and `os.replace` it over the published file, then fsync the folder.

Why this is safe for readers on POSIX (checked by tests/test_publish_snapshot.py, with readers
in other processes): `rename(2)` swaps the directory entry atomically, so a reader opening the
path gets either the old complete file or the new complete file. A reader that already holds a
connection keeps its file descriptor on the old inode, whose data the kernel keeps until the
last descriptor closes: it goes on reading the old complete data, never an error or a mix.
DuckDB's lock on the published file (a shared lock taken by read-only connections) is on the
inode, so it never blocks the rename, and we never open the published path for writing.
Within one reader process, DuckDB caches the database instance per path: a new connection
opened while another connection to the same path is still open reuses the old instance, so
close all connections to see a newer snapshot.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from veille.faults import checkpoint

ALIAS = "veille_publish"


@dataclass(frozen=True)
class Snapshot:
    path: Path
    tables: tuple[str, ...]
    views: tuple[str, ...]
    bytes: int


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_schema(con: duckdb.DuckDBPyConnection, schema: str) -> tuple[list[str], list[str]]:
    """Copy tables then views of `schema` from the current database into the attached one."""
    home = str(con.execute("select current_database()").fetchall()[0][0])
    tables = [r[0] for r in con.execute(
        "select table_name from duckdb_tables() where database_name = ? and schema_name = ?"
        " order by table_name", [home, schema]).fetchall()]  # fmt: skip
    views = con.execute(
        "select view_name, sql from duckdb_views() where database_name = ? and schema_name = ?"
        " and not internal order by view_oid",
        [home, schema],
    ).fetchall()
    con.execute(f"create schema {ALIAS}.{schema}")
    for table in tables:
        con.execute(f"create table {ALIAS}.{schema}.{table} as select * from {schema}.{table}")
    con.execute(f"use {ALIAS}")  # view text names `curated.x`: bind it inside the snapshot
    try:
        for _, sql in views:  # creation order: a view comes after the views it reads
            con.execute(sql)
    finally:
        con.execute(f"use {_ident(home)}")
    return tables, [v[0] for v in views]


def _fsync(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale(target: Path) -> None:
    """Temporary files left by a crashed export (only one writer runs at a time)."""
    for stale in target.parent.glob(f".{target.name}.*.tmp*"):
        stale.unlink()


def export_snapshot(
    con: duckdb.DuckDBPyConnection, target: Path, schema: str = "curated"
) -> Snapshot:
    """Write `schema` of `con`'s database to `target` atomically (see module docstring)."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    wal = Path(str(tmp) + ".wal")
    try:
        con.execute(f"attach {_quote(tmp)} as {ALIAS}")
        try:
            tables, views = _copy_schema(con, schema)
            con.execute(f"checkpoint {ALIAS}")
        finally:
            con.execute(f"detach {ALIAS}")
        if wal.exists():
            raise RuntimeError(f"snapshot {tmp} still has a write-ahead log after checkpoint")
        _fsync(tmp)
        checkpoint("snapshot.before_replace")
        os.replace(tmp, target)
        checkpoint("snapshot.replaced")
        _fsync(target.parent, directory=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)
        raise
    return Snapshot(target, tuple(tables), tuple(views), target.stat().st_size)
