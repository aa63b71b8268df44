"""German genitives of known organisations: "Microsofts Azure-Technologie", "Nvidias Chips".

German glues the possessive "-s" to the name without an apostrophe, so the gazetteer's
matcher (which refuses a word character after a name) misses "Microsofts". The mention is the
name without its "-s": it grounds as a substring of the text, and the engine reports the
canonical spelling the article contains.

Decisions: German text only (in English "Intels" or "Oranges" would be plurals or words);
aliases of at least four characters that start with a capital and end in a letter other than
s, x, z or ß (a name ending so takes an apostrophe or nothing: "Siemens'"); built once, lazily.
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline.gazetteer import load_gazetteer
from veille.offline.orgbrands import brand_state
from veille.offline.orgnames import OrgMention
from veille.trie import trie_regex


@cache
def _genitive_re() -> re.Pattern[str]:
    aliases = [
        a
        for a in load_gazetteer().by_alias
        if len(a) >= 4 and a[:1].isupper() and a[-1].isalpha() and a[-1] not in "sxzßSXZ"
    ]
    return re.compile(rf"(?<![\w@#/.-])(?P<name>{trie_regex(aliases)})s(?![\w'’-])")


def genitive_mentions(text: str, lang: str | None) -> list[OrgMention]:
    """Mentions of known organisations in the German genitive (see the module docstring)."""
    if lang != "de":
        return []
    gaz = load_gazetteer()
    found = []
    for m in _genitive_re().finditer(text):
        entry = gaz.by_alias[m["name"]]
        start, end = m.span("name")
        brand, supplier = brand_state(text, start, end)
        name, kind = entry.name, entry.kind
        found.append(OrgMention(start, end, name, m["name"], kind, True, brand, supplier=supplier))
    return found
