"""Session 11: an amountless pair of a sentence that says the deal was not done is dropped
(`veille.offline.undone`, `rerank._background`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.offline.undone import undone

FAILED = [
    "Corvid had looked at acquiring Tamber Labs in 2025 but walked away over price.",
    "Helix approached Orbital in March, but the talks collapsed over price.",
    "Helix said it had discussed a supply contract with Orbital but that no agreement had been"
    " reached.",
    "Son concurrent Velour avait étudié le rachat de Tamber à l'automne sans aller au bout.",
    "Velour avait envisagé de racheter Tamber l'an dernier, avant d'y renoncer.",
    "Velour avait également étudié un rachat de Tamber, sans jamais déposer d'offre ferme.",
    "Tamber discute avec Orbital, sans qu'aucun accord n'ait été signé à ce stade.",
    "Velour sondeó la compra de Tamber el año pasado, pero no llegó a presentar una oferta.",
    "Auch Velour hatte Interesse an einer Beteiligung an Tamber gezeigt, kam aber nicht zum Zug.",
    "A Velour negociou com a Tamber, mas desistiu do negócio.",
    "Velour aveva trattato l'ingresso nel capitale di Tamber, ma il negoziato si era arenato.",
]

DONE = [
    "Corvid has agreed to acquire Tamber Labs for $1.2 billion.",
    "Velour a signé un accord de licence avec Tamber.",
    "Velour is in talks to buy Tamber for about $2 billion.",  # talks alone: `unreal`'s
    "Without Orbital's chips, Helix could not have trained the model.",
]


@pytest.mark.parametrize("text", FAILED)
def test_a_deal_not_done(text: str) -> None:
    assert undone(text)


@pytest.mark.parametrize("text", DONE)
def test_a_deal_done_or_only_talked_of(text: str) -> None:
    assert not undone(text)


def test_select_drops_the_amountless_pair_only() -> None:
    from veille.offline.engine import rule_view
    from veille.offline.rerank import _background
    from veille.offline.rerankfeatures import candidates
    from veille.schema import ArticleInput

    text = (
        "Corvid Systems has agreed to buy Tamber Labs for $1.2 billion. "
        "Velour Group had looked at acquiring Tamber Labs last year but walked away over price."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="Corvid buys Tamber", text=text))
    found = candidates(view)
    dropped = [c for c in found if _background(c)]
    assert any("Tamber Labs" in c.parties and "Velour" in " ".join(c.parties) for c in dropped)
    assert all(c.amount is None for c in dropped)
    assert not any(_background(c) for c in found if c.amount is not None)
