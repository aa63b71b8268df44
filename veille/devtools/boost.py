"""Boosted trees on the logistic re-ranker's residual: conjunctions of a few features.

    trees = fit_residual(x, y, margin, vocab)   # in `train_deals._fit`, after the weights

Why (session 6): the logistic model adds one weight per indicator; what it cannot say is
"this cue AND no amount" or "the rules' pair AND an implicit subject". A few small trees
fitted to its residual (gradient boosting from its margins) learn such conjunctions from the
data instead of by hand. Measured by leave-one-set-out (`train_deals --check`): hard-set
mean 0.658 -> 0.661, dev 0.921 -> 0.960 (100 trees of depth 3, step 0.05, splitting on the
non-word features only, `train_deals.LEXICAL`; neighbouring settings 0.660-0.664; a tree
model alone, without the logistic one, 0.652-0.656).

Decisions:
- Exact greedy splits on indicator features (present or not), second-order leaves with L2
  `LAMBDA`, a minimum hessian per child: deterministic (ties go to the first feature in
  vocabulary order), numpy and scipy only.
- A tree is data: `[feature, tree_if_present, tree_if_absent]` or a leaf value, so the
  weights file holds it and `rerank.Model` scores it without this module (compiled once by
  `veille/offline/treecode.py`; `leaf` here is the plain walk the tests compare it with).
"""

from __future__ import annotations

from typing import Any

import numpy as np

ROUNDS = 100
DEPTH = 3
STEP = 0.05
LAMBDA = 5.0
MIN_HESSIAN = 2.0
Tree = Any  # float | list[str | Tree]


def leaf(tree: Tree, features: dict[str, float]) -> float:
    while isinstance(tree, list):
        tree = tree[1] if tree[0] in features else tree[2]
    return float(tree)


def _split(x: Any, xt: Any, g: np.ndarray, h: np.ndarray, rows: np.ndarray) -> tuple[int, float]:
    mask = np.zeros(x.shape[0])
    mask[rows] = 1.0
    big_g, big_h = float(g[rows].sum()), float(h[rows].sum())
    gl, hl = xt @ (g * mask), xt @ (h * mask)
    gr, hr = big_g - gl, big_h - hl
    gain = gl**2 / (hl + LAMBDA) + gr**2 / (hr + LAMBDA) - big_g**2 / (big_h + LAMBDA)
    gain[(hl < MIN_HESSIAN) | (hr < MIN_HESSIAN)] = -1.0
    j = int(np.argmax(gain))
    return j, float(gain[j])


def _grow(
    x: Any, xt: Any, vocab: list[str], g: np.ndarray, h: np.ndarray, rows: np.ndarray, depth: int
) -> Tree:
    value = -float(g[rows].sum()) / (float(h[rows].sum()) + LAMBDA) * STEP
    if depth == 0 or len(rows) < 2:
        return round(value, 6)
    j, gain = _split(x, xt, g, h, rows)
    if gain <= 0.0:
        return round(value, 6)
    present = x[:, j].toarray().ravel().astype(bool)[rows]
    yes = _grow(x, xt, vocab, g, h, rows[present], depth - 1)
    no = _grow(x, xt, vocab, g, h, rows[~present], depth - 1)
    return [vocab[j], yes, no]


def fit_residual(
    x: Any, y: np.ndarray, margin: np.ndarray, vocab: list[str], weight: np.ndarray | None = None
) -> list[Tree]:
    """`x`: the sparse indicator matrix (rows x vocab), `margin`: the logistic model's,
    `weight`: each row's in the loss (all 1 when None, the trained default)."""
    xc, xt = x.tocsc(), x.T.tocsr()
    z = margin.astype(float).copy()
    w = np.ones(len(y)) if weight is None else weight
    trees: list[Tree] = []
    rows = np.arange(len(y))
    for _ in range(ROUNDS):
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        g, h = (p - y) * w, p * (1.0 - p) * w
        tree = _grow(xc, xt, vocab, g, h, rows, DEPTH)
        trees.append(tree)
        z += _apply(tree, xc, {k: i for i, k in enumerate(vocab)})
    return trees


def _apply(tree: Tree, x: Any, index: dict[str, int]) -> np.ndarray:
    """The tree's value on every row of `x` (column-wise, no per-row walk)."""
    if not isinstance(tree, list):
        return np.full(x.shape[0], float(tree))
    col = x[:, index[tree[0]]].toarray().ravel().astype(bool)
    return np.where(col, _apply(tree[1], x, index), _apply(tree[2], x, index))
