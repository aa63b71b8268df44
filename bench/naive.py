"""The naive shape, as a baseline for the ratio: one Prefect task per article per stage.

What a first Prefect version of veille would look like: discover the pages, then for every
article a fetch-and-extract task and a landing task (its own connection), staging once, then
an enrichment task per article that sends one LLM call and waits for it (sequential calls),
then publish. It reuses the real stage functions (same fetcher, extractor, landing, gateway,
grounding and writer), so the difference with `flows.pipeline` is the shape alone: task
granularity, sequential calls, a connection per task. Run on a small N and extrapolated
linearly (every per-article cost is linear), labelled as such in the report.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import polars as pl
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from tasks.enrich import enrich_stage
from tasks.publish import publish_task
from tasks.stage import stage_task
from veille.ingest.crawl import make_client
from veille.ingest.crawlresult import article_row
from veille.ingest.discover import Item, parse_feed
from veille.ingest.extract import extract_html
from veille.ingest.fetch import Fetcher
from veille.ingest.records import articles_frame
from veille.settings import Settings
from veille.text import content_hash
from warehouse.connection import session
from warehouse.loaders import read_frame
from warehouse.raw import land_articles


async def _get(url: str, kind: str, settings: Settings) -> Any:
    async with make_client(settings) as client:
        return await Fetcher(client, settings).fetch(url, kind)


@task(name="naive-discover", cache_policy=NO_CACHE)
def discover_task(feed: str, settings: Settings) -> list[Item]:
    fetched = asyncio.run(_get(feed, "feed", settings))
    assert fetched.body is not None, fetched.error
    return parse_feed(fetched.body, feed)


@task(name="naive-fetch", cache_policy=NO_CACHE)
def fetch_task(item: Item, settings: Settings) -> dict[str, Any]:
    fetched = asyncio.run(_get(item.url, "page", settings))
    assert fetched.body is not None, fetched.error
    page = extract_html(fetched.body, fetched.final_url)
    return article_row(item, fetched, page, content_hash(page.text))


@task(name="naive-land", cache_policy=NO_CACHE)
def land_task(path: str, row: dict[str, Any], run_id: str) -> int:
    with session(path) as con:
        return land_articles(con, articles_frame([row]), run_id).new


@task(name="naive-enrich", cache_policy=NO_CACHE)
def enrich_one_task(path: str, settings: Settings, run_id: str, article_id: str) -> int:
    one = settings.model_copy(update={"concurrency": 1})
    with session(path) as con:
        return enrich_stage(con, one, run_id, article_ids=[article_id]).calls_sent


@flow(name="veille-naive")
def naive_pipeline(feeds: list[str], settings: Settings) -> dict[str, Any]:
    path = str(settings.warehouse)
    run_id = uuid.uuid4().hex[:16]
    items = [item for feed in feeds for item in discover_task(feed, settings)]
    landed = sum(land_task(path, fetch_task(item, settings), run_id) for item in items)
    staged = stage_task(path, run_id)
    with session(path, read_only=False) as con:
        ids = read_frame(con, "select article_id from staging.articles order by article_id")
    calls = sum(
        enrich_one_task(path, settings, run_id, a) for a in pl.Series(ids["article_id"]).to_list()
    )
    publish = publish_task(settings, run_id)
    return {
        "run_id": run_id,
        "ingest": {"new": landed},
        "stage": staged,
        "enrich": {"calls_sent": calls},
        "publish": publish,
    }
