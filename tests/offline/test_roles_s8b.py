"""Money roles added in session 8, second wave (veille/offline/roles.py): a joint project or
venture valued at an amount, and a deal whose subject says what revenue it brings, are deal
values. Sentences are made up for the tests (company names included)."""

from __future__ import annotations

import pytest

from tests.offline.test_roles_s2 import role_of


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "The plant will sit near the fab that Corvane is building with Lindqvist Foundry, "
            "in a project valued at $11 billion.",
            "$11 billion",
            "deal_value",
        ),
        (
            "Corvane et Lindqvist ont créé une coentreprise valorisée à 900 millions d'euros.",
            "900 millions d'euros",
            "deal_value",
        ),
        (
            "Corvane a signé un contrat d'achat d'électricité avec Lindqvist. L'accord "
            "représente environ 1,2 milliard de dollars de recettes sur sa durée.",
            "1,2 milliard de dollars",
            "deal_value",
        ),
        (
            "Corvane signed a supply contract with Lindqvist. The contract represents about "
            "$400 million in revenue over five years.",
            "$400 million",
            "deal_value",
        ),
        # the company's revenue, not a deal's: stays revenue
        (
            "Corvane signed a supply contract with Lindqvist. Corvane posted revenue of "
            "$400 million last year.",
            "$400 million",
            "revenue",
        ),
        # a company valued at an amount stays a valuation
        (
            "Corvane raised $50 million from Lindqvist in a round that valued the company at "
            "$2 billion.",
            "$2 billion",
            "valuation",
        ),
    ],
)
def test_deal_value_roles(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role
