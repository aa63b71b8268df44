"""Rules added after the third session-2 blind set (`heldout_s2_mix`): broad press patterns,
each with positive and negative cases in English and French. Sentences and companies are made
up for the tests, except well-known real organisations from the gazetteer."""

from __future__ import annotations

import pytest

from veille.offline.engine import enrich, rule_deals
from veille.schema import ArticleInput


def role_of(text: str, surface: str) -> str:
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = [m.role for m in result.money if m.surface == surface]
    assert found, f"{surface!r} not parsed"
    return found[0]


def deals_of(text: str, title: str = "") -> list[tuple[frozenset[str], float | None, str]]:
    """The rules' mentions (what these tests were written for): since session 4 the learned
    re-ranker's choices are measured on gold sets (train_deals' leave-one-set-out), not on
    these made-up sentences."""
    found = rule_deals(ArticleInput(article_id="t", title=title, text=text))
    return [(frozenset(d.parties), d.amount_value, d.deal_type) for d in found]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a valuation verb with several words before "at": the company's valuation
        (
            "Korvath Systems has raised $1.1 billion in a Series G round that values the AI "
            "chipmaker at $8.1 billion.",
            "$8.1 billion",
            "valuation",
        ),
        (
            "Korvath Systems has raised $1.1 billion in a Series G round that values the AI "
            "chipmaker at $8.1 billion.",
            "$1.1 billion",
            "deal_value",
        ),
        (
            "Veltra raised €600 million in a round led by Prima Materia, valuing the business "
            "at €12 billion.",
            "€12 billion",
            "valuation",
        ),
        (
            "Veltra a levé 600 millions d'euros, valorisant la jeune pousse munichoise à "
            "12 milliards d'euros.",
            "12 milliards d'euros",
            "valuation",
        ),
        (
            "Veltra raised $40 million at a $400 million post-money.",
            "$400 million",
            "valuation",
        ),
        # a deal valued at a price stays the deal's value
        (
            "Ardent agreed to buy Corvane in a deal that values the software maker at $2 billion.",
            "$2 billion",
            "deal_value",
        ),
        # a price per share, even with words between the amount and "per share"
        (
            "Il versera 25 dollars en numéraire par action, soit une prime de 30 %.",
            "25 dollars",
            "share_price",
        ),
        ("Ardent will pay $25 in cash per share for Corvane.", "$25", "share_price"),
        ("Ardent offre 31 euros par titre.", "31 euros", "share_price"),
        # not a per-share price: the total
        (
            "Ardent will pay $8 billion in cash for Corvane, or $25 per share.",
            "$8 billion",
            "deal_value",
        ),
    ],
)
def test_money_roles(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role


def test_round_amount_not_the_valuation_en() -> None:
    deals = deals_of(
        "Korvath Systems has raised $1.1 billion in a Series G round that values the AI "
        "chipmaker at $8.1 billion. The round was led by Fidelity Management & Research.",
        "Korvath Systems raises $1.1 billion",
    )
    amounts = {a for _, a, _ in deals}
    assert 1.1e9 in amounts and 8.1e9 not in amounts


def test_share_price_is_not_a_deal_fr() -> None:
    deals = deals_of(
        "Salesforce a annoncé le rachat d'Informatica pour environ 8 milliards de dollars. "
        "Il versera 25 dollars en numéraire par action.",
        "Salesforce rachète Informatica",
    )
    assert {a for _, a, _ in deals} == {8e9}


def test_background_acquisition_in_apposition_fr() -> None:
    deals = deals_of(
        "Salesforce a annoncé le rachat d'Informatica pour environ 8 milliards de dollars. "
        "Il s'agit de la plus grosse acquisition de Salesforce depuis celle de Korvane, "
        "rachetée pour 27,7 milliards de dollars en 2021.",
        "Salesforce rachète Informatica",
    )
    pairs = {(p, a) for p, a, _ in deals}
    assert (frozenset({"Salesforce", "Korvane"}), 27.7e9) in pairs
    assert (frozenset({"Salesforce", "Informatica"}), 27.7e9) not in pairs


def test_acquired_participle_in_apposition_names_an_organisation_en() -> None:
    result = enrich(
        ArticleInput(
            article_id="t",
            title="",
            text="Its database runs on technology from Korvane, acquired last year for $1 billion.",
        )
    )
    assert "Korvane" in {o.name for o in result.organizations}


def test_participle_without_price_or_agent_names_nothing_en() -> None:
    result = enrich(
        ArticleInput(
            article_id="t", title="", text="Yesterday, acquired assets were sold at a loss."
        )
    )
    assert "Yesterday" not in {o.name for o in result.organizations}


def test_founders_company_is_background_en() -> None:
    deals = deals_of(
        "Helsing has raised €600 million in a funding round led by Prima Materia, the "
        "investment firm of Spotify co-founder Daniel Ek.",
        "Helsing raises €600 million",
    )
    assert (frozenset({"Helsing", "Prima Materia"}), 6e8) in {(p, a) for p, a, _ in deals}
    assert not any("Spotify" in p for p, _, _ in deals)


def test_founders_company_is_background_fr() -> None:
    deals = deals_of(
        "Helsing a levé 600 millions d'euros auprès de Prima Materia, le fonds du fondateur "
        "de Spotify, Daniel Ek.",
        "Helsing lève 600 millions d'euros",
    )
    assert not any("Spotify" in p for p, _, _ in deals)


def test_company_founded_by_is_still_a_party_en() -> None:
    deals = deals_of(
        "Spotify co-founder Daniel Ek said Spotify had acquired Korvane for $1 billion."
    )
    assert any("Spotify" in p for p, _, _ in deals)


def test_paragraph_opening_anaphor_is_the_main_subject_en() -> None:
    deals = deals_of(
        "Helsing has raised €600 million in a round led by Prima Materia.\n\n"
        "Existing investors Lightspeed Venture Partners and Accel also put in more money.\n\n"
        "Founded in 2021, the company started out writing software. It has since agreed to "
        "buy Korvane Aircraft, a Bavarian maker of training planes, for an undisclosed sum.",
        "Helsing raises €600 million",
    )
    assert (frozenset({"Helsing", "Korvane Aircraft"}), None, "acquisition") in deals
    assert not any(
        "Korvane Aircraft" in p and "Lightspeed Venture Partners" in p for p, _, _ in deals
    )


def test_anaphor_inside_a_paragraph_keeps_the_running_subject_fr() -> None:
    deals = deals_of(
        "Mistral AI a levé 600 millions d'euros.\n\n"
        "Nvidia a par ailleurs signé un accord avec Korvane. Elle lui fournira des puces.",
        "Mistral AI lève 600 millions d'euros",
    )
    assert not any(p == frozenset({"Mistral AI", "Korvane"}) for p, _, _ in deals)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Lambda agreed to lease 10,000 servers packed with Nvidia chips back to Nvidia for "
            "$1.3 billion over four years.",
            "compute_capacity",
        ),
        (
            "Lambda louera à Nvidia 10 000 serveurs équipés de puces pour 1,3 milliard de dollars.",
            "compute_capacity",
        ),
        (
            "AMD has agreed to sell the manufacturing business of ZT Systems to Sanmina for "
            "$3 billion.",
            "acquisition",
        ),
        (
            "Permira et CPP Investments avaient retiré Informatica de la cote en 2015 pour "
            "5,3 milliards de dollars.",
            "acquisition",
        ),
        # negative: buying chips is a supply deal, not an acquisition
        ("Scaleway a acheté à Nvidia pour 200 millions d'euros de puces H100.", "supply"),
    ],
)
def test_deal_type_cues(text: str, kind: str) -> None:
    deals = deals_of(text)
    assert deals and deals[0][2] == kind, deals


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a deal estimated at "plus de" / "more than" a figure: the deal's value
        (
            "Brookfield a signé avec Microsoft un accord-cadre, une transaction estimée à plus "
            "de 10 milliards de dollars.",
            "10 milliards de dollars",
            "deal_value",
        ),
        (
            "Brookfield signed a framework agreement with Microsoft, a transaction valued at "
            "more than $10 billion.",
            "$10 billion",
            "deal_value",
        ),
        # a company estimated at a figure: its valuation
        (
            "La start-up est estimée à plus de 10 milliards de dollars.",
            "10 milliards de dollars",
            "valuation",
        ),
    ],
)
def test_deal_valued_with_a_qualifier(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role


def test_energy_supplied_to_a_cloud_provider_is_supply_fr() -> None:
    deals = deals_of(
        "Brookfield avait signé avec Microsoft un accord-cadre pour lui fournir 10,5 gigawatts "
        "de capacités renouvelables, une transaction estimée à plus de 10 milliards de dollars.",
        "Brookfield investit en Suède",
    )
    assert (frozenset({"Brookfield", "Microsoft"}), 1e10, "supply") in deals


def test_capacity_supplied_by_a_cloud_provider_is_compute_en() -> None:
    deals = deals_of(
        "Microsoft will supply Korvane Labs with cloud computing capacity under a $2 billion "
        "contract.",
        "Korvane signs with Microsoft",
    )
    assert deals and deals[0][2] == "compute_capacity"


def test_target_in_apposition_to_a_purchase_participle_fr() -> None:
    deals = deals_of(
        "Databricks a levé 1 milliard de dollars. Lakebase est bâtie sur la technologie de "
        "Neon, start-up rachetée en mai pour environ 1 milliard de dollars.",
        "Databricks lève 1 milliard de dollars",
    )
    assert (frozenset({"Databricks", "Neon"}), 1e9, "acquisition") in deals


def test_target_in_apposition_to_a_purchase_participle_en() -> None:
    deals = deals_of(
        "Databricks has raised $1 billion. Lakebase is built on technology from Neon, a "
        "start-up acquired in May for about $1 billion.",
        "Databricks raises $1 billion",
    )
    assert (frozenset({"Databricks", "Neon"}), 1e9, "acquisition") in deals


def test_apposition_without_purchase_is_no_acquisition_en() -> None:
    deals = deals_of(
        "Databricks has raised $1 billion. Lakebase is built on technology from Neon, a "
        "start-up founded in 2021 in San Francisco.",
        "Databricks raises $1 billion",
    )
    assert not any("Neon" in p for p, _, _ in deals)


@pytest.mark.parametrize(
    "text",
    [
        "Amazon, for its part, remains the biggest backer of OpenAI's rival Anthropic, in which "
        "it has invested $8 billion.",
        "Amazon est le premier soutien d'Anthropic, dans laquelle il a investi 8 milliards de "
        "dollars.",
    ],
)
def test_relative_clause_pairs_subject_and_antecedent(text: str) -> None:
    deals = deals_of(text, "OpenAI signs with AWS")
    assert (frozenset({"Amazon", "Anthropic"}), 8e9, "investment") in deals
    assert not any("OpenAI" in p for p, _, _ in deals)


def test_relative_clause_without_event_is_no_deal_en() -> None:
    deals = deals_of(
        "Amazon remains the biggest backer of Anthropic, in which employees hold a 10% stake.",
        "OpenAI signs with AWS",
    )
    assert not any(a for _, a, _ in deals)


def test_restated_deal_without_amount_is_not_a_second_deal_en() -> None:
    deals = deals_of(
        "Oracle is in talks with Meta over a cloud computing agreement worth about $20 billion. "
        "Under the proposed arrangement, Oracle would supply Meta with capacity to train its "
        "models.",
        "Oracle in talks with Meta",
    )
    assert [(p, a) for p, a, _ in deals] == [(frozenset({"Oracle", "Meta"}), 2e10)]


def test_second_deal_of_another_type_is_kept_en() -> None:
    deals = deals_of(
        "Amazon has invested $8 billion in Anthropic. Anthropic also rents Amazon's cloud "
        "capacity to train its models.",
        "Amazon and Anthropic",
    )
    assert {k for _, _, k in deals} == {"investment", "compute_capacity"}


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "Chaque gigawatt de capacité représente un investissement de 50 milliards de dollars.",
            "50 milliards de dollars",
            "other",
        ),
        ("Each gigawatt of capacity costs about $50 billion to build.", "$50 billion", "other"),
        # a deal for ten gigawatts: its value
        (
            "OpenAI signed a $50 billion deal with Broadcom for 10 gigawatts of chips.",
            "$50 billion",
            "deal_value",
        ),
    ],
)
def test_cost_of_one_unit_is_not_a_deal_value(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role


def test_two_partners_each_with_the_subject_fr() -> None:
    deals = deals_of(
        "Databricks a levé 1 milliard de dollars.\n\nEn mars, elle a signé avec Anthropic un "
        "partenariat de cinq ans, puis un accord avec OpenAI à la fin de l'été.",
        "Databricks lève 1 milliard de dollars",
    )
    pairs = {p for p, _, _ in deals}
    assert frozenset({"Databricks", "Anthropic"}) in pairs
    assert frozenset({"Databricks", "OpenAI"}) in pairs
    assert frozenset({"Anthropic", "OpenAI"}) not in pairs


def test_two_partners_each_with_the_subject_en() -> None:
    deals = deals_of(
        "Databricks has raised $1 billion.\n\nIn March it signed a partnership with Anthropic, "
        "then a similar agreement with OpenAI in the summer.",
        "Databricks raises $1 billion",
    )
    pairs = {p for p, _, _ in deals}
    assert frozenset({"Databricks", "Anthropic"}) in pairs
    assert frozenset({"Databricks", "OpenAI"}) in pairs


def test_one_with_for_two_names_is_one_group_en() -> None:
    deals = deals_of(
        "Databricks has raised $1 billion.\n\nIn March it signed a joint partnership with "
        "Anthropic and OpenAI.",
        "Databricks raises $1 billion",
    )
    assert frozenset({"Anthropic", "OpenAI"}) not in {p for p, _, _ in deals}


@pytest.mark.parametrize(
    "text",
    [
        "Those engineers will help AMD assemble complete racks around its accelerators, as it "
        "tries to close the gap with Nvidia, whose racks dominate the market.",
        "Ces ingénieurs aideront AMD à assembler des baies complètes pour concurrencer Nvidia.",
    ],
)
def test_competitor_is_not_a_party(text: str) -> None:
    assert not any("NVIDIA" in p for p, _, _ in deals_of(text, "AMD sells ZT Systems unit"))


def test_partner_against_a_competitor_is_still_a_party_fr() -> None:
    deals = deals_of("AMD a signé un accord avec OpenAI pour concurrencer Nvidia.")
    pairs = {p for p, _, _ in deals}
    assert frozenset({"AMD", "OpenAI"}) in pairs
    assert not any("NVIDIA" in p for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe soutient par ailleurs Kyutai, un laboratoire créé fin 2023 et doté de "
        "300 millions d'euros par Iliad et CMA CGM.",
        "Kyutai, a non-profit lab, was funded with €300 million by Iliad and CMA CGM.",
        "Kyutai a été financé à hauteur de 300 millions d'euros par Iliad et CMA CGM.",
    ],
)
def test_endowed_by_is_an_investment(text: str) -> None:
    deals = deals_of(text, "Iliad mise sur l'IA")
    assert (frozenset({"Kyutai", "Iliad"}), 3e8, "investment") in deals


def test_endowed_with_capacity_is_no_deal_fr() -> None:
    assert (
        deals_of("Le centre est doté de 200 mégawatts de capacité, selon Iliad et Scaleway.") == []
    )


def test_paid_amount_takes_the_currency_of_the_paragraph() -> None:
    from veille.money import parse_amounts

    text = (
        "Salesforce a racheté Slack pour 27,7 milliards de dollars en 2021. Le groupe avait "
        "également déboursé 15,7 milliards pour Tableau en 2019."
    )
    found = {(a.value, a.currency) for a in parse_amounts(text, "fr")}
    assert (15.7e9, "USD") in found
    english = (
        "Salesforce bought Slack for $27.7 billion. It had also paid 15.7 billion for Tableau."
    )
    assert (15.7e9, "USD") in {(a.value, a.currency) for a in parse_amounts(english, "en")}


def test_bare_number_without_payment_or_across_paragraphs_is_not_money() -> None:
    from veille.money import parse_amounts

    users = "Slack a coûté 27,7 milliards de dollars. Il compte 15 millions d'utilisateurs."
    assert len(parse_amounts(users, "fr")) == 1
    # session 13 (money.inherited): the next paragraph may restate the currency's amount
    # ("El precio incluye 150 millones en efectivo" in the readable gold), two paragraphs on
    # may not
    other_paragraph = (
        "Slack a coûté 27,7 milliards de dollars.\n\nSans rapport.\n\nLe groupe a déboursé "
        "15 milliards pour Tableau."
    )
    assert len(parse_amounts(other_paragraph, "fr")) == 1


def test_deal_with_elided_currency_has_evidence_that_reparses_fr() -> None:
    from veille.money import parse_amounts

    text = (
        "Salesforce a racheté Slack pour 27,7 milliards de dollars en 2021. Le groupe avait "
        "également déboursé 15,7 milliards pour Tableau en 2019."
    )
    result = enrich(ArticleInput(article_id="t", title="Salesforce rachète Informatica", text=text))
    tableau = [d for d in result.deals if "Tableau" in d.parties]
    assert tableau and tableau[0].amount_value == 15.7e9
    assert 15.7e9 in {a.value for a in parse_amounts(tableau[0].evidence)}


def orgs_of(text: str) -> set[str]:
    return {o.name for o in enrich(ArticleInput(article_id="t", title="", text=text)).organizations}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Investors put in more money, as did Korvath, the Swedish defence group that first "
            "backed Helsing.",
            "Korvath",
        ),
        (
            "Helsing agreed to buy Obrecht Aircraft, a Bavarian maker of training planes.",
            "Obrecht Aircraft",
        ),
        ("AMD agreed to sell the unit to Sanvelo for $3 billion.", "Sanvelo"),
        ("AMD va céder l'usine à Sanvelo pour 3 milliards de dollars.", "Sanvelo"),
    ],
)
def test_unknown_organisation_from_context(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jensen Huang, the company's chief executive, said demand was strong.", "Jensen Huang"),
        ("Rival Groq raised $750 million last month.", "Rival Groq"),
        ("AMD agreed to sell the unit to Texas for $3 billion.", "Texas"),
    ],
)
def test_no_organisation_from_these_contexts(text: str, name: str) -> None:
    assert name not in orgs_of(text)


def test_loan_for_a_borrower_and_tenant_in_relative_clause_en() -> None:
    deals = deals_of(
        "This week Oracle sold $18 billion of bonds, while a group of banks led by JPMorgan "
        "Chase is arranging a loan of about $38 billion for Vantage Data Centers to fund two "
        "campuses that will be leased to Oracle.",
        "Oracle in talks with Meta",
    )
    assert (frozenset({"Vantage Data Centers", "JPMorgan Chase"}), 38e9, "financing") in deals
    assert not any("Oracle" in p and a == 38e9 for p, a, _ in deals)


def test_loan_pour_un_emprunteur_fr() -> None:
    deals = deals_of(
        "Oracle a émis 18 milliards de dollars d'obligations, tandis qu'un groupe de banques "
        "mené par JPMorgan Chase prépare un prêt de 38 milliards de dollars pour Vantage Data "
        "Centers.",
        "Oracle en discussions avec Meta",
    )
    assert (frozenset({"Vantage Data Centers", "JPMorgan Chase"}), 38e9, "financing") in deals


def test_relative_clause_before_the_amount_keeps_its_parties_en() -> None:
    deals = deals_of(
        "Korvane Labs, which is backed by Nvidia, raised $100 million in a round led by "
        "Sequoia Capital and Accel."
    )
    assert any("Sequoia Capital" in p and a == 1e8 for p, a, _ in deals)


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        (
            "La société avait levé 10 milliards de dollars lors d'une série J qui la valorisait "
            "62 milliards.",
            62e9,
            "fr",
        ),
        ("It raised $10 billion in a round that valued it at 62 billion.", 62e9, "en"),
    ],
)
def test_valuation_restates_the_currency(text: str, value: float, lang: str) -> None:
    from veille.money import parse_amounts

    assert (value, "USD") in {(a.value, a.currency) for a in parse_amounts(text, lang)}


def test_valuation_word_without_an_earlier_currency_is_not_money() -> None:
    from veille.money import parse_amounts

    assert parse_amounts("La start-up est valorisée 62 milliards selon ses dirigeants.", "fr") == []


def test_minority_stake_bought_is_an_investment_fr() -> None:
    deals = deals_of(
        "Meta a accepté de verser 14,3 milliards de dollars pour prendre 49 % de Scale AI."
    )
    assert (frozenset({"Meta", "Scale AI"}), 14.3e9, "investment") in deals


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic said it would spend $50 billion on US data centres with Fluidstack.",
        "Anthropic va investir 50 milliards de dollars dans des centres de données avec "
        "Fluidstack.",
    ],
)
def test_spending_with_a_named_counterparty_is_a_deal(text: str) -> None:
    assert (frozenset({"Anthropic", "Fluidstack"}), 5e10) in {(p, a) for p, a, _ in deals_of(text)}


def test_spending_without_a_counterparty_is_no_deal_fr() -> None:
    text = (
        "Microsoft, Alphabet, Amazon et Meta devraient consacrer 400 milliards de dollars à "
        "leurs investissements."
    )
    assert deals_of(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Salesforce a proposé 25 dollars par titre, valorisant Informatica à environ "
            "8 milliards de dollars.",
            "8 milliards de dollars",
        ),
        ("Salesforce's offer of $25 a share values Informatica at about $8 billion.", "$8 billion"),
    ],
)
def test_offer_valuing_its_target_is_the_deal_value(text: str, surface: str) -> None:
    assert role_of(text, surface) == "deal_value"


@pytest.mark.parametrize(
    "text",
    [
        "xAI a commandé pour 5 milliards de dollars de serveurs à Dell.",
        "xAI has ordered $5 billion of servers from Dell.",
    ],
)
def test_an_order_of_goods_is_a_supply_deal(text: str) -> None:
    assert (frozenset({"xAI", "Dell"}), 5e9, "supply") in deals_of(text)


def test_ordered_without_amount_or_supplier_is_no_deal_fr() -> None:
    assert deals_of("Le client a commandé de nouveaux serveurs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nebius a signé un contrat de 3 milliards de dollars avec Meta, puis un accord de "
        "17,4 milliards avec Microsoft.",
        "Nebius signed a $3 billion contract with Meta, then a $17.4 billion agreement with "
        "Microsoft.",
    ],
)
def test_each_amount_goes_to_its_own_partner(text: str) -> None:
    pairs = {(p, a) for p, a, _ in deals_of(text, "Nebius signe avec Meta")}
    assert (frozenset({"Nebius", "Meta"}), 3e9) in pairs
    assert (frozenset({"Nebius", "Microsoft"}), 17.4e9) in pairs
    assert (frozenset({"Nebius", "Microsoft"}), 3e9) not in pairs


def test_same_amount_partner_takes_the_amount_fr() -> None:
    text = (
        "Databricks a levé 1 milliard de dollars.\n\nEn mars, elle a signé avec Anthropic un "
        "partenariat évalué à 100 millions de dollars, puis un accord du même montant avec "
        "OpenAI."
    )
    pairs = {(p, a) for p, a, _ in deals_of(text, "Databricks lève 1 milliard de dollars")}
    assert (frozenset({"Databricks", "Anthropic"}), 1e8) in pairs
    assert (frozenset({"Databricks", "OpenAI"}), 1e8) in pairs


def test_one_with_for_two_partners_keeps_every_pair_en() -> None:
    # one "with" for both partners: the amount is not split between them
    text = "Nebius signed a contract worth $3 billion with Meta and Microsoft."
    pairs = {(p, a) for p, a, _ in deals_of(text)}
    assert (frozenset({"Nebius", "Meta"}), 3e9) in pairs
    assert (frozenset({"Nebius", "Microsoft"}), 3e9) in pairs


def test_second_deal_currency_left_to_the_first_fr() -> None:
    from veille.money import parse_amounts

    text = (
        "Meta a signé avec Google un contrat de 10 milliards de dollars, puis un accord de "
        "3 milliards avec Nebius."
    )
    assert (3e9, "USD") in {(a.value, a.currency) for a in parse_amounts(text, "fr")}
    assert parse_amounts("Elle compte 3 milliards pour ses utilisateurs.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft, which has invested $13 billion in OpenAI, signed a multibillion-dollar deal "
        "with Lambda.",
        "Microsoft, qui a investi 13 milliards de dollars dans OpenAI, a signé un contrat avec "
        "Lambda.",
    ],
)
def test_relative_clause_keeps_its_amount_and_its_counterparty(text: str) -> None:
    pairs = {(p, a) for p, a, _ in deals_of(text, "Lambda signs with Microsoft")}
    assert (frozenset({"Microsoft", "OpenAI"}), 13e9) in pairs
    assert (frozenset({"Microsoft", "Lambda"}), 13e9) not in pairs
    assert (frozenset({"Microsoft", "Lambda"}), None) in pairs


def test_relative_clause_without_counterparty_leaves_the_amount_en() -> None:
    pairs = {
        (p, a)
        for p, a, _ in deals_of(
            "Microsoft, which is based in Redmond, signed a $2 billion deal with Lambda."
        )
    }
    assert (frozenset({"Microsoft", "Lambda"}), 2e9) in pairs


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("The company is now worth $183 billion, up from March.", "$183 billion", "valuation"),
        (
            "La start-up vaut désormais 183 milliards de dollars.",
            "183 milliards de dollars",
            "valuation",
        ),
        ("The contract is worth $30 billion over five years.", "$30 billion", "deal_value"),
        (
            "Le contrat vaut désormais 30 milliards de dollars.",
            "30 milliards de dollars",
            "deal_value",
        ),
        ("Oracle signed a deal worth $30 billion with OpenAI.", "$30 billion", "deal_value"),
    ],
)
def test_worth_of_a_company_or_of_a_deal(text: str, surface: str, role: str) -> None:
    assert role_of(text, surface) == role


def test_hosting_servers_is_compute_capacity_en() -> None:
    deals = deals_of("Equinix will host the servers of OpenAI under a $1 billion contract.")
    assert (frozenset({"Equinix", "OpenAI"}), 1e9, "compute_capacity") in deals


def test_hosting_an_event_is_no_deal_fr() -> None:
    assert deals_of("Le musée héberge une exposition sur Mistral AI.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia will take a $5 billion stake in Intel and the two companies will co-develop "
        "data-centre chips.",
        "Nvidia prendra une participation de 5 milliards de dollars dans Intel, et les deux "
        "groupes vont codévelopper des puces pour centres de données.",
    ],
)
def test_co_development_is_a_partnership_beside_the_stake(text: str) -> None:
    kinds = {
        k
        for p, _, k in deals_of(text, "Nvidia takes stake in Intel")
        if p == frozenset({"NVIDIA", "Intel"})
    }
    assert kinds == {"investment", "partnership"}
