"""The end-to-end benchmark: N generated articles through the real Prefect flow, twice.

Per scenario: a loopback news site (own process), for the LLM path a fake OpenAI-compatible
server with precomputed answers (own process), a fresh warehouse, then the flow run by
`bench.child` (own process, memory sampled with its children), then the same run again with
nothing new (the rerun target: ≤ 5 % of the first run's time, 0 LLM calls).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.corpus import generate
from bench.pages import base_of, feed_urls
from bench.report import summarise
from bench.services import ROOT, MemorySampler, bench_env, running, start
from veille.clean import article_id
from veille.ingest.extract import canonicalise

LLM_MODEL = "openai/bench-llm"
LLM_LIMIT = "veille-llm-bench"
DASK_WORKERS = 2


@dataclass
class Scenario:
    name: str
    n: int = 10_000
    seed: int = 20260317
    engine: str = "offline"  # offline (veille/offline in-process) or llm (fake server)
    latency_s: float = 0.2
    jitter_s: float = 0.0
    llm_rpm: int | None = None
    concurrency: int = 64
    http_concurrency: int = 8  # per host: one site, polite (and httpx's pool stays small)
    outlets: int = 6  # news sites (loopback hosts) the corpus is spread over
    runner: str = "process"  # Settings.task_runner: thread, process or dask (2 workers each)
    batch_size: int = 500  # Settings.task_batch_size: articles per enrichment batch
    rerun: bool = True
    naive: bool = False  # the naive flow (bench.naive) instead of flows.pipeline
    extra_env: dict[str, str] | None = None


def write_answers(n: int, seed: int, bases: list[str], path: Path) -> int:
    """article id -> answer JSON, computed before the timed run (the server's cheap brain)."""
    answers = {}
    for article in generate(n, seed):
        url = canonicalise(f"{base_of(article, bases)}/{article.slug}")
        assert url is not None
        answers[article_id(url, url)] = json.dumps(article.gold, ensure_ascii=False)
    path.write_text(json.dumps(answers), encoding="utf-8")
    return len(answers)


def llm_limit(prefect_api: str, name: str, slots: int) -> None:
    """The Prefect global concurrency limit the flow's LLM batches share (create or update)."""
    prefect = str(Path(sys.executable).with_name("prefect"))
    env = bench_env(PREFECT_API_URL=prefect_api)
    for verb in ("create", "update"):
        done = subprocess.run(
            [prefect, "--no-prompt", "gcl", verb, name, "--limit", str(slots)],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        if done.returncode == 0:
            return
    raise RuntimeError(f"cannot set the concurrency limit {name}: {done.stdout}{done.stderr}")


def _per_batch(scenario: Scenario) -> int:
    """VEILLE_CONCURRENCY for the scenario's total of calls in flight.

    The thread and process runners read `Settings.concurrency` as the stage's total (the
    process pool gives each of its batches a share: tasks/enrich_batches.py `pool_settings`);
    a Dask batch reads it as its own, two batches (one per worker) sharing the global limit
    (the scenario's concurrency) through the Prefect concurrency limit. Until session 3 the
    process runner got the per-batch figure too, so it ran at half the scenario's concurrency
    (the server's max_in_flight was 32 in the "C = 64" runs).
    """
    return max(1, scenario.concurrency // (DASK_WORKERS if scenario.runner == "dask" else 1))


def _child_env(scenario: Scenario, work: Path, prefect_api: str, llm: str | None) -> dict[str, str]:
    env = bench_env(
        PREFECT_API_URL=prefect_api,
        PREFECT_LOGGING_LEVEL="WARNING",
        VEILLE_WAREHOUSE=str(work / "veille.duckdb"),
        VEILLE_ALLOW_PRIVATE_HOSTS="true",
        VEILLE_CONCURRENCY=str(_per_batch(scenario)),
        VEILLE_LLM_CONCURRENCY_LIMIT=LLM_LIMIT,
        VEILLE_TASK_BATCH_SIZE=str(scenario.batch_size),
        # LLM batches are long (llm_batch_size); their workers hand rows over every 250
        # articles (the default; every 500: peak 1,504-1,553 MB at 10k, every 250: 1,480 MB)
        VEILLE_PER_HOST_CONCURRENCY=str(scenario.http_concurrency),
        VEILLE_TASK_RUNNER=scenario.runner,
        VEILLE_DASK_WORKERS=str(DASK_WORKERS),
        VEILLE_PROCESS_WORKERS=str(DASK_WORKERS),
    )
    if llm is not None:
        env.update(
            VEILLE_LLM_MODEL=LLM_MODEL, VEILLE_LLM_API_BASE=llm, VEILLE_LLM_API_KEY="bench-key"
        )
    else:
        env["VEILLE_LLM_MODEL"] = "veille/offline"
    env.update(scenario.extra_env or {})
    return env


def run_child(
    env: dict[str, str], feeds: list[str], out: Path, naive: bool = False
) -> dict[str, Any]:
    args = [sys.executable, "-m", "bench.child", "--out", str(out), *(["--naive"] if naive else [])]
    for feed in feeds:
        args += ["--feed", feed]
    started = time.perf_counter()
    load_before = os.getloadavg()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    log = out.with_suffix(".log").open("w")
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    with MemorySampler(proc.pid) as memory:
        code = proc.wait()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        raise RuntimeError(f"pipeline run failed ({code}): see {out.with_suffix('.log')}")
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    report["process_wall_s"] = time.perf_counter() - started
    report["peak_rss_tree_bytes"] = memory.peak
    report["rss_samples"] = memory.samples
    report["cpu_s"] = (cpu_after.ru_utime - cpu_before.ru_utime) + (
        cpu_after.ru_stime - cpu_before.ru_stime
    )
    report["loadavg_before"] = load_before
    report["loadavg_after"] = os.getloadavg()
    return report


def run_scenario(scenario: Scenario, out_dir: Path, prefect_api: str) -> dict[str, Any]:
    work = out_dir / f"work-{scenario.name}"
    subprocess.run(["rm", "-rf", str(work)], check=True)
    work.mkdir(parents=True)
    env = bench_env()
    args = ["bench.site", "--n", str(scenario.n), "--seed", str(scenario.seed)]
    site = start("site", [*args, "--outlets", str(scenario.outlets)], env)
    bases = site.url.split()
    services = [site]
    with running(services):
        llm_url = None
        if scenario.engine == "llm":
            answers = work / "answers.json"
            write_answers(scenario.n, scenario.seed, bases, answers)
            args = ["bench.llm_server", "--answers", str(answers)]
            args += ["--latency", str(scenario.latency_s), "--jitter", str(scenario.jitter_s)]
            if scenario.llm_rpm:
                args += ["--rpm", str(scenario.llm_rpm)]
            llm = start("llm", args, env)
            services.append(llm)
            llm_url = llm.url
        llm_limit(prefect_api, LLM_LIMIT, scenario.concurrency)
        child_env = _child_env(scenario, work, prefect_api, llm_url)
        feeds = feed_urls(scenario.n, bases)
        runs = {"first": run_child(child_env, feeds, work / "first.json", scenario.naive)}
        if scenario.rerun:
            runs["rerun"] = run_child(child_env, feeds, work / "rerun.json")
    counters = {s.name: s.counters for s in services}
    return summarise(asdict(scenario), runs, counters)
