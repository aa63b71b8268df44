"""Incremental staging: only new raw versions are cleaned, and the result is what a full
restage of the same raw data gives (reposts, changed articles, canonical merges, stories)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tasks.stage import stage
from veille.clean import story_ids
from veille.ingest.files import read_inputs
from veille.text import content_hash
from warehouse.connection import connect
from warehouse.loaders import read_frame
from warehouse.raw import land_articles

T0 = datetime(2026, 3, 1, 8, 0)


@pytest.fixture
def dev(shared_dir: Path) -> pl.DataFrame:
    frame = read_inputs([shared_dir / "eval" / "dev" / "articles.jsonl"], now=T0).articles
    return frame.sort("url")


def _with_text(row: pl.DataFrame, text: str, **columns: object) -> pl.DataFrame:
    changed = row.with_columns(
        pl.lit(text).alias("text"), pl.lit(content_hash(text)).alias("content_hash")
    )
    return changed.with_columns(*(pl.lit(v).alias(k) for k, v in columns.items()))


def _staging(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return read_frame(con, "select * exclude (staged_at) from staging.articles order by article_id")


def _checkpoints(dev: pl.DataFrame) -> list[pl.DataFrame]:
    """Three landings: the dev set plus a repost; then changes of every kind; then nothing."""
    rows = [dev[i : i + 1] for i in range(dev.height)]
    t1, t2 = T0 + timedelta(minutes=5), T0 + timedelta(hours=1)
    repost_of_4 = rows[4].with_columns(
        pl.lit("https://mirror.example.net/copy-of-4").alias("url"),
        pl.lit(None, dtype=pl.String).alias("canonical_url"),
        pl.lit(t1).alias("fetched_at"),
    )
    first = pl.concat([dev, repost_of_4])
    near_dup = (rows[6]["text"][0] + " An editor's note was added at the end.").replace(
        rows[6]["text"][0][:40], rows[6]["text"][0][:40].upper(), 1
    )
    second = pl.concat(
        [
            _with_text(
                rows[0],
                "A rewritten first article about Nvidia and a $2 billion deal.",
                fetched_at=t2,
            ),
            rows[1].with_columns(
                pl.lit("https://other.example.com/same-as-1").alias("url"),
                pl.lit(None, dtype=pl.String).alias("canonical_url"),
                pl.lit(t2).alias("fetched_at"),
            ),
            _with_text(
                rows[4],
                "Article four changed its text, so its old text is free again.",
                fetched_at=t2,
            ),
            _with_text(
                rows[5],
                "A corrected version under a new address.",
                url="https://news.example.org/moved-5",
                canonical_url=rows[5]["url"][0],
                fetched_at=t2,
            ),
            _with_text(
                rows[6],
                near_dup,
                url="https://wire.example.com/story-6",
                canonical_url=None,
                published_at=datetime(2025, 1, 1),
                fetched_at=t2,
            ),
        ],
        how="vertical_relaxed",
    )
    return [first, second, second.head(0)]


def test_a_run_over_unchanged_raw_stages_nothing(dev: pl.DataFrame) -> None:
    con = connect()
    land_articles(con, dev, "r1")
    first = stage(con, "r1")
    assert first["pending"] == 12 and first["staged"] == 12
    before = read_frame(con, "select * from staging.articles order by article_id")
    again = stage(con, "r2")
    assert again == {"pending": 0, "staged": 0, "regrouped": 0, "seconds": 0.0}
    assert read_frame(con, "select * from staging.articles order by article_id").equals(before)


def test_only_new_versions_are_restaged(dev: pl.DataFrame) -> None:
    con = connect()
    land_articles(con, dev, "r1")
    stage(con, "r1")
    stamps = dict(con.execute("select article_id, staged_at from staging.articles").fetchall())
    changed = _with_text(
        dev[2:3], "Brand new text for article two.", fetched_at=T0 + timedelta(hours=1)
    )
    land_articles(con, changed, "r2")
    counts = stage(con, "r2")
    assert counts["pending"] == 1 and counts["staged"] == 1
    after = dict(con.execute("select article_id, staged_at from staging.articles").fetchall())
    moved = [a for a in after if after[a] != stamps[a]]
    assert len(moved) == 1
    text = con.execute("select text from staging.articles where article_id = ?", moved).fetchall()
    assert text == [("Brand new text for article two.",)]


def test_incremental_staging_equals_a_full_restage(dev: pl.DataFrame) -> None:
    incremental, full = connect(), connect()
    for n, landing in enumerate(_checkpoints(dev)):
        for con in (incremental, full):
            land_articles(con, landing, f"r{n}")
        stage(incremental, f"r{n}")
        stage(full, f"r{n}", full_refresh=True)
        assert _staging(incremental).equals(_staging(full)), f"checkpoint {n}"
    staged = _staging(incremental)
    urls = set(staged["url"].to_list())
    assert "https://mirror.example.net/copy-of-4" in urls  # repost freed by article 4's change
    assert "https://other.example.com/same-as-1" not in urls  # a repost stays out
    assert "https://news.example.org/moved-5" in urls  # canonical merge: same article id
    assert staged.height == 14
    stories = staged.group_by("story_id").len().filter(pl.col("len") > 1)
    assert stories.height >= 1  # the wire copy of article 6 joined its story
    grouped = story_ids(staged.select("article_id", "published_at", "text")).sort("article_id")
    assert staged.select("article_id", "story_id").equals(grouped)  # regrouped over the table
