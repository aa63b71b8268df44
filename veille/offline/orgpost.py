"""Passes over the mentions already found: short forms of known names, names enumerated
with organisations, and background organisations (employers, sources, owners)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.gazetteer import load_gazetteer
from veille.offline.orgcontext import background_offsets
from veille.offline.orglists import name_lists
from veille.offline.orgnames import OrgMention, known_name, trim_name, valid_candidate
from veille.offline.parents import parent_offsets

_GENERIC_TAILS = (
    *ow.ORG_FINAL_WORDS,
    *ow.NAME_ENDINGS,
    "Cloud",
    "Data",
    "Digital",
    "Platforms",
    "Services",
    "Software",
    "Intelligence",
    "Computer",
)
_MODIFIER = re.compile(
    r"(?:['’]s)?\s+(?:contracts?|deal|agreement|order|contrat|Vertrag|contrato|contratto)\b"
    r"(?!\s+(?:with|avec|mit|con|com|worth|valued|of|de|d['’]))",
    re.I,
)
_SHORTENABLE = rf"(?:{'|'.join(_GENERIC_TAILS)})(?:\s\w+)?"


@cache
def _first_tokens() -> dict[str, int]:
    """How many gazetteer entries each first word opens ("Mitsubishi": several)."""
    counts: dict[str, int] = {}
    for entry in load_gazetteer().entries:
        for first in {x.split()[0] for x in (entry.name, *entry.aliases) if x}:
            counts[first] = counts.get(first, 0) + 1
    return counts


@lru_cache(maxsize=8192)
def _alone(head: str, rest: str) -> re.Pattern[str]:
    """Compiled once per name: re's own cache (512 patterns) thrashes over a run's names."""
    return re.compile(rf"(?<![\w-]){re.escape(head)}(?!\s+{re.escape(rest)})(?![\w'’-])")


def known_short_forms(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "Moonshot" after "Moonshot AI": a known name's distinctive first word, alone, is the
    same organisation when the rest of the name is generic ("AI", "Computing", "Group")."""
    gaz = load_gazetteer()
    found = []
    for surface, m in {m.surface: m for m in mentions if m.known and not m.descriptor}.items():
        head, _, rest = surface.partition(" ")
        if not rest or not re.fullmatch(_SHORTENABLE, rest) or len(head) < 4:
            continue
        if _first_tokens().get(head, 0) != 1 or gaz.get(head) or not valid_candidate(head):
            continue
        if head.lower() in ow.COMMON_HEADS:
            continue
        for x in _alone(head, rest).finditer(text):
            found.append(replace(m, start=x.start(), end=x.end(), surface=head))
    return found


_FACILITIES = re.compile(
    r"\s+(?:nuclear\s+|power\s+|gas-fired\s+)?(?:plants?|sites?|campus(?:es)?|facilit(?:y|ies)"
    r"|fabs?|mines?|reactors?|stations?|centrales?|usines?|réacteurs?|Kraftwerke?|Werke?)\b"
)


def listed_with_orgs(text: str, mentions: list[OrgMention]) -> set[str]:
    """Names enumerated with organisations are organisations ("Adobe, Canva und Meta"):
    one known item in a pair, at least half of a longer list."""
    # an item inside a mention counts as that mention: the list reads "Capital" of
    # "360 Capital e Galaxia", a name opening on digits (session 9)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = set()
    for items in name_lists(text):
        last, last_start = items[-1]
        if _FACILITIES.match(text, last_start + len(last)):
            continue  # "Constellation's Limerick and Peach Bottom plants": sites, not owners
        known = sum(start in covered for _, start in items)
        if known and known * 2 >= len(items):
            for raw, start in items:
                name = trim_name(raw)
                if start not in covered and name and valid_candidate(name):
                    found.add(_with_title_article(text, raw, start, name))
    return {n for n in found if not known_name(n)}


_TITLE_ARTICLES = frozenset({"La", "Le", "Les", "El", "Il", "Lo", "The"})


def _with_title_article(text: str, raw: str, start: int, name: str) -> str:
    """ "Motier Ventures, La Famiglia, Headline": inside a sentence, a capitalised article
    opens the name it belongs to (a fund's, a newspaper's); trimmed only at a sentence's
    start (session 7, second wave)."""
    first, _, rest = raw.partition(" ")
    if first not in _TITLE_ARTICLES or not rest.startswith(name) or known_name(name):
        return name  # "The Associated Press": the gazetteer's name stands
    before = text[max(0, start - 3) : start].rstrip()
    if not before or before[-1] in '.!?:;»"“«(\n':
        return name
    return f"{first} {name}"


# "to OpenAI, xAI's bitter rival,": a possessive naming someone's relation, not a party.
_RELATION_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?:rival|competitor|parent|owner|backer|shareholder|investor"
    r"|subsidiary|spin-?off)s?\b",
    re.I,
)


_OWNER_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")  # "Alphabet's Google"


def mark_background(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """Employers, sources ("analysts at Wedbush") and owners named before what they own
    ("Alphabet's Google", "Nvidia's venture arm NVentures"), and owners named in apposition
    ("NVentures, Nvidia's venture arm", veille/offline/parents.py) are background, not parties."""
    offsets = background_offsets(text) | parent_offsets(text, mentions)
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        owner = nxt is not None and bool(_OWNER_GAP.match(text[m.end : nxt.start]))
        modifier = bool(_MODIFIER.match(text, m.end))  # "secured against the Anthropic contract"
        modifier = modifier or bool(_RELATION_AFTER.match(text, m.end))  # "xAI's bitter rival"
        background = m.start in offsets or owner or modifier
        out.append(replace(m, background=True) if background else m)
    return out


# One or two capitalised words closed by a boundary: punctuation or a conjunction/preposition.
_ENTITY_TAIL = re.compile(
    r"(?:\s+(?:[A-ZÀ-Þ][\w&.-]*[\w]|[A-Z]{2,})){1,2}(?=\s*[,;.)(]|\s+(?:and|et|und|y|e|or|ou|o"
    r"|pour|for|für|para|per|a|à|to|in|on|sur|with|avec)\s)"
)
_ENTITY_KINDS = frozenset({"bank", "exchange", "investor"})
# an exchange's index or market is no entity: "Nasdaq Composite", "Nasdaq Futures"
_NOT_ENTITY = lx.NOT_NAMES | {"Composite", "Index", "Indices", "Futures", "Market"}


def entity_extensions(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "Goldman Sachs Alternatives", "AXA IM Alts", "Euronext Amsterdam", "ING Belgique": a
    bank's, an investor's or an exchange's name going on with capitalised words up to a
    boundary names one of its entities, another organisation (session 7, second wave; the
    hyphenated "KfW IPEX-Bank" is read by `orgcontext`). Never over a title, a first name, a
    product or the start of another mention."""
    starts = {m.start for m in mentions}
    found = []
    for m in mentions:
        if not m.known or m.descriptor or m.kind not in _ENTITY_KINDS:
            continue
        tail = _ENTITY_TAIL.match(text, m.end)
        if tail is None or any(s in starts for s in range(tail.start(), tail.end())):
            continue
        words = tail[0].split()
        if any(w in _NOT_ENTITY or w in lx.FIRST_NAMES or w in ow.PRODUCT_NAMES for w in words):
            continue
        name = text[m.start : tail.end()]
        found.append(replace(m, end=tail.end(), name=name, surface=name, kind="other", known=False))
    return found
