"""A small news site on loopback servers: the dev articles as HTML pages listed in RSS feeds.

Each server is its own host (127.0.0.1, 127.0.0.2, ...), so a fan-out crawl has one part per
server. Pages and feeds carry ETags (see tests/ingest/loopback.py), so a second crawl of an
unchanged site gets 304s and the servers count every full body they sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Any

from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_crawl import rss


def page(article: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article["text"].split("\n\n") if p)
    return (
        "<html lang='en'><head>"
        f"<title>{escape(article['title'])}</title>"
        f"<meta property='article:published_time' content='{article['published_at']}'>"
        f"<meta property='og:site_name' content='{escape(article['source'])}'>"
        f"</head><body><article><h1>{escape(article['title'])}</h1>{paragraphs}</article>"
        "</body></html>"
    ).encode()


def read_articles(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class Site:
    """Articles spread over `len(servers)` hosts, each with `/feed.xml` listing its pages."""

    def __init__(self, servers: list[LoopbackServer]) -> None:
        self.servers = servers
        self.links: list[list[str]] = [[] for _ in servers]

    def add(self, article: dict[str, Any], host: int) -> str:
        server = self.servers[host]
        path = f"/news/{len(self.links[host]):03d}.html"
        server.routes[path] = Route(body=page(article))
        self.links[host].append(server.url(path))
        server.routes["/feed.xml"] = Route(
            body=rss(self.links[host]), content_type="application/rss+xml"
        )
        return server.url(path)

    def feeds(self) -> list[str]:
        return [
            s.url("/feed.xml") for s, links in zip(self.servers, self.links, strict=True) if links
        ]

    def bodies(self) -> int:
        """Full (200) bodies sent so far, feeds and pages, over every host."""
        return sum(sum(s.bodies.values()) for s in self.servers)


CURATED = ("articles", "organizations", "org_mentions", "money_mentions", "deals", "deal_mentions")


def curated_snapshot(path: Path) -> dict[str, list[str]]:
    """Every curated row, minus the columns naming the run that wrote it."""
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        snap = {}
        for table in CURATED:
            cols = [
                r[0]
                for r in con.execute(
                    "select column_name from information_schema.columns where table_schema ="
                    " 'curated' and table_name = ? and column_name not like '%run_id'"
                    " order by ordinal_position",
                    [table],
                ).fetchall()
            ]
            rows = con.execute(f"select {', '.join(cols)} from curated.{table}").fetchall()
            snap[table] = sorted(map(repr, rows))
        return snap


def llm_calls(path: Path) -> int:
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        return int(con.execute("select count(*) from ops.llm_calls").fetchall()[0][0])


@contextmanager
def dev_site(shared_dir: Path, limit: int | None = None) -> Iterator[Site]:
    """The dev articles (the first `limit`) alternately on two loopback hosts."""
    articles = read_articles(shared_dir / "eval" / "dev" / "articles.jsonl")[:limit]
    with LoopbackServer("127.0.0.1") as a, LoopbackServer("127.0.0.2") as b:
        news = Site([a, b])
        for i, article in enumerate(articles):
            news.add(article, i % 2)
        yield news
