"""Scaled numbers that inherit the currency of the amount before them (veille/money/inherited.py):
sentences of the readable fixture sets, the amounts they state after no connector, and the
counts, ranges and other numbers that must stay numbers."""

from __future__ import annotations

import pytest

from veille.money import elided, parse_amounts

POSITIVES = [
    # train_t8d: a second figure of the same results sentence
    (
        "Nei nove mesi TIM ha registrato ricavi per 10,6 miliardi di euro, con un ebitda "
        "after lease di 3,2 miliardi.",
        "it",
        "3,2 miliardi",
        3.2e9,
    ),
    # train_t8g: a target after a result, Spanish
    (
        "Cerro Azul facturó 1.240 millones de pesos en 2025 y prevé superar los 1.600 "
        "millones este año. Tiene 850 empleados.",
        "es",
        "1.600 millones",
        1.6e9,
    ),
    # train_t8g: a component after "e fino a", no connector of the old rule
    (
        "Il prezzo è di 320 milioni di euro, di cui 280 milioni pagati al closing e fino a 40 "
        "milioni legati ai risultati del biennio 2027-2028.",
        "it",
        "40 milioni",
        4e7,
    ),
    # train_t8e: the next sentence of the paragraph
    (
        "In parallelo Duqm Compute ha firmato un prestito sindacato da 950 milioni di dollari "
        "con Bank Muscat, Standard Chartered, Intesa Sanpaolo e UniCredit. Una quota di 300 "
        "milioni è coperta da una garanzia di SACE.",
        "it",
        "300 milioni",
        3e8,
    ),
    # heldout_s21: "de" + a time ("de este ejercicio") is no counted thing
    (
        "La compañía, que emplea a 70 personas, espera facturar entre 40 y 45 millones de euros "
        "el próximo año, frente a los 9,6 millones de este ejercicio.",
        "es",
        "9,6 millones",
        9.6e6,
    ),
]


@pytest.mark.parametrize(("text", "lang", "surface", "value"), POSITIVES)
def test_a_scaled_number_takes_the_currency_of_the_amount_before_it(
    text: str, lang: str, surface: str, value: float
) -> None:
    spans = parse_amounts(text, lang)
    hit = [s for s in spans if s.surface == surface]
    assert len(hit) == 1, spans
    assert hit[0].value == pytest.approx(value)
    assert hit[0].currency == spans[0].currency
    assert hit[0].alternatives == spans[0].alternatives  # "pesos" keeps its candidates


REFUSALS = [
    # train_t5a: a count of users, an English noun right after the scale
    (
        "That compares with the $1 billion valuation Character.AI achieved in March 2023, when "
        "it raised $150 million in a round led by Andreessen Horowitz. The company, which lets "
        "users chat with customised personas, says it has about 20 million monthly users.",
        "en",
        "20 million",
    ),
    # heldout_s12: images and clips
    (
        "Halden will pay a fixed fee of about $12 million a year, with the balance tied to how "
        "much of the material ends up in its training sets. The agreement covers some 480 "
        "million images and 50 million clips.",
        "en",
        "480 million",
    ),
    # heldout_s19: a German count, the noun capitalised right after the scale
    (
        "Im vergangenen Jahr hatte das Unternehmen 45 Millionen Euro eingesammelt. Nach eigenen "
        "Angaben prüft seine Software bereits mehr als 2 Millionen Bauteile pro Tag.",
        "de",
        "2 Millionen",
    ),
    # train_t8d: the end of a range is no amount by itself
    (
        "Alphabet ha alzato la previsione di investimenti per il 2026 a una forchetta compresa "
        "tra 95 e 100 miliardi di dollari, contro i 91-93 miliardi indicati in precedenza.",
        "it",
        "93 miliardi",
    ),
    # train_t5b: a count of customers through "de", after an amount in the sentence before
    (
        "L'opérateur britannique a annoncé mardi un partenariat de dix ans avec Microsoft, dans "
        "le cadre duquel il investira 1,5 milliard de dollars dans des services de cloud. Les "
        "quelque 300 millions de clients de Vodafone en Europe et en Afrique doivent en "
        "bénéficier.",
        "fr",
        "300 millions",
    ),
]


@pytest.mark.parametrize(("text", "lang", "number"), REFUSALS)
def test_counts_and_range_ends_stay_numbers(text: str, lang: str, number: str) -> None:
    spans = parse_amounts(text, lang)
    start = text.index(number)
    assert not [s for s in spans if s.start <= start < s.end], spans


def test_no_amount_before_means_no_inheritance() -> None:
    text = "La società ha 300 milioni di utenti e punta a superare i 400 milioni nel 2027."
    assert parse_amounts(text, "it") == []


def test_the_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = POSITIVES[0][0]
    monkeypatch.setattr(elided, "INHERIT", False)
    assert [s.surface for s in parse_amounts(text, "it")] == ["10,6 miliardi di euro"]
