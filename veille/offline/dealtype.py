"""Deal type from cue words, the parties' kinds and the neighbouring sentences.

Decision: explicit cues near the amount decide (event cues count closer than topic cues);
without any, the parties decide (a cloud provider with a customer is a compute deal, an
investor's money is an investment), then the sentences around; else "other".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from veille import cuegate
from veille.offline import cues
from veille.offline.gazetteer import CLOUD_KINDS, INVESTOR_KINDS, entry_for
from veille.offline.lowscan import LOWERED
from veille.trie import trie_regex

EVENT_WEIGHT = 0.5
RIGHT_TOPIC_WEIGHT = 1.5
RIGHT_EVENT_FACTOR = 1.5


@dataclass(frozen=True)
class Cue:
    type: str | None
    strength: str
    start: int
    end: int


_META = re.compile(r"[\\\[\]()?*+{}|^$.]")


def factor(fragments: tuple[str, ...], plurals: bool = False) -> str:
    """Literal fragments go into one prefix trie (fast); real patterns stay alternatives.
    With `plurals`, "partenariat" also matches "partenariats"."""
    literals = [f.lower() for f in fragments if not _META.search(f)]
    if plurals:
        literals += [f + "s" for f in literals if f[-1:].isalpha() and not f.endswith("s")]
    patterns = [f for f in fragments if _META.search(f)]
    parts = ([trie_regex(literals, flexible_space=True)] if literals else []) + patterns
    return "|".join(parts)


@cache
def _cue_re(folded: bool = True) -> re.Pattern[str]:
    """One alternation, one named group per cue family: the first listed family wins.

    `folded`: the pattern is lower-case and runs on the lower-cased text, several times
    faster than IGNORECASE on this many alternatives (same offsets when lower() keeps the
    length, which the caller checks)."""
    groups = (
        f"(?P<g{i}>{factor(frags, plurals=kind in ('partnership', 'licensing'))})"
        for i, (kind, _, frags) in enumerate(cues.DEAL_CUES)
    )
    pattern = rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])"
    return re.compile(_fold_pattern(pattern)) if folded else re.compile(pattern, re.I)


@LOWERED.member
def _members() -> tuple[re.Pattern[str], ...]:
    return (_cue_re(True),)


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (nearly always), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def folded(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(pattern for lowered text, IGNORECASE fallback) of one regex source."""
    return re.compile(_fold_pattern(pattern)), re.compile(pattern, re.I)


def _fold_pattern(pattern: str) -> str:
    """Lower-case the letters a pattern matches, never escapes ("\\S") or group names."""
    return re.sub(
        r"\\.|\(\?P<\w+>|[^\\(]", lambda m: m[0] if len(m[0]) > 1 else m[0].lower(), pattern
    )


_GOODS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:GPUs?|chips?|processors?|procesadores|processeurs|puces|"
    r"processadores|processori|Prozessoren|servers?|servidores|serveurs|equipment|équipements|"
    r"hardware|accelerators?|accélérateurs)\b",
    re.I,
)
_PAYMENT = re.compile(r"(?:cash and|cash or|in|en|et en|in contanti e in|em)\s+$", re.I)


@cache
def _demonstrative_re() -> re.Pattern[str]:
    words = "|".join(cues.DEMONSTRATIVES)
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w-]+\s+)?$", re.I)


def all_cues(text: str) -> list[Cue]:
    """Every deal cue of the text, in order (see `cues.DEAL_CUES`).

    An event after a demonstrative ("ce partenariat", "this deal") refers back to a deal
    already described: its strength is "back" (it may carry an amount, never a new deal).
    The rules, the re-ranker and the type classifier (on each evidence) all read them:
    computed once per text (a fresh list each call, so a caller may not spoil another's).
    The cache holds about one article's texts: larger, it would keep the benchmark's 27
    articles across rounds and overstate the speed on a stream of new articles.
    """
    return list(_all_cues(text))


@lru_cache(maxsize=64)
def _all_cues(text: str) -> tuple[Cue, ...]:
    low = lowered(text)
    if low is not None:  # with the other cues of the lower-cased text (offline/lowscan.py)
        return _read_cues(text, LOWERED.finditer(_cue_re(True), low))
    return _read_cues(text, cuegate.finditer(_cue_re(False), text))


def _read_cues(text: str, matches: list[re.Match[str]], shift: int = 0) -> tuple[Cue, ...]:
    """The cues of the cue pattern's `matches` over `text`, whose offsets are `shift` more
    than the text's (a window of a longer text, see `window_cues`)."""
    found: list[Cue] = []
    for m in matches:
        index = int((m.lastgroup or "g0")[1:])
        kind, strength, _ = cues.DEAL_CUES[index]
        start, end = m.start() - shift, m.end() - shift
        back = strength != "topic" and _demonstrative_re().search(text, max(0, start - 30), start)
        if strength == "topic" and _PAYMENT.search(text, max(0, start - 16), start):
            continue  # "for $140 million in cash and stock": how it is paid, not what
        if kind == "acquisition" and _GOODS.match(text, end):
            kind = "supply"  # "adquirir los procesadores más avanzados": buying goods
        found.append(Cue(kind, "back" if back else strength, start, end))
    return tuple(found)


_WORDISH = re.compile(r"[\w-]")


def window_cues(text: str, start: int, end: int) -> list[Cue]:
    """`all_cues(text[start:end])` (offsets in the window), the pattern's matches read from
    the article's scan instead of a scan of the window (session 16: the type model's three
    evidences an article, ~3 % of the engine).

    Session 12's margin rule, made exact: the window's own scan sees the text's ends where
    the article's sees more text. The cue pattern reads backwards only in its opening
    lookbehind (`_window_safe`), and a match cut by the window's end is the match of
    `finditer(low, start, end)` (`endpos` reads as the end of the string). So the window's
    matches are the article's lower-cased text's matches between `start` and `end` when the
    window lowers to the same characters and the character before it is no word character
    or hyphen.
    Everything read around a match (demonstrative, payment words, goods) is read in the
    window itself, as `all_cues` does. Otherwise the window is scanned alone."""
    window = text[start:end]
    low = lowered(text)
    if low is None or (start and _WORDISH.match(low, start - 1)) or not _window_safe():
        return all_cues(window)
    if low[start:end] != window.lower():
        return all_cues(window)
    matches = LOWERED.window(_cue_re(True), low, start, end)
    if matches is None:
        return all_cues(window)
    return list(_read_cues(window, matches, start))


@cache
def _window_safe() -> bool:
    """The lower-cased cue pattern reads before a place only in its opening lookbehind: no
    other lookbehind, no anchor, and a word boundary only after something consumed (the
    supply cue's "command\\w*(?= (?:pour|...)\\b)"), so never before the window."""
    parsed = re._parser.parse(_cue_re(True).pattern)
    head = parsed[0] if len(parsed) else None
    opening = head is not None and head[0] is _SRE.ASSERT_NOT and head[1][0] == -1
    rest = re._parser.SubPattern(parsed.state, list(parsed)[1:])
    return opening and _forward_only(rest, False)


_SRE = re._constants
_BOUNDARIES = (_SRE.AT_BOUNDARY, _SRE.AT_NON_BOUNDARY)


def _forward_only(seq: Any, consumed: bool) -> bool:
    """No item of a parsed sequence reads before the place it was tried at. `consumed`: a
    character was matched before the sequence starts (a boundary there reads inside)."""
    for op, av in seq:
        if op is _SRE.AT and not (consumed and av in _BOUNDARIES):
            return False
        if op in (_SRE.ASSERT, _SRE.ASSERT_NOT):
            if av[0] == -1 or not _forward_only(av[1], consumed):
                return False
        elif op is _SRE.SUBPATTERN:
            if not _forward_only(av[3], consumed):
                return False
        elif op is _SRE.BRANCH:
            if not all(_forward_only(branch, consumed) for branch in av[1]):
                return False
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
            if not _forward_only(av[2], consumed):
                return False
        elif op not in (_SRE.LITERAL, _SRE.NOT_LITERAL, _SRE.IN, _SRE.ANY, _SRE.AT):
            return False  # anything else (atomic groups, references): not proven
        width = re._parser.SubPattern(seq.state, [(op, av)]).getwidth()[0]
        consumed = consumed or width > 0
    return True


def find_cues(found: list[Cue], start: int, end: int) -> list[Cue]:
    """The cues of `found` (from `all_cues`) inside [start, end)."""
    lo = bisect_left(found, start, key=lambda c: c.start)
    hi = bisect_left(found, end, key=lambda c: c.start)
    return found[lo:hi]


def nearest_type(found: list[Cue], start: int, end: int) -> str | None:
    """The type of the typed cue nearest to [start, end)."""
    best, best_distance = None, float("inf")
    for cue in found:
        if cue.type is None or cue.strength == "back":
            continue
        gap = max(cue.start - end, start - cue.end, 0)
        weight = EVENT_WEIGHT if cue.strength == "event" else 1.0
        if cue.strength == "topic" and cue.start >= end:
            weight = RIGHT_TOPIC_WEIGHT
        elif cue.start >= end:
            weight *= RIGHT_EVENT_FACTOR  # "takeover ... at $9 billion and ... leases"
        distance = gap * weight
        if distance < best_distance:
            best, best_distance = cue.type, distance
    return best


def default_type(parties: tuple[str, ...], context: list[Cue]) -> str:
    kinds = [(entry.kind if (entry := entry_for(p)) else "other") for p in parties]
    if any(k in CLOUD_KINDS for k in kinds) and "chipmaker" not in kinds:
        return "compute_capacity"
    if any(k in INVESTOR_KINDS for k in kinds):
        return "investment"
    votes = Counter(c.type for c in context if c.type)
    return votes.most_common(1)[0][0] if votes else "other"


_ENERGY = re.compile(
    r"(?<!\w)(?:renouvelables?|renewables?|électricité|electricity|énergie|energy|"
    r"power purchase|nucléaire|nuclear|solaires?|solar|éoliens?|wind power|Strom|energía|"
    r"energia|elettricità)(?!\w)",
    re.I,
)


def adjust_type(kind: str, parties: tuple[str, ...], evidence: str = "") -> str:
    """A cloud provider "supplying" a customer sells capacity, not hardware; but energy
    supplied to a cloud provider ("fournir 10,5 gigawatts de capacités renouvelables") is
    a supply deal."""
    kinds = {(entry.kind if (entry := entry_for(p)) else "other") for p in parties}
    hardware = {"chipmaker", "hardware", "semiconductor_equipment"}
    if kind == "supply" and _ENERGY.search(evidence):
        return kind
    if kind == "supply" and kinds & CLOUD_KINDS and not kinds & hardware:
        return "compute_capacity"
    return kind
