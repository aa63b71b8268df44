"""Session 9 precision: the acquisition twins of `rerank.select`, the `rivals` sentence flag."""

from __future__ import annotations

import pytest

from veille.money import MoneySpan
from veille.offline.mention import DealMention
from veille.offline.pairfeatures import rivals_re
from veille.offline.rerank import Model, select
from veille.offline.rerankfeatures import Candidate


def _rule(kind: str, amount: MoneySpan | None) -> DealMention:
    return DealMention(("A", "B"), kind, amount, (0, 40), 0, 0, True)


def _span(start: int) -> MoneySpan:
    return MoneySpan(2e9, None, None, "USD", None, start, start + 5, "$2bn")


@pytest.mark.parametrize(("kind", "kept"), [("acquisition", False), ("partnership", True)])
def test_a_rules_amountless_acquisition_gives_way_to_its_priced_twin(kind: str, kept: bool) -> None:
    """ "A a annoncé l'acquisition de B." then "Le prix atteint 2 milliards": one takeover,
    stated once with its price; a partnership beside a priced stake stays two deals."""
    keep_all = Model({"bias": 5.0}, 0.5)
    bare = Candidate(("A", "B"), None, None, _rule(kind, None), {"bias": 1.0})
    amount = _span(60)
    priced = Candidate(("A", "B"), amount, None, _rule("acquisition", amount), {"bias": 1.0})
    chosen = select([bare, priced], keep_all)
    assert priced in chosen
    assert (bare in chosen) is kept


def test_a_rules_amountless_acquisition_stays_when_no_price_is_kept() -> None:
    model = Model({"bias": 5.0, "weak": -10.0}, 0.5)
    bare = Candidate(("A", "B"), None, None, _rule("acquisition", None), {"bias": 1.0})
    amount = _span(60)
    priced = Candidate(
        ("A", "B"), amount, None, _rule("acquisition", amount), {"bias": 1.0, "weak": 1.0}
    )
    assert select([bare, priced], model) == [bare]


@pytest.mark.parametrize(
    "sentence",
    [
        "The start-up competes with larger rivals such as Google.",
        "à l'heure où Google et Anthropic rattrapent leur retard",
        "Zum Vergleich: die Konkurrenten investieren mehr.",
        "a diferencia de sus competidores, la empresa no cotiza",
        "ao contrário de seus concorrentes",
        "a differenza dei concorrenti europei",
    ],
)
def test_rivals_compared_in_six_languages(sentence: str) -> None:
    assert rivals_re().search(sentence.lower())


def test_a_competition_authority_is_no_rival() -> None:
    for sentence in (
        "l'Autorité de la concurrence a autorisé le rachat",
        "the Competition and Markets Authority cleared the deal",
    ):
        assert not rivals_re().search(sentence.lower())
