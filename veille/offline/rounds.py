"""Funding rounds and syndicated loans: one recipient, several investors or lenders.

News spreads a round over a sentence or three: "Helvion a annoncé une levée de fonds de 95
millions de francs suisses. Le tour de table est mené par Lakestar, aux côtés de Swisscom
Ventures, de la Banque cantonale vaudoise et de Nvidia. Les investisseurs historiques, dont
Redalpine, ont également remis au pot." Clause by clause, the extractor sees an amount with
no counterparty, then investors with no amount, and pairs investors with each other.

Decisions:
- A round opens in a sentence with a raise or loan cue and an amount; its recipient is the
  sentence's first topical party (not one named after "led by", "mené par"...), else the
  running focus (the sentence opened with "the start-up", "la société", "Ses actionnaires").
- Investors are the parties named after a round marker in that sentence, and the parties of
  the next two sentences of the paragraph when those carry a marker ("also took part",
  "beteiligten sich", "com a participação do"); several amounts in the opening sentence
  split its investors by position ("30 millions ... auprès de Lux, puis 100 millions ...
  avec la participation de Nvidia").
- The round becomes ONE mention: the recipient and all its investors, with the amount.
  Mentions pairing only investors of the round, or repeating the round's amount with a
  subset of its parties, are dropped: they are fragments of the same deal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from veille.cuegate import finditer
from veille.money import MoneySpan
from veille.offline.gazetteer import INVESTOR_KINDS
from veille.offline.mention import DealMention
from veille.offline.orgs import OrgMention
from veille.offline.parties import DATIVE_ANAPHOR, Focus, anaphor_re, resolve_typed
from veille.offline.partners import before_trailing_relative
from veille.offline.roundcues import (
    agent_re,
    follow_re,
    loan_for_re,
    loan_re,
    marker_re,
    raise_re,
    tail_re,
)
from veille.offline.sentences import Sentence
from veille.offline.younground import young_recipient

NEAR = 90  # characters between a round cue and its amount
_WITH = re.compile(r"(?:with|avec|mit|con|com)\s+(?:\w+\s+){0,2}$", re.I)
_MODIFIER = re.compile(
    r"['’]?s?\s+(?:contracts?|deal|agreement|order|contrat|vertrag|contrato|contratto)\b", re.I
)


@dataclass
class _Round:
    recipient: str
    amounts: list[MoneySpan]
    kind: str
    sentence: Sentence
    investors: list[tuple[str, int]] = field(default_factory=list)  # (name, offset)
    end: int = 0


def _recipient(
    text: str,
    clause: tuple[int, int],
    parties: list[OrgMention],
    focus: Focus,
    before: list[OrgMention],
    sentence_start: int | None = None,
) -> str | None:
    """Who raises or borrows: the clause's first party before any marker (not an investor,
    not a supplier, not an agent), else the anaphor opening the clause, else the subject of
    the sentence ("Sylvera, spun out of ..., employs 95 engineers and had raised £48
    million"), else the focus."""
    lo, hi = clause
    markers = [m.start() for m in finditer(marker_re(), text, lo, hi)]
    first_marker = markers[0] if markers else hi
    for m in parties:
        if not lo <= m.start < first_marker or m.supplier or m.kind == "bank":
            continue
        if not agent_re().search(text, max(lo, m.start - 25), m.start):
            return m.name
    for m in parties:
        if lo <= m.start < hi and loan_for_re().search(text, max(lo, m.start - 100), m.start):
            return m.name  # "arranging a loan of about $38 billion for Vantage Data Centers"
    if DATIVE_ANAPHOR.search(text, lo, hi):
        # "La BEI a accordé à la société un prêt": the company lent to is the protagonist
        return focus.main or focus.current  # (session 6)
    head = anaphor_re().match(text, lo) or anaphor_re().search(text, lo, lo + 40)
    if head:
        return resolve_typed(head[0], before, focus.main) or focus.current or focus.main
    if sentence_start is not None and sentence_start < lo:
        head = anaphor_re().match(text, sentence_start)
        if head:
            return resolve_typed(head[0], before, focus.main) or focus.current or focus.main
        subjects = [m for m in parties if not _WITH.search(text, max(0, m.start - 25), m.start)]
        return _recipient(text, (sentence_start, lo), subjects, focus, before)
    return focus.current or focus.main


def _investors(
    text: str, clause: tuple[int, int], parties: list[OrgMention], opening: bool
) -> list[OrgMention]:
    """Parties after a marker; in a follow-up clause, every party when it has a marker."""
    marker = marker_re() if opening else follow_re()
    markers = [m.start() for m in finditer(marker, text, *clause)]
    if not markers:
        return []
    # "to finance the purchase of Nvidia GPUs", "secured against the Anthropic contract"
    parties = [m for m in parties if not m.supplier and not _MODIFIER.match(text, m.end)]
    tail = tail_re().search(text, markers[0], clause[1])
    if tail is not None:  # "in a round led by Nvidia, as it seeks to ... such as DeepSeek"
        parties = [m for m in parties if m.start < tail.start()]
    if opening:
        return [m for m in parties if m.start > markers[0]]
    return list(parties)


def _paragraph_focus(s: Sentence, focus: Focus) -> Focus:
    """ "Founded in 2023, the company raised ...": a paragraph returns to its protagonist, as
    `Focus.update` reads an untyped anaphor opening one (session 7, second wave); the focus is
    updated after the rounds have seen the sentence, so its paragraph is the previous one's."""
    if s.paragraph != focus.paragraph and focus.main is not None:
        return Focus(focus.main, focus.main, focus.paragraph)
    return focus


class RoundTracker:
    """Collects rounds sentence by sentence (call `observe` for each), then `apply`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.rounds: list[_Round] = []
        self.current: _Round | None = None
        self.givers: set[str] = set()  # every investor or lender named so far
        self.focus_main: str | None = None

    def observe(
        self,
        s: Sentence,
        clauses: list[tuple[int, int]],
        parties: list[OrgMention],
        amounts: list[MoneySpan],
        focus: Focus,
        before: list[OrgMention],
    ) -> None:
        """One sentence, clause by clause: a clause with a round cue and amounts opens a
        round; a clause with a marker and no amount names more investors of the open one."""
        text = self.text
        self.focus_main = focus.main
        r = self.current
        if r is not None and (
            s.index - r.sentence.index > 2 or s.paragraph - r.sentence.paragraph > 1
        ):
            self.current = r = None
        # only amounts read the cues: a sentence without any skips both scans; the cue gates
        # try each pattern only where a cue starts (veille/cuegate.py: the same matches)
        lo_hi = (s.start, s.end)
        cues_here = (
            [*finditer(raise_re(), text, *lo_hi), *finditer(loan_re(), text, *lo_hi)]
            if amounts
            else []
        )
        anew = _paragraph_focus(s, focus)
        for lo, hi in clauses:
            inside = [m for m in parties if lo <= m.start < hi]
            money = [a for a in amounts if lo <= a.start < hi]
            in_clause = any(lo <= c.start() < hi for c in cues_here)
            money = [
                a
                for a in money
                if in_clause or any(abs(c.start() - a.start) <= NEAR for c in cues_here)
            ]
            if money:
                opener = (s.start, hi) if lo == s.start or not inside else (lo, hi)
                recipient = _recipient(text, opener, parties, anew, before, s.start)
                if recipient and not loan_re().search(text, lo, hi):
                    # a raise told in a young company's profile (session 12: younground)
                    named = {m.name for m in parties if opener[0] <= m.start < opener[1]}
                    context = text[max(0, s.start - 250) : s.end]
                    recipient = young_recipient(recipient, named, before, self.givers, context)
                self._open(s, (lo, hi), inside, money, recipient)
            elif not any(lo <= a.start < hi for a in amounts) and self.current is not None:
                found = _investors(text, (lo, hi), inside, opening=False)
                self._add(self.current, found)
                if found:
                    self.current.end = s.end

    def _open(
        self,
        s: Sentence,
        clause: tuple[int, int],
        inside: list[OrgMention],
        money: list[MoneySpan],
        recipient: str | None,
    ) -> None:
        if not recipient:
            return
        if recipient in self.givers and self.focus_main and self.focus_main not in self.givers:
            # "une série A de 200 millions menée par Accel", after a round led by Menlo: the
            # running focus fell on an investor; the round is the protagonist's
            recipient = self.focus_main
        # the loan cue of the round's own clause: "raised $1.1 billion in a Series B ..., and a
        # month later it sold $433 million of convertible notes" stays an investment
        loan = loan_re().search(self.text, *clause)
        self.current = _Round(recipient, money, "financing" if loan else "investment", s, end=s.end)
        self.rounds.append(self.current)
        inside = before_trailing_relative(self.text, clause, inside, money)
        found = _investors(self.text, clause, inside, opening=True)
        if not found:  # "la BEI accorde une ligne de 150 millions": lenders without a marker
            found = [m for m in inside if m.kind in INVESTOR_KINDS]
        self._add(self.current, found)

    def _add(self, r: _Round, found: list[OrgMention]) -> None:
        known = {name for name, _ in r.investors}
        for m in found:
            if m.name != r.recipient and m.name not in known:
                r.investors.append((m.name, m.start))
                known.add(m.name)
        self.givers |= known

    def mentions(self) -> list[DealMention]:
        out = []
        for r in self.rounds:
            if not r.investors:
                continue
            for i, amount in enumerate(r.amounts):
                nxt = r.amounts[i + 1].start if i + 1 < len(r.amounts) else None
                later = nxt is None  # investors named in later sentences join the last amount
                own = [
                    n
                    for n, at in r.investors
                    if (i == 0 or at > amount.start)
                    and (at < nxt if nxt is not None else True)
                    and (at < r.sentence.end or later)
                ]
                if not own:
                    continue
                out.append(
                    DealMention(
                        (r.recipient, *own),
                        r.kind,
                        amount,
                        (r.sentence.start, r.end),
                        r.sentence.index,
                        r.sentence.paragraph,
                        True,
                        givers=tuple(own),
                    )
                )
        return out

    def apply(self, found: list[DealMention]) -> list[DealMention]:
        """The round mentions, plus the other mentions that are not fragments of a round."""
        rounds = self.mentions()
        syndicates = [{n for n, _ in r.investors} for r in self.rounds if len(r.investors) > 1]
        kept = []
        for m in found:
            if any(set(m.parties) <= group for group in syndicates):
                continue  # "Lakestar" with "Swisscom Ventures": co-investors, not a deal
            if any(_fragment(m, r) for r in rounds):
                continue
            kept.append(m)
        return kept + [replace(r) for r in rounds]


def _fragment(m: DealMention, r: DealMention) -> bool:
    parties, whole = set(m.parties), set(r.parties)
    if not parties <= whole:
        return False
    if m.amount is None:
        return m.deal_type == r.deal_type  # a partnership beside the round is a deal of its own
    a, b = m.amount, r.amount
    return b is not None and (a.value, a.min_value, a.max_value) == (
        b.value,
        b.min_value,
        b.max_value,
    )
