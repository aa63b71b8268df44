"""Session 8, second wave: organisation classes the fresh sets heldout_s10..s13 missed, written
as new sentences with made-up names (docs/offline-engine.md, "Session 8, second wave:
organisations")."""

from __future__ import annotations

from veille.offline.orgs import find_orgs


def _surfaces(text: str, lang: str) -> set[str]:
    return {o.surface for o in find_orgs(text, lang)}


def test_a_region_closes_a_longer_unknown_name() -> None:
    text = "Im März hatte Kavrino 60 Millionen Dollar unter Führung von Brightwater Europe erhalten"
    assert "Brightwater Europe" in _surfaces(text, "de")


def test_a_region_alone_is_no_name() -> None:
    text = "La ronda fue liderada por Europe, según fuentes del sector."
    assert "Europe" not in _surfaces(text, "es")


def test_tech_closes_a_hyphenated_fund_name() -> None:
    text = "La ronda está liderada por Tarvo Capital, con la participación de Fond-KLM Next Tech."
    assert "Fond-KLM Next Tech" in _surfaces(text, "es")


def test_an_ampersand_joins_two_partners_names() -> None:
    text = "En 2023, les fonds Bain Capital et Carver & Lowe avaient étudié une offre de rachat."
    assert "Carver & Lowe" in _surfaces(text, "fr")


def test_absorbing_introduces_its_object() -> None:
    text = "Palo Alto Networks is absorbing Quellmark in a transaction worth about $25 billion."
    assert "Quellmark" in _surfaces(text, "en")


def test_a_well_known_customer_is_in_the_gazetteer() -> None:
    text = "Carrefour signe avec Google Cloud un accord pour ses agents d'IA."
    names = {o.name for o in find_orgs(text, "fr")}
    assert {"Carrefour", "Google"} <= names


def test_a_long_form_alias_maps_to_the_short_canonical_name() -> None:
    text = "A.P. Moller-Maersk has signed a five-year agreement with Accenture."
    assert "Maersk" in {o.name for o in find_orgs(text, "en")}


def test_a_recurring_name_opening_a_sentence_before_a_deal_verb_is_an_organisation() -> None:
    text = "Tesnor prend une licence sur deux anticorps. Tesnor versera 125 millions au départ."
    assert "Tesnor" in _surfaces(text, "fr")
    it = "Morvane rileva la padovana Kavrino AI. Il gruppo Morvane chiude così il semestre."
    assert "Morvane" in _surfaces(it, "it")


def test_a_one_off_or_a_surname_before_a_deal_verb_is_not() -> None:
    once = "Tesnor prend une licence sur deux anticorps conçus par une start-up."
    assert "Tesnor" not in _surfaces(once, "fr")
    surname = "Ana Ruiz dirige la empresa. Ruiz firma el acuerdo en Madrid. Ruiz lo confirmó."
    assert "Ruiz" not in _surfaces(surname, "es")
