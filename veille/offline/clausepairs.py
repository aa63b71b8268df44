"""Who deals with whom in a few frequent sentence shapes, and evidence that grounds.

- a buying verb whose object is a party makes an acquisition ("agreed to buy Grob Aircraft");
- a relative clause opened by "in which"/"dans laquelle" pairs the sentence's subject with
  the name before it;
- an amount whose currency comes from the previous sentence gets evidence from there on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from veille.money import parse_amounts
from veille.offline.continuity import State
from veille.offline.mention import DealMention
from veille.offline.orgs import OrgMention
from veille.offline.sentences import Sentence

_BUY_VERBS = (
    r"buy|buys|bought|buying|acquire|acquires|acquired|acquiring|rach[eè]t\w*|ach[eè]t\w*|"
    r"kauft|kaufen|gekauft|übernimmt|übernehmen|compr\w+|adquiri\w*|acquist\w*|rilev\w*"
)
_GOODS = (
    r"chips?|GPUs?|processors?|servers?|accelerators?|capacity|shares|stock|stakes?|puces|"
    r"processeurs|serveurs|capacités?|actions|titres|Chips|Aktien|acciones|ações|azioni"
)


def buys_party(body: str, chosen: tuple[str, ...]) -> bool:
    """ "agreed to buy Grob Aircraft", "racheter Informatica": a buying verb whose object is
    one of the parties (not its goods: "buy Nvidia chips") makes an acquisition.

    Same answer as `_buys_party_re(chosen).search(body)`, without compiling a pattern per
    party tuple (about 1.5 ms each, and nearly every article brings a new tuple): the verbs
    are found first, then each name is tried right after each verb. A verb is letters only
    and must be followed by a space, so it ends where its word ends: the rest of the pattern
    can only start there."""
    if not chosen or not all(chosen):
        return bool(_buys_party_re(chosen).search(body))  # an empty name matches anywhere
    for verb in _buy_verb_re().finditer(body):
        if any(_bought_name_re(name).match(body, verb.end()) for name in chosen):
            return True
    return False


@cache
def _buy_verb_re() -> re.Pattern[str]:
    """The head of `_buys_party_re`, up to the space after its verb."""
    return re.compile(rf"(?<![\w-])(?:{_BUY_VERBS})(?=\s)", re.I)


@lru_cache(maxsize=8192)
def _bought_name_re(name: str) -> re.Pattern[str]:
    """The tail of `_buys_party_re` for one name (compiled once per name)."""
    return re.compile(
        rf"\s+(?:l['’]|d['’]|the\s+)?{re.escape(name)}(?![\w-])(?!\s+(?:{_GOODS})\b)", re.I
    )


@lru_cache(maxsize=4096)
def _buys_party_re(chosen: tuple[str, ...]) -> re.Pattern[str]:
    """The whole pattern for a party tuple: the reference `buys_party` answers like (its
    unit test compares them) and its fallback for an empty name."""
    names = "|".join(re.escape(n) for n in chosen)
    return re.compile(
        rf"(?<![\w-])(?:{_BUY_VERBS})\s+(?:l['’]|d['’]|the\s+)?(?:{names})(?![\w-])"
        rf"(?!\s+(?:{_GOODS})\b)",
        re.I,
    )


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(
        r"\W*(?:in|into|to|with|from)\s+(?:which|whom)|\W*(?:dans|avec|auprès de)\s+"
        r"(?:lequel|laquelle|lesquels|lesquelles)|\W*(?:auquel|à laquelle|auxquels|dont)|"
        r"\W*(?:in|an|mit|bei)\s+(?:die|das|den|dem|der)\b|\W*(?:en|con|a)\s+(?:la|el|los|las)"
        r"\s+(?:que|cual)|\W*(?:na|no|com)\s+(?:qual|quais)|\W*(?:in|con)\s+cui",
        re.I,
    )


def relative_pair(
    text: str, clause: tuple[int, int], sentence_parties: list[OrgMention], state: State
) -> tuple[str, str] | None:
    """ "Amazon remains the biggest backer of Anthropic, in which it has invested $8 billion":
    a relative clause opened by "in which"/"dans laquelle" names no party; its antecedent is
    the name just before it, its subject the sentence's."""
    found = _relative_re().search(text, max(0, clause[0] - 16), clause[0] + 30)
    if not found or found.start() > clause[0] + 1:
        return None  # the break may have consumed the relative pronoun: look just before
    prior = [m for m in sentence_parties if m.end <= clause[0]]
    subject = state.subject or state.focus.current
    if not prior or not subject or subject == prior[-1].name:
        return None
    return (subject, prior[-1].name)


def with_currency_source(sentences: list[Sentence], found: list[DealMention]) -> list[DealMention]:
    """ "Le groupe avait également déboursé 15,7 milliards pour Tableau": an amount whose
    currency comes from an earlier sentence (see `money.elided`) re-parses only with that
    sentence, so the evidence starts there (grounding re-parses the amount from it)."""
    out = []
    parsed: dict[str, bool] = {}  # surface -> re-parses alone (mentions share amounts)
    for m in found:
        earlier = [x for x in sentences if x.end <= m.evidence[0]]
        # the re-parse (the costly test) only where an earlier sentence could take it
        if earlier and earlier[-1].paragraph == m.paragraph and m.amount is not None:
            surface = m.amount.surface
            if surface not in parsed:
                parsed[surface] = bool(parse_amounts(surface))
            if not parsed[surface]:
                out.append(replace(m, evidence=(earlier[-1].start, m.evidence[1])))
                continue
        out.append(m)
    return out
