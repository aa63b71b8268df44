"""Session 11: organisations named by a financing's frame (`orgframes`), names opening on a
person's first name (`orgnames.valid_candidate`), acronyms spelled inside words
(`orgacronyms`). Sentences written for these tests, with made-up names
(docs/offline-engine.md, "Session 11: organisations from context")."""

from __future__ import annotations

import pytest

from veille.offline import orgframes
from veille.offline.orgacronyms import acronym_pairs
from veille.offline.orgnames import valid_candidate
from veille.offline.orgs import find_orgs


def _names(text: str, lang: str) -> set[str]:
    return {o.name for o in find_orgs(text, lang)}


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frames' names, whatever the shipped switch says (`orgframes.FRAMES`)."""
    monkeypatch.setattr(orgframes, "FRAMES", True)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Elle avait levé 9 millions d'euros lors d'un tour conduit par Vardane Capital, aux "
            "côtés d'Orvilo.",
            "fr",
            "Orvilo",
        ),
        (
            "Le tour est mené par Kestra, avec la participation de Brunval et de Tessarine.",
            "fr",
            "Brunval",
        ),
        (
            "Obtuvo un crédito de 900 millones encabezado por Merlanca, en el que también "
            "participa Fondo Arvedo.",
            "es",
            "Merlanca",
        ),
        (
            "Obtuvo un crédito de 900 millones encabezado por Merlanca, en el que también "
            "participa Fondo Arvedo.",
            "es",
            "Fondo Arvedo",
        ),
        ("Participaram também a Quiriva e a Tobeca Ventures, segundo a empresa.", "pt", "Quiriva"),
        ("All'aumento hanno partecipato anche Vallora e Pestri Capital.", "it", "Vallora"),
        (
            "Zu den Geldgebern zählen Morlan Kapital und der Fonds Vetra Partners.",
            "de",
            "Morlan Kapital",
        ),
        ("It raised money in March, when Quenlo led a $60 million round.", "en", "Quenlo"),
        ("La direction régionale a retenu Orvexa pour héberger ses outils.", "fr", "Orvexa"),
        (
            "L'accordo segue quello firmato l'anno scorso con Tivarro, il cui valore non è noto.",
            "it",
            "Tivarro",
        ),
        (
            "Erster Großkunde ist Kolvana. Der Zulieferer hat einen Vertrag geschlossen.",
            "de",
            "Kolvana",
        ),
        (
            "Il suo principale cliente è Acqua Merani, che le ha affidato un contratto.",
            "it",
            "Acqua Merani",
        ),
        ("The regional development agency Velde NL also holds a small stake.", "en", "Velde NL"),
        (
            "Orsay avait racheté l'an dernier la base de données Pellion pour un montant secret.",
            "fr",
            "Pellion",
        ),
        ("It has since picked up Quantiro and Velmas for undisclosed sums.", "en", "Velmas"),
        ("The company bought video-review platform Tessa.io for $1.2 billion.", "en", "Tessa.io"),
        (
            "Une dette apportée par Ravelle et Mornay Credit, selon une source.",
            "fr",
            "Mornay Credit",
        ),
        (
            "It raised $90 million led by Korvi, with Lanta.vc and others taking part.",
            "en",
            "Lanta.vc",
        ),
        ("La nouvelle société, baptisée Orvenne, vise 400 mégawatts.", "fr", "Orvenne"),
        (
            "Merapi borrowed $840 million, and Bank Teluk is providing $180 million more.",
            "en",
            "Bank Teluk",
        ),
        (
            "Siemens agreed to buy a rival grid-analytics firm, Voltano, for an undisclosed sum.",
            "en",
            "Voltano",
        ),
        ("Elle a déjà vendu des cellules à Fivora et à Alstom.", "fr", "Fivora"),
        ("The vendors race. QNIX agreed last year to buy Cognigy for $955 million.", "en", "QNIX"),
    ],
)
@pytest.mark.usefixtures("frames")
def test_a_financing_frame_names_the_party(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a German capitalised noun after the verb is no name
        ("An der Runde beteiligen sich Investoren aus Bayern.", "de", "Investoren"),
        # a person chosen is no organisation
        ("The board has selected Maria Keller as chief executive.", "en", "Maria Keller"),
        ("He bought the house in 2019 from John Palmer.", "en", "John Palmer"),
        ("OpenAI released a model called Orion last week.", "en", "Orion"),
        ("It has sold two million units to date.", "en", "date"),
    ],
)
@pytest.mark.usefixtures("frames")
def test_frames_keep_the_guards(text: str, lang: str, absent: str) -> None:
    assert absent not in _names(text, lang)


def test_a_first_name_opens_an_organisation_only_with_an_organisation_word() -> None:
    assert valid_candidate("Sabine Crest Power")
    assert valid_candidate("Robert Lanz Venture Capital")
    assert not valid_candidate("Robert Lanz")
    assert not valid_candidate("Marie France")
    assert valid_candidate("Lee Vector", introduced=True)
    assert "Pierre Vallon" in _names(
        "Elle a signé avec le laboratoire Pierre Vallon un accord.", "fr"
    )


def test_an_appositive_calling_it_a_company_admits_a_first_name() -> None:
    text = "Corvida has agreed to buy Lee Vantor, a Cork-based start-up whose software ranks."
    assert "Lee Vantor" in _names(text, "en")
    assert "Lee Vantor" not in _names("Lee Vantor, the chief executive, said so.", "en")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "La Direction générale des Finances publiques (DGFiP) a retenu X.",
            ("Direction générale des Finances publiques", "DGFiP"),
        ),
        (
            "Das Bundesministerium für Wirtschaft und Energie (BMWE) fördert X.",
            ("Bundesministerium für Wirtschaft und Energie", "BMWE"),
        ),
        (
            "L'Assistance publique-Hôpitaux de Paris (AP-HP) a accordé X.",
            ("Assistance publique-Hôpitaux de Paris", "AP-HP"),
        ),
        (
            "Das Informationstechnikzentrum Bund (ITZBund) hat X beauftragt.",
            ("Informationstechnikzentrum Bund", "ITZBund"),
        ),
        (
            "Die Hamburger Hafen und Logistik AG (HHLA) hat X.",
            ("Hamburger Hafen und Logistik AG", "HHLA"),
        ),
    ],
)
def test_an_acronym_spelled_inside_the_words(text: str, pair: tuple[str, str]) -> None:
    assert pair in acronym_pairs(text)


def test_an_aligned_acronym_still_needs_an_institution_word() -> None:
    assert acronym_pairs("It uses Retrieval Augmented Generation (RAG) and more.") == []
    assert acronym_pairs("Ses Grands Modèles de Langage (GML) tournent.") == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Zur Finanzierung hat die Firma einen Kredit über 180 Millionen Euro aufgenommen.",
            "Kredit",
        ),
        (
            "Zudem hat das Start-up eine Lizenzvereinbarung mit Kolvana geschlossen.",
            "Lizenzvereinbarung",
        ),
        (
            "Der Auftrag hat laut Unternehmenskreisen ein Volumen von 40 Millionen Euro.",
            "Unternehmenskreisen",
        ),
    ],
)
def test_a_german_noun_after_an_indefinite_article_is_no_name(text: str, noun: str) -> None:
    assert noun not in _names(text, "de")


def test_a_place_after_its_head_and_an_english_adjective_are_no_names() -> None:
    text = "Sierra Data will build data centres in the central Mexican state of Queretano."
    assert "Queretano" not in _names(text, "en")
    text = "The company held talks with a Gulf sovereign wealth fund about a stake."
    assert "Gulf" not in _names(text, "en")
    # "a" before a name in Portuguese is an article
    assert "Casa dos Ventos" in _names("O acordo com a Casa dos Ventos prevê 2 GW.", "pt")
