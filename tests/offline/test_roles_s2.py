"""Money roles added after the session-2 blind sets: each rule's positive and negative case,
English and French. Sentences are made up for the tests (company names included)."""

from __future__ import annotations

import pytest

from veille.offline.engine import enrich
from veille.schema import ArticleInput


def role_of(text: str, surface: str) -> str:
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = [m.role for m in result.money if m.surface == surface]
    assert found, f"{surface!r} not parsed"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a present-tense valuation verb: the figure values the company
        (
            "People familiar with the terms said the investments value Corvane at around "
            "$350 billion.",
            "$350 billion",
            "valuation",
        ),
        # a deal that valued its target at a price: the deal's value, however long the object
        (
            "Holders voted down the all-stock takeover, sinking a deal that valued the bitcoin "
            "miner turned data-centre landlord at about $9 billion.",
            "$9 billion",
            "deal_value",
        ),
        # an offer is a takeover by itself, in any language
        (
            "Rumble hatte angeboten, Northern Data zu übernehmen. Das Angebot bewertet das "
            "Unternehmen mit rund 1,17 Milliarden US-Dollar.",
            "1,17 Milliarden US-Dollar",
            "deal_value",
        ),
        # ... not in a round
        (
            "Corvane raised $2 billion in a round that valued the coding start-up founded in "
            "Paris at about $12 billion.",
            "$12 billion",
            "valuation",
        ),
        # ... and a pronoun object is the company itself: its valuation
        (
            "Corvane avait levé 1,7 milliard d'euros, une opération qui la valorisait "
            "11,7 milliards d'euros.",
            "11,7 milliards d'euros",
            "valuation",
        ),
        (
            "Corvane a levé 1,7 milliard d'euros auprès de Lakestar.",
            "1,7 milliard d'euros",
            "deal_value",
        ),
        (
            "La société peut compter sur les 1,7 milliard d'euros levés en septembre auprès "
            "de Lakestar.",
            "1,7 milliard d'euros",
            "deal_value",
        ),
        (
            "Orvalis, which has put $8 billion into the company, is its largest backer.",
            "$8 billion",
            "deal_value",
        ),
        (
            "Datalis a remporté un accord-cadre avec l'Agence, pour un montant maximal de 12 M€.",
            "12 M€",
            "deal_value",
        ),
        (
            "Alors que Brightwave devait s'offrir Corvane pour environ 3 milliards de dollars, "
            "l'accord a échoué.",
            "3 milliards de dollars",
            "deal_value",
        ),
        (
            "En 2024, Brightwave avait déjà versé 2,7 milliards de dollars à Corvane.",
            "2,7 milliards de dollars",
            "deal_value",
        ),
        # a debt facility is financing even next to a capex word
        (
            "Nimbus, a builder of AI data centres, has secured a £1.1 billion debt facility "
            "from Lloyds Banking Group.",
            "£1.1 billion",
            "deal_value",
        ),
        (
            "Nimbus spends heavily on data centres, about £1.1 billion this year.",
            "£1.1 billion",
            "capex",
        ),
        # money put into "this round" is not spending on a purpose
        (
            "Nvidia s'engagerait à investir jusqu'à 1 milliard de dollars dans ce tour.",
            "1 milliard de dollars",
            "deal_value",
        ),
        (
            "Datalis va investir 15 millions d'euros dans la recherche.",
            "15 millions d'euros",
            "capex",
        ),
        # investment spending ("d'investissements") and cash positions are not deal values
        (
            "Chez Alphabet, l'opération reste modeste au regard des 85 milliards de dollars "
            "d'investissements prévus cette année.",
            "85 milliards de dollars",
            "capex",
        ),
        (
            "Corvane ended October with $60.6 billion of cash and short-term investments.",
            "$60.6 billion",
            "other",
        ),
        (
            "Corvane agreed to pay about $20 billion in cash for Brightwave.",
            "$20 billion",
            "deal_value",
        ),
        # "plus de" is "more than", not a component connector ("plus" in "X plus Y" is)
        (
            "Microsoft, qui a pris une participation de 15 M€ au capital de Corvane, prévoit "
            "plus de 80 milliards de dollars d'investissements dans ses centres de données.",
            "80 milliards de dollars",
            "capex",
        ),
        # a cue on the right that introduces its own amount is not this amount's role
        (
            "Corvane serait sur le point de réunir 2 milliards de dollars, sur la base d'une "
            "valorisation comprise entre 12 et 14 milliards de dollars.",
            "2 milliards de dollars",
            "other",
        ),
        (
            "Corvane reported $2 billion in revenue last year.",
            "$2 billion",
            "revenue",
        ),
        # a partnership "estimated at" is valued by its amount; a company "estimée à" is not
        (
            "Corvane a conclu avec Brightwave un partenariat de cinq ans estimé à environ 100 "
            "millions d'euros.",
            "100 millions d'euros",
            "deal_value",
        ),
        (
            "La start-up Corvane est estimée à 100 millions d'euros.",
            "100 millions d'euros",
            "valuation",
        ),
        # a pledge "of investment in Britain" is spending, and so are its components
        (
            "Tech companies pledged £31 billion of investment in Britain, including £22 billion "
            "from Microsoft over four years.",
            "£22 billion",
            "capex",
        ),
        (
            "Tech companies pledged £31 billion of investment in Britain, including £22 billion "
            "from Microsoft over four years.",
            "£31 billion",
            "capex",
        ),
        # "le montant ... avoisinerait": the amount of the deal
        (
            "Le montant n'a pas été communiqué, mais il avoisinerait 600 millions d'euros sur "
            "sept ans.",
            "600 millions d'euros",
            "deal_value",
        ),
    ],
)
def test_money_roles_s2(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role
