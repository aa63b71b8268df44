from __future__ import annotations

from datetime import datetime

import pytest

from veille.evaluation.history import EvalRecord, history, record
from veille.evaluation.score import EvalReport, Scores, Tally


def report(deals_tp: int, type_hits: int = 1, deals: int = 1000) -> EvalReport:
    overall = Scores(articles=2, type_hits=type_hits, type_judged=2)
    overall.tallies = {
        "orgs": Tally(8, 10, 8, 10),
        "amounts": Tally(5, 10, 5, 10),
        "deals": Tally(deals_tp, deals, deals_tp, deals),
    }
    return EvalReport(overall, {"en": overall}, [])


def rec(eval_id, second, model="m", gold_hash="g", rep=None, prompt="p1", error=None):
    return EvalRecord(
        eval_id=eval_id,
        batch_id="b",
        model=model,
        prompt_version=prompt,
        schema_version="1",
        gold_path="gold.jsonl",
        gold_hash=gold_hash,
        report=rep,
        error=error,
        created_at=datetime(2026, 1, 1, 0, 0, second),
    )


def test_record_is_idempotent_and_stores_every_scope(con):
    r = rec("e1", 0, rep=report(500))
    record(con, r)
    record(con, r)
    assert con.execute("select count(*) from ops.eval_runs").fetchone() == (1,)
    rows = con.execute(
        "select language, category, f1, accuracy, n_pred from ops.eval_scores order by all"
    ).fetchall()
    assert len(rows) == 8
    assert ("all", "deal_type", None, 0.5, 2) in rows
    assert ("en", "deals", pytest.approx(0.5), None, 1000) in rows


def test_drops_against_the_previous_scored_run_of_the_same_model_and_gold(con):
    record(con, rec("e1", 0, rep=report(500)))
    record(con, rec("e2", 1, rep=None, error="RuntimeError: boom"))
    record(con, rec("e3", 2, rep=report(499), prompt="p2"))  # -0.001: flagged
    record(con, rec("e4", 3, rep=report(500)))  # better: not flagged
    record(con, rec("e5", 4, rep=report(400), model="other"))  # first run of its model
    record(con, rec("e6", 5, rep=report(100), gold_hash="new"))  # other gold: not compared
    record(con, rec("e7", 6, rep=report(500, type_hits=0)))
    rows = {r.eval_id: r for r in history(con, limit=10)}
    assert list(rows) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
    assert rows["e2"].status == "failed" and rows["e2"].error == "RuntimeError: boom"
    assert set(rows["e3"].drops()) == {"deals_f1"}
    assert rows["e3"].previous_prompt == "p1"
    assert rows["e4"].drops() == {}
    assert rows["e4"].previous["deals_f1"] == pytest.approx(rows["e3"].figures["deals_f1"])
    assert rows["e5"].drops() == {} and rows["e5"].previous["deals_f1"] is None
    assert rows["e6"].previous["deals_f1"] is None
    assert rows["e7"].drops() == {"deal_type_accuracy": (0.5, 0.0)}


def test_a_drop_must_show_at_three_decimals(con):
    record(con, rec("e1", 0, rep=report(5000, deals=10000)))
    record(con, rec("e2", 1, rep=report(4996, deals=10000)))  # 0.5000 -> 0.4996
    record(con, rec("e3", 2, rep=report(4990, deals=10000)))  # 0.4996 -> 0.4990
    rows = history(con)
    assert rows[1].drops() == {}
    assert set(rows[2].drops()) == {"deals_f1"}


def test_history_limit_and_model_filter(con):
    for i in range(5):
        record(con, rec(f"e{i}", i, model="a" if i % 2 else "b", rep=report(500)))
    assert [r.eval_id for r in history(con, limit=2)] == ["e3", "e4"]
    assert [r.eval_id for r in history(con, models=["a"])] == ["e1", "e3"]
