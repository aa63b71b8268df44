"""The compiled trees (veille/offline/treecode.py) give exactly the interpreted walk's score."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.devtools.boost import leaf
from veille.devtools.typedata import read_jsonl
from veille.offline.engine import rule_view
from veille.offline.rerank import load_model
from veille.offline.rerankfeatures import candidates
from veille.offline.treecode import MAX_DEPTH, compile_trees, tree_reach
from veille.schema import ArticleInput


def _walked(trees: tuple[object, ...], features: dict[str, float], z: float) -> float:
    for tree in trees:
        z += leaf(tree, features)
    return z


def test_a_small_forest_scores_each_branch() -> None:
    trees = (["a", ["b", 2.0, -1.0], 0.5], 0.25, ["b", -0.125, 3])
    score = compile_trees(trees)
    for features in ({}, {"a": 1.0}, {"b": 1.0}, {"a": 1.0, "b": 1.0}, {"c": 1.0}):
        assert score(features, 0.1) == _walked(trees, features, 0.1)
    assert score({"a": 1.0, "b": 1.0}, 0.0) == 2.0 + 0.25 - 0.125
    assert compile_trees(())({"a": 1.0}, 0.7) == 0.7


def test_bad_trees_are_refused() -> None:
    with pytest.raises(ValueError, match="leaf"):
        compile_trees((["a", "1.0", 0.0],))
    with pytest.raises(ValueError, match="node"):
        compile_trees((["a", 1.0],))
    deep: object = 1.0
    for _ in range(MAX_DEPTH + 1):
        deep = ["a", deep, 0.0]
    with pytest.raises(ValueError, match="deeper"):
        compile_trees((deep,))


def test_the_shipped_forest_matches_the_walk_bit_for_bit(shared_dir: Path) -> None:
    """Every candidate of the dev set's articles: the same float, not an approximate one."""
    model = load_model()
    assert model.trees
    score = compile_trees(model.trees)
    seen = 0
    for d in read_jsonl(shared_dir / "eval" / "dev" / "articles.jsonl"):
        article = ArticleInput(article_id="dev", title=d.get("title", ""), text=d["text"])
        for c in candidates(rule_view(article)[0]):
            seen += 1
            for z in (0.0, -1.5, 0.3):
                assert score(c.features, z) == _walked(model.trees, c.features, z)
    assert seen > 50


def test_the_reach_bounds_every_score() -> None:
    trees = (["a", ["b", 2.0, -1.0], 0.5], 0.25, ["b", -0.125, 3])
    assert tree_reach(trees) == 2.0 + 0.25 + 3.0
    score = compile_trees(trees)
    sums = [score(f, 0.0) for f in ({}, {"a": 1.0}, {"b": 1.0}, {"a": 1.0, "b": 1.0})]
    assert max(sums) <= tree_reach(trees)
    assert max(sums) < tree_reach(trees)  # the top leaves need b and not b: not met here
    met = (["a", 1.0, 0.0], ["b", 0.0, 2.0])
    assert compile_trees(met)({"a": 1.0}, 0.0) == tree_reach(met) == 3.0
    assert tree_reach(()) == 0.0
