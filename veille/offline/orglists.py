"""Enumerations of capitalised names closed by a conjunction ("Adobe, Canva und Meta"), read
item by item with no context around them: `orgpost.listed_with_orgs` calls organisations the
names listed with known ones.

Why a module of its own: orgcontext's rules find a name by its context (and read the names
enumerated after it, `orgcontext.enumerated`); these lists need none, and only the
post-pass reads them (split from orgcontext.py in session 12 for module size).
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import orgwords as w
from veille.offline.orgcontext import NAME
from veille.trie import trie_alternation


@cache
def _list_re() -> re.Pattern[str]:
    joiner = rf"(?:\s*,\s*|\s+(?:{trie_alternation(w.ENUM_JOINERS[1:])})\s+)"
    prefix = rf"(?:(?:{trie_alternation(w.ITEM_PREFIXES)})\s+)?"
    return re.compile(rf"(?<![\w-]){NAME}(?:{joiner}{prefix}{NAME})+")


@cache
def _list_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?:(?:{trie_alternation(w.ITEM_PREFIXES)})\s+)?(?P<name>{NAME})"),
        re.compile(rf"\s(?:{trie_alternation(w.ENUM_JOINERS[1:])})\s"),
    )


def name_lists(text: str) -> list[list[tuple[str, int]]]:
    """Enumerations of capitalised names closed by a conjunction ("Adobe, Canva und Meta"),
    item by item; comma-only runs ("Separately, Apple") are no list."""
    item, conjunction = _list_parts()
    lists = []
    for m in _list_re().finditer(text):
        closing = [c.end() for c in conjunction.finditer(text, m.start(), m.end())]
        if not closing:
            continue
        end = next((x.end() for x in item.finditer(text, closing[-1], m.end())), m.end())
        found = [(x["name"], x.start("name")) for x in item.finditer(text, m.start(), end)]
        lists.append(found)
    return lists
