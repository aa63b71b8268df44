"""Session 10: organisations named as the agent of a supply or a financing, as the source of
money or goods, as the counterparty of a qualified deal noun or of talks (`orgagents`), the
acronym long form read at the right word, and well-known entities added to the gazetteer.
Sentences written for these tests, with made-up names (docs/offline-engine.md, "Session 10:
organisations")."""

from __future__ import annotations

import pytest

from veille.offline.gazetteer import canonical
from veille.offline.orgacronyms import acronym_pairs
from veille.offline.orgs import find_orgs


def _surfaces(text: str, lang: str) -> set[str]:
    return {o.surface for o in find_orgs(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The racks will be supplied by Trondel under a three-year contract.", "en", "Trondel"),
        ("Its photonic chips are made by Vessoria in Oregon.", "en", "Vessoria"),
        ("The bonds were arranged by Harwick Partners on Monday.", "en", "Harwick Partners"),
        ("Les baies de stockage seront fournies par Vexcor dès l'automne.", "fr", "Vexcor"),
        ("Ses puces sont gravées par Quintane à Dresde.", "fr", "Quintane"),
        ("Las turbinas serán suministradas por Olvarra en 2027.", "es", "Olvarra"),
        ("Os painéis serão fornecidos pela Cambará, segundo a empresa.", "pt", "Cambará"),
        ("I server saranno forniti da Brezzani entro marzo.", "it", "Brezzani"),
        ("Die Kühlsysteme werden von Ostrel geliefert, hieß es.", "de", None),
    ],
)
def test_the_agent_of_a_supply_participle(text: str, lang: str, name: str | None) -> None:
    found = _surfaces(text, lang)
    if name is None:  # a German verb-final passive ("von X geliefert") is not read
        assert "Ostrel" not in found
    else:
        assert name in found


def test_the_source_of_money_and_both_names_of_a_list() -> None:
    text = "It raised $90 million of equity in May from Magnor and Quillfield Capital last year."
    assert {"Magnor", "Quillfield Capital"} <= _surfaces(text, "en")


def test_models_licensed_from() -> None:
    text = "Its assistants run on models licensed from Kelvara under a multi-year agreement."
    assert "Kelvara" in _surfaces(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("La start-up a signé un contrat de maintenance avec Brandolf.", "fr", "Brandolf"),
        ("La firma cerró un acuerdo de licencia con Varessa el mes pasado.", "es", "Varessa"),
        ("Talks with Ormindale broke down in the spring.", "en", "Ormindale"),
        ("Les négociations avec Pellmont n'ont pas abouti.", "fr", "Pellmont"),
    ],
)
def test_a_qualified_deal_noun_or_talks_with(text: str, lang: str, name: str) -> None:
    assert name in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("The first prototype was designed by Laura Benedetti in 2021.", "en", "Laura Benedetti"),
        ("The company raised money from Texas investors last year.", "en", "Texas"),
        ("The bags are made by hand in small workshops.", "en", "hand"),
    ],
)
def test_people_places_and_words_stay_out(text: str, lang: str, absent: str) -> None:
    assert absent not in _surfaces(text, lang)


def test_an_acronym_long_form_starts_at_its_own_words() -> None:
    text = "Le fonds souverain du Norland, la Norland Investment Authority (NIA), investira."
    assert acronym_pairs(text) == [("Norland Investment Authority", "NIA")]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Wiley", "Wiley"),
        ("McGraw-Hill", "McGraw Hill"),
        ("CBRE", "CBRE"),
        ("Ibercaja", "Ibercaja"),
        ("FERC", "Federal Energy Regulatory Commission"),
        ("Lumen", "Lumen Technologies"),
        ("Bouygues", "Bouygues"),
        ("Bouygues Telecom", "Bouygues Telecom"),
    ],
)
def test_well_known_entities_added_to_the_gazetteer(alias: str, name: str) -> None:
    assert canonical(alias) == name
