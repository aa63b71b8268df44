"""What a crawl returns and the article row it lands (split from crawl.py to keep it small)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from veille.ingest.batch import Batcher
from veille.ingest.discover import Item
from veille.ingest.extract import Extracted
from veille.ingest.fetch import Fetched
from veille.ingest.records import compress_html, utc_now


@dataclass
class CrawlResult:
    articles: pl.DataFrame
    attempts: pl.DataFrame
    cache: pl.DataFrame
    feed_items: pl.DataFrame
    page_checks: pl.DataFrame
    fetched: int = 0
    not_modified: int = 0
    not_rechecked: int = 0  # known pages the recheck rule did not request (recheck.py)
    duplicates: int = 0
    invalid: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass
class CrawlCounts:
    fetched: int = 0
    not_modified: int = 0
    not_rechecked: int = 0
    invalid: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)


def article_row(item: Item, fetched: Fetched, page: Extracted, digest: str) -> dict[str, Any]:
    """Page metadata first, the feed's or sitemap's hints where the page has none."""
    assert fetched.body is not None
    return {
        "url": fetched.final_url,
        "canonical_url": page.canonical_url or fetched.final_url,
        "content_hash": digest,
        "source": item.source or page.site_name,
        "title": page.title or item.title,
        "author": page.author,
        "published_at": page.published_at or item.published_at,
        "site_name": page.site_name,
        "language_hint": page.language,
        "text": page.text,
        "html_zstd": compress_html(fetched.body),
        "input_kind": item.via,
        "origin": item.origin,
        "http_status": fetched.status,
        "etag": fetched.etag,
        "last_modified": fetched.last_modified,
        "fetched_at": utc_now(),
    }


def crawl_result(batcher: Batcher, counts: CrawlCounts) -> CrawlResult:
    frames = batcher.collected()
    return CrawlResult(
        frames.articles,
        frames.attempts,
        frames.cache,
        frames.feed_items,
        frames.page_checks,
        fetched=counts.fetched,
        not_modified=counts.not_modified,
        not_rechecked=counts.not_rechecked,
        duplicates=batcher.duplicates,
        invalid=counts.invalid,
        failed=counts.failed,
        skipped=counts.skipped,
    )
