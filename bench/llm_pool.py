"""bench_llm's process-pool mode: the production fan-out (`enrich_pooled`) timed end to end.

The articles are staged in a DuckDB file; the timed run is `enrich_pooled`: plan (select,
cache lookup) in this process, `enrich_batch` (gateway, grounding, in-memory ledger) in the
pool's processes, every ledger and staging row landed here by the one writer. The pool is
started and each worker warmed (imports, one real call) before the clock starts, as the
single-process mode warms its client.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Sequence
from concurrent.futures import as_completed
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from tasks.enrich_batches import (
    batch_bounds,
    enrich_pooled,
    pool_batching,
    pool_settings,
    prepare_worker,
)
from tasks.pool import WorkerPool
from veille.llm.gateway import enrich_articles
from veille.llm.ledger import Ledger
from veille.schema import ArticleInput
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import insert_frame, read_frame


def stage_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[ArticleInput]) -> None:
    frame = pl.DataFrame(
        [
            {
                "article_id": a.article_id,
                "url": f"https://bench.invalid/{a.article_id}",
                "content_hash": hashlib.sha256(a.text.encode()).hexdigest(),
                "title": a.title,
                "source": "bench",
                "published_at": datetime(2026, 11, 26),
                "language": a.language or "en",
                "text": a.text,
                "word_count": len(a.text.split()),
                "staged_at": datetime.now(UTC).replace(tzinfo=None),
            }
            for a in articles
        ]
    )
    insert_frame(con, "staging.articles", frame)


def warm_call(settings: Settings, tag: str) -> int:
    """One real call from this worker (client session, litellm's first-call costs)."""
    prepare_worker()
    with connect(":memory:") as mem:
        article = ArticleInput(article_id=f"warm-{os.getpid()}-{tag}", text="warm-up text")
        report = asyncio.run(enrich_articles([article], settings, Ledger(mem, "w"), "w"))
    assert report.calls_sent == 1, report
    return os.getpid()


def start_pool(processes: int, settings: Settings) -> WorkerPool:
    pool = WorkerPool(processes)
    seen: set[int] = set()
    for attempt in range(10):
        tags = [f"{attempt}-{i}" for i in range(processes)]
        seen.update(f.result() for f in [pool.submit(warm_call, settings, t) for t in tags])
        if len(seen) >= processes:
            return pool
    pool.release()
    raise RuntimeError(f"only {len(seen)} of {processes} pool workers answered")


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pool: WorkerPool) -> float:
    return time.process_time() + sum(_cpu(pid) for pid in pool.pids())


def _timed(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str,
    pool: WorkerPool,
    args: Any,
    **kw: Any,
) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    report = enrich_pooled(
        con, pool, settings, run_id, batches_per_worker=args.batches_per_process, **kw
    )
    return time.perf_counter() - started, report.as_dict()


def batch_plan(settings: Settings, args: Any, n: int) -> str:
    """How `enrich_pooled` cut the run (`pool_batching`, the same choice)."""
    parts, size = pool_batching(settings, args.processes, args.batches_per_process)
    bounds = batch_bounds(n, size(n), parts)
    return f"{len(bounds)} batches of about {round(n / len(bounds))} articles"


def measure_pool(
    args: Any, articles: list[ArticleInput], settings: Settings, tmp: str, server_cpu: Any
) -> dict[str, Any]:
    con = connect(Path(tmp) / "pool.duckdb")
    stage_articles(con, articles)
    started = time.perf_counter()
    pool = start_pool(args.processes, settings)
    pool_start = time.perf_counter() - started
    try:
        cpu0, srv0, own0 = _tree_cpu(pool), server_cpu(), time.process_time()
        window = [time.time()]
        first, s1 = _timed(con, settings, "b1", pool, args)
        window.append(time.time())
        client_cpu, srv_cpu = _tree_cpu(pool) - cpu0, server_cpu() - srv0
        own_cpu = time.process_time() - own0
        second, s2 = _timed(con, settings, "b2", pool, args)
        cached, s3 = _timed(con, settings, "b3", pool, args, full_refresh=True)
    finally:
        pool.release()
    ledger_rows = con.sql("select count(*) from ops.llm_calls where run_id = 'b1'").fetchall()
    con.close()
    assert s1["enriched"] == len(articles), s1
    assert ledger_rows == [(s1["calls_sent"],)], (ledger_rows, s1)
    return {
        "mode": f"pool of {args.processes} processes, {batch_plan(settings, args, len(articles))}",
        "pool_start_s": round(pool_start, 3),
        "first_s": round(first, 3),
        "first_window": window,
        "rerun_s": round(second, 3),
        "rerun_fraction": round(second / first, 4),
        "full_refresh_from_cache_s": round(cached, 3),
        "client_cpu_ms_per_call": round(client_cpu / len(articles) * 1000, 3),
        "of_which_writer_ms_per_call": round(own_cpu / len(articles) * 1000, 3),
        "server_cpu_ms_per_call": round(srv_cpu / len(articles) * 1000, 3),
        "ledger_rows_landed": ledger_rows[0][0],
        "first": s1,
        "rerun": s2,
        "full_refresh_from_cache": s3,
    }


def gateway_shard(articles: list[ArticleInput], settings: Settings) -> tuple[pl.DataFrame, int]:
    """The gateway alone over one shard (no grounding, no staging): its ledger rows."""
    with connect(":memory:") as mem:
        report = asyncio.run(enrich_articles(articles, settings, Ledger(mem, "g"), "g"))
        calls = read_frame(mem, "select * from ops.llm_calls")
    return calls, report.counts()["enriched"]


def measure_pool_gateway(
    args: Any, articles: list[ArticleInput], settings: Settings, tmp: str, server_cpu: Any
) -> dict[str, Any]:
    """`single` mode's work (gateway only) spread over the pool: C / P in flight per shard,
    P shards at once, ledger rows landed here. Rerun: this process, every chunk a cache hit."""
    con = connect(Path(tmp) / "pool.duckdb")
    pool = start_pool(args.processes, settings)
    shards = args.processes * args.batches_per_process
    tuned = pool_settings(settings, args.processes)
    try:
        cpu0, srv0 = _tree_cpu(pool), server_cpu()
        started = time.perf_counter()
        futures = [pool.submit(gateway_shard, articles[i::shards], tuned) for i in range(shards)]
        enriched = 0
        for future in as_completed(futures):
            calls, done = future.result()
            insert_frame(con, "ops.llm_calls", calls)
            enriched += done
        first = time.perf_counter() - started
        client_cpu, srv_cpu = _tree_cpu(pool) - cpu0, server_cpu() - srv0
    finally:
        pool.release()
    assert enriched == len(articles), enriched
    started = time.perf_counter()
    rerun = asyncio.run(enrich_articles(articles, settings, Ledger(con, "r"), "r"))
    second = time.perf_counter() - started
    con.close()
    return {
        "mode": f"gateway only, pool of {args.processes} processes ({shards} shards)",
        "first_s": round(first, 3),
        "rerun_s": round(second, 3),
        "rerun_fraction": round(second / first, 4),
        "client_cpu_ms_per_call": round(client_cpu / len(articles) * 1000, 3),
        "server_cpu_ms_per_call": round(srv_cpu / len(articles) * 1000, 3),
        "rerun": rerun.summary(),
    }
