"""`python -m bench [COMMAND]`: the veille benchmarks (`make bench` runs `all`).

    python -m bench all [--n 10000] [--naive-n 200]     # every scenario + docs/benchmarks.md
    python -m bench pipeline --n 10000 --engine offline  # one scenario (first run + rerun)
    python -m bench pipeline --n 10000 --engine llm --latency 0.2 --concurrency 64
    python -m bench naive --n 200                        # the naive shape, for the ratio
    python -m bench report                               # rewrite the Markdown from bench/out

Results go to bench/out/<scenario>.json (gitignored); `all` and `report` also write the
Markdown table in docs/benchmarks.md. Speed targets live here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from bench.services import ROOT, prefect_server

OUT = ROOT / "bench" / "out"


def _prefect(out: Path, api: str | None) -> tuple[Any, str]:
    if api:
        return None, api
    home = out / "prefect-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    return prefect_server(home)


def _save(name: str, result: dict[str, Any], out: Path) -> Path:
    path = out / f"{name}.json"
    path.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "services"}, indent=1, default=str))
    return path


def cmd_pipeline(args: argparse.Namespace, api: str) -> None:
    from bench.pipeline_bench import Scenario, run_scenario

    name = args.name or f"{args.engine}-{args.n}"
    scenario = Scenario(
        name=name,
        n=args.n,
        seed=args.seed,
        engine=args.engine,
        latency_s=args.latency,
        jitter_s=args.jitter,
        llm_rpm=args.rpm,
        concurrency=args.concurrency,
        rerun=not args.no_rerun,
    )
    _save(name, run_scenario(scenario, args.out, api), args.out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--prefect-api", default=None, help="use this Prefect API, not a new one")
    sub = parser.add_subparsers(dest="command")
    pipe = sub.add_parser("pipeline", help="one end-to-end scenario")
    pipe.add_argument("--name", default=None)
    pipe.add_argument("--n", type=int, default=10_000)
    pipe.add_argument("--seed", type=int, default=20260317)
    pipe.add_argument("--engine", choices=("offline", "llm"), default="offline")
    pipe.add_argument("--latency", type=float, default=0.2)
    pipe.add_argument("--jitter", type=float, default=0.0)
    pipe.add_argument("--rpm", type=int, default=None)
    pipe.add_argument("--concurrency", type=int, default=64)
    pipe.add_argument("--no-rerun", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    server, api = _prefect(args.out, args.prefect_api)
    try:
        if args.command == "pipeline":
            cmd_pipeline(args, api)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
