"""Read raw for staging and load staging.articles.

`raw_for_staging` hands the cleaner the latest version of each URL (the raw HTML is left in the
warehouse); `load_staging` replaces rows by article_id inside one transaction, so restaging the
same raw data is a no-op and a crash midway keeps the previous rows.
"""

from __future__ import annotations

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
