"""Figures from one scenario's runs: per-stage wall time, throughput, memory, orchestration.

Stages are the flow's task runs grouped by name (Prefect names a run `<task>-<3 hex>`, our
validations `validate-<stage>`), so a fan-out of many runs of one task is one stage. For each
stage: its span (first start to last end), the sum of its runs' own time and the run count.
Orchestration overhead = flow wall time minus the time covered by at least one running task
(the union of task intervals): flow start-up, state round trips between tasks, result
handling. It is an upper bound on Prefect's cost (it also holds our code between tasks).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

_SUFFIX = re.compile(r"-[0-9a-f]{3}$")


def stage_name(task_run_name: str) -> str:
    return _SUFFIX.sub("", task_run_name)


def _union(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for lo, hi in sorted(intervals):
        if hi <= end:
            continue
        total += hi - max(lo, end)
        end = hi
    return total


def stages(task_runs: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in task_runs:
        groups[stage_name(run["name"])].append(run)
    out = {}
    for name, runs in groups.items():
        starts = [r["start"] for r in runs if r["start"]]
        ends = [r["end"] for r in runs if r["end"]]
        out[name] = {
            "first_start": min(starts) if starts else 0.0,
            "end": max(ends) if ends else 0.0,
            "span_s": (max(ends) - min(starts)) if starts and ends else 0.0,
            "run_s": sum(r["run_s"] for r in runs),
            "task_runs": len(runs),
        }
    return dict(sorted(out.items(), key=lambda kv: kv[1]["first_start"]))


def _peak_between(samples: list[list[float]], lo: float, hi: float) -> float:
    inside = [rss for t, rss in samples if lo <= t <= hi]
    return round(max(inside) / 2**20, 1) if inside else 0.0


def run_figures(run: dict[str, Any], n: int) -> dict[str, Any]:
    tasks = run["task_runs"]
    intervals = [(r["start"], r["end"]) for r in tasks if r["start"] and r["end"]]
    busy = _union(intervals)
    wall = run["flow_wall_s"]
    enrich = run["result"].get("enrich") or {}
    ingest = run["result"].get("ingest") or {}
    return {
        "flow_wall_s": round(wall, 3),
        "process_wall_s": round(run["process_wall_s"], 3),
        "articles_per_s": round(n / wall, 1),
        "peak_rss_mb": round(run["peak_rss_tree_bytes"] / 2**20, 1),
        "maxrss_self_mb": round(run["maxrss_self_bytes"] / 2**20, 1),
        "cpu_s": round(run.get("cpu_s", 0.0), 1),
        "loadavg_1m": [round(run["loadavg_before"][0], 2), round(run["loadavg_after"][0], 2)],
        "task_runs": len(tasks),
        "orchestration_s": round(wall - busy, 3),
        "orchestration_share": round((wall - busy) / wall, 4) if wall else 0.0,
        "llm_calls": run["llm_calls"],
        "calls_sent": enrich.get("calls_sent", 0),
        "cache_hits": enrich.get("cache_hits", 0),
        "enriched": enrich.get("enriched", 0),
        "quarantined": enrich.get("quarantined", 0),
        "ingest_new": ingest.get("new", 0),
        "ingest_fetched": ingest.get("fetched", 0),
        "ingest_not_modified": ingest.get("not_modified", 0),
        "tables": run["tables"],
        "stage_wall_s": run["result"].get("timings")
        or {k: round(v["span_s"], 3) for k, v in stages(tasks).items()},
        "task_groups": {
            k: {
                **{kk: round(vv, 3) for kk, vv in v.items() if kk not in ("first_start", "end")},
                "peak_rss_mb": _peak_between(run["rss_samples"], v["first_start"], v["end"]),
            }
            for k, v in stages(tasks).items()
        },
    }


def summarise(
    scenario: dict[str, Any], runs: dict[str, dict[str, Any]], counters: dict[str, Any]
) -> dict[str, Any]:
    n = scenario["n"]
    figures = {label: run_figures(run, n) for label, run in runs.items()}
    out: dict[str, Any] = {"scenario": scenario, "runs": figures, "services": counters}
    if "rerun" in figures:
        out["rerun_ratio"] = round(
            figures["rerun"]["flow_wall_s"] / figures["first"]["flow_wall_s"], 4
        )
    if scenario["engine"] == "llm" and not scenario.get("naive"):
        first = figures["first"]
        calls = first["calls_sent"] or n
        bound = calls * scenario["latency_s"] / scenario["concurrency"]
        enrich = first["stage_wall_s"].get("enrich", 0.0)
        out["llm_bound_s"] = round(bound, 3)
        out["enrich_vs_bound"] = round(enrich / bound, 3) if bound else None
        timeline = enrich_timeline(runs["first"], counters, scenario["concurrency"])
        if timeline:
            out["enrich_timeline"] = timeline
    return out


def enrich_timeline(
    run: dict[str, Any], counters: dict[str, Any], concurrency: int
) -> dict[str, float]:
    """Where the enrich stage's wall time went, from the LLM server's request spans: seconds
    from the stage's start (its Prefect task run) to the first request, from the last answer
    to the stage's end, and the share of the C slots busy in between."""
    spans = (counters.get("llm") or {}).get("spans") or []
    group = stages(run["task_runs"]).get("enrich-pooled")
    if not spans or not group or not group["first_start"]:
        return {}
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    busy = sum(b - a for a, b in spans)
    return {
        "before_first_request_s": round(first - group["first_start"], 3),
        "after_last_answer_s": round(group["end"] - last, 3),
        "requests_window_s": round(last - first, 3),
        "slot_occupancy_between": round(busy / (concurrency * (last - first)), 4),
    }
