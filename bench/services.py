"""The benchmark's loopback services, each in its own process, and a memory sampler.

Every service prints its base URL on its first stdout line once it is ready; the harness
reads it, and stops the process by its pid (SIGTERM, then SIGKILL) when done, collecting what
it printed on stderr (its counters). Nothing here listens beyond 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def bench_env(**extra: str) -> dict[str, str]:
    """This checkout on PYTHONPATH (subprocesses import our code, not an installed copy)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    env.setdefault("GX_ANALYTICS_ENABLED", "False")
    env.update(extra)
    return env


@dataclass
class Service:
    name: str
    proc: subprocess.Popen[str]
    url: str
    counters: dict[str, Any] = field(default_factory=dict)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        for line in reversed((err or "").strip().splitlines()):
            with contextlib.suppress(ValueError):
                self.counters = json.loads(line)
                break


def start(name: str, args: Sequence[str], env: dict[str, str], timeout: float = 120) -> Service:
    proc = subprocess.Popen(
        [sys.executable, "-m", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None
    ready: list[str] = []
    reader = threading.Thread(target=lambda: ready.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not ready or not ready[0].strip():
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"{name} did not start: {err[-2000:]}")
    return Service(name, proc, ready[0].strip())


@contextlib.contextmanager
def running(services: list[Service]) -> Iterator[list[Service]]:
    try:
        yield services
    finally:
        for service in reversed(services):
            service.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prefect_server(home: Path, timeout: float = 180) -> tuple[subprocess.Popen[bytes], str]:
    """A Prefect server on loopback with its own SQLite database under `home`."""
    port = free_port()
    env = bench_env(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="False",
        PREFECT_SERVER_UI_ENABLED="False",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host",
         "127.0.0.1", "--port", str(port), "--no-ui", "--analytics-off"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=home,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited: see {home / 'server.log'}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/health", timeout=2) as answer,
        ):
            if answer.status == 200:
                return proc, url
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError("prefect server did not become healthy")


class MemorySampler:
    """Peak RSS of a process plus its descendants (sum), sampled every `every` seconds."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every = pid, every
        self.peak = 0
        self.samples: list[tuple[float, int]] = []  # (unix time, tree RSS bytes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        import psutil

        with contextlib.suppress(psutil.NoSuchProcess):
            root = psutil.Process(self.pid)
            while not self._stop.is_set():
                total = 0
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                        total += proc.memory_info().rss
                self.peak = max(self.peak, total)
                self.samples.append((time.time(), total))
                self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
