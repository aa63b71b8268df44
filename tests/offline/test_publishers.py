"""Publishers as deal parties (session 6): a news organisation that licenses its content is
the counterparty of the sentence's deal, one that only attributes is not."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.publishers import content_re
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput


def _publisher_pairs(text: str, title: str = "") -> dict[frozenset[str], dict[str, float]]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    return {
        frozenset(c.parties): c.features
        for c in candidates(view)
        if c.features.get("outsider") == 1.0 and c.amount is None
    }


def test_content_words_in_the_six_languages() -> None:
    for phrase in (
        "content-licensing agreements",
        "l'intégration des dépêches",
        "Zugang zu den Inhalten",
        "acceso a sus contenidos",
        "acesso aos conteúdos",
        "i diritti connessi",
        "accord sur les droits voisins",
    ):
        assert content_re().search(phrase), phrase
    assert not content_re().search("the company said on Monday")


def test_a_publisher_opening_its_content_is_a_candidate_without_an_event_verb() -> None:
    text = (
        "Mistral AI keeps adding sources to its assistant. "
        "Le Monde opened the way in 2024 with OpenAI, followed by Agence France-Presse, "
        "which made its news feed available to Mistral AI."
    )
    pairs = _publisher_pairs(text)
    pair = frozenset({"Agence France-Presse", "Mistral AI"})
    assert pair in pairs
    assert pairs[pair].get("outsider:content") == 1.0


def test_a_sentence_naming_only_a_publisher_pairs_it_with_the_main_subject() -> None:
    text = (
        "Mistral AI a levé 600 millions d'euros auprès de General Catalyst en juin. "
        "La société a noué en janvier un partenariat avec l'Agence France-Presse (AFP), "
        "afin d'intégrer les dépêches de l'agence à son assistant."
    )
    pairs = _publisher_pairs(text, title="Mistral AI lève 600 millions d'euros")
    pair = frozenset({"Agence France-Presse", "Mistral AI"})
    assert pair in pairs
    assert pairs[pair].get("implicit") == 1.0


def test_a_publisher_only_attributing_is_an_organisation_but_no_candidate() -> None:
    text = (
        "Mistral AI a levé 600 millions d'euros auprès de General Catalyst, selon l'AFP. "
        "La société compte 200 salariés, a précisé l'Agence France-Presse."
    )
    view, mentions, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    assert "Agence France-Presse" in {m.name for m in mentions}
    assert "Agence France-Presse" not in {m.name for m in view.parties}
    assert not [c for c in candidates(view) if "Agence France-Presse" in c.parties]


def test_publishers_licensing_to_one_company_are_not_paired_together() -> None:
    text = (
        "Ledgerline, a New York start-up, has signed content-licensing agreements with "
        "The Associated Press, Dow Jones and Nikkei."
    )
    pairs = _publisher_pairs(text)
    assert frozenset({"Associated Press", "Ledgerline"}) in pairs
    assert frozenset({"Dow Jones", "Ledgerline"}) in pairs
    assert frozenset({"Associated Press", "Dow Jones"}) not in pairs
