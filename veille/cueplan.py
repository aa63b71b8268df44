"""Where a pattern is tried, read from its keys (veille/cuekeys.py): the `Plan` the gate
(veille/cuegate.py) runs per text, "cued", "keyed", "gated" or "whole" (see cuegate's
docstring for what each means and the decision that the result is exactly `finditer`'s).

Why a module of its own: cuekeys reads what a parsed pattern's matches can start with;
this half chooses, from those keys, how the pattern is tried (split from cuekeys.py in
session 12 for module size). Both run once per pattern; the gate runs per text.
"""

from __future__ import annotations

import re
import re._constants as sre
from dataclasses import dataclass

from veille.cuekeys import KEY_LENGTH, Items, Unreadable, keys_from, parsed

CUE_LENGTHS = (5, KEY_LENGTH)  # tried in turn for cued keys (see `_cued_keys`)
SEARCH_LENGTH = 10  # keyed keys: searched for, so the longer the rarer
REQUIRED_LENGTH = 6  # gate keys: enough to be rare, short enough to be read fast
_MANY_CUES = 5_000


def _flat(items: Items) -> Items:
    """The top-level sequence with its plain groups opened ("(?P<name>A B)" is "A B")."""
    flat: Items = []
    for op, av in items:
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            flat.extend(_flat(list(av[3])))
        else:
            flat.append((op, av))
    return flat


def _required(items: Items, length: int = REQUIRED_LENGTH) -> frozenset[str] | None:
    """Strings one of which every match contains: the keys of the top-level part (opening
    on a word or a choice of words) whose keys are longest (then fewest), or None when
    none has keys of 3 characters or more."""
    best: tuple[int, int] | None = None
    chosen = None
    for start in range(1, len(items)):
        if items[start][0] not in (sre.LITERAL, sre.BRANCH):
            continue  # a cue is a word or a choice of words; a class or a repeat says little
        try:
            found = keys_from(items[start:], length)
        except Unreadable:
            continue
        score = (min(map(len, found)), -len(found))
        if score[0] >= 3 and (best is None or score > best):
            best, chosen = score, found
    return chosen


def _word_start(items: Items) -> bool:
    """The items open on a lookbehind refusing a word character before them."""
    if not items or items[0][0] is not sre.ASSERT_NOT:
        return False
    direction, sub = items[0][1]
    body = list(sub)
    return (
        direction == -1
        and len(body) == 1
        and body[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in body[0][1]
        and (sre.NEGATE, None) not in body[0][1]
    )


def _plan_items(items: Items) -> tuple[str, frozenset[str] | None]:
    """("cued", keys), ("keyed", keys), ("gated", keys) or ("whole", None) for a sequence.
    Weak keys (one or two characters: "[A-Z][a-z]+bank" starts with any capitalised word;
    thousands of them) make it gated instead when it can be."""
    word = _word_start(items)
    if word and (cued := _cued_keys(items)):
        return "cued", cued
    try:
        own: frozenset[str] | None = keys_from(items, KEY_LENGTH if word else SEARCH_LENGTH)
    except Unreadable:
        own = None
    if own and not word and min(map(len, own)) >= 3:
        return "keyed", own
    required = _required(items)
    if required:
        return "gated", required
    return (("cued" if word else "keyed"), own) if own else ("whole", None)


def _cued_keys(items: Items) -> frozenset[str] | None:
    """The longest keys (of `CUE_LENGTHS`) fit for a cued plan: at most `_MANY_CUES`, none
    shorter than 3 characters."""
    for length in CUE_LENGTHS:
        try:
            own = keys_from(items, length)
        except Unreadable:
            return None
        if len(own) <= _MANY_CUES and min(map(len, own)) >= 3:
            return own
    return None


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


@dataclass(frozen=True)
class Plan:
    """Where a pattern is tried: at word starts where a `cued` key occurs, where a `keyed`
    key occurs; the whole text when a `gate` key occurs, or always (`whole`)."""

    cued: frozenset[str] = frozenset()
    keyed: frozenset[str] = frozenset()
    gate: frozenset[str] = frozenset()
    whole: bool = False


def plan(pattern: re.Pattern[str]) -> Plan:
    """The pattern's plan; an alternation ("(?:A)|(?:B)") is planned alternative by
    alternative: it can start wherever one of them can."""
    try:
        items = _flat(parsed(pattern))
    except Unreadable:
        return Plan(whole=True)
    branches = [items]
    if items[-1][0] is sre.BRANCH and all(op in _ZERO_WIDTH for op, _ in items[:-1]):
        # "(?<!x)(?:A|B)" is "(?<!x)A" or "(?<!x)B"
        branches = [[*items[:-1], *_flat(list(alt))] for alt in items[-1][1][1]]
    found: dict[str, frozenset[str]] = {"cued": frozenset(), "keyed": frozenset(),
                                        "gated": frozenset()}  # fmt: skip
    for branch in branches:
        how, keys_ = _plan_items(branch)
        if keys_ is None:
            return Plan(whole=True)
        found[how] |= keys_
    return Plan(found["cued"], found["keyed"], found["gated"])
