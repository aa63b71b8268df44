"""Read raw for staging and load staging.articles.

`raw_for_staging` hands the cleaner the latest version of each URL (the raw HTML is left in the
warehouse); `load_staging` replaces rows by article_id inside one transaction, so restaging the
same raw data is a no-op and a crash midway keeps the previous rows.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import polars as pl

from warehouse.loaders import read_frame, replace_by_keys

_LATEST_SQL = """
with ranked as (
    select * exclude (html_zstd),
           row_number() over (partition by url order by fetched_at desc, content_hash) as rn
    from raw.articles
)
select * exclude (rn) from ranked where rn = 1 order by url
"""


def raw_for_staging(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return read_frame(con, _LATEST_SQL)


def load_staging(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> int:
    """Replace staging.articles rows by article_id; an empty frame changes nothing."""
    return replace_by_keys(con, "staging.articles", frame, ["article_id"])


# Incremental staging (ops.staged_raw records every raw version staging has considered).
_PENDING_SQL = """
select r.url, r.content_hash
from raw.articles r
where not exists (
    select 1 from ops.staged_raw s where s.url = r.url and s.content_hash = r.content_hash
)
order by r.url, r.content_hash
"""

_LATEST_OF_SQL = """
with ranked as (
    select r.* exclude (html_zstd),
           row_number() over (partition by r.url order by r.fetched_at desc, r.content_hash) as rn
    from raw.articles r
    where list_contains(?::varchar[], r.url)
)
select * exclude (rn) from ranked where rn = 1 order by url
"""

_HOLDING_LATEST_SQL = """
with ranked as (
    select r.* exclude (html_zstd),
           row_number() over (partition by r.url order by r.fetched_at desc, r.content_hash) as rn
    from raw.articles r
)
select * exclude (rn) from ranked
where rn = 1 and list_contains(?::varchar[], content_hash)
  and not list_contains(?::varchar[], url)
order by url
"""


def pending_raw_versions(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """(url, content_hash) of raw versions landed since staging last considered them."""
    return read_frame(con, _PENDING_SQL)


def latest_raw_of(con: duckdb.DuckDBPyConnection, urls: list[str]) -> pl.DataFrame:
    """The latest raw version of each of `urls` (the shape `raw_for_staging` returns)."""
    return read_frame(con, _LATEST_OF_SQL, [urls])


def latest_raw_holding(
    con: duckdb.DuckDBPyConnection, hashes: list[str], exclude_urls: list[str]
) -> pl.DataFrame:
    """URLs (other than `exclude_urls`) whose latest raw version has one of `hashes`."""
    return read_frame(con, _HOLDING_LATEST_SQL, [hashes, exclude_urls])


def staged_hashes(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """(article_id, content_hash) of every staged article."""
    return read_frame(con, "select article_id, content_hash from staging.articles")


def record_staged_raw(
    con: duckdb.DuckDBPyConnection, versions: pl.DataFrame, run_id: str | None
) -> int:
    """Mark raw versions as considered (insert-or-ignore: a full refresh re-marks them)."""
    if versions.is_empty():
        return 0
    stamp = datetime.now(UTC).replace(tzinfo=None)
    con.register("_veille_versions", versions.select("url", "content_hash").to_arrow())
    try:
        con.execute(
            "insert or ignore into ops.staged_raw (url, content_hash, staged_at, run_id)"
            " select url, content_hash, ?, ? from _veille_versions",
            [stamp, run_id],
        )
    finally:
        con.unregister("_veille_versions")
    return versions.height


def update_story_ids(con: duckdb.DuckDBPyConnection, ids: pl.DataFrame) -> int:
    """Set story_id from `ids` (article_id, story_id) where it changed; returns rows changed."""
    current = read_frame(con, "select article_id, story_id from staging.articles")
    changed = ids.join(current, on="article_id", how="inner", suffix="_now").filter(
        pl.col("story_id").ne_missing(pl.col("story_id_now"))
    )
    if changed.is_empty():
        return 0
    con.register("_veille_stories", changed.select("article_id", "story_id").to_arrow())
    try:
        con.execute(
            "update staging.articles a set story_id = s.story_id"
            " from _veille_stories s where a.article_id = s.article_id"
        )
    finally:
        con.unregister("_veille_stories")
    return changed.height
