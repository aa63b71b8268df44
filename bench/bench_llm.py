"""Benchmark: N articles enriched against the fake LLM server (its own process).

Target (issue #4): wall time within 1.15x of the bound N x latency / C, and an immediate rerun
that sends no call and takes under 5 % of the first run's time.

    flock /work/wt/bench.lock env LITELLM_LOCAL_MODEL_COST_MAP=True GX_ANALYTICS_ENABLED=False \
        /work/main/.venv/bin/python -m bench.bench_llm --n 2000 --latency 0.2 --concurrency 32 \
        [--mode pool|single] [--processes 2] [--corpus seed|generated] [--litellm-only]

Modes:
- `pool` (default): the production fan-out (`enrich_pooled`) end to end: articles staged
  in a DuckDB file, `plan_enrichment` and `land_enrichment` (ledger and staging rows, the one
  writer) in this process, `enrich_batch` (gateway, grounding, in-memory ledger) in a pool of
  `--processes` spawned workers (warmed before the clock starts: imports, one call each).
  C stays the total in flight (C / P per batch, P batches at once); batches go to whichever
  worker is free. The rerun is the incremental one (nothing selected, 0 calls); a full refresh
  answered from the cache is timed too (`full_refresh_from_cache_s`: grounding again, 0 calls).
- `single`: the gateway alone (`enrich_articles`, no grounding, no staging) in this process,
  rerun = every chunk a cache hit. `--litellm-only` also times bare `litellm.acompletion`.
- `pool-gateway`: `single`'s work spread over the pool (C / P in flight per shard, ledger
  rows landed here): what a second client process buys for the same work.

The server (bench/llm_server.py) looks every answer up by article id from a table written
before the timed run (0.15-0.2 ms of server CPU per call, against 2 ms when it ran its brain per
call); `--no-precompute` restores the per-call brain. Its `max_in_flight` is printed under
"server": it never exceeded C. `--corpus seed` is the seed article N times, answered by the
heuristic brain (31 mentions per answer: grounding-heavy); `--corpus generated` is the 10k
pipeline benchmark's corpus (bench/corpus.py, six languages) with its gold answers.

Findings (2 shared cores, other helpers' load 2.5-9): client CPU per call is the limit, not
the server. The gateway alone costs ~3.1-3.7 ms per call (litellm ~2.8 of it: the OpenAI SDK's
request/response models, litellm's cost calculator and logging payload, built even with no
callbacks); the production path adds grounding (~1.3 ms for a corpus article, most of it the
prompt-injection scan of the text; ~5 ms for the seed article's 31 mentions), staging rows and
landing: ~6.1 ms per article (generated) and ~9.2 ms (seed) in all processes together. Fixed
along the way: grounding now runs as each answer arrives (gateway `on_outcome`) instead of
after a batch's last call, when every slot of that process sat idle; worker processes freeze
their import-time heap (`gc.freeze`, ~10 % of CPU in full collections); a batch's result crosses
to the writer as frames (Prefect walked every row dict of it: ~2 s per 1,000 articles in the
flow process). Earlier: litellm's fuzzy cost lookup for unknown models (~1 ms/call: unknown
models are registered at zero cost), message redaction (deep copies), a per-call DB lookup on
cache misses, a dataclass repr of the whole report that asyncio.run triggers, per-call uuid4.
Session 4: the server's request spans give a `timeline` of the timed run (time before the first
request, after the last answer, and the share of the C slots busy in between). It showed the
slots 80 % busy in `pool` mode, idle at every batch boundary: batches for HTTP models are now
long and equal (`tasks/enrich_batches.py` `llm_batch_size`), and a freed slot's next request
goes out before the answers around it are parsed (veille/llm/calls.py): 1.09-1.10x on the idle
machine. Figures: docs/benchmarks.md ("LLM enrichment throughput", "LLM path, session 4").
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from pydantic import SecretStr

from bench.llm_floors import floor
from bench.llm_serverproc import ServerProcess, occupancy
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


def _generated(n: int) -> tuple[list[ArticleInput], dict[str, str]]:
    """The 10k benchmark's corpus (bench/corpus.py: six languages, 0.4-10 kB, one or two
    deals each) with its gold answers (evidence quoted verbatim) as the model's answers."""
    from bench.corpus import generate

    articles, answers = [], {}
    for i, article in enumerate(generate(n)):
        article_id = f"gen-{i}"
        text = article.text
        articles.append(
            ArticleInput(
                article_id=article_id, title=article.title, text=text, language=article.language
            )
        )
        answers[article_id] = json.dumps(article.gold, ensure_ascii=False)
    return articles, answers


def _workload(args: argparse.Namespace) -> tuple[list[ArticleInput], dict[str, str]]:
    """The articles and, unless --no-precompute, every answer computed before the timed run
    (the server then spends microseconds per call instead of running the brain on the cores
    the client needs)."""
    if args.corpus == "generated":
        articles, answers = _generated(args.n)
    else:
        from veille.devtools.brains import heuristic_brain, offline_brain

        think = heuristic_brain if args.brain == "heuristic" else offline_brain
        articles = _articles(args.n)
        answers = {a.article_id: json.dumps(think(a), ensure_ascii=False) for a in articles}
    return articles, answers if args.precompute else {}


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
        stats = pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
        stats.print_stats(45)
        if os.environ.get("BENCH_CALLERS"):
            stats.print_callers(os.environ["BENCH_CALLERS"])
    return time.perf_counter() - started, report.summary()


def _settings(args: argparse.Namespace, base: str) -> Settings:
    return Settings(
        llm_model="openai/bench-model",
        llm_api_base=base,
        llm_api_key=SecretStr("sk-bench"),
        concurrency=args.concurrency,
        task_batch_size=args.batch_size,
    )


def _measure(
    args: argparse.Namespace, articles: list[ArticleInput], server: ServerProcess, tmp: str
) -> dict[str, object]:
    con = connect(Path(tmp) / "bench.duckdb")
    settings = _settings(args, server.base)
    warm = [ArticleInput(article_id="warm", text="warm-up text")]
    assert asyncio.run(enrich_articles(warm, settings, Ledger(con, "w"), "w")).calls_sent == 1
    cpu0, srv0 = time.process_time(), server.cpu()
    window = [time.time()]
    first, s1 = _run(articles, settings, Ledger(con, "b1"), "b1", args.profile)
    window.append(time.time())
    client_cpu, server_cpu = time.process_time() - cpu0, server.cpu() - srv0
    second, s2 = _run(articles, settings, Ledger(con, "b2"), "b2", False)
    con.close()
    result: dict[str, object] = {
        "mode": "single process",
        "first_s": round(first, 3),
        "first_window": window,
        "rerun_s": round(second, 3),
        "rerun_fraction": round(second / first, 4),
        "client_cpu_ms_per_call": round(client_cpu / args.n * 1000, 3),
        "server_cpu_ms_per_call": round(server_cpu / args.n * 1000, 3),
        "first": s1,
        "rerun": s2,
    }
    if args.litellm_only:
        result.update(floor("litellm_only", articles, settings))
        result.update(floor("sdk_only", articles, settings))
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--mode", default="pool", choices=("pool", "single", "pool-gateway"))
    parser.add_argument("--processes", type=int, default=2, help="pool mode: client processes")
    parser.add_argument("--batch-size", type=int, default=200, help="Settings.task_batch_size")
    parser.add_argument(
        "--batches-per-process",
        type=int,
        default=2,
        help="pool mode: batches per process (offline models; HTTP models: llm_batch_size)",
    )
    parser.add_argument(
        "--corpus",
        default="seed",
        choices=("seed", "generated"),
        help="seed: the seed article N times, answered by --brain; generated: bench/corpus.py",
    )
    parser.add_argument("--brain", default="heuristic", choices=("offline", "heuristic"))
    parser.add_argument(
        "--no-precompute",
        dest="precompute",
        action="store_false",
        help="the server runs its brain per call instead of looking answers up",
    )
    parser.add_argument(
        "--litellm-only", action="store_true", help="also time bare litellm and the bare SDK"
    )
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval for the client (GIL hand-off latency)",
    )
    return parser


def _summary(
    args: argparse.Namespace,
    result: dict[str, object],
    counters: dict[str, object],
    load_before: tuple[float, float, float],
) -> dict[str, object]:
    bound = max(args.n * args.latency / args.concurrency, 1e-9)
    first = result["first_s"]
    assert isinstance(first, float)
    summary = {
        "n": args.n,
        "corpus": args.corpus,
        "latency_s": args.latency,
        "concurrency": args.concurrency,
        "bound_s": round(bound, 3),
        "ratio_to_bound": round(first / bound, 3),
        "cores": os.cpu_count(),
        "load_avg_1m_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "server": counters,
        **result,
    }
    return summary


def main() -> None:
    args = _parser().parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    load_before = os.getloadavg()
    articles, answers = _workload(args)
    with tempfile.TemporaryDirectory() as tmp:
        answers_path = Path(tmp) / "answers.json"
        answers_path.write_text(json.dumps(answers), encoding="utf-8")
        server = ServerProcess(args.latency, args.brain, answers_path)
        counters: dict[str, object] = {}
        try:
            if args.mode in ("pool", "pool-gateway"):
                from bench.llm_pool import measure_pool, measure_pool_gateway

                settings = _settings(args, server.base)
                measure = measure_pool if args.mode == "pool" else measure_pool_gateway
                result = measure(args, articles, settings, tmp, server.cpu)
            else:
                result = _measure(args, articles, server, tmp)
        finally:
            counters = server.stop()
    spans = counters.pop("spans", [])
    window = result.pop("first_window", None)
    if isinstance(spans, list) and isinstance(window, list):
        result["timeline"] = occupancy(spans, window, args.concurrency)
        out = ROOT / "bench" / "out" / "llm_spans.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"window": window, "spans": spans}), encoding="utf-8")
    summary = _summary(args, result, counters, load_before)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
