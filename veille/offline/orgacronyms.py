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


# French writes many acronyms as words: "(Anssi)", "(Ugap)" (session 9); mixed case and
# hyphens: "(DGFiP)", "(ITZBund)", "(AP-HP)" (session 11)
_PARENTHESISED = re.compile(
    r"\((?P<acr>[A-Z]{2,6}|[A-Z][a-z]{2,5}|[A-Z]{1,4}-[A-Z]{1,4}"
    r"|(?=[A-Za-z]{3,8}\))[A-Z][a-z]*[A-Z][A-Za-z]*)\)"
)


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
    # German compounds end in the institution word: "Bundesministerium", "Gründerfonds"
    compounds = r"[A-ZÄÖÜ]\w*(?:ministerium|zentrum|fonds|amt|agentur|bank|kasse|anstalt)"
    return re.compile(rf"\b(?:{trie_alternation(w.INSTITUTION_WORDS)}|{compounds})\b")


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


def _aligns(words: list[str], letters: str) -> bool:
    """The acronym's letters read off the words in order, each word giving its initial and
    maybe more of its letters, a linking word ("des", "für", "und") its initial or nothing:
    "Direction générale des Finances publiques (DGFiP)", "Bundesministerium für Wirtschaft
    und Energie (BMWE)", "Technologiegründerfonds Sachsen (TGFS)" (session 11)."""
    if not words:
        return not letters
    word = _fold(words[0]).upper()
    if words[0].lower() in w.ACRONYM_SKIP and _aligns(words[1:], letters):
        return True
    if not letters or not word or word[0] != letters[0]:
        return False
    return any(
        _aligns(words[1:], letters[k:])
        for k in range(1, len(letters) + 1)
        if _inside(word[1:], letters[1:k])
    )


def _inside(word: str, letters: str) -> bool:
    """`letters` occur in `word` in order (a subsequence)."""
    rest = iter(word)
    return all(c in rest for c in letters)


def acronym_pairs(text: str) -> list[tuple[str, str]]:
    """(long form, acronym) pairs whose acronym spells the long form's initials and whose
    long form names an institution: "Banco Europeo de Inversiones (BEI)". The long form
    never opens on an article ("La Société des auteurs ... (SACD)" is "Société ...")."""
    institution = _institution_word_re()
    pairs = []
    for long_words, acronym in _acronym_matches(text):
        words = [x.strip(",") for x in re.split(r"[\s'’]+", long_words)]
        start = _long_start(words, acronym)
        if start is not None:
            long = long_words[_word_offset(long_words, start) :]
            if institution.search(long):
                pairs.append((long, acronym))
    return pairs


def _long_start(words: list[str], acronym: str) -> int | None:
    """The first word of the long form: the longest tail whose initials spell the acronym,
    else (session 11) the longest whose letters align with it (`_aligns`); each tail opens
    on a capitalised word that is no linking word."""
    starts = [
        i
        for i, word in enumerate(words)
        if word[:1].isupper() and word.lower() not in w.ACRONYM_SKIP
    ]
    letters = re.sub(r"[^A-Z]", "", _fold(acronym).upper())
    exact = next((i for i in starts if _spells(words[i:], acronym.upper())), None)
    if exact is not None:
        return exact
    return next((i for i in starts if len(words) - i > 1 and _aligns(words[i:], letters)), None)
