"""Session 12: a party's income, order intake, buyback, own fund or spending plan is no deal's
value (`veille.offline.ownmoney`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.ownmoney import own_money
from veille.offline.sentences import Sentence

PARTIES = ("Helix", "Orbital")

OWN = [
    "Orbital, propiedad del grupo Helix, facturó 5.300 millones de euros en 2025.",
    "Orbital beschäftigt 230 Mitarbeiter und setzte im vergangenen Jahr 38 Millionen Euro um.",
    "For Helix, AI licensing brought in more than $100 million last year.",
    "Au premier semestre, Helix a enregistré des prises de commandes de 10,2 milliards d'euros.",
    "Helix a par ailleurs achevé un programme de rachat d'actions de 500 millions d'euros.",
    "Helix also spent $1.1 billion buying back its own stock in the quarter.",
    "Orbital a levé l'an dernier un fonds de croissance de 1,1 milliard d'euros.",
    "Orbital hatte im vergangenen Jahr einen neuen Fonds über 480 Millionen Euro geschlossen.",
    "Orbital Ventures, lancé en 2022 avec une dotation de 300 millions d'euros, investit.",
    "Helix prevé invertir 41.000 millones de euros entre 2025 y 2028 en redes.",
    "Helix said it would spend 47 trillion won on chip facilities this year.",
]

DEALS = [
    "Helix has agreed to buy Orbital for $1.2 billion.",
    "Orbital brought in $50 million from Helix in a round led by Sequoia.",  # raised from a party
    "Helix will invest $2 billion by 2030 in Orbital's data centres.",  # spent with a party
    "Helix and Orbital set up a fund of $500 million to back start-ups.",  # no closing verb
    "La Regione gli ha assegnato un contributo a fondo perduto di 1,2 milioni di euro.",  # grant
]


def _sentence(text: str) -> tuple[Sentence, object]:
    return Sentence(0, len(text), text, 0, 0), parse_amounts(text)[0]


@pytest.mark.parametrize("text", OWN)
def test_a_partys_own_money(text: str) -> None:
    s, amount = _sentence(text)
    assert own_money(s, amount, PARTIES)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", DEALS)
def test_a_deal_value(text: str) -> None:
    s, amount = _sentence(text)
    assert not own_money(s, amount, PARTIES)  # type: ignore[arg-type]
