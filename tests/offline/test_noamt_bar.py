"""Session 11: amountless candidates have their own bar (`Model.noamt_threshold`)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from veille.devtools import train_deals
from veille.money import MoneySpan
from veille.offline import implsubject
from veille.offline.rerank import Model, load_model, select
from veille.offline.rerankfeatures import Candidate


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _span(start: int) -> MoneySpan:
    return MoneySpan(5e8, None, None, "USD", None, start, start + 5, "$500m")


def test_an_amountless_candidate_is_judged_by_its_own_bar() -> None:
    """At p = 0.32 an amountless pair passes a 0.3 bar; a priced one needs the 0.35 threshold."""
    model = Model({"bias": _logit(0.32)}, 0.35, (), 0.3)
    bare = Candidate(("A", "B"), None, None, None, {"bias": 1.0})
    priced = Candidate(("A", "C"), _span(10), None, None, {"bias": 1.0})
    assert model.bar(bare) == 0.3 and model.bar(priced) == 0.35
    assert select([bare, priced], model) == [bare]


def test_without_an_amountless_bar_one_threshold_judges_all() -> None:
    model = Model({"bias": _logit(0.32)}, 0.35)
    bare = Candidate(("A", "B"), None, None, None, {"bias": 1.0})
    assert model.bar(bare) == 0.35 and select([bare], model) == []


def test_a_told_amountless_candidate_above_its_bar_is_kept_once() -> None:
    """`dealnouns.told` keeps told candidates the model left under the bar; one already over the
    amountless bar must not come back a second time."""
    model = Model({"bias": _logit(0.32)}, 0.35, (), 0.3)
    told = Candidate(("A", "B"), None, None, None, {"bias": 1.0}, told=True)
    assert select([told], model) == [told]


def test_the_weights_file_carries_the_amountless_bar(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"  # load_model caches by path
    old.write_text(json.dumps({"weights": {"bias": 0.0}, "threshold": 0.35}), encoding="utf-8")
    assert load_model(old).noamt_threshold is None  # an older file: one threshold
    payload = {"weights": {"bias": 0.0}, "threshold": 0.35, "noamt_threshold": 0.3}
    new.write_text(json.dumps(payload), encoding="utf-8")
    assert load_model(new).noamt_threshold == 0.3


def test_the_trainer_and_the_shipped_features_agree() -> None:
    """The trainer writes its amountless bar into the model it fits; the implicit-subject
    features it was measured with are on."""
    assert train_deals.NOAMT_THRESHOLD is not None
    assert train_deals.NOAMT_THRESHOLD < train_deals.THRESHOLD
    assert implsubject.SUBJECTS
