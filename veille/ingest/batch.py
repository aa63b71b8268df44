"""Buffer crawl output and hand it over in small batches (or keep it, without a sink).

A batch always holds the rows of complete pages: an article, its attempts and its validators
travel together, and a feed's item list travels with (and is persisted before) the feed's own
validators. The sink returns how many of the batch's articles were duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from veille.ingest.discover import Item
from veille.ingest.records import ATTEMPT_SCHEMA, articles_frame, utc_now

ATTEMPT_ROW_SCHEMA: dict[str, pl.DataType] = {
    **ATTEMPT_SCHEMA,
    "article_url": pl.String(),  # the landed article this attempt produced (for its outcome)
    "content_hash": pl.String(),
}
CACHE_SCHEMA: dict[str, pl.DataType] = {
    "url": pl.String(),
    "etag": pl.String(),
    "last_modified": pl.String(),
    "content_hash": pl.String(),
    "checked_at": pl.Datetime("us"),
}
CHECK_SCHEMA: dict[str, pl.DataType] = {
    "url": pl.String(),
    "checked_at": pl.Datetime("us"),
    "updated_at": pl.Datetime("us"),
}
FEED_ITEM_SCHEMA: dict[str, pl.DataType] = {
    "feed_url": pl.String(),
    "item_url": pl.String(),
    "item_kind": pl.String(),
    "seen_at": pl.Datetime("us"),
    "title": pl.String(),
    "published_at": pl.Datetime("us"),
    "source": pl.String(),
    "updated_at": pl.Datetime("us"),
}


@dataclass
class CrawlBatch:
    articles: pl.DataFrame
    attempts: pl.DataFrame
    cache: pl.DataFrame
    feed_items: pl.DataFrame
    page_checks: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=CHECK_SCHEMA))


def _frame(rows: Iterable[Mapping[str, Any]], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema)


class Batcher:
    def __init__(
        self, sink: Callable[[CrawlBatch], int] | None, every: int, seconds: float
    ) -> None:
        self.sink, self.every, self.seconds = sink, every, seconds
        self.duplicates = 0
        self._last = time.monotonic()
        self._articles: list[Mapping[str, Any]] = []
        self._attempts: list[Mapping[str, Any]] = []
        self._cache: list[Mapping[str, Any]] = []
        self._items: list[Mapping[str, Any]] = []
        self._checks: list[Mapping[str, Any]] = []

    def add(
        self,
        *,
        article: Mapping[str, Any] | None = None,
        attempts: Iterable[Mapping[str, Any]] = (),
        cache: Mapping[str, Any] | None = None,
        items: Iterable[Item] = (),
        checked: Item | None = None,
    ) -> None:
        """`checked`: a page item that answered (landed, duplicate or 304), for the recheck
        rule; it travels with the page's article and validators."""
        if article is not None:
            self._articles.append(article)
        self._attempts.extend(attempts)
        if cache is not None:
            self._cache.append(cache)
        now = utc_now()
        if checked is not None:
            self._checks.append(
                {"url": checked.url, "checked_at": now, "updated_at": checked.updated_at}
            )
        self._items.extend(
            {
                "feed_url": it.origin,
                "item_url": it.url,
                "item_kind": it.kind,
                "seen_at": now,
                "title": it.title,
                "published_at": it.published_at,
                "source": it.source,
                "updated_at": it.updated_at,
            }
            for it in items
        )
        due = time.monotonic() - self._last >= self.seconds
        if self.sink is not None and (len(self._articles) >= self.every or due):
            self.flush()

    def _take(self) -> CrawlBatch:
        batch = CrawlBatch(
            articles=articles_frame(self._articles),
            attempts=_frame(self._attempts, ATTEMPT_ROW_SCHEMA),
            cache=_frame(self._cache, CACHE_SCHEMA),
            feed_items=_frame(self._items, FEED_ITEM_SCHEMA),
            page_checks=_frame(self._checks, CHECK_SCHEMA),
        )
        self._articles, self._attempts, self._cache, self._items = [], [], [], []
        self._checks = []
        return batch

    def flush(self) -> None:
        """Hand the pending rows to the sink (no-op without a sink or without rows)."""
        self._last = time.monotonic()
        if self.sink is None or not (
            self._articles or self._attempts or self._cache or self._items or self._checks
        ):
            return
        self.duplicates += self.sink(self._take())

    def collected(self) -> CrawlBatch:
        """Everything kept (no sink): within-crawl duplicates are counted here."""
        batch = self._take()
        if self.sink is None:
            unique = batch.articles.unique(subset=["url", "content_hash"]).height
            self.duplicates += batch.articles.height - unique
        return batch
