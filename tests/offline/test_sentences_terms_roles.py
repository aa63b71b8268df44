from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.roles import money_role
from veille.offline.sentences import split_sentences
from veille.offline.terms import deal_status, duration_months


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = (
        "NVIDIA Corp. is paying $23.28 a share. The U.S. government took a stake.\n\n"
        "Le groupe a levé 7 Mrd. Euro hier. Elle a signé."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "NVIDIA Corp. is paying $23.28 a share.",
        "The U.S. government took a stake.",
        "Le groupe a levé 7 Mrd. Euro hier.",
        "Elle a signé.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("a five-year arrangement", 60),
        ("over five years", 60),
        ("sur une période de cinq ans", 60),
        ("über fünf Jahre", 60),
        ("durante dez anos", 120),
        ("a 18-month contract", 18),
        ("un contratto triennale", 36),
        ("in 2031", None),
    ],
)
def test_duration(text, months):
    assert duration_months(text) == months


def test_status():
    assert deal_status("OpenAI aurait conclu avec Oracle un contrat") == "rumoured"
    assert deal_status("a letter of intent rather than a binding contract") == "pending"
    assert deal_status("The acquisition was completed on Monday.") == "completed"
    assert deal_status("Meta signs a deal with Nebius.") == "announced"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("CoreWeave floated on the Nasdaq at $40 a share.", "share_price"),
        ("Microsoft generated 62% of its 2024 revenue of $1.9bn.", "revenue"),
        ("Nebius a enregistré une perte nette de 250 millions de dollars.", "net_loss"),
        ("la capitalisation boursière atteint 28,6 milliards de dollars.", "market_cap"),
        ("L'opération valorise Mistral AI à 11,7 milliards d'euros.", "valuation"),
        ("Nebius now expects capex of about $5 billion for 2025.", "capex"),
        ("a five-year arrangement valued at $17.4 billion", "deal_value"),
        ("en una operación valorada en unos 1.200 millones de euros", "deal_value"),
    ],
)
def test_money_roles(sentence, role):
    s = split_sentences(sentence)[0]
    assert money_role(sentence, s, parse_amounts(sentence)[0]) == role
