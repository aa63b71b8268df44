"""Staging: the latest raw version of each article, cleaned with polars, incrementally.

Decisions:
- A run stages only raw versions it has not considered yet (`ops.staged_raw`, keyed by url and
  content hash): cleaning and language detection run on new or changed articles only, and a
  run over unchanged sources writes nothing to staging (staged_at stays, downstream sees no
  change). `full_refresh` restages every raw row, as the first run after a cleaning change
  should.
- Equivalence with a full restage: the candidates are the latest version of every URL that has
  a new version; a candidate whose content already stands in staging for another article is a
  repost and is dropped (first landed wins, as in `veille.clean`); when a changed article gives
  up a content hash, URLs whose latest version carries that hash (reposts dropped earlier) are
  reconsidered.
- Near-duplicate story ids are a property of the whole corpus: after a load they are recomputed
  over every staged text (MinHash) and only changed ids are written (so the batch is cleaned
  without grouping its stories first: that pass would be thrown away).
- One transaction: staging rows, story ids and the staged_raw marks commit together, so a crash
  leaves the raw versions pending for the next run.
"""

from __future__ import annotations

import time

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from veille.clean import release_language_model, stage_articles, story_ids
from veille.faults import checkpoint
from warehouse.connection import session
from warehouse.loaders import read_frame, replace_by_keys
from warehouse.staging import (
    latest_raw_holding,
    latest_raw_of,
    pending_raw_versions,
    raw_for_staging,
    record_staged_raw,
    staged_hashes,
    update_story_ids,
)

_MAX_ROUNDS = 5


def _vacated(staged: pl.DataFrame, current: pl.DataFrame) -> list[str]:
    """Hashes that staged articles give up because their new version differs."""
    replaced = current.join(staged.select("article_id", "content_hash"), on="article_id")
    gone = replaced.filter(pl.col("content_hash") != pl.col("content_hash_right"))
    return gone["content_hash"].unique().sort().to_list()


def _without_reposts(staged: pl.DataFrame, current: pl.DataFrame) -> pl.DataFrame:
    """Drop candidates whose content stands in staging for an article they do not replace."""
    kept = current.filter(~pl.col("article_id").is_in(staged["article_id"].implode()))
    return staged.filter(~pl.col("content_hash").is_in(kept["content_hash"].implode()))


def candidates(con: duckdb.DuckDBPyConnection, urls: list[str]) -> pl.DataFrame:
    """Staging rows for the latest versions of `urls` (and reposts they set free)."""
    current = staged_hashes(con)
    raw = latest_raw_of(con, urls)
    staged = stage_articles(raw, group_stories=False)
    for _ in range(_MAX_ROUNDS):
        vacated = _vacated(staged, current)
        extra = latest_raw_holding(con, vacated, raw["url"].to_list()) if vacated else None
        if extra is None or extra.is_empty():
            break
        raw = pl.concat([raw, extra], how="vertical_relaxed")
        staged = stage_articles(raw, group_stories=False)
    return _without_reposts(staged, current)


def _regroup_stories(con: duckdb.DuckDBPyConnection) -> int:
    texts = read_frame(con, "select article_id, published_at, text from staging.articles")
    return update_story_ids(con, story_ids(texts))


def stage(
    con: duckdb.DuckDBPyConnection, run_id: str | None = None, *, full_refresh: bool = False
) -> dict[str, int | float]:
    """Stage new raw versions (all of them with `full_refresh`); returns the stage counts."""
    started = time.perf_counter()
    pending = pending_raw_versions(con)
    if full_refresh:
        staged = stage_articles(raw_for_staging(con), group_stories=False)
    elif pending.is_empty():
        return {"pending": 0, "staged": 0, "regrouped": 0, "seconds": 0.0}
    else:
        staged = candidates(con, pending["url"].unique().sort().to_list())
    con.execute("begin transaction")
    try:
        loaded = replace_by_keys(
            con, "staging.articles", staged, ["article_id"], in_transaction=True
        )
        regrouped = _regroup_stories(con) if loaded else 0
        record_staged_raw(con, pending, run_id)
        con.execute("commit")
        checkpoint("stage.loaded")
    except Exception:
        con.execute("rollback")
        raise
    return {
        "pending": pending.height,
        "staged": loaded,
        "regrouped": regrouped,
        "seconds": round(time.perf_counter() - started, 3),
    }


@task(name="stage", cache_policy=NO_CACHE, retries=1)
def stage_task(
    warehouse_path: str, run_id: str, full_refresh: bool = False
) -> dict[str, int | float]:
    """Prefect boundary: its own connection, one retry (a crash leaves versions pending). The
    language model is released afterwards: the rest of the run does not use it."""
    try:
        with session(warehouse_path) as con:
            return stage(con, run_id, full_refresh=full_refresh)
    finally:
        release_language_model()
