"""Enrichment stage: staged articles -> LLM (through the gateway) -> grounding -> staging.

Decisions:
- An article needs enrichment unless staging.enrichments already holds a final row (enriched
  or quarantined) for the same content_hash and prompt version from one of the configured
  models. `skipped_budget` rows are not final: the next run picks them up. `full_refresh`
  redoes everything (the LLM cache still answers unchanged inputs without a call);
  `retry_quarantined` redoes quarantined articles only.
- Writes are one transaction: enrichment rows and the mention rows of every processed article
  are replaced by article_id (so a re-enriched article never keeps stale mentions), and
  quarantine rows are appended. A skipped_budget article keeps its previous rows; it only gets
  a skipped_budget row if it had none.
- The Prefect task runs the async gateway with asyncio.run, in a fresh worker thread if the
  calling thread already runs an event loop.
- This module does not import Prefect (the task, `enrich_task`, lives in tasks/enrich.py): the
  process pool's workers import it for `enrich_batch` (tasks/enrich_work.py), and Prefect's
  import cost each of them ~1.3 s of CPU and ~60 MB.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, TypeVar

import duckdb
import polars as pl

from veille.enrich_rows import Batch
from veille.faults import checkpoint
from veille.grounding import GroundedEnrichment, ground
from veille.llm import offline_provider
from veille.llm.gateway import (
    MAX_CHUNK_CHARS,
    ArticleOutcome,
    EnrichReport,
    OnOutcome,
    enrich_articles,
)
from veille.llm.ledger import Ledger
from veille.llm.limits import RetryPolicy
from veille.schema import ArticleInput
from veille.settings import Settings
from warehouse.loaders import insert_frame, read_frame

T = TypeVar("T")
_TOTALS = (
    "calls_sent",
    "cache_hits",
    "input_tokens",
    "output_tokens",
    "cost_usd",
    "budget_exhausted",
)
_MENTION_TABLES = ("staging.org_mentions", "staging.money_mentions", "staging.deal_mentions")


@dataclass
class EnrichStageReport:
    selected: int = 0
    enriched: int = 0
    quarantined: int = 0
    skipped_budget: int = 0
    calls_sent: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    budget_exhausted: bool = False
    grounded: int = 0
    ungrounded: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


ARTICLE_COLUMNS = (
    "a.article_id, a.content_hash, a.title, a.text, a.language, a.source,"
    " cast(a.published_at as varchar) as published_at"
)


def select_articles(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    article_ids: Sequence[str] | None = None,
    full_refresh: bool = False,
    retry_quarantined: bool = False,
    columns: str = ARTICLE_COLUMNS,
) -> pl.DataFrame:
    """Staged articles that need enrichment under the current models and prompt version
    (`columns="a.article_id"`: their ids only, for callers that read the texts batch by batch)."""
    models = list(dict.fromkeys([settings.llm_model, *settings.llm_fallback_models]))
    final = ["enriched"] if retry_quarantined else ["enriched", "quarantined"]
    ids_filter = (
        "and a.article_id in (select unnest(?::varchar[]))" if article_ids is not None else ""
    )
    versions = [f"{m}\x1f{offline_provider.prompt_version(m)}" for m in models]
    params: list[object] = [versions, final, full_refresh]
    if article_ids is not None:
        params.append(list(article_ids))
    return read_frame(
        con,
        f"""
        select {columns}
        from staging.articles a
        where not exists (
            select 1 from staging.enrichments e
            where e.article_id = a.article_id and e.content_hash = a.content_hash
              and list_contains(?::varchar[], e.model || chr(31) || e.prompt_version)
              and list_contains(?::varchar[], e.status) and not ?
        ) {ids_filter}
        order by a.article_id
        """,
        params,
    )


def _inputs(frame: pl.DataFrame, target_language: str) -> list[ArticleInput]:
    return [
        ArticleInput(
            article_id=row["article_id"],
            title=row["title"] or "",
            text=row["text"],
            language=row["language"],
            source=row["source"],
            published_at=row["published_at"],
            target_language=target_language,
        )
        for row in frame.iter_rows(named=True)
    ]


def ground_outcome(
    outcome: ArticleOutcome, text: str, language: str | None
) -> tuple[ArticleOutcome, GroundedEnrichment | None]:
    """Ground one answer; an answer whose free text repeats refused claims is quarantined."""
    grounded = ground(outcome.enrichment, text, language=language) if outcome.enrichment else None
    if grounded is not None and grounded.text_issues:
        reason = "answer text repeats refused claims: " + "; ".join(grounded.text_issues)
        outcome = replace(outcome, status="quarantined", expectation="grounding", error=reason)
    return outcome, grounded


Grounding = dict[str, tuple[ArticleOutcome, GroundedEnrichment | None]]


def grounding_as_answered(frame: pl.DataFrame) -> tuple[Grounding, OnOutcome]:
    """A dict and the gateway callback filling it: each answer grounded as it arrives."""
    rows = {r[0]: r for r in frame.select("article_id", "text", "language").iter_rows()}
    done: Grounding = {}

    def on_outcome(outcome: ArticleOutcome) -> None:
        _, text, language = rows[outcome.article_id]
        done[outcome.article_id] = ground_outcome(outcome, text, language)

    return done, on_outcome


def _batch(
    frame: pl.DataFrame,
    report: EnrichReport,
    settings: Settings,
    run_id: str,
    grounded: Grounding | None = None,
) -> Batch:
    """Staging rows of every answer, grounded here unless `grounded` already holds it."""
    batch = Batch(run_id)
    rows = {r["article_id"]: r for r in frame.iter_rows(named=True)}
    done = grounded or {}
    for answer in report.outcomes:
        row = rows[answer.article_id]
        found = done.get(answer.article_id)
        outcome, grounding = found or ground_outcome(answer, row["text"], row["language"])
        batch.add_enrichment(
            outcome,
            row["content_hash"],
            settings.llm_model,
            offline_provider.prompt_version(settings.llm_model),
        )
        if grounding is not None:
            batch.add_mentions(outcome.article_id, grounding)
    return batch


def write_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    """Replace enrichment and mention rows of the processed articles in one transaction."""
    write_frames(con, batch.frames())


def write_frames(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    """`write_batch` from `Batch.frames()` built elsewhere (a worker process)."""
    enrich = frames["staging.enrichments"]
    done = enrich.filter(pl.col("status") != "skipped_budget")
    skipped = enrich.filter(pl.col("status") == "skipped_budget")
    con.register("_veille_done", done.select("article_id").to_arrow())
    con.register("_veille_skipped", skipped.to_arrow())
    con.execute("begin transaction")
    try:
        for table in ("staging.enrichments", *_MENTION_TABLES):
            con.execute(
                f"delete from {table} where article_id in (select article_id from _veille_done)"
            )
        insert_frame(con, "staging.enrichments", done)
        con.execute(
            "insert into staging.enrichments by name select * from _veille_skipped s where not"
            " exists (select 1 from staging.enrichments e where e.article_id = s.article_id)"
        )
        for table in (*_MENTION_TABLES, "quality.quarantine"):
            insert_frame(con, table, frames[table])
        checkpoint("enrich.before_commit")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    finally:
        con.unregister("_veille_done")
        con.unregister("_veille_skipped")


def _stage_report(selected: int, report: EnrichReport, batch: Batch) -> EnrichStageReport:
    mentions = [*batch.orgs, *batch.money, *batch.deals]
    grounded = sum(1 for m in mentions if m["grounded"])
    statuses = [row["status"] for row in batch.enrichments]
    totals = {k: v for k, v in report.summary().items() if k in _TOTALS}
    return EnrichStageReport(
        selected=selected,
        enriched=statuses.count("enriched"),
        quarantined=statuses.count("quarantined"),
        skipped_budget=statuses.count("skipped_budget"),
        grounded=grounded,
        ungrounded=len(mentions) - grounded,
        **totals,
    )


def enrich_stage(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str,
    *,
    article_ids: Sequence[str] | None = None,
    full_refresh: bool = False,
    retry_quarantined: bool = False,
    ledger: Ledger | None = None,
    policy: RetryPolicy | None = None,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> EnrichStageReport:
    """Enrich, ground and stage every article that needs it; returns the run's totals."""
    frame = select_articles(
        con,
        settings,
        article_ids=article_ids,
        full_refresh=full_refresh,
        retry_quarantined=retry_quarantined,
    )
    if frame.is_empty():
        return EnrichStageReport()
    ledger = ledger or Ledger(con, run_id)
    articles = _inputs(frame, settings.target_language)
    grounded, on_outcome = grounding_as_answered(frame)
    report = run_sync(
        enrich_articles(
            articles,
            settings,
            ledger,
            run_id,
            policy=policy,
            max_chunk_chars=max_chunk_chars,
            on_outcome=on_outcome,
        )
    )
    batch = _batch(frame, report, settings, run_id, grounded)
    write_batch(con, batch)
    checkpoint("enrich.written")
    return _stage_report(frame.height, report, batch)


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run here, or in a worker thread when this thread already runs a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
