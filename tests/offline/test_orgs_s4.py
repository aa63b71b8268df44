"""Session-4 organisation cues (heldout_s6 / train_t6 style): acronym long forms, lower-case
brands, corporate subjects, a known name's entities, public bodies, and the guards that keep
them precise. Sentences and names are made up for the tests."""

from __future__ import annotations

import pytest

from veille.offline.orgacronyms import acronym_pairs
from veille.offline.orgs import find_orgs


def names(text: str, lang: str | None = None) -> set[str]:
    return {m.name for m in find_orgs(text, lang)}


@pytest.mark.parametrize(
    ("text", "long", "acronym"),
    [
        # the article is not part of the name
        (
            "La Société des peintres et graveurs associés (SPGA) réclame",
            "Société des peintres et graveurs associés",
            "SPGA",
        ),
        # the acronym spells the head; "et ..." only qualifies it
        (
            "le Centre national du vitrail et de l'art sacré (CNV) publie",
            "Centre national du vitrail et de l'art sacré",
            "CNV",
        ),
        # a comma inside the long form
        (
            "from the Ministry of Fisheries, Ports and Transport (MFPT), which",
            "Ministry of Fisheries, Ports and Transport",
            "MFPT",
        ),
    ],
)
def test_acronym_long_forms(text, long, acronym):
    assert (long, acronym) in acronym_pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zorvex, a Halifax-based operator of GPU clusters, has signed. Zorvex's site.", "zorvex"),
        ("Le groupe a annoncé l'acquisition de plumo.ai, une start-up nantaise.", "plumo.ai"),
        ("Il a finalisé le rachat de krillo.tech, une PME lyonnaise.", "krillo.tech"),
        ("Brantel has agreed to buy a rival for $2 billion.", "Brantel"),
        ("Corvane a annoncé mardi avoir conclu un accord de quatre ans.", "Corvane"),
        ("Kelmor said in a stock exchange statement on Monday that it agreed.", "Kelmor"),
        (
            "led by Arbor Capital, with Northfield Development Fund also taking part.",
            "Northfield Development Fund",
        ),
        ("Un second accord a été conclu avec Varennes.", "Varennes"),
        ("The buyer, Leeds-based Quillon, will pay £18 million a year.", "Quillon"),
        ("Quillon, the publisher of two regional titles, has agreed.", "Quillon"),
        ("Plessis, l'hébergeur genevois, construit un centre.", "Plessis"),
        ("un prêt de la Bernerer Kantonalbank garanti par le contrat", "Bernerer Kantonalbank"),
        (
            "fournie par Électricité de Valmont, filiale du groupe, dans le cadre",
            "Électricité de Valmont",
        ),
        (
            "Grid Corp runs it. PXQ Interconnection, which runs the grid across 13 states, warned",
            "PXQ Interconnection",
        ),
        ("Selon le site L'Écrivain, il avoisinerait 140 millions d'euros", "L'Écrivain"),
        ("with investors including Hokuto Investment and others", "Hokuto Investment"),
        ("backed by the US Advanced Materials Fund and others", "US Advanced Materials Fund"),
        ("auprès de l'américain QX Corp pour 1,5 milliard de dollars", "QX Corp"),
    ],
)
def test_session4_cues(text, expected):
    assert expected in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "les titres du groupe, parmi lesquels Le Vigilant et Les Nouvelles d'Ardenne.",
            {"Le Vigilant", "Les Nouvelles d'Ardenne"},
        ),
        (
            "Kestrel Media, the publisher of the Daily Lantern and the Harbour Evening Post, said",
            {"Daily Lantern", "Harbour Evening Post"},
        ),
        (
            "son studio Brightform, qui reste indépendant, prendra en charge le design",
            {"Brightform"},
        ),
    ],
)
def test_titles_and_studios(text, expected):
    assert expected <= names(text, "fr"), names(text, "fr")


def test_a_sentence_opening_article_is_no_part_of_the_name():
    found = names("Il a cédé sa part. Les Nouvelles d'Ardenne, filiale du groupe, ont signé.")
    assert "Les Nouvelles d'Ardenne" not in found


def test_a_head_noun_followed_by_a_link_opens_the_name():
    from veille.offline.orgnames import trim_name

    assert trim_name("Fonds de garantie PME") == "Fonds de garantie PME"
    assert trim_name("Konzern Brantel") == "Brantel"
    assert trim_name("L'éditeur de Lyon") != "L'éditeur de Lyon"


def test_generic_organisation_word_alone_is_no_name():
    found = names("le rachat d'io Products, la jeune pousse fondée il y a un an", "fr")
    assert "Products" not in found


def test_known_bank_with_its_regional_entity():
    found = names("levé auprès de la banque régionale Crédit Agricole Nord-Ouest.", "fr")
    assert "Crédit Agricole Nord-Ouest" in found and "Crédit Agricole" not in found


def test_known_bank_with_its_national_arm():
    assert "Santander UK" in names("with HSBC and Santander UK also lending", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose, the company said. Revenue of the group grew, the firm said.",
        "It raised CHF 18 million last year in a seed round.",
        "insurers in India, Britain and the Middle East among its customers",
        "The power will come from Orvane's Limerick and Peach Hollow plants.",
        "L'éditeur de San Francisco a annoncé mardi le rachat d'une start-up.",
        "in the U.S. Nvidia said it would invest.",
        "a sector of de dollars, la société a dit",
    ],
)
def test_session4_guards(text):
    found = names(text, "en")
    bad = {
        "rose",
        "CHF",
        "Middle",
        "Peach Hollow",
        "San Francisco",
        "de San Francisco",
        "U.S. Nvidia",
        "dollars",
    }
    assert not (found & bad), found
