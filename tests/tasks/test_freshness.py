"""Stages with nothing new are skipped, anything new un-skips them, `force` runs them
(tasks/freshness.py), on the clean quality fixture in an in-memory warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from expectations import BatchValidationError
from tasks.freshness import (
    PublishPlan,
    Skipped,
    mark_published,
    plan_publish,
    validate_unless_unchanged,
)
from tasks.publish import publish_stage
from tasks.validate import ValidationReport
from tests.quality_fixture import clean_warehouse
from veille.settings import Settings
from warehouse.marks import query_fingerprint, read_mark


@pytest.fixture
def warehouse(shared_dir: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = clean_warehouse(shared_dir)
    yield con
    con.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(warehouse=tmp_path / "w.duckdb", docs_dir=tmp_path / "docs")


def test_fingerprint_sees_any_changed_value() -> None:
    con = duckdb.connect()
    con.execute("create table t as select range as i, 'x' || range as s from range(100)")
    before = query_fingerprint(con, "select * from t")
    assert query_fingerprint(con, "select * from t") == before
    con.execute("update t set s = 'y' where i = 42")
    assert query_fingerprint(con, "select * from t") != before
    assert query_fingerprint(con, "select * from t where false") == "0:0:0"


def test_an_unchanged_stage_is_skipped_and_anything_new_runs_it(
    warehouse: duckdb.DuckDBPyConnection, settings: Settings
) -> None:
    first = validate_unless_unchanged(warehouse, "enrichment", "r1", settings=settings)
    assert isinstance(first, ValidationReport)
    assert validate_unless_unchanged(warehouse, "enrichment", "r2", settings=settings) == Skipped(
        "validate_enrichment", "r1"
    )
    forced = validate_unless_unchanged(warehouse, "enrichment", "r3", settings=settings, force=True)
    assert isinstance(forced, ValidationReport) and forced.run_id == "r3"
    # a re-enrichment (new prompt version) rewrites a summary: judged again
    warehouse.execute(
        "update staging.enrichments set summary = summary || ' Mis à jour.', prompt_version = 'p2'"
        " where article_id = (select min(article_id) from staging.enrichments)"
    )
    again = validate_unless_unchanged(warehouse, "enrichment", "r4", settings=settings)
    assert isinstance(again, ValidationReport)
    # other stages keep their own marks
    assert isinstance(
        validate_unless_unchanged(warehouse, "staging", "r4", settings=settings), ValidationReport
    )
    assert isinstance(
        validate_unless_unchanged(warehouse, "staging", "r5", settings=settings), Skipped
    )


def test_a_batch_failure_leaves_no_mark_so_it_is_judged_again(
    warehouse: duckdb.DuckDBPyConnection, settings: Settings
) -> None:
    warehouse.execute("update staging.org_mentions set grounded = false")
    warehouse.execute("update staging.deal_mentions set grounded = false")
    for run in ("r1", "r2"):
        with pytest.raises(BatchValidationError):
            validate_unless_unchanged(warehouse, "enrichment", run, settings=settings)
    assert read_mark(warehouse, "validate_enrichment") is None


def _validate_and_publish(con: duckdb.DuckDBPyConnection, settings: Settings, run: str) -> None:
    for stage in ("staging", "enrichment"):
        validate_unless_unchanged(con, stage, run, settings=settings, force=True)
    publish_stage(con, settings, run)
    mark_published(con, settings, run)


def test_publish_is_skipped_until_its_inputs_change(
    warehouse: duckdb.DuckDBPyConnection, settings: Settings
) -> None:
    assert plan_publish(warehouse, settings, "r1") == PublishPlan(True, ("staging", "enrichment"))
    _validate_and_publish(warehouse, settings, "r1")
    for stage in ("staging", "enrichment"):
        assert isinstance(
            validate_unless_unchanged(warehouse, stage, "r2", settings=settings), Skipped
        )
    assert plan_publish(warehouse, settings, "r2") == PublishPlan(False, (), "r1")
    assert plan_publish(warehouse, settings, "r2", force=True).needed

    # a re-enrichment changed a column no suite reads: validation skipped, publish runs (and
    # re-validates both gates under r3 first: publish reads this run's quarantine)
    warehouse.execute("update staging.enrichments set why_it_matters = 'Autre raison.'")
    assert isinstance(
        validate_unless_unchanged(warehouse, "enrichment", "r3", settings=settings), Skipped
    )
    assert plan_publish(warehouse, settings, "r3") == PublishPlan(True, ("staging", "enrichment"))
    _validate_and_publish(warehouse, settings, "r3")
    # a summary the suites read: enrichment judged in r4, only staging re-validated
    warehouse.execute("update staging.enrichments set summary = summary || ' Suite.'")
    assert isinstance(
        validate_unless_unchanged(warehouse, "enrichment", "r4", settings=settings),
        ValidationReport,
    )
    assert plan_publish(warehouse, settings, "r4") == PublishPlan(True, ("staging",))
    _validate_and_publish(warehouse, settings, "r4")
    assert not plan_publish(warehouse, settings, "r5").needed

    # the quarantine in force changed (a row added, or released by hand)
    warehouse.execute(
        "insert into quality.quarantine (run_id, table_name, record_key, expectation, reason,"
        " created_at) values ('r4', 'staging.articles', 'x', 'test', 'test', now())"
    )
    assert plan_publish(warehouse, settings, "r5").needed
    warehouse.execute("delete from quality.quarantine where record_key = 'x'")
    assert not plan_publish(warehouse, settings, "r5").needed
    # the publish settings changed, or the analysts' snapshot is gone
    wider = settings.model_copy(update={"deal_window_days": settings.deal_window_days + 1})
    assert plan_publish(warehouse, wider, "r5").needed
    settings.published_path().unlink()
    assert plan_publish(warehouse, settings, "r5").needed


SKIP_IN_A_FRESH_PROCESS = """
import sys
from tasks.freshness import Skipped, validate_unless_unchanged
from veille.settings import Settings
from warehouse.connection import connect
settings = Settings(warehouse=sys.argv[1], docs_dir=sys.argv[2])
con = connect(settings.warehouse)
for stage in ("raw", "staging", "enrichment", "curated"):
    result = validate_unless_unchanged(con, stage, "r2", settings=settings)
    assert isinstance(result, Skipped), (stage, result)
assert "great_expectations" not in sys.modules, "a skip must not import GX (seconds)"
"""


@pytest.mark.slow
def test_a_skip_needs_no_great_expectations(
    warehouse: duckdb.DuckDBPyConnection, settings: Settings, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    for stage in ("raw", "staging", "enrichment", "curated"):
        validate_unless_unchanged(warehouse, stage, "r1", settings=settings)
    warehouse.execute(f"attach '{settings.warehouse}' as disk")
    warehouse.execute("copy from database memory to disk")
    warehouse.execute("detach disk")
    done = subprocess.run(
        [sys.executable, "-c", SKIP_IN_A_FRESH_PROCESS, str(settings.warehouse), str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
