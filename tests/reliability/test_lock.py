"""One writer per warehouse: a second writer stops at once, by name, and a killed one frees it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from warehouse.connection import connect
from warehouse.lock import WarehouseBusy, holds_lock, lock_path, writer_lock

REPO = Path(__file__).resolve().parents[2]
_HOLD = """
import sys, time
from warehouse.lock import writer_lock
with writer_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(warehouse: Path, seconds: float = 60) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(warehouse), str(seconds)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    warehouse = tmp_path / "w.duckdb"
    proc = _holder(warehouse)
    yield warehouse, proc
    proc.kill()
    proc.wait(10)


def test_reentrant_in_one_process(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with writer_lock(warehouse):
        with writer_lock(str(warehouse)):  # the CLI takes it, then the flow it runs
            assert holds_lock(warehouse)
        assert holds_lock(warehouse)
    assert not holds_lock(warehouse)
    assert lock_path(warehouse) == tmp_path / "w.duckdb.lock"


def test_in_memory_is_not_locked() -> None:
    with writer_lock(":memory:"):
        assert not holds_lock(":memory:")


def test_second_writer_is_refused_by_name(held: tuple[Path, subprocess.Popen[str]]) -> None:
    warehouse, proc = held
    started = time.monotonic()
    with pytest.raises(WarehouseBusy) as caught, writer_lock(warehouse):
        pass
    assert time.monotonic() - started < 1  # at once, not after a timeout
    message = str(caught.value)
    assert f"pid {proc.pid}" in message and str(warehouse) in message
    assert "nothing was changed" in message


def test_sigkill_frees_the_lock_at_once(held: tuple[Path, subprocess.Popen[str]]) -> None:
    warehouse, proc = held
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    with writer_lock(warehouse):  # no stale lock, no pid guessing: the kernel released it
        assert holds_lock(warehouse)
    assert lock_path(warehouse).exists()  # the file stays; only the flock matters


def test_wait_takes_the_lock_once_released(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    proc = _holder(warehouse, seconds=0.5)
    with writer_lock(warehouse, wait_s=30):
        assert holds_lock(warehouse)
    proc.wait(10)


@pytest.mark.parametrize(
    "command",
    [
        ["ingest", "--input", "{input}"],
        ["validate", "--no-docs"],
        ["publish"],
        ["eval", "--compare"],
    ],
)
def test_every_writing_command_takes_the_lock(
    held: tuple[Path, subprocess.Popen[str]],
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    shared_dir: Path,
) -> None:
    warehouse, proc = held
    monkeypatch.chdir(warehouse.parent)
    monkeypatch.setenv("VEILLE_WAREHOUSE", str(warehouse))
    args = [a.format(input=shared_dir / "seed" / "article.jsonl") for a in command]
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, WarehouseBusy), result.output
    assert f"pid {proc.pid}" in str(result.exception)
    assert not warehouse.exists()  # refused before DuckDB created or touched anything


def test_cli_exits_75_with_the_message(held: tuple[Path, subprocess.Popen[str]]) -> None:
    warehouse, proc = held
    connect(warehouse).close()
    before = warehouse.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "veille.cli", "publish"],
        cwd=warehouse.parent,
        env={**os.environ, "PYTHONPATH": str(REPO), "VEILLE_WAREHOUSE": str(warehouse)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 75, result.stderr
    assert "Warehouse busy" in result.stderr and f"pid {proc.pid}" in result.stderr
    assert "Traceback" not in result.stderr
    assert warehouse.read_bytes() == before


@pytest.mark.slow
def test_a_second_run_during_a_run_is_refused_and_harms_nothing(
    tmp_path: Path, shared_dir: Path, prefect_harness: None
) -> None:
    """The first `veille run` is frozen mid-enrich (SIGSTOP, lock held), a second one starts."""
    from prefect.settings import PREFECT_API_URL

    from tests.reliability.crashkit import base_env, curated_urls

    warehouse = tmp_path / "w.duckdb"
    articles = shared_dir / "eval" / "dev" / "articles.jsonl"
    env = base_env(
        {
            "PREFECT_API_URL": str(PREFECT_API_URL.value()),
            "PREFECT_HOME": str(tmp_path / "prefect-home"),
        }
    )
    command = [sys.executable, "-m", "veille.cli", "run", "--input", str(articles)]
    command += ["--warehouse", str(warehouse)]
    first = subprocess.Popen(
        command,
        cwd=tmp_path,
        env={**env, "VEILLE_FAULT_POINT": "enrich.article_answered:1:stop"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, status = os.waitpid(first.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), "the first run ended before it reached enrich"
        started = time.monotonic()
        second = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert second.returncode == 75, second.stderr[-2000:]
        assert f"pid {first.pid}" in second.stderr, second.stderr[-2000:]
        print(f"\nsecond run refused in {time.monotonic() - started:.1f}s (process start included)")
    finally:
        os.kill(first.pid, signal.SIGCONT)
    _, err = first.communicate(timeout=180)
    assert first.returncode == 0, err[-3000:]
    urls = {json.loads(line)["url"] for line in articles.read_text().splitlines() if line}
    assert curated_urls(warehouse) == urls
