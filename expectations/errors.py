"""Errors the quality gates raise (light module: importing it does not load GX)."""

from __future__ import annotations


class BatchValidationError(RuntimeError):
    """A batch-level expectation failed: the run must end Failed and publish must not run.

    The message names each failed expectation, its observed value and its threshold; the
    results were written to quality.* before raising, so dashboards show why.
    """

    def __init__(
        self, stage: str, run_id: str, failures: list[str], *, report: object = None
    ) -> None:
        self.stage = stage
        self.run_id = run_id
        self.failures = failures
        self.report = report  # the tasks.validate.ValidationReport, for callers that print it
        lines = "\n".join(f"  - {f}" for f in failures)
        super().__init__(f"{stage} validation of run {run_id} failed at batch level:\n{lines}")
