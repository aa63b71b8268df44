"""Session 6 (second wave): organisation patterns the blind heldout_s8 run missed, written as
new sentences with made-up companies (docs/offline-engine.md, "Patterns from heldout_s8")."""

from __future__ import annotations

from veille.offline.orgs import find_orgs


def _names(text: str, lang: str) -> dict[str, str]:
    return {o.surface: o.kind for o in find_orgs(text, lang)}


def test_a_german_genitive_of_a_known_name_is_that_organisation() -> None:
    text = "Die Firma Kavlor betreibt Nvidias Grafikchips und Googles Modelle in Frankfurt."
    names = {o.name for o in find_orgs(text, "de")}
    assert {"NVIDIA", "Google"} <= names


def test_the_genitive_is_german_only() -> None:
    text = "Analysts compared the Googles of this world with smaller firms such as Kavlor Labs."
    assert "Google" not in {o.name for o in find_orgs(text, "en")}


def test_a_deal_verb_before_com_introduces_a_portuguese_name_with_dos() -> None:
    text = "A startup Veltra fechou com a Usina dos Lagos um contrato de fornecimento de energia."
    assert "Usina dos Lagos" in _names(text, "pt")


def test_spanish_and_italian_deal_verbs_before_con() -> None:
    es = "La compañía cerró con Grupo Tarvena un acuerdo de suministro de diez años."
    it = "Il gruppo ha siglato con Orvesa Sistemi un accordo quadro per i data center."
    assert "Grupo Tarvena" in _names(es, "es")
    assert "Orvesa Sistemi" in _names(it, "it")


def test_a_financial_arm_apposition_in_french() -> None:
    text = (
        "Noravia Capital, le bras financier de la Région Occitanie, entre au capital de la "
        "start-up à hauteur de 8 millions d'euros."
    )
    names = _names(text, "fr")
    assert "Noravia Capital" in names
    assert names.get("Région Occitanie") == "government"


def test_a_space_agency_is_a_government_body_not_a_regulator() -> None:
    it = "La società ha firmato un contratto da 9 milioni di euro con l'Agenzia Spaziale Italiana."
    es = "El contrato se firmó con la Agencia Espacial Española por 4 millones de euros."
    en = "The contract was signed with the UK Space Agency for £4 million."
    assert _names(it, "it").get("Agenzia Spaziale Italiana") == "government"
    assert _names(es, "es").get("Agencia Espacial Española") == "government"
    assert _names(en, "en").get("UK Space Agency") == "government"


def test_an_unknown_agency_stays_a_regulator() -> None:
    text = "Il dossier è ora all'esame dell'Agenzia per la Cybersicurezza Nazionale (ACN)."
    kinds = set(_names(text, "it").values())
    assert "government" not in kinds


def test_well_known_organisations_added_to_the_gazetteer() -> None:
    text = "Proximus et Itaú BBA figurent parmi les clients, comme autrefois Altran."
    expected = {"Proximus": "telecom", "Itaú BBA": "bank", "Altran": "consultancy"}
    assert _names(text, "fr") == expected


def test_a_rival_one_keeps_pace_with_is_background() -> None:
    text = (
        "Kavlor has agreed to acquire Tessary for $40 million, as the data company tries to "
        "keep pace with Databricks in selling AI tools."
    )
    background = {o.name: o.background for o in find_orgs(text, "en")}
    assert background == {"Kavlor": False, "Tessary": False, "Databricks": True}
