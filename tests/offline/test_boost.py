"""Boosted trees on the re-ranker's residual (veille/devtools/boost.py) and their use in
`rerank.Model`."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from veille.devtools import train_deals
from veille.devtools.boost import fit_residual, leaf
from veille.devtools.typedata import scorer, training_sets
from veille.offline.rerank import Model


def _matrix(rows: list[set[str]], vocab: list[str]) -> sparse.csr_matrix:
    index = {k: i for i, k in enumerate(vocab)}
    r = [i for i, row in enumerate(rows) for _ in row]
    c = [index[k] for row in rows for k in sorted(row)]
    return sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(rows), len(vocab)))


def test_trees_learn_a_conjunction_a_sum_of_weights_cannot() -> None:
    """Positive only when `cue` and `noamt` are both present or both absent (XOR-like: no
    sum of one weight per feature separates it); the margin given is zero."""
    vocab = ["cue", "noamt"]
    rows = [{"cue", "noamt"}] * 30 + [{"cue"}] * 20 + [{"noamt"}] * 20 + [set()] * 10
    y = np.array([1.0] * 30 + [0.0] * 40 + [1.0] * 10)
    trees = fit_residual(_matrix(rows, vocab), y, np.zeros(len(y)), vocab)
    assert trees == fit_residual(_matrix(rows, vocab), y, np.zeros(len(y)), vocab)

    def z(row: set[str]) -> float:
        return sum(leaf(t, dict.fromkeys(row, 1.0)) for t in trees)

    assert z({"cue", "noamt"}) > 0.5 and z(set()) > 0.5
    assert z({"cue"}) < -0.5 and z({"noamt"}) < -0.5


def test_the_model_adds_each_tree_leaf_to_the_weights() -> None:
    tree = ["a", ["b", 2.0, -1.0], 0.5]
    model = Model({"bias": -1.0}, 0.5, (tree,))
    assert model.probability({"bias": 1.0, "a": 1.0, "b": 1.0}) == 1.0 / (1.0 + np.exp(-1.0))
    assert model.probability({"bias": 1.0}) == 1.0 / (1.0 + np.exp(0.5))
    assert Model({"bias": -1.0}, 0.5).probability({"bias": 1.0}) == 1.0 / (1.0 + np.exp(1.0))


def test_boosted_training_is_deterministic_on_a_real_set() -> None:
    data = train_deals.examples(training_sets()["heldout_last"], scorer())
    first, second = train_deals.fit_model(data), train_deals.fit_model(data)
    assert first == second
    assert len(first.trees) > 0 and first.weights == train_deals.fit(data)
