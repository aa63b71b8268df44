"""The HTML of the dashboard: tiles, chart containers and tables, escaped once here.

No template engine: the page is small and every value passes through `html.escape` in one
place. Links to article sources are only rendered for http(s) URLs, so a hostile URL in the
warehouse cannot become a `javascript:` link.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from typing import Any

from veille.dashboard.charts import ChartDef
from veille.dashboard.formatting import Kind, amount, display, human, raw


@dataclass(frozen=True)
class Tile:
    metric: str
    label: str
    kind: Kind


TILES: dict[str, list[Tile]] = {
    "pipeline": [
        Tile("runs", "runs", "count"),
        Tile("failed_runs", "failed runs", "count"),
        Tile("last_run_status", "last run", "text"),
        Tile("raw_articles", "raw articles", "count"),
        Tile("staged_articles", "staged", "count"),
        Tile("enriched_articles", "enriched", "count"),
        Tile("published_articles", "published", "count"),
        Tile("fetch_failures", "fetch failures", "count"),
        Tile("llm_calls", "LLM calls sent", "count"),
        Tile("cache_hit_rate", "cache hit rate", "rate"),
        Tile("input_tokens", "input tokens", "count"),
        Tile("output_tokens", "output tokens", "count"),
        Tile("cost_usd", "LLM cost", "usd"),
    ],
    "quality": [
        Tile("validations", "validations", "count"),
        Tile("failed_validations", "failed validations", "count"),
        Tile("expectation_pass_rate", "expectations passing (latest per suite)", "rate"),
        Tile("quarantined_rows", "quarantined rows", "count"),
    ],
    "deals": [
        Tile("deals", "deals", "count"),
        Tile("deal_value_usd", "deal value (USD)", "usd_big"),
        Tile("conflicts", "conflicts to review", "count"),
        Tile("organizations", "organisations", "count"),
    ],
}

SECTIONS = {
    "pipeline": "Pipeline health",
    "quality": "Data quality",
    "deals": "Deals",
}


def tiles(section: str, values: dict[str, object]) -> str:
    cells = []
    for tile in TILES[section]:
        value = values.get(tile.metric)
        cells.append(
            f'<div class="tile"><div class="value" data-metric="{tile.metric}"'
            f' data-value="{escape(raw(value))}">{escape(display(value, tile.kind))}</div>'
            f'<div class="label">{escape(tile.label)}</div></div>'
        )
    return f'<div class="tiles">{"".join(cells)}</div>'


def chart_cards(charts: list[ChartDef], specs: dict[str, dict[str, Any]]) -> str:
    cards = []
    for chart in charts:
        empty = bool(specs[chart.name].get("usermeta", {}).get("empty"))
        cards.append(
            f'<figure class="card"><figcaption>{escape(chart.title)}</figcaption>'
            f'<div class="chart" id="chart-{chart.name}" data-chart="{chart.name}"'
            f' data-empty="{str(empty).lower()}"></div></figure>'
        )
    return f'<div class="charts">{"".join(cards)}</div>'


def link(url: str | None, text: str, title: str | None = None) -> str:
    shown = escape(text)
    if url and url.lower().startswith(("http://", "https://", "file://")):
        hint = f' title="{escape(title)}"' if title else ""
        return f'<a href="{escape(url)}"{hint}>{shown}</a>'
    return shown


def table(caption: str, headers: list[str], rows: list[list[str]], name: str) -> str:
    """A table of already escaped cells; an empty one says so."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    if not rows:
        body = f'<tr><td colspan="{len(headers)}" class="empty">no data yet</td></tr>'
    else:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f'<div class="card wide"><h3>{escape(caption)}</h3><table data-table="{name}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def deal_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in records:
        sources = ", ".join(
            link(s["url"], s["source"] or s["title"], s["title"]) for s in r["sources"]
        )
        usd = "" if r["value_usd"] is None else "$" + human(r["value_usd"])
        flag = ' <span class="flag">conflict</span>' if r["conflict"] else ""
        rows.append(
            [
                escape(r["day"] or ""),
                escape(r["deal_type"] or ""),
                escape(r["parties"] or "") + flag,
                escape(amount(r["amount_value"], r["amount_min"], r["amount_max"], r["currency"])),
                escape(usd),
                escape(str(r["n_sources"] if r["n_sources"] is not None else "")),
                sources,
            ]
        )
    return rows


def conflict_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in records:
        claims = "<br>".join(
            link(m["url"], m["source"])
            + ": "
            + escape(amount(m["amount_value"], m["amount_min"], m["amount_max"], m["currency"]))
            for m in r["mentions"]
        )
        rows.append(
            [
                escape(r["day"] or ""),
                escape(r["deal_type"] or ""),
                escape(r["parties"] or ""),
                escape(amount(r["amount_value"], r["amount_min"], r["amount_max"], r["currency"])),
                claims,
            ]
        )
    return rows


def quarantine_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    keys = ("created_at", "table_name", "record_key", "expectation", "column_name")
    return [
        [escape(str(r[k] or "")) for k in keys]
        + [escape(str(r["observed_value"] or "")), escape(str(r["reason"] or ""))]
        for r in records
    ]


def specs_script(specs: dict[str, dict[str, Any]]) -> str:
    """The specs as inert JSON; '<' is escaped so no value can close the script element."""
    payload = json.dumps(specs, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/json" id="veille-specs">{payload}</script>'
