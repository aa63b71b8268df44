"""bench_llm's fake LLM server in its own process, and the timeline read from its spans."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class ServerProcess:
    """bench.llm_server in its own process (no GIL shared with the client); its counters
    (requests, misses, max_in_flight) are read from stderr when it stops."""

    def __init__(self, latency: float, brain: str, answers: Path) -> None:
        cmd = [sys.executable, "-m", "bench.llm_server", "--answers", str(answers)]
        cmd += ["--latency", str(latency), "--brain", brain]
        self.proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.proc.stdout is not None
        self.base = self.proc.stdout.readline().strip()
        if not self.base.startswith("http"):
            self.proc.kill()
            raise RuntimeError(f"fake LLM server did not start: {self.proc.communicate()[1]}")

    def cpu(self) -> float:
        return _proc_cpu(self.proc.pid)

    def stop(self) -> dict[str, object]:
        self.proc.terminate()
        _, err = self.proc.communicate(timeout=10)
        for line in reversed(err.strip().splitlines()):
            if line.startswith("{"):
                counters: dict[str, object] = json.loads(line)
                return counters
        return {}


def occupancy(spans: list[list[float]], window: list[float], concurrency: int) -> dict[str, float]:
    """Where the timed run's wall time went, from the server's side: seconds before its first
    request arrived and after its last answer left, and the share of the C slots busy in
    between (1.0 = a request always waiting at every slot)."""
    start, end = window
    inside = [(a, b) for a, b in spans if a >= start and b <= end]
    if not inside:
        return {}
    first, last = min(a for a, _ in inside), max(b for _, b in inside)
    busy = sum(b - a for a, b in inside)
    return {
        "before_first_request_s": round(first - start, 3),
        "after_last_answer_s": round(end - last, 3),
        "slot_occupancy_between": round(busy / (concurrency * (last - first)), 4),
        "mean_server_latency_s": round(busy / len(inside), 4),
    }


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
