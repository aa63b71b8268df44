"""`python -m bench` end to end on 50 articles: the harness runs, no timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_llm_scenario_runs_end_to_end_and_the_rerun_calls_nothing(
    prefect_harness: None, tmp_path: Path
) -> None:
    from prefect.settings import PREFECT_API_URL

    out, doc = tmp_path / "out", tmp_path / "benchmarks.md"
    cmd = [sys.executable, "-m", "bench", "--out", str(out), "--doc", str(doc)]
    cmd += ["--prefect-api", str(PREFECT_API_URL.value())]
    cmd += ["pipeline", "--name", "llm", "--n", "50", "--engine", "llm", "--latency", "0.01"]
    cmd += ["--runner", "thread"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((out / "llm.json").read_text())
    first, rerun = result["runs"]["first"], result["runs"]["rerun"]
    staged = first["tables"]["staging.articles"]
    assert 40 <= staged <= 50  # exact republications are dropped
    assert first["llm_calls"] == staged and first["enriched"] == staged
    assert result["services"]["llm"]["misses"] == 0  # every prompt found its precomputed answer
    assert rerun["llm_calls"] == 0 and rerun["ingest_new"] == 0
    assert {"ingest", "stage", "enrich", "publish"} <= set(first["stage_wall_s"])
    assert first["peak_rss_mb"] > 0 and first["task_runs"] > 5
    report = subprocess.run(
        [sys.executable, "-m", "bench", "--out", str(out), "--doc", str(doc), "report"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr[-3000:]
    assert "| stage |" in doc.read_text()
