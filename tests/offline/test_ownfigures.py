"""Session 11: a party's yearly spending plan or revenue is no deal's value
(`veille.offline.ownfigures`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.ownfigures import own_figure
from veille.offline.sentences import Sentence

PARTIES = ("Helix", "Orbital")

FIGURES = [
    "Helix plans to spend between $2 billion and $3 billion a year on acquisitions.",
    "Le groupe prévoit de consacrer environ 4,5 milliards d'euros par an à son activité.",
    "Il prévoit d'investir 2,3 milliards d'euros par an en Italie, où Helix a absorbé Orbital.",
    "Helix prevé ahorrar cerca de 500 millones de euros al año gracias a la automatización.",
    "Helix, che ha chiuso il 2025 con ricavi per 3,8 miliardi di euro, investe in Orbital.",
    "Helix, dont le chiffre d'affaires trimestriel a atteint 9,2 milliards d'euros, signe.",
    "Orbital booked $1.3 billion of revenue last year.",
    "Helix erzielte einen Umsatz von 2,1 Milliarden Euro.",
    "Orbital said its backlog stood at $30 billion, largely on the back of its pact with Helix.",
    "Le groupe prévoit des investissements d'environ 35 milliards d'euros sur l'exercice.",
    "Le projet représente un investissement total d'environ 1,3 milliard d'euros d'ici 2027.",
]

DEALS = [
    "Helix will pay Orbital £18 million a year for three years.",  # a yearly fee
    "The agreement is worth about $60 million a year to Orbital.",
    "Helix will spend $10 billion a year on Orbital cloud capacity.",  # spent with a party
    "Helix has agreed to buy Orbital for $1.2 billion.",
]


def _sentence(text: str) -> tuple[Sentence, object]:
    return Sentence(0, len(text), text, 0, 0), parse_amounts(text)[0]


@pytest.mark.parametrize("text", FIGURES)
def test_a_partys_own_figure(text: str) -> None:
    s, amount = _sentence(text)
    assert own_figure(s, amount, PARTIES)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", DEALS)
def test_a_deal_value(text: str) -> None:
    s, amount = _sentence(text)
    assert not own_figure(s, amount, PARTIES)  # type: ignore[arg-type]
