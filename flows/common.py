"""What the flows share: settings at the entry point, run bookkeeping, the closing stages."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import get_run_logger
from prefect.runtime import flow_run

from tasks.dashboard import dashboard_task
from tasks.limits import LlmLimit, resolve_llm_limit
from tasks.publish import publish_task
from tasks.report import run_report_task
from tasks.runs import finish_run_task, start_run_task
from tasks.validate import ValidationReport, validate_stage_task
from veille.settings import Settings

if TYPE_CHECKING:  # imports great_expectations (~3 s): validation tasks import it when they run
    from expectations.registry import Stage


def settings_for(warehouse: str | None = None, model: str | None = None) -> Settings:
    """Settings from the environment (VEILLE_*), with the flow's parameters on top."""
    overrides: dict[str, Any] = {}
    if warehouse:
        overrides["warehouse"] = Path(warehouse)
    if model:
        overrides["llm_model"] = model
    return Settings(**overrides)


def summary(report: ValidationReport) -> dict[str, Any]:
    return {
        "success": report.success,
        "evaluated": report.evaluated,
        "rows": report.rows,
        "quarantined": report.quarantined,
        "failures": report.failures,
        "docs": str(report.docs_path) if report.docs_path else None,
    }


@dataclass
class RunBook:
    """One ops.runs row: per-stage counts and timings, filled in as stages finish."""

    run_id: str
    path: str
    counts: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    report: bool = True  # a flow that found nothing to do may skip the artifact

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = round(time.perf_counter() - started, 3)

    def all_counts(self) -> dict[str, Any]:
        return {**self.counts, "timings": dict(self.timings)}


@contextmanager
def bookkept_run(
    settings: Settings, flow_name: str, *, full_refresh: bool = False
) -> Iterator[RunBook]:
    """Open the ops.runs row; close it completed or failed (with the error), then publish the
    run artifact in both cases; a failure is re-raised so the flow run ends Failed."""
    book = RunBook(uuid.uuid4().hex[:16], str(settings.warehouse))
    flow_run_id = str(flow_run.id) if flow_run.id else None
    start_run_task(
        book.path, book.run_id, flow_name, flow_run_id, full_refresh, settings.task_runner
    )
    try:
        yield book
    except BaseException as exc:
        finish_run_task(book.path, book.run_id, "failed", book.all_counts(), repr(exc))
        _report_failed_run(book, settings)
        raise
    finish_run_task(book.path, book.run_id, "completed", book.all_counts(), None)
    if book.report:
        report_run(book, settings)


def _report_failed_run(book: RunBook, settings: Settings) -> None:
    """The artifact of a failed run; if even that fails, log it and let the run's own error
    be the one raised."""
    try:
        report_run(book, settings)
    except Exception:
        get_run_logger().exception("could not publish the report of failed run %s", book.run_id)


def llm_limit_for(settings: Settings) -> LlmLimit | None:
    """Read the LLM concurrency limit once per run; say how to enable it when it is absent."""
    limit = resolve_llm_limit(settings.llm_concurrency_limit)
    if limit is None and settings.llm_concurrency_limit:
        get_run_logger().info(
            "no active global concurrency limit %r: LLM batches run unthrottled across flows"
            " (enable it with `prefect gcl create %s --limit 64`)",
            settings.llm_concurrency_limit,
            settings.llm_concurrency_limit,
        )
    return limit


def validate(book: RunBook, stage: Stage, settings: Settings, *, docs: bool = True) -> None:
    """Run one stage's suites (and refresh the Data Docs with them); a batch-level failure
    raises and the run ends Failed."""
    with book.stage(f"validate_{stage}"):
        report = validate_stage_task(stage, book.run_id, settings, build_docs=docs)
        book.counts[f"validate_{stage}"] = summary(report)


def publish_and_validate(book: RunBook, settings: Settings) -> None:
    """Rebuild curated from staging (cheap, deterministic: timed in counts) and validate it."""
    with book.stage("publish"):
        book.counts["publish"] = publish_task(settings, book.run_id)
    validate(book, "curated", settings)


def report_run(book: RunBook, settings: Settings) -> str:
    """After the writer closed: refresh the dashboard, then the run's Markdown artifact."""
    built = [v.get("docs") for k, v in book.counts.items() if k.startswith("validate_")]
    docs = next((d for d in reversed(built) if d), None)
    links = {
        "dashboard": dashboard_task(book.path, str(settings.dashboard_dir)),
        "data docs": str(docs) if docs else "",
        "published warehouse": str(settings.published_path()),
    }
    return run_report_task(book.path, book.run_id, book.all_counts(), links)
