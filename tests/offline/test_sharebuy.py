"""A priced purchase of a party's shares is an investment (session 10, `sharebuy`)."""

from __future__ import annotations

import pytest

from veille.offline.sharebuy import buys_shares_of
from veille.offline.typemodel import TypeModel, type_of
from veille.schema import DealExtraction

BOUGHT = [
    ("Helix will buy $3 billion of Orbital common stock and work with it on chips.", "Orbital"),
    ("Helix is taking a 12% stake in Orbital for $900 million.", "Orbital"),
    ("Helix achète pour 2 milliards d'euros d'actions d'Orbital.", "Orbital"),
    ("Helix kauft für 2 Milliarden Euro Aktien von Orbital.", "Orbital"),
    ("Helix hat für 2 Milliarden Euro Orbital-Aktien gekauft.", "Orbital"),
    ("Helix comprará acciones de Orbital por 2.000 millones de euros.", "Orbital"),
    ("A Helix vai comprar 2 mil milhões de euros em ações da Orbital.", "Orbital"),
    ("Helix comprerà azioni di Orbital per 2 miliardi di euro.", "Orbital"),
]
NOT_BOUGHT = [
    # shares paid as a price, a stake sold, a lender's participation, no shares at all
    ("The price is $300 million in cash and $150 million in Helix stock.", "Helix"),
    ("Helix a vendu sa participation dans Orbital pour 600 millions d'euros.", "Orbital"),
    ("Un prestito da 350 milioni guidato da Helix, con la partecipazione di Orbital.", "Orbital"),
    ("Helix signed a $30 billion cloud contract with Orbital.", "Orbital"),
    ("Helix bought a majority stake in Orbital for $300 million.", "Orbital"),  # control
]


@pytest.mark.parametrize(("text", "issuer"), BOUGHT)
def test_a_purchase_of_a_partys_shares_is_found_in_six_languages(text: str, issuer: str) -> None:
    assert buys_shares_of(text, ["Helix", issuer])


@pytest.mark.parametrize(("text", "party"), NOT_BOUGHT)
def test_shares_paid_sold_or_lent_are_no_purchase(text: str, party: str) -> None:
    assert not buys_shares_of(text, ["Helix", party] if party != "Helix" else ["Helix", "Kestrel"])


def test_shares_a_sentence_away_from_the_amount_are_no_purchase() -> None:
    text = (
        "Helix comprará Kestrel por 825 millones de dólares, según un documento regulatorio."
        " Las acciones de Orbital subieron un 3 % tras el anuncio."
    )
    assert not buys_shares_of(text, ["Helix", "Orbital"], 825e6)
    assert buys_shares_of(
        "Helix will buy $825 million of Orbital stock.", ["Helix", "Orbital"], 825e6
    )


def _deal(evidence: str, amount: float | None) -> DealExtraction:
    return DealExtraction(
        parties=["Helix", "Orbital"],
        deal_type="partnership",
        amount_value=amount,
        currency="USD" if amount else None,
        evidence=evidence,
    )


def test_the_share_purchase_overrides_the_model_only_when_priced() -> None:
    supply = TypeModel(("investment", "supply"), (0.0, 5.0), {})
    text = BOUGHT[0][0]
    assert type_of(supply, _deal(text, 3e9), "en") == "investment"
    assert type_of(supply, _deal(text, None), "en") == "supply"  # the partnership beside it
    other = "Helix will buy $3 billion of Orbital processors."
    assert type_of(supply, _deal(other, 3e9), "en") == "supply"
