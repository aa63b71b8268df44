"""One timed pipeline run, in its own process: `python -m bench.child --out run.json ...`.

The harness starts this process so that its memory (and its children's) is the pipeline's
alone. Settings come from VEILLE_* variables (as for `veille run`); Prefect from
PREFECT_API_URL. After the flow, the task runs of this flow run are read back from the Prefect
API (names, start/end, run time), and the LLM ledger rows of this run from ops.llm_calls.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

import duckdb


async def task_runs(flow_run_id: UUID) -> list[dict[str, Any]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    rows: list[dict[str, Any]] = []
    async with get_client() as client:
        offset = 0
        while True:
            batch = await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])),
                limit=200,
                offset=offset,
            )
            rows += [
                {
                    "name": r.name,
                    "task_key": r.task_key,
                    "state": r.state_type.value if r.state_type else None,
                    "start": r.start_time.timestamp() if r.start_time else None,
                    "end": r.end_time.timestamp() if r.end_time else None,
                    "run_s": r.total_run_time.total_seconds(),
                    "created": r.created.timestamp() if r.created else None,
                }
                for r in batch
            ]
            if len(batch) < 200:
                return rows
            offset += 200


def ledger(warehouse: Path, run_id: str) -> dict[str, Any]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        calls, ok = con.execute(
            "select count(*), count(*) filter (where status = 'ok') from ops.llm_calls"
            " where run_id = ?",
            [run_id],
        ).fetchone() or (0, 0)
        tables = {
            t: con.execute(f"select count(*) from {t}").fetchone()[0]  # type: ignore[index]
            for t in ("raw.articles", "staging.articles", "staging.enrichments", "curated.deals")
        }
    return {"llm_calls": calls, "llm_calls_ok": ok, "tables": tables}


def run(feeds: list[str], sitemaps: list[str], naive: bool = False) -> dict[str, Any]:
    from veille.settings import Settings

    settings = Settings()
    started = time.perf_counter()
    wall_start = time.time()
    if naive:
        from bench.naive import naive_pipeline

        state = naive_pipeline(feeds=feeds, settings=settings, return_state=True)
    else:
        from flows.pipeline import pipeline

        state = pipeline(feeds=feeds, sitemaps=sitemaps, settings=settings, return_state=True)
    wall = time.perf_counter() - started
    result = state.result()
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    runs = asyncio.run(task_runs(flow_run_id))
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {
        "flow_wall_s": wall,
        "flow_start": wall_start,
        "result": result,
        "flow_run_id": str(flow_run_id),
        "task_runs": runs,
        "maxrss_self_bytes": self_rss,
        "maxrss_children_bytes": child_rss,
        **ledger(settings.warehouse, result["run_id"]),
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--feed", action="append", default=[])
    parser.add_argument("--sitemap", action="append", default=[])
    parser.add_argument("--naive", action="store_true", help="the naive flow (bench.naive)")
    args = parser.parse_args(argv)
    report = run(args.feed, args.sitemap, args.naive)
    args.out.write_text(json.dumps(report, default=str, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
