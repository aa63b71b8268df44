"""Fixtures of the evaluation tests: gold files and warehouses holding known predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.evaluation.perturb import build_warehouse, perturbed_tables

FIXTURES = Path(__file__).with_name("fixtures")
MISSING_DEV_ARTICLES = {3, 8}


@pytest.fixture
def edge_gold() -> Path:
    return FIXTURES / "edge_gold.jsonl"


@pytest.fixture
def edge_warehouse(tmp_path: Path) -> Path:
    tables = json.loads((FIXTURES / "edge_predictions.json").read_text(encoding="utf-8"))
    tables.pop("_comment")
    path = tmp_path / "edge.duckdb"
    build_warehouse(path, tables)
    return path


@pytest.fixture
def dev_gold(shared_dir: Path) -> Path:
    return shared_dir / "eval" / "dev" / "gold.jsonl"


@pytest.fixture
def dev_warehouse(tmp_path: Path, dev_gold: Path, shared_dir: Path) -> Path:
    """The dev gold turned into deliberately imperfect curated rows (see perturb.py)."""
    golds = [json.loads(line) for line in dev_gold.read_text("utf-8").splitlines() if line]
    long_forms = json.loads((shared_dir / "eval" / "aliases.json").read_text("utf-8"))
    path = tmp_path / "dev.duckdb"
    build_warehouse(path, perturbed_tables(golds, long_forms, MISSING_DEV_ARTICLES))
    return path
