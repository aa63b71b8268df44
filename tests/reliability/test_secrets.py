"""The API key never lands anywhere: warehouse, snapshot, exports, Data Docs, dashboard, brief,
logs, Prefect's records. The provider is hostile on purpose: its errors quote the key it was
sent (an echoed `Authorization` header, as some real providers do in part) and its model
leaks the key into an answer.

`veille run` (the real CLI, flow and Prefect server) runs with a unique canary key against
the loopback fake LLM; then `veille brief` and `veille export` run on the result. Every file
under the run's folder is scanned: DuckDB and Parquet files through a full dump of every
table, the others as bytes; so are the commands' outputs and Prefect's logs, runs and
artifacts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.reliability.crashkit import base_env
from tests.reliability.providers import LeakyProvider

pytestmark = pytest.mark.slow


def _dump_duckdb(path: Path) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name ="
            " current_database()"
        ).fetchall()
        parts = [
            repr(con.execute(f'select * from "{schema}"."{table}"').fetchall())
            for schema, table in tables
        ]
    return "\n".join(parts)


def _dump(path: Path) -> str:
    head = path.read_bytes()[:8]
    if head[:4] == b"PAR1":
        with duckdb.connect() as con:
            return repr(con.execute("select * from read_parquet(?)", [str(path)]).fetchall())
    if path.suffix == ".duckdb" or head[:8] == b"\x00" * 8:  # DuckDB files start with zeros
        try:
            return _dump_duckdb(path)
        except duckdb.Error:
            pass
    return path.read_bytes().decode("utf-8", errors="replace")


def _prefect_records() -> str:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        records: list[Any] = [
            *client.read_logs(limit=200),
            *client.read_flow_runs(limit=200),
            *client.read_task_runs(limit=200),
            *client.read_artifacts(limit=200),
        ]
    return "\n".join(r.model_dump_json() for r in records)


def test_the_api_key_is_nowhere(tmp_path: Path, shared_dir: Path, prefect_harness: None) -> None:
    from prefect.settings import PREFECT_API_URL

    canary = f"sk-veille-canary-{uuid.uuid4().hex}"
    articles = shared_dir / "eval" / "dev" / "articles.jsonl"
    titles = [json.loads(line)["title"] for line in articles.read_text().splitlines() if line]
    work = tmp_path / "run"
    work.mkdir()
    warehouse = work / "w.duckdb"
    llm = LeakyProvider(*titles[:3])
    with llm:
        env = base_env(
            {
                "VEILLE_LLM_API_KEY": canary,
                "VEILLE_LLM_MODEL": "openai/fake-secret",
                "VEILLE_LLM_API_BASE": llm.base_url,
                "VEILLE_LLM_MAX_RETRIES": "2",
                "VEILLE_WAREHOUSE": str(warehouse),
                "VEILLE_BRIEF_DIR": str(work / "briefs"),
                "PREFECT_API_URL": str(PREFECT_API_URL.value()),
                "PREFECT_HOME": str(work / "prefect-home"),
                "PREFECT_LOGGING_LEVEL": "INFO",
            }
        )
        commands = [
            ["run", "--input", str(articles)],
            ["brief", "--date", "2026-03-17"],
            ["export", str(work / "export"), "--format", "parquet"],
            ["export", str(work / "export-csv"), "--format", "csv"],
        ]
        outputs = []
        for command in commands:
            proc = subprocess.run(
                [sys.executable, "-m", "veille.cli", *command],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert proc.returncode == 0, (command, proc.stderr[-3000:])
            outputs += [proc.stdout, proc.stderr]
    # the test can fail: the key was really sent, and really echoed back
    assert f"Bearer {canary}" in llm.auth_headers
    assert llm.echoed >= 2
    with duckdb.connect(str(warehouse), read_only=True) as con:
        errors = [r[0] for r in con.execute("select error from ops.llm_calls").fetchall() if r[0]]
        reasons = [
            r[0]
            for r in con.execute(
                "select error from staging.enrichments where status = 'quarantined'"
            ).fetchall()
        ]
    assert any("[redacted]" in e for e in errors), errors
    assert any("[redacted]" in r for r in reasons), reasons

    files = [p for p in work.rglob("*") if p.is_file()]
    kinds = {p.suffix for p in files}
    assert {".duckdb", ".parquet", ".csv", ".html", ".md"} <= kinds, kinds
    leaks = [str(p.relative_to(work)) for p in files if canary in _dump(p)]
    leaks += [f"command output {i}" for i, out in enumerate(outputs) if canary in out]
    if canary in _prefect_records():
        leaks.append("Prefect logs, runs or artifacts")
    assert leaks == []
    print(f"\nscanned {len(files)} files, {len(outputs)} outputs and Prefect's records: no key")
