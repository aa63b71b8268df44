"""The re-ranker's boosted trees compiled once into one Python function.

Why: `Model.probability` walked 100 trees of depth 3 per candidate (a `while` loop, a type
test and a list index per node): about a tenth of the engine's time after session 6. The
same trees as nested conditional expressions (`(a if "f" in F else b)`), summed in one
expression, cost a fraction of that.

Decisions:
- Exactly the interpreted walk's result: the leaves are added to the score one by one, left
  to right, in the trees' order (`z + t0 + t1 + ...` is `((z + t0) + t1) + ...`), each leaf
  written as its `repr` (a float's `repr` reads back to the same float), so the float sums
  are the same operations in the same order. tests/offline/test_treecode.py compares both.
- Feature names and leaves go into the source through `repr` only; a node that is neither a
  `[str, tree, tree]` list nor a number is refused (ValueError), never guessed.
- A tree deeper than `MAX_DEPTH` (Python's parser nests only so far) is refused too; the
  trainer grows depth 3.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

MAX_DEPTH = 40
Scorer = Callable[[Mapping[str, float], float], float]


def _expression(node: Any, depth: int = 0) -> str:
    if type(node) is list:
        if depth >= MAX_DEPTH:
            raise ValueError(f"a tree deeper than {MAX_DEPTH} levels")
        if len(node) != 3 or type(node[0]) is not str:
            raise ValueError(f"not a tree node: {node!r:.80}")
        yes, no = _expression(node[1], depth + 1), _expression(node[2], depth + 1)
        return f"({yes} if {node[0]!r} in F else {no})"
    if type(node) in (int, float):
        return repr(node)
    raise ValueError(f"not a tree leaf: {node!r:.80}")


def compile_trees(trees: Sequence[Any]) -> Scorer:
    """`scorer(features, z)`: `z` plus each tree's leaf for `features`, in the trees' order."""
    terms = "".join(f"\n        + {_expression(tree)}" for tree in trees)
    source = f"def score(F, z):\n    return (\n        z{terms}\n    )\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<veille.offline.treecode>", "exec"), namespace)
    scorer: Scorer = namespace["score"]
    return scorer


def tree_reach(trees: Sequence[Any]) -> float:
    """The largest sum the trees can add to a score: each tree's largest leaf. A bound that
    lets the re-ranker leave the trees unread for a candidate its weights alone keep under
    its bar (`rerank.Model.judged`, session 16)."""
    return sum(_top_leaf(tree) for tree in trees)


def _top_leaf(node: Any) -> float:
    if type(node) is list:
        return max(_top_leaf(node[1]), _top_leaf(node[2]))
    return float(node)
