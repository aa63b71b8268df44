"""A failed run is closed as failed in ops.runs, with its error, and still leaves its artifact."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from prefect import flow

from flows.common import bookkept_run
from veille.settings import Settings

pytestmark = pytest.mark.slow


@flow(name="veille-test-failing")
def failing(settings: Settings) -> None:
    with bookkept_run(settings, "veille-test-failing") as book:
        with book.stage("ingest"):
            book.counts["ingest"] = {"new": 3}
        raise RuntimeError("the source went away")


def test_a_failed_run_is_recorded_and_reported(prefect_harness: None, tmp_path: Path) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    settings = Settings(warehouse=tmp_path / "w.duckdb")
    with pytest.raises(RuntimeError, match="the source went away"):
        failing(settings)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute(
            "select status, message, json_extract_string(counts, '$.ingest.new'),"
            " json_extract(counts, '$.timings.ingest') is not null, flow_run_id is not null"
            " from ops.runs"
        ).fetchall()
    assert rows == [("failed", "RuntimeError('the source went away')", "3", True, True)]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["veille-run"])),
            sort=ArtifactSort.CREATED_DESC,
            limit=1,
        )
    assert artifacts and "the source went away" in str(artifacts[0].data)
    assert ": failed" in str(artifacts[0].data)
