"""What a pattern's matches can start with, read once from its parsed form (`re._parser`):
the keys from which veille/cueplan.py chooses the plan `veille/cuegate.py` runs (see its
docstring for how and the decision that the result is exactly `finditer`'s). Kept apart from
the gate itself: this half only reads regexes, once per pattern; the gate runs per text.

Keys are cut short, never guessed, at anything they cannot spell (a large class, a repeat
that may match nothing), so a pattern can only match where one of its keys occurs. In a key,
SPACE stands for any `\\s` and DIGIT for any `\\d`.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from functools import cache
from typing import Any

from veille.trie import trie_regex

KEY_LENGTH = 4  # cued keys: longer ones barely cut the places tried, and cost more to scan
_MAX_CLASS = 64  # a larger class (\w, [^,]) ends a key rather than branching it
_MAX_KEYS = 5_000  # more keys than this: the keys stop growing there (shorter, fewer)
SPACE = "\x00"  # in a key: any white space character
DIGIT = "\x01"  # in a key: any digit
# the keys so far: (those that may not grow, those that may); two sets, so that a step
# walks only the growing ones (session 12: the closed ones were re-added at every step,
# 8.7 million times at first use, most of the 4.6 s warm-up)
_States = tuple[frozenset[str], frozenset[str]]
Items = list[tuple[Any, Any]]  # re._parser's (opcode, argument) items


class Unreadable(Exception):
    """A pattern (or part) whose keys cannot be read."""


@cache
def space_table() -> dict[int, str]:
    """Every character `\\s` matches to SPACE, `\\d` to DIGIT (for str.translate)."""
    every = "".join(map(chr, range(0x110000)))
    return {
        **dict.fromkeys(map(ord, re.findall(r"\s", every)), SPACE),
        **dict.fromkeys(map(ord, re.findall(r"\d", every)), DIGIT),
    }


def _canonical(char: str) -> str:
    if char in (SPACE, DIGIT):
        raise Unreadable("a literal control character would read as a class")
    return char.translate(space_table())


def key_regex(found: frozenset[str]) -> str:
    """The keys as one prefix trie, SPACE standing for `\\s`, DIGIT for `\\d`."""
    trie = trie_regex(found).replace(re.escape(SPACE), r"\s")
    return trie.replace(re.escape(DIGIT), r"\d")


def _class_chars(items: Items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(_canonical(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(_canonical(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(SPACE)
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None  # negated, a large range, another category
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _closed(states: _States) -> _States:
    """Every key ends here."""
    closed, growing = states
    if "" in growing:
        raise Unreadable("a match may start with anything")  # known early: stop exploring
    return (closed | growing, frozenset()) if growing else states


def _size(states: _States) -> int:
    return len(states[0]) + len(states[1])


def _grow(states: _States, chars: frozenset[str] | None, length: int) -> _States:
    closed, growing = states
    if chars is None:
        return _closed(states)
    if not growing:
        return states
    ended, going = set(closed), set[str]()
    for key in growing:
        (going if len(key) + 1 < length else ended).update(key + c for c in chars)
    grown = (frozenset(ended), frozenset(going))
    return grown if _size(grown) <= _MAX_KEYS else _closed(states)


def _walk(items: Items, states: _States, length: int) -> _States:
    for op, av in items:
        if not states[1]:
            break
        states = _step(op, av, states, length)
    return states


def _step(op: Any, av: Any, states: _States, length: int) -> _States:
    if op is sre.LITERAL:
        return _grow(states, frozenset(_canonical(chr(av))), length)
    if op is sre.IN:
        return _grow(states, _class_chars(av), length)
    if op is sre.BRANCH:
        walked = [_walk(list(alt), states, length) for alt in av[1]]
        merged = (
            frozenset[str]().union(*(w[0] for w in walked)),
            frozenset[str]().union(*(w[1] for w in walked)),
        )
        return merged if _size(merged) <= _MAX_KEYS else _closed(states)
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
            raise Unreadable("inline flags")
        return _walk(list(sub), states, length)
    if op is sre.ATOMIC_GROUP:
        return _walk(list(av), states, length)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        return _repeat(low, high, list(sub), states, length)
    if op is sre.ASSERT and av[0] == 1:
        return _lookahead(list(av[1]), states, length)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states  # zero-width: the keys stay what the consumed text spells
    return _closed(states)  # any character, a back-reference, a condition: keys end here


def _lookahead(items: Items, states: _States, length: int) -> _States:
    """The text goes on with what a lookahead spells: its keys, ended there, when they say
    much more than the keys so far ("a" before "(?=\\s+billion)"); else the keys go on
    with what follows (both are prefixes of the text)."""
    try:
        ahead = _closed(_walk(items, states, length))
    except Unreadable:
        return states
    if min(map(len, ahead[0])) >= min(map(len, states[0] | states[1])) + 2:
        return ahead
    return states


def _repeat(low: int, high: int, items: Items, states: _States, length: int) -> _States:
    """Unrolled up to length + 1 times: every key is full by then, unless the repeated part
    may match nothing, and then the keys are cut where the unrolling stops."""
    done = min(low, length + 1)
    for _ in range(done):
        states = _walk(items, states, length)
    if low > done:
        states = _closed(states)
    result = states
    while done < min(high, length + 1):
        done += 1
        states = _walk(items, states, length)
        result = (result[0] | states[0], result[1] | states[1])
    if high > done and states[1]:
        result = _closed(result)
    return result


def parsed(pattern: re.Pattern[str]) -> Items:
    """The parsed pattern. IGNORECASE is kept: its keys, compiled with it, match the same
    case variants as the pattern's own characters (each class is spelled character by
    character, and `re` folds a class as it folds each of its characters)."""
    if pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        raise Unreadable("flags")
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def keys_from(items: Items, length: int) -> frozenset[str]:
    """The shortest keys: a key that goes on another ("ab" after "a") adds no place."""
    ended, going = _walk(items, (frozenset(), frozenset({""})), length)
    found = ended | going
    if "" in found:
        raise Unreadable("a match may start with anything")
    return frozenset(k for k in found if not any(k[:n] in found for n in range(1, len(k))))


def keys(pattern: re.Pattern[str], length: int = KEY_LENGTH) -> frozenset[str]:
    """Strings (1 to `length` characters, SPACE for white space) one of which starts
    every match."""
    return keys_from(parsed(pattern), length)
