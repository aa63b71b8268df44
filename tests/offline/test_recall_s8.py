"""Session 8 (recall): features for gold deals the re-ranker scored under its threshold."""

from __future__ import annotations

from veille.offline.pairfeatures import is_background, latest_year

ARTICLE = "Nokia said in 2025 that trials would start in 2026. It had sold the unit in 2021."


def test_latest_year_is_the_articles_present_or_future() -> None:
    assert latest_year(ARTICLE) == 2026
    assert latest_year("No year here.") == 0


def test_a_future_year_is_not_background() -> None:
    assert not is_background("The operator agreed to begin trials with Nokia in 2026.", ARTICLE)


def test_an_earlier_year_and_past_markers_are_background() -> None:
    assert is_background("Nokia sold the unit to Ericsson in 2021.", ARTICLE)
    assert is_background("Il avait cédé l'activité au groupe.", ARTICLE)
    assert is_background("Microsoft already owns a stake.", ARTICLE)
