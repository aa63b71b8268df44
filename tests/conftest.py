"""Shared test fixtures: where /work/shared lives, from a worktree or from a CI clone."""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    beside = REPO / ".." / "shared"
    return beside.resolve() if beside.is_dir() else Path("/work/shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return find_shared()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return REPO / "tests" / "fixtures"
