"""Whether a clause continues the deal described just before it (an amount in the next
sentence, an anaphor, a new paragraph), and the running state of the deal extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from veille.money import MoneySpan
from veille.offline import clauses as cl
from veille.offline import cues
from veille.offline.dealtype import Cue
from veille.offline.mention import DealMention
from veille.offline.orgs import OrgMention
from veille.offline.parties import Focus, anaphor_re, resolve_typed
from veille.offline.sentences import Sentence


@cache
def _continuation_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues.CONTINUATION_CUES)})", re.I)


def anaphoric_pair(
    text: str,
    clause: tuple[int, int],
    state: State,
    before: list[OrgMention],
    s: Sentence,
    amounts: list[MoneySpan],
    kinds: set[str | None],
) -> tuple[str, ...] | None:
    """ "Le groupe avait investi 200 millions dans la start-up": subject and object are both
    anaphors; or "Il gruppo investirà 150 milioni" right after a deal of that group."""
    found = list(anaphor_re().finditer(text, *clause))
    if not found:
        return None
    subject = resolve_typed(found[0][0], before, state.focus.main) or state.focus.current
    for later in found[1:]:
        other = resolve_typed(later[0], before, state.focus.main)
        if other and subject and other != subject:
            return (subject, other)
    last = state.last
    if amounts and last and near(last, s) and subject in last.parties:
        return last.parties if cl.same_deal(text, clause, last.deal_type, kinds) else None
    return None


@dataclass
class State:
    focus: Focus
    subject: str | None = None  # the current sentence's first party, for coordinated clauses
    last: DealMention | None = None


@dataclass
class Context:
    context: list[Cue]
    before: list[OrgMention]
    cues: list[Cue]
    sentence_parties: list[OrgMention] = field(default_factory=list)


def near(last: DealMention | None, s: Sentence) -> bool:
    return last is not None and s.index - last.sentence <= 2 and s.paragraph - last.paragraph <= 1


def continues(
    text: str,
    clause: tuple[int, int],
    state: State,
    s: Sentence,
    amounts: list[MoneySpan],
    names: list[OrgMention],
) -> bool:
    if not amounts or not near(state.last, s) or state.last is None:
        return False
    if cl.undisclosed_in(s.text):
        return False  # "Aucun montant n'a été divulgué, mais ... entre 50 et 60 milliards"
    if s.paragraph != state.last.paragraph and not names:
        return False  # a new paragraph about the market is no longer about that deal
    if len(names) == 1:
        return names[0].name in state.last.parties
    if names or cl.new_counterparty(text, clause):
        return False  # "un contrato con el gobierno": another deal, with someone unnamed
    return bool(_continuation_re().search(text, clause[0], clause[1]))
