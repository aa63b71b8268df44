"""Session 9 contexts for organisations the gazetteer does not know: trade and backer heads,
headline subjects the body repeats, French regional adjectives, inverted member lists, list
items inside a known name, word-cased acronyms; and the guards that keep them precise.
Sentences and names are made up for the tests."""

from __future__ import annotations

import pytest

from veille.offline.orgs import find_orgs


def names(text: str, lang: str | None = None, title: str = "") -> set[str]:
    return {m.name for m in find_orgs(text, lang, title)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Lightspeed led the round, joined by existing backer Greyfox, which wrote a cheque.",
            "en",
            "Greyfox",
        ),
        ("Ratings agency Korbra assigned the senior class an A grade.", "en", "Korbra"),
        ("A companhia fechou um acordo semelhante com a mineradora Valex.", "pt", "Valex"),
        (
            "Auch der Wagniskapitalgeber Brightbird beteiligte sich an der Runde.",
            "de",
            "Brightbird",
        ),
        ("Il avait discuté avec son concurrent américain Amplix au printemps.", "fr", "Amplix"),
        ("TotalEnergies va céder 50 % à la caisse de retraite canadienne Cedeq.", "fr", "Cedeq"),
        (
            "Ondine a signé un partenariat avec Densax, l'équipementier automobile du groupe.",
            "fr",
            "Densax",
        ),
        # a town's adjective by its ending, before an unknown name
        ("Proxima réserve du calcul chez le liégeois Ourthe Compute.", "fr", "Ourthe Compute"),
        ("La nazairienne Brise Calcul lève 20 millions d'euros.", "fr", "Brise Calcul"),
        # members after an inverted verb
        ("Parmi ses clients figurent Zorblax et Quintar.", "fr", "Quintar"),
        ("Tra i suoi clienti figurano Zorblax e Quintar.", "it", "Zorblax"),
        # an item inside a known name ("360 Capital") counts as known
        ("Al round avevano partecipato anche 360 Capital e Galvix.", "it", "Galvix"),
    ],
)
def test_a_context_introduces_an_unknown_organisation(text: str, lang: str, expected: str) -> None:
    assert expected in names(text, lang)


def test_a_german_city_adjective_and_compound_head_are_not_the_name() -> None:
    assert names("Das Münchner KI-Labor Isarmind hat 240 Millionen Euro eingesammelt.", "de") == {
        "Isarmind"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le mois Janvier a été calme, selon l'ancien Bercy.",
        "Le physicien Alain Aspect a rejoint la start-up. L'écrivain Houellebecq a signé.",
        "Il a rencontré le souverain Mohammed VI et la semaine Prochaine sera décisive.",
        "Mistral AI a dévoilé Le Chat, un assistant concurrent de ChatGPT.",
    ],
)
def test_nouns_with_those_endings_or_an_adjectival_rival_introduce_nothing(text: str) -> None:
    assert names(text, "fr") <= {"Mistral AI"}


def test_shares_of_a_listed_rival_is_not_a_name() -> None:
    found = names("Shares of E2E Networks, a listed rival that also won contracts, fell 4.5%.")
    assert not any(n.startswith("Shares") for n in found)


def test_a_headline_subject_before_a_deal_verb_is_an_organisation_the_body_repeats() -> None:
    title = "Soitax décroche jusqu'à 1,1 milliard d'euros de commandes de GlobalFoundries"
    body = "Bouffée d'oxygène pour Soitax. Le spécialiste isérois des substrats a signé."
    assert "Soitax" in names(body, "fr", title)
    # a headline's surname is a person's when the body writes the first name
    assert (
        names("Elon Musk has won the vote. Musk said he was pleased.", "en", "Musk wins vote")
        == set()
    )


def test_a_word_cased_french_acronym_spells_its_long_form() -> None:
    text = "Le prêt de l'Agence nationale des fréquences numériques (Anfn) complète le tour."
    found = {(m.name, m.surface) for m in find_orgs(text, "fr")}
    assert ("Agence nationale des fréquences numériques", "Anfn") in found
