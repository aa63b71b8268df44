"""The run's Markdown artifact: what a person reads in the Prefect UI after a run.

Built from the warehouse (not from memory) so that it shows what was actually published.
"""

from __future__ import annotations

from typing import Any

import duckdb
from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from warehouse.connection import session

TOP_DEALS = """
select array_to_string(parties, ' + ') as parties, deal_type, amount_value, amount_min,
       amount_max, currency, n_sources
from curated.deals
order by coalesce(amount_usd, amount_value, amount_max, 0) desc
limit ?
"""


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}{suffix}"
    return f"{value:,.2f}"


def _stage_lines(counts: dict[str, Any]) -> list[str]:
    lines = ["| stage | counts |", "|---|---|"]
    for stage, values in counts.items():
        if isinstance(values, dict):
            shown = ", ".join(
                f"{k}={v}" for k, v in values.items() if not isinstance(v, (dict, list)) and v
            )
            lines.append(f"| {stage} | {shown} |")
    return lines


def run_markdown(
    con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, Any], links: dict[str, str]
) -> str:
    """The artifact body: stage counts, validation failures, cost, top deals, links."""
    enrich = counts.get("enrich") or {}
    lines = [f"# veille run `{run_id}`", "", *_stage_lines(counts), ""]
    lines.append(
        f"**LLM**: {enrich.get('calls_sent', 0)} calls, {enrich.get('cache_hits', 0)} cache hits,"
        f" {enrich.get('input_tokens', 0)} input / {enrich.get('output_tokens', 0)} output tokens,"
        f" ${float(enrich.get('cost_usd', 0.0) or 0.0):.4f}"
    )
    failures = [
        f
        for k, v in counts.items()
        if k.startswith("validate") and isinstance(v, dict)
        for f in v.get("failures") or []
    ]
    lines += ["", "## Validation failures", ""]
    lines += [f"- {f}" for f in failures] or ["- none"]
    lines += [
        "",
        "## Top deals",
        "",
        "| parties | type | amount | currency | sources |",
        "|---|---|---|---|---|",
    ]
    for parties, dtype, value, lo, hi, cur, n in con.execute(TOP_DEALS, [10]).fetchall():
        amount = _fmt(value) if value is not None else f"{_fmt(lo)} - {_fmt(hi)}".strip(" -")
        lines.append(f"| {parties} | {dtype} | {amount} | {cur or ''} | {n} |")
    lines += ["", *[f"- {name}: {target}" for name, target in links.items()]]
    return "\n".join(lines)


@task(name="run-report", cache_policy=NO_CACHE)
def run_report_task(
    warehouse_path: str, run_id: str, counts: dict[str, Any], links: dict[str, str]
) -> str:
    """Publish the run artifact (key `veille-run`) and return its Markdown."""
    with session(warehouse_path, read_only=True) as con:
        markdown = run_markdown(con, run_id, counts, links)
    create_markdown_artifact(markdown=markdown, key="veille-run", description=f"run {run_id}")
    return markdown
