"""Deal and organisation rules added after the session-2 blind sets: each rule's positive and
negative case, English and French. Articles are made up for the tests (company names
included), except well-known real organisations from the gazetteer."""

from __future__ import annotations

from veille.offline.engine import enrich, rule_view
from veille.schema import ArticleInput


def run(text: str, title: str = "") -> tuple[set[str], list[tuple[frozenset[str], float | None]]]:
    result = enrich(ArticleInput(article_id="t", title=title, text=text))
    orgs = {o.name for o in result.organizations}
    return orgs, [(frozenset(d.parties), d.amount_value) for d in result.deals]


def test_parallel_investors_each_pair_with_the_company_en() -> None:
    text = (
        "Cohere has agreed to buy $30 billion of capacity from Oracle, while Microsoft and "
        "Nvidia will invest up to $5 billion and up to $10 billion respectively in the "
        "start-up."
    )
    _, deals = run(text, "Cohere strikes cloud deal")
    assert (frozenset({"Cohere", "Microsoft"}), 5e9) in deals
    assert (frozenset({"Cohere", "NVIDIA"}), 10e9) in deals
    assert not any(p == frozenset({"Microsoft", "NVIDIA"}) for p, _ in deals)


def test_parallel_investors_each_pair_with_the_company_fr() -> None:
    text = (
        "Cohere s'est engagé à acheter de la capacité à Oracle.\n\n"
        "En contrepartie, Nvidia investira jusqu'à 10 milliards de dollars dans la start-up "
        "et Microsoft jusqu'à 5 milliards de dollars."
    )
    _, deals = run(text, "Cohere signe avec Oracle")
    assert (frozenset({"Cohere", "NVIDIA"}), 10e9) in deals
    assert (frozenset({"Cohere", "Microsoft"}), 5e9) in deals


def test_one_investor_in_two_companies_is_not_parallel() -> None:
    text = "Microsoft will invest $5 billion in Cohere and $3 billion in Lambda."
    _, deals = run(text)
    assert not any(p == frozenset({"Cohere", "Lambda"}) for p, _ in deals)
    assert (frozenset({"Microsoft", "Cohere"}), 5e9) in deals
    assert (frozenset({"Microsoft", "Lambda"}), 3e9) in deals


def test_round_completed_in_a_later_sentence_fr() -> None:
    text = (
        "La start-up parisienne Cohere a annoncé une série A de 300 millions d'euros menée "
        "par General Catalyst. Bpifrance et Accel complètent le tour de table."
    )
    _, deals = run(text)
    everyone = frozenset({"Cohere", "General Catalyst", "Bpifrance", "Accel"})
    assert (everyone, 300e6) in deals


def test_loan_arranged_by_banks_in_the_next_sentence_fr() -> None:
    text = (
        "Le néocloud Cohere a conclu un financement bancaire de 2,4 milliards d'euros. Le "
        "prêt est arrangé par BNP Paribas et Natixis."
    )
    _, deals = run(text)
    assert (frozenset({"Cohere", "BNP Paribas", "Natixis"}), 2.4e9) in deals
    # without the arranger marker, a later sentence naming banks adds no lender
    other = (
        "Le néocloud Cohere a conclu un financement bancaire de 2,4 milliards d'euros. BNP "
        "Paribas et Natixis ont publié leurs résultats."
    )
    _, deals = run(other)
    assert not any({"BNP Paribas", "Natixis"} <= p for p, _ in deals)


def test_rating_agencies_and_places_are_never_parties() -> None:
    text = (
        "Cohere has signed a 15-year lease with Lambda for a campus in North Dakota. "
        "The bonds were rated A+ by S&P Global and Glass Lewis backed the merger."
    )
    orgs, deals = run(text)
    assert {"S&P Global", "Glass Lewis"} <= orgs
    assert "Dakota" not in orgs
    assert all(not p & {"S&P Global", "Glass Lewis", "Dakota"} for p, _ in deals)
    assert (frozenset({"Cohere", "Lambda"}), None) in deals


def test_stargate_is_a_project_not_an_organisation() -> None:
    text = (
        "Stargate, the venture OpenAI formed with SoftBank Group and Oracle, aims to invest up "
        "to $500 billion in American AI infrastructure."
    )
    orgs, _ = run(text)
    assert "Stargate" not in orgs
    assert {"OpenAI", "Oracle"} <= orgs


def test_money_raised_written_after_the_amount_fr() -> None:
    text = (
        "Mistral AI a signé un accord avec Orange.\n\nPour financer sa croissance, la société "
        "peut compter sur les 1,7 milliard d'euros levés en septembre auprès d'ASML et de "
        "Nvidia."
    )
    _, deals = run(text, "Mistral AI signe avec Orange")
    assert (frozenset({"Mistral AI", "ASML", "NVIDIA"}), 1.7e9) in deals


def test_passive_takeover_with_a_rival_in_apposition_fr() -> None:
    text = (
        "Le marché se consolide. Anaplan, un concurrent direct de Pigment, avait été repris en "
        "2022 par le fonds Thoma Bravo pour 10,4 milliards de dollars."
    )
    _, deals = run(text)
    assert (frozenset({"Anaplan", "Thoma Bravo"}), 10.4e9) in deals
    assert not any("Pigment" in p for p, _ in deals)


def test_an_enumeration_of_agents_does_not_move_the_focus() -> None:
    text = (
        "Mistral AI a signé avec Eclairion un accord de capacité.\n\n"
        "L'opération s'ajoute au campus prévu par le fonds MGX, Bpifrance, Mistral AI et "
        "Nvidia.\n\nCôté clients, la société a également conclu avec CMA CGM un partenariat."
    )
    _, deals = run(text, "Mistral AI réserve de la capacité chez Eclairion")
    assert (frozenset({"Mistral AI", "CMA CGM"}), None) in deals
    assert (frozenset({"MGX", "CMA CGM"}), None) not in deals


def test_partner_of_is_a_partnership() -> None:
    text = (
        "Blue Owl has backed several campuses this year. It is also the partner of developer "
        "Crusoe on the Abilene campus."
    )
    _, deals = run(text, "Blue Owl backs campuses")
    assert (frozenset({"Blue Owl", "Crusoe"}), None) in deals
    # "un partenaire capable de": a partner in general, no named counterparty
    other = "« Nous voulions un partenaire capable de garantir nos données », dit Mistral AI."
    _, deals = run(other)
    assert deals == []


def test_partenaire_de_is_a_partnership_fr() -> None:
    text = "Nscale est aussi le partenaire d'OpenAI et de Nvidia dans une infrastructure."
    _, deals = run(text)
    assert (frozenset({"Nscale", "OpenAI"}), None) in deals
    assert (frozenset({"Nscale", "NVIDIA"}), None) in deals


def test_founder_in_apposition_is_not_the_counterparty() -> None:
    text = (
        "Qualcomm a signé en mai un protocole d'accord avec Humain, la société d'IA créée par "
        "le fonds souverain PIF, pour développer des centres de données."
    )
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = {(frozenset(d.parties), d.deal_type) for d in result.deals}
    assert (frozenset({"Qualcomm", "Humain"}), "partnership") in found
    assert not any("Public Investment Fund" in p or "PIF" in p for p, _ in found)


def test_owner_named_to_say_who_pays_is_background_fr() -> None:
    text = (
        "La maison mère de Facebook, Meta Platforms, a quant à elle investi 14,3 milliards de "
        "dollars dans Scale AI en juin."
    )
    _, deals = run(text)
    # reported under the spelling of its own (non-background) mention
    assert (frozenset({"Meta Platforms", "Scale AI"}), 14.3e9) in deals
    assert not any("Facebook" in p for p, _ in deals)


def test_former_employer_of_a_person_is_background_en() -> None:
    text = (
        "Meta formed a joint venture with Blue Owl last week. The unit is led by former Scale "
        "AI chief Alexandr Wang. On Thursday it sold $30 billion of its own bonds."
    )
    _, deals = run(text, "Meta and Blue Owl form venture")
    assert not any("Scale AI" in p for p, _ in deals)
    # the employer without "former ... chief" stays a possible party
    _, deals = run("Meta paid $14.3 billion for a 49% stake in Scale AI.")
    assert (frozenset({"Meta", "Scale AI"}), 14.3e9) in deals


def test_leading_subordinate_clause_is_its_own_clause_fr() -> None:
    text = (
        "Alors qu'OpenAI devait s'offrir Windsurf pour environ 3 milliards de dollars, c'est "
        "finalement Google qui a raflé la mise : il va verser 2,4 milliards de dollars pour "
        "obtenir une licence sur la technologie de Windsurf."
    )
    _, deals = run(text)
    assert (frozenset({"OpenAI", "Windsurf"}), 3e9) in deals
    assert (frozenset({"Google", "Windsurf"}), 3e9) not in deals


def test_framework_agreement_is_a_contract_fr() -> None:
    text = (
        "LightOn a remporté un accord-cadre de quatre ans avec Orange, pour un montant "
        "maximal de 12 M€."
    )
    _, deals = run(text)
    assert (frozenset({"LightOn", "Orange"}), 12e6) in deals


def test_spenders_without_counterparty_make_no_deal_fr() -> None:
    text = (
        "Poolside a signé un partenariat avec Amazon Web Services. Microsoft, Alphabet, Amazon "
        "et Meta devraient consacrer plus de 400 milliards de dollars cette année à leurs "
        "investissements."
    )
    _, deals = run(text, "Poolside signe avec AWS")
    assert all(len(p & {"Microsoft", "Alphabet", "Meta"}) == 0 for p, _ in deals)
    # a counterparty named after the spending still makes its deal
    other = (
        "Apple has promised to invest $500 billion in the US, including a Houston factory "
        "where Foxconn will assemble its AI servers."
    )
    # The rules make this mention; whether it is kept is the re-ranker's call (after the
    # session-7 retrain it scored 0.448 against the then 0.45 threshold, docs/offline-engine.md,
    # "Session 7: merged"; the threshold is 0.35 since session 8), so the rules' output is
    # what this test holds.
    view, _, _ = rule_view(ArticleInput(article_id="t", title="Apple spends", text=other))
    assert any(set(d.parties) == {"Apple", "Foxconn"} and d.amount is None for d in view.rules)


def test_temporal_clause_keeps_its_amount_en() -> None:
    text = (
        "In July xAI raised $10 billion in secured debt and equity in a sale arranged by "
        "Morgan Stanley, months after it absorbed Brightwave in an all-stock deal that valued "
        "Brightwave at $33 billion."
    )
    _, deals = run(text, "xAI raises money")
    assert (frozenset({"xAI", "Morgan Stanley"}), 10e9) in deals
    assert (frozenset({"xAI", "Morgan Stanley"}), 33e9) not in deals


def test_convertible_bonds_subscribed_by_an_investor_fr() -> None:
    text = (
        "Pour financer sa croissance, LightOn a émis pour 8 millions d'euros d'obligations "
        "convertibles, intégralement souscrites par Vatel Capital."
    )
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = {(frozenset(d.parties), d.amount_value, d.deal_type) for d in result.deals}
    assert (frozenset({"LightOn", "Vatel Capital"}), 8e6, "financing") in found


def test_type_prefers_the_event_before_the_amount() -> None:
    text = (
        "Core Scientific shareholders have voted down CoreWeave's all-stock takeover, sinking "
        "a deal that valued the bitcoin miner turned data-centre landlord at about $9 billion "
        "and leaving the two companies tied only by their existing leases."
    )
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = {(frozenset(d.parties), d.amount_value, d.deal_type) for d in result.deals}
    assert (frozenset({"Core Scientific", "CoreWeave"}), 9e9, "acquisition") in found


def test_enumerated_subjects_each_deal_with_the_one_object() -> None:
    text = (
        "Samsung Electronics and SK Hynix have signed letters of intent to supply memory "
        "chips to OpenAI."
    )
    _, deals = run(text)
    assert (frozenset({"Samsung", "OpenAI"}), None) in deals or (
        frozenset({"Samsung Electronics", "OpenAI"}),
        None,
    ) in deals
    assert (frozenset({"SK Hynix", "OpenAI"}), None) in deals
    # examples of a kind are no parties
    other = "Suppliers such as Samsung and SK Hynix signed deals with OpenAI."
    _, deals = run(other)
    assert (frozenset({"SK Hynix", "OpenAI"}), None) not in deals


def test_a_rival_named_by_possessive_is_background() -> None:
    text = "Last month Nvidia pledged up to $100 billion to OpenAI, xAI's bitter rival."
    _, deals = run(text)
    assert (frozenset({"NVIDIA", "OpenAI"}), 100e9) in deals
    assert not any("xAI" in p for p, _ in deals)


def test_coordinated_clause_buys_several_companies_en() -> None:
    text = (
        "CoreWeave bought developer platform Weights & Biases this year in a deal reported at "
        "about $1.7 billion, and in recent weeks has agreed to buy notebook maker Marimo and "
        "Monolith AI for undisclosed sums."
    )
    result = enrich(ArticleInput(article_id="t", title="CoreWeave buys", text=text))
    found = {(frozenset(d.parties), d.amount_value, d.deal_type) for d in result.deals}
    assert (frozenset({"CoreWeave", "Weights & Biases"}), 1.7e9, "acquisition") in found
    assert not any(p == frozenset({"Marimo", "Monolith AI"}) for p, _, _ in found)
    # investors after "led by ... with" are not bought by the focus
    other = (
        "Nexgrid raised $500 million. The equity round was led by Fidelity, with Coatue and "
        "the Qatar Investment Authority also taking part."
    )
    _, deals = run(other, "Nexgrid raises")
    assert (frozenset({"Nexgrid", "Coatue"}), None) not in deals


def test_brand_products_of_cloud_companies_are_not_parties_fr() -> None:
    text = (
        "Les deux entreprises ont noué un partenariat pour une start-up adossée aux TPU de "
        "Google et aux puces Trainium d'Amazon."
    )
    _, deals = run(text)
    assert not any(p == frozenset({"Google", "Amazon"}) for p, _ in deals)


def test_spending_on_an_indefinite_thing_is_capex_fr() -> None:
    text = "Fluidstack promettait d'investir 10 milliards d'euros dans un supercalculateur."
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    assert [m.role for m in result.money] == ["capex"]


def test_anaphor_opening_a_sentence_keeps_the_focus_fr() -> None:
    text = (
        "LightOn change de dimension. Elle a aussi mis la main, en mars, sur Nuvolex, une "
        "start-up lyonnaise, pour 1,2 million d'euros.\n\nCôté commercial, l'entreprise a "
        "noué un partenariat avec Orange Business."
    )
    _, deals = run(text, "LightOn s'offre Nuvolex")
    assert (frozenset({"LightOn", "Orange Business"}), None) in deals
    assert (frozenset({"Nuvolex", "Orange Business"}), None) not in deals


def test_notes_sold_to_the_market_make_no_deal_en() -> None:
    text = (
        "Applied Digital has drawn on a preferred-equity facility of up to $5 billion from "
        "Macquarie Asset Management, and it plans to sell $2.35 billion of senior secured "
        "notes due 2030."
    )
    _, deals = run(text, "Applied Digital lands financing")
    assert (frozenset({"Applied Digital", "Macquarie Asset Management"}), 5e9) in deals
    assert not any(a == 2.35e9 for _, a in deals)
    # notes bought by a named investor are a deal
    other = "Beignet Investor sold $27.3 billion of bonds to PIMCO and BlackRock."
    _, deals = run(other)
    assert any(a == 27.3e9 for _, a in deals)


def test_plans_with_and_a_pledge_to_a_purpose() -> None:
    text = (
        "In June Nvidia unveiled plans with Mistral AI for a Paris computing platform, and in "
        "September it pledged £2 billion to accelerate Britain's AI start-up ecosystem."
    )
    result = enrich(ArticleInput(article_id="t", title="", text=text))
    found = {(frozenset(d.parties), d.amount_value) for d in result.deals}
    assert (frozenset({"NVIDIA", "Mistral AI"}), None) in found
    assert not any(a == 2e9 for _, a in found)
    assert [m.role for m in result.money] == ["capex"]


def test_typed_anaphor_prefers_a_known_start_up_on_a_tie_fr() -> None:
    text = (
        "Le groupe Iliad, maison mère de Free, investit dans ses centres de données.\n\n"
        "Iliad a conclu un partenariat avec Mistral AI pour proposer l'assistant aux abonnés "
        "de Free. Le groupe avait investi 200 millions d'euros dans la start-up en 2024."
    )
    _, deals = run(text, "Iliad investit")
    assert (frozenset({"Iliad", "Mistral AI"}), 200e6) in deals


def test_types_of_one_pair_are_not_copied_to_another_pair_of_the_sentence() -> None:
    text = (
        "A month later Google agreed to pay $2.4 billion to license Windsurf's coding "
        "technology and bring over its leaders, after OpenAI's planned $3 billion purchase of "
        "the company fell apart."
    )
    # the rules' typing (the re-ranker may then drop the failed purchase as background)
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    found = {
        (frozenset(d.parties), d.amount.value if d.amount else None, d.deal_type)
        for d in view.rules
    }
    assert (frozenset({"Google", "Windsurf"}), 2.4e9, "licensing") in found
    assert (frozenset({"OpenAI", "Windsurf"}), 3e9, "acquisition") in found
    assert (frozenset({"Google", "Windsurf"}), None, "acquisition") not in found
    assert (frozenset({"OpenAI", "Windsurf"}), None, "licensing") not in found


def test_french_clitic_y_is_not_the_spanish_and() -> None:
    text = (
        "Anthropic lève des fonds auprès de ses actionnaires. Microsoft, Nvidia et Amazon "
        "participent. La maison mère de Google, Alphabet, y a pour sa part engagé plus de 3 "
        "milliards de dollars."
    )
    _, deals = run(text, "Anthropic, Microsoft et Nvidia : nouvelle levée")
    assert (frozenset({"Alphabet", "Anthropic"}), 3e9) in deals
    # Spanish "y" still joins two clauses
    other = (
        "Telefónica firmó un acuerdo con Nvidia, y Microsoft invirtió 200 millones de euros "
        "en Mistral AI."
    )
    _, deals = run(other)
    assert (frozenset({"Microsoft", "Mistral AI"}), 200e6) in deals


def test_the_title_subject_comes_first() -> None:
    from veille.offline.orgs import find_orgs
    from veille.offline.parties import main_subject

    text = "Microsoft loue des serveurs. Anthropic signe. Microsoft et Anthropic discutent."
    title = "Anthropic s'engage auprès de Microsoft"
    assert main_subject(title, find_orgs(text, "fr"), None) == "Anthropic"
