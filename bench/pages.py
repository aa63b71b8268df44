"""HTML pages, RSS feeds and sitemaps of the benchmark corpus (bytes, built once).

Pages look like a news site's: metadata in the head (canonical link, Open Graph, article
dates, author), a navigation bar, the article in `<article>`, a related-links aside and a
footer, so that trafilatura has boilerplate to strip. Feeds are paginated RSS 2.0 (1,000 items
a page, `atom:link rel="next"` to the next page, each page also listed on its own); a sitemap
index points to urlsets of 5,000 URLs. Both list every article: the crawler deduplicates.
The site has several outlets (loopback hosts 127.0.0.1, 127.0.0.2, ...), as a news watch reads
many sites: per-host politeness then still leaves room for parallel crawling.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from bench.corpus import Article

FEED_PAGE = 1000
SITEMAP_PAGE = 5000
_NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(24))
_FOOT = "".join(f'<a href="/legal/{i}">Legal notice {i}</a> ' for i in range(12))
_AUTHORS = ("Claire Martin", "John Reed", "Anna Weber", "Lucía Gómez", "Marco Rossi")


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    etag: str
    last_modified: str


def _resource(body: bytes, content_type: str, when: datetime) -> Resource:
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return Resource(body, content_type, etag, format_datetime(when, usegmt=True))


def page_html(article: Article, base: str) -> bytes:
    esc = html.escape
    url = f"{base}/{article.slug}"
    paragraphs = "".join(f"<p>{esc(p)}</p>\n" for p in article.paragraphs)
    related = "".join(
        f'<li><a href="{base}/related/{article.index}-{i}">Related story {i}</a></li>'
        for i in range(6)
    )
    author = _AUTHORS[article.index % len(_AUTHORS)]
    day = article.published.isoformat()
    return f"""<!DOCTYPE html>
<html lang="{article.language}"><head><meta charset="utf-8">
<title>{esc(article.title)} | {esc(article.source)}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{esc(article.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{esc(article.source)}">
<meta property="article:published_time" content="{day}T08:00:00Z">
<meta name="author" content="{author}">
</head><body>
<header><div class="logo">{esc(article.source)}</div><nav><ul>{_NAV}</ul></nav></header>
<main><article><h1>{esc(article.title)}</h1>
<div class="byline">By {author}, {day}</div>
{paragraphs}</article>
<aside><h2>Related</h2><ul>{related}</ul></aside></main>
<footer><p>Copyright {esc(article.source)}. All rights reserved.</p>{_FOOT}</footer>
</body></html>
""".encode()


def _rss(items: Iterable[Article], base: str, page: int, pages: int) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{base}/{a.slug}</link>"
        f"<guid>{base}/{a.slug}</guid><pubDate>"
        f"{format_datetime(datetime(*a.published.timetuple()[:3], 8, tzinfo=UTC), usegmt=True)}"
        f"</pubDate></item>\n"
        for a in items
    )
    nxt = f'<atom:link rel="next" href="{base}/feed/{page + 1}.xml"/>' if page + 1 < pages else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Bench News</title><link>{base}/</link><description>bench</description>{nxt}\n"
        f"{entries}</channel></rss>\n"
    ).encode()


def _urlset(items: Iterable[Article], base: str) -> bytes:
    urls = "".join(
        f"<url><loc>{base}/{a.slug}</loc><lastmod>{a.published.isoformat()}</lastmod></url>\n"
        for a in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    ).encode()


def _index(count: int, base: str) -> bytes:
    maps = "".join(f"<sitemap><loc>{base}/sitemaps/{i}.xml</loc></sitemap>" for i in range(count))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{maps}</sitemapindex>\n"
    ).encode()


def base_of(article: Article, bases: Sequence[str]) -> str:
    """Articles are spread over the outlets (hosts) round-robin."""
    return bases[article.index % len(bases)]


def site(articles: list[Article], bases: Sequence[str]) -> dict[str, dict[str, Resource]]:
    """Host -> path -> resource: each outlet's pages, paginated feed, sitemaps, robots.txt."""
    return {
        base: _outlet([a for a in articles if base_of(a, bases) == base], base) for base in bases
    }


def _outlet(articles: list[Article], base: str) -> dict[str, Resource]:
    when = datetime(2026, 3, 1, tzinfo=UTC)
    out: dict[str, Resource] = {
        "/robots.txt": _resource(b"User-agent: *\nAllow: /\n", "text/plain", when)
    }
    for a in articles:
        out[f"/{a.slug}"] = _resource(page_html(a, base), "text/html; charset=utf-8", when)
    feed_pages = max(1, -(-len(articles) // FEED_PAGE))
    for p in range(feed_pages):
        chunk = articles[p * FEED_PAGE : (p + 1) * FEED_PAGE]
        out[f"/feed/{p}.xml"] = _resource(
            _rss(chunk, base, p, feed_pages), "application/rss+xml", when
        )
    maps = max(1, -(-len(articles) // SITEMAP_PAGE))
    for m in range(maps):
        chunk = articles[m * SITEMAP_PAGE : (m + 1) * SITEMAP_PAGE]
        out[f"/sitemaps/{m}.xml"] = _resource(_urlset(chunk, base), "application/xml", when)
    out["/sitemap.xml"] = _resource(_index(maps, base), "application/xml", when)
    return out


def feed_urls(n: int, bases: Sequence[str]) -> list[str]:
    """Every feed page of every outlet (n articles spread evenly over the outlets)."""
    urls = []
    for i, base in enumerate(bases):
        mine = len(range(i, n, len(bases)))
        urls += [f"{base}/feed/{p}.xml" for p in range(max(1, -(-mine // FEED_PAGE)))]
    return urls
