"""The learned deal re-ranker: its weights file, its selection rule, its training script."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from veille.devtools import train_deals
from veille.devtools.typedata import read_jsonl, scorer, training_sets
from veille.money import MoneySpan
from veille.offline.engine import enrich, rule_view
from veille.offline.rerank import MODEL_FILE, Model, load_model, rerank, select
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


def _seed(shared_dir: Path) -> ArticleInput:
    row = json.loads((shared_dir / "seed" / "article.jsonl").read_text().splitlines()[0])
    return ArticleInput(article_id="seed", title=row["title"], text=row["text"])


def test_the_shipped_model_loads_and_is_a_probability() -> None:
    model = load_model()
    assert 0.0 < model.threshold < 1.0 and len(model.weights) > 100
    p = model.probability({"bias": 1.0, "rule_exact": 1.0})
    assert 0.0 <= p <= 1.0
    assert model.probability({"no such feature": 1.0}) == model.probability({})
    assert Model(model.weights, 0.5).probability({"no such feature": 1.0}) == pytest.approx(0.5)


def test_candidates_cover_every_rule_mention(shared_dir: Path) -> None:
    view, _, _ = rule_view(_seed(shared_dir))
    found = candidates(view)
    assert {id(c.rule) for c in found if c.rule is not None} == {id(d) for d in view.rules}
    assert all(c.features["bias"] == 1.0 for c in found)
    assert any(c.rule is None for c in found)  # pairs the rules did not propose


def _span(value: float, start: int) -> MoneySpan:
    return MoneySpan(value, None, None, "USD", None, start, start + 5, "$5bn")


def test_a_new_amountless_pair_gives_way_to_the_same_pair_with_an_amount() -> None:
    keep_all = Model({"bias": 5.0}, 0.5)
    with_amount = Candidate(("A", "B"), _span(5e9, 10), None, None, {"bias": 1.0})
    amountless = Candidate(("B", "A"), None, None, None, {"bias": 1.0})
    other = Candidate(("A", "C"), None, None, None, {"bias": 1.0})
    chosen = select([with_amount, amountless, other], keep_all)
    assert chosen == [with_amount, other]


def test_pairs_competing_for_one_amount_keep_only_the_close_best() -> None:
    model = Model({"bias": 0.0, "strong": 3.0, "close": 2.5, "weak": 1.0}, 0.5)
    amount = _span(5e9, 10)
    best = Candidate(("A", "B"), amount, None, None, {"bias": 1.0, "strong": 1.0})
    close = Candidate(("A", "C"), amount, None, None, {"bias": 1.0, "close": 1.0})
    weak = Candidate(("B", "C"), amount, None, None, {"bias": 1.0, "weak": 1.0})
    assert model.probability(weak.features) >= 0.5  # above the threshold, yet dropped
    assert select([best, close, weak], model) == [best, close]


def test_nothing_is_kept_below_the_threshold() -> None:
    strict = Model({"bias": -5.0, "rule_exact": 6.0}, 0.5)
    kept = Candidate(("A", "B"), None, None, None, {"bias": 1.0, "rule_exact": 1.0})
    dropped = Candidate(("A", "C"), None, None, None, {"bias": 1.0})
    assert select([kept, dropped], strict) == [kept]


def test_the_seed_deal_survives_reranking(shared_dir: Path) -> None:
    result = enrich(_seed(shared_dir))
    found = {(frozenset(d.parties), d.amount_value) for d in result.deals}
    assert (frozenset({"Meta", "Nebius"}), 27e9) in found
    view, _, _ = rule_view(_seed(shared_dir))
    assert rerank(view) == rerank(view)  # deterministic


def test_training_is_deterministic_on_a_real_set() -> None:
    data = train_deals.examples(training_sets()["heldout_last"], scorer())
    assert sum(sum(e.labels) for e in data) > 0
    assert train_deals.fit(data) == train_deals.fit(data)


@pytest.mark.slow
def test_the_shipped_weights_are_what_the_training_script_writes() -> None:
    """Features or training sets changed without retraining would fail here:
    run `python -m veille.devtools.train_deals`."""
    score = scorer()
    sets = {k: v for k, v in training_sets().items() if k not in train_deals.TRAIN}
    data = [e for files in sets.values() for e in train_deals.examples(files, score)]
    model = train_deals.fit_model(data)
    weights = model.weights
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped["trained_on"] == list(sets)
    assert set(weights) == set(shipped["weights"])
    assert all(abs(weights[k] - shipped["weights"][k]) < 1e-3 for k in weights)
    assert len(shipped.get("trees", [])) == len(model.trees)


def test_judged_skips_the_trees_only_when_they_cannot_lift_a_candidate() -> None:
    trees = (["lift", 1.0, -0.5],)  # the trees add at most 1.0
    model = Model({"bias": -2.0, "up": 1.5}, 0.5, trees, noamt_threshold=0.4)
    priced = Candidate(("A", "B"), _span(5e9, 10), None, None, {"bias": 1.0, "lift": 1.0})
    amountless = Candidate(("A", "B"), None, None, None, {"bias": 1.0, "lift": 1.0})
    # z = -2 + 1 = -1 < logit(0.4): out of reach of both bars, the trees unread
    assert model.judged(priced) == 0.0 == model.judged(amountless)
    assert model.probability(priced.features) < 0.4
    near = Candidate(("A", "B"), None, None, None, {"bias": 1.0, "up": 1.0, "lift": 1.0})
    # z = -0.5: the trees could lift it over 0.4, so it is scored in full
    assert model.judged(near) == model.probability(near.features) > 0.4


def test_judged_selects_as_the_full_probability_on_the_dev_set(shared_dir: Path) -> None:
    """The shipped model: every dev article's selection is the same, and the trees are
    skipped for some of its candidates (else the bound would be useless)."""
    model, skipped = load_model(), 0
    for d in read_jsonl(shared_dir / "eval" / "dev" / "articles.jsonl"):
        article = ArticleInput(article_id="dev", title=d.get("title", ""), text=d["text"])
        found = candidates(rule_view(article)[0])
        full = Model(model.weights, model.threshold, model.trees, model.noamt_threshold)
        full.__dict__["_floors"] = (-math.inf, -math.inf)  # no bound: the trees always read
        assert select(found, model) == select(found, full)
        skipped += sum(model.judged(c) == 0.0 < model.probability(c.features) for c in found)
    assert skipped > 20


def test_co_members_of_a_list_with_priced_deals_are_no_amountless_deal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keep_all = Model({"bias": 5.0}, 0.5)
    listed = {"bias": 1.0, "conj:within": 1.0}
    lead = Candidate(("R", "B"), _span(5e8, 10), None, None, {"bias": 1.0})
    other = Candidate(("R", "C"), _span(5e8, 10), None, None, {"bias": 1.0})
    co_givers = Candidate(("B", "C"), None, None, None, dict(listed))
    venture = Candidate(("B", "D"), None, None, None, dict(listed))  # D has no priced deal
    chosen = select([lead, other, co_givers, venture], keep_all)
    assert chosen == [lead, other, venture]
    monkeypatch.setattr("veille.offline.rerank.CO_GIVERS", False)
    assert co_givers in select([lead, other, co_givers, venture], keep_all)
