"""docs/benchmarks.md from the JSON results in bench/out: targets, verdicts, per-stage tables.

The figures are written as measured; a missed target says so (the reasons and fixes are in
the hand-written part of docs/benchmarks.md, kept between the markers below, which this
module never touches).
"""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def machine() -> dict[str, Any]:
    import psutil

    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": model or platform.processor(),
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _ok(passed: bool | None) -> str:
    return "n/a" if passed is None else ("met" if passed else "**missed**")


def _speed_rows(results: dict[str, dict[str, Any]]) -> list[str]:
    rows = []
    off = results.get("offline")
    if off:
        first = off["runs"]["first"]
        n = off["scenario"]["n"]
        rows.append(
            f"| offline engine, {n:,} articles end to end | ≥ 100 articles/s"
            f" | {first['articles_per_s']} articles/s ({first['flow_wall_s']} s)"
            f" | {_ok(first['articles_per_s'] >= 100)} |"
        )
    llm = results.get("llm")
    if llm and llm.get("enrich_vs_bound") is not None:
        sc = llm["scenario"]
        rows.append(
            f"| LLM enrich stage ({sc['latency_s'] * 1000:.0f} ms, concurrency"
            f" {sc['concurrency']}) | ≤ 1.15 × {llm['llm_bound_s']} s"
            f" | {llm['runs']['first']['stage_wall_s'].get('enrich')} s"
            f" = {llm['enrich_vs_bound']} × bound | {_ok(llm['enrich_vs_bound'] <= 1.15)} |"
        )
    return rows


def _rerun_row(name: str, res: dict[str, Any]) -> str:
    calls = res["runs"]["rerun"]["llm_calls"]
    return (
        f"| rerun with nothing new ({name}) | ≤ 5 % of first, 0 LLM calls"
        f" | {res['rerun_ratio'] * 100:.1f} % ({res['runs']['rerun']['flow_wall_s']} s),"
        f" {calls} calls | {_ok(res['rerun_ratio'] <= 0.05 and calls == 0)} |"
    )


def _scenario_rows(name: str, res: dict[str, Any], per_task: float | None) -> list[str]:
    """Memory and orchestration rows of one scenario (the naive shape has none)."""
    peak = max(r["peak_rss_mb"] for r in res["runs"].values())
    first = res["runs"]["first"]
    share = first["orchestration_share"]
    rows = [
        f"| peak memory ({name}) | ≤ 1,536 MB | {peak:,.0f} MB | {_ok(peak <= 1536)} |",
        f"| Prefect orchestration ({name}, first run): wall minus task time | ≤ 5 % of wall"
        f" | {share * 100:.1f} % ({first['orchestration_s']} s{_dask(res)})"
        f" | {_ok(share <= 0.05)} |",
    ]
    if per_task:
        cost = first["task_runs"] * per_task
        met = _ok(cost <= 0.05 * first["flow_wall_s"])
        rows.append(
            f"| Prefect orchestration ({name}): task runs × cost per task run | ≤ 5 % of"
            f" wall | {first['task_runs']} × {per_task * 1000:.0f} ms = {cost:.1f} s ="
            f" {cost / first['flow_wall_s'] * 100:.1f} % | {met} |"
        )
    return rows


def _targets(results: dict[str, dict[str, Any]]) -> list[str]:
    rows = ["| target | bound | measured | verdict |", "|---|---|---|---|"]
    rows += _speed_rows(results)
    scenarios = _scenarios(results)
    rows += [_rerun_row(name, res) for name, res in scenarios.items() if "rerun_ratio" in res]
    per_task = (results.get("prefect_overhead") or {}).get("per_task_s")
    for name, res in scenarios.items():
        if name != "naive":
            rows += _scenario_rows(name, res, per_task)
    return rows


def _dask(res: dict[str, Any]) -> str:
    return ", includes the Dask cluster start" if res["scenario"].get("runner") == "dask" else ""


def _stage_table(name: str, res: dict[str, Any]) -> list[str]:
    runs = res["runs"]
    labels = list(runs)
    head = "| stage | " + " | ".join(f"{lab} (s)" for lab in labels) + " |"
    runner = res["scenario"].get("runner", "")
    rows = [f"**{name}** ({res['scenario']['n']:,} articles, {runner} runner)", "", head]
    rows.append("|---|" + "---|" * len(labels))
    stages = list(dict.fromkeys(s for r in runs.values() for s in r["stage_wall_s"]))
    for stage in stages:
        cells = " | ".join(str(runs[lab]["stage_wall_s"].get(stage, "")) for lab in labels)
        rows.append(f"| {stage} | {cells} |")
    for key, title in (
        ("flow_wall_s", "flow wall"),
        ("cpu_s", "CPU (pipeline process tree)"),
        ("articles_per_s", "articles/s"),
        ("peak_rss_mb", "peak RSS, MB (process tree)"),
        ("task_runs", "Prefect task runs"),
        ("orchestration_s", "orchestration (wall - busy)"),
        ("llm_calls", "LLM calls (ops.llm_calls)"),
        ("cache_hits", "LLM cache hits"),
        ("loadavg_1m", "load average 1 min (before, after)"),
    ):
        cells = " | ".join(str(runs[lab].get(key, "")) for lab in labels)
        rows.append(f"| {title} | {cells} |")
    return [*rows, ""]


def _naive(results: dict[str, dict[str, Any]]) -> list[str]:
    naive, llm = results.get("naive"), results.get("llm")
    if not naive:
        return []
    n = naive["scenario"]["n"]
    wall = naive["runs"]["first"]["flow_wall_s"]
    target_n = llm["scenario"]["n"] if llm else 10_000
    extrapolated = wall * target_n / n
    lines = [
        f"Naive shape (one task per article per stage, sequential LLM calls), measured on {n}"
        f" articles: {wall} s, {naive['runs']['first']['task_runs']} task runs."
        f" **Extrapolated linearly** to {target_n:,} articles: {extrapolated:,.0f} s.",
    ]
    if llm:
        real = llm["runs"]["first"]["flow_wall_s"]
        lines.append(
            f"The pipeline on the same LLM settings took {real} s for {target_n:,}: a ratio of"
            f" {extrapolated / real:,.0f}x."
        )
    return [" ".join(lines), ""]


def render(results: dict[str, dict[str, Any]], info: dict[str, Any]) -> str:
    lines = [
        f"Measured {info['date']} on {info['nproc']} cores ({info['cpu']}), {info['ram_gb']} GB"
        f" RAM, Python {info['python']}. Commands: see above. Raw figures: bench/out/*.json.",
        "",
        *_targets(results),
        "",
        *_naive(results),
    ]
    lines += _components(results.get("components"))
    for name, res in _scenarios(results).items():
        lines += _stage_table(name, res)
    return "\n".join(lines)


def _scenarios(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in results.items() if "runs" in v}


def _components(found: dict[str, Any] | None) -> list[str]:
    if not found:
        return []
    rows = [
        f"CPU per article of each piece, one process (`python -m bench components --n"
        f" {found['n']}`):",
        "",
        "| piece | CPU ms per article |",
        "|---|---|",
    ]
    rows += [f"| {k} | {v} |" for k, v in found["cpu_ms_per_article"].items()]
    return [*rows, ""]


def write(doc: Path, results: dict[str, dict[str, Any]]) -> None:
    """Replace the generated block of `doc` (between the markers), keeping the prose."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    block = render(results, machine())
    doc.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")


def load(out: Path, names: dict[str, str]) -> dict[str, dict[str, Any]]:
    """{label: result} for the files that exist (label -> file stem)."""
    found = {}
    for label, stem in names.items():
        path = out / f"{stem}.json"
        if path.exists():
            found[label] = json.loads(path.read_text(encoding="utf-8"))
    return found
