"""Shared fixtures. Process-wide switches first: no test may reach the internet."""

from __future__ import annotations

import json
import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "False")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.connection import connect

ROOT = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    """`../shared` beside the checkout (as in CI), else the workplace copy."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "eval" / "score.py").exists():
            return candidate
    raise FileNotFoundError("cannot find the shared data folder (../shared)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return find_shared()


@pytest.fixture(scope="session")
def eval_items(shared_dir: Path) -> list[dict[str, Any]]:
    """The dev set's articles and the bundled sample's, as parsed JSON lines: real prose for
    tests that compare a fast path with the plain one over many texts."""
    items = []
    for path in (shared_dir / "eval/dev/articles.jsonl", ROOT / "veille/data/eval/articles.jsonl"):
        lines = path.read_text(encoding="utf-8").splitlines()
        items += [json.loads(line) for line in lines if line.strip()]
    return items


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "tests" / "fixtures"


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server (SQLite) for the whole session: flows run for real."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def find_shared_dir() -> Path:
    """Alias kept for modules that import it by this name."""
    return find_shared()


@pytest.fixture(scope="session")
def prefect_server(prefect_harness: None) -> None:
    """The same session-wide Prefect server, under the name some modules use."""


@pytest.fixture(scope="session")
def quality_settings(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Settings whose Data Docs (and GX project beside them) live in a session temp folder."""
    from veille.settings import Settings

    root = tmp_path_factory.mktemp("quality")
    return Settings(warehouse=root / "veille.duckdb", docs_dir=root / "docs")
