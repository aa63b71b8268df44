"""Numbers written as words before a scale word: "two billion dollars", "zwei Milliarden
Euro", "deux milliards d'euros", "dos mil millones", "dois bilhões", "due miliardi", "half a
billion", "eine halbe Milliarde", "un milliard et demi".

Decisions (session 14):
- Only before a scale word (million, Milliarde, milliard, millones, bilhões, miliardi...): the
  parser requires one after the word, so "two euros" or "one dollar" are never read, and a
  number word alone never makes an amount; the currency is still required as for digits.
- The table is generated from per-language lemma lists (units, tens, hundreds, fractions),
  not written phrase by phrase; compound forms are generated too ("two hundred",
  "deux cents", "zweihundert", "doscientos", "duzentos", "duecento", "twenty-five").
- Vague quantities are never amounts: "tens of millions", "hundreds of millions", "several
  billion", "dizaines de millions", "plusieurs milliards", "quelques millions", "mehrere
  Milliarden", "decenas de millones", "centinaia di milioni", "diversi miliardi". The gold
  sets never annotate them (20 occurrences in the readable sets, none in gold: see
  docs/offline-engine.md, session 14). For that reason bare "hundred" and "hundert" are left
  out ("several hundred million dollars" would read as 100 million); "a hundred", "one
  hundred", "einhundert", "cent", "cien", "cem", "cento" are in, since their vague forms
  ("centaines", "cientos", "centenas", "centinaia") are other words.
- Spanish and Portuguese "mil" is 1,000 before "millones" / "milhões": "mil millones" reads
  as 1,000 x 10^6 and "dos mil millones" as 2 x 10^9 (the scale "mil millones" wins there).
- "X and a half" / "X et demi" / "X y medio" / "X e mezzo" / "X e meio" after the scale add
  half a unit (`HALF_SUFFIXES`, the parser's `half` group).
"""

from __future__ import annotations

_UNITS: dict[str, tuple[str, ...]] = {
    # one .. nine (every gender and case form), per language
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("un une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": (
        "ein eine einer einen einem eines",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
    ),
    "es": ("un uno una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "pt": ("um uma", "dois duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
    "it": ("un uno una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
}

# ten .. ninety
_TENS: dict[str, tuple[str, ...]] = {
    "en": ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    "fr": (
        "dix",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingts quatre-vingt",
        "quatre-vingt-dix",
    ),
    "de": (
        "zehn",
        "zwanzig",
        "dreißig dreissig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ),
    "es": (
        "diez",
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ),
    "pt": (
        "dez",
        "vinte",
        "trinta",
        "quarenta",
        "cinquenta cinqüenta",
        "sessenta",
        "setenta",
        "oitenta",
        "noventa",
    ),
    "it": (
        "dieci",
        "venti",
        "trenta",
        "quaranta",
        "cinquanta",
        "sessanta",
        "settanta",
        "ottanta",
        "novanta",
    ),
}

# one hundred .. nine hundred (written whole where the language glues or inflects them)
_HUNDREDS: dict[str, tuple[str, ...]] = {
    "es": (
        "cien ciento",
        "doscientos doscientas",
        "trescientos trescientas",
        "cuatrocientos cuatrocientas",
        "quinientos quinientas",
        "seiscientos seiscientas",
        "setecientos setecientas",
        "ochocientos ochocientas",
        "novecientos novecientas",
    ),
    "pt": (
        "cem",
        "duzentos duzentas",
        "trezentos trezentas",
        "quatrocentos quatrocentas",
        "quinhentos quinhentas",
        "seiscentos seiscentas",
        "setecentos setecentas",
        "oitocentos oitocentas",
        "novecentos novecentas",
    ),
}

# Fractions standing before the scale ("half a billion", "eine halbe Milliarde").
_FRACTIONS: dict[str, float] = {
    "half a": 0.5,
    "a half": 0.5,
    "half-a": 0.5,
    "a quarter of a": 0.25,
    "a quarter": 0.25,
    "three quarters of a": 0.75,
    "a third of a": 1 / 3,
    "two thirds of a": 2 / 3,
    "a fifth of a": 0.2,
    "a tenth of a": 0.1,
    "un demi": 0.5,
    "un quart de": 0.25,
    "eine halbe": 0.5,
    "einer halben": 0.5,
    "einen halben": 0.5,
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "medio": 0.5,
    "media": 0.5,
    "meio": 0.5,
    "meia": 0.5,
    "mezzo": 0.5,
    "un mezzo": 0.5,
    "mezza": 0.5,
}

# After the scale: "un milliard et demi d'euros", "a billion and a half dollars".
HALF_SUFFIXES = ("and a half", "et demi", "et demie", "y medio", "y media", "e meio", "e mezzo")


def _forms(cell: str) -> tuple[str, ...]:
    return tuple(cell.split())


def _hundreds(lang: str) -> dict[str, float]:
    """100 .. 900 in each language: "two hundred", "deux cents", "zweihundert", "duecento"."""
    out: dict[str, float] = {}
    if lang in _HUNDREDS:
        for i, cell in enumerate(_HUNDREDS[lang], 1):
            out |= dict.fromkeys(_forms(cell), 100.0 * i)
        return out
    units = [_forms(cell) for cell in _UNITS[lang]]
    for i, forms in enumerate(units, 1):
        head = forms[0] if lang != "de" else "ein" if i == 1 else forms[0]
        if lang == "en":
            out[f"{head} hundred"] = 100.0 * i
            if i == 1:
                out["a hundred"] = 100.0
        elif lang == "fr":
            out["cent" if i == 1 else f"{head} cents"] = 100.0 * i
            if i > 1:
                out[f"{head} cent"] = 100.0 * i  # "deux cent millions" (cent before a noun)
        elif lang == "de":
            out[f"{head}hundert"] = 100.0 * i
        elif lang == "it":
            out["cento" if i == 1 else f"{head}cento"] = 100.0 * i
    return out


def _compounds(lang: str) -> dict[str, float]:
    """21 .. 99 where a language writes them as one hyphenated or glued word."""
    out: dict[str, float] = {}
    units = [_forms(cell)[0] for cell in _UNITS[lang]]
    for t, cell in enumerate(_TENS[lang][1:], 2):
        ten = _forms(cell)[0]
        for u, unit in enumerate(units, 1):
            if lang == "en":
                out[f"{ten}-{unit}"] = 10.0 * t + u
            elif lang == "de":
                out[f"{'ein' if u == 1 else unit}und{ten}"] = 10.0 * t + u
    return out


def _table() -> dict[str, float]:
    words: dict[str, float] = {"a": 1.0, "an": 1.0}
    for lang, units in _UNITS.items():
        for i, cell in enumerate(units, 1):
            words |= dict.fromkeys(_forms(cell), float(i))
        for i, cell in enumerate(_TENS[lang], 1):
            words |= dict.fromkeys(_forms(cell), 10.0 * i)
        words |= _hundreds(lang) | _compounds(lang)
    for unit in (w for cell in _UNITS["en"] for w in _forms(cell)):
        words[f"{unit} and a half"] = words[unit] + 0.5
    for unit, value in (("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5)):
        words[f"{unit}einhalb"] = value + 0.5
    words |= {"mil": 1000.0}  # before "millones" / "milhões" only (the parser's lookahead)
    for lang in ("es", "pt"):  # "mil quinientos millones": 1,500 millions
        words |= {f"mil {w}": 1000.0 + v for w, v in _hundreds(lang).items()}
    return words | _FRACTIONS


NUMBER_WORDS: dict[str, float] = _table()


def word_value(word: str | None, half: str | None) -> float | None:
    """The number a matched number word stands for, plus a half suffix ("et demi")."""
    if word is None:
        return None
    key = " ".join(word.lower().split())
    value = NUMBER_WORDS.get(key)
    if value is None:  # a hyphen where the table has a space ("un demi-milliard")
        value = NUMBER_WORDS.get(key.replace("-", " "), 1.0)
    return value + (0.5 if half else 0.0)
