"""Benchmark: N articles through the gateway against the fake LLM server (separate process).

Target: wall time within 1.15x of the bound N x latency / C, and an immediate rerun (all
cache hits) under 5 % of the first run's time.

    LITELLM_LOCAL_MODEL_COST_MAP=True /work/main/.venv/bin/python -m bench.bench_llm \
        --n 2000 --latency 0.2 --concurrency 32
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from pydantic import SecretStr

from veille.llm.gateway import enrich_articles
from veille.llm.ledger import Ledger
from veille.schema import ArticleInput
from veille.settings import Settings
from warehouse.connection import connect

ROOT = Path(__file__).resolve().parents[1]


def _seed_text() -> tuple[str, str]:
    for shared in (ROOT.parent / "shared", Path("/work/shared")):
        path = shared / "seed" / "article.jsonl"
        if path.exists():
            row = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
            return row["title"], row["text"]
    raise FileNotFoundError("seed article not found")


def _articles(n: int) -> list[ArticleInput]:
    title, text = _seed_text()
    return [
        ArticleInput(article_id=f"bench-{i}", title=f"{title} #{i}", text=f"{text}\n\n(ref {i})")
        for i in range(n)
    ]


def _server(latency: float, brain: str) -> tuple[subprocess.Popen[str], str]:
    cmd = [
        sys.executable,
        "-m",
        "veille.devtools.fake_llm",
        "--latency",
        str(latency),
        "--brain",
        brain,
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    base = proc.stdout.readline().strip()
    if not base.startswith("http"):
        proc.kill()
        raise RuntimeError("fake LLM server did not start")
    return proc, base


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(
    articles: list[ArticleInput], settings: Settings, ledger: Ledger, run_id: str, profile: bool
) -> tuple[float, dict[str, object]]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = asyncio.run(enrich_articles(articles, settings, ledger, run_id))
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(
            45
        )
    return time.perf_counter() - started, report.summary()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--brain", default="heuristic", choices=("offline", "heuristic"))
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    proc, base = _server(args.latency, args.brain)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            con = connect(Path(tmp) / "bench.duckdb")
            settings = Settings(
                llm_model="openai/bench-model",
                llm_api_base=base,
                llm_api_key=SecretStr("sk-bench"),
                concurrency=args.concurrency,
            )
            articles = _articles(args.n)
            warm = asyncio.run(
                enrich_articles(
                    [ArticleInput(article_id="warm", text="warm-up text")],
                    settings,
                    Ledger(con, "w"),
                    "w",
                )
            )
            assert warm.calls_sent == 1
            cpu0, srv0 = time.process_time(), _proc_cpu(proc.pid)
            first, s1 = _run(articles, settings, Ledger(con, "b1"), "b1", args.profile)
            client_cpu, server_cpu = time.process_time() - cpu0, _proc_cpu(proc.pid) - srv0
            second, s2 = _run(articles, settings, Ledger(con, "b2"), "b2", False)
            con.close()
    finally:
        proc.terminate()
        proc.wait(5)
    bound = args.n * args.latency / args.concurrency
    print(
        json.dumps(
            {
                "n": args.n,
                "latency_s": args.latency,
                "concurrency": args.concurrency,
                "bound_s": round(bound, 3),
                "first_s": round(first, 3),
                "ratio_to_bound": round(first / bound, 3),
                "rerun_s": round(second, 3),
                "rerun_fraction": round(second / first, 4),
                "client_cpu_ms_per_call": round(client_cpu / args.n * 1000, 3),
                "server_cpu_ms_per_call": round(server_cpu / args.n * 1000, 3),
                "load_avg_1m": os.getloadavg()[0],
                "first": s1,
                "rerun": s2,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
