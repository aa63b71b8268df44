"""Prefect's own cost per task run: a flow of no-op tasks against the benchmark's server.

`python -m bench.prefect_overhead --n 200` (with PREFECT_API_URL set) prints the mean wall
time of one task run (create, state round trips, result), which times a flow's task-run count
gives Prefect's share without the time of the work itself.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence

from prefect import flow, task
from prefect.cache_policies import NO_CACHE


@task(name="noop", cache_policy=NO_CACHE)
def noop(i: int) -> int:
    return i


@flow(name="bench-prefect-overhead")
def many(n: int) -> float:
    noop(-1)  # warm-up: the first task run pays one-off costs
    started = time.perf_counter()
    for i in range(n):
        noop(i)
    return (time.perf_counter() - started) / n


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args(argv)
    print(json.dumps({"tasks": args.n, "per_task_s": many(args.n)}))


if __name__ == "__main__":
    main()
