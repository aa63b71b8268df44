"""Ingestion fanned out over a task runner (Dask): crawl on workers, land in the flow.

- `split_sources` cuts the sources into parts by host (a site's feeds, sitemaps and pages stay
  in one part, so per-host politeness and robots.txt stay with one crawler), local files
  spread over the parts;
- `crawl_part` (any worker, network and CPU only) crawls one part with its own HTTP client and
  the conditional-GET validators and feed item lists that concern it, and returns frames;
- `land_crawl` (flow process, the one writer) lands a part's frames exactly as the one-process
  ingest lands its batches (articles, then attempts, feed items, validators).
`crawl_pooled` does the same with a local process pool (tasks/pool.py) inside one task of the
flow process, with a few parts per worker so that landing overlaps crawling.
A part's pages are landed when the part finishes, not every few pages as in the one-process
crawl: a crash loses the unlanded parts' work (their validators were not saved either, so the
next run fetches those pages again; nothing is lost).
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.ingest import IngestReport, _sink
from tasks.pool import WorkerPool, land_completed
from veille.ingest.batch import CrawlBatch
from veille.ingest.crawl import crawl
from veille.ingest.discover import Item
from veille.ingest.recheck import Check, RecheckRule
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import session
from warehouse.raw import attempted_urls, load_feed_items, load_http_cache, load_page_checks

HttpCache = dict[str, tuple[str | None, str | None]]
FeedItems = dict[str, list[Item]]
PageChecks = dict[str, Check]


class CrawlState(NamedTuple):
    """What the warehouse knows before a crawl, read once in the flow process."""

    http_cache: HttpCache
    feed_items: FeedItems
    page_checks: PageChecks
    attempted: set[str]  # the feeds and sitemaps among the sources some run already requested


@dataclass
class CrawlPart:
    """What a worker needs to crawl one part of the sources (plain data only)."""

    index: int
    sources: Sources
    http_cache: HttpCache
    feed_items: FeedItems
    page_checks: PageChecks = field(default_factory=dict)


@dataclass
class CrawlOutput:
    index: int
    batch: CrawlBatch
    fetched: int = 0
    not_modified: int = 0
    not_rechecked: int = 0
    duplicates: int = 0
    invalid: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).lower()


def _groups(sources: Sources) -> list[Sources]:
    by_host: dict[str, dict[str, list[str]]] = {}
    for kind in ("feeds", "sitemaps", "urls"):
        for url in getattr(sources, kind):
            by_host.setdefault(_host(url), {}).setdefault(kind, []).append(url)
    groups = [
        Sources(
            feeds=tuple(kinds.get("feeds", ())),
            sitemaps=tuple(kinds.get("sitemaps", ())),
            urls=tuple(kinds.get("urls", ())),
        )
        for _, kinds in sorted(by_host.items())
    ]
    return groups + [Sources(files=(path,)) for path in sources.files]


def _size(sources: Sources) -> int:
    return len(sources.feeds) + len(sources.sitemaps) + len(sources.urls) + len(sources.files)


def split_sources(sources: Sources, parts: int) -> list[Sources]:
    """At most `parts` non-empty parts, whole hosts each, balanced by number of sources."""
    groups = sorted(_groups(sources), key=_size, reverse=True)
    bins: list[Sources] = [Sources() for _ in range(max(1, min(parts, len(groups))))]
    for group in groups:
        lightest = min(range(len(bins)), key=lambda i: _size(bins[i]))
        bins[lightest] = bins[lightest].merge(group)
    return [b for b in bins if not b.is_empty()]


def _known_urls(sources: Sources, feed_items: Mapping[str, Sequence[Item]]) -> set[str]:
    """Every URL this part may request: its sources and, recursively, what they listed."""
    todo = [*sources.feeds, *sources.sitemaps, *sources.urls]
    seen: set[str] = set()
    while todo:
        url = todo.pop()
        if url not in seen:
            seen.add(url)
            todo.extend(item.url for item in feed_items.get(url, ()))
    return seen


def crawl_is_large(
    sources: Sources,
    settings: Settings,
    feed_items: Mapping[str, Sequence[Item]],
    page_checks: Mapping[str, Check],
    attempted: Collection[str] = (),
) -> bool:
    """Whether the crawl is worth fanning out: local files, a feed or sitemap never requested
    (a first crawl: its size is unknown; one that failed before does not count, or a dead feed
    would start a cluster on every run), or at least `task_batch_size` known pages due for a
    request under the recheck rule. An incremental crawl (new items of known feeds, a few
    rechecks) is cheaper in the flow process than a cluster start."""
    listings = (*sources.feeds, *sources.sitemaps)
    if sources.files or any(u not in feed_items and u not in attempted for u in listings):
        return True
    rule = RecheckRule.from_hours(settings.recheck_after_hours, page_checks)
    pages = _known_urls(sources, feed_items) - {*sources.feeds, *sources.sitemaps}
    listed = {i.url for items in feed_items.values() for i in items if i.kind == "sitemap"}
    due = sum(rule.due(Item(url, "")) for url in pages - listed)
    return due >= settings.task_batch_size


def make_parts(
    sources: Sources,
    parts: int,
    http_cache: Mapping[str, tuple[str | None, str | None]],
    feed_items: Mapping[str, Sequence[Item]],
    page_checks: Mapping[str, Check] | None = None,
) -> list[CrawlPart]:
    """The parts with only the validators, item lists and page checks each one can use."""
    checks = page_checks or {}
    out = []
    for index, part in enumerate(split_sources(sources, parts)):
        urls = _known_urls(part, feed_items)
        out.append(
            CrawlPart(
                index,
                part,
                {u: v for u, v in http_cache.items() if u in urls},
                {u: list(v) for u, v in feed_items.items() if u in urls},
                {u: checks[u] for u in urls if u in checks},
            )
        )
    return out


def crawl_part(part: CrawlPart, settings: Settings) -> CrawlOutput:
    """Crawl one part without touching the warehouse (its own event loop and HTTP client)."""
    result = asyncio.run(
        crawl(
            part.sources,
            settings,
            http_cache=part.http_cache,
            feed_items=part.feed_items,
            page_checks=part.page_checks,
        )
    )
    batch = CrawlBatch(
        result.articles, result.attempts, result.cache, result.feed_items, result.page_checks
    )
    return CrawlOutput(
        part.index,
        batch,
        fetched=result.fetched,
        not_modified=result.not_modified,
        not_rechecked=result.not_rechecked,
        duplicates=result.duplicates,
        invalid=result.invalid,
        failed=dict(result.failed),
        skipped=dict(result.skipped),
    )


def land_crawl(con: duckdb.DuckDBPyConnection, output: CrawlOutput, run_id: str) -> IngestReport:
    """The single writer: land one part like the one-process ingest lands a batch."""
    report = IngestReport(run_id=run_id)
    # land_articles counts duplicates within the batch too (output.duplicates, again)
    report.duplicates = _sink(con, report)(output.batch)
    report.fetched, report.not_modified = output.fetched, output.not_modified
    report.not_rechecked = output.not_rechecked
    report.invalid = output.invalid
    report.failed, report.skipped = dict(output.failed), dict(output.skipped)
    return report


def _add(into: dict[str, int], more: Mapping[str, int]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, 0) + value


def add_ingest_reports(run_id: str, reports: Iterable[IngestReport]) -> IngestReport:
    total = IngestReport(run_id=run_id)
    for r in reports:
        total.new += r.new
        total.duplicates += r.duplicates
        total.fetched += r.fetched
        total.not_modified += r.not_modified
        total.not_rechecked += r.not_rechecked
        total.invalid += r.invalid
        _add(total.failed, r.failed)
        _add(total.skipped, r.skipped)
    return total


PARTS_PER_WORKER = 3


def crawl_pooled(
    con: duckdb.DuckDBPyConnection,
    pool: WorkerPool,
    sources: Sources,
    settings: Settings,
    run_id: str,
) -> IngestReport:
    """Crawl the parts on the pool's workers; land each part here as it finishes."""
    parts = make_parts(
        sources,
        pool.workers * PARTS_PER_WORKER,
        load_http_cache(con),
        load_feed_items(con),
        load_page_checks(con),  # the recheck rule holds on workers too
    )
    futures = [pool.submit(crawl_part, part, settings) for part in parts]
    reports = land_completed(futures, lambda out: land_crawl(con, out, run_id))
    return add_ingest_reports(run_id, reports)


@task(name="crawl-state", cache_policy=NO_CACHE)
def crawl_state_task(warehouse_path: str, sources: Sources | None = None) -> CrawlState:
    """Validators, feed item lists, page checks and which listings were requested before."""
    listings = [*sources.feeds, *sources.sitemaps] if sources else []
    with session(warehouse_path, read_only=True) as con:
        return CrawlState(
            load_http_cache(con),
            load_feed_items(con),
            load_page_checks(con),
            attempted_urls(con, listings),
        )


@task(name="crawl-part", task_run_name="crawl-part-{part.index}", cache_policy=NO_CACHE)
def crawl_part_task(part: CrawlPart, settings: Settings) -> CrawlOutput:
    return crawl_part(part, settings)


@task(name="land-crawl", task_run_name="land-crawl-{output.index}", cache_policy=NO_CACHE)
def land_crawl_task(warehouse_path: str, output: CrawlOutput, run_id: str) -> IngestReport:
    with session(warehouse_path) as con:
        return land_crawl(con, output, run_id)


@task(name="crawl-pooled", cache_policy=NO_CACHE)
def crawl_pooled_task(
    warehouse_path: str, pool: WorkerPool, sources: Sources, settings: Settings, run_id: str
) -> IngestReport:
    with session(warehouse_path) as con:
        return crawl_pooled(con, pool, sources, settings, run_id)
