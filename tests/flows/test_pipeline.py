"""The whole flow under a Prefect test harness, on real input files, with no network."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.flows.site import curated_snapshot
from veille.settings import Settings

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_seed_article_end_to_end(prefect_harness, tmp_path, shared_dir):
    warehouse = tmp_path / "w.duckdb"
    settings = Settings(warehouse=warehouse)
    seed = shared_dir / "seed" / "article.jsonl"
    result = pipeline(inputs=[str(seed)], settings=settings)
    assert result["ingest"]["new"] == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        deals = con.execute("select parties, amount_value, currency from curated.deals").fetchall()
    assert (["Meta", "Nebius"], 27e9, "USD") in [(sorted(p), v, c) for p, v, c in deals]
    first = curated_snapshot(warehouse)
    pipeline(inputs=[str(seed)], settings=settings)
    assert curated_snapshot(warehouse) == first


def test_seed_scores_with_the_reference_scorer(prefect_harness, tmp_path, shared_dir):
    warehouse = tmp_path / "w.duckdb"
    pipeline(
        inputs=[str(shared_dir / "seed" / "article.jsonl")], settings=Settings(warehouse=warehouse)
    )
    out = tmp_path / "score.json"
    subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--db",
            str(warehouse),
            "--gold",
            str(shared_dir / "seed" / "gold.jsonl"),
            "--json",
            str(out),
        ],
        check=True,
    )
    scores = json.loads(out.read_text())
    assert scores["deals"]["f1"] >= 0.8
    assert scores["amounts"]["f1"] >= 0.9


def test_malformed_lines_are_reported_and_the_rest_lands(prefect_harness, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    result = pipeline(
        inputs=[str(FIXTURES / "malformed.jsonl")], settings=Settings(warehouse=warehouse)
    )
    assert result["ingest"]["new"] == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        errors = [
            r[0]
            for r in con.execute(
                "select error from raw.fetch_log where outcome = 'invalid' order by error"
            ).fetchall()
        ]
        urls = [r[0] for r in con.execute("select url from curated.articles").fetchall()]
    assert len(errors) == 2
    assert all("malformed.jsonl:" in e for e in errors)
    assert any("malformed.jsonl:2" in e for e in errors)
    assert any("malformed.jsonl:3" in e for e in errors)
    assert urls == ["https://news.example.org/en/2026/01/good-one"]
