"""Deals: who deals with whom, for how much, of what type, clause by clause.

Decisions:
- A clause makes a deal only with an EVENT cue (signed, acquire, invest, partenariat, deal...)
  and two parties; a clause naming one party borrows the other from the focus (see
  `parties`), and a sentence with a deal amount but no new pair continues the latest deal
  ("The contract could grow to $19.4bn"), its evidence then spanning both sentences.
- One mention per (parties, amount): every deal amount of a clause is its own mention, typed
  by the nearest type cue; the scorer counts each mention, so duplicates are removed and an
  amountless mention is dropped when the same parties already have an amount for that type
  (or when it was only inferred from the focus).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from veille.money import MoneySpan
from veille.offline import cues
from veille.offline.dealtype import Cue, default_type, find_cues, nearest_type
from veille.offline.orgs import OrgMention
from veille.offline.parties import Focus, anaphor_re, dual_re, is_party, main_subject
from veille.offline.sentences import Sentence
from veille.offline.terms import deal_status, duration_months


@dataclass(frozen=True)
class DealMention:
    parties: tuple[str, ...]
    deal_type: str
    amount: MoneySpan | None
    evidence: tuple[int, int]
    sentence: int
    paragraph: int
    strong: bool
    duration_months: int | None = None
    status: str = "announced"


@cache
def _clause_re() -> re.Pattern[str]:
    return re.compile("|".join(cues.CLAUSE_BREAKS), re.I)


@cache
def _continuation_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues.CONTINUATION_CUES)})", re.I)


def _clauses(text: str, s: Sentence) -> list[tuple[int, int]]:
    bounds, cursor = [], s.start
    for m in _clause_re().finditer(text, s.start, s.end):
        bounds.append((cursor, m.start()))
        cursor = m.end()
    return [*bounds, (cursor, s.end)]


def _names(mentions: list[OrgMention]) -> list[OrgMention]:
    seen: dict[str, OrgMention] = {}
    for m in mentions:
        seen.setdefault(m.name, m)
    return list(seen.values())


def _enumerated(text: str, parties: list[OrgMention]) -> bool:
    gaps = (text[a.end : b.start] for a, b in zip(parties, parties[1:], strict=False))
    return all(re.fullmatch(r"\s*(?:,|et|and|und|y|e|&)\s*", g) for g in gaps)


def _pick(text: str, parties: list[OrgMention], anchor: int) -> tuple[str, ...]:
    """Two or more explicit parties: an enumeration is one deal, else the pair around `anchor`."""
    if len(parties) == 2 or _enumerated(text, parties):
        return tuple(p.name for p in parties)
    before = [p for p in parties if p.end <= anchor]
    after = [p for p in parties if p.start >= anchor]
    if before and after:
        return (before[-1].name, after[0].name)
    side = before[::-1] if before else after
    return (side[0].name, side[1].name)


def _single(text: str, clause: tuple[int, int], party: OrgMention, events: list[Cue],
            focus: Focus) -> str | None:
    """The missing party when a clause names only one."""
    event = events[0].start
    subject_anaphor = anaphor_re().search(text, clause[0], min(event, party.start))
    object_pronoun = re.search(r"(?<!\w)(?:y|it|them|en)(?!\w)", text[party.end : event])
    if party.start > event or subject_anaphor or (party.end < event and object_pronoun):
        return focus.other_than(party.name)
    return None


@dataclass
class _State:
    focus: Focus
    last: DealMention | None = None


def _near(last: DealMention | None, s: Sentence) -> bool:
    return last is not None and s.index - last.sentence <= 2 and s.paragraph - last.paragraph <= 1


def _continues(text: str, clause: tuple[int, int], state: _State, s: Sentence,
               amounts: list[MoneySpan], names: list[OrgMention]) -> bool:
    if not amounts or not _near(state.last, s) or state.last is None:
        return False
    if len(names) == 1:
        return names[0].name in state.last.parties
    return not names and bool(_continuation_re().search(text, clause[0], clause[1]))


def _clause_deals(text: str, s: Sentence, clause: tuple[int, int], parties: list[OrgMention],
                  amounts: list[MoneySpan], state: _State, context: list[Cue]) -> list[DealMention]:
    cue_list = find_cues(text, *clause)
    events = [c for c in cue_list if c.strength == "event"]
    if not events:
        return []
    names = _names(parties)
    evidence, strong, inherited = (s.start, s.end), True, None
    if len(names) >= 2:
        anchor = amounts[0].start if amounts else events[0].start
        chosen = _pick(text, names, anchor)
    elif _continues(text, clause, state, s, amounts, names) or (
        not names and state.last and dual_re().search(text, *clause)
    ):
        assert state.last is not None
        chosen, strong, inherited = state.last.parties, False, state.last
        if s.paragraph == inherited.paragraph:
            evidence = (inherited.evidence[0], s.end)
    elif len(names) == 1 and (other := _single(text, clause, names[0], events, state.focus)):
        chosen, strong = (other, names[0].name), False
    else:
        return []
    return _mentions(text, s, chosen, amounts, cue_list, evidence, strong, inherited, context)


def _mentions(text: str, s: Sentence, chosen: tuple[str, ...], amounts: list[MoneySpan],
              cue_list: list[Cue], evidence: tuple[int, int], strong: bool,
              inherited: DealMention | None, context: list[Cue]) -> list[DealMention]:
    body = text[evidence[0] : evidence[1]]
    base = DealMention(chosen, "other", None, evidence, s.index, s.paragraph, strong,
                       duration_months(body), deal_status(body))
    fallback = inherited.deal_type if inherited else default_type(chosen, context)
    found = []
    for amount in amounts:
        kind = nearest_type(cue_list, amount.start, amount.end) or fallback
        found.append(replace(base, deal_type=kind, amount=amount))
    typed = {c.type for c in cue_list if c.type and c.strength == "event"}
    for kind in sorted(typed - {m.deal_type for m in found}):
        if not found or kind in ("partnership", "licensing", "acquisition"):
            found.append(replace(base, deal_type=kind))
    if not found:
        kind = nearest_type(cue_list, s.start, s.end) or fallback
        found.append(replace(base, deal_type=kind))
    return found


def extract_deals(text: str, title: str, sentences: list[Sentence], mentions: list[OrgMention],
                  deal_amounts: list[MoneySpan]) -> list[DealMention]:
    """Deal mentions of the article, consolidated (see module docstring)."""
    first = sentences[0] if sentences else None
    main = main_subject(title, mentions, first)
    state = _State(Focus(main, main))
    found: list[DealMention] = []
    for s in sentences:
        parties = [m for m in mentions if s.start <= m.start < s.end and is_party(m)]
        context = _context_cues(text, sentences, s)
        for clause in _clauses(text, s):
            inside = [m for m in parties if clause[0] <= m.start < clause[1]]
            amounts = [a for a in deal_amounts if clause[0] <= a.start < clause[1]]
            new = _clause_deals(text, s, clause, inside, amounts, state, context)
            if new:
                state.last = new[-1]
            found.extend(new)
        state.focus.update(s, parties)
    return consolidate(found)


def _context_cues(text: str, sentences: list[Sentence], s: Sentence) -> list[Cue]:
    near = [x for x in sentences if abs(x.index - s.index) <= 1 and x.paragraph == s.paragraph]
    return [c for x in near for c in find_cues(text, x.start, x.end) if c.type]


def _key(m: DealMention) -> tuple[frozenset[str], tuple[float | None, ...] | None]:
    a = m.amount
    return frozenset(m.parties), (a.value, a.min_value, a.max_value, 0) if a else None


def consolidate(found: list[DealMention]) -> list[DealMention]:
    with_amount = [m for m in found if m.amount is not None]
    kept: dict[object, DealMention] = {}
    for m in with_amount:
        kept.setdefault((_key(m), m.amount.currency if m.amount else None), m)
    for m in found:
        if m.amount is not None:
            continue
        same = [x for x in with_amount if frozenset(x.parties) == frozenset(m.parties)]
        if same and (not m.strong or any(x.deal_type == m.deal_type for x in same)):
            continue
        kept.setdefault((frozenset(m.parties), m.deal_type), m)
    return sorted(kept.values(), key=lambda m: (m.evidence[0], m.sentence))
