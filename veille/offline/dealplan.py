"""Which parties a clause's deal event joins (split from deals.py in session 7 for size).

Decisions, in the order they are tried (`plan_groups`):
- a coordinated clause naming one party deals with the sentence's subject ("Apple ... and has
  ... Foxconn");
- two or more parties: the groups around the event and the first amount (`party_groups`), or,
  with several amounts, each amount with its own parties (`per_amount`);
- a clause continuing the last deal inherits its parties;
- one party: the other is the focus or a party named before (`missing_party`);
- no party: a relative or anaphoric pair.
"""

from __future__ import annotations

from typing import NamedTuple

from veille.money import MoneySpan
from veille.offline.clausepairs import relative_pair
from veille.offline.continuity import Context, State, anaphoric_pair, continues
from veille.offline.dealtype import Cue
from veille.offline.grouping import party_groups
from veille.offline.mention import DealMention
from veille.offline.missingparty import missing_party
from veille.offline.orgs import OrgMention
from veille.offline.parallel import parallel_investments
from veille.offline.parties import anaphor_re, dual_re
from veille.offline.partners import amounts_by_partner
from veille.offline.sentences import Sentence


def per_amount(
    text: str,
    clause: tuple[int, int],
    names: list[OrgMention],
    amounts: list[MoneySpan],
    event: int,
    subject: str | None,
    state: State,
    ctx: Context,
) -> list[tuple[tuple[str, ...], MoneySpan]]:
    """Several explicit parties and several amounts: each amount with its own parties
    (investors in parallel, see `parallel`; else the parties around each amount)."""
    focus = state.focus.current
    split = parallel_investments(text, clause, names, amounts, ctx.before, focus)
    if split:
        return [((company, investor), a) for investor, company, a in split]
    if len(names) > 2 and len(amounts) > 1:
        pairs = [
            (g, a)
            for a in amounts
            for g in party_groups(text, names, event, subject, a.start, focus)
        ]
        groups = list(dict.fromkeys(g for g, _ in pairs))
        by_partner = amounts_by_partner(text, groups, names, amounts)
        return [(g, a) for g in groups for a in by_partner[g]] if by_partner else pairs
    return []


class Plan(NamedTuple):
    """The party groups a clause's event joins, and how the mentions are built from them."""

    groups: list[tuple[str, ...]]
    strong: bool
    inherited: DealMention | None
    evidence: tuple[int, int]


def clause_subject(
    text: str,
    clause: tuple[int, int],
    names: list[OrgMention],
    events: list[Cue],
    shared: str | None,
    state: State,
) -> str | None:
    """The clause's subject: the coordinated sentence's, or the focus behind an anaphor."""
    if anaphor_re().search(text, clause[0], min(events[0].start, names[0].start)):
        return state.focus.current
    return shared


def plan_groups(
    text: str,
    s: Sentence,
    clause: tuple[int, int],
    names: list[OrgMention],
    amounts: list[MoneySpan],
    events: list[Cue],
    shared: str | None,
    state: State,
    ctx: Context,
) -> Plan | None:
    evidence = (s.start, s.end)
    if shared and len(names) == 1 and shared != names[0].name:
        return Plan([(shared, names[0].name)], False, None, evidence)  # "Apple ... and Foxconn"
    if len(names) >= 2:
        subject = clause_subject(text, clause, names, events, shared, state)
        anchor = amounts[0].start if amounts else events[0].start
        groups = party_groups(text, names, events[0].start, subject, anchor, state.focus.current)
        return Plan(groups, True, None, evidence)
    if continues(text, clause, state, s, amounts, names) or (
        not names and state.last and dual_re().search(text, *clause)
    ):
        assert state.last is not None
        inherited = state.last
        if s.paragraph == inherited.paragraph:
            evidence = (inherited.evidence[0], s.end)
        return Plan([inherited.parties], False, inherited, evidence)
    if len(names) == 1:
        start, supplies = events[0].start, events[0].type == "supply"
        focus, before = state.focus, ctx.before
        other = missing_party(text, clause, names[0], start, focus, before, bool(amounts), supplies)
        if other:
            return Plan([(other, names[0].name)], False, None, evidence)
    elif not names:
        types: set[str | None] = {c.type for c in events if c.type}
        pair = relative_pair(text, clause, ctx.sentence_parties, state) or anaphoric_pair(
            text, clause, state, ctx.before, s, amounts, types
        )
        if pair:
            same = state.last if state.last and pair == state.last.parties else None
            return Plan([pair], False, same, evidence)
    return None
