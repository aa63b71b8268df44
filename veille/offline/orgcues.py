"""Third-generation contexts for organisations the gazetteer does not know (session 7).

Each is a broad pattern of news writing in the six languages, never a name:
- someone's office "of" the organisation: "Julien Morel, président de Rhodanie", "the chief
  executive of Kestrel", "Vorstandschef von Lunor";
- an article, a descriptive noun and a nationality: "le lunetier américain Warby Parker",
  "el fabricante estadounidense Corvia" (people's nouns excluded: "le ministre japonais X");
- a head noun whose complement chain precedes the name: "la plateforme de découverte de
  concerts Songkick", "la société de gestion Amundi";
- a lower-case brand with a dot or a hyphen right after a head noun: "German engineering
  services firm in-tech for 450 million euros";
- a customer or tenant role: "signs Grab as anchor tenant", "The first customer is Grab.";
- a French institution word written lower-case: "l'université Purdue";
- a trade before the name ("l'équipementier automobile Valeo"), a founding date opening the
  sentence ("Fondée en 2021 ..., Kelvora"), shares ("l'action Kelvora");
- officers after the name ("Kelvora's chief executive", "Kelvora CEO Ana Ruiz") and English
  "Kelvora, which makes ...";
- `part_names`: a group's part in apposition or a stake's object, kept by the caller only
  over a known name ("Orange Cyberdefense, la filiale de ... d'Orange");
- `letter_names`: a one-letter name beside a social network's descriptor ("the social
  network X").

Decision: every candidate still goes through the caller's validation (first names, places,
products, sentence-opening words), and names found here are checked once more against places
and countries, since an office "of" a country ("president of Ukraine") reads the same way.
Word lists: `orgcuewords`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.offline import lexicon as lx
from veille.offline import orgcuewords as cw
from veille.offline import orgwords as ow
from veille.offline.orgcontext import NAME
from veille.offline.orgscan import ORGS
from veille.trie import trie_alternation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _alt(items: tuple[str, ...]) -> str:
    return trie_alternation(items)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    adjective = rf"(?:{_alt(ow.ADJECTIVE_STEMS)}){ow.ADJECTIVE_ENDINGS}"
    person = rf"(?:{_alt((*cw.PERSON_NOUNS, *cw.THING_NOUNS))})"
    lower_brand = (
        rf"(?!(?:{_alt(cw.LOWER_PREFIXES)})-|{cw.PLACE_ADJECTIVE})[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+"
    )
    return tuple(
        re.compile(p)
        for p in (
            rf"(?<![\w-]){cw.NOT_DEPUTY}(?:[Ee]x-)?(?:{_alt(cw.OFFICES)})\s+{cw.OFFICE_LINKS}\s*"
            rf"(?P<name>{NAME})",
            rf"(?<![\w'’-])(?:(?:{_alt(cw.ARTICLES)})\s+|(?:[Ll]|[Dd]ell)['’])(?!{person}\s)"
            rf"[a-zà-ÿ]{{4,}}\s+"
            rf"{adjective}\s+(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(cw.CHAIN_HEADS)})(?:\s+{adjective})?"
            rf"(?:\s+{cw.CHAIN_LINKS}\s*[a-zà-ÿ-]{{3,}}){{1,3}}"
            rf"\s+(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(cw.LOWER_HEADS)})\s+(?P<name>{lower_brand})"
            rf"(?=\s+(?:for|pour|für|por|per|in|à|and|et|und|y|e)\s|[,.;:])",
            rf"(?<![\w-])(?:signs?|signed|lands?|landed|wins?|won|adds?|added)\s+"
            rf"(?P<name>{NAME})\s+as\s+(?:its\s+|an?\s+)?(?:[\w-]+\s+)?{cw.ROLES}s?\b",
            rf"(?<![\w-])(?:{_alt(cw.FIRST_CUSTOMER)})\s+(?P<name>{NAME})(?=\s*[.,;])",
            # "l'université Purdue": French writes the institution word lower-case; it stays
            # in the name (the name alone may be a place or a person's)
            rf"(?<![\w-])[Ll]['’](?P<name>(?:université|institut|école)\s+{NAME})",
            # "Fondée en 2021 par deux anciens de Google, Kelvora conçoit des puces."
            rf"(?<![\w-])(?:{_alt(cw.FOUNDED)})\s+[^,.;]{{0,70}}?,\s+(?:(?:{_alt(cw.ARTICLES)})\s+"
            rf"|[Ll]['’])?(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(cw.SHARES)})\s+(?P<name>{NAME})",
            # "l'équipementier automobile Valeo", "la aseguradora Mapfre"
            rf"(?<![\w'’-])(?:(?:{_alt(cw.ARTICLES)})\s+|[Ll]['’])(?:{_alt(cw.TRADES)})"
            rf"(?:\s+[a-zà-ÿ]{{4,}})?\s+(?P<name>{NAME})",
        )
    )


_PLACES = frozenset((*ow.REGIONS, *lx.PLACES, *lx.COUNTRIES))
# What follows only an organisation's name: its officers ("Kelvora's chief executive") or
# what it makes ("Kelvora, which makes cooling systems"). English only: "qui", "que", "che"
# also follow people ("la start-up cofondée par Jason Warner et Eiso Kant, qui développe").
_AFTER_NAME = re.compile(
    r"['’]s\s+(?:chief (?:executive|financial officer|technology officer)|CEO|CFO|CTO"
    r"|(?:co-?)?founder|chair(?:man|woman)|president|boss)\b"
    r"|,\s+which\s+(?:makes|develops|designs|manufactures|operates|sells|supplies)\b"
    r"|\s+(?:CEO|CFO|CTO|chief executive|(?:co-?)?founder)\s+(?=[A-Z][a-z])"  # "Kelvora CEO Ana"
    # a part of a group in apposition, for `part_names`: "Orange Cyberdefense, la filiale de
    # cybersécurité d'Orange", "Helix Cloud, the cloud unit of Helix"
    r"|(?P<part>,\s+(?:(?:la|le|l['’]|the|a|an|une?|its|sa|son|die|der|eine?|el|o|il|uma?)\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:filiale|subsidiary|unit|division|arm|[Tt]ochter\w*|filial"
    r"|subsidiária|controllata|divisione|división|divisão|branche)\b)"
)


@lru_cache(maxsize=4)
def _names_before_tails(text: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(names before an officer or a trade, names before a group part's apposition), read
    backwards from the cue: one scan for both."""
    officers: list[tuple[str, int]] = []
    parts: list[tuple[str, int]] = []
    for cue in _AFTER_NAME.finditer(text):
        name = _name_at_end().search(text, max(0, cue.start() - 70), cue.start())
        if name is not None:
            (parts if cue["part"] else officers).append((name[0], name.start()))
    return officers, parts


# Words of a title before "CEO Ana Ruiz": never a name alone ("New CEO"), and the first
# ones never open one either ("Ousted WeWork CEO": WeWork).
_OPENING_TITLE_WORDS = _words(
    "Former Interim Acting Deputy Outgoing Incoming Ousted Embattled Beleaguered Departing "
    "Retiring Disgraced Longtime Then Ex"
)
_TITLE_WORDS = _OPENING_TITLE_WORDS | _words(
    "Executive Senior Global Chief Co Vice New Founding Current Its Their His Her Billionaire"
)


def cue_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of every candidate these contexts introduce, unvalidated but for places
    ("presidente de Estados Unidos": every word a place) and products ("la plateforme
    d'agents Gemini Enterprise")."""
    found = []
    for index, matches in enumerate(_matches(text)[:-2]):
        for m in matches:
            if index == 0 and cw.DEPARTMENT_AFTER.match(text, m.end("name")):
                continue
            found.append((m["name"], m.start("name")))
    found.extend(_names_before_tails(text)[0])
    return [x for n, at in found if (x := _plausible(n, at))]


def _plausible(name: str, at: int) -> tuple[str, int] | None:
    """The name without the title words opening it ("Ousted WeWork CEO ..."), unless it is
    a product's or a place's."""
    while (head := name.split(" ", 1)[0]) in _OPENING_TITLE_WORDS and " " in name:
        name, at = name[len(head) + 1 :], at + len(head) + 1
    tokens = name.split()
    if tokens[0] in ow.PRODUCT_NAMES or all(t in _PLACES for t in tokens):
        return None
    return None if name in _TITLE_WORDS else (name, at)


@cache
def _name_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{NAME})$")


@cache
def _stake_re() -> re.Pattern[str]:
    """A stake is taken in an organisation, never in a product: "prendra une participation,
    dont le montant n'a pas été dévoilé, dans Vodafone IoT"."""
    return re.compile(
        r"(?<![\w-])(?:stake in|participation,?\s[^.;]{0,60}?\sdans|participación,?\s[^.;]{0,60}?"
        r"\sen|participação,?\s[^.;]{0,60}?\sn[ao]|partecipazione,?\s[^.;]{0,60}?\s(?:in|nella|nel)"
        rf"|Beteiligung an|au capital de)\s+(?P<name>{NAME})"
    )


def traded_names(text: str) -> frozenset[str]:
    """Names after an article and a trade ("le laboratoire Pierre Fabre", "l'équipementier
    X"): a trade calls the name a company, even one opening on a first name (session 11)."""
    return frozenset(m["name"] for m in _matches(text)[len(_patterns()) - 1])


def part_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of names that the caller keeps only where they extend a known name: a
    group's part named in apposition, or the object of a stake (see `_stake_re`)."""
    found = [(m["name"], m.start("name")) for m in _matches(text)[-2]]
    found.extend(_names_before_tails(text)[1])
    return [(n, s) for n, s in found if not any(t in ow.PRODUCT_NAMES for t in n.split()[1:])]


# A one-letter name is read only beside a social network's descriptor: "the social network
# X", "X, le réseau social d'Elon Musk" (elsewhere a capital letter is a grade, a series, a
# variable).
_NETWORK = (
    r"(?:social (?:network|media (?:platform|site|company))|réseau social|red social|rede social"
    r"|social network|sozialen? Netzwerk\w*|Kurznachrichtendienst\w*|piattaforma social)"
)
_LETTER_RE = re.compile(
    rf"(?<![\w-]){_NETWORK}\s+(?P<a>[A-Z])(?![\w&'’.-])"
    rf"|(?<![\w&'’.-])(?P<b>[A-Z]),\s+(?:(?:le|la|l['’]|the|el|o|il|das|der|die)\s*)?{_NETWORK}"
)


def letter_names(text: str) -> set[str]:
    """One-letter organisation names (see `_LETTER_RE`)."""
    return {m["a"] or m["b"] for m in _matches(text)[-1]}


@ORGS.member
@cache
def _members() -> tuple[re.Pattern[str], ...]:
    return (*_patterns(), _stake_re(), _LETTER_RE)


def _matches(text: str) -> list[list[re.Match[str]]]:
    """Every pattern's matches, from the family scan of find_orgs (veille/offline/orgscan.py):
    the patterns of `cue_names`, then the stake's, then the one-letter names'."""
    return [ORGS.finditer(pattern, text) for pattern in _members()]
