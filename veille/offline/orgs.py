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
from dataclasses import dataclass
from functools import cache

from veille.offline import lexicon as lx
from veille.offline.gazetteer import GazetteerEntry, load_gazetteer


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str
    surface: str
    kind: str
    known: bool
    brand: bool = False
    descriptor: bool = False


_TOKEN = r"[A-Z][\w&'’.-]*[\w]|[A-Z]|[a-z]{1,2}[A-Z]\w*"
_LINK = r"(?:(?:de|da|do|di|del|della|des|du|of)\s)?"
_NAME = rf"(?P<name>(?:{_TOKEN})(?:\s{_LINK}(?:{_TOKEN}))" + r"{0,3})"
_ITEM = rf"(?:{_TOKEN})(?:\s(?:{_TOKEN})){{0,3}}"
_JOIN = r"(?:,\s*|\s+(?:ou encore|et|and|or|ou|und|oder|y|e|o)\s+)"


@cache
def _context_re() -> re.Pattern[str]:
    """All the contexts that introduce an unknown organisation, as ONE pattern (one pass);
    group `nK` holds the name found by context K."""
    heads = "|".join(lx.ORG_HEADS)
    adjectives = "|".join(lx.NATIONALITY_ADJECTIVES)
    acquire = "|".join(lx.ACQUIRE_OBJECT_CUES)
    lists = "|".join(lx.LIST_HEADS)
    contexts = (
        rf"(?<![\w-])(?:{heads})\s+(?:(?:{adjectives})\s+)?{_NAME}",
        rf"(?<![\w])(?:{acquire})\s+{_NAME}",
        rf"{_NAME}\s+(?:{'|'.join(lx.LEGAL_SUFFIXES)})(?![\w])",
        rf"{_NAME},\s+(?:{'|'.join(lx.APPOSITIVE_OPENERS)})\s+(?:[\w'’-]+\s+){{0,5}}?"
        rf"(?:{'|'.join(lx.APPOSITIVE_HEADS)})\b",
        rf"(?:{lists})\s+{_NAME}",
        rf"{_NAME},\s+(?:{'|'.join(lx.APPOSITIVE_RELATIONS)})\b",
        rf"(?<![\w-])(?P<name>[A-Z]\w+-(?:{'|'.join(lx.GROUP_SUFFIXES)}))(?![\w])",
    )
    numbered = (c.replace("(?P<name>", f"(?P<n{i}>") for i, c in enumerate(contexts))
    return re.compile("|".join(f"(?:{c})" for c in numbered))


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
def _descriptor_re() -> re.Pattern[str]:
    products = "|".join(sorted(lx.PRODUCTS, key=len, reverse=True))
    roles_after = "|".join(lx.DESCRIPTOR_ROLES_AFTER)
    roles_before = "|".join(lx.DESCRIPTOR_ROLES_BEFORE)
    return re.compile(
        rf"(?P<a>{products})[\s-](?:{roles_after})\b"
        rf"|(?<![\w])(?:{roles_before})\s+(?:of|de|du|d['’]|des|do|da|di|del|von)\s*"
        rf"(?:the\s+)?(?P<b>{products})(?![\w])"
    )


@cache
def _brand_after() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]s)?[\s-](?:{'|'.join(lx.BRAND_FOLLOWERS)})(?![\w])")


@cache
def _brand_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(lx.BRAND_PRECEDERS)})\s+$")


def _valid_candidate(name: str) -> bool:
    tokens = name.split()
    if not tokens or tokens[0] in lx.NOT_NAMES or tokens[0] in lx.FIRST_NAMES:
        return False
    if name in lx.PLACES or name in lx.PRODUCTS or (name.upper() == name and len(name) < 3):
        return False
    return all(t not in lx.NOT_NAMES for t in tokens[-1:])


def _trim_name(name: str) -> str:
    tokens = name.split()
    while tokens and (tokens[-1] in lx.NOT_NAMES or tokens[-1] in lx.TRAILING_NOISE):
        tokens.pop()
    return " ".join(tokens).rstrip(".'’")


def _known_name(name: str) -> bool:
    return load_gazetteer().get(name) is not None


def _unknown_names(text: str, known_spans: list[tuple[int, int]]) -> set[str]:
    names: set[str] = set()
    for m in _context_re().finditer(text):
        group = next(g for g, v in m.groupdict().items() if v)
        name = _trim_name(m[group])
        inside_known = any(s <= m.start(group) < e for s, e in known_spans)
        if name and not inside_known and _valid_candidate(name) and not _known_name(name):
            names.add(name)
    for m in _list_re().finditer(text):
        for part in re.split(_JOIN, m[1]):
            name = _trim_name(part)
            if name and _valid_candidate(name) and not _known_name(name):
                names.add(name)
    for m in _article_re().finditer(text):
        name = _trim_name(m["name"])
        valid = name and len(name) > 3 and _valid_candidate(name) and not _known_name(name)
        if valid and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)) >= 2:
            names.add(name)
    return names | _short_forms(text, names)


def _short_forms(text: str, names: set[str]) -> set[str]:
    """ "Kinetra" for "Kinetra Robotics" when the article also uses the short form."""
    short = set()
    for name in names:
        head, _, rest = name.partition(" ")
        alone = rf"(?<![\w-]){re.escape(head)}(?!\s+{re.escape(rest)})(?![\w])"
        usable = rest and len(head) > 3 and _valid_candidate(head) and not _known_name(head)
        if usable and re.search(alone, text):
            short.add(head)
    return short


def _is_brand(text: str, start: int, end: int) -> bool:
    return bool(
        _brand_after().match(text, end) or _brand_before().search(text, max(0, start - 30), start)
    )


def _known(text: str) -> list[OrgMention]:
    gaz = load_gazetteer()
    found = []
    for m in gaz.matcher.finditer(text):
        entry: GazetteerEntry = gaz.by_alias[m[0]]
        brand = _is_brand(text, m.start(), m.end())
        found.append(OrgMention(m.start(), m.end(), entry.name, m[0], entry.kind, True, brand))
    for m in _descriptor_re().finditer(text):
        owner = lx.PRODUCTS[m["a"] or m["b"]]
        owner_entry = gaz.get(owner)
        kind = owner_entry.kind if owner_entry else "other"
        found.append(OrgMention(m.start(), m.end(), owner, m[0], kind, True, descriptor=True))
    return found


def find_orgs(text: str) -> list[OrgMention]:
    """Every organisation mention, in order, without overlaps (longest wins)."""
    mentions = _known(text)
    spans = [(m.start, m.end) for m in mentions]
    unknown = _unknown_names(text, spans)
    longs = [n for n in unknown if " " in n]
    for name in sorted(unknown, key=len, reverse=True):
        canon = next((n for n in longs if n != name and n.split()[0] == name), name)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text):
            brand = _is_brand(text, m.start(), m.end())
            mentions.append(OrgMention(m.start(), m.end(), canon, name, "other", False, brand))
    mentions.sort(key=lambda o: (o.start, -(o.end - o.start)))
    kept: list[OrgMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
