"""The Prefect wrappers inside a real (temporary, local) Prefect server."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

from tasks.brief import artifact_key, brief_task
from tasks.publish import publish_task
from tests.staging_factory import article, deal, enrichment, stage
from veille.settings import Settings
from warehouse.connection import connect


@pytest.mark.slow
def test_publish_then_brief_in_a_flow(tmp_path, prefect_server):
    settings = Settings(warehouse=tmp_path / "veille.duckdb", brief_dir=tmp_path / "briefs")
    con = connect(settings.warehouse)
    a = article("a1", published_at=datetime(2026, 3, 17, 9))
    stage(
        con,
        articles=[a],
        enrichments=[enrichment(a)],
        deals=[deal("a1", 0, ["Meta", "Nebius"], value=27e9)],
    )
    con.close()

    @flow
    def daily() -> tuple[dict, dict]:
        published = publish_task(settings, "r1")
        brief = brief_task(settings.published_path(), date(2026, 3, 17), "fr", settings.brief_dir)
        return published, brief

    published, brief = daily()
    with get_client(sync_client=True) as client:
        key = ArtifactFilterKey(any_=[artifact_key(date(2026, 3, 17))])
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=key))
    assert published["counts"]["deals"] == 1
    assert brief["n_articles"] == 1 and brief["artifact_id"]
    assert (tmp_path / "briefs" / "brief-2026-03-17.md").exists()
    assert len(artifacts) == 1 and "Résumé" in str(artifacts[0].data)


def test_brief_task_outside_a_flow_writes_files_without_artifact(tmp_path):
    settings = Settings(warehouse=tmp_path / "veille.duckdb")
    con = connect(settings.warehouse)
    con.close()
    result = brief_task.fn(settings.warehouse, date(2026, 3, 17), "en", tmp_path / "b")
    assert result["n_articles"] == 0 and result["artifact_id"] is None
    assert (tmp_path / "b" / "brief-2026-03-17.html").exists()
