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
DOC = ROOT / "docs" / "benchmarks.md"
# label in the report -> result file stem written by `all`
ALL = {
    "offline": "offline",
    "offline_thread": "offline-thread",  # optional: `pipeline --runner thread --name ...`
    "llm": "llm",
    "naive": "naive",
    "components": "components",
    "prefect_overhead": "prefect_overhead",
}


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


def _scenario(args: argparse.Namespace, name: str, **changes: Any) -> Any:
    from bench.pipeline_bench import Scenario

    values = dict(
        name=name,
        n=args.n,
        seed=args.seed,
        engine=args.engine,
        latency_s=args.latency,
        jitter_s=args.jitter,
        llm_rpm=args.rpm,
        concurrency=args.concurrency,
        runner=args.runner,
        rerun=not args.no_rerun,
        batch_size=args.batch_size,
        extra_env=dict(item.split("=", 1) for item in args.env) or None,
    )
    values.update(changes)
    return Scenario(**values)


def cmd_pipeline(args: argparse.Namespace, api: str) -> None:
    from bench.pipeline_bench import run_scenario

    scenario = _scenario(args, args.name or f"{args.engine}-{args.n}")
    _save(scenario.name, run_scenario(scenario, args.out, api), args.out)


def cmd_naive(args: argparse.Namespace, api: str) -> None:
    from bench.pipeline_bench import run_scenario

    scenario = _scenario(
        args, args.name or "naive", engine="llm", naive=True, rerun=False, runner="thread"
    )
    _save(scenario.name, run_scenario(scenario, args.out, api), args.out)


def cmd_all(args: argparse.Namespace, api: str) -> None:
    """Offline and LLM paths at N (with reruns), the naive shape at --naive-n, then the doc."""
    from bench.markdown import load, write
    from bench.pipeline_bench import run_scenario

    plans = [
        _scenario(args, "offline", engine="offline"),
        _scenario(args, "llm", engine="llm"),
        _scenario(
            args, "naive", n=args.naive_n, engine="llm", naive=True, rerun=False, runner="thread"
        ),
    ]
    for scenario in plans:
        _save(scenario.name, run_scenario(scenario, args.out, api), args.out)
    cmd_overhead(args, api)
    cmd_components(argparse.Namespace(n=1000, out=args.out))
    write(args.doc, load(args.out, ALL))


def cmd_components(args: argparse.Namespace) -> None:
    from bench.components import measure

    result = {"n": args.n, "cpu_ms_per_article": measure(args.n)}
    _save("components", result, args.out)


def cmd_overhead(args: argparse.Namespace, api: str) -> None:
    """Prefect's cost per task run on the benchmark's server (bench.prefect_overhead)."""
    import subprocess
    import sys

    from bench.services import bench_env

    env = bench_env(PREFECT_API_URL=api, PREFECT_LOGGING_LEVEL="WARNING")
    done = subprocess.run(
        [sys.executable, "-m", "bench.prefect_overhead", "--n", "200"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    _save("prefect_overhead", json.loads(done.stdout.strip().splitlines()[-1]), args.out)


def cmd_report(args: argparse.Namespace) -> None:
    from bench.markdown import load, write

    write(args.doc, load(args.out, ALL))
    print(f"wrote {args.doc}")


def _scenario_options(cmd: argparse.ArgumentParser, name: str) -> None:
    cmd.add_argument("--name", default=None)
    cmd.add_argument("--n", type=int, default=200 if name == "naive" else 10_000)
    cmd.add_argument("--naive-n", type=int, default=200)
    cmd.add_argument("--seed", type=int, default=20260317)
    cmd.add_argument("--engine", choices=("offline", "llm"), default="offline")
    cmd.add_argument("--runner", choices=("thread", "process", "dask"), default="process")
    cmd.add_argument("--latency", type=float, default=0.2, help="fake LLM latency (s)")
    cmd.add_argument("--jitter", type=float, default=0.0, help="extra uniform latency (s)")
    cmd.add_argument("--rpm", type=int, default=None, help="fake LLM rate limit")
    cmd.add_argument("--concurrency", type=int, default=64)
    cmd.add_argument("--no-rerun", action="store_true")
    cmd.add_argument(
        "--batch-size", type=int, default=500, help="VEILLE_TASK_BATCH_SIZE (articles)"
    )
    cmd.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment for the pipeline process (e.g. VEILLE_LLM_BATCH_MAX=5000)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--prefect-api", default=None, help="use this Prefect API, not a new one")
    parser.add_argument("--doc", type=Path, default=DOC)
    sub = parser.add_subparsers(dest="command")
    for name, helptext in (
        ("all", "every scenario, then docs/benchmarks.md"),
        ("pipeline", "one end-to-end scenario (first run and rerun)"),
        ("naive", "the naive shape (bench.naive), LLM engine, thread runner"),
        ("overhead", "Prefect's cost per task run (no-op tasks)"),
    ):
        _scenario_options(sub.add_parser(name, help=helptext), name)
    sub.add_parser("report", help="rewrite docs/benchmarks.md from bench/out/*.json")
    comp = sub.add_parser("components", help="CPU ms per article of each piece, one core")
    comp.add_argument("--n", type=int, default=1000)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["all", *(argv or [])])
    args.out.mkdir(parents=True, exist_ok=True)
    if args.command in ("report", "components"):
        {"report": cmd_report, "components": cmd_components}[args.command](args)
        return
    server, api = _prefect(args.out, args.prefect_api)
    try:
        commands = {"all": cmd_all, "pipeline": cmd_pipeline, "naive": cmd_naive}
        commands["overhead"] = cmd_overhead
        commands[args.command](args, api)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
