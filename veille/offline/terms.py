"""Deal terms read from the evidence: duration ("over five years" -> 60) and status."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.cuefamily import CueFamily

# the duration and status cues, read over each evidence with one scan (veille/cuefamily.py):
# the rules and the re-ranker ask `duration_months` and `deal_status` of the same text
TERMS = CueFamily()

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "ein": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "zwölf": 12,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
    "um": 1,
    "dois": 2,
    "três": 3,
    "quatro": 4,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "due": 2,
    "tre": 3,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "dieci": 10,
    "dodici": 12,
}
YEAR_WORDS = r"years?|ans|années|jahre[n]?|jährige[nrs]?|años|anos|anni|year"
MONTH_WORDS = r"months?|mois|monate[n]?|meses|mesi"
STATUS_CUES = (
    (
        "cancelled",
        r"called off|scrapped|abandon\w*|terminated|annulé\w*|renoncé|cancel\w*|"
        r"abgesagt|gescheitert|cancelad\w*|annullat\w*",
    ),
    (
        "completed",
        r"completed|closed the|finali[sz]ed|finalisé\w*|bouclé\w*|abgeschlossen|"
        r"completó|concluiu|completato|a finalisé",
    ),
    (
        "pending",
        r"letter of intent|subject to|sous réserve|expected to close|pending|"
        r"regulatory (?:review|approval)|lettre d['’]intention|vorbehaltlich|"
        r"sujeto a|sujeito a|soggetto a|definitive terms",
    ),
    (
        "rumoured",
        r"reportedly|according to (?:people|sources|a person)|aurait|serait|"
        r"would|in talks|en discussions?|selon (?:des|plusieurs) sources|rapporté|"
        r"soll(?:en)?|según fuentes|segundo fontes|secondo fonti|is said to|"
        r"debrait|devrait|considering|weighing|envisage\w*|débloquerait|"
        r"permettrait|mobiliserait",
    ),
)


@cache
def _duration_re() -> re.Pattern[str]:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    num = rf"(?P<n>\d+|{words})"
    unit = rf"(?P<u>{YEAR_WORDS}|{MONTH_WORDS})"
    return re.compile(rf"(?<![\w]){num}[\s-]{unit}(?![\w])", re.I)


ADJECTIVES = {
    "biennal": 24,
    "biennale": 24,
    "biennial": 24,
    "triennal": 36,
    "triennale": 36,
    "triennial": 36,
    "quinquennal": 60,
    "quinquennale": 60,
    "zweijährig": 24,
    "dreijährig": 36,
    "fünfjährig": 60,
    "trienal": 36,
    "bienal": 24,
    "quinquenal": 60,
}


@cache
def _adjective_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({'|'.join(ADJECTIVES)})\w*", re.I)


@lru_cache(maxsize=16)
def duration_months(text: str) -> int | None:
    """Months of the first duration in `text` ("five-year", "sur cinq ans", "18 months",
    "triennale"). Cached: the rules and the re-ranker both read each deal's evidence."""
    adjectives = TERMS.finditer(_adjective_re(), text)  # the first is `search`'s match
    adjective = adjectives[0] if adjectives else None
    for m in TERMS.finditer(_duration_re(), text):
        if adjective and adjective.start() < m.start():
            break
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if raw.isdigit() and n > 100:
            continue  # a year such as "2031 years"? never a duration
        months = n if re.match(MONTH_WORDS, m["u"], re.I) else n * 12
        return months if months > 0 else None
    return ADJECTIVES[adjective[1].lower()] if adjective else None


@cache
def _status_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((s, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I)) for s, p in STATUS_CUES)


@cache
def _any_status_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(p for _, p in STATUS_CUES)})(?!\w)", re.I)


@lru_cache(maxsize=16)  # the rules and the re-ranker both read each deal's evidence
def deal_status(text: str) -> str:
    """The first status (in STATUS_CUES order) with a cue in `text`. Most texts have none:
    one scan for any cue (it matches wherever one status's pattern does) answers them."""
    if not TERMS.finditer(_any_status_re(), text):
        return "announced"
    for status, regex in _status_res():
        if regex.search(text):
            return status
    return "announced"


@TERMS.member
def _terms() -> tuple[re.Pattern[str], ...]:
    return (_adjective_re(), _duration_re(), _any_status_re())
