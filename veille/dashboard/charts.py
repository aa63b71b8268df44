"""Altair (Vega-Lite) specs for the dashboard's charts, one builder per chart.

Each builder takes the frame its query returned and gives a JSON-ready Vega-Lite dict; an
empty frame gives a chart that says "no data yet" (it still draws, so the page looks the same
on a new warehouse and a test can check that every chart rendered). Data is inlined as
values: the page is static and must open from file:// with no server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import altair as alt
import polars as pl

HEIGHT = 220
STATUS_COLORS = {
    "completed": "#2e7d32",
    "ok": "#2e7d32",
    "running": "#9e9e9e",
    "failed": "#c62828",
    "error": "#c62828",
    "invalid": "#ef6c00",
}
Spec = dict[str, Any]


@dataclass(frozen=True)
class ChartDef:
    """A chart on the page: its container id, title, the query it draws, its builder."""

    name: str
    title: str
    query: str
    build: Callable[[pl.DataFrame], alt.TopLevelMixin]


DAY_AXIS = alt.Axis(format="%b %d", labelAngle=0)
RUN_AXIS = alt.Axis(format="%b %d", tickCount="day", labelAngle=0)
COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)
BOTTOM = alt.Legend(orient="bottom", columns=2, labelLimit=220)


def _data(frame: pl.DataFrame) -> alt.Data:
    return alt.Data(values=frame.to_dicts())


def _status_scale(values: list[str]) -> alt.Scale:
    known = sorted(set(values))
    return alt.Scale(domain=known, range=[STATUS_COLORS.get(v, "#5c6bc0") for v in known])


def _outcome_scale(values: list[str]) -> alt.Scale:
    colors = {"landed": "#2e7d32", "duplicate": "#90a4ae", "not_modified": "#b0bec5"}
    colors |= {"skipped": "#cfd8dc", "failed": "#c62828", "invalid": "#ef6c00"}
    known = sorted(set(values))
    return alt.Scale(domain=known, range=[colors.get(v, "#5c6bc0") for v in known])


def no_data() -> alt.Chart:
    """A placeholder that still renders as SVG, flagged in `usermeta` for readers and tests."""
    return (
        alt.Chart(alt.Data(values=[{"text": "no data yet"}]))
        .mark_text(fontSize=15, color="#8a8f98")
        .encode(text="text:N")
        .properties(width="container", height=HEIGHT, usermeta={"empty": True})
    )


def runs_over_time(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_bar()
        .encode(
            x=alt.X("yearmonthdate(day):O", title="day", axis=DAY_AXIS),
            y=alt.Y("sum(runs):Q", title="runs", axis=COUNT_AXIS),
            color=alt.Color("status:N", scale=_status_scale(frame["status"].to_list())),
            tooltip=["yearmonthdate(day):T", "status:N", "sum(runs):Q"],
        )
    )


def articles_per_stage(frame: pl.DataFrame) -> alt.LayerChart:
    base = alt.Chart(_data(frame)).encode(
        y=alt.Y("stage:N", sort=alt.EncodingSortField("step"), title=None),
        x=alt.X("articles:Q", title="articles", axis=COUNT_AXIS),
        tooltip=["stage:N", "articles:Q"],
    )
    return base.mark_bar(color="#3f51b5") + base.mark_text(align="left", dx=4).encode(
        text="articles:Q"
    )


def failures_by_reason(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_bar()
        .encode(
            y=alt.Y("reason:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("sum(failures):Q", title="failures", axis=COUNT_AXIS),
            color=alt.Color("stage:N", legend=BOTTOM),
            tooltip=["stage:N", "reason:N", "sum(failures):Q"],
        )
    )


def _daily_bars(frame: pl.DataFrame, measure: str, title: str, color: alt.Color) -> alt.Chart:
    """Stacked bars per day of `sum(measure)`, coloured by one category."""
    return (
        alt.Chart(_data(frame))
        .mark_bar()
        .encode(
            x=alt.X("yearmonthdate(day):O", title="day", axis=DAY_AXIS),
            y=alt.Y(f"sum({measure}):Q", title=title, axis=COUNT_AXIS),
            color=color,
            tooltip=["yearmonthdate(day):T", color.shorthand, f"sum({measure}):Q"],
        )
    )


def fetch_outcomes(frame: pl.DataFrame) -> alt.Chart:
    scale = _outcome_scale(frame["outcome"].to_list())
    return _daily_bars(frame, "attempts", "fetch attempts", alt.Color("outcome:N", scale=scale))


def run_duration(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_bar(width=8)
        .encode(
            x=alt.X("started_at:T", title="run", axis=RUN_AXIS),
            y=alt.Y("minutes:Q", title="duration (min)"),
            color=alt.Color("status:N", scale=_status_scale(frame["status"].to_list())),
            tooltip=[
                "run_id:N",
                "started_at:T",
                "status:N",
                alt.Tooltip("minutes:Q", format=".1f"),
            ],
        )
    )


def llm_calls(frame: pl.DataFrame) -> alt.Chart:
    scale = _status_scale(frame["status"].to_list())
    return _daily_bars(frame, "calls", "calls sent", alt.Color("status:N", scale=scale))


def cache_hit_rate(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_line(point=True, color="#00897b")
        .encode(
            x=alt.X("started_at:T", title="run", axis=RUN_AXIS),
            y=alt.Y(
                "hit_rate:Q",
                title="cache hit rate",
                scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%"),
            ),
            tooltip=["run_id:N", "started_at:T", "hits:Q", "calls:Q", "basis:N"],
        )
    )


def tokens(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .transform_fold(["input_tokens", "output_tokens"], as_=["kind", "tokens"])
        .mark_line(point=True)
        .encode(
            x=alt.X("started_at:T", title="run", axis=RUN_AXIS),
            y=alt.Y("tokens:Q", title="tokens"),
            color=alt.Color("kind:N", title=None),
            tooltip=["run_id:N", "started_at:T", "kind:N", "tokens:Q"],
        )
    )


def cost(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_area(line=True, point=True, opacity=0.3, color="#6d4c41")
        .encode(
            x=alt.X("started_at:T", title="run", axis=RUN_AXIS),
            y=alt.Y("cost_usd:Q", title="cost (USD)", axis=alt.Axis(format="$,.2f")),
            tooltip=["run_id:N", "started_at:T", alt.Tooltip("cost_usd:Q", format="$,.4f")],
        )
    )


def expectation_pass_rate(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_line(point=True)
        .encode(
            x=alt.X("validated_at:T", title="validation", axis=RUN_AXIS),
            y=alt.Y(
                "pass_rate:Q",
                title="expectations passed",
                scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%"),
            ),
            color=alt.Color("suite:N"),
            tooltip=["suite:N", "validated_at:T", "expectations:Q", "pass_rate:Q"],
        )
    )


def quarantine_reasons(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .mark_bar()
        .encode(
            y=alt.Y("reason:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("sum(rows):Q", title="quarantined rows", axis=COUNT_AXIS),
            color=alt.Color("table_name:N", title="table", legend=BOTTOM),
            tooltip=["table_name:N", "reason:N", "sum(rows):Q"],
        )
    )


def deal_value_by_month(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .transform_calculate(value_bn="datum.value_usd / 1e9")
        .mark_bar()
        .encode(
            x=alt.X("month:O", title="month", axis=alt.Axis(labelAngle=-40)),
            y=alt.Y("sum(value_bn):Q", title="deal value (USD bn)"),
            color=alt.Color("deal_type:N", title="type"),
            tooltip=["month:O", "deal_type:N", "sum(deals):Q", "sum(value_bn):Q"],
        )
    )


def top_companies(frame: pl.DataFrame) -> alt.Chart:
    return (
        alt.Chart(_data(frame))
        .transform_calculate(value_bn="datum.value_usd / 1e9")
        .mark_bar(color="#283593")
        .encode(
            y=alt.Y("company:N", sort="-x", title=None),
            x=alt.X("value_bn:Q", title="deal value (USD bn)"),
            tooltip=["company:N", "deals:Q", alt.Tooltip("value_bn:Q", format=",.2f")],
        )
    )


CHARTS: dict[str, list[ChartDef]] = {
    "pipeline": [
        ChartDef("runs", "Runs per day", "runs_by_day", runs_over_time),
        ChartDef("duration", "Run duration", "usage_by_run", run_duration),
        ChartDef("fetches", "Fetch outcomes per day", "fetch_by_day", fetch_outcomes),
        ChartDef("stages", "Articles per stage", "articles_per_stage", articles_per_stage),
        ChartDef("failures", "Failures by reason", "failures_by_reason", failures_by_reason),
        ChartDef("llm_calls", "LLM calls sent per day", "llm_calls_by_day", llm_calls),
        ChartDef("cache", "Cache hit rate per run", "cache_by_run", cache_hit_rate),
        ChartDef("tokens", "Tokens per run", "usage_by_run", tokens),
        ChartDef("cost", "Cost per run", "usage_by_run", cost),
    ],
    "quality": [
        ChartDef(
            "pass_rate", "Expectation pass rate", "expectation_pass_rate", expectation_pass_rate
        ),
        ChartDef(
            "quarantine", "Quarantined rows by reason", "quarantine_by_reason", quarantine_reasons
        ),
    ],
    "deals": [
        ChartDef("deal_value", "Deal value by month", "deal_value_by_month", deal_value_by_month),
        ChartDef("top_companies", "Top companies by deal value", "top_companies", top_companies),
    ],
}


def spec(chart: ChartDef, frame: pl.DataFrame) -> Spec:
    """The Vega-Lite dict for one chart, sized to its container."""
    built: alt.TopLevelMixin = no_data() if frame.is_empty() else chart.build(frame)
    if not frame.is_empty():
        built = built.properties(width="container", height=HEIGHT)
    themed = built.configure_view(stroke=None).configure_axis(
        labelFontSize=11, titleFontSize=11, grid=True, gridColor="#eceff1"
    )
    return dict(themed.to_dict())
