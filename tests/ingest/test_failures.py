"""Sources that fail are recorded in raw.fetch_log while the others land; robots is honoured."""

from __future__ import annotations

import socket
from ipaddress import ip_address

import pytest

from tasks.ingest import ingest
from tests.ingest.loopback import Gauge, LoopbackServer, Route
from tests.ingest.test_crawl import FAST, rss
from tests.ingest.test_feeds import ARTICLE
from veille.ingest.fetch import FetchPolicy
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def _page(n: int) -> bytes:
    return ARTICLE.replace(b"Nvidia invests in Intel", f"Story number {n}".encode()).replace(
        b"Paragraph", f"Story {n} paragraph".encode()
    )


@pytest.mark.slow
def test_failures_logged_and_the_rest_lands() -> None:
    settings = Settings(http_timeout_s=0.5)  # private hosts refused, but for 127.0.0.1 itself
    policy = FetchPolicy(
        retries=2, backoff_base_s=0.01, allowed_addresses=frozenset({ip_address("127.0.0.1")})
    )
    con = connect()
    with LoopbackServer() as server, LoopbackServer() as silent:
        server.routes["/ok1"] = Route(body=_page(1))
        server.routes["/ok2"] = Route(body=_page(2))
        server.routes["/menu"] = Route(
            body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
        )
        server.routes["/flaky"] = Route(body=_page(3), statuses=[503, 429])
        server.routes["/boom"] = Route(status=500, body=b"error")
        server.routes["/slow-down"] = Route(status=429, headers={"Retry-After": "3600"})
        server.routes["/feed.xml"] = Route(
            body=rss([server.url(p) for p in ("/ok1", "/gone", "/boom", "/flaky")])
        )
        silent.routes["/hang"] = Route(hang=True)
        closed = f"http://127.0.0.1:{_closed_port()}/nothing"
        metadata = "http://169.254.169.254/latest/meta-data/"
        urls = [server.url("/ok2"), server.url("/slow-down"), silent.url("/hang"), closed]
        urls += [metadata, server.url("/menu")]
        sources = Sources(
            feeds=(server.url("/feed.xml"), server.url("/missing-feed")), urls=tuple(urls)
        )
        report = ingest(con, sources, settings, "run-f", policy=policy)
        assert server.hits["/boom"] == 3 and server.hits["/flaky"] == 3  # retried twice
        assert server.hits["/slow-down"] == 1  # Retry-After beyond the cap: no stall, no retry
    assert report.new == 3
    assert report.failed == {
        "http_404": 2,
        "http_500": 1,
        "http_429": 1,
        "robots_unreachable": 1,
        "timeout": 1,
        "unsafe_url": 1,
        "no_text": 1,
    }
    landed = {r[0] for r in con.execute("select url from raw.articles").fetchall()}
    assert landed == {server.url(p) for p in ("/ok1", "/ok2", "/flaky")}
    log = con.execute(
        "select url, outcome, http_status, error from raw.fetch_log where run_id = 'run-f'"
    ).fetchall()
    by_url: dict[str, list[tuple]] = {}
    for url, outcome, status, error in log:
        by_url.setdefault(url, []).append((outcome, status, error))
    assert sorted(by_url[server.url("/boom")]) == [
        ("failed", 500, "HTTP 500"),
        ("retried", 500, "HTTP 500"),
        ("retried", 500, "HTTP 500"),
    ]
    assert ("failed", 404, "HTTP 404") in by_url[server.url("/gone")]
    assert ("failed", 404, "HTTP 404") in by_url[server.url("/missing-feed")]
    assert "169.254.169.254 of host '169.254.169.254' is not public" in str(
        by_url["http://169.254.169.254/latest/meta-data/"]
    )
    assert by_url[silent.url("/hang")] == [("failed", None, "timed out: ReadTimeout")]
    # nothing listens on the closed port, not even for robots.txt: RFC 9309 says disallow
    (page,) = by_url[closed]
    assert page[0] == "failed" and "robots.txt unreachable (cannot connect" in page[2]
    robots = closed.replace("/nothing", "/robots.txt")
    assert [o for o, _, _ in by_url[robots]] == ["retried", "retried", "failed"]
    con.close()


def test_robots_disallow_is_honoured() -> None:
    settings = Settings(allow_private_hosts=True)
    con = connect()
    with LoopbackServer() as server:
        server.routes["/robots.txt"] = Route(
            body=b"User-agent: veille\nDisallow: /private/\n\nUser-agent: *\nDisallow: /",
            content_type="text/plain",
        )
        server.routes["/public/a"] = Route(body=_page(1))
        server.routes["/private/b"] = Route(body=_page(2))
        sources = Sources(urls=(server.url("/public/a"), server.url("/private/b")))
        report = ingest(con, sources, settings, "run-r", policy=FAST)
        assert server.hits["/private/b"] == 0 and server.hits["/robots.txt"] == 1
    assert (report.new, report.skipped) == (1, {"robots_disallowed": 1})
    skipped = con.execute(
        "select url, error from raw.fetch_log where outcome = 'skipped'"
    ).fetchall()
    assert skipped == [(server.url("/private/b"), "disallowed by robots.txt")]
    con.close()


def test_global_and_per_host_limits() -> None:
    settings = Settings(allow_private_hosts=True, concurrency=3, per_host_concurrency=2)
    con = connect()
    both = Gauge()
    with LoopbackServer("127.0.0.1", both) as one, LoopbackServer("127.0.0.2", both) as two:
        for server in (one, two):
            for i in range(6):
                server.routes[f"/p{i}"] = Route(body=_page(i), delay=0.15)
        urls = tuple(s.url(f"/p{i}") for i in range(6) for s in (one, two))
        report = ingest(con, Sources(urls=urls), settings, "run-c", policy=FAST)
    assert report.new == 12
    assert one.max_in_flight == two.max_in_flight == 2  # per host
    assert both.peak == 3  # global
    con.close()
