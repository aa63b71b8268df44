from __future__ import annotations

import pytest

from veille.offline.orgs import find_orgs


def names(text: str) -> set[str]:
    return {m.name for m in find_orgs(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier it licensed technology from networking start-up Enfabrica.", "Enfabrica"),
        (
            "La société a annoncé son intention de racheter Tavily, un fournisseur de recherche.",
            "Tavily",
        ),
        ("Elsewhere, autonomous-driving unit Avride secured an investment from Uber.", "Avride"),
        ("Das Münchner Start-up Tensorix will die Kapazitäten nutzen.", "Tensorix"),
        ("Telefónica invertirá en la startup española Lexara.", "Lexara"),
        ("Leonardo ha acquisito il 30 % di Axyon, una startup modenese.", "Axyon"),
        ("Fastweb, controllata da Swisscom, ha acquistato GPU.", "Fastweb"),
        ("Die Brenner-Gruppe übernimmt das Unternehmen.", "Brenner-Gruppe"),
        ("Acme Widgets Inc. said on Monday it would expand.", "Acme Widgets"),
        ("via l'acquisition de start-ups comme Manus ou encore Moltbook.", "Moltbook"),
    ],
)
def test_unknown_organisations_from_context(text, expected):
    assert expected in names(text)


def test_people_places_and_products_are_not_organisations():
    text = (
        "The round was led by Sam Altman. The start-up San Francisco said ChatGPT grew. "
        "Il gruppo guidato da Roberto Cingolani investirà."
    )
    assert names(text) == set()


def test_aliases_resolve_and_descriptors_name_the_owner():
    found = find_orgs("Meta Platforms signed with the ChatGPT maker; AWS and Google Cloud too.")
    assert [m.name for m in found] == ["Meta", "OpenAI", "Amazon Web Services", "Google"]
    assert found[1].descriptor and found[1].surface == "ChatGPT maker"


def test_hardware_brand_is_flagged_but_still_named():
    found = find_orgs("Microsoft gets 200,000 Nvidia GB300 GPUs from Nscale.")
    brand = {m.name: m.brand for m in found}
    assert brand == {"Microsoft": False, "NVIDIA": True, "Nscale": False}


def test_short_form_of_an_unknown_name_maps_to_the_long_one():
    text = (
        "Kinetra Robotics, a San Francisco developer of robots, raised money. "
        "Kinetra also agreed to acquire a rival."
    )
    assert {(m.surface, m.name) for m in find_orgs(text)} == {
        ("Kinetra Robotics", "Kinetra Robotics"),
        ("Kinetra", "Kinetra Robotics"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("IBM has agreed to buy Zorvex for $6.4 billion in cash.", "en"),
        ("Microsoft said it would invest in Zorvex alongside Nvidia.", "en"),
        ("Cisco bought Zorvex last year.", "en"),
        ("Le groupe Capgemini investit dans Zorvex, qui lève 40 millions d'euros.", "fr"),
        ("Orange est entré au capital de Zorvex en 2024.", "fr"),
    ],
)
def test_the_object_of_a_purchase_or_an_investment_is_an_organisation(text: str, lang: str) -> None:
    assert "Zorvex" in {m.name for m in find_orgs(text, lang)}
