"""Run the real pipeline for one model into its own scratch warehouse, then score it.

Decisions:
- `run_pipeline` is the only place that knows the flow's signature: if it moves, fix it there.
- Each model gets a fresh warehouse, so nothing is served from another model's LLM cache
  and the tokens, cost and wall time measured are those of this model on these articles.
  The configured `sources_file` is dropped: an eval ingests the articles file and nothing else.
- The runner is injected (`run`), so the glue and the history are tested on a warehouse built
  by the test, independently of the pipeline.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from veille.evaluation.gold import GoldArticle
from veille.evaluation.score import EvalReport, score_warehouse
from veille.settings import Settings
from warehouse.connection import connect

PipelineRunner = Callable[[Path, Settings], dict[str, Any]]


def run_pipeline(articles: Path, settings: Settings) -> dict[str, Any]:
    """The end-to-end flow over one articles file; returns its per-stage counts."""
    from flows.pipeline import pipeline

    result: dict[str, Any] = pipeline(inputs=[str(articles)], settings=settings)
    return result


def slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", model).strip("-") or "model"


def scratch_settings(base: Settings, model: str, workdir: Path) -> Settings:
    """The user's settings, with this model and every output inside `workdir`."""
    workdir.mkdir(parents=True, exist_ok=True)
    return base.model_copy(
        update={
            "warehouse": workdir / "warehouse.duckdb",
            "publish_path": workdir / "published.duckdb",
            "docs_dir": workdir / "docs",
            "llm_model": model,
            "sources_file": None,
        }
    )


@dataclass(frozen=True)
class ModelResult:
    model: str
    report: EvalReport
    warehouse: Path
    input_tokens: int
    output_tokens: int
    cost_usd: float
    wall_s: float
    pipeline_run_id: str | None


def _usage(counts: dict[str, Any]) -> tuple[int, int, float]:
    enrich = counts.get("enrich")
    if not isinstance(enrich, dict):
        return 0, 0, 0.0
    return (
        int(enrich.get("input_tokens") or 0),
        int(enrich.get("output_tokens") or 0),
        float(enrich.get("cost_usd") or 0.0),
    )


def score_path(path: Path, golds: Sequence[GoldArticle]) -> EvalReport:
    con = connect(path, read_only=True)
    try:
        return score_warehouse(con, golds)
    finally:
        con.close()


def evaluate_model(
    articles: Path,
    golds: Sequence[GoldArticle],
    model: str,
    base: Settings,
    workdir: Path,
    run: PipelineRunner = run_pipeline,
) -> ModelResult:
    """Pipeline then score, timed; raises whatever the pipeline raises."""
    settings = scratch_settings(base, model, workdir / f"{slug(model)}-{uuid.uuid4().hex[:6]}")
    started = time.perf_counter()
    counts = run(articles, settings)
    wall_s = time.perf_counter() - started
    report = score_path(settings.warehouse, golds)
    tokens_in, tokens_out, cost = _usage(counts)
    run_id = counts.get("run_id")
    return ModelResult(
        model,
        report,
        settings.warehouse,
        tokens_in,
        tokens_out,
        cost,
        wall_s,
        str(run_id) if run_id else None,
    )


def provenance(con: duckdb.DuckDBPyConnection) -> tuple[str | None, str | None]:
    """The model and prompt version of an existing warehouse's articles, when it records a
    single one of each (these columns are beyond the scoring contract, hence optional)."""
    try:
        rows = con.sql(
            "select distinct model, prompt_version from curated.articles where model is not null"
        ).fetchall()
    except (duckdb.CatalogException, duckdb.BinderException):
        return None, None
    models = {r[0] for r in rows}
    prompts = {r[1] for r in rows if r[1] is not None}
    return (
        models.pop() if len(models) == 1 else None,
        prompts.pop() if len(prompts) == 1 else None,
    )
