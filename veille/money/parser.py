"""Find money amounts in text: one compiled regex for points, pairs ("between 7 and 9
billion") and spans ("$7bn to $9bn", "7-9 Mrd."), then normalisation in plain code.

Decisions:
- No currency, no money: "10 GW", "35 %", "160 millions d'actions", "GPT-5" and "B200" never
  carry a currency, so requiring one is what keeps them out.
- A range borrows the scale and currency of its second half ("between 7 and 9 billion
  dollars"); if borrowing makes min exceed max it tries the next smaller scale ("900 to
  1.1 billion"), else it is no range and both halves are read as points.
- "de 3 à 5 milliards" after a verb of change ("passé de 3 à 5") is two amounts, not a range.
- `surface` is always `text[start:end]`, without surrounding spaces, qualifier excluded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from veille.cuegate import finditer
from veille.money import lexicon as lx
from veille.money.elided import elided_amounts
from veille.money.letterprefix import rand_amounts
from veille.money.localdollar import resolve_local_dollars
from veille.money.numbers import amounts_agree, decimal_point, to_number
from veille.money.numberwords import HALF_SUFFIXES, NUMBER_WORDS, word_value
from veille.money.qualifiers import qualifier_before
from veille.money.regional import resolve_shared_names
from veille.money.subunits import glued_pence
from veille.money.world import CASED_CODES, WORDLIKE
from veille.trie import trie_regex

__all__ = ["MoneySpan", "amounts_agree", "parse_amount", "parse_amounts"]


@dataclass(frozen=True)
class MoneySpan:
    """One amount found in text; a range has min/max and a null value."""

    value: float | None
    min_value: float | None
    max_value: float | None
    currency: str
    qualifier: str | None
    start: int
    end: int
    surface: str
    # Other currencies a shared name can mean ("dirhams": AED, MAD), see `regional`.
    alternatives: tuple[str, ...] = ()


def _alt(words: Iterable[str]) -> str:
    return trie_regex({w.lower() for w in words}, flexible_space=True)


def _alt_cased(words: Iterable[str]) -> str:
    return trie_regex(set(words), flexible_space=True)


_NUM = (
    r"\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f\u2009])\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?"
)


def _single(p: str) -> str:
    """One amount; every group name is prefixed so that the pattern can appear twice."""
    word = rf"(?P<{p}word>{_alt(NUMBER_WORDS)})(?=(?:\s+|-)(?:{_alt(lx.SCALES)})\b)"
    letters = _alt_cased(lx.LETTER_SCALES)
    return (
        rf"(?:(?:(?P<{p}pre>{_alt_cased(lx.PREFIX_CURRENCIES)})\s?)?(?P<{p}num>{_NUM})|{word})"
        rf"(?:(?:\s|-)?(?P<{p}scale>{_alt(lx.SCALES)}|(?-i:{letters}))(?![\w]))?"
        rf"(?:\s+(?P<{p}half>{_alt(HALF_SUFFIXES)})(?![\w-]))?"
        rf"(?:\s*(?P<{p}conn>de\s+|d['’]\s*|di\s+)?(?P<{p}suf>{_alt(lx.SUFFIX_CURRENCIES)})"
        r"(?![\w]))?"
    )


_START = r"(?<![\w.,$€£¥₹₩])(?<![A-Za-z]-)"
_SPACES = re.compile(r"\s+")  # compiled once: the scale keys of every amount collapse spaces
_WRITTEN = re.compile(r"\d[.,'’ \u00a0\u202f\u2009]\d")  # "1,000", "168,40": not a year


@cache
def _pattern() -> re.Pattern[str]:
    pair = (
        rf"(?P<popen>{_alt(lx.PAIR_OPENERS)})\s+{_single('pa_')}"
        rf"\s+(?:{_alt(lx.PAIR_JOINERS)})\s+{_single('pb_')}"
    )
    span = (
        rf"(?:(?P<sopen>{_alt(lx.SPAN_OPENERS)})\s*)?{_single('sa_')}"
        rf"\s*(?:(?:{_alt(w for w in lx.SPAN_JOINERS if w.isalpha())})\s|[-–—])\s*"
        rf"{_single('sb_')}"
    )
    return re.compile(
        rf"{_START}(?:(?P<pair>{pair})|(?P<span>{span})|(?P<single>{_single('x_')}))",
        re.IGNORECASE,
    )


@cache
def _single_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_START}{_single('x_')}", re.IGNORECASE)


@cache
def _change_re() -> re.Pattern[str]:
    verbs = _alt(lx.CHANGE_VERBS)
    return re.compile(rf"(?<![\w])(?:(?:{verbs})\s+(?:\w+\s+){{0,3}}|from\s+)$", re.I)


@dataclass(slots=True)  # not frozen: never shared, and 0.25 instead of 0.7 µs to build
class _Part:
    number: float | None
    raw_scale: str | None
    currency: str | None
    has_pre: bool
    lang_cue: str | None
    long_scale: bool
    alternatives: tuple[str, ...] = ()
    factor: float = 1.0  # a subunit's ("pence") value in the unit


def _lang_cue(m: re.Match[str], p: str) -> tuple[str | None, bool]:
    """Which locale this amount is written in, from its own words (scale, connector, suffix)."""
    scale = (m[f"{p}scale"] or "").lower()
    conn = (m[f"{p}conn"] or "").strip().lower()
    cue = lx.SCALES.get(scale, (0.0, None))[1]
    if cue is None and conn:
        cue = "it" if conn == "di" else "fr"
    suffix = m[f"{p}suf"] or ""
    if (
        cue is None
        and suffix
        and not m[f"{p}pre"]
        and (not suffix.isalpha() or suffix[0].isupper())
    ):
        cue = "fr"  # "38.000 €", "38.000 Euro": continental habits ("euros" alone says nothing)
    if cue is None and m[f"{p}pre"]:
        cue = "pt" if m[f"{p}pre"].upper() == "R$" else "en"
    return cue, bool(conn) and conn != "di"


def _part(m: re.Match[str], p: str, hint: str | None) -> _Part:
    cue, long_conn = _lang_cue(m, p)
    scale_cue = lx.SCALES.get((m[f"{p}scale"] or "").lower(), (0.0, None))[1]
    lang = scale_cue or hint or cue
    number = word_value(m[f"{p}word"], m[f"{p}half"])
    if m[f"{p}num"]:
        try:
            number = to_number(m[f"{p}num"], decimal_point(lang)) + (0.5 if m[f"{p}half"] else 0)
        except ValueError:  # "1,000.000.5": no reading of its separators is a number
            number = None  # found by bench/fuzz.py: it raised out of parse_amounts
    currency, pre = None, m[f"{p}pre"]
    if pre:
        upper = pre.upper()  # "TRY", "PEN" only in capitals (world.CASED_CODES)
        currency = lx.PREFIX_CURRENCIES.get(pre) or (
            None if upper in CASED_CODES else lx.PREFIX_CURRENCIES.get(upper)
        )
    alternatives = lx.AMBIGUOUS_NAMES.get(pre, ()) if currency else ()  # "$": local dollars
    factor = 1.0
    if m[f"{p}suf"] and (not currency or pre == "$"):  # "$3.200 millones de pesos"
        key = _SPACES.sub(" ", m[f"{p}suf"].lower())
        currency = lx.SUFFIX_CURRENCIES[key]
        alternatives = lx.AMBIGUOUS_NAMES.get(key, ())
        factor = lx.SUBUNITS.get(key, 1.0)
        if key in WORDLIKE and not m[f"{p}scale"] and not _WRITTEN.search(m[f"{p}num"] or ""):
            number = None  # "in 2019 won the award": a word, unless a scale or "1,000 won"
    long_scale = long_conn or (hint in lx.LONG_SCALE_LANGS and not pre)
    scale = m[f"{p}scale"]
    return _Part(number, scale, currency, bool(pre), lang, long_scale, alternatives, factor)


def _scale_value(part: _Part) -> float | None:
    raw = part.raw_scale
    if raw is None:
        return None
    if raw in lx.LETTER_SCALES:
        return lx.LETTER_SCALES[raw]
    key = _SPACES.sub(" ", raw.lower())
    if key in ("billion", "billions") and part.long_scale:
        return 1e12
    return lx.SCALES[key][0]


def _point(part: _Part) -> float | None:
    if part.number is None:
        return None
    scale = _scale_value(part)
    if part.raw_scale in lx.LETTER_SCALES and not part.currency:
        return None
    value = part.number * (scale or 1.0) * part.factor
    return value if math.isfinite(value) else None  # "$999...9" (300+ digits) is not money


def _range(a: _Part, b: _Part) -> tuple[float, float, str] | None:
    currency = a.currency or b.currency
    factor = (a if a.currency else b).factor
    if not currency or (a.currency and b.currency and a.currency != b.currency):
        return None
    if a.number is None or b.number is None:
        return None
    a_scale, b_scale = _scale_value(a), _scale_value(b) or 1.0
    hi = b.number * b_scale
    lo = a.number * (a_scale if a_scale is not None else b_scale)
    if lo >= hi and a_scale is None and b_scale >= 1e6:
        lo = a.number * b_scale / 1000
    lo, hi = lo * factor, hi * factor
    return (lo, hi, currency) if 0 < lo < hi < math.inf else None


def _span(
    text: str,
    m: re.Match[str],
    lo: float | None,
    hi: float | None,
    value: float | None,
    currency: str,
    alternatives: tuple[str, ...] = (),
) -> MoneySpan:
    start, end = m.start(), m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    qualifier = qualifier_before(text, start)
    surface = text[start:end]
    return MoneySpan(value, lo, hi, currency, qualifier, start, end, surface, alternatives)


def _point_of(text: str, m: re.Match[str], hint: str | None) -> list[MoneySpan]:
    """The amount of a match of `_single('x_')` (its groups are named `x_...`)."""
    part = _part(m, "x_", hint)
    value = _point(part)
    if value and part.currency:
        return [_span(text, m, None, None, value, part.currency, part.alternatives)]
    return []


def _singles(text: str, start: int, end: int, hint: str | None) -> list[MoneySpan]:
    found = _single_pattern().finditer(text, start, end)
    return [s for m in found for s in _point_of(text, m, hint)]


def _from_match(text: str, m: re.Match[str], hint: str | None) -> list[MoneySpan]:
    if m["single"]:
        # the single branch is `_single_pattern()` tried at the same place: its `x_` groups
        return _point_of(text, m, hint)
    pre = "pa_" if m["pair"] else "sa_"
    post = "pb_" if m["pair"] else "sb_"
    a, b = _part(m, pre, hint), _part(m, post, hint)
    is_change = m["span"] and _change_re().search(text, max(0, m.start() - 40), m.start())
    rng = None if is_change else _range(a, b)
    if rng is None:
        return _singles(text, m.start(), m.end(), hint)
    alternatives = (a if a.currency else b).alternatives
    return [_span(text, m, rng[0], rng[1], None, rng[2], alternatives)]


# The cue gate tries the amount pattern only where an amount can start (veille/cuegate.py):
# the same matches as `_pattern().finditer(text)`, about 5 % of the offline engine's time
# saved (bench/bench_offline.py), but planning the gate for this large pattern costs about
# 0.7 s of CPU once per process (first call). Worth it from a few thousand articles on.
GATED = True


def parse_amounts(text: str, lang: str | None = None) -> list[MoneySpan]:
    """Every amount with a currency in `text`, in order of appearance.

    `lang` (ISO 639-1) is a hint for ambiguous separators ("1.250") and for "billion"
    (10^12 in French, German, Spanish and Portuguese); the amount's own words win over it.
    """
    spans: list[MoneySpan] = []
    matches = finditer(_pattern(), text) if GATED else _pattern().finditer(text)
    for m in matches:
        spans.extend(_from_match(text, m, lang))
    spans = resolve_local_dollars(resolve_shared_names(text, spans))
    found = [(s.start, s.end, s.currency) for s in spans]
    for start, end, value, currency in glued_pence(text, found) + rand_amounts(text, found):
        spans.append(MoneySpan(value, None, None, currency, None, start, end, text[start:end]))
    for start, end, value, currency in elided_amounts(text, found, lang):
        qualifier = qualifier_before(text, start)
        source = [s.alternatives for s in spans if s.end <= start and s.currency == currency]
        surface = text[start:end]
        alternatives = source[-1] if source else ()
        spans.append(
            MoneySpan(value, None, None, currency, qualifier, start, end, surface, alternatives)
        )
    return sorted(spans, key=lambda s: s.start) if len(spans) > len(found) else spans


def parse_amount(surface: str, lang: str | None = None) -> MoneySpan | None:
    """Re-parse one amount string (grounding): the first amount in it, or None."""
    spans = parse_amounts(surface, lang)
    return spans[0] if spans else None
