"""The run-then-score glue, with a stand-in for the pipeline that writes known curated rows
(the real pipeline is exercised by test_eval_pipeline.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.evaluation.conftest import FIXTURES
from tests.evaluation.perturb import build_warehouse
from veille.evaluation.cli import make_context, run_models
from veille.evaluation.runner import evaluate_model, scratch_settings, slug
from veille.settings import Settings
from warehouse.connection import connect


def fixture_pipeline(articles: Path, settings: Settings) -> dict:
    """Publishes edge_predictions.json; the "weak" model loses its deal mentions."""
    assert articles.exists()
    assert settings.sources_file is None
    if "broken" in settings.llm_model:
        raise RuntimeError("provider unreachable")
    tables = json.loads((FIXTURES / "edge_predictions.json").read_text("utf-8"))
    tables.pop("_comment")
    if "weak" in settings.llm_model:
        tables["curated.deal_mentions"] = []
    build_warehouse(settings.warehouse, tables)
    return {
        "run_id": "run-1",
        "enrich": {"input_tokens": 1200, "output_tokens": 300, "cost_usd": 0.0042},
    }


def test_scratch_settings_keep_the_user_config_but_not_its_outputs(tmp_path):
    base = Settings(
        warehouse=tmp_path / "main.duckdb",
        sources_file=tmp_path / "s.yaml",
        llm_api_base="http://127.0.0.1:9/v1",
        concurrency=3,
    )
    scratch = scratch_settings(base, "openai/gpt-4o-mini", tmp_path / "w")
    assert scratch.llm_model == "openai/gpt-4o-mini"
    assert scratch.sources_file is None
    assert scratch.llm_api_base == base.llm_api_base and scratch.concurrency == 3
    for path in (scratch.warehouse, scratch.published_path(), scratch.docs_dir):
        assert path.parent == tmp_path / "w"
    assert base.warehouse == tmp_path / "main.duckdb"
    assert slug("openai/gpt-4o-mini") == "openai-gpt-4o-mini"


def test_evaluate_model_scores_what_the_pipeline_published(tmp_path, edge_gold):
    ctx = make_context(Settings(warehouse=tmp_path / "main.duckdb"), edge_gold)
    result = evaluate_model(
        edge_gold, ctx.golds, "veille/offline", ctx.settings, tmp_path, run=fixture_pipeline
    )
    assert result.warehouse.is_relative_to(tmp_path)
    assert result.report.overall.tallies["deals"].n_pred == 11
    assert (result.input_tokens, result.output_tokens, result.cost_usd) == (1200, 300, 0.0042)
    assert result.pipeline_run_id == "run-1"
    assert result.wall_s >= 0


def test_several_models_in_one_batch_all_stored(tmp_path, edge_gold):
    ctx = make_context(Settings(warehouse=tmp_path / "main.duckdb"), edge_gold)
    models = ["good", "weak", "broken"]
    records = run_models(ctx, edge_gold, models, tmp_path / "keep", False, run=fixture_pipeline)
    assert [r.status for r in records] == ["scored", "scored", "failed"]
    assert records[2].error == "RuntimeError: provider unreachable"
    assert records[1].report is not None and records[1].report.overall.tallies["deals"].f1 == 0
    assert Path(str(records[0].warehouse)).exists()  # kept in --scratch-dir
    con = connect(tmp_path / "main.duckdb", read_only=True)
    rows = con.execute(
        "select model, status, batch_id, input_tokens, cost_usd, articles_missing"
        " from ops.eval_runs order by created_at"
    ).fetchall()
    con.close()
    assert [(m, s) for m, s, *_ in rows] == list(
        zip(models, ["scored", "scored", "failed"], strict=True)
    )
    assert len({r[2] for r in rows}) == 1
    assert rows[0][3:] == (1200, pytest.approx(0.0042), 1)
