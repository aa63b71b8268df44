"""Session 12 (amountless deals): the clause an amountless pair sits in, in a sentence of
several clauses (veille/offline/noamtclause.py). Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.offline import noamtclause
from veille.offline.engine import rule_view
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput


def _clause_features(text: str, pair: set[str]) -> set[str]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    found = [c for c in candidates(view) if c.amount is None and set(c.parties) == pair]
    assert found, f"no amountless candidate for {pair}"
    return {k for k in found[0].features if k.startswith("ncf:")}


TWO_CLAUSES = [
    (
        "Corvant Systems signed a licensing agreement with Halder Robotics last year,"
        " while Belmora Networks agreed a partnership with Pelt Analytics.",
        {"Corvant Systems", "Halder Robotics"},
        {"Halder Robotics", "Belmora Networks"},
    ),
    (
        "Corvant Systems a signé un contrat de licence avec Halder Robotics, tandis que"
        " Belmora Networks a noué un partenariat avec Pelt Analytics.",
        {"Corvant Systems", "Halder Robotics"},
        {"Corvant Systems", "Pelt Analytics"},
    ),
]


@pytest.mark.parametrize(("text", "inside", "across"), TWO_CLAUSES)
def test_the_pair_of_one_clause_is_told_from_a_pair_across_clauses(
    text: str, inside: set[str], across: set[str]
) -> None:
    assert _clause_features(text, inside) == {"ncf:s2"}
    assert _clause_features(text, across) and "ncf:s2" not in _clause_features(text, across)


def test_a_sentence_of_one_clause_adds_nothing() -> None:
    text = "Corvant Systems has signed a three-year agreement with Halder Robotics."
    assert _clause_features(text, {"Corvant Systems", "Halder Robotics"}) == set()


def test_the_switch_turns_the_features_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noamtclause, "CLAUSES", False)
    text, inside, _ = TWO_CLAUSES[0]
    assert _clause_features(text, inside) == set()
