"""Number words before a scale word (veille/money/numberwords.py): round trips over the
generated table (hypothesis), the fractions and half suffixes, and vague quantities that are
never amounts (the gold sets never annotate them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cueplan import plan
from veille.money import amounts_agree, parse_amounts
from veille.money.numberwords import NUMBER_WORDS
from veille.money.parser import _pattern

# (scale words, factor, currency words, currency) per language: the scale a number word
# stands before, and a currency written after it.
SCALED = {
    "en": (("million", "billion"), (1e6, 1e9), "dollars", "USD"),
    "fr": (("millions", "milliards"), (1e6, 1e9), "d'euros", "EUR"),
    "de": (("Millionen", "Milliarden"), (1e6, 1e9), "Euro", "EUR"),
    "es": (("millones", "mil millones"), (1e6, 1e9), "de dólares", "USD"),
    "pt": (("milhões", "bilhões"), (1e6, 1e9), "de reais", "BRL"),
    "it": (("milioni", "miliardi"), (1e6, 1e9), "di euro", "EUR"),
}
# The words of each language in the table, by the lemma lists they come from.
WORDS = {
    "en": ["two", "three", "ten", "twenty", "fifty", "two hundred", "twenty-five", "a hundred"],
    "fr": ["deux", "trois", "dix", "vingt", "cinquante", "deux cents", "cent", "quatre-vingts"],
    "de": ["zwei", "drei", "zehn", "zwanzig", "fünfzig", "zweihundert", "fünfundzwanzig"],
    "es": ["dos", "tres", "diez", "veinte", "cincuenta", "doscientos", "cien", "quinientos"],
    "pt": ["dois", "duas", "três", "dez", "vinte", "cinquenta", "duzentos", "cem"],
    "it": ["due", "tre", "dieci", "venti", "cinquanta", "duecento", "cento", "cinque"],
}


@settings(max_examples=200, deadline=None)
@given(
    lang=st.sampled_from(sorted(SCALED)),
    pick=st.integers(min_value=0, max_value=7),
    big=st.booleans(),
    hinted=st.booleans(),
)
def test_number_word_before_a_scale_parses_back(lang, pick, big, hinted):
    scales, factors, currency_words, currency = SCALED[lang]
    word = WORDS[lang][pick % len(WORDS[lang])]
    scale = scales[1] if big else scales[0]
    amount = f"{word} {scale} {currency_words}"
    text = f"Le groupe a annoncé {amount} hier."
    spans = parse_amounts(text, lang if hinted else None)
    assert len(spans) == 1, (text, spans)
    assert amounts_agree(spans[0].value, NUMBER_WORDS[word] * factors[big]), (text, spans)
    assert spans[0].currency == currency
    assert spans[0].surface == amount


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("half a billion dollars", 0.5e9, "USD"),
        ("a quarter of a billion dollars", 0.25e9, "USD"),
        ("one and a half billion dollars", 1.5e9, "USD"),
        ("a billion and a half dollars", 1.5e9, "USD"),
        ("un demi-milliard d'euros", 0.5e9, "EUR"),
        ("un milliard et demi d'euros", 1.5e9, "EUR"),
        ("2 millions et demi d'euros", 2.5e6, "EUR"),
        ("eine halbe Milliarde Euro", 0.5e9, "EUR"),
        ("mit einer Milliarde Euro", 1e9, "EUR"),
        ("zweieinhalb Milliarden Euro", 2.5e9, "EUR"),
        ("medio millón de euros", 0.5e6, "EUR"),
        ("mil millones de dólares", 1e9, "USD"),
        ("dos mil millones de dólares", 2e9, "USD"),
        ("mil quinientos millones de euros", 1.5e9, "EUR"),
        ("un millón y medio de euros", 1.5e6, "EUR"),
        ("mil milhões de euros", 1e9, "EUR"),
        ("meio bilhão de dólares", 0.5e9, "USD"),
        ("um bilhão e meio de reais", 1.5e9, "BRL"),
        ("mezzo miliardo di euro", 0.5e9, "EUR"),
        ("un miliardo e mezzo di euro", 1.5e9, "EUR"),
    ],
)
def test_fractions_and_halves(text, value, currency):
    spans = parse_amounts(text)
    assert len(spans) == 1, spans
    assert amounts_agree(spans[0].value, value), spans
    assert spans[0].currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "tens of millions of dollars",
        "hundreds of millions of dollars",
        "several hundred million dollars",
        "a few hundred million dollars",
        "des dizaines de millions d'euros",
        "plusieurs milliards d'euros",
        "quelques millions d'euros",
        "mehrere hundert Millionen Euro",
        "Dutzende Millionen Euro",
        "decenas de millones de euros",
        "centenas de milhões de reais",
        "centinaia di milioni di dollari",
        "diversi miliardi di dollari",
        "two billion users",
        "zwei Millionen Bauteile",
        "two euros",
    ],
)
def test_vague_quantities_and_counts_are_not_money(text):
    assert parse_amounts(text) == []


def test_the_amount_pattern_stays_cued():
    """The number words must not make the cue gate scan the whole text: a prefix currency
    before a number word ("$two billion") would multiply the gate's keys past its limit and
    slow `parse_amounts` by 75 % (session 14), so the prefix only goes before digits."""
    gate = plan(_pattern())
    assert not gate.whole and gate.cued
