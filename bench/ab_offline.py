"""A/B throughput of two checkouts of the offline engine, interleaved round by round.

Usage (from anywhere):
    python bench/ab_offline.py --a /work/main --b /work/wt/my-branch [--rounds 40]

Why: on a shared machine two `bench_offline.py` runs minutes apart differ by 10-20 %
(session 10: 163 to 213 articles/s for the same code). Here two warm worker processes, one
per checkout (each imports its own `veille` through PYTHONPATH), enrich the benchmark's
corpus one round each, in turn (A B, B A, ...), so that the box's drift hits both alike.
Prints articles per second of CPU for each and the speed-up of B over A (total, and the
median and quartiles of the per-round ratios). Run it under `flock /work/wt/bench.lock`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_WORKER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from bench.bench_offline import corpus
from veille.offline.engine import enrich
articles = corpus()
for a in articles:
    enrich(a)
print(len(articles), flush=True)
for line in sys.stdin:
    started = time.process_time()
    for _ in range(int(line)):
        for a in articles:
            enrich(a)
    print(time.process_time() - started, flush=True)
"""


def _start(root: Path) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    cmd = [sys.executable, "-c", _WORKER, str(root)]
    proc = subprocess.Popen(
        cmd, cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    return proc, int(proc.stdout.readline())


def _round(proc: subprocess.Popen[str]) -> float:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("1\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--a", type=Path, required=True, help="checkout A (the reference)")
    ap.add_argument("--b", type=Path, required=True, help="checkout B")
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    (a, n), (b, _) = _start(args.a.resolve()), _start(args.b.resolve())
    times = {id(a): 0.0, id(b): 0.0}
    ratios = []
    for i in range(args.rounds):
        last = {}
        for proc in (a, b) if i % 2 == 0 else (b, a):
            last[id(proc)] = _round(proc)
            times[id(proc)] += last[id(proc)]
        ratios.append(last[id(a)] / last[id(b)])
    for proc in (a, b):
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    ratios.sort()
    r, total = args.rounds, args.rounds * n
    print(
        f"{r} rounds of {n} articles each: A {total / times[id(a)]:.0f} articles/s,"
        f" B {total / times[id(b)]:.0f} articles/s of CPU; B/A {times[id(a)] / times[id(b)]:.3f}"
        f" (per round: median {ratios[r // 2]:.3f}, quartiles {ratios[r // 4]:.3f}"
        f"-{ratios[3 * r // 4]:.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
