"""The worker side of pooled enrichment: one batch enriched and grounded, no warehouse.

Runs in the process pool's spawned workers (tasks/pool.py) and on Dask workers; planned and
landed by tasks/enrich_batches.py in the flow process. Imports nothing of Prefect (nor does
anything it imports: tasks/enrich_core.py, tasks/limits.py import it only when a limit is
used): a spawned worker imports this module for each stage, and Prefect cost each one ~1.3 s of
CPU and ~60 MB of memory it never used.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from dataclasses import dataclass, replace

import polars as pl

from tasks.enrich_core import (
    EnrichStageReport,
    _inputs,
    _stage_report,
    ground_outcome,
    run_sync,
)
from tasks.limits import LlmLimit, llm_slots
from tasks.pool import outbox
from veille.enrich_rows import Batch
from veille.llm import offline_provider
from veille.llm.gateway import ArticleOutcome, EnrichReport, enrich_articles
from veille.llm.ledger import FrameLedger
from veille.settings import Settings


@dataclass
class EnrichWork:
    """One batch: staged rows to enrich and the ledger rows that answer some of them."""

    index: int
    frame: pl.DataFrame
    cached: pl.DataFrame
    to_call: int  # articles with at least one chunk the cache cannot answer


@dataclass
class EnrichBatchResult:
    """Frames only (built on the worker): Prefect walks every list and dict of a task's
    parameters (task inputs, futures to resolve), which for a batch's staging rows as Python
    dicts cost ~2 s per 1,000 articles in the flow process; a frame is one opaque object."""

    run_id: str
    frames: dict[str, pl.DataFrame]  # Batch.frames(): staging and quarantine rows
    calls: pl.DataFrame  # the ledger rows of the calls this batch sent
    report: EnrichStageReport
    index: int = 0  # EnrichWork.index of the batch
    parts: int = 0  # the batch's final result: partial results it handed over before it


Emit = Callable[[EnrichBatchResult], None]


GC_THRESHOLDS = (20_000, 20, 20)


@functools.cache
def prepare_worker(litellm: bool = True) -> None:
    """Once per worker process: import and configure litellm before the first batch needs it
    (not for the in-process offline model, which never imports it), then move everything alive
    so far out of the garbage collector's sight (`gc.freeze`): the imports leave ~500k
    long-lived objects that every full collection walks again, and a batch allocates enough to
    trigger several (~1 ms of CPU per article measured, ~10 %).

    LLM workers also raise the collector's thresholds (`GC_THRESHOLDS`, from Python's 700/10/10): a
    batch keeps its in-flight calls and the rows not yet handed over alive, so the heap grows by
    a few hundred thousand objects that each full collection walks again. Measured at 10,000
    articles (C = 64, batches of 2,500): 4-5 full collections per batch and 1.4-2.1 s of
    collector pauses per batch, against none and 0.5-0.7 s with these thresholds; the event
    loop stalls during a pause, and so do the provider slots whose answers wait on it. With
    no full collection during a batch, the batch's cyclic garbage waits for its end:
    `enrich_batch` collects once there (without it, the 10k run's peak rose by ~160 MB).
    Young collections still run (every 20,000 net allocations) and reclaim the per-call
    reference cycles, which die young.
    """
    if litellm:
        from veille.llm.gateway import configure_litellm

        configure_litellm()
    gc.collect()
    gc.freeze()
    if litellm:  # measured on the LLM path; offline at 10k: 97.5 articles/s with, 100.4 without
        gc.set_threshold(*GC_THRESHOLDS)


def needs_litellm(settings: Settings) -> bool:
    models = [settings.llm_model, *settings.llm_fallback_models]
    return not (settings.llm_offline_direct and all(map(offline_provider.is_offline, models)))


def _batch_settings(settings: Settings, batches: int, slots: int) -> Settings:
    budget = settings.llm_budget_usd
    update: dict[str, object] = {"concurrency": max(1, slots)}
    if budget is not None:
        update["llm_budget_usd"] = budget / max(1, batches)
    return settings.model_copy(update=update)


def enrich_batch(
    work: EnrichWork,
    settings: Settings,
    run_id: str,
    *,
    batches: int = 1,
    llm_limit: LlmLimit | None = None,
    emit: Emit | None = None,
    emit_every: int = 0,
) -> EnrichBatchResult:
    """Enrich and ground one batch without touching the warehouse (runs on any worker).

    Each answer becomes staging rows as it arrives (`_Rows`), and its models are dropped: a
    batch holds rows, not answers. With `emit`, every `emit_every` finished articles are handed
    over as a partial result (their staging rows and the ledger rows recorded so far) while
    the batch goes on; the result returned is the rest, with the gateway's totals. A worker's
    memory then no longer grows with its batch, and batches can be long (few boundaries).
    """
    ledger = FrameLedger(run_id, work.cached)
    rows = _Rows(work, settings, run_id, ledger, emit, emit_every)
    with llm_slots(llm_limit, settings.concurrency if work.to_call else 0) as slots:
        tuned = _batch_settings(settings, batches, slots)
        articles = _inputs(work.frame, settings.target_language)
        report = run_sync(enrich_articles(articles, tuned, ledger, run_id, on_outcome=rows.add))
    del articles
    result = rows.finish(report)
    if gc.get_threshold() == GC_THRESHOLDS:
        gc.collect()  # the batch's cyclic garbage, which the raised thresholds leave (see above)
    return result


class _Rows:
    """Staging rows of a batch's answers, built as each answer arrives (grounded first)."""

    def __init__(
        self,
        work: EnrichWork,
        settings: Settings,
        run_id: str,
        ledger: FrameLedger,
        emit: Emit | None,
        emit_every: int,
    ) -> None:
        columns = ("article_id", "text", "language", "content_hash")
        self.inputs = {r[0]: r for r in work.frame.select(columns).iter_rows()}
        self.work, self.model, self.run_id, self.ledger = work, settings.llm_model, run_id, ledger
        self.version = offline_provider.prompt_version(settings.llm_model)
        self.emit, self.every = emit, max(1, emit_every)
        self.batch = Batch(run_id)
        self.pending = self.parts = 0

    def add(self, answer: ArticleOutcome) -> None:
        _, text, language, content_hash = self.inputs[answer.article_id]
        outcome, grounding = ground_outcome(answer, text, language)
        self.batch.add_enrichment(outcome, content_hash, self.model, self.version)
        if grounding is not None:
            self.batch.add_mentions(outcome.article_id, grounding)
        # The gateway keeps every outcome for its report: only the rows above need the answer.
        answer.enrichment = None
        self.pending += 1
        if self.emit is not None and self.pending >= self.every:
            self.emit(self._take(EnrichStageReport()))
            self.parts += 1

    def _take(self, totals: EnrichStageReport) -> EnrichBatchResult:
        """The rows so far and the ledger rows recorded so far, counted into `totals`."""
        batch, self.batch, self.pending = self.batch, Batch(self.run_id), 0
        counts = _stage_report(0, EnrichReport(), batch)
        report = replace(
            totals,
            **{k: getattr(counts, k) for k in _COUNTS},
        )
        frames, calls = batch.frames(), self.ledger.drain()
        return EnrichBatchResult(self.run_id, frames, calls, report, self.work.index, self.parts)

    def finish(self, report: EnrichReport) -> EnrichBatchResult:
        """The rows not handed over yet, with the whole batch's selection and gateway totals."""
        return self._take(_stage_report(self.work.frame.height, report, Batch(self.run_id)))


_COUNTS = ("enriched", "quarantined", "skipped_budget", "grounded", "ungrounded")


def enrich_batch_on_worker(
    work: EnrichWork,
    settings: Settings,
    run_id: str,
    batches: int = 1,
    llm_limit: LlmLimit | None = None,
    stream_every: int = 0,
) -> EnrichBatchResult:
    """`enrich_batch` in a worker process (Dask or pool): the worker is prepared once, before
    its first batch with calls (not in the caller's process: tests and the thread runner).
    With `stream_every`, partial results go to the pool's outbox (tasks/pool.py) as they are
    ready: the pool's caller lands them while the batch goes on."""
    if work.to_call:
        prepare_worker(needs_litellm(settings))
    emit = outbox() if stream_every else None
    return enrich_batch(
        work,
        settings,
        run_id,
        batches=batches,
        llm_limit=llm_limit,
        emit=emit,
        emit_every=stream_every,
    )
