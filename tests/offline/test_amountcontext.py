"""Money edge cases (elided currencies, currency plurals) and what the words around an
amount say about its role. Sentences are made up for the tests."""

from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.engine import _money
from veille.offline.sentences import split_sentences


def amounts(text: str, lang: str) -> list[tuple[float | None, str]]:
    return [(s.value, s.currency) for s in parse_amounts(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a component or comparison takes the currency stated just before it
        (
            "pour 780 millions d'euros, dont 650 millions payés à la signature",
            "fr",
            [(780e6, "EUR"), (650e6, "EUR")],
        ),
        (
            "2 milliards de dollars, contre 1,5 milliard un an plus tôt",
            "fr",
            [(2e9, "USD"), (1.5e9, "USD")],
        ),
        (
            "90 Mio. Euro Umsatz, davon 30 Millionen im Ausland",
            "de",
            [(90e6, "EUR"), (30e6, "EUR")],
        ),
        # never a count: shares, users, GPUs
        ("40 millions de dollars, dont 20 millions d'actions", "fr", [(40e6, "USD")]),
        ("$2 billion of revenue, of which 700 million users pay", "en", [(2e9, "USD")]),
        # across a sentence end of the paragraph since session 13 (money.inherited)
        (
            "Il a levé 40 millions de dollars. Dont 20 millions en 2024.",
            "fr",
            [(40e6, "USD"), (20e6, "USD")],
        ),
        # but never across two paragraphs
        (
            "Il a levé 40 millions de dollars.\n\nSans rapport.\n\nDont 20 millions en 2024.",
            "fr",
            [(40e6, "USD")],
        ),
        # Spanish/Portuguese/Italian plurals and francs alone
        ("4.000 millones de yuanes", "es", [(4e9, "CNY")]),
        ("20 mil milhões de ienes", "pt", [(20e9, "JPY")]),
        ("valorisée 480 millions de francs", "fr", [(480e6, "CHF")]),
    ],
)
def test_elided_currencies_and_plurals(text, lang, expected):
    assert amounts(text, lang) == expected


def roles(text: str, lang: str) -> dict[float, str]:
    found, conversions = _money(text, split_sentences(text), lang)
    return {
        span.value or span.min_value or 0: ("conversion" if span.start in conversions else role)
        for span, role, _ in found
    }


def test_a_bracketed_conversion_is_no_deal_value():
    found = roles("Rebellions raised 340 billion won ($245 million) in a round led by KT.", "en")
    assert found[245e6] == "conversion"
    assert found[340e9] == "deal_value"


def test_price_after_for_in_a_purchase_sentence_and_its_components():
    text = (
        "Cisco agreed to acquire Corvane, an Austin-based startup that designs optical "
        "interconnects for clusters, for $1.35 billion in cash and stock, including "
        "$250 million in retention awards."
    )
    found = roles(text, "en")
    assert found[1.35e9] == "deal_value"
    assert found[250e6] == "deal_value"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Apple has promised to invest $500 billion in the US over four years.", 500e9),
        ("Samsung plans to spend 450 trillion won on domestic investment.", 450e12),
        ("Elle prévoit de consacrer environ 15 millions d'euros à la recherche.", 15e6),
    ],
)
def test_spending_on_a_country_or_a_purpose_is_capex(text, value):
    assert roles(text, "fr" if "Elle" in text else "en")[value] == "capex"


def test_comparisons_unit_prices_and_share_prices():
    found = roles("Apple could spend $12 billion, up from $7.6 billion.", "en")
    assert found[7.6e9] != "deal_value"
    found = roles("Rental prices fell to about ₹150 per GPU-hour after the deal.", "en")
    assert found[150] == "other"
    found = roles("As ações do Itaú subiram 1,4 %, para R$ 37,85, depois do acordo.", "pt")
    assert found[37.85] == "share_price"


def test_german_verb_final_spending_and_durations():
    found = roles(
        "Der Konzern plant, bis 2027 mehr als 2,5 Milliarden Euro in künstliche "
        "Intelligenz zu investieren.",
        "de",
    )
    assert found[2.5e9] == "capex"
    found = roles(
        "Le trio a promis de consacrer 500 milliards de dollars en quatre ans à de "
        "nouveaux centres, dans le cadre de leur accord.",
        "fr",
    )
    assert found[500e9] != "capex"  # "en quatre ans" is a duration, not a purpose
    found = roles("Nvidia itself will invest up to $2 billion in xAI as part of the deal.", "en")
    assert found[2e9] == "deal_value"
