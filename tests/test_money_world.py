"""The world's currencies (veille/money/world.py): every name, symbol and code parses, each
currency written in each locale's conventions parses back (hypothesis), shared names take the
article's country, bare dollars the article's first-named dollar, and words stay words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_money import one, render
from veille.money import amounts_agree, parse_amounts
from veille.money import world as w

# How each currency is written in each locale: (factor, template); {n} is the number.
WORLD_FORMS: dict[str, dict[str, tuple[float, str]]] = {
    "IDR": {
        "en": (1e12, "Rp {n} trillion"),
        "fr": (1e9, "{n} milliards de roupies indonésiennes"),
        "de": (1e9, "{n} Milliarden Rupiah"),
        "es": (1e12, "{n} billones de rupias indonesias"),
        "pt": (1e9, "{n} bilhões de rupias indonésias"),
        "it": (1e9, "{n} miliardi di rupie indonesiane"),
    },
    "VND": {
        "en": (1e12, "{n} trillion dong"),
        "fr": (1e9, "{n} milliards de dongs"),
        "de": (1e9, "{n} Milliarden Dong"),
        "es": (1e12, "{n} billones de dongs"),
        "pt": (1e9, "{n} bilhões de dongs"),
        "it": (1e9, "{n} miliardi di dong"),
    },
    "THB": {
        "en": (1e9, "{n} billion baht"),
        "fr": (1e9, "{n} milliards de bahts"),
        "de": (1e9, "{n} Milliarden Baht"),
        "es": (1e6, "{n} millones de bahts"),
        "pt": (1e6, "{n} milhões de bahts"),
        "it": (1e6, "{n} milioni di baht"),
    },
    "ZAR": {
        "en": (1e9, "{n} billion rand"),
        "fr": (1e9, "{n} milliards de rands"),
        "de": (1e9, "{n} Milliarden Rand"),
        "es": (1e6, "{n} millones de rands"),
        "pt": (1e6, "{n} milhões de rands"),
        "it": (1e6, "{n} milioni di rand"),
    },
    "NGN": {
        "en": (1e9, "₦{n} billion"),
        "fr": (1e9, "{n} milliards de nairas"),
        "de": (1e9, "{n} Milliarden Naira"),
        "es": (1e6, "{n} millones de nairas"),
        "pt": (1e6, "{n} milhões de nairas"),
        "it": (1e6, "{n} milioni di naira"),
    },
    "TRY": {
        "en": (1e9, "{n} billion Turkish lira"),
        "fr": (1e9, "{n} milliards de livres turques"),
        "de": (1e9, "{n} Milliarden türkische Lira"),
        "es": (1e6, "{n} millones de liras turcas"),
        "pt": (1e6, "{n} milhões de liras turcas"),
        "it": (1e6, "{n} milioni di lire turche"),
    },
    "ILS": {
        "en": (1e6, "NIS {n} million"),
        "fr": (1e6, "{n} millions de shekels"),
        "de": (1e6, "{n} Millionen Schekel"),
        "es": (1e6, "{n} millones de séqueles"),
        "pt": (1e6, "{n} milhões de shekels"),
        "it": (1e6, "{n} milioni di shekel"),
    },
    "PLN": {
        "en": (1e9, "{n} billion zlotys"),
        "fr": (1e9, "{n} milliards de zlotys"),
        "de": (1e9, "{n} Mrd. Zloty"),
        "es": (1e6, "{n} millones de zlotys"),
        "pt": (1e6, "{n} milhões de zlótis"),
        "it": (1e6, "{n} milioni di zloty"),
    },
    "HUF": {
        "en": (1e9, "{n} billion forints"),
        "fr": (1e9, "{n} milliards de forints"),
        "de": (1e9, "{n} Milliarden Forint"),
        "es": (1e6, "{n} millones de forintos"),
        "pt": (1e6, "{n} milhões de forints"),
        "it": (1e9, "{n} miliardi di fiorini ungheresi"),
    },
    "CZK": {
        "en": (1e9, "{n} billion Czech crowns"),
        "fr": (1e9, "{n} milliards de couronnes tchèques"),
        "de": (1e9, "{n} Milliarden tschechische Kronen"),
        "es": (1e6, "{n} millones de coronas checas"),
        "pt": (1e6, "{n} milhões de coroas checas"),
        "it": (1e6, "{n} milioni di corone ceche"),
    },
    "ISK": {
        "en": (1e9, "{n} billion Icelandic kronur"),
        "fr": (1e9, "{n} milliards de couronnes islandaises"),
        "de": (1e9, "{n} Milliarden isländische Kronen"),
        "es": (1e6, "{n} millones de coronas islandesas"),
        "pt": (1e6, "{n} milhões de coroas islandesas"),
        "it": (1e6, "{n} milioni di corone islandesi"),
    },
    "KES": {
        "en": (1e9, "KSh {n} billion"),
        "fr": (1e9, "{n} milliards de shillings kényans"),
        "de": (1e9, "{n} Milliarden Kenia-Schilling"),
        "es": (1e6, "{n} millones de chelines kenianos"),
        "pt": (1e6, "{n} milhões de xelins quenianos"),
        "it": (1e6, "{n} milioni di scellini keniani"),
    },
    "PEN": {
        "en": (1e9, "{n} billion Peruvian soles"),
        "fr": (1e6, "{n} millions de soles péruviens"),
        "de": (1e6, "{n} Millionen peruanische Soles"),
        "es": (1e6, "{n} millones de soles"),
        "pt": (1e6, "{n} milhões de soles peruanos"),
        "it": (1e6, "{n} milioni di soles peruviani"),
    },
    "SAR": {
        "en": (1e9, "{n} billion Saudi riyals"),
        "fr": (1e9, "{n} milliards de riyals saoudiens"),
        "de": (1e9, "{n} Milliarden saudische Rial"),
        "es": (1e6, "{n} millones de riales saudíes"),
        "pt": (1e6, "{n} milhões de riais sauditas"),
        "it": (1e6, "{n} milioni di riyal sauditi"),
    },
    "QAR": {
        "en": (1e9, "{n} billion Qatari riyals"),
        "fr": (1e9, "{n} milliards de riyals qataris"),
        "de": (1e9, "{n} Milliarden katarische Rial"),
        "es": (1e6, "{n} millones de riales cataríes"),
        "pt": (1e6, "{n} milhões de riais catarianos"),
        "it": (1e6, "{n} milioni di riyal qatarioti"),
    },
    "TWD": {
        "en": (1e9, "NT${n} billion"),
        "fr": (1e9, "{n} milliards de dollars taïwanais"),
        "de": (1e9, "{n} Milliarden Taiwan-Dollar"),
        "es": (1e6, "{n} millones de dólares taiwaneses"),
        "pt": (1e6, "{n} milhões de dólares de Taiwan"),
        "it": (1e6, "{n} milioni di dollari taiwanesi"),
    },
    "SGD": {
        "en": (1e9, "{n} billion Singapore dollars"),
        "fr": (1e9, "{n} milliards de dollars de Singapour"),
        "de": (1e9, "{n} Milliarden Singapur-Dollar"),
        "es": (1e6, "{n} millones de dólares de Singapur"),
        "pt": (1e6, "{n} milhões de dólares de Singapura"),
        "it": (1e6, "{n} milioni di dollari di Singapore"),
    },
    "NZD": {
        "en": (1e9, "NZ${n} billion"),
        "fr": (1e9, "{n} milliards de dollars néo-zélandais"),
        "de": (1e9, "{n} Milliarden neuseeländische Dollar"),
        "es": (1e6, "{n} millones de dólares neozelandeses"),
        "pt": (1e6, "{n} milhões de dólares neozelandeses"),
        "it": (1e6, "{n} milioni di dollari neozelandesi"),
    },
    "AUD": {
        "en": (1e9, "{n} billion Australian dollars"),
        "fr": (1e9, "{n} milliards de dollars australiens"),
        "de": (1e9, "{n} Milliarden australische Dollar"),
        "es": (1e6, "{n} millones de dólares australianos"),
        "pt": (1e6, "{n} milhões de dólares australianos"),
        "it": (1e6, "{n} milioni di dollari australiani"),
    },
    "CAD": {
        "en": (1e9, "C${n} billion"),
        "fr": (1e9, "{n} milliards de dollars canadiens"),
        "de": (1e9, "{n} Milliarden kanadische Dollar"),
        "es": (1e6, "{n} millones de dólares canadienses"),
        "pt": (1e6, "{n} milhões de dólares canadenses"),
        "it": (1e6, "{n} milioni di dollari canadesi"),
    },
}
for _country, _es, _fr, _de, _it, _en in (
    ("MXN", "mexicanos", "mexicains", "mexikanische", "messicani", "Mexican"),
    ("CLP", "chilenos", "chiliens", "chilenische", "cileni", "Chilean"),
    ("COP", "colombianos", "colombiens", "kolumbianische", "colombiani", "Colombian"),
    ("ARS", "argentinos", "argentins", "argentinische", "argentini", "Argentine"),
):
    WORLD_FORMS[_country] = {
        "en": (1e9, f"{{n}} billion {_en} pesos"),
        "fr": (1e9, f"{{n}} milliards de pesos {_fr}"),
        "de": (1e9, f"{{n}} Milliarden {_de} Pesos"),
        "es": (1e6, f"{{n}} millones de pesos {_es}"),
        "pt": (1e6, f"{{n}} milhões de pesos {_es}"),
        "it": (1e6, f"{{n}} milioni di pesos {_it}"),
    }
LOCALES = ("en", "fr", "de", "es", "pt", "it")


@settings(max_examples=400, deadline=None)
@given(
    code=st.sampled_from(sorted(WORLD_FORMS)),
    lang=st.sampled_from(LOCALES),
    cents=st.integers(min_value=100, max_value=99_999_999),
    decimals=st.sampled_from([0, 1, 2]),
    hinted=st.booleans(),
)
def test_world_currency_in_any_locale_parses_back(code, lang, cents, decimals, hinted):
    factor, template = WORLD_FORMS[code][lang]
    text = "Le groupe a annoncé " + template.format(n=render(cents, decimals, lang)) + " hier."
    spans = parse_amounts(text, lang if hinted else None)
    assert len(spans) == 1, (text, spans)
    whole, frac = divmod(cents, 100)
    value = whole + (frac / 100 if decimals == 2 else (frac // 10) / 10 if decimals else 0)
    assert amounts_agree(spans[0].value, value * factor), (text, spans[0])
    assert spans[0].currency == code, (text, spans[0])


@pytest.mark.parametrize("name", sorted({*w.SUFFIXES, *w.AMBIGUOUS}))
def test_every_world_name_is_a_currency_after_a_scale(name):
    span = one(f"The company reported 12.5 billion {name} in sales.")
    code = w.SUFFIXES.get(name) or w.AMBIGUOUS[name][0]
    assert (span.value, span.currency) == (12.5e9, code)


@pytest.mark.parametrize("symbol", sorted(w.PREFIXES))
def test_every_world_symbol_or_code_opens_an_amount(symbol):
    span = one(f"The company reported {symbol}12.5 billion in sales.")
    assert (span.value, span.currency) == (12.5e9, w.PREFIXES[symbol])


def test_every_world_currency_has_forms_in_six_locales():
    assert all(set(forms) == set(LOCALES) for forms in WORLD_FORMS.values())
    assert len(WORLD_FORMS) >= 20


# A shared name, each country it can mean, and a sentence naming that country.
SHARED = {
    "pesos": {
        "MXN": "La filial mexicana invierte en Querétaro.",
        "CLP": "El operador chileno construye en Quilicura.",
        "COP": "La gestora bogotana compra en Medellín.",
        "ARS": "La empresa argentina abre en Buenos Aires.",
    },
    "riyals": {"SAR": "Riyadh moves fast.", "QAR": "Doha moves fast."},
    "shillings": {"KES": "Nairobi moves fast.", "UGX": "Kampala moves fast."},
}


@settings(max_examples=120, deadline=None)
@given(
    name=st.sampled_from(sorted(SHARED)),
    pick=st.integers(min_value=0, max_value=3),
    millions=st.integers(min_value=1, max_value=999),
    cue_first=st.booleans(),
)
def test_shared_world_name_takes_the_articles_country(name, pick, millions, cue_first):
    countries = SHARED[name]
    code = sorted(countries)[pick % len(countries)]
    amount = f"El proyecto cuesta {millions} millones de {name}."
    if name != "pesos":
        amount = f"The project costs {millions} million {name}."
    text = f"{countries[code]} {amount}" if cue_first else f"{amount} {countries[code]}"
    span = one(text)
    assert span.currency == code, (text, span)
    assert amounts_agree(span.value, millions * 1e6)
    assert set(countries) <= set(span.alternatives)


def test_pesos_follow_the_pesos_named_before():
    text = "Pagará 1.850 millones de pesos mexicanos y valora la firma en 6.200 millones de pesos."
    assert [s.currency for s in parse_amounts(text, "es")] == ["MXN", "MXN"]
    text = "La filial invertirá 3.800 millones de pesos, unos 210 millones de dólares."
    assert [s.currency for s in parse_amounts(text, "es")] == ["MXN", "USD"]


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        (
            "Novacap s'offre Laurentide pour 2,3 milliards de dollars canadiens. Le crédit de"
            " 900 millions de dollars, 31,50 $ par action.",
            ["CAD", "CAD", "CAD"],
        ),
        (
            "Cohere lève 500 millions de dollars. Ottawa lui verse 240 millions de dollars"
            " canadiens.",
            ["USD", "CAD"],
        ),
        ("vyre lands C$2.4bn contract. It had revenue of $46 million.", ["CAD", "USD"]),
        ("It bought Altium for 9.1 billion Australian dollars, then $2 billion more.", ["AUD"] * 2),
        ("Foxconn a gagné 2 % à 214 dollars taïwanais.", ["TWD"]),
    ],
)
def test_bare_dollars_take_the_articles_first_named_dollar(text, currencies):
    assert [s.currency for s in parse_amounts(text)] == currencies


def test_a_bare_dollar_alone_keeps_every_dollar_for_grounding():
    span = one("un crédit de 900 millions de dollars")
    assert span.currency == "USD" and span.alternatives == w.DOLLARS


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("in a deal that values its equity at Rp 38 trillion", 38e12, "IDR"),
        ("will pay Rp 4,150 per share in cash", 4150, "IDR"),
        ("Umsatz von 5.200 Milliarden Dong", 5.2e12, "VND"),
        ("a 9 million shekel grant", 9e6, "ILS"),
        ("por 1,2 billones de pesos chilenos", 1.2e12, "CLP"),
        ("las acciones subieron hasta 168,40 pesos", 168.4, "MXN"),
        ("£3.1bn take-private; it will pay 410p in cash for each share", 4.1, "GBP"),
        ("revenue of KSh 388.7 billion", 388.7e9, "KES"),
        ("a 1,000 won coin", 1000, "KRW"),
        ("TRY 5 billion of bonds", 5e9, "TRY"),
        ("Johannesburg-based Teraco raised R2.5bn from Absa", 2.5e9, "ZAR"),
        ("The South African operator borrowed R1,200 million", 1.2e9, "ZAR"),
        ("invertirá $3.200 millones de pesos en Querétaro", 3.2e9, "MXN"),
    ],
)
def test_world_amounts_in_context(text, value, currency):
    spans = [s for s in parse_amounts(text) if s.currency == currency]
    assert spans and amounts_agree(spans[-1].value, value), parse_amounts(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 won the award for best chip",
        "a 2024 Rand study of the market",
        "Dong Energy was renamed in 2017 Dong",
        "it will try 5 million times",
        "runs on PHP 8.3 and SAP S/4HANA 2023",
        "en 2024 ils ont levé des fonds",
        "Nel 2025 lei ha guidato la società",
        "the 1994 peso crisis",
        "£5bn deal; streams in 1080p and 720p",
        "will pay 410p in cash for each share",
        "DeepSeek R1 cost R2 million to train",
        "South Africa tested DeepSeek R1 and R2",
    ],
)
def test_words_are_not_world_currencies(text):
    assert [s.surface for s in parse_amounts(text)] == (["£5bn"] if "£" in text else [])
