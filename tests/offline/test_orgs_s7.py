"""Session 7: organisations the gazetteer does not know, found from their context, written
as new sentences with made-up companies (docs/offline-engine.md, "Session 7: unknown
organisations")."""

from __future__ import annotations

from veille.offline.orgs import find_orgs


def _names(text: str, lang: str) -> set[str]:
    return {o.name for o in find_orgs(text, lang)}


def test_an_office_of_the_organisation_introduces_it() -> None:
    fr = "« Nous visons l'Europe », explique Marine Duval, présidente de Calvane, qui recrute."
    en = "Investors backed the plan, said the chief executive of Torvex, Ama Osei."
    de = "Das sagte der Vorstandschef von Lumetra am Dienstag in Bonn."
    assert "Calvane" in _names(fr, "fr")
    assert "Torvex" in _names(en, "en")
    assert "Lumetra" in _names(de, "de")


def test_an_office_of_a_country_is_no_organisation() -> None:
    es = "El presidente de Estados Unidos recibió al presidente de Argentina y al de Bolivia."
    en = "The president of Venezuela met the president of Kazakhstan."
    fr = "Le président de la République a reçu le patron de France Télévisions."
    assert _names(es, "es") == set()
    assert _names(en, "en") == set()
    assert "République" not in _names(fr, "fr")


def test_a_descriptive_noun_and_a_nationality_before_the_name() -> None:
    fr = "Google investira 90 millions d'euros dans le lunetier américain Orvane Optics."
    es = "El grupo compró el distribuidor alemán Feldmark por 40 millones de euros."
    assert "Orvane Optics" in _names(fr, "fr")
    assert "Feldmark" in _names(es, "es")


def test_people_and_things_with_a_nationality_are_refused() -> None:
    text = (
        "Le ministre japonais Ryosei Akazawa a rencontré le milliardaire américain Tavish "
        "Brell ; l'indice américain Dow a reculé."
    )
    assert _names(text, "fr") == set()


def test_a_head_noun_with_its_complements_before_the_name() -> None:
    text = "Suno rachète la plateforme de découverte de concerts Tivolo pour un montant secret."
    names = _names(text, "fr")
    assert "Tivolo" in names


def test_a_product_after_a_platform_head_is_refused() -> None:
    text = "Le groupe déploiera la plateforme d'agents Gemini Enterprise chez ses clients."
    assert "Gemini Enterprise" not in _names(text, "fr")


def test_a_lower_case_brand_after_a_head_noun() -> None:
    text = "Infosys bought German engineering services firm ka-tron for 450 million euros."
    assert "ka-tron" in _names(text, "en")
    common = "The firm co-founded by two engineers sold its stake in 2024."
    assert _names(common, "en") == set()


def test_a_customer_or_tenant_role() -> None:
    title_like = "Kallvik Compute signs Pendra as anchor tenant for its Johor campus."
    body = "The first customer is Pendra. The delivery group will pay US$40 million a year."
    assert "Pendra" in _names(title_like, "en")
    assert "Pendra" in _names(body, "en")


def test_a_rank_in_its_industry_in_apposition() -> None:
    text = "Varnel, numéro deux de l'édition en France, a signé avec la start-up Lexique."
    assert "Varnel" in _names(text, "fr")
    person = "Tan Wei, numéro deux du groupe, a démissionné."
    assert "Tan Wei" not in _names(person, "fr")


def test_an_exchange_founded_by_someone_in_apposition() -> None:
    text = "One shareholder remains: QRX, the collapsed crypto exchange founded by a trader."
    assert "QRX" in _names(text, "en")


def test_a_two_letter_brand_bought_before_an_appositive() -> None:
    text = "Meta s'offre zo, la start-up de deux anciens designers, pour 2 milliards."
    assert "zo" in _names(text, "fr")


def test_a_group_part_in_apposition_or_as_a_stake_is_another_organisation() -> None:
    part = "Ormaq a signé avec Orange Sentinel, la filiale de cybersécurité d'Orange."
    stake = (
        "Microsoft prendra une participation, dont le montant n'a pas été dévoilé, dans "
        "Vodafone Things, qui gère les objets connectés."
    )
    assert {"Orange Sentinel", "Orange"} <= _names(part, "fr")
    assert "Vodafone Things" in _names(stake, "fr")
    product = "Google took a stake in Nvidia Blackwell chips, Nvidia Blackwell, the unit said."
    assert "Nvidia Blackwell" not in _names(product, "en")


def test_a_french_institution_word_stays_in_the_name() -> None:
    text = "L'usine sera bâtie près de l'université Larmont, avec laquelle le groupe coopère."
    assert "université Larmont" in _names(text, "fr")


def test_a_one_letter_name_only_beside_a_social_network() -> None:
    en = "It absorbed the social network X in a deal that valued X at $33 billion."
    fr = "HPE fournira des serveurs à X, le réseau social d'Elon Musk."
    assert [o.surface for o in find_orgs(en, "en")] == ["X", "X"]
    assert "X" in _names(fr, "fr")
    grade = "The plan B failed, and option X was dropped."
    assert _names(grade, "en") == set()


def test_a_deputy_or_a_department_office_names_no_organisation() -> None:
    text = (
        "Said Bea Lund, vice president of Advanced Programs at Kestrel Orbital. Steve Menet, "
        "Senior Vice President of Sales for Dräger, agreed, as did the president of Chapter & "
        "Verse."
    )
    names = _names(text, "en")
    assert not names & {"Advanced Programs", "Sales", "Chapter"}


def test_a_founding_date_opening_the_sentence_introduces_its_subject() -> None:
    fr = "Fondée en 2021 par deux anciens de Google, Kelvora conçoit des puces."
    en = "Founded in 2019, Kelvora builds chips for data centres."
    assert "Kelvora" in _names(fr, "fr")
    assert "Kelvora" in _names(en, "en")


def test_shares_of_an_unknown_name() -> None:
    assert "Kelvora" in _names("Shares of Kelvora rose 5% in Frankfurt.", "en")
    assert "Kelvora" in _names("À Paris, l'action Kelvora a bondi de 5 %.", "fr")


def test_officers_named_after_the_organisation() -> None:
    text = (
        "Kelvora's chief executive, Ana Ruiz, said the deal would close. Ousted Torvane CEO "
        "Adam Neil disagreed. Former CEO Bob Lane declined to comment."
    )
    assert _names(text, "en") == {"Kelvora", "Torvane"}


def test_which_makes_is_read_in_english_only() -> None:
    en = "Kelvora, which makes cooling systems for data centres, signed the deal."
    fr = "La start-up cofondée par Jason Warner et Eiso Kant, qui développe des modèles, lève."
    assert "Kelvora" in _names(en, "en")
    assert not _names(fr, "fr") & {"Eiso Kant", "Jason Warner"}


def test_a_nationality_between_the_head_and_its_complements() -> None:
    es = "El fabricante español de chips Kelvora firmó un contrato con Indra."
    it = "Il produttore italiano di chip Kelvora ha firmato un accordo."
    assert "Kelvora" in _names(es, "es")
    assert "Kelvora" in _names(it, "it")


def test_a_trade_noun_before_the_product_makes_the_maker_no_brand() -> None:
    maker = "SoftBank a payé 6,5 milliards de dollars pour le concepteur de puces Qualcomm."
    brand = "Le pays importera jusqu'à 500 000 puces Nvidia par an."
    assert [o.brand for o in find_orgs(maker, "fr") if o.name == "Qualcomm"] == [False]
    assert [o.brand for o in find_orgs(brand, "fr") if o.name == "NVIDIA"] == [True]


def test_a_trade_is_a_bare_complement_a_product_takes_an_article() -> None:
    trade = "SoftBank a payé 6,5 milliards pour le concepteur de puces Kelvora."
    product = "Hugging Face a racheté Pollen Robotics, conceptrice du robot Reachy, en avril."
    assert "Kelvora" in _names(trade, "fr")
    assert "Reachy" not in _names(product, "fr")


def test_a_trade_before_the_name() -> None:
    fr = "Six chercheurs viennent de l'équipementier automobile Vantelo et de l'armateur Kordal."
    es = "El acuerdo con la aseguradora Mirvana se firmó en Madrid."
    assert {"Vantelo", "Kordal"} <= _names(fr, "fr")
    assert "Mirvana" in _names(es, "es")


def test_owners_shareholders_and_chains_before_the_name() -> None:
    fr = "Editis, propriété du groupe Kalvo de Daniel Marsh, et son actionnaire historique Brenn."
    en = "It tested vans through a partnership with supermarket chain Ostra."
    assert {"Kalvo", "Brenn"} <= _names(fr, "fr")
    assert "Ostra" in _names(en, "en")


def test_possessive_and_foundation_appositives() -> None:
    fr = "L'essentiel sera investi par Datacore, sa société de centres de données."
    en = "It came with Marden Futures, the foundation of a former Google chief."
    assert "Datacore" in _names(fr, "fr")
    assert "Marden Futures" in _names(en, "en")


def test_a_former_officer_of_the_organisation() -> None:
    text = "La division est confiée à Fidji Simo, l'ex-patronne de Kartly."
    assert "Kartly" in _names(text, "fr")
