"""Batch-level failures, results as data, Data Docs, idempotency, and the batch language check."""

from __future__ import annotations

import json

import duckdb
import pytest

from expectations import BatchValidationError
from expectations.enrichment import MIN_GROUNDING_RATE
from tasks.validate import validate_stage
from tests.quality_fixture import clean_warehouse, load_articles


@pytest.fixture
def warehouse(shared_dir) -> duckdb.DuckDBPyConnection:
    con = clean_warehouse(shared_dir)
    yield con
    con.close()


def test_low_grounding_rate_raises_and_writes_results(warehouse, quality_settings):
    warehouse.execute("update staging.org_mentions set grounded = false")
    warehouse.execute("update staging.deal_mentions set grounded = false")
    total, grounded = warehouse.execute(
        "select count(*), count(*) filter (where grounded) from (select grounded from"
        " staging.org_mentions union all select grounded from staging.money_mentions"
        " union all select grounded from staging.deal_mentions)"
    ).fetchall()[0]
    rate = grounded / total
    assert rate < MIN_GROUNDING_RATE

    with pytest.raises(BatchValidationError) as caught:
        validate_stage(warehouse, "enrichment", "run-low", settings=quality_settings)

    message = str(caught.value)
    assert "grounding_rate" in message
    assert str(MIN_GROUNDING_RATE) in message
    assert f"observed {rate}" in message
    runs = dict(
        warehouse.execute(
            "select suite, success from quality.validation_runs where run_id = 'run-low'"
        ).fetchall()
    )
    assert runs["enrichment.grounding"] is False
    assert runs["enrichment.enrichments"] is True
    row = warehouse.execute(
        "select success, observed_value from quality.expectation_results"
        " where run_id = 'run-low' and expectation = 'grounding_rate'"
    ).fetchall()
    assert row == [(False, json.dumps(rate))]
    assert warehouse.execute(
        "select count(*) from quality.quarantine where run_id = 'run-low'"
    ).fetchall() == [(0,)]


def test_results_rows_cover_every_expectation(warehouse, quality_settings):
    report = validate_stage(warehouse, "curated", "run-results", settings=quality_settings)
    runs = warehouse.execute(
        "select suite, success, evaluated, failed, rows from quality.validation_runs"
        " where run_id = 'run-results' order by suite"
    ).fetchall()
    assert [r[0] for r in runs] == sorted(s.suite.name for s in report.outcomes)
    assert all(r[1] and r[3] == 0 and r[4] > 0 for r in runs)
    n_results = warehouse.execute(
        "select count(*) from quality.expectation_results where run_id = 'run-results'"
        " and success and unexpected_count = 0"
    ).fetchall()[0][0]
    assert n_results == report.evaluated == sum(r[2] for r in runs)


def test_revalidating_a_run_replaces_its_quarantine(warehouse, quality_settings):
    warehouse.execute("update staging.money_mentions set currency = 'USX' where mention_idx = 0")
    for _ in range(2):
        report = validate_stage(warehouse, "enrichment", "run-twice", settings=quality_settings)
    rows = warehouse.execute(
        "select table_name, record_key, observed_value from quality.quarantine"
        " where run_id = 'run-twice' order by record_key"
    ).fetchall()
    assert report.quarantined == len(rows) == 2
    assert {r[0] for r in rows} == {"staging.money_mentions"}
    assert {r[2] for r in rows} == {"USX"}


def test_data_docs_name_the_suites(warehouse, quality_settings):
    report = validate_stage(
        warehouse, "staging", "run-docs", settings=quality_settings, build_docs=True
    )
    assert report.docs_path == quality_settings.docs_dir.resolve() / "index.html"
    index = report.docs_path.read_text(encoding="utf-8")
    assert "staging.articles" in index
    pages = list(report.docs_path.parent.glob("validations/**/run-docs/**/*.html"))
    assert pages, "no validation page was rendered"
    assert "staging.articles" in pages[0].read_text(encoding="utf-8")
    stored = warehouse.execute(
        "select distinct docs_path from quality.validation_runs where run_id = 'run-docs'"
    ).fetchall()
    assert stored == [(str(report.docs_path),)]


def test_batch_language_detection_agrees_with_py3langid(shared_dir):
    import py3langid

    from expectations.langid_batch import MAX_BYTES, detect_languages

    texts = []
    for art in load_articles(shared_dir).values():
        texts += [p for p in art["text"].split("\n\n") if len(p) > 40]
    texts += ["", "CAPITALS ONLY HEADLINE ABOUT NVIDIA"]
    expected = [py3langid.classify(t.encode("utf8")[:MAX_BYTES])[0] if t else None for t in texts]
    assert detect_languages(texts) == expected
    assert set(expected) >= {"fr", "en"}


def test_empty_warehouse_passes_and_skips_the_grounding_rate(quality_settings):
    from warehouse.connection import connect

    con = connect(":memory:")
    reports = {}
    for stage in ("raw", "staging", "enrichment", "curated"):
        reports[stage] = validate_stage(con, stage, "run-empty", settings=quality_settings)
        assert reports[stage].success, reports[stage].failures
        assert reports[stage].rows == 0
    skipped = [o.suite.name for r in reports.values() for o in r.outcomes if o.gx_result is None]
    assert skipped == ["enrichment.grounding"]


def test_prefect_task_opens_its_own_connection(tmp_path, shared_dir, quality_settings):
    from tasks.validate import validate_stage_task

    path = tmp_path / "veille.duckdb"
    con = clean_warehouse(shared_dir)
    con.execute(f"attach '{path}' as target")
    con.execute("copy from database memory to target")
    con.close()
    settings = quality_settings.model_copy(update={"warehouse": path})

    report = validate_stage_task.fn("staging", "run-task", settings)

    assert report.success and report.rows == 2
    with duckdb.connect(str(path), read_only=True) as check:
        assert check.execute(
            "select count(*) from quality.validation_runs where run_id = 'run-task'"
        ).fetchall() == [(1,)]
