"""Staging: the latest raw version of each article, cleaned with polars."""

from __future__ import annotations

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from veille.clean import stage_articles
from veille.faults import checkpoint
from warehouse.connection import session
from warehouse.staging import load_staging, raw_for_staging


def stage(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild staging rows for every raw article (idempotent: replace by article_id)."""
    raw = raw_for_staging(con)
    staged = stage_articles(raw)
    loaded = load_staging(con, staged) if staged.height else 0
    checkpoint("stage.loaded")
    return {"raw": raw.height, "staged": loaded}


@task(name="stage", cache_policy=NO_CACHE, retries=1)
def stage_task(warehouse_path: str, run_id: str) -> dict[str, int]:
    with session(warehouse_path) as con:
        return stage(con)
