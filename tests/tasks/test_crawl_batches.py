"""Ingestion fanned out in parts (crawl anywhere, land in the writer) lands what the one-task
ingest lands, with conditional GETs kept per part."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import polars as pl
import pytest

from tasks.crawl_batches import (
    add_ingest_reports,
    crawl_is_large,
    crawl_part,
    land_crawl,
    make_parts,
    split_sources,
)
from tasks.ingest import ingest
from tests.flows.site import Site, dev_site
from veille.ingest.discover import Item
from veille.ingest.recheck import Check
from veille.ingest.records import utc_now
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import read_frame
from warehouse.raw import load_feed_items, load_http_cache

SETTINGS = Settings(allow_private_hosts=True)


@pytest.fixture
def site(shared_dir: Path) -> Iterator[Site]:
    with dev_site(shared_dir, limit=6) as news:
        yield news


def test_split_keeps_hosts_whole_and_spreads_files() -> None:
    sources = Sources(
        feeds=("https://a.example/rss", "https://b.example/rss"),
        sitemaps=("https://a.example/sitemap.xml",),
        urls=("https://c.example/x", "https://a.example/y"),
        files=(Path("one.jsonl"), Path("two.jsonl")),
    )
    parts = split_sources(sources, 3)
    assert len(parts) == 3
    hosts = [{u.split("/")[2] for u in (*p.feeds, *p.sitemaps, *p.urls)} for p in parts]
    assert sum(len(h) for h in hosts) == 3  # every host in exactly one part
    assert {"a.example"} in hosts  # a.example's feed, sitemap and page together
    assert sorted(f for p in parts for f in p.files) == [Path("one.jsonl"), Path("two.jsonl")]
    (whole,) = split_sources(sources, 1)
    assert set(whole.urls) == set(sources.urls) and set(whole.files) == set(sources.files)
    assert split_sources(Sources(), 4) == []


def test_parts_carry_only_their_validators() -> None:
    sources = Sources(feeds=("https://a.example/rss", "https://b.example/rss"))
    a_rss, b_rss = "https://a.example/rss", "https://b.example/rss"
    items = {
        a_rss: [Item("https://a.example/1", a_rss), Item("https://cdn.example/2", a_rss)],
        b_rss: [Item("https://b.example/3", b_rss)],
    }
    cache = {
        u: ("etag", None)
        for u in (
            "https://a.example/1",
            "https://cdn.example/2",
            "https://b.example/3",
            "https://a.example/rss",
            "https://z.example/gone",
        )
    }
    parts = make_parts(sources, 2, cache, items)
    by_feed = {p.sources.feeds[0]: p for p in parts}
    assert set(by_feed["https://a.example/rss"].http_cache) == {
        "https://a.example/rss",
        "https://a.example/1",
        "https://cdn.example/2",  # listed by a's feed on another host: still a's to revalidate
    }
    assert set(by_feed["https://b.example/rss"].http_cache) == {"https://b.example/3"}
    assert set(by_feed["https://b.example/rss"].feed_items) == {"https://b.example/rss"}


def _raw(con: object) -> pl.DataFrame:
    return read_frame(con, "select url, content_hash, title, text from raw.articles order by url")  # type: ignore[arg-type]


def test_parts_land_what_one_ingest_lands_then_only_304s(site: Site) -> None:
    sources = Sources(feeds=tuple(site.feeds()))
    one, many = connect(), connect()
    ingest(one, sources, SETTINGS, "run-1")
    bodies = site.bodies()
    parts = make_parts(sources, 2, load_http_cache(many), load_feed_items(many))
    assert len(parts) == 2
    reports = [land_crawl(many, crawl_part(p, SETTINGS), "run-1") for p in parts]
    total = add_ingest_reports("run-1", reports)
    assert (total.new, total.fetched, total.failed) == (6, 6, {})
    assert _raw(many).equals(_raw(one))
    assert site.bodies() == 2 * bodies

    again = make_parts(sources, 2, load_http_cache(many), load_feed_items(many))
    second = add_ingest_reports(
        "run-2", [land_crawl(many, crawl_part(p, SETTINGS), "run-2") for p in again]
    )
    assert (second.new, second.not_modified, second.fetched) == (0, 8, 0)
    assert site.bodies() == 2 * bodies  # not one body more


def test_only_a_first_or_large_crawl_fans_out() -> None:
    feed, index, child = "https://a.example/rss", "https://a.example/sm.xml", "https://a.example/1"
    pages = [f"https://a.example/p{i}" for i in range(10)]
    sources = Sources(feeds=(feed,), sitemaps=(index,))
    items = {
        feed: [Item(u, feed) for u in pages[:6]],
        index: [Item(child, index, "sitemap")],
        child: [Item(u, child) for u in pages[4:]],
    }
    settings = Settings(task_batch_size=4)
    recent = dict.fromkeys(pages, Check(utc_now()))
    assert crawl_is_large(sources, settings, {}, {})  # never read: a first crawl
    # requested before but never listed anything (a dead feed): no cluster on every run
    assert not crawl_is_large(sources, settings, {}, {}, attempted=[feed, index])
    assert crawl_is_large(Sources(files=(Path("x.jsonl"),)), settings, items, recent)
    assert not crawl_is_large(sources, settings, items, recent)  # nothing due
    three_old = {**recent, **dict.fromkeys(pages[:3], Check(utc_now() - timedelta(days=2)))}
    assert not crawl_is_large(sources, settings, items, three_old)  # 3 due < 4 a batch
    four_due = {u: t for u, t in three_old.items() if u != pages[9]}  # + one never checked
    assert crawl_is_large(sources, settings, items, four_due)
