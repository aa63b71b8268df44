"""The crash-point helper: parsing, determinism, zero cost when unarmed, hidden setting."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from veille import faults
from veille.settings import Settings

REPO = Path(__file__).resolve().parents[2]
_CALL = re.compile(r"""\bcheckpoint\(\s*["']([\w.]+)["']\s*\)""")


@pytest.fixture(autouse=True)
def disarmed() -> Iterator[None]:
    faults.arm(None)
    yield
    faults.arm(None)


def _child(spec: str, calls: int) -> subprocess.Popen[str]:
    code = (
        "import sys\nfrom veille import faults\n"
        f"faults.arm({spec!r})\n"
        f"for i in range({calls}):\n"
        "    faults.checkpoint('other.point')\n"
        "    faults.checkpoint('demo.point')\n"
        "    print(i, flush=True)\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("spec", "point"),
    [
        ("ingest.batch_landed:2", faults.FaultPoint("ingest.batch_landed", 2, "kill")),
        ("publish.before_commit:1:stop", faults.FaultPoint("publish.before_commit", 1, "stop")),
        (" x:7 ", faults.FaultPoint("x", 7, "kill")),
    ],
)
def test_parse(spec: str, point: faults.FaultPoint) -> None:
    assert faults.parse(spec) == point


@pytest.mark.parametrize("spec", ["x", "x:0", "x:-1", "x:two", ":3", "x:1:explode", "a:1:kill:2"])
def test_parse_refuses(spec: str) -> None:
    with pytest.raises(faults.FaultSpecError):
        faults.parse(spec)


def test_kills_on_the_nth_time_exactly() -> None:
    proc = _child("demo.point:3", calls=10)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert out.split() == ["0", "1"]  # the third call never returned


def test_other_points_and_unarmed_processes_run_through() -> None:
    proc = _child("elsewhere:1", calls=5)
    out, _ = proc.communicate(timeout=30)
    assert (proc.returncode, out.split()) == (0, ["0", "1", "2", "3", "4"])


def test_stop_freezes_the_process_until_continued() -> None:
    proc = _child("demo.point:2:stop", calls=3)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "0"
    _, status = os.waitpid(proc.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status) and os.WSTOPSIG(status) == signal.SIGSTOP
    os.kill(proc.pid, signal.SIGCONT)
    out, _ = proc.communicate(timeout=30)
    assert (proc.returncode, out.split()) == (0, ["1", "2"])


def test_unarmed_checkpoint_costs_next_to_nothing() -> None:
    calls = 200_000
    started = time.perf_counter()
    for _ in range(calls):
        faults.checkpoint("ingest.batch_landed")
    per_call = (time.perf_counter() - started) / calls
    assert per_call < 2e-6, f"{per_call * 1e9:.0f} ns per unarmed checkpoint"


def test_the_setting_is_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VEILLE_FAULT_POINT", "publish.rebuilt:1")
    settings = Settings()
    assert settings.fault_point == "publish.rebuilt:1"
    assert "publish.rebuilt" not in repr(settings)
    assert "fault_point" not in settings.model_dump()
    assert faults.armed() is None  # reading settings arms nothing: only entry points do


def test_every_checkpoint_in_the_code_is_documented() -> None:
    """docs/reliability.md lists every crash point: a new one must be documented (and used)."""
    names = set()
    for folder in ("veille", "tasks", "warehouse", "flows"):
        for path in (REPO / folder).rglob("*.py"):
            names |= set(_CALL.findall(path.read_text(encoding="utf-8")))
    assert len(names) >= 14
    doc = (REPO / "docs" / "reliability.md").read_text(encoding="utf-8")
    missing = sorted(n for n in names if f"`{n}`" not in doc)
    assert not missing, f"crash points missing from docs/reliability.md: {missing}"
