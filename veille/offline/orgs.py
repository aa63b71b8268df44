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

from veille import cuegate
from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.gazetteer import GazetteerEntry, load_gazetteer
from veille.offline.orgbrands import brand_state
from veille.offline.orgcontext import (
    acronym_pairs,
    context_names,
    enumerated,
    extension_names,
)
from veille.offline.orgcues import cue_names, letter_names, part_names
from veille.offline.orggenitive import genitive_mentions
from veille.offline.orgnames import OrgMention, known_name, trim_name, valid_candidate
from veille.offline.orgpost import (
    entity_extensions,
    known_short_forms,
    listed_with_orgs,
    mark_background,
)
from veille.offline.orgwords import adjective_pattern
from veille.trie import trie_alternation

# "D.A. Davidson", "J.P. Morgan": dotted initials open a name
_TOKEN = (
    r"U\.[SK]\.|(?:[A-Z]\.){2,}(?=\s[A-Z])|[A-ZÀ-ÖØ-Þ][\w&'’.:-]*[\w]|[A-Z]|[a-z]{1,2}[A-Z]\w*"
    r"|\d+[A-Z]\w*"
)
_LINK = r"(?:(?:de|da|do|di|del|della|des|du|of)\s|d['’])?"
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
def _descriptor_re() -> re.Pattern[str]:
    products = "|".join(sorted(lx.PRODUCTS, key=len, reverse=True))
    roles_after = "|".join(lx.DESCRIPTOR_ROLES_AFTER)
    roles_before = "|".join(lx.DESCRIPTOR_ROLES_BEFORE)
    return re.compile(
        rf"(?P<a>{products})[\s-](?:{roles_after})\b"
        rf"|(?<![\w])(?:{roles_before})\s+(?:of|de|du|d['’]|des|do|da|di|del|von)\s*"
        rf"(?:the\s+)?(?P<b>{products})(?![\w])"
    )


def _candidates(text: str, lang: str | None) -> list[tuple[str, int, bool]]:
    """(name, offset, may_extend_a_known_name) from every context, before validation."""
    found: list[tuple[str, int, bool]] = []
    for m in cuegate.finditer(_context_re(), text):
        group = next(g for g, v in m.groupdict().items() if v)
        found.append((m[group], m.start(group), False))
        found.extend((n, start, False) for n, start in enumerated(text, m.end(group)))
    found.extend((n, start, False) for n, start in _names_before_cues(text))
    for m in cuegate.finditer(_list_re(), text):
        for part in re.split(_JOIN, m[1]):
            found.append((part, m.start(1) + m[1].index(part), False))
    found.extend((name, start, True) for name, start in context_names(text))
    found.extend((name, start, False) for name, start in cue_names(text))
    if lang in (None, "pt", "es"):
        for m in _article_re().finditer(text):
            name = trim_name(m["name"])
            if (
                len(name) > 3
                and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)) >= 2
            ):
                found.append((name, m.start("name"), False))
    return found


def _unknown_names(
    text: str, known_spans: list[tuple[int, int]], lang: str | None = None
) -> tuple[set[str], set[str]]:
    """Names found from context: (unknown to the gazetteer, known to it only by a spelling
    its case-sensitive matcher does not catch, such as "Stackit" for "STACKIT")."""
    names: set[str] = set()
    respelled: set[str] = set()
    for raw, start, may_extend in _candidates(text, lang):
        name = trim_name(raw)
        end = start + len(raw)
        host = next(((s, e) for s, e in known_spans if s <= start < e), None)
        if _BARE_GERMAN_HEAD.search(text, max(0, start - 20), start):
            continue
        extends = may_extend or bool(_FUND_HEAD.search(text, max(0, start - 12), start))
        if host and not (extends and end > host[1] and _extends(text, host, name)):
            continue
        if not name or not valid_candidate(name):
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
    r"(?<![\w-])[Dd](?:er|ie|as|em|en|es) (?:Unternehmen|Konzern|Firma)\s+$"
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


def _known(text: str) -> list[OrgMention]:
    gaz = load_gazetteer()
    found = []
    for m in gaz.matcher.finditer(text):
        entry: GazetteerEntry = gaz.by_alias[m[0]]
        brand, supplier = brand_state(text, m.start(), m.end())
        found.append(
            OrgMention(
                m.start(), m.end(), entry.name, m[0], entry.kind, True, brand, supplier=supplier
            )
        )
    for m in cuegate.finditer(_descriptor_re(), text):
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
    for m in _name_hits(name, text):
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
    names, _ = _unknown_names(title, spans, lang)
    return {
        n
        for n in names
        if (hits := _name_hits(n, text)) and not any(_person_or_place(text, m) for m in hits)
    }


def _name_hits(name: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))


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
    unknown, respelled = _unknown_names(text, spans, lang)
    unknown |= {
        n
        for n in _title_names(title, text, lang, {*unknown, *(m.surface for m in mentions)})
        - unknown
        if not any(s <= m.start() < e for s, e in spans for m in _name_hits(n, text))
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
