"""Amounts whose currency is elided because the sentence just stated it.

"780 millions d'euros, dont 650 millions payés à la signature": the second number carries a
scale word but no currency; news style leaves the currency to the amount before it. The parser
gives such a number that currency only when
- it has a scale WORD (million, Milliarden, miliardi...), never a bare number or a letter;
- a connector of components, comparisons or lists directly precedes it ("dont", "of which",
  "contre", "davon", "frente a", "and");
- an amount with a currency precedes it in the same sentence (no sentence end between);
- no noun follows it through "de/of/di" ("160 millions d'actions" is a count of shares).
Decision: fail closed. A number that does not meet all four stays a number, not money.
"""

from __future__ import annotations

import re
from functools import cache

from veille.cuefamily import CueFamily
from veille.money import lexicon as lx
from veille.money.inherited import NUM, inherited_amounts, scale_words, scaled_value
from veille.trie import trie_regex

_SENTENCE_END = re.compile(r"[.!?;]\s+[A-ZÀ-Ý«\"“]|\n")
INHERIT = True  # session 13: also scaled numbers after no connector (money.inherited)
ELIDED = CueFamily()  # the bare and the paid amounts: one scan of their cues per text


@cache
def _bare_re() -> re.Pattern[str]:
    scales = scale_words()
    connectors = trie_regex({c.lower() for c in lx.ELIDED_CONNECTORS}, flexible_space=True)
    return re.compile(
        rf"(?<![\w.,])(?:{connectors})\s+(?:(?P<q>[\w'’ ]{{2,20}}?)\s+)?"
        rf"(?P<num>{NUM})\s?(?P<scale>{scales})(?![\w])"
        r"(?!\s*(?:de|d['’]|of|di|von|der|des|do|da)\s*[^\s\d])",
        re.IGNORECASE,
    )


@cache
def _paid_re() -> re.Pattern[str]:
    """ "Le groupe avait également déboursé 15,7 milliards pour Tableau": a payment verb, a
    number with a scale word and "for" a price: money, in the currency of the paragraph."""
    scales = scale_words()
    return re.compile(
        r"(?<![\w])(?:débours\w+|pa(?:id|yé|iera|gó|gou|gato)|versé|spent|dépensé|gezahlt)\s+"
        rf"(?:(?P<q>[\w'’ ]{{2,20}}?)\s+)?(?P<num>{NUM})\s?(?P<scale>{scales})(?![\w])"
        r"(?=\s+(?:pour|for|für|por|per|pela|pelo)\s)",
        re.IGNORECASE,
    )


@ELIDED.member
def _elided_patterns() -> tuple[re.Pattern[str], ...]:
    return (_bare_re(), _paid_re())


def elided_amounts(
    text: str, found: list[tuple[int, int, str]], lang: str | None
) -> list[tuple[int, int, float, str]]:
    """(start, end, value, currency) of numbers that take the currency of the amount before
    them; `found` lists (start, end, currency) of the amounts the parser already read. After
    a payment verb the amount may be in an earlier sentence of the same paragraph."""
    out: list[tuple[int, int, float, str]] = []
    if not found:  # every elided amount takes an earlier amount's currency: none, no scan
        return out
    for pattern, within_sentence in ((_bare_re(), True), (_paid_re(), False)):
        for m in ELIDED.finditer(pattern, text):  # where a cue can start (veille/cuefamily.py)
            if (one := _elided(text, m, found, lang, within_sentence)) is not None:
                out.append(one)
    if INHERIT:  # session 13: the class without a connector (money.inherited)
        taken = [(s, e) for s, e, _, _ in out]
        for one in inherited_amounts(text, found, lang):
            if not any(s <= one[0] < e for s, e in taken):
                out.append(one)
    return sorted(out)


def _elided(
    text: str,
    m: re.Match[str],
    found: list[tuple[int, int, str]],
    lang: str | None,
    within_sentence: bool,
) -> tuple[int, int, float, str] | None:
    if m["q"] and m["q"].strip().lower() not in lx.QUALIFIERS:
        return None
    following = re.match(r"\s*([^\W\d]+)", text[m.end() : m.end() + 30])
    if following and following[1].lower() in lx.COUNT_NOUNS:
        return None
    start = m.start("num")
    if any(s <= start < e for s, e, _ in found):
        return None
    reach = 160 if within_sentence else 400
    before = [(e, c) for s, e, c in found if e <= start and start - e <= reach]
    if not before:
        return None
    end, currency = before[-1]
    if within_sentence and _SENTENCE_END.search(text, end, start):
        return None
    if "\n" in text[end:start]:
        return None  # never across paragraphs
    return (start, m.end("scale"), scaled_value(m["num"], m["scale"], lang), currency)
