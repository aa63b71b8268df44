"""End to end on loopback: the 181 benchmark pages through an RSS feed and a sitemap."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tasks.ingest import ingest
from tests.ingest.loopback import LoopbackServer, Route
from veille.ingest.fetch import FetchPolicy
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect

FAST = FetchPolicy(retries=2, backoff_base_s=0.01, backoff_max_s=0.5)


def rss(links: list[str], title: str = "Loopback news") -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>{escape(u)}</link><guid>{escape(u)}</guid>"
        f"<pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate></item>"
        for i, u in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://example.invalid/</link>{items}</channel></rss>"
    ).encode()


def sitemap(links: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in links)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def serve_benchmark(server: LoopbackServer, dataset: Path, limit: int | None = None) -> list[str]:
    """Each page served straight from its .html.gz with Content-Encoding: gzip."""
    keys = sorted(json.loads((dataset / "ground-truth.json").read_text()))[:limit]
    for key in keys:
        server.routes[f"/a/{key}.html"] = Route(
            body=(dataset / "html" / f"{key}.html.gz").read_bytes(),
            headers={"Content-Encoding": "gzip"},
        )
    return [server.url(f"/a/{key}.html") for key in keys]


@pytest.fixture
def dataset(shared_dir: Path) -> Path:
    return shared_dir / "datasets" / "article-extraction-benchmark"


@pytest.mark.slow
def test_feed_and_sitemap_land_all_181_then_all_304(dataset: Path) -> None:
    settings = Settings(allow_private_hosts=True, concurrency=8, per_host_concurrency=8)
    truth = json.loads((dataset / "ground-truth.json").read_text())
    con = connect()
    with LoopbackServer() as server:
        links = serve_benchmark(server, dataset)
        server.routes["/feed.xml"] = Route(body=rss(links), content_type="application/rss+xml")
        server.routes["/sitemap.xml"] = Route(body=sitemap(links), content_type="application/xml")
        sources = Sources(feeds=(server.url("/feed.xml"),), sitemaps=(server.url("/sitemap.xml"),))

        first = ingest(con, sources, settings, "run-1", policy=FAST)
        assert (first.new, first.fetched, first.failed) == (181, 181, {})
        page_bodies = {p: n for p, n in server.bodies.items() if p.startswith("/a/")}
        assert len(page_bodies) == 181 and set(page_bodies.values()) == {1}  # feed+sitemap: once
        assert server.user_agents == {settings.user_agent}
        rows = con.execute(
            "select count(*), count(distinct url), count(distinct canonical_url),"
            " count(html_zstd), min(length(text)) from raw.articles"
        ).fetchall()[0]
        assert rows[:4] == (181, 181, 181, 181) and rows[4] > 0
        canonical = {r[0] for r in con.execute("select canonical_url from raw.articles").fetchall()}
        assert len(canonical & {t["url"] for t in truth.values()}) >= 150  # 155 measured
        sources_seen = con.execute(
            "select distinct source, input_kind from raw.articles"
        ).fetchall()
        assert sources_seen == [("Loopback news", "feed")]  # the feed's hints win over the sitemap
        outcomes = dict(
            con.execute("select outcome, count(*) from raw.fetch_log group by 1").fetchall()
        )
        assert outcomes["landed"] == 181

        server.bodies.clear()
        server.hits.clear()
        quiet = ingest(con, sources, settings, "run-quiet", policy=FAST)
        # the recheck rule: pages checked minutes ago are not requested, feed and sitemap 304
        assert sum(n for p, n in server.hits.items() if p.startswith("/a/")) == 0
        assert (quiet.new, quiet.not_modified, quiet.not_rechecked) == (0, 2, 181)

        settings = settings.model_copy(update={"recheck_after_hours": 0})  # every page again
        second = ingest(con, sources, settings, "run-2", policy=FAST)
        assert sum(server.bodies.values()) == 0  # no body downloaded: feed, sitemap, pages all 304
        assert (second.new, second.fetched, second.not_modified) == (0, 0, 183)
        assert con.execute("select count(*) from raw.articles").fetchall()[0][0] == 181
        run2 = dict(
            con.execute(
                "select outcome, count(*) from raw.fetch_log where run_id = 'run-2'"
                " and url not like '%robots.txt' group by 1"
            ).fetchall()
        )
        assert run2 == {"not_modified": 183}
    con.close()
