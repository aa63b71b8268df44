"""The run artifact reads well for a quiet incremental run and for a failed one."""

from __future__ import annotations

from pathlib import Path

from tasks.report import run_markdown
from warehouse.connection import connect
from warehouse.runs import finish_run, start_run

QUIET = {
    "ingest": {"new": 0, "duplicates": 12, "not_modified": 14, "failed": {"timeout": 2}},
    "stage": {"pending": 0, "staged": 0},
    "enrich": {"selected": 0, "calls_sent": 0, "cost_usd": 0.0},
    "validate_staging": {"success": False, "rows": 12, "evaluated": 5, "quarantined": 1,
                         "failures": ["articles.expect_language_in_set"]},
    "publish": {"counts": {"articles": 12, "deals": 27}, "rejected": 0, "elapsed_s": 0.31},
    "timings": {"ingest": 0.5, "publish": 0.4, "validate_staging": 0.2},
}  # fmt: skip


def test_quiet_run_shows_zeros_failures_and_links(tmp_path: Path) -> None:
    con = connect()
    start_run(con, "r1", "veille-pipeline", flow_run_id="fr-1", task_runner="dask")
    finish_run(con, "r1", "completed", QUIET)
    docs = tmp_path / "docs" / "index.html"
    md = run_markdown(con, "r1", QUIET, {"dashboard": "http://x/y", "data docs": str(docs)})
    assert md.startswith("# veille run `r1`: completed")
    assert "runner dask · incremental · flow run `fr-1`" in md
    assert "| ingest | 0 new, 12 already landed, 0 fetched, 14 not modified (304)" in md
    assert "failed: timeout=2 | 0.5 |" in md
    assert "| stage | 0 new raw versions, 0 staged, 0 regrouped |" in md
    assert (
        "| publish | 12 articles, 27 deals, 0 rejected, 0 conflicting deals, 0.31 s rebuild" in md
    )
    assert "| staging | 12 | 5 | 1 | **failed** | 0.2 |" in md
    assert "- staging: articles.expect_language_in_set" in md
    assert "- ingest: timeout x2" in md
    assert "- [dashboard](http://x/y)" in md
    assert f"- [data docs]({docs.resolve().as_uri()})" in md


def test_failed_run_shows_its_error() -> None:
    con = connect()
    start_run(con, "r2", "veille-backfill", full_refresh=True)
    finish_run(con, "r2", "failed", {}, message="BatchValidationError('enrichment')")
    md = run_markdown(con, "r2", {}, {"data docs": ""})
    assert md.startswith("# veille run `r2`: failed")
    assert "· full refresh" in md
    assert "**Error**: `BatchValidationError('enrichment')`" in md
    assert "- data docs: not built" in md
    assert "## Failures\n\n- none" in md


def test_a_run_with_nothing_new_says_which_stages_it_skipped() -> None:
    con = connect()
    start_run(con, "r3", "veille-pipeline")
    skipped = {"skipped": "nothing new", "results_of_run": "r1"}
    counts = {
        "ingest": {"new": 0, "not_modified": 2, "not_rechecked": 12},
        "validate_raw": skipped,
        "publish": skipped,
        "timings": {"validate_raw": 0.01, "publish": 0.05},
    }
    finish_run(con, "r3", "completed", counts)
    md = run_markdown(con, "r3", counts, {"data docs": ""})
    assert "2 not modified (304), 12 not rechecked (checked recently)" in md
    assert "| publish | skipped: nothing new (results of run r1 stand) | 0.05 |" in md
    assert "| raw | | | | skipped: nothing new (results of run r1 stand) | 0.01 |" in md
    assert "**failed**" not in md
