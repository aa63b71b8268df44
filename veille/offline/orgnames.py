"""What an organisation mention is, and what a candidate name must look like.

Decision: precision guards live here, in one place, for every context that proposes a name:
a first word that opens sentences, a person's first name, a place, a product, a demonym, a
chip code or a head noun is never an organisation on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from veille.money.lexicon import PREFIX_CURRENCIES
from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.gazetteer import load_gazetteer


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
    background: bool = False
    supplier: bool = False  # a brand that the sentence buys from ("buy Nvidia GPUs")


@cache
def places() -> frozenset[str]:
    """Towns, regions and countries: a name that is one of them alone names no organisation."""
    return frozenset((*lx.PLACES, *lx.COUNTRIES, *ow.REGIONS))


_NOBLE_TITLES = frozenset(
    {"Prince", "Princess", "Prinz", "Príncipe", "Principe", "Sheikh", "Cheikh", "Scheich", "Emir"}
)
_ELIDED_WORD = re.compile(r"[A-Za-z]['’][a-zà-ÿ][\w-]*")


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(PREFIX_CURRENCIES.values())


@cache
def _head_token() -> re.Pattern[str]:
    """A token that introduces a name rather than being part of it: a German head noun
    ("Konzern Nvidia", "Softwareanbieters WalkMe") or an elided article ("L'américaine")."""
    heads = "|".join(ow.GERMAN_HEAD_SUFFIXES)
    return re.compile(rf"[\w-]*(?:{heads})(?:s|en|n)?|[A-Z]\w?['’]\w+")


@cache
def _lone_token() -> re.Pattern[str]:
    """Never a name on its own: a chip or model code ("B200", "MI450"), an institution head
    ("Banque"), a German head noun."""
    heads = "|".join((*ow.GERMAN_HEAD_SUFFIXES, *ow.INSTITUTION_HEADS))
    return re.compile(rf"[A-Z]{{1,4}}\d{{2,4}}\w*|[\w-]*(?:{heads})(?:s|en|n)?")


def _national_body(tokens: list[str]) -> bool:
    """ "US Innovative Technology Fund", "U.S. Commerce Department": the country is part of
    a public body's name (elsewhere "US" opens no name: "in the U.S. Nvidia said")."""
    return tokens[0] in ow.COUNTRY_PREFIXES and any(t in ow.PUBLIC_BODY_WORDS for t in tokens[1:])


# "L'opérateur", "L'entreprise historique", "D'autres": an elided article before lower-case
# words is a noun phrase opening a sentence (an anaphor), never a name; "L'Oréal" keeps its
# capital (session 7, second wave)
_ELIDED_NOUN = re.compile(r"[A-Z]['’][a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)*")


@cache
def _org_ending() -> re.Pattern[str]:
    """An organisation word closing a name ("Capital", "Power", "Robotics"), places left out
    ("Italia", "UK" close a person's name as well: "Marie France")."""
    words = [x for x in ow.ORG_FINAL_WORDS if x not in places() and x != "Iberia"]
    return re.compile(rf"\s(?:{'|'.join(words)})$")


def _first_name_ok(tokens: list[str], name: str, introduced: bool) -> bool:
    """A name opening on a person's first name is an organisation only with a second word
    and either an organisation word closing it ("Sabine Crest Power", "Robert Bosch Venture
    Capital") or an appositive that calls it a company ("Lee Vector, a Cork-based start-up
    whose ..."; `introduced`, session 11): a person is never "X Capital" nor "a start-up"."""
    return len(tokens) > 1 and (introduced or bool(_org_ending().search(name)))


def _opening_ok(tokens: list[str], name: str, introduced: bool) -> bool:
    """A first name opens only an organisation's name (`_first_name_ok`)."""
    return tokens[0] not in lx.FIRST_NAMES or _first_name_ok(tokens, name, introduced)


def valid_candidate(name: str, introduced: bool = False) -> bool:
    if _ELIDED_NOUN.fullmatch(name):
        return False
    tokens = name.split()
    if not tokens or tokens[0] in ow.COUNTRY_PREFIXES:
        return bool(tokens) and _national_body(tokens)
    if (
        tokens[0] in lx.NOT_NAMES
        or tokens[0] in _NOBLE_TITLES
        or not _opening_ok(tokens, name, introduced)
    ):
        return False  # "Prince Alwaleed bin Talal": a person
    if name in places() or name in lx.PRODUCTS or (name.upper() == name and len(name) < 3):
        return False  # "Kenya's largest telecoms operator": a country is no party (session 7)
    if _ELIDED_WORD.fullmatch(name):
        return False  # "L'opérateur a annoncé": an elided article and a common noun
    if name in _currency_codes():
        return False  # "raised CHF 18 million"
    if name in ow.PRODUCT_NAMES or tokens[0] in ow.DEMONYMS or tokens[-1] in ow.DEMONYMS:
        return False
    if len(tokens) == 1 and (_lone_token().fullmatch(name) or name in ow.GENERIC_LONE):
        return False
    if re.search(r"-(?:based|founded|headquartered|listed|owned|backed|led)$", name):
        return False
    last = tokens[-1]
    if last in ow.COUNTRY_ENDINGS and len(tokens) > 1:
        return known_name(" ".join(tokens[:-1]))
    if len(tokens) == 2 and last in _LEGAL and len(tokens[0]) < 3 and tokens[0].isupper():
        return True  # "VF Corp"
    return last not in lx.NOT_NAMES or (last in ow.NAME_ENDINGS and len(tokens) > 1)


_LEGAL = frozenset({"Corp", "Inc", "Ltd", "Co", "LLC", "Group", "Holdings"})
_LINKS = frozenset({"de", "du", "des", "of", "da", "do", "di", "del", "della", "von"})


_OWNER_SPLIT = re.compile(r"['’]s(?:\s|$)")  # compiled once: every candidate name is trimmed


@lru_cache(maxsize=32)  # every context reads its candidates' names again
def trim_name(name: str) -> str:
    owner, *owned = _OWNER_SPLIT.split(name, maxsplit=1)
    # "Sylvera's Bristol team": the owner; "Portugal's Indico Capital Partners": a place owns
    # no organisation, the name is what follows (session 7, second wave)
    name = owned[0] if owned and owned[0][:1].isupper() and owner in places() else owner
    tokens = name.split()
    while len(tokens) > 1 and re.search(
        r"-(?:based|founded|headquartered|listed|backed)$", tokens[0]
    ):
        tokens.pop(0)  # "Bengaluru-based Sarvam AI"
    heads = [
        i
        for i, t in enumerate(tokens[:-1])
        if _head_token().fullmatch(t)
        and (tokens[i + 1] not in _LINKS or "'" in t or "’" in t)  # "Fonds de solidarité"
    ]
    if heads:
        tokens = tokens[heads[-1] + 1 :]  # "Konzern Nvidia", "L'américaine Ayar Labs"
    owner = next(
        (
            i
            for i, t in enumerate(tokens[1:-1], 1)
            if t in _LINKS and tokens[i + 1] in lx.FIRST_NAMES
        ),
        None,
    )
    if owner is not None:
        tokens = tokens[:owner]  # "le groupe CMI de Daniel Kretinsky": the owner is a person
    while (
        len(tokens) > 1
        and not _national_body(tokens)
        and (tokens[0] in lx.NOT_NAMES or tokens[0] in _LINKS or tokens[0] in ow.COUNTRY_PREFIXES)
    ):
        tokens.pop(0)  # "A REN, operadora ...": the article, not the name; "de San Francisco"
    while tokens and (tokens[-1] in lx.NOT_NAMES or tokens[-1] in lx.TRAILING_NOISE):
        if tokens[-1] in ow.NAME_ENDINGS and len(tokens) > 1:
            break  # "Prompt AI", "Silo AI": part of the name
        if tokens[-1] in ow.COUNTRY_ENDINGS and known_name(" ".join(tokens[:-1])):
            break  # "Santander UK"
        if len(tokens) == 2 and tokens[-1] in _LEGAL and len(tokens[0]) < 3:
            break  # "VF Corp": the initials alone would be no name
        tokens.pop()
    return " ".join(tokens).rstrip(".'’")


def known_name(name: str) -> bool:
    return load_gazetteer().get(name) is not None


_WORD_BEFORE = re.compile(r"[\w-]")


def name_hits(name: str, text: str) -> list[re.Match[str]]:
    r"""Every whole-word occurrence of `name` in `text` (a hyphen before it is a word's).

    The hits of `(?<![\w-])NAME(?![\w])`, found as the name's own literal (which `re`
    finds at C speed; a lookbehind first makes it try every position) with the character
    before each occurrence checked: a rejected one resumes one character on, an accepted
    one at its end, as `finditer` would."""
    if not name:
        return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))
    literal = re.compile(rf"{re.escape(name)}(?![\w])")
    found, at = [], 0
    while (m := literal.search(text, at)) is not None:
        if m.start() and _WORD_BEFORE.match(text, m.start() - 1):
            at = m.start() + 1
        else:
            found.append(m)
            at = m.end()
    return found


# session 13: "Superintendencia de Industria y Comercio": after a link, a conjunction joins a
# last word that no link follows ("State Bank of India and Bank of Baroda") nor is an org
_AND_WORD = re.compile(
    r"\s+(?:y|e|and|et|und)\s+(?P<w>[A-ZÀ-ÖØ-Þ][\w&'’.-]*\w)"
    r"(?=\s*[,.;:()]|\s+(?!(?:de|of|di|do|da|für|del|des|du)\s)[a-zà-ÿ])"
)
_HAS_LINK = re.compile(r"\s(?:de|of|di|do|da|für|del|des|du)\s")


def joined_end(text: str, start: int, end: int) -> int:
    """Where an institution's name found at `start`..`end` really ends (see above)."""
    joined = _AND_WORD.match(text, end) if _HAS_LINK.search(text, start, end) else None
    return joined.end() if joined and not known_name(joined["w"]) else end
