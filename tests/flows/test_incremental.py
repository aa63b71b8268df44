"""Incremental runs of the whole flow over a loopback news site.

A second run over unchanged sources downloads no body (304s for feeds, pages checked minutes
ago are not requested), stages
nothing, makes no LLM call, validates and publishes nothing ("skipped: nothing new", the first
run's verdicts and curated tables stand); a run after one new article enriches exactly that
article and validates and publishes again; a full refresh rechecks and redoes everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.flows.site import Site, curated_snapshot, dev_site, llm_calls, read_articles
from veille.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def site(shared_dir: Path) -> Iterator[tuple[Site, list[dict]]]:
    with dev_site(shared_dir) as news:
        yield news, read_articles(shared_dir / "seed" / "article.jsonl")


def test_second_run_is_a_no_op_and_a_new_article_is_enriched_alone(
    prefect_harness: None, tmp_path: Path, site: tuple[Site, list[dict]]
) -> None:
    news, (seed,) = site
    warehouse = tmp_path / "w.duckdb"
    settings = Settings(warehouse=warehouse, allow_private_hosts=True)

    first = pipeline(feeds=news.feeds(), settings=settings)
    assert first["ingest"]["new"] == 12 and first["ingest"]["failed"] == {}
    assert first["enrich"]["selected"] == 12 and first["enrich"]["calls_sent"] >= 12
    published, bodies, calls = curated_snapshot(warehouse), news.bodies(), llm_calls(warehouse)
    assert bodies == 14 and len(published["articles"]) == 12  # 2 feeds + 12 pages

    second = pipeline(feeds=news.feeds(), settings=settings)
    assert news.bodies() == bodies  # the feeds answered 304, the pages were not requested
    assert second["ingest"]["not_modified"] == 2 and second["ingest"]["new"] == 0
    assert second["ingest"]["not_rechecked"] == 12  # checked minutes ago (recheck rule)
    assert second["stage"]["pending"] == 0 and second["stage"]["staged"] == 0
    assert second["enrich"]["selected"] == 0 and second["enrich"]["calls_sent"] == 0
    assert second["enrich"]["cache_hits"] == 0
    assert llm_calls(warehouse) == calls
    assert curated_snapshot(warehouse) == published
    nothing_new = {"skipped": "nothing new", "results_of_run": first["run_id"]}
    for stage in ("validate_raw", "validate_staging", "validate_enrichment", "publish"):
        assert second[stage] == nothing_new, stage
    assert second["validate_curated"] == nothing_new

    url = news.add(seed, 0)
    third = pipeline(feeds=news.feeds(), settings=settings)
    assert news.bodies() == bodies + 2  # the changed feed and the new page
    assert third["ingest"]["new"] == 1 and third["stage"]["staged"] == 1
    assert third["enrich"]["selected"] == 1 and third["enrich"]["enriched"] == 1
    assert llm_calls(warehouse) == calls + third["enrich"]["calls_sent"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        enriched_now = con.execute(
            "select a.url from staging.enrichments e join staging.articles a using (article_id)"
            " where e.run_id = ?",
            [third["run_id"]],
        ).fetchall()
        curated = con.execute("select count(*) from curated.articles").fetchall()[0][0]
    assert enriched_now == [(url,)]
    assert curated == 13
    for stage in ("validate_raw", "validate_staging", "validate_enrichment", "validate_curated"):
        assert third[stage]["success"] and third[stage]["rows"] > 0, stage
    assert third["publish"]["counts"]["articles"] == 13

    forced = pipeline(feeds=news.feeds(), settings=settings, full_refresh=True)
    assert forced["ingest"]["not_modified"] == 15 and forced["ingest"]["not_rechecked"] == 0
    for stage in ("validate_raw", "validate_staging", "validate_enrichment", "validate_curated"):
        assert "skipped" not in forced[stage], stage
    assert forced["publish"]["counts"]["articles"] == 13
