"""The Prefect global concurrency limit around LLM work (`prefect gcl create veille-llm`).

Decisions:
- Granularity: one acquisition per enrichment batch, occupying as many slots as the batch
  keeps calls in flight (`Settings.concurrency`), not one per call: a slot round trip to the
  Prefect API per call would cost more than many calls. Several flows (hourly, backfill, an
  eval) and several Dask workers then share one budget of concurrent LLM calls. The process
  pool's stage (tasks/enrich_batches.py `enrich_pooled`) holds its slots once for the whole
  stage in the flow process and splits them among its batches: per batch, the acquisition,
  lease and release delayed each batch's first call (~1 s per batch under load at 10,000
  articles) and loaded Prefect's client into every worker.
- The flow reads the limit once per run (`resolve_llm_limit`). A missing or inactive limit is
  harmless: the flow logs how to create it and the batches run without acquiring anything. A
  batch never asks for more slots than the limit has (Prefect refuses such requests); it
  lowers its own concurrency to the slots it holds instead.
- Prefect is imported only when a limit is used: the process pool's workers import this
  module (tasks/enrich_work.py) without needing Prefect's client.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class LlmLimit:
    """An existing, active global concurrency limit and its number of slots."""

    name: str
    slots: int


def resolve_llm_limit(name: str | None) -> LlmLimit | None:
    """The limit `name` as configured on the Prefect server, or None if absent or inactive."""
    if not name:
        return None
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            found = client.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            return None
    if not found.active or found.limit < 1:
        return None
    return LlmLimit(found.name, found.limit)


@contextmanager
def llm_slots(limit: LlmLimit | None, wanted: int) -> Iterator[int]:
    """Hold min(wanted, limit) slots while the block runs; yields the calls it may keep in
    flight (`wanted` when there is no limit, 0 when there is nothing to call)."""
    if wanted <= 0:
        yield 0
        return
    if limit is None:
        yield wanted
        return
    from prefect.concurrency.sync import concurrency

    occupy = min(wanted, limit.slots)
    with concurrency(limit.name, occupy=occupy, strict=False):
        yield occupy
