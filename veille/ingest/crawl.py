"""The async crawl: discover URLs from feeds and sitemaps, fetch pages, extract, hand over.

Crash safety: rows are handed to `sink` in small batches as pages complete (every
`flush_every` articles or `flush_seconds`), so a process killed midway keeps what was landed;
a batch carries the feed's item list before the feed's validators, so a rerun that gets a 304
for the feed still revisits the items it never reached. Without a sink, everything is returned
in the CrawlResult frames.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from veille.ingest.batch import Batcher, CrawlBatch
from veille.ingest.body import BodyTooLarge, CorruptBody, gunzip_capped
from veille.ingest.crawlresult import CrawlCounts, CrawlResult, article_row, crawl_result
from veille.ingest.discover import FeedFormatError, Item, UnsafeXMLError, parse_feed, parse_sitemap
from veille.ingest.extract import ExtractionError, extract_html
from veille.ingest.fetch import Fetched, Fetcher, FetchPolicy
from veille.ingest.files import read_inputs
from veille.ingest.recheck import Check, RecheckRule
from veille.ingest.records import utc_now
from veille.ingest.sources import Sources
from veille.settings import Settings
from veille.text import content_hash

MAX_SITEMAP_DEPTH = 2
Sink = Callable[[CrawlBatch], int]
Progress = Callable[[int, int], None]


def make_client(settings: Settings) -> httpx.AsyncClient:
    """The one shared client: our User-Agent, timeouts, no automatic redirects."""
    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    return httpx.AsyncClient(
        timeout=httpx.Timeout(settings.http_timeout_s),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
        limits=limits,
    )


class _Crawl:
    def __init__(
        self,
        fetcher: Fetcher,
        batcher: Batcher,
        known: Mapping[str, Sequence[Item]],
        progress: Progress | None,
        recheck: RecheckRule,
    ) -> None:
        self.fetcher, self.batcher, self.known, self.progress = fetcher, batcher, known, progress
        self.recheck = recheck
        self.queue: asyncio.Queue[Item | None] = asyncio.Queue()
        self.seen: set[str] = set()
        self.done = 0
        self.counts = CrawlCounts()

    def enqueue(self, items: Sequence[Item]) -> None:
        for item in items:
            if item.kind == "page" and item.url not in self.seen:
                self.seen.add(item.url)
                self.queue.put_nowait(item)

    def _log(
        self,
        fetched: Fetched,
        *,
        article: dict[str, Any] | None = None,
        cache: dict[str, Any] | None = None,
        items: Sequence[Item] = (),
        checked: Item | None = None,
        **final: Any,
    ) -> None:
        """Hand over one fetch's attempts with what it produced, in one piece (one batch)."""
        rows = [dict(row) for row in fetched.attempts]
        rows[-1].update(final)
        attempts = rows + self.fetcher.drain_robot_rows()
        self.batcher.add(
            article=article, attempts=attempts, cache=cache, items=items, checked=checked
        )
        if fetched.outcome == "failed" or final.get("outcome") == "failed":
            self.counts.failed[final.get("reason") or fetched.reason or "unknown"] += 1
        elif fetched.outcome == "skipped":
            self.counts.skipped[fetched.reason or "unknown"] += 1
        elif fetched.outcome == "not_modified":
            self.counts.not_modified += 1

    async def run(self, sources: Sources, workers: int) -> None:
        """Discover first, then fetch pages: an item listed by several sources takes its hints
        (source name, title, date) from the first in a fixed order (feeds, sitemaps, URLs as
        listed), whatever answered first."""
        found = await asyncio.gather(
            *(self._discover(url, "feed") for url in sources.feeds),
            *(self._sitemap(url, 0) for url in sources.sitemaps),
            self._files(sources.files),
        )
        for items in found:
            self.enqueue(items or [])
        self.enqueue([Item(url, "sources") for url in sources.urls])
        pool = [asyncio.create_task(self._worker()) for _ in range(workers)]
        for _ in pool:
            self.queue.put_nowait(None)
        try:
            await asyncio.gather(*pool)
        finally:
            for task in pool:
                task.cancel()
        self.batcher.flush()

    async def _worker(self) -> None:
        while (item := await self.queue.get()) is not None:
            await self._page(item)
            self.done += 1
            if self.progress:
                self.progress(self.done, len(self.seen))

    async def _discover(self, url: str, kind: str) -> list[Item] | None:
        """Fetch and parse a feed or sitemap; on 304, the items it listed last time."""
        fetched = await self.fetcher.fetch(url, kind)
        if fetched.outcome == "not_modified":
            self._log(fetched)
            # the items with the hints they had (title, date, source): what a clean run sees
            return [replace(it, via=kind) for it in self.known.get(url, ())]
        if fetched.outcome != "ok" or fetched.body is None:
            self._log(fetched)
            return None
        try:
            body = fetched.body
            if body[:2] == b"\x1f\x8b":
                body = gunzip_capped(body, self.fetcher.settings.max_body_bytes)
            items = parse_feed(body, url) if kind == "feed" else parse_sitemap(body, url)
        except (UnsafeXMLError, FeedFormatError, BodyTooLarge, CorruptBody) as exc:
            reason = {
                UnsafeXMLError: "unsafe_xml",
                BodyTooLarge: "too_large",
                CorruptBody: "bad_encoding",
            }.get(type(exc), "bad_feed")
            self._log(fetched, outcome="failed", error=str(exc), reason=reason)
            return None
        self._log(
            fetched,
            items=items,
            cache=self._cache_row(fetched, content_hash(body.decode("utf-8", "replace"))),
        )
        return items

    async def _sitemap(self, url: str, depth: int) -> list[Item]:
        items = (await self._discover(url, "sitemap")) or []
        children = (
            [it.url for it in items if it.kind == "sitemap"] if depth < MAX_SITEMAP_DEPTH else []
        )
        nested = await asyncio.gather(*(self._sitemap(child, depth + 1) for child in children))
        return items + [item for found in nested for item in found]

    async def _files(self, paths: Sequence[Path]) -> None:
        if not paths:
            return None
        batch = await asyncio.to_thread(read_inputs, list(paths))
        now = utc_now()
        for row in batch.articles.iter_rows(named=True):
            self.batcher.add(
                article=row,
                attempts=[
                    {
                        "url": row["url"],
                        "attempted_at": now,
                        "outcome": "fetched",
                        "article_url": row["url"],
                        "content_hash": row["content_hash"],
                    }
                ],
            )
        self.batcher.add(
            attempts=[
                {"url": e.origin, "attempted_at": now, "outcome": "invalid", "error": e.describe()}
                for e in batch.errors
            ]
        )
        self.counts.invalid += len(batch.errors)

    async def _page(self, item: Item) -> None:
        if not self.recheck.due(item):
            self.counts.not_rechecked += 1
            return
        fetched = await self.fetcher.fetch(item.url, "page")
        if fetched.outcome == "not_modified":
            self._log(fetched, checked=item)
            return
        if fetched.outcome != "ok" or fetched.body is None:
            self._log(fetched)
            return
        self.counts.fetched += 1
        try:
            page = await asyncio.to_thread(extract_html, fetched.body, fetched.final_url)
        except ExtractionError as exc:
            self._log(fetched, outcome="failed", error=str(exc), reason=exc.reason)
            return
        digest = content_hash(page.text)
        article = article_row(item, fetched, page, digest)
        cache = self._cache_row(fetched, digest)
        self._log(
            fetched,
            article=article,
            cache=cache,
            checked=item,
            article_url=article["url"],
            content_hash=digest,
        )

    @staticmethod
    def _cache_row(fetched: Fetched, digest: str) -> dict[str, Any] | None:
        if not (fetched.etag or fetched.last_modified):
            return None
        return {
            "url": fetched.url,
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
            "content_hash": digest,
            "checked_at": utc_now(),
        }


async def crawl(
    sources: Sources,
    settings: Settings,
    *,
    client: httpx.AsyncClient | None = None,
    http_cache: dict[str, tuple[str | None, str | None]] | None = None,
    feed_items: Mapping[str, Sequence[Item]] | None = None,
    page_checks: Mapping[str, Check] | None = None,
    policy: FetchPolicy | None = None,
    sink: Sink | None = None,
    progress: Progress | None = None,
    flush_every: int = 25,
    flush_seconds: float = 1.0,
) -> CrawlResult:
    """Crawl every source once. `http_cache` maps URL -> (ETag, Last-Modified) for conditional
    GET; `feed_items` maps a feed/sitemap URL -> the Items it listed last time; `page_checks`
    maps a page URL -> its last answered check, for the recheck rule (recheck.py)."""
    own = client is None
    http = client if client is not None else make_client(settings)
    batcher = Batcher(sink, flush_every, flush_seconds)
    recheck = RecheckRule.from_hours(settings.recheck_after_hours, page_checks)
    fetcher = Fetcher(http, settings, policy, http_cache)
    run = _Crawl(fetcher, batcher, feed_items or {}, progress, recheck)
    try:
        await run.run(sources, workers=settings.concurrency)
    finally:
        if own:
            await http.aclose()
    return crawl_result(batcher, run.counts)
