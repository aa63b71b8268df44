"""One planted defect per expectation: exactly that expectation fails, and (row rules) exactly
the planted rows land in quality.quarantine with the rule's reason. A clean frame passes.

The clean warehouse is staged by hand from real articles (tests/quality_fixture.py); the
defects are listed in tests/quality_cases.py.
"""

from __future__ import annotations

import duckdb
import pytest

from expectations import BatchValidationError
from expectations.registry import STAGES, stage_suites
from tasks.validate import validate_frames
from tests.quality_cases import DEFECTS, RAW_KEY_SEED, SEED_URL, Defect
from tests.quality_fixture import clean_warehouse
from warehouse.loaders import read_frame


@pytest.fixture
def warehouse(shared_dir) -> duckdb.DuckDBPyConnection:
    con = clean_warehouse(shared_dir)
    yield con
    con.close()


def _frames(con: duckdb.DuckDBPyConnection, stage: str, defect: Defect):
    """The stage's suites (only the defect's suite when it names one, to keep tests fast)."""
    frames = []
    for suite in stage_suites(stage, "fr"):  # type: ignore[arg-type]
        if defect.suite and suite.name != defect.suite:
            continue
        frame = read_frame(con, suite.query)
        if defect.frame is not None:
            frame = defect.frame(frame)
        frames.append((suite, frame))
    return frames


def _plant_and_validate(con, defect: Defect, settings):
    for statement in defect.sql:
        con.execute(statement)
    run_id = f"run-{defect.id}"
    frames = _frames(con, defect.stage, defect)
    try:
        report = validate_frames(con, defect.stage, frames, run_id, settings=settings)
    except BatchValidationError as err:
        return err.report, err
    return report, None


def test_every_rule_has_a_planted_defect():
    planted = {(d.suite, d.rule) for d in DEFECTS}
    rules = {(s.name, r.name) for st in STAGES for s in stage_suites(st, "fr") for r in s.rules}
    assert rules - planted == set()
    assert planted - rules == set()


@pytest.mark.parametrize("stage", STAGES)
def test_clean_fixture_passes(warehouse, quality_settings, stage):
    report, error = _plant_and_validate(warehouse, Defect(stage, "", "", ()), quality_settings)
    assert error is None
    assert report.success, report.failures
    assert report.quarantined == 0
    assert report.rows > 0


@pytest.mark.parametrize("defect", DEFECTS, ids=lambda d: d.id)
def test_planted_defect_fails_exactly_its_expectation(warehouse, quality_settings, defect):
    keys = defect.keys
    if RAW_KEY_SEED in keys:
        chash = warehouse.execute(
            "select content_hash from raw.articles where url = ?", [SEED_URL]
        ).fetchall()[0][0]
        keys = tuple(k.replace("{hash}", chash) for k in keys)
    report, error = _plant_and_validate(warehouse, defect, quality_settings)
    failed = {(s.suite.name, o.rule.name) for s in report.outcomes for o in s.failed}
    assert failed == {(defect.suite, defect.rule)}
    rule = next(s.suite.rule(defect.rule) for s in report.outcomes if s.suite.name == defect.suite)
    quarantined = warehouse.execute(
        "select distinct table_name, record_key, expectation, reason from quality.quarantine"
        " where run_id = ? order by record_key",
        [f"run-{defect.id}"],
    ).fetchall()
    if rule.level == "batch":
        assert isinstance(error, BatchValidationError)
        assert defect.rule in str(error)
        assert quarantined == []
    else:
        assert error is None
        table = next(s.suite.table for s in report.outcomes if s.suite.name == defect.suite)
        assert quarantined == [(table, k, defect.rule, rule.reason) for k in sorted(keys)]
