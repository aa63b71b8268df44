"""The offline fast path: `veille/offline` answered in process without litellm, same results."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import litellm

from tasks.enrich import enrich_stage
from tests.llm.conftest import stage
from veille.llm.offline_provider import is_offline, register, respond
from veille.llm.prompt import build_messages
from veille.schema import ArticleInput
from veille.settings import Settings
from warehouse.connection import connect

ROOT = Path(__file__).resolve().parents[2]
_VOLATILE = {"call_id", "created_at", "latency_ms", "run_id", "enriched_at"}


def _table(con: duckdb.DuckDBPyConnection, table: str, order: str) -> list[dict[str, Any]]:
    rows = con.sql(f"select * from {table} order by {order}").pl().to_dicts()
    return [{k: v for k, v in row.items() if k not in _VOLATILE} for row in rows]


def _run(articles: list[dict[str, Any]], direct: bool) -> dict[str, list[dict[str, Any]]]:
    con = connect(":memory:")
    stage(con, articles)
    report = enrich_stage(con, Settings(llm_offline_direct=direct), "run-d")
    assert report.enriched == len(articles) and report.calls_sent == len(articles)
    tables = {
        "ops.llm_calls": "article_id, attempt",
        "staging.enrichments": "article_id",
        "staging.org_mentions": "article_id, name, char_start",
        "staging.money_mentions": "article_id, char_start, surface",
        "staging.deal_mentions": "all",
    }
    return {t: _table(con, t, order) for t, order in tables.items()}


def test_is_offline() -> None:
    assert is_offline("veille/offline") and is_offline("veille/other")
    assert not is_offline("openai/gpt-4o") and not is_offline("veille")


async def test_direct_answer_equals_the_litellm_answer() -> None:
    register()
    article = ArticleInput(
        article_id="a", title="t", text="Meta signs a $2 billion deal with Nebius."
    )
    messages = build_messages(article)
    via = await litellm.acompletion(model="veille/offline", messages=messages)
    direct = respond(messages, "veille/offline")
    assert direct.choices[0].message.content == via.choices[0].message.content
    assert direct.usage.prompt_tokens == via.usage.prompt_tokens > 0
    assert direct.usage.completion_tokens == via.usage.completion_tokens > 0


def test_same_rows_with_and_without_the_fast_path(real_articles: list[dict[str, Any]]) -> None:
    articles = real_articles[:6]
    direct, through = _run(articles, direct=True), _run(articles, direct=False)
    assert direct == through  # ledger (request, tokens, status, answer), enrichments, mentions
    calls = direct["ops.llm_calls"]
    assert [c["status"] for c in calls] == ["ok"] * 6
    assert all(c["input_tokens"] > 0 and c["output_tokens"] > 0 for c in calls)
    assert '"response_format": {"type": "json_object"}' in calls[0]["request"]
    assert sum(len(direct[t]) for t in direct if "mentions" in t) > 0


def test_cache_answers_the_fast_path(real_articles: list[dict[str, Any]]) -> None:
    con = connect(":memory:")
    stage(con, real_articles[:3])
    settings = Settings()
    first = enrich_stage(con, settings, "run-1")
    again = enrich_stage(con, settings, "run-2", full_refresh=True)
    assert first.calls_sent == 3 and again.calls_sent == 0 and again.cache_hits == 3
    assert con.sql("select count(*) from ops.llm_calls").fetchall() == [(3,)]
    latency = con.sql("select min(latency_ms) from ops.llm_calls").fetchall()[0][0]
    assert latency > 0


def test_an_offline_run_never_imports_litellm(real_articles: list[dict[str, Any]]) -> None:
    text = real_articles[0]["text"]
    code = (
        "import sys\n"
        "from tasks.enrich import enrich_stage\n"
        "from tests.llm.conftest import stage\n"
        "from veille.settings import Settings\n"
        "from warehouse.connection import connect\n"
        "con = connect(':memory:')\n"
        f"stage(con, [{{'article_id': 'a', 'text': {text!r}}}])\n"
        "report = enrich_stage(con, Settings(), 'run')\n"
        "assert report.enriched == 1, report\n"
        "print('litellm' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr
