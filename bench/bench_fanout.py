"""Enrichment in one process versus fanned out over a local Dask cluster (plain functions, no
Prefect server): N distinct articles (the dev set's texts, each with its own closing sentence so
that no two share a cache key) enriched by the offline engine and grounded.

    PYTHONPATH=. LITELLM_LOCAL_MODEL_COST_MAP=True /work/main/.venv/bin/python \
        -m bench.bench_fanout --articles 1000 --workers 2

Prints one JSON line: seconds for `enrich_stage` (one process) and for plan + Dask batches +
landing (cluster start-up timed apart), and whether both wrote the same enrichment rows.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import duckdb
import polars as pl

from tasks.enrich import enrich_stage
from tasks.enrich_batches import enrich_batch, land_enrichment, plan_enrichment
from tests.llm.conftest import stage
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import read_frame


def articles(shared: Path, n: int) -> list[dict[str, object]]:
    lines = (shared / "eval" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    base = [json.loads(line) for line in lines if line]
    return [
        {
            **base[i % len(base)],
            "article_id": f"b{i:06d}",
            "url": f"https://bench.example/{i}",
            "text": f"{base[i % len(base)]['text']}\n\nBench note {i}.",
        }
        for i in range(n)
    ]


def rows(con: object) -> pl.DataFrame:
    frame = read_frame(con, "select * from staging.enrichments order by article_id")  # type: ignore[arg-type]
    return frame.drop("run_id", "enriched_at")


def _one_process(
    data: list[dict[str, object]], settings: Settings
) -> tuple[duckdb.DuckDBPyConnection, float]:
    one = connect()
    stage(one, data)
    started = time.perf_counter()
    enrich_stage(one, settings, "one")
    return one, time.perf_counter() - started


def _dask(
    data: list[dict[str, object]], settings: Settings, workers: int
) -> tuple[duckdb.DuckDBPyConnection, int, float, float]:
    """The same enrichment over a local Dask cluster: (warehouse, batches, s, startup s)."""
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:
        client.run(lambda: __import__("tasks.enrich_batches"))  # warm imports, as a pool would
        startup_s = time.perf_counter() - started
        many = connect()
        stage(many, data)
        started = time.perf_counter()
        work = plan_enrichment(many, settings, workers=workers)
        futures = client.map(
            lambda w: enrich_batch(w, settings, "many", batches=len(work)), work, pure=False
        )
        for future in futures:
            land_enrichment(many, future.result())
        return many, len(work), time.perf_counter() - started, startup_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    data = articles(args.shared, args.articles)
    settings = Settings(task_batch_size=args.batch_size)
    one, one_s = _one_process(data, settings)
    many, batches, fan_s, startup_s = _dask(data, settings, args.workers)
    figures = {
        "articles": args.articles,
        "workers": args.workers,
        "batches": batches,
        "one_process_s": round(one_s, 2),
        "dask_s": round(fan_s, 2),
        "dask_startup_s": round(startup_s, 2),
        "same_rows": rows(one).equals(rows(many)),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
