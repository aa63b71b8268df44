"""Session 13: the headline's protagonist (`orgtitle`), an unknown name the title carries bare
and the body repeats. Titles and sentences from the readable train_t8 sets and blind_s*
fixtures (docs/offline-engine.md, "Session 13: unknown organisations")."""

from __future__ import annotations

import pytest

from veille.offline.orgs import find_orgs
from veille.offline.orgtitle import title_protagonists


def _names(text: str, lang: str, title: str) -> set[str]:
    return {o.name for o in find_orgs(text, lang, title)}


@pytest.mark.parametrize(
    ("title", "text", "lang", "name"),
    [
        (
            "Konkan DataWorks closes ₹4,200 crore debt package for Panvel AI campus",
            "Konkan DataWorks has closed a ₹4,200 crore debt package to build a 150 MW AI campus"
            " at Panvel, outside Mumbai.",
            "en",
            "Konkan DataWorks",
        ),
        (
            "Espagne : la BEI et cinq banques prêtent 1,35 milliard d'euros à Alcántara Compute"
            " pour son campus de Cáceres",
            "Cinq banques ont accordé un financement de 1,35 milliard d'euros à Alcántara"
            " Compute, qui construit un campus près de Cáceres. Alcántara Compute prévoit un"
            " chiffre d'affaires de 190 millions d'euros en 2028.",
            "fr",
            "Alcántara Compute",
        ),
        (
            "Oman, il fondo sovrano OIA entra in Duqm Compute; Intesa Sanpaolo e UniCredit nel"
            " prestito garantito da SACE",
            "Il fondo sovrano del sultanato ha rilevato il 30 % di Duqm Compute, sviluppatore di"
            " data center. In parallelo Duqm Compute ha firmato un prestito sindacato.",
            "it",
            "Duqm Compute",
        ),
        (
            "Kairn devient une licorne avec une levée de 250 millions d'euros menée par General"
            " Catalyst",
            "Kairn rejoint le club des licornes françaises. L'opération valorise Kairn 2,1"
            " milliards d'euros.",
            "fr",
            "Kairn",
        ),
    ],
)
def test_a_headline_name_the_body_repeats(title: str, text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang, title)
    assert name not in _names(text, lang, "")  # the headline is what introduces it


def test_places_the_body_writes_as_places_are_refused() -> None:
    title = "Meta books $3.2bn of GPU capacity from Scranton neocloud Anthracite Compute"
    text = (
        "Meta has agreed to rent GPU capacity from Anthracite Compute, a neocloud based in"
        " Scranton, Pennsylvania. The systems sit in a converted steel plant outside Scranton."
    )
    assert title_protagonists(title, text, [], "en") == {"Anthracite Compute"}
    title = "Qualcomm rachète Brague Semiconductors, pépite de Sophia Antipolis"
    text = "Brague Semiconductors, une start-up de Sophia Antipolis (Alpes-Maritimes), conçoit"
    assert "Sophia Antipolis" not in title_protagonists(title, text, [], "fr")


def test_codes_german_and_title_case_headlines_are_not_read() -> None:
    text = "Samsung began shipping HBM4 in June. HBM4 stacks twelve dies. Modelle Modelle."
    assert title_protagonists("Samsung ships HBM4 to Nvidia", text, [], "en") == set()
    text = "Die Modelle laufen auf eigenen Servern. Die Modelle sind klein."
    assert title_protagonists("SAP kauft Modelle von Quellwerk", text, [], "de") == set()
    title = "Konkan DataWorks Closes Debt Package For Panvel Campus"
    assert title_protagonists(title, "Konkan DataWorks has closed a loan.", [], "en") == set()
