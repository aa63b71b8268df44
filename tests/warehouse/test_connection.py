from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.connection import MigrationError, _migrations, connect, migrate


def test_migrations_are_recorded_once(con):
    versions = [r[0] for r in con.execute("select version from ops.schema_migrations").fetchall()]
    assert versions == sorted(v for v, _, _ in _migrations())
    assert migrate(con) == []  # applying again is a no-op


def test_all_layers_exist(con):
    schemas = {
        r[0] for r in con.execute("select schema_name from information_schema.schemata").fetchall()
    }
    assert {"raw", "staging", "curated", "quality", "ops"} <= schemas


def test_changed_migration_is_refused(con):
    con.execute("update ops.schema_migrations set checksum = 'x' where version = 1")
    with pytest.raises(MigrationError, match=r"001_schemas\.sql"):
        migrate(con)


def test_file_warehouse_survives_reopen(tmp_path: Path):
    path = tmp_path / "nested" / "w.duckdb"
    first = connect(path)
    first.execute(
        "insert into ops.runs (run_id, flow, started_at, status) "
        "values ('r1', 'f', now(), 'running')"
    )
    first.close()
    again = connect(path)
    assert again.execute("select count(*) from ops.runs").fetchone() == (1,)
    again.close()
