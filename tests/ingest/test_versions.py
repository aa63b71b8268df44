"""A changed page lands as a new version; a new ETag over the same text adds nothing."""

from __future__ import annotations

from pathlib import Path

from tasks.ingest import ingest, ingest_task
from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_crawl import FAST
from tests.ingest.test_feeds import ARTICLE
from veille.clean import stage_articles
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.staging import load_staging, raw_for_staging


def test_versions_duplicates_and_staging(tmp_path: Path) -> None:
    # every run rechecks (the recheck rule off): this test is about what a recheck finds
    settings = Settings(allow_private_hosts=True, recheck_after_hours=0)
    con = connect()
    with LoopbackServer() as server:
        server.routes["/story"] = Route(body=ARTICLE)
        sources = Sources(urls=(server.url("/story"),))
        assert ingest(con, sources, settings, "v1", policy=FAST).new == 1
        # same text, different markup: new ETag, full download, but no new row
        server.routes["/story"] = Route(body=ARTICLE.replace(b"<article>", b"<article id='x'>"))
        same = ingest(con, sources, settings, "v2", policy=FAST)
        assert (same.fetched, same.new, same.duplicates) == (1, 0, 1)
        # a correction: the text changes, a second version lands
        server.routes["/story"] = Route(body=ARTICLE.replace(b"five billion", b"six billion"))
        assert ingest(con, sources, settings, "v3", policy=FAST).new == 1
    rows = con.execute("select run_id from raw.articles order by fetched_at").fetchall()
    assert rows == [("v1",), ("v3",)]
    outcomes = con.execute(
        "select run_id, outcome from raw.fetch_log where url like '%/story' order by attempted_at"
    ).fetchall()
    assert outcomes == [("v1", "landed"), ("v2", "duplicate"), ("v3", "landed")]
    staged = stage_articles(raw_for_staging(con))
    assert staged.height == 1 and "six billion" in staged["text"][0]
    assert staged["canonical_url"][0] == "https://news.example.com/nvidia-intel"
    assert staged["language"][0] == "en"
    assert load_staging(con, staged) == 1
    con.close()


def test_ingest_task_opens_its_own_connection(tmp_path: Path, shared_dir: Path) -> None:
    warehouse = tmp_path / "task.duckdb"
    sources = Sources(files=(shared_dir / "seed" / "article.jsonl",))
    report = ingest_task.fn(str(warehouse), sources, Settings(), "task-run")
    assert report.new == 1
    con = connect(warehouse)
    assert con.execute("select run_id from raw.articles").fetchall() == [("task-run",)]
    con.close()


async def test_crawl_with_injected_client_returns_frames() -> None:
    import httpx

    from veille.ingest.crawl import crawl

    settings = Settings(allow_private_hosts=True)
    with LoopbackServer() as server:
        server.routes["/story"] = Route(
            body=ARTICLE, headers={"Last-Modified": "Tue, 01 Sep 2026 10:00:00 GMT"}
        )
        async with httpx.AsyncClient() as client:
            result = await crawl(
                Sources(urls=(server.url("/story"),)), settings, client=client, policy=FAST
            )
            assert not client.is_closed  # an injected client belongs to the caller
            again = await crawl(
                Sources(urls=(server.url("/story"),)),
                settings,
                client=client,
                policy=FAST,
                http_cache={server.url("/story"): (None, "Tue, 01 Sep 2026 10:00:00 GMT")},
            )
    assert result.articles.height == 1 and result.fetched == 1
    assert result.articles["last_modified"][0] == "Tue, 01 Sep 2026 10:00:00 GMT"
    cache = result.cache.row(0, named=True)
    assert cache["url"] == server.url("/story") and cache["etag"].startswith('"')
    assert set(result.attempts["outcome"]) == {"fetched", "failed"}  # page + robots.txt 404
    # Last-Modified alone is enough for a conditional GET
    assert (again.fetched, again.not_modified, again.articles.height) == (0, 1, 0)


def test_retry_after_parsing() -> None:
    from veille.ingest.fetch import retry_after_seconds

    assert retry_after_seconds("0") == 0.0 and retry_after_seconds(" 120 ") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
