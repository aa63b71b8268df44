"""The run's Markdown artifact: what a person reads in the Prefect UI after a run.

Built from the warehouse (ops.runs and the curated tables, not from memory) so that it shows
what was recorded and published, for failed runs too (with the error). Every stage gets a line
even when it did nothing: "0 new" is the news of an incremental run over unchanged sources.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from warehouse.connection import session

TOP_DEALS = """
select array_to_string(parties, ' + ') as parties, deal_type, amount_value, amount_min,
       amount_max, currency, amount_usd, announced_on, n_sources
from curated.deals
order by coalesce(amount_usd, amount_value, amount_max, 0) desc, announced_on, deal_id
limit ?
"""
RUN = """
select flow, status, started_at, finished_at, flow_run_id, task_runner, full_refresh, message
from ops.runs where run_id = ?
"""
# What each stage's counts mean, in the order a reader wants them.
_STAGE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "ingest": (
        ("new", "new"),
        ("duplicates", "already landed"),
        ("fetched", "fetched"),
        ("not_modified", "not modified (304)"),
        ("not_rechecked", "not rechecked (checked recently)"),
        ("invalid", "invalid"),
    ),
    "stage": (("pending", "new raw versions"), ("staged", "staged"), ("regrouped", "regrouped")),
    "select": (("articles", "articles in range"), ("start", "from"), ("end", "to")),
    "enrich": (
        ("selected", "selected"),
        ("enriched", "enriched"),
        ("quarantined", "quarantined"),
        ("skipped_budget", "skipped (budget)"),
        ("ungrounded", "ungrounded mentions"),
    ),
    "publish": (
        ("rejected", "rejected"),
        ("conflicting_deals", "conflicting deals"),
        ("elapsed_s", "s rebuild"),
    ),
}


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}{suffix}"
    return f"{value:,.2f}"


def _skipped(values: dict[str, Any]) -> str | None:
    """A stage skipped for having nothing new (tasks/freshness.py), said so."""
    if not isinstance(values.get("skipped"), str):
        return None
    return f"skipped: {values['skipped']} (results of run {values.get('results_of_run')} stand)"


def _stage_text(stage: str, values: dict[str, Any]) -> str:
    if (skipped := _skipped(values)) is not None:
        return skipped
    parts = [f"{values.get(key, 0)} {label}" for key, label in _STAGE_FIELDS.get(stage, ())]
    if stage == "publish":
        tables = values.get("counts") or {}
        parts = [f"{tables.get(t, 0)} {t}" for t in ("articles", "deals")] + parts
    for kind in ("failed", "skipped"):
        reasons = values.get(kind) or {}
        if reasons:
            parts.append(f"{kind}: " + ", ".join(f"{k}={v}" for k, v in sorted(reasons.items())))
    return ", ".join(parts)


def _stages(counts: dict[str, Any]) -> list[str]:
    timings = counts.get("timings") or {}
    lines = ["| stage | result | seconds |", "|---|---|---:|"]
    for stage, values in counts.items():
        if stage in _STAGE_FIELDS and isinstance(values, dict):
            lines.append(f"| {stage} | {_stage_text(stage, values)} | {timings.get(stage, '')} |")
    return lines


def _validations(counts: dict[str, Any]) -> tuple[list[str], list[str]]:
    timings = counts.get("timings") or {}
    lines = ["| stage | rows | expectations | quarantined | result | seconds |"]
    lines.append("|---|---:|---:|---:|---|---:|")
    failures = []
    for key, v in counts.items():
        if key.startswith("validate_") and isinstance(v, dict):
            stage = key.removeprefix("validate_")
            if (skipped := _skipped(v)) is not None:
                lines.append(f"| {stage} | | | | {skipped} | {timings.get(key, '')} |")
                continue
            verdict = "passed" if v.get("success") else "**failed**"
            lines.append(
                f"| {stage} | {v.get('rows', 0)} | {v.get('evaluated', 0)} |"
                f" {v.get('quarantined', 0)} | {verdict} | {timings.get(key, '')} |"
            )
            failures += [f"{stage}: {f}" for f in v.get("failures") or []]
    return lines, failures


def _llm(counts: dict[str, Any]) -> str:
    e = counts.get("enrich") or {}
    return (
        f"**LLM**: {e.get('calls_sent', 0)} calls, {e.get('cache_hits', 0)} cache hits,"
        f" {e.get('input_tokens', 0)} input / {e.get('output_tokens', 0)} output tokens,"
        f" ${float(e.get('cost_usd', 0.0) or 0.0):.4f}"
        + (" (budget exhausted)" if e.get("budget_exhausted") else "")
    )


def _deals(con: duckdb.DuckDBPyConnection, limit: int) -> list[str]:
    lines = ["| parties | type | amount | currency | USD | announced | sources |"]
    lines.append("|---|---|---:|---|---:|---|---:|")
    for parties, dtype, value, lo, hi, cur, usd, day, n in con.execute(
        TOP_DEALS, [limit]
    ).fetchall():
        amount = _fmt(value) if value is not None else f"{_fmt(lo)} - {_fmt(hi)}".strip(" -")
        lines.append(
            f"| {parties} | {dtype} | {amount or 'undisclosed'} | {cur or ''} | {_fmt(usd)}"
            f" | {day or ''} | {n} |"
        )
    return lines


def _link(name: str, target: str) -> str:
    if not target:
        return f"- {name}: not built"
    if "://" in target:
        return f"- [{name}]({target})"
    return f"- [{name}]({Path(target).resolve().as_uri()}) (`{target}`)"


def run_markdown(
    con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, Any], links: dict[str, str]
) -> str:
    """The artifact body: status, stages, validations, failures, LLM cost, top deals, links."""
    row = con.execute(RUN, [run_id]).fetchone()
    flow, status, started, finished, flow_run_id, runner, full, message = row or (None,) * 8
    lines = [f"# veille run `{run_id}`: {status or 'unknown'}", ""]
    lines.append(
        f"{flow or ''} · started {started} · finished {finished} · runner {runner or 'thread'}"
        + (" · full refresh" if full else " · incremental")
        + (f" · flow run `{flow_run_id}`" if flow_run_id else "")
    )
    if message:
        lines += ["", f"**Error**: `{message}`"]
    validations, failures = _validations(counts)
    lines += ["", "## Stages", "", *_stages(counts), "", _llm(counts)]
    lines += ["", "## Validation", "", *validations, "", "## Failures", ""]
    ingest = counts.get("ingest") or {}
    failures += [f"ingest: {k} x{v}" for k, v in sorted((ingest.get("failed") or {}).items())]
    lines += [f"- {f}" for f in failures] or ["- none"]
    lines += ["", "## Top deals", "", *_deals(con, 10), "", "## Links", ""]
    lines += [_link(name, target) for name, target in links.items()]
    return "\n".join(lines) + "\n"


@task(name="run-report", cache_policy=NO_CACHE)
def run_report_task(
    warehouse_path: str, run_id: str, counts: dict[str, Any], links: dict[str, str]
) -> str:
    """Publish the run artifact (key `veille-run`) and return its Markdown."""
    with session(warehouse_path, read_only=True) as con:
        markdown = run_markdown(con, run_id, counts, links)
    create_markdown_artifact(markdown=markdown, key="veille-run", description=f"run {run_id}")
    return markdown
