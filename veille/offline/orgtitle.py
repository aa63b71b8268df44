"""The headline's own protagonist: an unknown name the title carries without any context
and the body repeats (session 13): "Konkan DataWorks closes ₹4,200 crore debt package ...",
"... prêtent 1,35 milliard d'euros à Alcántara Compute pour son campus de Cáceres",
"Oman, il fondo sovrano OIA entra in Duqm Compute; ...".

Why: on the readable t8 pool the largest loss of candidate recall was a deal party never
found as an organisation, and most were the article's own fictional protagonist, introduced
bare (no "la start-up", no legal suffix) in a headline of any language. A name written in
both the headline and the body, capitalised in both, is a proper noun the story is about;
what remains is telling an organisation from a person, a place or a product.

Decisions:
- Language-independent: the capitalised runs of the headline, minus known names.
- A name of two words or more must occur once in the body, a single word twice (a lone
  capitalised word is more often a place, a product or a headline's common word).
- Title-case headlines ("Microsoft Signs Deal With ...") capitalise every word: skipped.
- Validation as for every unknown name (`valid_candidate`: first names, places, products,
  sentence-opening words), and the body vetoes a person (a capitalised word, a first name
  or a role word before any occurrence; "-based" after one) or a place (every occurrence
  after "in", "à", "near" ...): "Panvel AI campus" over "at Panvel, outside Mumbai".
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import lexicon as lx
from veille.offline.orgcontext import NAME
from veille.offline.orgnames import known_name, name_hits, places, trim_name, valid_candidate

# after an occurrence: "-based", ", en Pennsylvanie", a French département in brackets
# ("Sophia Antipolis (Alpes-Maritimes)")
_PLACE_AFTER = re.compile(
    r"-(?:based|headquartered|born)\b|, (?:in|en|au|nel|no|na) [A-Z]"
    r"|\s+\([A-ZÀ-Þ][a-zà-ÿ]+(?:-[\wà-ÿ]+)+\)"
)
_PERSON_BEFORE = re.compile(
    r"(?:(?<=\S\s)[A-ZÀ-Þ][\w.-]*|\b(?:chair(?:man|woman)?|CEO|founder|co-founder|president"
    r"|scientist|executive|président|fondateur|cofondateur|directeur|patron|PDG|dirigeant"
    r"|by|par))\s+$"
)
# before any occurrence: a place ("in Memphis", "near Dunkerque", "the state of Johor",
# "campus de Bilbao") or an owned asset ("its Comanche Peak nuclear plant")
_PLACE_BEFORE = re.compile(
    r"\b(?:near|outside|près de|based in|installée? à|(?:campus|centrale|réacteur|reactor"
    r"|plant|site|state|province|region|région|región|regione|city|ville|ciudad|città|cidade"
    r"|zona|zone) (?:de|of|di|do|da|del)|its|their|son|sa|ses|leur|leurs|su|sus|seu|sua|suo"
    r"|sein|seine|ihr|ihre)\s+$",
    re.IGNORECASE,
)
# before every occurrence: a preposition that also introduces organisations ("à Alcántara
# Compute", "at Panvel")
_WEAK_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|à|en|au|aux|nach|bei|im|em|no|na|nel|nella|a|en el|en la)\s+$"
)
_CLAUSE_BREAK = re.compile(r"[.!?:;\n«»\"(]")


@cache
def _run_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){NAME}(?![\w'’-])")


def _title_case(title: str) -> bool:
    """Most words of four letters or more capitalised: an English title-case headline."""
    words = re.findall(r"[^\W\d_][\w'’-]{3,}", title)
    upper = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and upper * 3 > len(words) * 2


def _before(text: str, m: re.Match[str]) -> str:
    return _CLAUSE_BREAK.split(text[max(0, m.start() - 40) : m.start()])[-1]


def _vetoed(hits: list[re.Match[str]], text: str) -> bool:
    """A person's name or a place's in the body (see the module's decisions)."""
    befores = [_before(text, m) for m in hits]
    for before, m in zip(befores, hits, strict=True):
        last = before.split()[-1:]
        if _PERSON_BEFORE.search(before) or _PLACE_BEFORE.search(before):
            return True
        if _PLACE_AFTER.match(text, m.end()) or (last and last[0] in lx.FIRST_NAMES):
            return True
        if (place := _PLACE_NEXT.match(text, m.end())) and place[1] in places():
            return True
        if (listed := _LISTED_AFTER.search(before)) and listed[1] in places():
            return True  # "en Madrid, Barcelona, Bilbao y Lisboa"
    return all(_WEAK_PLACE_BEFORE.search(b) for b in befores)


# "Johor, Malaysia", "Sophia Antipolis (Alpes-Maritimes)": a place followed by its region
_PLACE_NEXT = re.compile(r"(?:,\s+|\s+\()([A-ZÀ-Þ][\w-]+)")
_LISTED_AFTER = re.compile(r"([A-ZÀ-Þ][\w-]+)(?:,| and| et| y| e| und)\s+$")


def _word_ok(name: str) -> bool:
    """A single word: four letters or more, not an acronym nor a code ("Rs", "HBM4", "CFA")."""
    return " " in name or (len(name) >= 4 and name.isalpha() and not name.isupper())


def title_protagonists(
    title: str, text: str, known: list[tuple[int, int]], lang: str | None
) -> set[str]:
    """Unknown names of the headline `title` (spans `known` of the title hold known names)
    that the body `text` repeats, validated. German capitalises its nouns: not read."""
    if not title or lang == "de" or _title_case(title):
        return set()
    found = set()
    for m in _run_re().finditer(title):
        if any(s < m.end() and m.start() < e for s, e in known):
            continue
        name = trim_name(m[0])
        least = 1 if " " in name else 2
        if not _word_ok(name) or not valid_candidate(name) or known_name(name):
            continue
        hits = name_hits(name, text)
        if len(hits) >= least and not _vetoed(hits, text):
            found.add(name)
    return found
