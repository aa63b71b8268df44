"""Which suites gate which stage."""

from __future__ import annotations

from typing import Literal

from expectations import curated, enrichment, raw, staging
from expectations.spec import TableSuite

Stage = Literal["raw", "staging", "enrichment", "curated"]
STAGES: tuple[Stage, ...] = ("raw", "staging", "enrichment", "curated")


def stage_suites(stage: Stage, target_language: str) -> tuple[TableSuite, ...]:
    """The suites of `stage` (built once per process; enrichment depends on the target)."""
    if stage == "raw":
        return raw.suites()
    if stage == "staging":
        return staging.suites()
    if stage == "enrichment":
        return enrichment.suites(target_language)
    if stage == "curated":
        return curated.suites()
    raise ValueError(f"unknown stage {stage!r}; expected one of {STAGES}")
