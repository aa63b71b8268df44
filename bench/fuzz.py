"""Fuzz the hostile-input paths for minutes: HTML extraction, feeds, sitemaps, gunzip, money.

    /work/main/.venv/bin/python -m bench.fuzz --minutes 10 [--targets html,feed] [--json out]

The time is shared between the targets (tests/reliability/fuzzing.py). Each target runs in its
own worker process under an address-space limit, feeding hypothesis-generated inputs in rounds
of fresh random seeds until its time is up. The worker saves each input before trying it, so a
crash (segfault, abort) or a hang (no progress for --hang-s; the parent kills the worker) is
reported with the input that caused it, saved under bench/out/. An input that raises anything
but the target's documented exceptions, or breaks an invariant, is a finding too (hypothesis
shrinks it first). The extreme inputs (10 MB pages, bombs, deep nesting) run once at the end.

Writes a JSON report (default bench/out/fuzz.json): per target the inputs tried, inputs per
second, outcomes, the slowest input, peak memory and the findings.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
ROUND = 200  # examples per hypothesis round (a new random seed each round)


def _save(path: Path, value: Any) -> None:
    data = value if isinstance(value, bytes) else repr(value).encode("utf-8", "replace")
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _run_rounds(
    one: Callable[[], None], seconds: float, progress: Callable[[], int]
) -> tuple[list[str], float]:
    """Hypothesis rounds until `seconds` pass; each distinct (shrunk) failure is one finding."""
    from hypothesis import seed

    findings: list[str] = []
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < seconds:
        try:
            seed(rounds * 7919 + os.getpid())(one)()
        except Exception as exc:  # a finding, already shrunk by hypothesis
            notes = "\n".join(getattr(exc, "__notes__", []))
            finding = f"{type(exc).__name__}: {str(exc)[:300]}\n{notes[:1500]}"
            if finding not in findings:  # later rounds find the same minimal example again
                findings.append(finding)
        rounds += 1
        print(json.dumps({"progress": progress()}), flush=True)
    return findings, time.monotonic() - started


def worker(name: str, seconds: float, state: Path, memory_mb: int) -> dict[str, Any]:
    """Fuzz one target for `seconds`; print progress lines, return the summary."""
    from hypothesis import HealthCheck, given, settings

    from tests.reliability.fuzzing import TARGETS, attempt, peak_rss_mb

    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, resource.RLIM_INFINITY))
    target = TARGETS[name]
    outcomes: Counter[str] = Counter()
    slowest = {"seconds": 0.0, "size": 0}
    current = state / f"{name}.current"

    @settings(
        max_examples=ROUND,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(target.strategy())
    def one(value: Any) -> None:
        _save(current, value)
        started = time.perf_counter()
        outcomes[attempt(target, value)] += 1
        elapsed = time.perf_counter() - started
        if elapsed > slowest["seconds"]:
            size = len(value[0] if isinstance(value, tuple) else value)
            slowest.update(seconds=round(elapsed, 4), size=size)

    findings, elapsed = _run_rounds(one, seconds, lambda: sum(outcomes.values()))
    tried = sum(outcomes.values())
    return {
        "target": name,
        "seconds": round(elapsed, 1),
        "inputs": tried,
        "inputs_per_s": round(tried / elapsed, 1),
        "outcomes": dict(outcomes),
        "slowest_input": slowest,
        "peak_rss_mb": round(peak_rss_mb()),
        "findings": findings,
    }


def supervise(name: str, seconds: float, memory_mb: int, hang_s: float) -> dict[str, Any]:
    """Run one worker; turn a crash or a hang into a finding with the input that caused it."""
    state = OUT / "fuzz-state"
    state.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "bench.fuzz", "--worker", name, "--seconds", str(seconds)]
    command += ["--memory-mb", str(memory_mb)]
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    last = [time.monotonic()]

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            last[0] = time.monotonic()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while proc.poll() is None:
        if time.monotonic() - last[0] > hang_s:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return _lost(name, state, f"hang: no progress for {hang_s:.0f}s")
        time.sleep(0.2)
    reader.join(10)
    summary = next((json.loads(x) for x in lines if x.startswith('{"target"')), None)
    if proc.returncode != 0 or summary is None:
        return _lost(name, state, f"worker died: exit {proc.returncode}")
    return summary


def _lost(name: str, state: Path, why: str) -> dict[str, Any]:
    current = state / f"{name}.current"
    kept = OUT / f"fuzz-{name}-{int(time.time())}.input"
    if current.exists():
        os.replace(current, kept)
    return {"target": name, "findings": [f"{why}; input saved to {kept}"]}


def extremes(memory_mb: int) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reliability.fuzzing", "extremes", str(memory_mb)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if proc.returncode != 0:
        return [{"name": "extremes", "outcome": f"worker died: {proc.stderr[-500:]}"}]
    results: list[dict[str, Any]] = json.loads(proc.stdout)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--targets", default="html,feed,sitemap,gunzip,money")
    parser.add_argument("--memory-mb", type=int, default=2048)
    parser.add_argument("--hang-s", type=float, default=60.0)
    parser.add_argument("--json", type=Path, default=OUT / "fuzz.json")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        state = OUT / "fuzz-state"
        print(json.dumps(worker(args.worker, args.seconds, state, args.memory_mb)), flush=True)
        return
    names = [n for n in args.targets.split(",") if n]
    share = args.minutes * 60 / len(names)
    report = {
        "minutes": args.minutes,
        "targets": [supervise(n, share, args.memory_mb, args.hang_s) for n in names],
        "extremes": extremes(args.memory_mb),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    for t in report["targets"]:
        print(
            f"{t['target']:8} {t.get('inputs', 0):>8} inputs {t.get('inputs_per_s', 0):>8}/s"
            f"  slowest {t.get('slowest_input', {}).get('seconds', '?')}s"
            f"  peak {t.get('peak_rss_mb', '?')} MB  findings {len(t['findings'])}"
        )
    worst = max(report["extremes"], key=lambda r: r.get("seconds", 0))
    odd = [r for r in report["extremes"] if str(r.get("outcome", "")).startswith(("UNDOC", "w"))]
    print(
        f"extremes: {len(report['extremes'])} inputs, slowest {worst.get('name')}"
        f" {worst.get('seconds')}s, findings {len(odd)}; report {args.json}"
    )


if __name__ == "__main__":
    main()
