"""What the words around an amount say about it, beyond its role cue (see `roles`).

Decisions:
- A conversion in brackets ("340 billion won ($245 million)", "₹1,500 crore ($180 million)")
  restates the amount before it: it is a money mention, never a deal value of its own.
- A price after "for" in a sentence that buys something ("acquire Corvane ... for $1.35
  billion") is the deal's value even when the acquisition verb is far from it.
- A component ("..., dont 650 millions payés à la signature", "of which", "davon") has the
  role of the amount it breaks down.
- Spending on a place or a thing ("invest $500 billion in the US", "spend 450 trillion won
  on domestic investment") is capital expenditure, not a deal between organisations.
"""

from __future__ import annotations

import re
from functools import cache

from veille.money import MoneySpan
from veille.offline import cues
from veille.offline import orgwords as ow
from veille.offline.terms import NUMBER_WORDS


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# "consacrer 500 milliards en quatre ans": a duration, not the thing money is spent on.
TIME_WORDS = frozenset(
    (
        *NUMBER_WORDS,
        *_words(
            "years year ans années an jahren jahre jahr años año anos ano anni anno months month "
            "mois "
            "meses mes mesi mese monaten monat quarter trimestre cinco quattro vier"
        ),
    )
)


# "investir 1 milliard dans ce tour", "invest $2 billion in the round": money put into a deal
# (a demonstrative or a deal noun after the preposition) is not spending on a purpose.
DEAL_REFERENCES = frozenset(
    _words(
        "ce cet cette ces this that these those round tour opération operation deal transaction "
        "levée raise financing financement capital ronda rodada runde"
    )
)


@cache
def _conversion_gap() -> re.Pattern[str]:
    return re.compile(r"\s*\(\s*(?:[^\W\d][\w'’.]*\s+){0,2}$")


def is_conversion(text: str, previous: MoneySpan | None, span: MoneySpan) -> bool:
    """`span` restates `previous` in another currency, in brackets right after it, or after
    a comma and "soit", "i.e.", "or about" ("9 milliards de yens, soit environ 52 millions
    d'euros,": the round is the yen; session 7, second wave)."""
    if previous is None or previous.currency == span.currency:
        return False
    gap = text[previous.end : span.start]
    after = text[span.end : span.end + 3].lstrip()[:1]
    if _restated_gap().fullmatch(gap):
        return after in ("", ",", ".", ";", ")")
    return bool(_conversion_gap().fullmatch(gap)) and after == ")"


@cache
def _restated_gap() -> re.Pattern[str]:
    return re.compile(
        r"\s*,\s*(?:soit|i\.\s?e\.|or|ou|oder|o sea|es decir|ou seja|cioè|ovvero|that is"
        r"|(?:l['’])?équivalent de|equivalent to|das sind|also)\s+(?:about|around|roughly|some"
        r"|nearly|almost|environ|près de|quelque|rund|etwa|knapp|unos|cerca de|alrededor de"
        r"|aproximadamente|circa|quasi)?\s*"
    )


@cache
def _price_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])(?:for|pour|für|por|pela|pelo|per|para|à|a)\s+(?:[\w'’]+\s+){0,2}$", re.I
    )


@cache
def _purchase_re() -> re.Pattern[str]:
    acquisition = next(frags for kind, _, frags in cues.DEAL_CUES if kind == "acquisition")
    verbs = (*acquisition, *cues.PURCHASE_VERBS)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(verbs)})(?![\w-])", re.I)


def is_purchase_sentence(text: str, sentence_start: int, sentence_end: int) -> bool:
    """The sentence has an acquisition or purchase verb."""
    return bool(_purchase_re().search(text, sentence_start, sentence_end))


def is_price(text: str, sentence_start: int, sentence_end: int, span: MoneySpan) -> bool:
    """ "for $1.35 billion" in a sentence with an acquisition or purchase verb."""
    before = text[max(sentence_start, span.start - 30) : span.start]
    return bool(_price_before().search(before)) and bool(
        _purchase_re().search(text, sentence_start, sentence_end)
    )


@cache
def _component_before() -> re.Pattern[str]:
    words = "|".join(cues.COMPONENT_CONNECTORS)
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w'’]+\s+){{0,2}}$", re.I)


def is_component(
    text: str, previous: MoneySpan | None, span: MoneySpan, strict: bool = False
) -> bool:
    """ "780 millions d'euros, dont 650 millions": a component of the amount before;
    `strict`: only after a word that can only break down ("including", "dont", "davon")."""
    if previous is None or span.start - previous.end > 80:
        return False
    pattern = _strict_component_before() if strict else _component_before()
    return bool(pattern.search(text, previous.end, span.start))


@cache
def _strict_component_before() -> re.Pattern[str]:
    words = "|".join(cues.COMPONENT_CONNECTORS[:10])  # "dont" ... "di cui"
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w'’]+\s+){{0,2}}$", re.I)


@cache
def _places() -> frozenset[str]:
    return frozenset(ow.REGIONS)


@cache
def _spending_after() -> re.Pattern[str]:
    return re.compile(
        r"(?:\s+(?:of|d['’]|de)\s*(?:new\s+|nouveaux\s+)?(?:investments?|investissements?|"
        r"spending|capex|inversiones|investimentos?|investimenti|Investitionen))?"
        r"\s+(?:(?P<on>on)\s+(?P<thing>[a-zà-ÿ][\w-]+|[A-Z]{2,3}\s+[a-z][\w-]+)"
        r"|(?:in|en|dans|au|aux|nel|nella|im|em|no|na|nos|nas)\s+"
        r"(?:the\s+|le\s+|la\s+|l['’]|el\s+|o\s+|a\s+|il\s+)?(?P<place>[\w-]+))"
    )


@cache
def _allocation() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "consacrer 15 millions d'euros à la recherche": a spending verb before, a thing after."""
    verbs = "|".join(cues.SPENDING_VERBS)
    before = re.compile(rf"(?<![\w])(?:{verbs})\s+(?:[\w'’]+\s+){{0,3}}$", re.I)
    after = re.compile(
        # "consacrer 400 milliards cette année à leurs investissements": a time phrase first
        r"(?:\s+(?:cette|cet|this|next|last|l['’]an|d['’]ici|by|en|in)\s+"
        r"(?:année|an|year|prochaine|\d{4})(?=\s+\w))?"
        r"\s+(?:(?:à la|au|aux|a la|al|alla|allo|agli|ao|à|para (?:la|el|o|a)|in (?:die|den)|"
        r"für (?:die|den|das)|on|to|in|dans|en|em|nel|nella|no|na)\s+|à l['’]|all['’])"
        r"(?:(?:the|le|la|les|l['’]|el|los|las|o|a|os|as|il|lo|der|die|das|den|un|une|an|"
        r"uno|una|um|uma|ein|eine|einen)\s+)?"
        r"(?P<thing>[\w-]+)"
    )
    return before, after


def before_verb_final(text: str, end: int) -> bool:
    """German puts the verb last: "2,5 Milliarden Euro in künstliche Intelligenz zu
    investieren"."""
    return bool(
        re.match(
            r"[\w\s-]{0,30}?\b(?:zu )?(?:investieren|ausgeben|stecken)\b", text[end : end + 45]
        )
    )


def is_spending(text: str, span: MoneySpan) -> bool:
    """ "$500 billion in the US", "450 trillion won on domestic investment", "consacrer
    15 millions d'euros à la recherche"."""
    before, after = _allocation()
    allocated = after.match(text, span.end)
    thing = allocated["thing"] if allocated else ""
    if (
        thing.islower()  # "xAI" is a name, not a thing
        and thing not in ow.ORG_NOUNS
        and thing not in TIME_WORDS
        and thing not in DEAL_REFERENCES
        and (
            before.search(text, max(0, span.start - 50), span.start)
            or (allocated is not None and before_verb_final(text, allocated.end()))
        )
    ):
        return True
    m = _spending_after().match(text, span.end)
    if m is None:
        return False
    if m["place"]:
        return m["place"] in _places() or m["place"].lower() in ow.COUNTRY_WORDS
    return m["thing"].lower() not in ow.ORG_NOUNS


@cache
def _comparison_before() -> re.Pattern[str]:
    words = "|".join(cues.COMPARISONS)
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w'’]+\s+){{0,1}}$", re.I)


def is_comparison(text: str, sentence_start: int, span: MoneySpan) -> bool:
    """ "up from $7.6 billion", "contre 39,7 millions": a figure compared with, not a deal."""
    return bool(_comparison_before().search(text, max(sentence_start, span.start - 30), span.start))


@cache
def _per_unit_after() -> re.Pattern[str]:
    units = "|".join(cues.PRICE_UNITS)
    return re.compile(
        rf"\s*(?:per|por|par|pro|al|à|a|l['’]|the|an?|each|le|la|por cada)\s+(?:{units})\b", re.I
    )


def is_unit_price(text: str, span: MoneySpan) -> bool:
    """ "45 euros por megawatt-hora", "₹150 per GPU-hour": a price, not a deal value."""
    return (span.value or 0) < 1e5 and bool(_per_unit_after().match(text, span.end))


@cache
def _shares_re() -> re.Pattern[str]:
    words = "|".join(cues.SHARE_WORDS)
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.I)


def is_share_price(text: str, sentence_start: int, sentence_end: int, span: MoneySpan) -> bool:
    """A small amount in a sentence about a listed share ("As ações do Itaú subiram 1,4 %,
    para R$ 37,85"): the share price."""
    return (span.value or 0) < 1e4 and bool(_shares_re().search(text, sentence_start, sentence_end))


@cache
def _each_unit_before() -> re.Pattern[str]:
    units = "|".join(
        (*cues.PRICE_UNITS, r"gigawatt[\w-]*", r"GW", r"MW", r"servers?", r"serveurs?")
    )
    return re.compile(
        rf"(?<![\w-])(?:each|every|chaque|cada|ogni|jede[rsnm]?|per|par)\s+(?:{units})(?![\w-])"
        r"[^.;:]{0,60}$",
        re.I,
    )


def is_cost_per_unit(text: str, sentence_start: int, span: MoneySpan) -> bool:
    """ "chaque gigawatt de capacité représente un investissement de 50 à 60 milliards",
    "each gigawatt costs about $50 billion": the cost of one unit, not a deal's value."""
    return bool(_each_unit_before().search(text, max(sentence_start, span.start - 90), span.start))
