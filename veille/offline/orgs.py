"""Organisation mentions: gazetteer matches, descriptors ("the ChatGPT maker") and
organisations the gazetteer does not know, found from their context.

Decisions:
- An unknown name is accepted only from a strong context (a head noun such as "start-up",
  "la société", "das Unternehmen"; an acquisition verb; a legal suffix; an appositive "X, a
  ... company"), then every other occurrence of that exact name in the article is a mention.
- Person first names, places and products are refused: precision matters as much as recall.
- A mention used as a hardware brand ("Nvidia GB300 systems", "GPU NVIDIA") is flagged
  `brand`: it is an organisation the article names, but not a party to the sentence's deal.
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.gazetteer import GazetteerEntry, load_gazetteer
from veille.offline.orgacronyms import acronym_pairs
from veille.offline.orgbrands import brand_state
from veille.offline.orggenitive import genitive_mentions
from veille.offline.orgnames import OrgMention, known_name, name_hits, trim_name, valid_candidate
from veille.offline.orgpost import (
    entity_extensions,
    known_short_forms,
    listed_with_orgs,
    mark_background,
)
from veille.offline.orgscan import ORGS
from veille.offline.orgsubjects import subject_names
from veille.offline.orgtitle import title_protagonists
from veille.offline.orgunknown import descriptor_re, unknown_names


@ORGS.member
def _members() -> tuple[re.Pattern[str], ...]:
    """The gazetteer's matcher, read through the family scan (veille/offline/orgscan.py)."""
    return (load_gazetteer().matcher,)


def _known(text: str) -> list[OrgMention]:
    gaz = load_gazetteer()
    found = []
    for m in ORGS.finditer(gaz.matcher, text):
        entry: GazetteerEntry = gaz.by_alias[m[0]]
        brand, supplier = brand_state(text, m.start(), m.end())
        found.append(
            OrgMention(
                m.start(), m.end(), entry.name, m[0], entry.kind, True, brand, supplier=supplier
            )
        )
    for m in ORGS.finditer(descriptor_re(), text):
        owner = lx.PRODUCTS[m["a"] or m["b"]]
        owner_entry = gaz.get(owner)
        kind = owner_entry.kind if owner_entry else "other"
        found.append(OrgMention(m.start(), m.end(), owner, m[0], kind, True, descriptor=True))
    return found


@cache
def _government_re() -> re.Pattern[str]:
    return re.compile(rf"(?:\S+\s)?(?:{'|'.join(ow.GOVERNMENT_HEADS)})\b")


@cache
def _regulator_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(ow.REGULATOR_HEADS)})\b")


def _mentions_of(
    text: str, name: str, canon: str, entry: GazetteerEntry | None
) -> list[OrgMention]:
    kind = entry.kind if entry else "other"
    if entry is None and _government_re().match(canon):
        kind = "government"  # "Ministry of ...", "Agenzia Spaziale ...": they award contracts
    elif entry is None and _regulator_re().match(canon):
        kind = "regulator"  # "Comisión Nacional ...": an unknown regulator, never a party
    found = []
    for m in name_hits(name, text):
        brand, supplier = brand_state(text, m.start(), m.end())
        known = entry is not None
        found.append(
            OrgMention(m.start(), m.end(), canon, name, kind, known, brand, supplier=supplier)
        )
    return found


def _title_may_add(title: str, text: str, seen: set[str]) -> bool:
    """A cheap gate (most headlines name only organisations the body already yields): some
    capitalised title word of four letters or more, not a word of a name already found nor a
    place or common word, occurs in the body."""
    words = {w for name in seen for w in name.split()}
    return any(
        w not in words and w not in lx.NOT_NAMES and w not in lx.PLACES and w in text
        for w in re.findall(r"[A-ZÀ-Þ][\w:.-]{3,}", title)
    )


def _title_names(title: str, text: str, lang: str | None, seen: set[str]) -> set[str]:
    """Names the headline introduces by a context ("La start-up lilloise Ormaq lève ...",
    "Le strasbourgeois Rhénus Calcul commande ...") that the body then uses bare ("Ormaq
    change de dimension."): news prose introduces a newcomer once, often only in the title.

    Decision: only names the body repeats, as whole words. The body vetoes a name it writes
    as a place or a person ("a Zurich-based start-up", "in Melbourne", "Ilya Sutskever",
    "founded by Sutskever", "OpenAI chair Bret Taylor"): headlines compress
    "Sutskever's Safe Superintelligence" and "Melbourne GPU cloud X"."""
    if not title or not _title_may_add(title, text, seen):
        return set()
    spans = [(m.start, m.end) for m in _known(title)]
    names, _ = unknown_names(title, spans, lang)
    names |= {
        n
        for raw, start in subject_names(title, text)
        if not any(s <= start < e for s, e in spans)
        and valid_candidate(n := trim_name(raw))
        and not known_name(n)
    }
    return {
        n
        for n in names
        if (hits := name_hits(n, text)) and not any(_person_or_place(text, m) for m in hits)
    } | title_protagonists(title, text, spans, lang)


_PLACE_AFTER = re.compile(r"-(?:based|headquartered|born)\b")
_PERSON_OR_PLACE_BEFORE = re.compile(
    r"(?:(?<=\S\s)[A-ZÀ-Þ][\w.-]*|\b(?:in|at|near|by|à|en|près de|par|chair(?:man|woman)?"
    r"|CEO|founder|co-founder|president|scientist|executive|président|fondateur|cofondateur"
    r"|directeur|patron|PDG|dirigeant))\s+$"
)


def _person_or_place(text: str, m: re.Match[str]) -> bool:
    """The occurrence ends a longer capitalised name ("Ilya Sutskever", "ETH Zurich"; a
    sentence's first word does not count), follows a place or person word, or opens "-based"."""
    before = re.split(r"[.!?:;\n«»\"(]", text[max(0, m.start() - 40) : m.start()])[-1]
    return bool(_PERSON_OR_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, m.end()))


def find_orgs(text: str, lang: str | None = None, title: str = "") -> list[OrgMention]:
    """Every organisation mention of `text`, in order, without overlaps (longest wins);
    `title` only lends the names its contexts introduce (see `_title_names`)."""
    gaz = load_gazetteer()
    mentions = _known(text) + genitive_mentions(text, lang)
    spans = [(m.start, m.end) for m in mentions]
    unknown, respelled = unknown_names(text, spans, lang)
    unknown |= {
        n
        for n in _title_names(title, text, lang, {*unknown, *(m.surface for m in mentions)})
        - unknown
        if not any(s <= m.start() < e for s, e in spans for m in name_hits(n, text))
    }
    for long, acronym in acronym_pairs(text):
        entry = gaz.get(long) or gaz.get(acronym)
        canon = entry.name if entry else long
        for surface in (long, acronym):
            mentions.extend(_mentions_of(text, surface, canon, entry))
        unknown.discard(long)
    # sorted, never in set order: the outputs must not depend on the interpreter's hash seed
    # (session 6: "Shares" took the long name a seed happened to list first)
    longs = sorted((n for n in unknown if " " in n), key=lambda n: (text.find(n), n))
    for name in sorted(unknown, key=lambda n: (-len(n), n)):
        canon = next((n for n in longs if n != name and n.split()[0] == name), name)
        mentions.extend(_mentions_of(text, name, canon, None))
    for name in respelled:
        entry = gaz.get(name)
        mentions.extend(_mentions_of(text, name, entry.name if entry else name, entry))
    mentions.extend(known_short_forms(text, mentions))
    mentions.extend(entity_extensions(text, mentions))
    for name in listed_with_orgs(text, mentions) - unknown:
        mentions.extend(_mentions_of(text, name, name, None))
    mentions.sort(key=lambda o: (o.start, -(o.end - o.start)))
    kept: list[OrgMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return mark_background(text, kept)
