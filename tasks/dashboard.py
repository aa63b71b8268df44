"""Regenerate the static dashboard after a run (read-only over the warehouse)."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE


@task(name="dashboard", cache_policy=NO_CACHE, retries=1)
def dashboard_task(warehouse_path: str, out_dir: str) -> str:
    """Write `out_dir/index.html` (and its assets); returns the index path for the run artifact.

    Open after publish and after every writer has closed: a read-only DuckDB connection cannot
    share the file with a writer in another process. The renderer (altair) is imported here:
    a run with nothing new does not rebuild the dashboard (flows/common.py).
    """
    from veille.dashboard.render import build_dashboard

    return str(build_dashboard(Path(warehouse_path), Path(out_dir)).resolve())
