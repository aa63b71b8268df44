"""Deterministic crash points for the reliability tests.

`checkpoint(name)` marks a place where a crash must leave the warehouse consistent: a stage
boundary, a batch landed, a ledger flush, just before or after a commit or a rename. It does
nothing unless the process was armed with `arm("<name>:<n>")` (the CLI does it from the hidden
setting `VEILLE_FAULT_POINT`), and then it sends SIGKILL to its own process the n-th time that
point is reached: no `finally`, no atexit, no flush, exactly like the OOM killer or a power cut.

Decisions:
- Zero cost when unarmed: one global read and a `None` test per call (no environment read,
  no lock, no counter). Modules never read the environment: only entry points arm.
- Deterministic: points are counted, not timed, so a test names the exact moment it kills
  ("the 2nd raw batch landed", "after the publish commit") and reproduces it every run.
- `:stop` instead of killing freezes the process with SIGSTOP (it keeps its locks): a test
  uses it to hold a run at a known point while it starts a second one.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import Counter
from dataclasses import dataclass

ACTIONS = {"kill": signal.SIGKILL, "stop": signal.SIGSTOP}


class FaultSpecError(ValueError):
    """VEILLE_FAULT_POINT is not `<name>:<n>` or `<name>:<n>:kill|stop`."""


@dataclass(frozen=True)
class FaultPoint:
    name: str
    nth: int
    action: str = "kill"


def parse(spec: str) -> FaultPoint:
    """`ingest.batch_landed:2` -> FaultPoint('ingest.batch_landed', 2, 'kill')."""
    parts = spec.strip().split(":")
    if len(parts) not in (2, 3) or not parts[0]:
        raise FaultSpecError(f"fault point {spec!r}: expected <name>:<n>[:kill|stop]")
    action = parts[2] if len(parts) == 3 else "kill"
    if action not in ACTIONS:
        raise FaultSpecError(f"fault point {spec!r}: action must be one of {sorted(ACTIONS)}")
    try:
        nth = int(parts[1])
    except ValueError as exc:
        raise FaultSpecError(f"fault point {spec!r}: {parts[1]!r} is not a count") from exc
    if nth < 1:
        raise FaultSpecError(f"fault point {spec!r}: the count starts at 1")
    return FaultPoint(parts[0], nth, action)


class _Armed:
    def __init__(self, point: FaultPoint) -> None:
        self.point = point
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()

    def reach(self, name: str) -> None:
        if name != self.point.name:
            return
        with self.lock:
            self.seen[name] += 1
            hit = self.seen[name] == self.point.nth
        if hit:
            os.kill(os.getpid(), ACTIONS[self.point.action])


class _Process:
    armed: _Armed | None = None


_PROCESS = _Process()


def arm(spec: str | None) -> FaultPoint | None:
    """Arm this process (None or '' disarms). Called once, at an entry point."""
    point = parse(spec) if spec else None
    _PROCESS.armed = _Armed(point) if point else None
    return point


def armed() -> FaultPoint | None:
    return _PROCESS.armed.point if _PROCESS.armed else None


def checkpoint(name: str) -> None:
    """A named crash point (see module docstring); a no-op unless armed for `name`."""
    if _PROCESS.armed is not None:
        _PROCESS.armed.reach(name)
