"""The project's scorer against the reference `score.py`, figure by figure.

Both read the same warehouse: the reference through a subprocess (`--json`), ours in process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from veille.evaluation.gold import load_gold
from veille.evaluation.score import CATEGORIES, EvalReport, score_warehouse
from warehouse.connection import connect

REFERENCE_MISS = re.compile(r"^(?P<url>\S+): (?P<cat>org|amount|deal) (?P<kind>missed|extra) ")


def reference(shared_dir: Path, db: Path, gold: Path, tmp_path: Path) -> tuple[dict, Counter]:
    out = tmp_path / "reference.json"
    done = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--db",
            str(db),
            "--gold",
            str(gold),
            "--json",
            str(out),
            "--show-misses",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    misses: Counter = Counter()
    for line in done.stdout.splitlines():
        if m := REFERENCE_MISS.match(line):
            misses[(m["url"], m["cat"] + "s", m["kind"])] += 1
    return json.loads(out.read_text("utf-8")), misses


def ours(db: Path, gold: Path) -> EvalReport:
    con = connect(db, read_only=True)
    try:
        return score_warehouse(con, load_gold(gold))
    finally:
        con.close()


def assert_agree(mine: dict, ref: dict) -> None:
    for category in CATEGORIES:
        assert mine[category]["predicted"] == ref[category]["predicted"], category
        assert mine[category]["gold"] == ref[category]["gold"], category
        for figure in ("precision", "recall", "f1"):
            assert round(mine[category][figure], 3) == round(ref[category][figure], 3)
            assert mine[category][figure] == pytest.approx(ref[category][figure], abs=5e-4)
    assert mine["deal_type_accuracy"] == pytest.approx(ref["deal_type_accuracy"], abs=5e-4)
    assert mine["articles"] == ref["articles"]
    assert mine["articles_missing"] == ref["articles_missing"]


@pytest.mark.parametrize("case", ["dev", "edge"])
def test_scores_equal_the_reference(case, request, shared_dir, tmp_path):
    db = request.getfixturevalue(f"{case}_warehouse")
    gold = request.getfixturevalue(f"{case}_gold")
    ref, ref_misses = reference(shared_dir, db, gold, tmp_path)
    report = ours(db, gold)
    assert_agree(report.overall.as_dict(), ref)
    mine = Counter((m.url, m.category, m.kind) for m in report.misses)
    assert mine == ref_misses


def test_the_perturbations_leave_something_to_find(dev_warehouse, dev_gold):
    """Guard against a perturbation set so mild that agreement would prove little."""
    overall = ours(dev_warehouse, dev_gold).overall
    for category in CATEGORIES:
        tally = overall.tallies[category]
        assert 0 < tally.tp_pred < tally.n_pred, category
        assert 0 < tally.tp_gold < tally.n_gold, category
    assert 0 < overall.type_hits < overall.type_judged
    assert overall.missing == 2
