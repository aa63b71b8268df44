"""The pipeline with the process runner (a local pool of spawned workers) publishes exactly
what the default thread runner publishes, and stays incremental."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.pipeline import pipeline
from tests.flows.site import Site, curated_snapshot, dev_site, llm_calls, read_articles
from tests.ingest.loopback import LoopbackServer
from veille.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def site(shared_dir: Path) -> Iterator[Site]:
    with dev_site(shared_dir) as news:
        yield news


def _page_hits(site: Site) -> int:
    return sum(n for s in site.servers for path, n in s.hits.items() if path.startswith("/news/"))


def test_process_runner_publishes_the_same_tables(
    prefect_harness: None, tmp_path: Path, site: Site, shared_dir: Path
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

    # A new outlet makes the crawl large enough for the pool: the pages landed before are
    # still not requested again (the recheck rule travels to the workers).
    hits = _page_hits(site)
    with LoopbackServer("127.0.0.3") as c:
        site.servers.append(c)
        site.links.append([])
        site.add(read_articles(shared_dir / "seed" / "article.jsonl")[0], 2)
        third = pipeline(feeds=site.feeds(), settings=pooled)
        assert third["ingest"]["new"] == 1 and third["enrich"]["enriched"] == 1
        assert _page_hits(site) == hits + 1
