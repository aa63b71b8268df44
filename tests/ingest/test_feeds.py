"""Feeds and sitemaps: parsed from our bytes only; XXE and billion laughs are harmless."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tasks.ingest import ingest
from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_crawl import FAST, rss
from veille.ingest.discover import FeedFormatError, UnsafeXMLError, parse_feed, parse_sitemap
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect

ARTICLE = (
    "<html lang='en'><head><title>Nvidia invests in Intel</title>"
    "<link rel='canonical' href='https://news.example.com/nvidia-intel'></head><body><article>"
    "<h1>Nvidia invests in Intel</h1>"
    + "".join(
        f"<p>Paragraph {i}: Nvidia said on Thursday it would invest five billion dollars in Intel"
        f" common stock, and the two companies will co-develop data-centre products.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
).encode()


def xxe_feed(secret: Path) -> bytes:
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://'
        + str(secret)
        + '">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title>'
        "<link>http://127.0.0.1/leak</link><description>&xxe;</description></item></channel></rss>"
    ).encode()


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>&lol9;</title><item><title>&lol9;</title><link>http://127.0.0.1/x</link></item>"
        "</channel></rss>"
    ).encode()


def test_unsafe_documents_refused_before_parsing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    for body in (xxe_feed(secret), billion_laughs()):
        started = time.perf_counter()
        with pytest.raises(UnsafeXMLError):
            parse_feed(body, "http://feeds.example/rss")
        with pytest.raises(UnsafeXMLError):
            parse_sitemap(body, "http://feeds.example/sitemap.xml")
        assert time.perf_counter() - started < 1.0


def test_feed_parser_never_opens_a_path_or_url(tmp_path: Path) -> None:
    secret = tmp_path / "feed.xml"
    secret.write_bytes(rss(["http://secret.example/item"]))
    # given bytes naming a file, feedparser alone would open and parse that file
    with pytest.raises(FeedFormatError):
        parse_feed(str(secret).encode(), "http://feeds.example/rss")
    with pytest.raises(FeedFormatError):
        parse_feed(b"http://127.0.0.1:9/feed.xml", "http://feeds.example/rss")


def test_atom_rss_and_sitemaps_parse() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><title>One</title><link href="/one"/><updated>2025-09-09T10:00:00Z</updated>'
        b'</entry><entry><title>Bad</title><link href="javascript:alert(1)"/></entry></feed>'
    )
    items = parse_feed(atom, "https://a.example/feed")
    assert [(i.url, i.title, i.source, i.via) for i in items] == [
        ("https://a.example/one", "One", "A", "feed")
    ]
    assert items[0].published_at is not None and items[0].published_at.day == 9
    news = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        b' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/s1</loc>'
        b"<news:news><news:publication_date>2026-03-17T08:00:00+01:00</news:publication_date>"
        b"<news:title>Meta and Nebius</news:title></news:news></url></urlset>"
    )
    (item,) = parse_sitemap(news, "https://n.example/news.xml")
    assert (item.url, item.title, item.kind) == ("https://n.example/s1", "Meta and Nebius", "page")
    assert item.published_at is not None and item.published_at.hour == 7
    index = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc>https://n.example/s-1.xml.gz</loc></sitemap></sitemapindex>"
    )
    assert [(i.url, i.kind) for i in parse_sitemap(index, "https://n.example/i.xml")] == [
        ("https://n.example/s-1.xml.gz", "sitemap")
    ]
    with pytest.raises(FeedFormatError):
        parse_sitemap(b"<html><body>nope</body></html>", "https://n.example/x")


@pytest.mark.slow
def test_hostile_feeds_harmless_while_the_good_feed_lands(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    con = connect()
    with LoopbackServer() as server:
        server.routes["/xxe.xml"] = Route(body=xxe_feed(secret), content_type="application/rss+xml")
        server.routes["/lol.xml"] = Route(body=billion_laughs(), content_type="text/xml")
        server.routes["/story"] = Route(body=ARTICLE)
        server.routes["/good.xml"] = Route(
            body=rss([server.url("/story")]), content_type="text/xml"
        )
        feeds = tuple(server.url(p) for p in ("/xxe.xml", "/lol.xml", "/good.xml"))
        report = ingest(
            con, Sources(feeds=feeds), Settings(allow_private_hosts=True), "r", policy=FAST
        )
    assert report.new == 1 and report.failed == {"unsafe_xml": 2}
    dump = str(con.execute("select * from raw.articles").fetchall())
    dump += str(con.execute("select * from raw.fetch_log").fetchall())
    assert "TOP-SECRET-TOKEN" not in dump and "lollol" not in dump
    errors = dict(
        con.execute("select url, error from raw.fetch_log where outcome = 'failed'").fetchall()
    )
    assert "EntitiesForbidden" in errors[feeds[0]] and "EntitiesForbidden" in errors[feeds[1]]
    con.close()
