"""Session 11: the customer whose contract secures a loan is no party to the loan
(`veille.offline.collateral`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.collateral import collateral_party
from veille.offline.sentences import Sentence

SECURED = [
    (
        "Tamber has lined up a $2.1 billion loan from banks led by Corvid Bank, secured against"
        " the Helix lease.",
        ("Tamber", "Corvid Bank", "Helix"),
    ),
    (
        "La société a obtenu un crédit de 60 millions d'euros de la Banque Velour, garanti par"
        " le contrat signé avec Helix.",
        ("Banque Velour", "Helix"),
    ),
    (
        "Tamber hat einen Kredit über 500 Millionen Euro aufgenommen, besichert durch den"
        " Mietvertrag mit Helix.",
        ("Tamber", "Helix"),
    ),
]

KEPT = [
    # the guarantor named alone is a party of the loan
    (
        "Tamber aveva ottenuto un finanziamento di 12 milioni di euro da Banca Velour, garantito"
        " da Helix, per costruire un data center.",
        ("Tamber", "Helix"),
    ),
    # the amount after the phrase is the contract's own value
    (
        "The loan is secured against a 15-year lease with Helix valued at $4.5 billion.",
        ("Tamber", "Helix"),
    ),
    # the customer is not a party of the pair
    (
        "Tamber has lined up a $2.1 billion loan led by Corvid Bank, secured against the Helix"
        " lease.",
        ("Tamber", "Corvid Bank"),
    ),
]


def _check(text: str, parties: tuple[str, ...]) -> bool:
    s = Sentence(0, len(text), text, 0, 0)
    return collateral_party(s, parse_amounts(text)[0], parties)


@pytest.mark.parametrize(("text", "parties"), SECURED)
def test_the_collateral_customer(text: str, parties: tuple[str, ...]) -> None:
    assert _check(text, parties)


@pytest.mark.parametrize(("text", "parties"), KEPT)
def test_loan_parties_and_contract_values(text: str, parties: tuple[str, ...]) -> None:
    assert not _check(text, parties)
