"""Scaled numbers that inherit the currency of an earlier amount, with no connector (session 13).

"ricavi per 10,6 miliardi di euro, con un ebitda after lease di 3,2 miliardi", "un crédito de
900.000 millones de pesos ..., y un tramo subordinado de hasta 250.000 millones", "Il prezzo
è di 320 milioni di euro, di cui 280 milioni pagati al closing e fino a 40 milioni": news style
states the currency once and leaves it out of the amounts after it. `money.elided` reads such
a number only after a connector ("dont", "di cui", "frente a"); on the readable t8 pool the
class without one was most of the amounts still missed after the session-13 currency work.

A number with a scale WORD (million, miliardi, Milliarden, millones ...) and no currency takes
the currency of the nearest amount before it when
- that amount is in the same sentence (up to 200 characters before), or in one of the two
  sentences before in the same or the previous paragraph (up to 400 characters: "Una quota di
  300 milioni è coperta da una garanzia", "El precio incluye 150 millones en efectivo");
- no "de/of/di/d'" + a word follows the scale ("300 millones de usuarios", "2 milliards de
  paramètres"; "de este ejercicio", "di quest'anno" are times, not things counted) and the
  next word is no counted noun (`lexicon.COUNT_NOUNS`);
- in English and German, where a counted noun follows the scale directly ("5 million users",
  "1,2 Milliarden Menschen", "2 million square feet"), the next word is punctuation or a
  function word (`lexicon.INHERIT_FOLLOWERS`); in French, Spanish, Italian and Portuguese a
  noun needs "de/di", so any other next word is allowed;
- no counted noun or unit of power or surface stands between the earlier amount and the number
  ("ha 800 milioni di euro di ricavi e gli utenti sono 300 milioni": the gap names users);
- the number is no end of a range ("91-93 miliardi"): a half-read range would be wrong.
Decision: fail closed; the number stays a number unless every condition holds.
"""

from __future__ import annotations

import re
from functools import cache

from veille.cuefamily import CueFamily
from veille.money import lexicon as lx
from veille.money.numbers import decimal_point, to_number
from veille.trie import trie_regex

# a number as news writes one before a scale word; shared with `money.elided`
NUM = r"\d{1,3}(?:[.,' \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SENTENCE_END = re.compile(r"[.!?;]\s+[A-ZÀ-Ý¡¿«\"“]|\n")
_ROMANCE = frozenset({"fr", "es", "it", "pt"})
SCALED = CueFamily()
# Nouns in the gap between the earlier amount and the number that make the number a count.
_GAP_STOP = re.compile(
    r"\b(?:MW|GW|megawatt\w*|gigawatt\w*|megavatios|m2|m²|km)\b",
    re.IGNORECASE,
)


@cache
def scale_words() -> str:
    """The scale WORDS (never a letter such as "m" or "B"), as one alternation."""
    return trie_regex({w.lower() for w in lx.SCALES if len(w) > 3}, flexible_space=True)


def scaled_value(num: str, scale_word: str, lang: str | None) -> float:
    """The value of a number and its scale word; "billion" is 1e12 in the long-scale languages."""
    key = re.sub(r"\s+", " ", scale_word.lower())
    scale = lx.SCALES[key][0]
    if key in ("billion", "billions") and lang in lx.LONG_SCALE_LANGS:
        scale = 1e12
    return to_number(num, decimal_point(lx.SCALES[key][1] or lang)) * scale


@cache
def _scaled_re() -> re.Pattern[str]:
    scales = scale_words()
    return re.compile(
        rf"(?<![\w.,\-–/$€£¥])(?P<num>{NUM})\s?(?P<scale>{scales})(?![\w])"
        r"(?!\s*(?:(?:de|del|della|dello|delle|dei|degli|di|du|des|do|da|dos|das|of|von|der)\b|d['’])"
        r"(?!\s*(?:(?:este|esta|this|ce|cet|cette|dieses|diesem)\b|quest['’]))\s*[^\s\d])",
        re.IGNORECASE,
    )


@SCALED.member
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (_scaled_re(),)


def inherited_amounts(
    text: str, found: list[tuple[int, int, str]], lang: str | None
) -> list[tuple[int, int, float, str]]:
    """(start, end, value, currency) of scaled numbers that take the currency of the amount
    before them; `found` lists (start, end, currency) of the amounts already read."""
    out: list[tuple[int, int, float, str]] = []
    if not found:
        return out
    for m in SCALED.finditer(_scaled_re(), text):
        if (one := _inherited(text, m, found, lang)) is not None:
            out.append(one)
    return out


def _inherited(
    text: str, m: re.Match[str], found: list[tuple[int, int, str]], lang: str | None
) -> tuple[int, int, float, str] | None:
    start = m.start("num")
    if any(s <= start < e for s, e, _ in found):
        return None
    before = [(e, c) for s, e, c in found if e <= start and start - e <= 400]
    if not before:
        return None
    end, currency = before[-1]
    key = re.sub(r"\s+", " ", m["scale"].lower())
    if not _follower_ok(text, m.end(), lang or lx.SCALES[key][1]):
        return None
    if not _gap_ok(text, end, start):
        return None
    return (start, m.end("scale"), scaled_value(m["num"], m["scale"], lang), currency)


def _follower_ok(text: str, end: int, lang: str | None) -> bool:
    """No counted noun after the scale (module docstring)."""
    following = re.match(r"\s*([^\W\d]+)", text[end : end + 30])
    if following is None:
        return True
    word = following[1].lower()
    if word in lx.COUNT_NOUNS:
        return False
    return lang in _ROMANCE or word in lx.INHERIT_FOLLOWERS


def _gap_ok(text: str, end: int, start: int) -> bool:
    """Same sentence within 200 characters, or at most two sentence ends and one paragraph
    break within 400; no counted noun, percent or unit in between."""
    gap = text[end:start]
    ends = len(_SENTENCE_END.findall(gap))
    if ends == 0 and len(gap) > 200:
        return False
    if ends > 2 or gap.count("\n\n") > 1 or (gap.count("\n") and "\n\n" not in gap):
        return False
    if _GAP_STOP.search(gap):
        return False
    words = re.findall(r"[^\W\d]+", gap.lower())
    return not any(w in lx.COUNT_NOUNS for w in words)
