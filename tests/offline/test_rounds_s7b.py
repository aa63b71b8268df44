"""Session 7, second wave: funding rounds and loan syndicates (docs/offline-engine.md, "Session
7, second wave: rounds and syndicates"). Made-up companies where the engine needs no
gazetteer; well-known parents where the pattern is about them."""

from __future__ import annotations

from veille.money import parse_amounts
from veille.offline import amountcontext as ac
from veille.offline.engine import rule_deals
from veille.offline.orgs import find_orgs
from veille.offline.parents import parent_offsets
from veille.offline.roundpairs import round_features
from veille.schema import ArticleInput


def _background(text: str, lang: str) -> set[str]:
    return {m.name for m in find_orgs(text, lang) if m.background}


def _deals(title: str, text: str) -> set[tuple[tuple[str, ...], float | None]]:
    found = rule_deals(ArticleInput(article_id="t", title=title, text=text))
    return {(tuple(sorted(d.parties)), d.amount_value) for d in found}


def test_a_parent_named_in_apposition_is_background_in_four_languages() -> None:
    en = (
        "Tagus raised €48 million in a round led by Atomico, with NVentures, Nvidia's venture "
        "arm, taking part."
    )
    fr = (
        "Ondine a levé 50 millions d'euros auprès de Woven Capital, le fonds d'investissement "
        "du groupe Toyota."
    )
    fr2 = (
        "Le prêt est accordé par la Banque des Territoires, la branche de la Caisse des Dépôts "
        "consacrée au développement local, et par Natixis."
    )
    es = (
        "Recibe un préstamo de la Empresa Nacional de Innovación (Enisa), dependiente del "
        "Ministerio de Industria."
    )
    assert "NVIDIA" in _background(en, "en")
    assert "Toyota" in _background(fr, "fr")
    assert "Caisse des Dépôts" in _background(fr2, "fr")
    assert "Ministerio de Industria" in _background(es, "es")


def test_an_enumeration_of_investors_has_no_parent() -> None:
    text = (
        "La ronda está liderada por Kibo Ventures, con la participación de Samaipata y de "
        "Seaya Ventures."
    )
    mentions = find_orgs(text, "es")
    assert not parent_offsets(text, mentions)
    assert not _background(text, "es")


def test_a_rival_is_background_outside_an_apposition_only() -> None:
    plain = "La levée est menée par Iconiq, qui valorisait le concurrent d'OpenAI à 183 milliards."
    apposition = (
        "Le groupe avait conclu un accord avec Udio, l'autre grand rival de Suno, en octobre."
    )
    assert "OpenAI" in _background(plain, "fr")
    # inside an apposition the rules already leave the rival out; it still tells the topic
    assert "Suno" not in _background(apposition, "fr")


def test_the_round_mention_leaves_the_parent_out() -> None:
    text = (
        "La start-up Ondalys a bouclé une levée de fonds de 40 millions d'euros, menée par "
        "Woven Capital, le fonds d'investissement du groupe Toyota. Le fonds Partech a "
        "également participé."
    )
    deals = _deals("Ondalys lève 40 millions d'euros", text)
    rounds = [parties for parties, amount in deals if amount == 40_000_000]
    assert rounds and all("Toyota" not in parties for parties in rounds)
    assert any({"Ondalys", "Woven Capital"} <= set(parties) for parties in rounds)


def test_a_subordinate_clause_closes_the_round_investors() -> None:
    text = (
        "The start-up Kelvora has raised $2 billion in a round led by Nvidia, as it seeks to "
        "become the US answer to model developers such as DeepSeek."
    )
    deals = _deals("Kelvora raises $2 billion", text)
    rounds = [parties for parties, amount in deals if amount == 2_000_000_000]
    assert rounds and all("DeepSeek" not in parties for parties in rounds)


def test_an_amount_restated_after_soit_is_a_conversion() -> None:
    text = (
        "Ondalys a levé 9 milliards de yens, soit environ 52 millions d'euros, auprès de Partech."
    )
    yen, euro = parse_amounts(text, "fr")
    assert ac.is_conversion(text, yen, euro)
    same = "Ondalys a levé 9 milliards de yens, puis 52 millions d'euros auprès de Partech."
    first, second = parse_amounts(same, "fr")
    assert not ac.is_conversion(same, first, second)


def test_a_round_after_an_investor_became_the_focus_is_the_main_subject() -> None:
    text = (
        "La start-up Ondalys a levé 330 millions de dollars lors d'un tour de table. "
        "L'opération est menée par Menlo Ventures. "
        "Ce nouveau tour intervient six mois après une série A de 200 millions de dollars "
        "menée par Accel."
    )
    deals = _deals("Ondalys lève 330 millions de dollars", text)
    assert (("Accel", "Ondalys"), 200_000_000) in deals
    assert not any("Menlo Ventures" in p and amount == 200_000_000 for p, amount in deals)


def test_round_features_flag_two_givers_of_one_round() -> None:
    from veille.offline.mention import DealMention

    plain = DealMention(("Ondalys", "Kibo", "Seaya"), "investment", None, (0, 99), 0, 0, True)
    assert round_features([plain], "Kibo", "Seaya") == {}  # a mention that is no round
    given = DealMention(
        ("Ondalys", "Kibo", "Seaya"),
        "investment",
        None,
        (0, 99),
        0,
        0,
        True,
        givers=("Kibo", "Seaya"),
    )
    assert round_features([given], "Kibo", "Seaya") == {"rnd:gg": 1.0}
    assert round_features([given], "Ondalys", "Kibo") == {}


def test_a_round_opening_a_paragraph_with_the_company_is_the_protagonists() -> None:
    text = (
        "Kelvora Cloud, a Texas start-up, has signed a contract to supply computing capacity. "
        "Kelvora Cloud will build a campus in Midland. "
        "Electricity will come from Vistra, which agreed to supply up to 300 megawatts.\n\n"
        "Founded in 2023, the company raised $400 million in June from Magnetar and Blackstone."
    )
    deals = _deals("Kelvora Cloud lands a contract", text)
    rounds = [set(p) for p, amount in deals if amount == 400_000_000]
    assert {"Kelvora Cloud", "Magnetar", "Blackstone"} in rounds
    assert not any("Vistra" in p and {"Magnetar", "Blackstone"} <= p for p in rounds)
