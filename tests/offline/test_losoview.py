"""The re-ranker's loss view (veille/devtools/losoview.py): every candidate gets the stage of
`rerank.select` that keeps or drops it, on a readable fixture set with the shipped model."""

from __future__ import annotations

import pytest

from veille.devtools import losoview
from veille.devtools.dealexamples import Example
from veille.devtools.train_deals import examples
from veille.devtools.typedata import scorer, training_sets
from veille.offline.rerank import Model, load_model, select
from veille.offline.rerankfeatures import Candidate


@pytest.fixture(scope="module")
def rows() -> list[Example]:
    return examples(training_sets()["heldout_s3"], scorer())[:4]


def test_kept_is_what_select_keeps(rows: list[Example]) -> None:
    model = load_model()
    for e in rows:
        fate = losoview.stages(e.candidates, model)
        chosen = {id(c) for c in select(e.candidates, model)}
        assert {k for k, v in fate.items() if v == "kept"} == chosen
        assert all(v != "?" for v in fate.values())


def test_a_high_bar_drops_by_the_bar(rows: list[Example]) -> None:
    shipped = load_model()
    model = Model(shipped.weights, 1.01, shipped.trees, 1.01)
    fate = losoview.stages(rows[0].candidates, model)
    assert all(v.startswith(("bar:", "filter:", "kept")) for v in fate.values())
    assert any(v.startswith("bar:") for v in fate.values())


def test_filters_come_first() -> None:
    c = Candidate(("A", "B"), None, None, None, {"bias": 1.0}, crossed=True)
    assert losoview.stages([c], load_model())[id(c)] == "filter:crossed"


def test_fresh_sets_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["losoview", "--set", "heldout_s29"])
    with pytest.raises(SystemExit, match="unread"):
        losoview.main()
