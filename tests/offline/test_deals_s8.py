"""Session 6 (second wave): deal patterns the blind heldout_s8 run missed, in new sentences
with made-up companies (docs/offline-engine.md, "Patterns from heldout_s8")."""

from __future__ import annotations

from veille.money import parse_amounts
from veille.offline.engine import rule_deals
from veille.offline.roles import money_role
from veille.offline.sentences import split_sentences
from veille.schema import ArticleInput


def _roles(text: str, lang: str) -> list[str]:
    sentences = split_sentences(text)
    return [
        money_role(text, next(s for s in sentences if s.start <= a.start < s.end), a)
        for a in parse_amounts(text, lang)
    ]


def _deals(title: str, text: str) -> set[tuple[tuple[str, ...], float | None]]:
    found = rule_deals(ArticleInput(article_id="t", title=title, text=text))
    return {(tuple(sorted(d.parties)), d.amount_value) for d in found}


def test_goods_worth_an_amount_after_an_order_verb_are_a_deal_value() -> None:
    en = "The company has ordered servers and racks worth roughly $700 million from Dell."
    de = "Das Unternehmen bestellte bei Dell Server im Wert von rund 70 Millionen Euro."
    assert _roles(en, "en") == ["deal_value"]
    assert _roles(de, "de") == ["deal_value"]


def test_a_stake_valued_at_is_a_deal_value_but_a_company_worth_is_not() -> None:
    stake = "Kavlor will own 12% of Tessary, a stake valued at about $3 billion."
    company = "Tessary is now worth about $25 billion, according to people familiar."
    assert _roles(stake, "en") == ["deal_value"]
    assert _roles(company, "en") != ["deal_value"]


def test_an_order_priced_by_goods_worth_pairs_buyer_and_seller() -> None:
    text = (
        "Kestrel Compute, a Texas start-up, signed a contract with Salesforce last week. "
        "To equip the site, the company has ordered servers and racks worth roughly "
        "$700 million from Dell Technologies."
    )
    deals = _deals("Kestrel Compute orders Dell racks", text)
    assert (("Dell Technologies", "Kestrel Compute"), 700_000_000.0) in deals


def test_an_investor_entering_its_capital_with_words_between() -> None:
    text = (
        "La start-up lyonnaise Torvane a signé un contrat de dix ans avec Orange.\n\n"
        "Noravia Capital, le bras financier de la Région Occitanie, entre par ailleurs à son "
        "capital à hauteur de 8 millions d'euros."
    )
    deals = _deals("Torvane lève 40 millions d'euros", text)
    assert (("Noravia Capital", "Torvane"), 8_000_000.0) in deals


def test_a_brand_after_a_product_with_a_two_word_model_is_no_antecedent() -> None:
    text = (
        "La start-up toulousaine Kerbot a levé 20 millions d'euros auprès d'Eurazeo.\n\n"
        "Chaque robot embarque deux modules Jetson Thor de Nvidia et un capteur. Pour entraîner "
        "ses modèles, la société loue par ailleurs 512 GPU H200 à Nebius, dans son centre de "
        "données francilien, pour 3,5 millions d'euros par an."
    )
    deals = _deals("Kerbot lève 20 millions", text)
    assert (("Kerbot", "Nebius"), 3_500_000.0) in deals
    assert not any("NVIDIA" in parties for parties, _ in deals)


def test_undisclosed_terms_in_more_phrasings() -> None:
    from veille.offline.clauses import undisclosed_re

    said = (
        "Finanzielle Details nannten die Unternehmen nicht.",
        "Firmó un convenio, sin que hayan trascendido las condiciones.",
        "The companies did not disclose the financial terms.",
        "Il valore dell'accordo non è stata resa nota.",
        "O valor do contrato, a empresa não revelou.",
    )
    assert all(undisclosed_re().search(s) for s in said)
    assert not undisclosed_re().search("The companies disclosed a $40 million contract.")
