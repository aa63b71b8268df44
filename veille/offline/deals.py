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
from bisect import bisect_left
from dataclasses import replace
from functools import cache
from types import EllipsisType

from veille.money import MoneySpan
from veille.offline import clauses as cl
from veille.offline import cues
from veille.offline.clausepairs import buys_party, with_currency_source
from veille.offline.continuity import Context, State
from veille.offline.dealplan import clause_subject, per_amount, plan_groups
from veille.offline.dealtype import (
    Cue,
    all_cues,
    default_type,
    find_cues,
    nearest_type,
)
from veille.offline.grouping import consolidate, distinct, outside_appositions
from veille.offline.mention import DealMention
from veille.offline.orgs import OrgMention
from veille.offline.parties import (
    Focus,
    is_party,
    main_subject,
)
from veille.offline.partners import amounts_by_partner, before_trailing_relative, spent_with
from veille.offline.rounds import RoundTracker
from veille.offline.sentences import Sentence
from veille.offline.terms import deal_status, duration_months

_STAKE = re.compile(r"\d+(?:[.,]\d+)?\s?%\s*(?:stake|of|de|di|des|du|da|do|von|der|del)\b", re.I)


@cache
def _marker_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues.SELF_MARKERS)})(?!\w)", re.I)


@cache
def _elaboration_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:\W*\w+\W+){{0,2}}?(?:{'|'.join(cues.ELABORATIONS)})", re.I)


def _events(text: str, clause: tuple[int, int], cue_list: list[Cue]) -> list[Cue]:
    """The clause's event cues, and its "self" cues when a self marker is there; the marker
    is looked for only when a "self" cue needs it (a re.I scan per clause, else wasted)."""
    marker = any(c.strength == "self" for c in cue_list) and _marker_re().search(text, *clause)
    return [c for c in cue_list if c.strength == "event" or (c.strength == "self" and marker)]


def _back_events(cue_list: list[Cue], amounts: list[MoneySpan]) -> list[Cue]:
    """ "Dans le cadre de cet accord, ... 12 milliards": a back reference carries an amount."""
    return [c for c in cue_list if c.strength == "back"] if amounts else []


def _clause_deals(
    text: str,
    s: Sentence,
    clause: tuple[int, int],
    parties: list[OrgMention],
    amounts: list[MoneySpan],
    state: State,
    ctx: Context,
) -> list[DealMention]:
    cue_list = find_cues(ctx.cues, *clause)
    events = _events(text, clause, cue_list) or _back_events(cue_list, amounts)
    names = distinct(parties)
    if not events:
        return cl.elliptical(text, s, clause, names, amounts, state.last)
    shared = state.subject if cl.coordinated(text, clause) else None
    if len(names) >= 2:
        subject = clause_subject(text, clause, names, events, shared, state)
        parts = per_amount(text, clause, names, amounts, events[0].start, subject, state, ctx)
        if parts:
            evidence = (s.start, s.end)
            return [
                m
                for g, a in parts
                for m in _mentions(text, s, g, [a], cue_list, evidence, True, None, ctx.context)
            ]
    plan = plan_groups(text, s, clause, names, amounts, events, shared, state, ctx)
    if plan is None or (_elaboration_re().match(s.text) and not amounts):
        return []
    split = amounts_by_partner(text, plan.groups, names, amounts)
    return [
        m
        for g in plan.groups
        for m in _mentions(
            text,
            s,
            g,
            split[g] if split else amounts,
            cue_list,
            plan.evidence,
            plan.strong,
            plan.inherited,
            ctx.context,
        )
    ]


# session 7: a relative clause that closes the sentence too ("... de Cisco, qui a déboursé
# 28 milliards de dollars pour s'offrir Splunk en 2024.")
TRAILING_RELATIVE = True
_APPOSED_RELATIVE = re.compile(
    r",\s+(?:which|who|qui|que|der|die|das|que|que|che)\s+[^,;]{5,160}?(?:,\s|[.!?]?\s*$)",
    re.I,
)
_CLOSED_RELATIVE = re.compile(
    r",\s+(?:which|who|qui|que|der|die|das|que|que|che)\s+[^,;]{5,160}?,\s", re.I
)


def _relative_deals(
    text: str,
    s: Sentence,
    clause: tuple[int, int],
    sentence_parties: list[OrgMention],
    amounts: list[MoneySpan],
    inside: list[OrgMention],
    ctx: Context,
) -> tuple[list[DealMention], list[MoneySpan], list[OrgMention]]:
    """ "Microsoft, which has invested $13 billion in OpenAI, signed a deal with Lambda": the
    relative clause is a deal of its antecedent with the name inside it, and keeps its amount
    away from the main clause's pair."""
    out: list[DealMention] = []
    pattern = _APPOSED_RELATIVE if TRAILING_RELATIVE else _CLOSED_RELATIVE
    for rel in pattern.finditer(text, clause[0], clause[1]):
        lo, hi = rel.span()
        before = [m for m in sentence_parties if m.end <= lo]
        within = [m for m in sentence_parties if lo <= m.start < hi]
        money = [a for a in amounts if lo <= a.start < hi]
        if not before or not within or not money or before[-1].end < lo - 1:
            continue
        head = before[-1].name
        others = [m for m in within if m.name != head]
        if not others:
            continue
        cue_list = find_cues(ctx.cues, lo, hi)
        if not _events(text, (lo, hi), cue_list):
            continue
        pair = (head, others[0].name)
        out += _mentions(text, s, pair, money, cue_list, (s.start, s.end), True, None, ctx.context)
        amounts = [a for a in amounts if a not in money]
        inside = [m for m in inside if m not in within]
    return out, amounts, inside


def _mentions(
    text: str,
    s: Sentence,
    chosen: tuple[str, ...],
    amounts: list[MoneySpan],
    cue_list: list[Cue],
    evidence: tuple[int, int],
    strong: bool,
    inherited: DealMention | None,
    context: list[Cue],
) -> list[DealMention]:
    body = text[evidence[0] : evidence[1]]
    base = DealMention(
        chosen,
        "other",
        None,
        evidence,
        s.index,
        s.paragraph,
        strong,
        duration_months=duration_months(body),
        status=deal_status(body),
    )
    fallback = default_type(chosen, context)
    if inherited:
        decisive = default_type(chosen, [])
        fallback = (
            inherited.deal_type
            if inherited.typed or decisive not in ("compute_capacity", "investment")
            else decisive
        )
    found = []
    stake = bool(_STAKE.search(body))
    buys = "acquisition" if buys_party(s.text, chosen) else None
    for amount in amounts:
        kind = None if inherited else (nearest_type(cue_list, amount.start, amount.end) or buys)
        kind = "investment" if stake and kind in ("acquisition", None) else kind
        found.append(replace(base, deal_type=kind or fallback, amount=amount))
    typed = {c.type for c in cue_list if c.type and c.strength == "event"}
    if stake and "acquisition" in typed:
        typed = (typed - {"acquisition"}) | {"investment"}
    for kind in sorted(typed - {m.deal_type for m in found}):
        if inherited is None and (not found or kind in ("partnership", "licensing", "acquisition")):
            found.append(replace(base, deal_type=kind))
    if not found:
        kind = nearest_type(cue_list, s.start, s.end) or buys
        found.append(replace(base, deal_type=kind or fallback, typed=kind is not None))
    return found


def extract_deals(
    text: str,
    title: str,
    sentences: list[Sentence],
    mentions: list[OrgMention],
    deal_amounts: list[MoneySpan],
    round_amounts: list[MoneySpan] | None = None,
    spending: list[MoneySpan] | None = None,
    main: str | EllipsisType | None = ...,
) -> list[DealMention]:
    """Deal mentions of the article, consolidated (see module docstring); `round_amounts`
    (deal values and unlabelled amounts) may open a funding round (see `rounds`); a clause
    whose only amount is `spending` (capex: "Microsoft, Alphabet, Amazon et Meta devraient
    consacrer 400 milliards à leurs investissements") names no counterparty after it: no deal.
    `main`: the article's main subject when the caller has it (`parties.main_subject`, which
    reads only the party mentions: the engine's, computed once; session 16)."""
    spent = [a.start for a in spending or []]
    if isinstance(main, EllipsisType):
        main = main_subject(title, mentions, sentences[0] if sentences else None)
    state = State(Focus(main, main))
    found: list[DealMention] = []
    cue_all = all_cues(text)
    party_mentions = [m for m in mentions if is_party(m)]
    starts = [m.start for m in party_mentions]
    amount_starts = [a.start for a in deal_amounts]
    rounds = RoundTracker(text)
    rejected = cl.rejected_spans(text)
    round_pool = deal_amounts if round_amounts is None else round_amounts
    for s in sentences:
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        parties, before = party_mentions[lo:hi], party_mentions[:lo]
        in_sentence = [a for a in round_pool if s.start <= a.start < s.end]
        state.focus.enter(s, before)
        spans = cl.clauses(text, s)
        outside = outside_appositions(text, (s.start, s.end), parties)
        rounds.observe(s, spans, outside, in_sentence, state.focus, before)
        state.subject = cl.sentence_subject(text, s, outside, state.focus.current)
        ctx = Context(cl.context_cues(cue_all, sentences, s), before, cue_all, outside)
        for clause in spans:
            whole = clause == (s.start, s.end)  # one clause: the sentence's parties (above)
            inside = [
                m
                for m in (outside if whole else outside_appositions(text, clause, parties))
                if not cl.within(m.start, rejected)
            ]
            a_lo, a_hi = (
                bisect_left(amount_starts, clause[0]),
                bisect_left(amount_starts, clause[1]),
            )
            amounts = [
                a
                for a in deal_amounts[a_lo:a_hi]
                if not cl.within(a.start, rejected) and (inside or not cl.market_sale(text, a))
            ]
            spend = [at for at in spent if clause[0] <= at < clause[1]]
            if not amounts and spend and all(m.start < spend[0] for m in inside):
                continue  # the spenders, no counterparty after what they spend
            if not amounts and spend and spent_with(text, spend[0], inside):
                amounts = [a for a in spending or [] if a.start in spend]
            inside = before_trailing_relative(text, clause, inside, amounts)
            side, amounts, inside = _relative_deals(text, s, clause, outside, amounts, inside, ctx)
            found.extend(side)
            new = _clause_deals(text, s, clause, inside, amounts, state, ctx)
            if new:
                state.last = new[-1]
            found.extend(new)
        state.focus.update(s, parties, before)
    return with_currency_source(sentences, consolidate(rounds.apply(found), text))
