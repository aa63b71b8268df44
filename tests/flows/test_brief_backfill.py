"""The daily brief and backfill flows over a warehouse the pipeline filled."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from flows.backfill import backfill
from flows.brief import daily_brief, default_day
from flows.pipeline import pipeline
from tests.flows.site import curated_snapshot
from veille.settings import Settings


def test_default_day_is_yesterday_in_the_readers_timezone() -> None:
    late_utc = datetime(2026, 3, 17, 23, 30, tzinfo=UTC)  # already the 18th in Paris
    assert default_day("Europe/Paris", late_utc) == date(2026, 3, 17)
    assert default_day("UTC", late_utc) == date(2026, 3, 16)


def test_backfill_refuses_a_reversed_range(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        backfill.fn("2025-10-01", "2025-09-01", settings=Settings(warehouse=tmp_path / "w.duckdb"))


@pytest.mark.slow
def test_backfill_re_enriches_the_range_and_the_brief_reads_the_snapshot(
    prefect_harness: None, tmp_path: Path, shared_dir: Path
) -> None:
    settings = Settings(warehouse=tmp_path / "w.duckdb", brief_dir=tmp_path / "briefs")
    pipeline(inputs=[str(shared_dir / "eval" / "dev" / "articles.jsonl")], settings=settings)
    published = curated_snapshot(settings.warehouse)

    result = backfill("2025-09-09", "2025-09-18", settings=settings)
    assert result["select"]["articles"] == 4
    enrich = result["enrich"]
    assert (enrich["selected"], enrich["enriched"]) == (4, 4)
    assert (enrich["calls_sent"], enrich["cache_hits"]) == (0, 4)  # same inputs: the cache
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        redone = con.execute(
            "select count(*) from staging.enrichments e join staging.articles a using"
            " (article_id) where e.run_id = ? and cast(a.published_at as date)"
            " between '2025-09-09' and '2025-09-18'",
            [result["run_id"]],
        ).fetchone()
        runs = con.execute(
            "select flow, status, full_refresh from ops.runs order by started_at"
        ).fetchall()
    assert redone == (4,)
    assert runs == [("veille-pipeline", "completed", False), ("veille-backfill", "completed", True)]
    assert curated_snapshot(settings.warehouse) == published

    empty = backfill("2020-01-01", "2020-01-31", settings=settings)
    assert empty["select"]["articles"] == 0 and "enrich" not in empty

    brief = daily_brief(day="2025-09-09", settings=settings)
    assert brief["n_articles"] == 2 and brief["artifact_id"]
    assert brief["source"] == str(settings.published_path())
    assert Path(brief["markdown"]).read_text(encoding="utf-8").strip()
    assert Path(brief["html"]).exists()
