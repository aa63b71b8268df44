"""The enrichment stage as a Prefect task; the stage itself is tasks/enrich_core.py.

The plain functions are re-exported here (callers and tests import them from tasks.enrich).
"""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.enrich_core import (
    ARTICLE_COLUMNS,
    EnrichStageReport,
    Grounding,
    _batch,
    _inputs,
    _stage_report,
    enrich_stage,
    ground_outcome,
    grounding_as_answered,
    run_sync,
    select_articles,
    write_batch,
    write_frames,
)
from tasks.limits import LlmLimit, llm_slots
from veille.settings import Settings
from warehouse.connection import session

__all__ = [
    "ARTICLE_COLUMNS",
    "EnrichStageReport",
    "Grounding",
    "_batch",
    "_inputs",
    "_stage_report",
    "enrich_stage",
    "enrich_task",
    "ground_outcome",
    "grounding_as_answered",
    "run_sync",
    "select_articles",
    "write_batch",
    "write_frames",
]


@task(name="enrich", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def enrich_task(
    warehouse_path: str,
    settings: Settings,
    run_id: str,
    *,
    full_refresh: bool = False,
    article_ids: list[str] | None = None,
    llm_limit: LlmLimit | None = None,
) -> dict[str, Any]:
    """Holds the LLM concurrency slots (tasks/limits.py) only when something needs enriching."""
    with session(warehouse_path) as con:
        todo = select_articles(con, settings, article_ids=article_ids, full_refresh=full_refresh)
        if todo.is_empty():
            return EnrichStageReport().as_dict()
        with llm_slots(llm_limit, settings.concurrency) as slots:
            tuned = settings.model_copy(update={"concurrency": slots})
            return enrich_stage(
                con, tuned, run_id, article_ids=article_ids, full_refresh=full_refresh
            ).as_dict()
