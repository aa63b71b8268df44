"""Find article URLs in feeds (RSS, Atom) and sitemaps (urlset, news, index), from bytes.

Safety decisions: parsers only ever see bytes we fetched. feedparser is handed an
`io.BytesIO`: given `bytes` or `str` it would treat short inputs as a path or URL and open it
itself. Every document is first screened with defusedxml, and any DTD entity declaration or
external reference (XXE, billion laughs) rejects the whole document before feedparser or
ElementTree see it. Sitemaps are parsed with defusedxml only.
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from veille.ingest.records import parse_published

MAX_ITEMS = 50_000  # the sitemap protocol's own limit per file


class UnsafeXMLError(ValueError):
    """The document declares entities or references external resources: refused."""


class FeedFormatError(ValueError):
    """Not a feed or sitemap we can read."""


@dataclass(frozen=True)
class Item:
    url: str
    origin: str  # the feed or sitemap it was found in
    kind: str = "page"  # or "sitemap" for the children of a sitemap index
    title: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    via: str = "url"  # how it was found: feed, sitemap or url (listed directly)
    updated_at: datetime | None = None  # the listing's own last-modified (lastmod, atom:updated)


def _screen(body: bytes) -> Element | None:
    """defusedxml parse: the tree, or None if the XML is malformed (feedparser may cope)."""
    try:
        return DefusedET.fromstring(body)
    except defusedxml.DefusedXmlException as exc:
        raise UnsafeXMLError(f"unsafe XML refused: {type(exc).__name__}") from exc
    except ParseError:
        return None


def _http_url(value: str | None, base: str) -> str | None:
    if not value:
        return None
    url = urljoin(base, value.strip())
    return url if url.lower().startswith(("http://", "https://")) else None


def _utc(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).replace(tzinfo=None)


def _entry_date(entry: Any) -> datetime | None:
    return _utc(entry.get("published_parsed") or dict.get(entry, "updated_parsed"))


def _entry_updated(entry: Any) -> datetime | None:
    """Only an explicit <updated>/<dc:modified>: feedparser's `entry.get("updated_parsed")`
    falls back to the publication date, which says nothing about a later correction."""
    return _utc(dict.get(entry, "updated_parsed"))


def parse_feed(body: bytes, feed_url: str) -> list[Item]:
    """RSS/Atom items with an http(s) link, in document order, deduplicated."""
    import feedparser

    _screen(body)
    try:  # untrusted bytes: a feedparser bug must cost this feed, not the whole crawl
        parsed = feedparser.parse(
            io.BytesIO(body), response_headers={"content-location": feed_url}, sanitize_html=False
        )
    except (ValueError, TypeError, LookupError, AttributeError, RecursionError) as exc:
        # found by fuzzing: a namespace URI with invalid UTF-8 makes feedparser's SAX
        # handler raise ValueError ("too many values to unpack")
        raise FeedFormatError(f"feed parser failed: {type(exc).__name__}: {exc}") from exc
    if not parsed.entries and parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        raise FeedFormatError(f"not a readable feed: {reason}")
    source = parsed.feed.get("title") or None
    items: dict[str, Item] = {}
    for entry in parsed.entries[:MAX_ITEMS]:
        url = _http_url(entry.get("link"), feed_url)
        if url and url not in items:
            title = entry.get("title") or None
            items[url] = Item(
                url, feed_url, "page", title, _entry_date(entry), source, "feed",
                _entry_updated(entry),
            )  # fmt: skip
    return list(items.values())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(node: Element, name: str) -> str | None:
    for child in node.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _published(text: str | None) -> datetime | None:
    try:
        return parse_published(text)
    except ValueError:
        return None


def parse_sitemap(body: bytes, sitemap_url: str) -> list[Item]:
    """Page URLs of a urlset (with news:title and publication dates) or children of an index."""
    root = _screen(body)
    if root is None:
        raise FeedFormatError("not well-formed XML")
    kind = {"urlset": "page", "sitemapindex": "sitemap"}.get(_local(root.tag))
    if kind is None:
        raise FeedFormatError(f"not a sitemap: root element <{_local(root.tag)}>")
    items: dict[str, Item] = {}
    for node in root:
        if _local(node.tag) not in ("url", "sitemap") or len(items) >= MAX_ITEMS:
            continue
        url = _http_url(_child_text(node, "loc"), sitemap_url)
        if url and url not in items:
            date = _published(_child_text(node, "publication_date"))
            title = _child_text(node, "title")
            lastmod = _published(_child_text(node, "lastmod"))
            items[url] = Item(url, sitemap_url, kind, title, date, None, "sitemap", lastmod)
    return list(items.values())
