"""The daily brief as a Prefect task: write the files, show the brief in the Prefect UI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.context import FlowRunContext

from veille.brief import BriefFiles, write_brief
from warehouse.connection import session


def artifact_key(day: date) -> str:
    """Artifact keys take lowercase letters, digits and dashes only."""
    return f"daily-brief-{day.isoformat()}"


@task(name="brief", retries=0)
def brief_task(db_path: Path, day: date, target_language: str, out_dir: Path) -> dict[str, object]:
    """Write `brief-<day>.md/.html` from `db_path` (the published snapshot or the warehouse,
    opened read-only) and, inside a flow run, publish the Markdown as an artifact."""
    with session(db_path, read_only=True) as con:
        files: BriefFiles = write_brief(con, day, target_language, out_dir)
    artifact = None
    if FlowRunContext.get() is not None:
        artifact = create_markdown_artifact(
            markdown=files.brief.markdown,
            key=artifact_key(day),
            description=f"Daily brief {day} ({files.brief.n_articles} articles)",
        )
    return {
        "markdown": str(files.markdown),
        "html": str(files.html),
        "n_articles": files.brief.n_articles,
        "artifact_id": str(artifact) if artifact else None,
    }
