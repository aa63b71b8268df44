"""The paired bootstrap of settings (veille/devtools/dealboot.py), on synthetic counts."""

from __future__ import annotations

import numpy as np
import pytest

from veille.devtools.dealboot import article_counts, paired_bootstrap, set_f1
from veille.devtools.dealscore import f1
from veille.devtools.train_deals import Example
from veille.offline.rerankview import Candidate


def _example(labels: list[int], matched: list[int], n_gold: int) -> Example:
    cands = [Candidate(("A", "B"), None, None, None, {}) for _ in labels]
    return Example(cands, labels, matched, n_gold)


def test_article_counts_sum_to_the_trainers_f1() -> None:
    """Two mentions of one gold deal count twice as precision, once as recall."""
    rows = [_example([1, 1, 0], [0, 0, -1], 2), _example([0, 1], [-1, 1], 3)]

    def keep_all(e: Example) -> list[int]:
        return list(range(len(e.candidates)))

    counts = article_counts(rows, keep_all)
    assert counts == [(3, 2, 1, 2), (2, 1, 1, 3)]
    assert set_f1(np.array(counts, dtype=float)) == pytest.approx(f1(rows, keep_all)[2])
    assert set_f1(np.zeros((1, 4))) == 0.0


def test_the_bootstrap_of_a_setting_against_itself_is_zero() -> None:
    a = {"s": np.array([(2, 1, 1, 2), (1, 0, 0, 1), (3, 3, 2, 2)], dtype=float)}
    assert paired_bootstrap(a, a, rounds=50) == (0.0, 0.0, 0.0, 0.0)


def test_a_setting_right_on_every_article_is_ahead_in_every_draw() -> None:
    worse = {"s": np.array([(2, 1, 1, 2)] * 5, dtype=float), "t": np.array([(1, 0, 0, 1)] * 4)}
    better = {"s": np.array([(2, 2, 2, 2)] * 5, dtype=float), "t": np.array([(1, 1, 1, 1)] * 4)}
    point, low, high, ahead = paired_bootstrap(worse, better, rounds=50)
    assert point == pytest.approx((0.5 + 1.0) / 2)
    assert 0.0 < low <= point <= high and ahead == 1.0
