"""Idempotent loads from polars frames.

Every load is delete-then-insert on the frame's keys inside one transaction: rerunning a stage
with the same input leaves the same rows, and a crash midway leaves the previous rows. Empty
batches are refused where the caller says a batch must not be empty, so that a silent upstream
failure cannot wipe a table.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import duckdb
import polars as pl


class EmptyBatchError(ValueError):
    """A load that must carry rows got none."""


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    schema, name = table.split(".", 1)
    rows = con.execute(
        "select column_name from information_schema.columns"
        " where table_schema = ? and table_name = ? order by ordinal_position",
        [schema, name],
    ).fetchall()
    if not rows:
        raise ValueError(f"unknown table {table}")
    return [r[0] for r in rows]


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert a frame by column name (columns the frame lacks get their defaults or null)."""
    if frame.is_empty():
        return 0
    cols = [c for c in _columns(con, table) if c in frame.columns]
    names = ", ".join(cols)
    con.register("_veille_batch", frame.select(cols).to_arrow())
    try:
        con.execute(f"insert into {table} ({names}) select {names} from _veille_batch")
    finally:
        _unregister(con, "_veille_batch")
    return frame.height


def _unregister(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a registered view; inside an aborted transaction that fails, and must not mask
    the error that aborted it (the view dies with the connection anyway)."""
    with contextlib.suppress(duckdb.Error):
        con.unregister(name)


def replace_by_keys(
    con: duckdb.DuckDBPyConnection,
    table: str,
    frame: pl.DataFrame,
    keys: Sequence[str],
    *,
    allow_empty: bool = True,
    in_transaction: bool = False,
) -> int:
    """Delete the rows whose keys appear in `frame`, then insert `frame`, atomically.

    With `in_transaction=True` the caller owns begin/commit (several tables in one publish).
    """
    if frame.is_empty() and not allow_empty:
        raise EmptyBatchError(f"refusing an empty batch for {table}")
    if frame.is_empty():
        return 0
    cols = [c for c in _columns(con, table) if c in frame.columns]
    names = ", ".join(cols)
    match = " and ".join(f"t.{k} is not distinct from k.{k}" for k in keys)
    con.register("_veille_keys", frame.select(list(keys)).unique().to_arrow())
    con.register("_veille_batch", frame.select(cols).to_arrow())
    try:
        if not in_transaction:
            con.execute("begin transaction")
        try:
            con.execute(
                f"delete from {table} t where exists (select 1 from _veille_keys k where {match})"
            )
            con.execute(f"insert into {table} ({names}) select {names} from _veille_batch")
            if not in_transaction:
                con.execute("commit")
        except Exception:
            if not in_transaction:
                con.execute("rollback")
            raise
    finally:
        _unregister(con, "_veille_keys")
        _unregister(con, "_veille_batch")
    return frame.height


def read_frame(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
) -> pl.DataFrame:
    """Run a query and return a polars frame (through Arrow, no row-by-row copy)."""
    table = con.sql(sql, params=params or None).to_arrow_table()
    return pl.DataFrame(pl.from_arrow(table))
