"""prefect.yaml deploys for real: a Prefect server on 127.0.0.1, `prefect deploy --all`, the
hourly deployment triggered, a process worker run once, curated rows in the warehouse.

The server is the session's `prefect_harness` (a real HTTP API on 127.0.0.1 that the CLI
reaches through PREFECT_API_URL); the CLI runs with its own empty PREFECT_HOME.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _prefect(args: list[str], env: dict[str, str], timeout: float) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "prefect", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_deploy_trigger_and_run_the_hourly_deployment(
    prefect_harness: None, tmp_path: Path, shared_dir: Path
) -> None:
    from prefect import get_client
    from prefect.settings import PREFECT_API_URL

    sources = tmp_path / "sources.yaml"
    sources.write_text(f"files:\n  - {shared_dir / 'eval' / 'dev' / 'articles.jsonl'}\n")
    warehouse = tmp_path / "data" / "veille.duckdb"
    env = {
        **os.environ,
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PYTHONPATH": str(ROOT),
        "VEILLE_WAREHOUSE": str(warehouse),
        "VEILLE_SOURCES_FILE": str(sources),
    }
    _prefect(["work-pool", "create", "veille-process", "--type", "process", "--overwrite"], env, 60)
    deployed = _prefect(["--no-prompt", "deploy", "--all"], env, 120)
    for name in (
        "veille-pipeline/hourly",
        "veille-daily-brief/daily-brief",
        "veille-backfill/backfill",
    ):
        assert f"Deployment '{name}' successfully created" in deployed.replace("\n", "")

    with get_client(sync_client=True) as client:
        hourly = client.read_deployment_by_name("veille-pipeline/hourly")
        assert hourly.pull_steps == [
            {"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}
        ]
        assert hourly.work_queue_name == "writers" and hourly.parameters == {"full_refresh": False}
        flow_run = client.create_flow_run_from_deployment(hourly.id)

    _prefect(
        ["worker", "start", "--pool", "veille-process", "--work-queue", "writers", "--run-once"],
        env,
        240,
    )
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(flow_run.id).state
    assert state is not None and state.is_completed(), state
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (articles,) = con.execute("select count(*) from curated.articles").fetchall()[0]
        (run,) = con.execute(
            "select flow_run_id from ops.runs where status = 'completed'"
        ).fetchall()[0]
    assert articles == 12
    assert run == str(flow_run.id)
