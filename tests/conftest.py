"""Shared fixtures: the location of the read-only shared data, and the environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`<repo>/../shared` (CI clones the repo beside it), else /work/shared."""
    beside = Path(__file__).resolve().parents[1] / ".." / "shared"
    return beside.resolve() if beside.is_dir() else Path("/work/shared")


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for every flow test of the session (it takes ~15 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield
