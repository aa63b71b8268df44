from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from pathlib import Path

import pytest


def find_shared_dir() -> Path:
    """`<repo>/../shared` (CI clones beside it), else the workplace's /work/shared."""
    beside = Path(__file__).resolve().parents[1] / ".." / "shared"
    return beside.resolve() if beside.is_dir() else Path("/work/shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return find_shared_dir()


@pytest.fixture(scope="session")
def quality_settings(tmp_path_factory):
    """Settings whose Data Docs (and GX project beside them) live in a session temp folder."""
    from veille.settings import Settings

    root = tmp_path_factory.mktemp("quality")
    return Settings(warehouse=root / "veille.duckdb", docs_dir=root / "docs")
