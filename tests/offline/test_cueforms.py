"""Generated deal-cue forms (veille/offline/cueforms.py): each type's inflections are read
as cues of that type in six languages; the words left out on purpose stay out."""

from __future__ import annotations

import pytest

from veille.offline.cueforms import FORMS
from veille.offline.dealtype import all_cues
from veille.offline.roundcues import loan_re, raise_re


def _types(text: str) -> list[tuple[str | None, str]]:
    return [(cue.type, text[cue.start : cue.end]) for cue in all_cues(text)]


@pytest.mark.parametrize(
    ("text", "kind", "surface"),
    [
        ("Acme merged with Beta last year.", "acquisition", "merged"),
        ("Acme took over Beta in March.", "acquisition", "took over"),
        ("Le groupe a fusionné avec son rival.", "acquisition", "fusionné"),
        ("Die Gruppe erwarb den Hersteller 2024.", "acquisition", "erwarb"),
        ("Die Gruppe übernahm den Hersteller.", "acquisition", "übernahm"),
        ("Die beiden Übernahmen kosteten viel.", "acquisition", "Übernahmen"),
        ("La empresa compró a su rival.", "acquisition", "compró"),
        ("A empresa comprou a rival.", "acquisition", "comprou"),
        ("Le fusioni del settore proseguono.", "acquisition", "fusioni"),
        ("La empresa fusionará sus dos filiales.", "acquisition", "fusionará"),
        ("The funds hold stakes in both.", "investment", "stakes"),
        ("Die Bank ist 2023 eingestiegen.", "investment", "eingestiegen"),
        ("Siemens steigt bei dem Start-up ein.", "investment", "steigt bei dem Start-up ein"),
        ("Las inversiones del grupo crecen.", "investment", "inversiones"),
        ("Two banks granted loans to the group.", "financing", "loans"),
        ("Les prêts bancaires du groupe.", "financing", "prêts"),
        ("Los préstamos sindicados del grupo.", "financing", "préstamos"),
        ("I finanziamenti della banca.", "financing", "finanziamenti"),
        ("Le groupe fournit les serveurs.", "supply", "fournit"),
        ("Bosch beliefert den Hersteller.", "supply", "beliefert"),
        ("L'azienda fornisce i chip.", "supply", "fornisce"),
        ("Los proveedores del grupo.", "supply", "proveedores"),
        ("The two firms joined forces in May.", "partnership", "joined forces"),
        ("Die Partnerschaften des Konzerns.", "partnership", "Partnerschaften"),
        ("Les deux groupes s’associent pour le projet.", "partnership", "s’associent"),
        ("La empresa colaborará con la universidad.", "partnership", "colaborará"),
        ("Le due aziende collaborano da anni.", "partnership", "collaborano"),
    ],
)
def test_generated_forms_are_cues_of_their_type(text, kind, surface):
    assert (kind, surface) in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le crédit d'impôt recherche a été prolongé.",
        "Die Aktie steigt um 3 Prozent.",
        "Intesa Sanpaolo ha chiuso il trimestre.",
        "The company delivered strong results.",
        "Allianz hat das Quartal abgeschlossen.",
        "Der Anteil der Software am Umsatz wächst.",
        "L'analista rileva un calo.",
    ],
)
def test_ambiguous_words_stay_out(text):
    assert _types(text) == []


def test_forms_are_lower_case_and_unique():
    for kind, forms in FORMS.items():
        assert len(set(forms)) == len(forms), kind
        assert all(form == form.lower() for form in forms), kind


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La start-up lèvera 20 millions d'euros.", "lèvera"),
        ("Das Start-up hat 20 Millionen Euro eingesammelt.", "eingesammelt"),
        ("La empresa recaudaron 20 millones.", "recaudaron"),
        ("A startup arrecadou 20 milhões de reais.", "arrecadou"),
        ("La società ha raccolti 20 milioni.", "raccolti"),
        ("Two funding rounds in a year.", "funding rounds"),
    ],
)
def test_raise_forms_open_a_round_and_a_self_cue(text, surface):
    assert ("investment", surface) in _types(text)
    assert any(m[0] == surface for m in raise_re().finditer(text))


def test_loan_plurals_open_a_loan():
    for text, surface in (("Two loans of $1 billion", "loans"), ("des prêts de", "prêts")):
        assert [m[0] for m in loan_re().finditer(text)] == [surface]
