"""The pipeline fanned out over a local Dask cluster of two worker processes publishes exactly
what the default (thread) runner publishes, and stays incremental."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.flows.site import Site, curated_snapshot, dev_site, llm_calls
from veille.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def site(shared_dir: Path) -> Iterator[Site]:
    with dev_site(shared_dir) as news:
        yield news


@pytest.fixture
def cluster() -> Iterator[object]:
    """Two worker processes (spawned: they import the project like a remote worker would)."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as local:
        yield local


def _executed(cluster: object) -> dict[str, int]:
    from distributed import Client

    with Client(cluster) as client:
        return client.run(lambda dask_worker: dask_worker.state.executed_count)


def _task_names(warehouse: Path, run_id: str) -> list[str]:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with duckdb.connect(str(warehouse), read_only=True) as con:
        (flow_run_id,) = con.execute(
            "select flow_run_id from ops.runs where run_id = ?", [run_id]
        ).fetchall()[0]
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
        )
    return sorted(r.name for r in runs if r.state is not None and r.state.is_completed())


def test_dask_fan_out_publishes_the_same_tables(
    prefect_harness: None, tmp_path: Path, site: Site, cluster: object
) -> None:
    thread = Settings(warehouse=tmp_path / "thread.duckdb", allow_private_hosts=True)
    pipeline(feeds=site.feeds(), settings=thread)
    dask = Settings(
        warehouse=tmp_path / "dask.duckdb",
        allow_private_hosts=True,
        task_runner="dask",
        dask_address=cluster.scheduler_address,  # type: ignore[attr-defined]
        task_batch_size=4,
    )
    before = sum(_executed(cluster).values())
    first = pipeline(feeds=site.feeds(), settings=dask)
    assert first["ingest"]["new"] == 12 and first["enrich"]["enriched"] == 12
    assert curated_snapshot(dask.warehouse) == curated_snapshot(thread.warehouse)
    assert llm_calls(dask.warehouse) == llm_calls(thread.warehouse)
    names = _task_names(dask.warehouse, first["run_id"])
    assert [n for n in names if n.startswith("crawl-part")] == ["crawl-part-0", "crawl-part-1"]
    batches = [n for n in names if n.startswith("enrich-batch")]
    assert batches == [f"enrich-batch-{i}" for i in range(3)]  # 12 articles, 4 a batch
    assert sum(_executed(cluster).values()) - before == 5  # all of them ran on the workers

    bodies, calls = site.bodies(), llm_calls(dask.warehouse)
    executed = sum(_executed(cluster).values())
    second = pipeline(feeds=site.feeds(), settings=dask)
    assert site.bodies() == bodies and llm_calls(dask.warehouse) == calls
    assert second["enrich"]["selected"] == 0 and second["stage"]["staged"] == 0
    # nothing new: an incremental crawl in the flow process, no batch, nothing on the cluster
    names = _task_names(dask.warehouse, second["run_id"])
    assert not [n for n in names if n.startswith(("crawl-part", "enrich-batch"))]
    assert sum(_executed(cluster).values()) == executed
    assert curated_snapshot(dask.warehouse) == curated_snapshot(thread.warehouse)
