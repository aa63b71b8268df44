"""Session 8: assets a company manages are no deal's amount. Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.money import parse_amounts
from veille.offline.engine import rule_view
from veille.offline.heldassets import is_held_assets
from veille.schema import ArticleInput


@pytest.mark.parametrize(
    ("text", "lang", "held"),
    [
        (
            "Quarrow Capital, which manages more than $250 billion of assets, said on Monday.",
            "en",
            True,
        ),
        ("Le fonds, qui gère quelque 108 milliards de dollars d'actifs, a confirmé.", "fr", True),
        (
            "Avec environ 90 milliards d'euros d'actifs sous gestion, Vardel mise sur l'IA.",
            "fr",
            True,
        ),
        ("Die Gruppe verwaltet rund 50 Milliarden Euro für institutionelle Anleger.", "de", True),
        (
            "Lorvik, con 60.000 millones de dólares en activos bajo gestión, compró Tarsa.",
            "es",
            True,
        ),
        ("A Quintal, que gere mais de 20 mil milhões de euros, entrou no capital.", "pt", True),
        ("Brant Partners has assets under management of $80 billion.", "en", True),
        # not held assets: a deal's value, or a verb of managing that governs another verb
        ("Tessen managed to raise $5 billion from investors.", "en", False),
        ("Kolvar bought $2 billion of assets from Renwick Bank.", "en", False),
        ("Orsay a racheté Velm pour 300 millions d'euros.", "fr", False),
    ],
)
def test_held_assets(text: str, lang: str, held: bool) -> None:
    spans = parse_amounts(text, lang)
    assert len(spans) == 1
    assert is_held_assets(text, 0, spans[0]) is held


def test_held_assets_are_no_deal_candidates() -> None:
    """The amount stays in the article's amounts but is no candidate of a deal."""
    text = (
        "Quarrow Capital has signed a partnership with Halder Robotics. Quarrow Capital, which "
        "manages more than $250 billion of assets, is one of the largest investors in robotics."
    )
    view, _, money = rule_view(ArticleInput(article_id="t", title="", text=text))
    assert [span.value for span, _, _ in money] == [250e9]
    assert view.amounts == []
