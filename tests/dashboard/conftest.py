"""A populated warehouse for the dashboard tests, built row by row from polars frames.

Realistic enough to exercise every chart and table: runs over several days (one failed,
some with the enrich stage's cache counts and some without, so both ways of computing the
cache hit rate run), fetch failures, quarantined enrichments, LLM calls of every status, three
GX suites over three validations, quarantine rows, and a dozen deals over six months in
several currencies, with sources and two amount conflicts.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from warehouse.connection import connect
from warehouse.loaders import insert_frame

T0 = datetime(2025, 3, 3, 6, 0)
RUN_IDS = [f"run{i}" for i in range(1, 6)]


def _runs() -> pl.DataFrame:
    rows = []
    recorded = {"run1": (0, 8), "run2": (5, 3), "run3": (7, 1)}  # (cache_hits, calls)
    for i, run_id in enumerate(RUN_IDS):
        counts: dict[str, object] = {"ingest": {"landed": 3 + i}, "stage": {"staged": 3 + i}}
        if run_id in recorded:
            hits, calls = recorded[run_id]
            counts["enrich"] = {"cache_hits": hits, "calls": calls, "enriched": hits + calls}
        started = T0 + timedelta(days=i, hours=i)
        rows.append(
            {
                "run_id": run_id,
                "flow": "veille-pipeline",
                "started_at": started,
                "finished_at": started + timedelta(minutes=4 + i),
                "status": "failed" if run_id == "run4" else "completed",
                "counts": json.dumps(counts),
                "input_tokens": 12_000 * (i + 1),
                "output_tokens": 2_500 * (i + 1),
                "cost_usd": 0.0125 * (i + 1),
                "message": "enrich: provider timeout" if run_id == "run4" else None,
            }
        )
    return pl.DataFrame(rows)


def _fetch_log() -> pl.DataFrame:
    outcomes = (
        ["landed"] * 14
        + ["duplicate"] * 4
        + ["not_modified"] * 3
        + [("failed", 503, "HTTP 503 Service Unavailable")] * 3
        + [("failed", None, "ReadTimeout: timed out after 20.0 s")] * 2
        + [("invalid", None, "malformed JSON line: Expecting value")] * 2
    )
    rows = []
    for i, outcome in enumerate(outcomes):
        kind, status, error = outcome if isinstance(outcome, tuple) else (outcome, 200, None)
        rows.append(
            {
                "attempt_id": f"a{i:03d}",
                "run_id": RUN_IDS[i % 5],
                "url": f"https://news.example.com/story/{i}",
                "attempted_at": T0 + timedelta(days=i % 5, minutes=i),
                "outcome": kind,
                "http_status": status,
                "error": error,
                "elapsed_ms": 120.0 + i,
                "bytes": 4_000 + 10 * i,
            }
        )
    return pl.DataFrame(rows)


Call = tuple[str, str, str, str | None, int]  # article, run, status, error, article index


def _calls(i: int, article_id: str, run_id: str) -> list[Call]:
    """Articles 0, 3, 6, 9 came from the cache in their run; 2 and 10 got invalid answers."""
    calls: list[Call] = []
    if i % 3 != 0:
        calls.append((article_id, run_id, "ok", None, i))
    if i in (2, 10):
        calls.append((article_id, run_id, "invalid", "schema: amount_value not a number", i))
    if i == 4:
        calls.append((article_id, run_id, "error", "RateLimitError: 429", i))
    return calls


def _llm_calls(calls: list[Call]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "call_id": f"c{n:03d}",
                "cache_key": f"k{n}",
                "article_id": art,
                "model": "openai/gpt-4o-mini",
                "prompt_version": "v1",
                "schema_version": "1",
                "attempt": 1,
                "input_tokens": 1_500,
                "output_tokens": 300,
                "cost_usd": 0.0004,
                "latency_ms": 900.0,
                "status": status,
                "error": error,
                "created_at": T0 + timedelta(days=i % 5, minutes=n),
                "run_id": run_id,
            }
            for n, (art, run_id, status, error, i) in enumerate(calls)
        ]
    )


def _staged_rows(i: int, url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The staged article and its enrichment (10 quarantined, 11 skipped by the budget)."""
    article_id = f"art{i:02d}"
    staged = {
        "article_id": article_id,
        "url": url,
        "content_hash": f"h{i}",
        "title": f"Story {i}",
        "source": ["Reuters", "TechCrunch", "Les Echos", "Bloomberg"][i % 4],
        "text": f"Body of story {i}.",
        "word_count": 400 + i,
        "staged_at": T0 + timedelta(days=i % 5),
    }
    enriched = {
        "article_id": article_id,
        "content_hash": f"h{i}",
        "model": "openai/gpt-4o-mini",
        "prompt_version": "v1",
        "status": {10: "quarantined", 11: "skipped_budget"}.get(i, "enriched"),
        "error": "deal party not in text: 'Nebius Group'" if i == 10 else None,
        "enriched_at": T0 + timedelta(days=i % 5, minutes=5),
        "run_id": RUN_IDS[i % 5],
    }
    return staged, enriched


def _articles() -> dict[str, pl.DataFrame]:
    raw, staged, enriched, curated = [], [], [], []
    calls: list[Call] = []
    for i in range(14):
        url = f"https://news.example.com/story/{i}"
        raw.append(
            {
                "url": url,
                "content_hash": f"h{i}",
                "title": f"Story {i}",
                "text": f"Body of story {i}.",
                "input_kind": "feed",
                "fetched_at": T0 + timedelta(days=i % 5),
                "run_id": RUN_IDS[i % 5],
            }
        )
        if i >= 12:  # two raw versions never staged (still landing)
            continue
        article, enrichment = _staged_rows(i, url)
        staged.append(article)
        enriched.append(enrichment)
        calls += _calls(i, article["article_id"], enrichment["run_id"])
        if enrichment["status"] == "enriched":
            keep = ("article_id", "url", "title", "source")
            curated.append({k: article[k] for k in keep} | {"published_at": article["staged_at"]})
    return {
        "raw.articles": pl.DataFrame(raw),
        "staging.articles": pl.DataFrame(staged),
        "staging.enrichments": pl.DataFrame(enriched),
        "ops.llm_calls": _llm_calls(calls),
        "curated.articles": pl.DataFrame(curated),
    }


SUITES = {
    "staging": ["expect_column_values_to_not_be_null", "expect_column_values_to_be_unique"],
    "enrichment": [
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_match_regex",
    ],
    "curated": ["expect_column_values_to_be_between", "expect_compound_columns_unique"],
}
# (table, record key, expectation, column, observed value, reason)
QUARANTINE = [
    ("staging.enrichments", "art10", "grounded", "payload", None, "ungrounded party"),
    ("staging.deal_mentions", "art10:0", "grounded", "parties", "Nebius Group", "ungrounded party"),
    (
        "staging.money_mentions",
        "art07:1",
        "expect_column_values_to_be_between",
        "value",
        "-5",
        "negative amount",
    ),
    (
        "staging.money_mentions",
        "art08:0",
        "expect_column_values_to_be_in_set",
        "currency",
        "XYZ",
        "unknown currency",
    ),
    ("staging.org_mentions", "art05:3", "grounded", "surface", "Open AI", "span not in text"),
    (
        "staging.org_mentions",
        "art09:0",
        "grounded",
        "surface",
        "<script>x</script>",
        "span not in text",
    ),
]


def _validation(
    day: int, run_id: str, suite: str, docs: Path
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One suite's run and its expectation results; enrichment's third check fails on days 0-1."""
    expectations = SUITES[suite]
    vid = f"{run_id}-{suite}"
    when = T0 + timedelta(days=day, minutes=10)
    oks = [not (suite == "enrichment" and n == 2 and day < 2) for n in range(len(expectations))]
    run = {
        "validation_id": vid,
        "run_id": run_id,
        "suite": suite,
        "success": all(oks),
        "evaluated": len(expectations),
        "failed": oks.count(False),
        "rows": 12,
        "validated_at": when,
        "docs_path": str(docs) if day == 2 else None,
    }
    results = [
        {
            "validation_id": vid,
            "run_id": run_id,
            "suite": suite,
            "expectation": name,
            "column_name": "summary",
            "success": ok,
            "observed_value": None,
            "unexpected_count": 0 if ok else 2,
            "unexpected_percent": 0.0 if ok else 16.7,
            "validated_at": when,
        }
        for name, ok in zip(expectations, oks, strict=True)
    ]
    return run, results


def _quality(docs: Path) -> dict[str, pl.DataFrame]:
    runs, results = [], []
    for day, run_id in enumerate(RUN_IDS[:3]):
        for suite in SUITES:
            run, more = _validation(day, run_id, suite, docs)
            runs.append(run)
            results += more
    quarantine = pl.DataFrame(
        [
            {
                "run_id": RUN_IDS[i % 3],
                "table_name": table,
                "record_key": key,
                "expectation": expectation,
                "column_name": column,
                "observed_value": observed,
                "reason": reason,
                "created_at": T0 + timedelta(days=i % 3, minutes=11 + i),
            }
            for i, (table, key, expectation, column, observed, reason) in enumerate(QUARANTINE)
        ]
    )
    return {
        "quality.validation_runs": pl.DataFrame(runs),
        "quality.expectation_results": pl.DataFrame(results),
        "quality.quarantine": quarantine,
    }


# (deal_id, type, parties, value, min, max, currency, usd, announced, sources, conflict)
DEALS = [
    (
        "d01",
        "compute",
        ["Meta", "Nebius"],
        27e9,
        None,
        None,
        "USD",
        27e9,
        date(2025, 1, 14),
        3,
        False,
    ),
    (
        "d02",
        "investment",
        ["Microsoft", "OpenAI"],
        10e9,
        None,
        None,
        "USD",
        None,
        date(2025, 1, 28),
        2,
        True,
    ),
    (
        "d03",
        "acquisition",
        ["Nvidia", "Run:ai"],
        700e6,
        None,
        None,
        "USD",
        700e6,
        date(2025, 2, 3),
        1,
        False,
    ),
    (
        "d04",
        "funding",
        ["Mistral AI"],
        600e6,
        None,
        None,
        "EUR",
        650e6,
        date(2025, 2, 19),
        2,
        False,
    ),
    (
        "d05",
        "compute",
        ["Oracle", "OpenAI"],
        None,
        30e9,
        40e9,
        "USD",
        None,
        date(2025, 3, 4),
        2,
        False,
    ),
    (
        "d06",
        "partnership",
        ["Google", "Anthropic"],
        2e9,
        None,
        None,
        "USD",
        2e9,
        date(2025, 3, 21),
        1,
        False,
    ),
    ("d07", "funding", ["Anthropic"], 3.5e9, None, None, "USD", 3.5e9, date(2025, 4, 2), 3, True),
    (
        "d08",
        "funding",
        ["Aleph Alpha"],
        500e6,
        None,
        None,
        "EUR",
        None,
        date(2025, 4, 15),
        1,
        False,
    ),
    (
        "d09",
        "compute",
        ["Microsoft", "Nebius"],
        17.4e9,
        None,
        None,
        "USD",
        17.4e9,
        date(2025, 5, 9),
        2,
        False,
    ),
    (
        "d10",
        "acquisition",
        ["AMD", "ZT Systems"],
        4.9e9,
        None,
        None,
        "USD",
        4.9e9,
        date(2025, 5, 27),
        1,
        False,
    ),
    ("d11", "licensing", ["Apple", "Google"], None, None, None, None, None, None, 1, False),
    ("d12", "funding", ["xAI"], 6e9, None, None, "USD", 6e9, date(2025, 6, 12), 2, False),
]


def _deal_mentions(n: int, deal: dict[str, Any]) -> list[dict[str, Any]]:
    """One mention per source article; the second source of a conflicting deal claims 1.5x."""
    sources = [f"art{i:02d}" for i in range(10)]  # the enriched, published articles
    value, conflict = deal["amount_value"], deal["conflicting_amounts"]
    return [
        {
            "deal_id": deal["deal_id"],
            "article_id": sources[(n + 3 * k) % len(sources)],
            "parties": deal["parties"],
            "amount_value": value * (1.5 if conflict and k == 1 else 1.0)
            if value is not None
            else None,
            "amount_min": deal["amount_min"],
            "amount_max": deal["amount_max"],
            "currency": deal["currency"],
            "deal_type": deal["deal_type"],
            "evidence": f"{' and '.join(deal['parties'])} announced a {deal['deal_type']} deal",
        }
        for k in range(deal["n_sources"])
    ]


def _deals() -> dict[str, pl.DataFrame]:
    deals, mentions = [], []
    for n, (did, kind, parties, value, lo, hi, cur, usd, day, n_src, conflict) in enumerate(DEALS):
        deal = {
            "deal_id": did,
            "deal_type": kind,
            "parties": parties,
            "amount_value": value,
            "amount_min": lo,
            "amount_max": hi,
            "currency": cur,
            "amount_usd": usd,
            "announced_on": day,
            "first_seen": day or date(2025, 6, 20),
            "last_seen": (day or date(2025, 6, 20)) + timedelta(days=2),
            "n_sources": n_src,
            "conflicting_amounts": conflict,
        }
        deals.append(deal)
        mentions += _deal_mentions(n, deal)
    orgs = sorted({p for d in DEALS for p in d[2]})
    return {
        "curated.deals": pl.DataFrame(deals),
        "curated.deal_mentions": pl.DataFrame(mentions),
        "curated.organizations": pl.DataFrame(
            {
                "org_id": [f"o{i}" for i in range(len(orgs))],
                "name": orgs,
                "known": [True] * len(orgs),
            }
        ),
    }


def build_warehouse(path: Path, docs: Path) -> Path:
    """Write the populated warehouse at `path` (GX Data Docs index under `docs`)."""
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.html").write_text("<!doctype html><title>Data Docs</title>", encoding="utf-8")
    con = connect(path)
    try:
        frames = {
            "ops.runs": _runs(),
            "raw.fetch_log": _fetch_log(),
            **_articles(),
            **_quality(docs),
            **_deals(),
        }
        for table, frame in frames.items():
            insert_frame(con, table, frame)
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def populated_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dashboard-warehouse")
    return build_warehouse(root / "veille.duckdb", root / "docs")
