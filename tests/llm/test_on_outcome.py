"""The gateway hands each outcome to the caller as soon as it is final (cached ones first), so
per-article work (grounding) runs while later calls are still to be sent or in flight."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import duckdb
import pytest

from tests.llm.conftest import FAST, llm_settings
from veille.devtools.fake_llm import FakeLLM
from veille.llm.gateway import ArticleOutcome, enrich_articles
from veille.llm.ledger import Ledger
from veille.schema import ArticleInput

pytestmark = pytest.mark.slow  # litellm over loopback HTTP


def test_outcomes_arrive_one_by_one_before_the_last_call(
    con: duckdb.DuckDBPyConnection,
    fake_llm: Callable[..., FakeLLM],
    real_articles: list[dict[str, Any]],
) -> None:
    server = fake_llm()
    settings = llm_settings(server, concurrency=1)
    articles = [ArticleInput(article_id=r["article_id"], text=r["text"]) for r in real_articles[:3]]
    seen: list[tuple[ArticleOutcome, int]] = []

    def on_outcome(outcome: ArticleOutcome) -> None:
        seen.append((outcome, server.requests))

    report = asyncio.run(
        enrich_articles(
            articles, settings, Ledger(con, "r1"), "r1", policy=FAST, on_outcome=on_outcome
        )
    )
    assert sorted(o.article_id for o, _ in seen) == ["a0", "a1", "a2"]
    assert {id(o) for o, _ in seen} == {id(o) for o in report.outcomes}
    assert seen[0][1] < 3  # the first answer was handed over before the last call was sent

    cached: list[ArticleOutcome] = []
    again = asyncio.run(
        enrich_articles(articles, settings, Ledger(con, "r2"), "r2", on_outcome=cached.append)
    )
    assert again.calls_sent == 0 and [o.article_id for o in cached] == ["a0", "a1", "a2"]
    assert all(o.cached and o.status == "enriched" for o in cached)
