"""A long form with its acronym names an institution: "École polytechnique fédérale de Lausanne
(EPFL)", "Banco Europeo de Inversiones (BEI)" (split from orgcontext.py in session 7 for module
size). The acronym must spell the long form's initials, or those of a head the rest only
qualifies, and the long form must hold an institution word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from veille.offline import orgwords as w
from veille.trie import trie_alternation


@cache
def _acronym_re() -> re.Pattern[str]:
    return re.compile(r"(?P<long>[A-ZÉ][\w'’-]*(?:,?\s+[\w'’-]+){1,8}?)\s+$")


# French writes many acronyms as words: "(Anssi)", "(Ugap)" (session 9)
_PARENTHESISED = re.compile(r"\((?P<acr>[A-Z]{2,6}|[A-Z][a-z]{2,5})\)")


def _acronym_matches(text: str) -> list[tuple[str, str]]:
    """(words before, acronym) for every "(ACR)": the parenthesis is searched first and the
    long form read backwards from it (a lazy long form tried at every capital cost more)."""
    found = []
    for p in _PARENTHESISED.finditer(text):
        m = _acronym_re().search(text, max(0, p.start() - 200), p.start())
        if m is not None:
            found.append((m["long"], p["acr"]))
    return found


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _initials(words: list[str]) -> str:
    return "".join(_fold(x)[:1].upper() for x in words if x.lower() not in w.ACRONYM_SKIP)


@cache
def _institution_word_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_alternation(w.INSTITUTION_WORDS)})\b")


def _spells(words: list[str], acronym: str) -> bool:
    """The acronym spells the words' initials, or those of a head the rest only qualifies
    ("Centre national du cinéma et de l'image animée (CNC)")."""
    if _initials(words) == acronym:
        return True
    for k in range(2, len(words)):
        if words[k].lower() in _QUALIFYING_LINKS and _initials(words[:k]) == acronym:
            return True
    return False


_QUALIFYING_LINKS = frozenset({"et", "and", "y", "e", "und"})


def _word_offset(long_words: str, index: int) -> int:
    """Where the `index`-th word of `long_words` starts (split as `acronym_pairs` splits).
    Session 10: the first occurrence of the word was taken, so "du Qatar, la Qatar Investment
    Authority (QIA)" gave the long form "Qatar, la Qatar Investment Authority"."""
    starts = [m.start() for m in re.finditer(r"[^\s'’]+", long_words)]
    return starts[index] if index < len(starts) else 0


def acronym_pairs(text: str) -> list[tuple[str, str]]:
    """(long form, acronym) pairs whose acronym spells the long form's initials and whose
    long form names an institution: "Banco Europeo de Inversiones (BEI)". The long form
    never opens on an article ("La Société des auteurs ... (SACD)" is "Société ...")."""
    institution = _institution_word_re()
    pairs = []
    for long_words, acronym in _acronym_matches(text):
        words = [x.strip(",") for x in re.split(r"[\s'’]+", long_words)]
        for start in range(len(words)):
            tail = words[start:]
            if not tail or not tail[0][:1].isupper() or tail[0].lower() in w.ACRONYM_SKIP:
                continue
            if _spells(tail, acronym.upper()):
                long = " ".join(tail)
                if tail[0] in long_words:
                    long = long_words[_word_offset(long_words, start) :]
                if institution.search(long):
                    pairs.append((long, acronym))
                break
    return pairs
