"""Second-generation contexts that introduce an organisation the gazetteer does not know.

Each rule is a general pattern of news writing in the six languages, not a list of names:
- "<article> <nationality> <Name>": "l'américain WNS", "dell'austriaca TTTech Auto";
- German compounds ending in a head noun: "die US-Videoplattform Rumble", "Mehrheitsaktionär
  Tether", "des israelischen Softwareanbieters WalkMe";
- a capitalised phrase ending in an organisation word: "Qatalyst Partners", "E2E Networks";
- an institution head with its lower-case words: "Banque cantonale vaudoise";
- a long form with its acronym: "École polytechnique fédérale de Lausanne (EPFL)";
- people and their employer: "analysts at Wedbush", "anciens ingénieurs de Criteo";
- the subject of a fundraising verb followed by an amount, the object of "paid ... for";
- enumerations continuing any of those, or opened by "dont", "including", "redes como".

Decision: every candidate still goes through the caller's validation (not a person's first
name, a place, a product, a sentence-opening word), so these rules widen recall without
giving up the precision guards.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille import lookbehind, nametail
from veille.offline import orgwords as w
from veille.offline.orgagents import agent_patterns
from veille.offline.orgnames import joined_end
from veille.offline.orgscan import ORGS
from veille.trie import trie_alternation

# "D.A. Davidson", "J.P. Morgan": dotted initials open a name (session 7, second wave)
TOKEN = (
    r"(?:U\.[SK]\.|(?:[A-Z]\.){2,}(?=\s[A-Z])|[A-ZÀ-ÖØ-Þ][\w&'’.:-]*[\w]|[A-Z]"
    r"|[a-z]{1,2}[A-Z]\w*|\d+[A-Z][\w]*)"
)
_LINK = r"(?:(?:de|da|do|das|dos|di|del|della|des|du|of|&)\s|d['’])?"
NAME = rf"(?:{TOKEN})(?:\s{_LINK}(?:{TOKEN})){{0,3}}"
NAME_SPACES = 6  # whitespace characters a NAME can hold: three links of at most two


def _alt(items: tuple[str, ...]) -> str:
    return trie_alternation(items)


@cache
def _contexts() -> tuple[re.Pattern[str], ...]:
    """Patterns whose group `name` is an organisation (see the module docstring)."""
    adjective = rf"(?:{_alt(w.ADJECTIVE_STEMS)}){w.ADJECTIVE_ENDINGS}"
    german = rf"(?:{_alt(w.GERMAN_HEAD_SUFFIXES)})(?:s|en|n)?"
    return (
        *_background_contexts(),
        *(
            re.compile(p)
            for p in (
                rf"(?<![\w'’-])(?:{_alt(_both_cases(w.ARTICLES))})\s*{adjective}\s+(?P<name>{NAME})",
                rf"(?<![\w-])(?:mehrheitlich\s+|größtenteils\s+)?zu\s+(?P<name>{NAME})\s+gehör",
                rf"(?<![\w-])(?:{_alt((*w.DEAL_NOUNS, *w.DEAL_VERBS))})\s+"
                rf"(?:{_alt(w.WITH_WORDS)})\s+"
                rf"(?:(?:{_alt(w.ARTICLES)})\s*)?(?P<name>{NAME})",
                rf"{german}\s+(?P<name>{NAME})",
                # "London-based Fennel"
                rf"(?<=\w)-(?:based|headquartered)\s+(?P<name>{NAME})",
                # "Kantonalbank", "Zürcher Kantonalbank"
                rf"(?<![\w-])(?!(?:Ins)?[Gg]esamt\b)(?P<name>(?:[A-Z][a-zäöü]{{3,}}er\s)?[A-Z][a-zäöü]+"
                rf"(?:{_alt(w.GERMAN_BODY_SUFFIXES)})s?)(?![\w-])",
            )
        ),
        _name_comma(
            rf",\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(w.ACQUIRED_PARTICIPLES)})\s+"
            rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_alt(w.PRICE_OR_AGENT)})\s"
        ),
        *(
            re.compile(p)
            for p in (
                # "sell the business of ZT Systems to Sanmina for $3 billion"
                rf"(?<![\w-])(?:{_alt(w.SELL_VERBS)})\s+[^.;]{{0,80}}?\s(?:to|à)\s+"
                rf"(?:(?:the|l['’])\s*)?(?P<name>{NAME})\s+(?:for|pour)\s",
                rf"(?<![\w-])(?:{_alt(w.PAY_VERBS)})\s+[^.;]{{0,60}}?\s(?:{_alt(w.PAY_FOR)})\s+"
                rf"(?:(?:{_alt(w.ARTICLES)})\s*)?(?:{adjective}\s+)?(?P<name>{NAME})",
                *agent_patterns(NAME, _alt(w.ARTICLES)),
            )
        ),
        _apposition_re(),
    )


@cache
def _apposition_re() -> re.Pattern[str]:
    """ "Saab, the Swedish defence group that": the appositive calls the name a company."""
    return _name_comma(
        rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{_alt(w.APPOSITION_HEADS)})(?=\s*(?:[,.;)]|(?:that|which|of|based|in|from|"
        rf"with|whose|founded|owned|backed|run|led|controlled|created|behind|building|"
        rf"developing|making|operating|running|known)\s))"
    )


def _name_comma(tail: str) -> re.Pattern[str]:
    """`<NAME><tail>`, registered with veille/nametail.py (tried before its tail's commas:
    NAME holds no comma and at most `NAME_SPACES` whitespace characters)."""
    pattern = re.compile(rf"(?<![\w'’-])(?P<name>{NAME}){tail}")
    return nametail.register(pattern, re.compile(tail), NAME_SPACES)


def apposed_names(text: str) -> frozenset[str]:
    """Names an appositive calls a company, even on a first name ("Lee Vector, a ...")."""
    return frozenset(m["name"] for m in ORGS.finditer(_apposition_re(), text))


@cache
def _background_contexts() -> tuple[re.Pattern[str], ...]:
    """Organisations named as someone's employer or as a source ("analysts at Wedbush",
    "anciens chercheurs de Google", "according to the Economic Times"): background to the
    sentence's deal, never a party of it; "ex-executivos da", "ex dipendenti di" (session 8)."""
    people = (
        rf"(?<![\w])(?:[Ee]x(?:-|\s)?)?(?:{_alt(_both_cases(w.PEOPLE))})\s+"
        rf"(?:{_alt(w.PEOPLE_LINKS)})\s*"
        r"(?:the\s+|l['’]|la\s+)?"
    )
    return tuple(
        re.compile(p)
        for p in (
            # "des chercheurs de l'université Cornell": French writes the institution word
            # lower-case; the employer is background all the same (session 7, second wave)
            rf"{people}(?P<name>(?:(?:université|universidad|universidade|università|institut"
            rf"|école)\s+)?{NAME})",
            rf"(?<![\w-])(?:former|ex-)\s+(?P<name>{NAME})\s+(?:{_alt(w.PEOPLE_AFTER)})\b",
            rf"(?<![\w-])(?:of|by|from)\s+(?P<name>{NAME})\s+(?:co-?)?founder\s+(?=[A-Z])",
            # a competitor: "as it tries to close the gap with Nvidia", "pour concurrencer Nvidia"
            rf"(?<![\w-])(?:{_alt(w.RIVALRY)})\s+(?:(?:the|le|la|l['’])\s*)?(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(w.SOURCE_CUES)})\s+(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(w.RELATION_HEADS)})\s+(?:of|de|d['’]|du|des|von|der|des|da|do"
            rf"|di|del|della|dell['’])\s*(?:(?:the|le|la|l['’]|groupe|group|Konzerns?)\s*)?"
            rf"(?P<name>{NAME})",
        )
    )


@lru_cache(maxsize=4)
def background_offsets(text: str) -> frozenset[int]:
    """Offsets of the names (and of the names enumerated with them) in background contexts."""
    found: set[int] = set()
    for pattern in _background_contexts():
        found.update(start for _, start in _names_with_enumerations(text, pattern))
    return frozenset(found)


@cache
def _enumeration_re() -> re.Pattern[str]:
    joiner = rf"(?:\s*,\s*|\s+(?:{_alt(w.ENUM_JOINERS[1:])})\s+)"
    prefix = rf"(?:(?:{_alt(w.ITEM_PREFIXES)})\s*)?(?:(?:{_alt(w.ITEM_HEADS)})\s+)?"
    return re.compile(rf"{joiner}{prefix}(?P<name>{NAME})")


@cache
def _list_open_res() -> tuple[re.Pattern[str], ...]:
    """Customer lists take articles before each name ("entre seus clientes a Petrobras");
    generic openers ("dont", "including") take the name right away."""
    prefix = rf"(?:(?:{_alt(w.ITEM_PREFIXES)})\s*)?"
    owners = rf"(?:{_alt(w.POSSESSIVES)})\s+(?:{_alt(w.OWNED_HEADS)})"
    return (
        re.compile(rf"(?<![\w-])(?:{_alt(w.CUSTOMER_LISTS)}),?\s+{prefix}(?P<name>{NAME})"),
        re.compile(rf"(?<![\w-])(?:{_alt(w.GENERIC_LISTS)}),?\s+(?P<name>{NAME})"),
        re.compile(rf"(?<![\w-])(?:{_alt(w.RELATION_NOUNS)})\s+(?P<name>{NAME})"),
        re.compile(rf"(?<![\w'’-]){owners}\s+(?P<name>{NAME})"),
    )


def _both_cases(fragments: tuple[str, ...]) -> tuple[str, ...]:
    """ "analysts" -> "[aA]nalysts": a sentence may open with it; cheaper than IGNORECASE."""
    return tuple(f"[{f[0]}{f[0].upper()}]{f[1:]}" if f[:1].islower() else f for f in fragments)


@cache
def _name_cues() -> tuple[tuple[re.Pattern[str], re.Pattern[str], bool], ...]:
    """(cue, name-at-end, cue-part-of-name): contexts whose cue FOLLOWS the name. The cue is
    searched first and the name read backwards from it, since scanning for a name at every
    capital letter is slow."""
    words = _alt(w.ORG_FINAL_WORDS)
    name_end = re.compile(rf"(?<![\w-])(?:{NAME})\s*$")
    # the subject itself, not the complement of a descriptive subject ("L'éditeur de San
    # Francisco a annoncé")
    subject_end = re.compile(rf"(?<![\w'’-])(?<!de )(?<!of )(?<!in )(?<!à )(?:{NAME})\s*$")
    tokens_end = re.compile(rf"(?<![\w-])(?:{TOKEN}\s+){{1,3}}$")
    list_end = re.compile(rf"(?<![\w-]){NAME}(?:\s*(?:,|et|and|y|e|und)\s*{NAME})*\s*$")
    # "KfW IPEX-Bank": the organisation word closes a hyphenated last token
    hyphen_end = re.compile(rf"(?<![\w-])(?:{TOKEN}\s+){{0,2}}[A-Z][\w&.]*-$")
    return (
        (re.compile(rf"(?<![\w-])(?:{words})(?![\w-])"), tokens_end, True),
        (re.compile(rf"(?<=[A-Z0-9]-)(?:{words})(?![\w-])"), hyphen_end, True),
        (
            re.compile(
                rf"\s(?:{_alt(w.RAISE_VERBS)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:US\$|R\$|[$€£¥₹₩]|\d)"
            ),
            name_end,
            False,
        ),
        (re.compile(rf"\s(?:{_alt(w.CUSTOMER_TAILS)})"), list_end, False),
        (re.compile(rf"\s(?=[ahstpoil])(?:{'|'.join(w.CORPORATE_TAILS)})"), subject_end, False),
    )


@cache
def _extension_re() -> re.Pattern[str]:
    # session 13: one more capitalised word ends the unit's name ("Iveco Defence Vehicles")
    ext = rf"{TOKEN}\s+(?:{_alt(w.EXTENSION_WORDS)})(?:\s+[A-Z][a-z]\w*)?"
    return re.compile(rf"(?<![\w-])(?P<name>{ext})(?![\w-])")


def extension_names(text: str) -> list[tuple[str, int]]:
    """ "Helion Cloud", "TIM Enterprise": a name and an extension word, kept by the caller
    only when the name is a known organisation's (another organisation, not that one)."""
    return [(m["name"], m.start("name")) for m in _extension_re().finditer(text)]


@cache
def _name_re() -> re.Pattern[str]:
    return re.compile(NAME)


def _names_before(text: str) -> list[tuple[str, int]]:
    found = []
    item = _name_re()
    for cue, name_end, included in _name_cues():
        for m in lookbehind.finditer(cue, text):  # two cues open on a lookbehind
            name = name_end.search(text, max(0, m.start() - 90), m.start())
            if name is None:
                continue
            if included:
                found.append((text[name.start() : m.end()], name.start()))
            else:
                found.extend(
                    (x[0], x.start()) for x in item.finditer(text, name.start(), m.start())
                )
    return found


@cache
def _institution_re() -> re.Pattern[str]:
    heads = _alt(w.INSTITUTION_HEADS)
    word = r"[\w'’-]+"
    links = rf"(?:(?:{_alt(w.INSTITUTION_LINKS)})\s+){{0,2}}"
    return re.compile(
        rf"(?<![\w-])(?P<short>(?:{heads})(?:\s+{links}{TOKEN})+)"
        rf"|(?<![\w-])(?P<name>(?:{heads})(?:\s+(?:l['’]|d['’])?{word}){{1,4}}?)"
        # session 13: a preposition closes the name too ("l'Agenzia spaziale europea per
        # una costellazione")
        rf"(?=\s*[,.;:()]|\s+(?:et|and|y|e|und|ou|o|or|per|pour|for|para)\s)"
    )


def enumerated(text: str, end: int) -> list[tuple[str, int]]:
    """Names continuing a list after `end`; items after a comma count only when a
    conjunction closes the list ("A, B y C"), not in "Quantora, die KI-Agenten ..."."""
    items: list[tuple[str, int, bool]] = []
    while (nxt := _enumeration_re().match(text, end)) is not None:
        items.append((nxt["name"], nxt.start("name"), "," not in nxt[0][: nxt.start("name") - end]))
        end = nxt.end("name")
    last_conjunction = max((i for i, item in enumerate(items) if item[2]), default=-1)
    return [(name, start) for name, start, _ in items[: last_conjunction + 1]]


@ORGS.member
@cache
def _members() -> tuple[re.Pattern[str], ...]:
    """The patterns read through the family scan of find_orgs (veille/offline/orgscan.py):
    background_offsets and context_names both read the contexts' matches."""
    return (*_contexts(), *_list_open_res(), _institution_re())


def _names_with_enumerations(text: str, pattern: re.Pattern[str]) -> list[tuple[str, int]]:
    found = []
    for m in ORGS.finditer(pattern, text):
        found.append((m["name"], m.start("name")))
        found.extend(enumerated(text, m.end("name")))
    return found


def context_names(text: str) -> list[tuple[str, int]]:
    """Candidate names (with their offsets) from the contexts above, unvalidated."""
    found: list[tuple[str, int]] = []
    for pattern in (*_contexts(), *_list_open_res()):
        found.extend(_names_with_enumerations(text, pattern))
    found.extend(_names_before(text))
    for m in ORGS.finditer(_institution_re(), text):
        group = "short" if m["short"] else "name"
        start = m.start(group)
        before = re.search(rf"(?:{TOKEN}\s+){{1,2}}$", text[max(0, start - 40) : start])
        if before and not re.search(r"[.!?]\s*$", text[: start - len(before[0])]):
            start -= len(before[0])  # "State Bank of India"
        found.append((text[start : joined_end(text, start, m.end(group))], start))
    return found
