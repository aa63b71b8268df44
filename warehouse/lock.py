"""One writer per warehouse: an advisory lock on a file beside it, held for a whole command.

Why: DuckDB locks the database file only while a connection is open, and the flow opens one
connection per task. Two runs would interleave their writes between tasks, and the unlucky one
would die with DuckDB's bare "Could not set lock on file" IO error in the middle of a stage.
Every writing entry point (`veille run` and the flow, `ingest`, `validate`, `publish`, `eval`'s
history) takes this lock first, so a second writer stops at once, before touching anything,
with a message naming the holder.

Decisions:
- `fcntl.flock` on `<warehouse>.lock`, exclusive and non-blocking: the kernel releases it when
  the holder's process ends, however it ends (SIGKILL, OOM, power cut), so a crash never leaves
  a stale lock and nobody guesses whether a pid is still alive. The file's existence means
  nothing; it is never deleted (unlinking it would let a third process lock a new inode while
  a second one still holds the old one).
- The holder writes its pid, command and start time into the file, only to name it in the
  error. The descriptor is not inherited by child processes (Python's default), so a helper
  process can never keep a dead writer's lock alive.
- Re-entrant within one process (the CLI takes it, then the flow it calls takes it again): a
  count per path. Two flocks through two descriptors in one process would block each other.
  Threads of one process share it, on purpose: Prefect runs tasks in worker threads.
- `wait_s` > 0 polls until the lock frees or the time is up; the default fails at once.
- An in-memory warehouse has nobody to share with: no lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

MEMORY = ":memory:"
POLL_S = 0.1
_HELD: dict[Path, list[int]] = {}  # lock path -> [fd, depth]
_GUARD = threading.Lock()


class WarehouseBusy(RuntimeError):
    """Another process is writing this warehouse; nothing was changed by the caller."""

    def __init__(self, warehouse: Path, holder: str) -> None:
        self.warehouse = warehouse
        self.holder = holder
        super().__init__(
            f"the warehouse {warehouse} is being written by another veille process ({holder});"
            " nothing was changed. Wait for it to finish, or stop it, then run this again."
        )


def lock_path(warehouse: str | Path) -> Path:
    target = Path(warehouse).resolve()
    return target.with_name(target.name + ".lock")


def describe_holder(path: Path) -> str:
    """`pid 123, veille run, since 2026-01-01T07:00:00Z` from the lock file, as best we can."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict) or "pid" not in info:
        return "pid unknown"
    return f"pid {info['pid']}, {info.get('command', '?')}, since {info.get('started_at', '?')}"


def _stamp(fd: int) -> None:
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:2]]) if sys.argv else "python"
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = json.dumps({"pid": os.getpid(), "command": command, "started_at": started})
    os.ftruncate(fd, 0)
    os.pwrite(fd, body.encode("utf-8"), 0)


def _acquire(path: Path, wait_s: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() < deadline:
                time.sleep(POLL_S)
                continue
            os.close(fd)
            raise WarehouseBusy(path.with_suffix(""), describe_holder(path)) from None
        except BaseException:
            os.close(fd)
            raise
        _stamp(fd)
        return fd


def _release(path: Path) -> None:
    with _GUARD:
        held = _HELD[path]
        held[1] -= 1
        if held[1]:
            return
        del _HELD[path]
    os.ftruncate(held[0], 0)  # the next reader of a stale file sees "pid unknown", not us
    fcntl.flock(held[0], fcntl.LOCK_UN)
    os.close(held[0])


@contextmanager
def writer_lock(warehouse: str | Path, *, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's writer lock for the block; raises WarehouseBusy (see docstring)."""
    if str(warehouse) == MEMORY:
        yield
        return
    path = lock_path(warehouse)
    with _GUARD:  # held while acquiring: two threads never both take the first turn
        held = _HELD.get(path)
        if held is not None:
            held[1] += 1
        else:
            _HELD[path] = [_acquire(path, wait_s), 1]
    try:
        yield
    finally:
        _release(path)


def holds_lock(warehouse: str | Path) -> bool:
    """Whether this process holds the warehouse's writer lock (for assertions and tests)."""
    with _GUARD:
        return lock_path(warehouse) in _HELD
