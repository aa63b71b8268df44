"""Dask workers can be warmed for enrichment before the stage needs them."""

from __future__ import annotations

import gc
import sys
import time

import pytest

from tasks.enrich_batches import warm_workers

pytestmark = pytest.mark.slow  # a local Dask cluster with one worker process


def _state() -> tuple[bool, int]:
    return "litellm" in sys.modules, gc.get_freeze_count()


def test_every_worker_imports_litellm_and_freezes_its_heap() -> None:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        before = list(client.run(_state).values())
        assert before == [(False, 0)]
        assert warm_workers(client) == 1
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            (loaded, frozen), *_ = client.run(_state).values()
            if loaded and frozen:
                break
            time.sleep(0.2)
        assert loaded and frozen > 0
