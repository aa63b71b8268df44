"""Session 9, last wave: trades of the other languages as appositive heads (docs/offline-engine.md,
"Session 9, last wave"), written as new sentences with made-up names."""

from __future__ import annotations

import pytest

from veille.offline.orgs import find_orgs


def _surfaces(text: str, lang: str) -> set[str]:
    return {o.surface for o in find_orgs(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Tormes Data, un operador de centros de datos con sede en Salamanca, ha firmado.",
            "es",
            "Tormes Data",
        ),
        (
            "Vézère Cloud, un opérateur de centres de données basé à Brive, a commandé.",
            "fr",
            "Vézère Cloud",
        ),
        (
            "Lindholm Rechen, ein Betreiber von Rechenzentren aus Kiel, hat Server bestellt.",
            "de",
            "Lindholm Rechen",
        ),
        (
            "Ortano Wind, un produttore di energia eolica con sede a Bari, ha firmato un accordo.",
            "it",
            "Ortano Wind",
        ),
        (
            "Mondego Chips, uma fabricante de semicondutores de Coimbra, assinou um contrato.",
            "pt",
            "Mondego Chips",
        ),
    ],
)
def test_a_trade_in_apposition_names_an_unknown_company(text: str, lang: str, name: str) -> None:
    assert name in _surfaces(text, lang)


def test_a_person_with_a_trade_stays_no_company() -> None:
    text = "Marc Duval, un développeur de jeux basé à Lyon, a rejoint la start-up."
    assert "Marc Duval" not in _surfaces(text, "fr")
