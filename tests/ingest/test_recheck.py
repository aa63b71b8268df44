"""The recheck rule: a page that answered recently is not requested again.

Counted on a loopback site: requests per path, not just downloaded bodies.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

import duckdb

from tasks.ingest import ingest
from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_crawl import FAST, rss
from tests.ingest.test_feeds import ARTICLE
from veille.ingest.discover import Item, parse_feed, parse_sitemap
from veille.ingest.recheck import Check, RecheckRule
from veille.ingest.records import utc_now
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect

PAGES = 6
SETTINGS = Settings(allow_private_hosts=True)


def _site(server: LoopbackServer) -> list[str]:
    paths = [f"/p/{i}" for i in range(PAGES)]
    for i, path in enumerate(paths):
        server.routes[path] = Route(body=ARTICLE.replace(b"five billion", f"{i}0 billion".encode()))
    return [server.url(p) for p in paths]


def _page_hits(server: LoopbackServer) -> int:
    return sum(n for path, n in server.hits.items() if path.startswith("/p/"))


def _age_checks(con: duckdb.DuckDBPyConnection, hours: float) -> None:
    con.execute("update raw.page_checks set checked_at = checked_at - ?", [timedelta(hours=hours)])


def test_a_page_checked_inside_the_window_is_not_requested_again() -> None:
    con = connect()
    with LoopbackServer() as server:
        links = _site(server)
        server.routes["/feed.xml"] = Route(body=rss(links), content_type="application/rss+xml")
        sources = Sources(feeds=(server.url("/feed.xml"),))
        first = ingest(con, sources, SETTINGS, "r1", policy=FAST)
        assert (first.new, first.not_rechecked) == (PAGES, 0) and _page_hits(server) == PAGES

        server.hits.clear()
        second = ingest(con, sources, SETTINGS, "r2", policy=FAST)
        # the feed answers 304 and lists known pages only: no page is requested at all
        assert _page_hits(server) == 0 and server.hits["/feed.xml"] == 1
        assert (second.new, second.fetched, second.not_modified) == (0, 0, 1)
        assert second.not_rechecked == PAGES
        assert con.execute("select count(*) from raw.fetch_log where run_id = 'r2'"
                           " and url like '%/p/%'").fetchall() == [(0,)]  # fmt: skip

        _age_checks(con, SETTINGS.recheck_after_hours + 1)  # a day later: conditional GETs
        server.hits.clear()
        third = ingest(con, sources, SETTINGS, "r3", policy=FAST)
        assert _page_hits(server) == PAGES and sum(server.bodies.values()) == PAGES + 1
        assert (third.not_modified, third.not_rechecked) == (PAGES + 1, 0)

        server.hits.clear()  # ... and the 304s count as checks: the next run is quiet again
        assert ingest(con, sources, SETTINGS, "r4", policy=FAST).not_rechecked == PAGES
        assert _page_hits(server) == 0
    con.close()


def test_a_new_item_and_a_failed_page_are_requested_and_zero_turns_the_rule_off() -> None:
    con = connect()
    with LoopbackServer() as server:
        links = _site(server)
        server.routes["/p/0"].statuses = [404]  # fails once: no check recorded
        sources = Sources(urls=tuple(links[:-1]))
        assert ingest(con, sources, SETTINGS, "r1", policy=FAST).new == PAGES - 2
        server.hits.clear()
        again = ingest(con, Sources(urls=tuple(links)), SETTINGS, "r2", policy=FAST)
        assert again.new == 2 and again.not_rechecked == PAGES - 2
        hit = {p for p, n in server.hits.items() if n and p.startswith("/p/")}
        assert hit == {"/p/0", f"/p/{PAGES - 1}"}

        server.hits.clear()
        every_run = SETTINGS.model_copy(update={"recheck_after_hours": 0})
        off = ingest(con, Sources(urls=tuple(links)), every_run, "r3", policy=FAST)
        assert _page_hits(server) == PAGES and off.not_modified == PAGES
    con.close()


def _sitemap(entries: list[tuple[str, str]]) -> bytes:
    urls = "".join(f"<url><loc>{escape(u)}</loc><lastmod>{m}</lastmod></url>" for u, m in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def test_a_newer_sitemap_lastmod_fetches_a_correction_inside_the_window() -> None:
    con = connect()
    with LoopbackServer() as server:
        links = _site(server)
        old = "2026-01-01T00:00:00Z"
        server.routes["/sitemap.xml"] = Route(body=_sitemap([(u, old) for u in links]))
        sources = Sources(sitemaps=(server.url("/sitemap.xml"),))
        assert ingest(con, sources, SETTINGS, "r1", policy=FAST).new == PAGES
        # an old check but an unchanged lastmod: still not requested
        _age_checks(con, 24 * 30)
        server.routes["/p/1"] = Route(body=ARTICLE.replace(b"five billion", b"eleven billion"))
        fixed = (utc_now() + timedelta(minutes=5)).isoformat() + "Z"
        entries = [(u, fixed if u == links[1] else old) for u in links]
        server.routes["/sitemap.xml"] = Route(body=_sitemap(entries))
        server.hits.clear()
        report = ingest(con, sources, SETTINGS, "r2", policy=FAST)
        assert {p for p, n in server.hits.items() if p.startswith("/p/")} == {"/p/1"}
        assert (report.new, report.not_rechecked) == (1, PAGES - 1)
        # the sitemap answers 304: its items come back from raw.feed_items with their lastmod,
        # so month-old checks with unchanged lastmods still request nothing
        _age_checks(con, 24 * 30)
        server.hits.clear()
        quiet = ingest(con, sources, SETTINGS, "r3", policy=FAST)
        assert _page_hits(server) == 0 and quiet.not_modified == 1
        assert quiet.not_rechecked == PAGES
    texts = con.execute("select text from raw.articles where run_id = 'r2'").fetchall()
    assert "eleven billion" in texts[0][0]
    con.close()


def test_the_rule_itself() -> None:
    now = datetime(2026, 11, 26, 12)
    rule = RecheckRule(timedelta(hours=24), {"u": Check(now - timedelta(hours=3))}, now)
    assert rule.due(Item("never-checked", "f")) and not rule.due(Item("u", "f"))
    assert RecheckRule(timedelta(hours=2), rule.checked, now).due(Item("u", "f"))
    # no lastmod recorded at the check: the listing's date against the check time
    changed = Item("u", "f", updated_at=now - timedelta(hours=1))
    unchanged = Item("u", "f", updated_at=now - timedelta(days=9))
    assert rule.due(changed) and not rule.due(unchanged)
    assert not RecheckRule(timedelta(hours=1), rule.checked, now).due(unchanged)
    assert RecheckRule(timedelta(0), rule.checked, now).due(unchanged)
    # a lastmod recorded at the check: any other value is a change (a date-only lastmod of the
    # check's own day, corrected later that day, is not lost against the check time)
    day = datetime(2026, 11, 26)
    seen = RecheckRule(timedelta(hours=24), {"u": Check(now - timedelta(hours=1), day)}, now)
    assert not seen.due(Item("u", "f", updated_at=day))
    assert seen.due(Item("u", "f", updated_at=day + timedelta(hours=14)))
    assert not seen.due(Item("u", "f"))  # no date in the listing: the time window


def test_listings_give_lastmod_and_atom_updated_but_not_the_rss_pub_date() -> None:
    (item,) = parse_sitemap(_sitemap([("https://x.test/a", "2026-03-02T10:00:00+01:00")]), "s")
    assert item.updated_at == datetime(2026, 3, 2, 9)
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title>'
        b'<link href="https://x.test/a"/><id>a</id><published>2026-03-01T00:00:00Z</published>'
        b"<updated>2026-03-04T08:00:00Z</updated></entry></feed>"
    )
    assert parse_feed(atom, "https://x.test/atom")[0].updated_at == datetime(2026, 3, 4, 8)
    (plain,) = parse_feed(rss(["https://x.test/a"]), "https://x.test/rss")
    assert plain.published_at is not None and plain.updated_at is None
