"""The pipeline with the process runner (a local pool of spawned workers) publishes exactly
what the default thread runner publishes, and stays incremental."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.pipeline import pipeline
from tests.flows.site import Site, curated_snapshot, llm_calls, read_articles
from tests.ingest.loopback import LoopbackServer
from veille.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def site(shared_dir: Path) -> Iterator[Site]:
    articles = read_articles(shared_dir / "eval" / "dev" / "articles.jsonl")
    with LoopbackServer("127.0.0.1") as a, LoopbackServer("127.0.0.2") as b:
        news = Site([a, b])
        for i, article in enumerate(articles):
            news.add(article, i % 2)
        yield news


def test_process_runner_publishes_the_same_tables(
    prefect_harness: None, tmp_path: Path, site: Site
) -> None:
    thread = Settings(warehouse=tmp_path / "thread.duckdb", allow_private_hosts=True)
    pipeline(feeds=site.feeds(), settings=thread)
    pooled = Settings(
        warehouse=tmp_path / "process.duckdb",
        allow_private_hosts=True,
        task_runner="process",
        process_workers=2,
        task_batch_size=4,
    )
    first = pipeline(feeds=site.feeds(), settings=pooled)
    assert first["ingest"]["new"] == 12 and first["enrich"]["enriched"] == 12
    assert curated_snapshot(pooled.warehouse) == curated_snapshot(thread.warehouse)
    assert llm_calls(pooled.warehouse) == llm_calls(thread.warehouse)

    bodies, calls = site.bodies(), llm_calls(pooled.warehouse)
    second = pipeline(feeds=site.feeds(), settings=pooled)
    assert site.bodies() == bodies and llm_calls(pooled.warehouse) == calls
    assert second["enrich"]["selected"] == 0 and second["stage"]["staged"] == 0
    assert curated_snapshot(pooled.warehouse) == curated_snapshot(thread.warehouse)
