"""Organisations the gazetteer does not know, found from their context (split from orgs.py in
session 7 for module size): the contexts' candidates, their validation, and the spellings
that extend a known name.

Decisions (orgs.py has the rest):
- An unknown name is accepted only from a strong context (a head noun, an acquisition verb, a
  legal suffix, an appositive); a German capitalised word after a bare generic head ("dem
  Unternehmen Kredite") is the next object, not a name.
- A longer name over a known one is another organisation only when it ends in an organisation
  word, names a fund over its manager, or is a bank's, exchange's or investor's entity.
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.gazetteer import load_gazetteer
from veille.offline.orgcontext import (
    apposed_names,
    context_names,
    enumerated,
    extension_names,
)
from veille.offline.orgcues import cue_names, letter_names, part_names, traded_names
from veille.offline.orgframes import frame_names
from veille.offline.orgnames import known_name, name_hits, trim_name, valid_candidate
from veille.offline.orgregional import demonym_names, regional_names
from veille.offline.orgscan import ORGS
from veille.offline.orgsubjects import subject_names
from veille.offline.orgwords import adjective_pattern
from veille.trie import trie_alternation

# "D.A. Davidson", "J.P. Morgan": dotted initials open a name
_TOKEN = (
    r"U\.[SK]\.|(?:[A-Z]\.){2,}(?=\s[A-Z])|[A-ZÀ-ÖØ-Þ][\w&'’.:-]*[\w]|[A-Z]|[a-z]{1,2}[A-Z]\w*"
    r"|\d+[A-Z]\w*"
)
_LINK = r"(?:(?:de|da|do|di|del|della|des|du|of|&)\s|d['’])?"
_NAME = rf"(?P<name>(?:{_TOKEN})(?:\s{_LINK}(?:{_TOKEN}))" + r"{0,3})"
_ITEM = rf"(?:{_TOKEN})(?:\s(?:{_TOKEN})){{0,3}}"
_JOIN = r"(?:,\s*|\s+(?:ou encore|et|and|or|ou|und|oder|y|e|o)\s+)"
_FINAL = rf"\s(?:{'|'.join(ow.ORG_FINAL_WORDS)})$"


@cache
def _context_re() -> re.Pattern[str]:
    """The contexts that open on a cue and introduce an unknown organisation after it, as
    ONE pattern (one pass); group `nK` holds the name found by context K."""
    heads = trie_alternation(lx.ORG_HEADS)
    adjectives = "|".join((*lx.NATIONALITY_ADJECTIVES, adjective_pattern()))
    acquire = trie_alternation(lx.ACQUIRE_OBJECT_CUES)
    lists = trie_alternation(lx.LIST_HEADS)
    contexts = (
        rf"(?<![\w-])(?:{heads})\s+(?:(?:{adjectives})\s+|[a-zà-ÿ]{{4,}}\s+)?{_NAME}",
        rf"(?<![\w])(?:{acquire})\s+{_NAME}",
        rf"(?:{lists})\s+{_NAME}",
        rf"(?<![\w-])(?P<name>[A-Z]\w+-(?:{'|'.join(lx.GROUP_SUFFIXES)}))(?![\w])",
    )
    numbered = (c.replace("(?P<name>", f"(?P<n{i}>") for i, c in enumerate(contexts))
    return re.compile("|".join(f"(?:{c})" for c in numbered))


@cache
def _after_name_re() -> re.Pattern[str]:
    """What follows an organisation's name: a legal suffix, an appositive head ("X, une
    start-up ...", "Veridia, startup milanese") or a relation ("X, controllata da").
    Searched first, then the name is read backwards from it: scanning for a name at every
    capital letter is what made one pass slow."""
    legal = "|".join(lx.LEGAL_SUFFIXES)
    openers = "|".join(lx.APPOSITIVE_OPENERS)
    apposition = "|".join(lx.APPOSITIVE_HEADS)
    relations = "|".join(lx.APPOSITIVE_RELATIONS)
    return re.compile(
        rf"\s+(?:{legal})(?![\w])"
        rf"|,\s+(?:(?:l['’]|(?:{openers})\s+)(?:[\w'’-]+\s+){{0,5}}?)?(?:{apposition})\b"
        rf"|,\s+(?:{relations})\b"
    )


@cache
def _name_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){_NAME}$")


# A lower-case brand ("vyre", "neoxa.ai") is read before an appositive only where a common
# word cannot stand lower-case: at a sentence's start, or as the object of an acquisition,
# where two letters are enough ("OpenAI s'offre io, la start-up de Jony Ive"; session 7).
_LOWER_BRAND = re.compile(
    r"(?:(?:^|[.!?:;]\s+|\n\s*)(?P<opening>[a-z][a-z0-9]{2,}(?:[.-][a-z0-9]{2,})?)"
    r"|(?<![\w-])(?:(?:acquisition|rachat|acquisizione|adquisición"
    r"|aquisição|Übernahme) (?:de|d['’]|di|von)|acquired|bought|buys|acquires|has acquired"
    r"|rachète|racheté|acquiert|a acquis|übernimmt|adquiere|adquirió|adquire|acquisisce"
    r"|s['’]offre|s['’]est offert|snaps up|snapped up)\s*"
    r"(?P<object>[a-z][a-z0-9]{1,}(?:[.-][a-z0-9]{2,})?))$"
)


def _names_before_cues(text: str) -> list[tuple[str, int]]:
    found = []
    for m in _after_name_re().finditer(text):
        lo = max(0, m.start() - 70)
        name = _name_at_end().search(text, lo, m.start())
        if name:
            found.append((name["name"], name.start("name")))
        elif m[0].startswith(",") and (lower := _LOWER_BRAND.search(text, lo, m.start())):
            group = "opening" if lower["opening"] else "object"
            if lower[group] not in lx.LOWER_WORDS and lower[group] not in lx.SHORT_WORDS:
                found.append((lower[group], lower.start(group)))
    return found


@cache
def _list_re() -> re.Pattern[str]:
    """Names enumerated after a list head: "start-ups comme Manus ou encore Moltbook"."""
    heads = "|".join((*lx.LIST_HEADS, *lx.LIST_HEADS_PLURAL))
    return re.compile(rf"(?<![\w])(?:{heads})\s+({_ITEM}(?:{_JOIN}{_ITEM})+)")


@cache
def _article_re() -> re.Pattern[str]:
    """Portuguese and Spanish put articles before company names: "a Totvs", "da Start Campus"."""
    return re.compile(rf"(?<![\w])(?:com a|com o|da|do|pela|pelo|na|no|ao|à|a|o)\s+{_NAME}")


@cache
def descriptor_re() -> re.Pattern[str]:
    products = "|".join(sorted(lx.PRODUCTS, key=len, reverse=True))
    roles_after = "|".join(lx.DESCRIPTOR_ROLES_AFTER)
    roles_before = "|".join(lx.DESCRIPTOR_ROLES_BEFORE)
    return re.compile(
        rf"(?P<a>{products})[\s-](?:{roles_after})\b"
        rf"|(?<![\w])(?:{roles_before})\s+(?:of|de|du|d['’]|des|do|da|di|del|von)\s*"
        rf"(?:the\s+)?(?P<b>{products})(?![\w])"
    )


@ORGS.member
@cache
def _members() -> tuple[re.Pattern[str], ...]:
    """Read through the family scan of find_orgs (veille/offline/orgscan.py)."""
    return (_context_re(), _list_re(), descriptor_re())


def _candidates(text: str, lang: str | None) -> list[tuple[str, int, bool]]:
    """(name, offset, may_extend_a_known_name) from every context, before validation."""
    found: list[tuple[str, int, bool]] = []
    for m in ORGS.finditer(_context_re(), text):
        group = next(g for g, v in m.groupdict().items() if v)
        found.append((m[group], m.start(group), False))
        found.extend((n, start, False) for n, start in enumerated(text, m.end(group)))
    found.extend((n, start, False) for n, start in _names_before_cues(text))
    for m in ORGS.finditer(_list_re(), text):
        for part in re.split(_JOIN, m[1]):
            found.append((part, m.start(1) + m[1].index(part), False))
    found.extend((name, start, True) for name, start in context_names(text))
    found.extend((name, start, False) for name, start in cue_names(text))
    found.extend((name, start, False) for name, start in subject_names(text))
    found.extend((name, start, False) for name, start in frame_names(text))
    if lang in (None, "fr"):
        found.extend((name, start, False) for name, start in regional_names(text))
    if lang in (None, "es", "it", "pt"):
        found.extend((name, start, False) for name, start in demonym_names(text))
    if lang in (None, "pt", "es"):
        for m in _article_re().finditer(text):
            name = trim_name(m["name"])
            if len(name) > 3 and len(name_hits(name, text)) >= 2:
                found.append((name, m.start("name"), False))
    return found


def unknown_names(
    text: str, known_spans: list[tuple[int, int]], lang: str | None = None
) -> tuple[set[str], set[str]]:
    """Names found from context: (unknown to the gazetteer, known to it only by a spelling
    its case-sensitive matcher does not catch, such as "Stackit" for "STACKIT")."""
    names: set[str] = set()
    respelled: set[str] = set()
    apposed = apposed_names(text) | traded_names(text)
    for raw, start, may_extend in _candidates(text, lang):
        name = trim_name(raw)
        end = start + len(raw)
        host = next(((s, e) for s, e in known_spans if s <= start < e), None)
        if _BARE_GERMAN_HEAD.search(text, max(0, start - 20), start) or _place_or_adjective(
            text, start, end, lang
        ):
            continue
        extends = may_extend or bool(_FUND_HEAD.search(text, max(0, start - 12), start))
        if host and not (extends and end > host[1] and _extends(text, host, name)):
            continue
        if not name or not valid_candidate(name, raw in apposed and name == raw):
            continue
        name = _titled(text, raw, start, name)
        (respelled if known_name(name) else names).add(name)
    # only as an extension of a known name: another organisation ("Orange Cyberdefense")
    for raw, start in (*extension_names(text), *part_names(text)):
        host = next(((s, e) for s, e in known_spans if s <= start < e), None)
        name = trim_name(raw)
        if host and start + len(raw) > host[1] and valid_candidate(name) and not known_name(name):
            names.add(name)
    names |= letter_names(text)  # "the social network X": no validation would admit "X"
    return names | _short_forms(text, names), respelled


# "el fondo Seaya Andromeda", "the fund TPG Rising Climate": a fund's name opens on its
# manager's, and is another investor (session 7, second wave)
_FUND_HEAD = re.compile(r"(?<![\w-])(?:[Ff]onds|[Ff]unds?|[Ff]ondos?|[Ff]undos?|[Ff]ondi)\s+$")


# "stellt dem Unternehmen Kredite über ...", "erzielte die Firma Umsätze": after a bare
# generic head and its article, a German capitalised word is the next object, not a name
_BARE_GERMAN_HEAD = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es) (?:Unternehmen|Konzern|Firma)"
    # session 11: a German indefinite article opens a noun, never a name ("hat die Firma
    # einen Kredit über", "einen Rahmenvertrag mit", "eine Lizenzvereinbarung mit")
    r"|[Ee]in(?:e|en|em|er|es)?)\s+$"
)


# session 11: "the central Mexican state of Querétaro", "la région de X": a place's head
_PLACE_HEAD = re.compile(
    r"(?<![\w-])(?:state|province|region|city|county|town|district|région|ville|commune"
    r"|département|estado|provincia|ciudad|cidade|região|región|regione|città)"
    r" (?:of|de|di|do|da)\s+$"
)
# "talks with a Gulf sovereign wealth fund": after "a", a capitalised word that a lower-case
# noun follows is an adjective
_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an)\s+$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _place_or_adjective(text: str, start: int, end: int, lang: str | None) -> bool:
    """The candidate at `start` names a place ("state of X") or, in English, qualifies the
    noun after it ("a Gulf sovereign wealth fund"; "a" is a preposition or an article before
    names in the Romance languages: "a Casa dos Ventos"): no organisation there (session 11)."""
    if _PLACE_HEAD.search(text, max(0, start - 20), start):
        return True
    return (
        lang == "en"
        and _INDEFINITE.search(text, max(0, start - 4), start) is not None
        and _LOWER_NEXT.match(text, end) is not None
    )


_TITLE_ARTICLES = frozenset({"Le", "La", "Les"})


def _titled(text: str, raw: str, start: int, name: str) -> str:
    """ "parmi lesquels Le Progrès": a capitalised French article inside a sentence belongs
    to the title it opens (a newspaper's, a fund's); at a sentence's start it is the article."""
    first, _, rest = raw.partition(" ")
    if first not in _TITLE_ARTICLES or not rest.startswith(name):
        return name
    before = text[max(0, start - 3) : start].rstrip()
    if not before or before[-1] in '.!?:;»"“«(\n' or not before[-1].isalpha():
        return name
    return f"{first} {name}"


def _extends(text: str, host: tuple[int, int], name: str) -> bool:
    """A longer name over a known one is another organisation when it ends in an
    organisation word ("Mitsubishi UFJ Capital"), or when a bank's name goes on with
    capitalised words: its regional or national entity ("Crédit Agricole Centre-Est")."""
    if re.search(_FINAL, name):
        return True
    entry = load_gazetteer().get(text[host[0] : host[1]])
    known = text[host[0] : host[1]]
    return entry is not None and entry.kind in _ENTITY_KINDS and name.startswith(known)


# Kinds whose regional or national entities carry the group's name and a qualifier.
_ENTITY_KINDS = frozenset({"bank", "exchange", "investor"})


def _short_forms(text: str, names: set[str]) -> set[str]:
    """ "Kinetra" for "Kinetra Robotics" when the article also uses the short form."""
    short = set()
    for name in names:
        head, _, rest = name.partition(" ")
        alone = rf"(?<![\w-]){re.escape(head)}(?!\s+{re.escape(rest)})(?![\w])"
        usable = rest and len(head) > 3 and valid_candidate(head) and not known_name(head)
        if usable and re.search(alone, text):
            short.add(head)
    return short
