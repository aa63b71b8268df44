from __future__ import annotations

from pathlib import Path

import polars as pl

from veille.clean import stage_articles
from veille.ingest.files import read_inputs
from veille.text import content_hash
from warehouse.connection import connect
from warehouse.raw import land_articles
from warehouse.staging import load_staging, raw_for_staging


def test_raw_for_staging_reads_latest_version_and_load_replaces(shared_dir: Path) -> None:
    con = connect()
    frame = read_inputs([shared_dir / "eval" / "dev" / "articles.jsonl"]).articles
    land_articles(con, frame, "run-1")
    newer = frame.head(1).with_columns(
        pl.lit("Fresh text for the first article, rewritten.").alias("text"),
        pl.col("fetched_at").dt.offset_by("1h"),
    )
    newer = newer.with_columns(pl.lit(content_hash(newer["text"][0])).alias("content_hash"))
    land_articles(con, newer, "run-2")
    raw = raw_for_staging(con)
    assert raw.height == 12 and "html_zstd" not in raw.columns
    first = raw.filter(pl.col("url") == frame["url"][0])
    assert first["text"][0] == "Fresh text for the first article, rewritten."

    staged = stage_articles(raw)
    assert load_staging(con, staged) == 12
    assert load_staging(con, staged) == 12
    assert con.execute("select count(*) from staging.articles").fetchone()[0] == 12
    assert load_staging(con, staged.head(0)) == 0
    con.close()
