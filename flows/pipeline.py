"""The end-to-end pipeline: land raw -> stage -> enrich -> validate -> publish -> brief.

Thin on purpose: each stage is one task over a plain function. Stages hand over through the
warehouse (never connections or clients), so any stage can be retried or rerun alone. A
batch-level validation failure raises, which fails the run before publish: the previous
curated data stays intact.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from tasks.dashboard import dashboard_task
from tasks.enrich import enrich_task
from tasks.ingest import ingest_task
from tasks.publish import publish_task
from tasks.report import run_report_task
from tasks.runs import finish_run_task, start_run_task
from tasks.stage import stage_task
from tasks.validate import ValidationReport, validate_stage_task
from veille.ingest.sources import sources_from_cli
from veille.settings import Settings
from warehouse.lock import writer_lock


def _settings(warehouse: str | None, model: str | None) -> Settings:
    overrides: dict[str, Any] = {}
    if warehouse:
        overrides["warehouse"] = Path(warehouse)
    if model:
        overrides["llm_model"] = model
    return Settings(**overrides)


def _summary(report: ValidationReport) -> dict[str, Any]:
    return {
        "success": report.success,
        "evaluated": report.evaluated,
        "rows": report.rows,
        "quarantined": report.quarantined,
        "failures": report.failures,
        "docs": str(report.docs_path) if report.docs_path else None,
    }


@flow(name="veille-pipeline", log_prints=True)
def pipeline(
    inputs: list[str] | None = None,
    feeds: list[str] | None = None,
    sitemaps: list[str] | None = None,
    urls: list[str] | None = None,
    warehouse: str | None = None,
    model: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Run every stage once over the given sources; returns the per-stage counts."""
    settings = settings or _settings(warehouse, model)
    logger = get_run_logger()
    path = str(settings.warehouse)
    run_id = uuid.uuid4().hex[:16]
    sources = sources_from_cli(
        feed=feeds or [],
        sitemap=sitemaps or [],
        url=urls or [],
        input=[Path(p) for p in inputs or []],
        sources_file=settings.sources_file,
    )
    with writer_lock(path):  # one writer per warehouse (warehouse/lock.py)
        start_run_task(path, run_id, "veille-pipeline")
        counts: dict[str, Any] = {}
        try:
            counts["ingest"] = ingest_task(path, sources, settings, run_id).as_counts()
            counts["validate_raw"] = _summary(validate_stage_task("raw", run_id, settings))
            counts["stage"] = stage_task(path, run_id)
            counts["validate_staging"] = _summary(validate_stage_task("staging", run_id, settings))
            counts["enrich"] = enrich_task(path, settings, run_id)
            counts["validate_enrichment"] = _summary(
                validate_stage_task("enrichment", run_id, settings, build_docs=True)
            )
            counts["publish"] = publish_task(settings, run_id)
            counts["validate_curated"] = _summary(validate_stage_task("curated", run_id, settings))
        except Exception as exc:
            finish_run_task(path, run_id, "failed", counts, str(exc))
            raise
        finish_run_task(path, run_id, "completed", counts, None)
        links = {
            "dashboard": dashboard_task(path, str(settings.dashboard_dir)),
            "data docs": str(counts["validate_enrichment"].get("docs")),
            "published warehouse": str(settings.published_path()),
        }
        run_report_task(path, run_id, counts, links)
        logger.info("run %s completed: %s", run_id, counts)
        return {"run_id": run_id, "warehouse": path, **counts}
