"""Run one suite on one polars frame through GX, and say what it means."""

from __future__ import annotations

import polars as pl

from expectations.gx_project import GxProject
from expectations.outcome import SuiteOutcome, suite_outcome
from expectations.spec import TableSuite


def run_suite(
    project: GxProject, suite: TableSuite, frame: pl.DataFrame, run_id: str
) -> SuiteOutcome:
    """Prepare `frame` (record key, helper columns), validate it as pandas, map the results.

    A suite marked `skip_when_empty` returns an outcome with no rule results on an empty frame
    (e.g. no mention at all: no grounding rate to judge); other suites run on empty frames,
    where column-map expectations pass vacuously.
    """
    prepared = suite.prepare(frame).select(suite.columns())
    if prepared.is_empty() and suite.skip_when_empty:
        return SuiteOutcome(suite=suite, rows=0, outcomes=(), gx_result=None)
    # Strings go to pandas as categoricals: GX fingerprints every batch by hashing the frame
    # and tests membership and uniqueness with isin/duplicated, all of which work on the
    # integer codes of a categorical instead of on every string (2-3x faster at 100k rows).
    frame_pd = prepared.with_columns(pl.col(pl.String).cast(pl.Categorical)).to_pandas()
    result = project.validate(suite, frame_pd, run_id)
    return suite_outcome(suite, prepared.height, result)
