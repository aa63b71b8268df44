"""The re-ranker settings tool (veille/devtools/dealmodels.py) and the trainer's session-8
knobs (`train_deals.MIN_ARTICLES`, `train_deals.POS_WEIGHT`), on small synthetic examples."""

from __future__ import annotations

import random

import pytest

from veille.devtools import boost, dealmodels, train_deals
from veille.devtools.dealscore import Row
from veille.devtools.train_deals import Example, vocabulary
from veille.offline.rerankview import Candidate


def _example(rows: list[tuple[dict[str, float], int]]) -> Example:
    cands = [Candidate(("A", "B"), None, None, None, {"bias": 1.0, **f}) for f, _ in rows]
    labels = [y for _, y in rows]
    return Example(cands, labels, [0 if y else -1 for y in labels], 1)


def test_applied_sets_constants_for_the_block_and_restores_them() -> None:
    l2, rounds = train_deals.L2, boost.ROUNDS
    with dealmodels.applied({"train_deals.L2": 99.0, "boost.ROUNDS": 7}):
        assert (train_deals.L2, boost.ROUNDS) == (99.0, 7)
    assert (l2, rounds) == (train_deals.L2, boost.ROUNDS)
    with pytest.raises(RuntimeError), dealmodels.applied({"train_deals.L2": 1.0}):
        raise RuntimeError("restored even on error")
    assert l2 == train_deals.L2


def test_applied_refuses_an_unknown_constant_and_restores_the_others() -> None:
    l2 = train_deals.L2
    with (
        pytest.raises(AttributeError),
        dealmodels.applied({"train_deals.L2": 1.0, "boost.NOPE": 1}),
    ):
        pass
    assert l2 == train_deals.L2 and not hasattr(boost, "NOPE")
    with pytest.raises(KeyError), dealmodels.applied({"rerank.THRESHOLD": 0.1}):
        pass


def test_every_shipped_setting_names_existing_constants() -> None:
    for setting in dealmodels.SETTINGS.values():
        with dealmodels.applied({k: v for k, v in setting.items() if not k.startswith("data.")}):
            pass
        assert all(k.startswith("data.") <= (k == "data.RULE_FITTED") for k in setting)


def test_weighted_sets_the_named_sets_weights_for_the_block_only() -> None:
    data = {"old": [_example([({}, 1)])], "new": [_example([({}, 0)])]}
    with dealmodels.weighted(data, ("old", "absent"), 0.5):
        assert [e.weight for e in data["old"]] == [0.5]
        assert [e.weight for e in data["new"]] == [1.0]
    assert [e.weight for e in data["old"]] == [1.0]


def test_a_lighter_set_pulls_the_model_less() -> None:
    """Two sets disagree on `f`; weighing the positive one down lowers `f`'s weight, in the
    logistic part and in the residual trees' leaves alike."""
    pos = _example([({"f": 1.0}, 1)] * 6)
    neg = _example([({"f": 1.0}, 0)] * 4 + [({}, 0)] * 6)
    data = {"pos": [pos], "neg": [neg]}
    plain = train_deals.fit_model([pos, neg])
    with dealmodels.weighted(data, ("pos",), 0.25):
        light = train_deals.fit_model([pos, neg])
    assert light.weights["f"] < plain.weights["f"]
    assert light.probability({"bias": 1.0, "f": 1.0}) < plain.probability({"bias": 1.0, "f": 1.0})


def test_draw_sets_is_seeded_keeps_pool_order_and_takes_all_when_k_is_large() -> None:
    pool = [f"s{i}" for i in range(10)]
    first = dealmodels.draw_sets(pool, 4, random.Random(3))
    assert first == dealmodels.draw_sets(pool, 4, random.Random(3))
    assert len(first) == 4 and first == [p for p in pool if p in first]
    assert dealmodels.draw_sets(pool, 10, random.Random(3)) == pool
    assert dealmodels.draw_sets(pool, 12, random.Random(3)) == pool


def test_hard_mean_averages_only_the_named_rows_model_f1() -> None:
    table: list[Row] = [
        ("a", 0.1, (1.0, 1.0, 0.8)),
        ("b", 0.2, (1.0, 1.0, 0.6)),
        ("c", 0.3, (1.0, 1.0, 0.0)),
    ]
    assert dealmodels.hard_mean(table, ("a", "b")) == pytest.approx(0.7)
    assert dealmodels.row(table, "c") == 0.0


def test_vocabulary_drops_features_of_too_few_articles() -> None:
    """`one` is seen three times, all in one article; `many` once in each of two."""
    first = _example([({"one": 1.0, "many": 1.0}, 1), ({"one": 1.0}, 0), ({"one": 1.0}, 0)])
    second = _example([({"many": 1.0}, 1)])
    data = [first, second]
    keep = [list(range(len(e.candidates))) for e in data]
    assert vocabulary(data, keep) == ["bias", "many", "one"]
    with dealmodels.applied({"train_deals.MIN_ARTICLES": 2}):
        assert vocabulary(data, keep) == ["bias", "many"]
    with dealmodels.applied({"train_deals.MIN_COUNT": 3}):
        assert vocabulary(data, keep) == ["bias", "one"]


def test_a_heavier_positive_class_raises_the_fitted_bias() -> None:
    data = [_example([({"f": 1.0}, 1), ({}, 0), ({}, 0), ({"f": 1.0}, 0)])]
    plain = train_deals.fit(data)
    with dealmodels.applied({"train_deals.POS_WEIGHT": 3.0}):
        weighted = train_deals.fit(data)
    assert weighted["bias"] > plain["bias"] and weighted["f"] > plain["f"]


def _consistent(n: int) -> list[Example]:
    """Articles where `f` marks the right candidate and `g` the wrong one."""
    return [_example([({"f": 1.0}, 1), ({"g": 1.0}, 0)]) for _ in range(n)]


def test_the_curve_scores_every_hard_set_once_per_draw() -> None:
    names = [h for h in train_deals.HARD if not h.endswith("(unseen)")]
    data = {name: _consistent(10) for name in names} | {"older": _consistent(20)}
    unseen = {h.removesuffix(" (unseen)"): _consistent(10) for h in train_deals.HARD}
    assert dealmodels.curve_point(data, unseen, 2, 3) == [1.0, 1.0, 1.0]
    assert dealmodels.curve_point(data, unseen, len(data), 3) == [1.0]
    # k = 0 with a fixed set: one draw, trained on that set alone
    assert dealmodels.curve_point(data, unseen, 0, 3, ("older",)) == [1.0]
