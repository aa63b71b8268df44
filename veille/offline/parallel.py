"""Several investors, each with its own amount, putting money into one company named by an
anaphor: "Microsoft and Nvidia will invest up to $5 billion and up to $10 billion
respectively in the developer of the Claude models", "Nvidia investira jusqu'à 10 milliards
de dollars dans la start-up et Microsoft jusqu'à 5 milliards".

Decisions:
- The company is the anaphor's referent (a typed anaphor such as "the start-up" resolves to
  the most mentioned party of that kind, else the running focus); it is never one of the
  investors.
- Investors and amounts pair by order, and only when there are as many of each: "A and B
  invest $X and $Y respectively" and "A invests $X in it and B $Y" both list them in order.
  Any other count is left to the general pairing rules (no guess).
"""

from __future__ import annotations

import re
from functools import cache

from veille.money import MoneySpan
from veille.offline import cues
from veille.offline.orgs import OrgMention
from veille.offline.parties import resolve_typed


@cache
def _invest_into() -> re.Pattern[str]:
    """An investment verb, then (after the amounts) a preposition and an anaphor."""
    verbs = (
        r"invest(?:s|ed|ing)?|investir\w*|investira\w*|investit|investiss\w*|inject\w*|"
        r"investier\w*|invertir\w*|invertirá\w*|investirá\w*|investirà\w*|investire|put|puts"
    )
    anaphors = "|".join(cues.ANAPHORS)
    return re.compile(
        rf"(?<![\w])(?:{verbs})\b[^.;:]{{0,120}}?\b(?:respectively\s+|respectivement\s+)?"
        rf"(?P<prep>in|into|dans|en|in das|in den|nella|nel|em|no|na)\s+"
        rf"(?:(?P<head>(?:{anaphors}))(?![\w-])|(?:the|la|le|l['’])?\s*(?=\w))",
        re.I,
    )


def parallel_investments(
    text: str,
    clause: tuple[int, int],
    names: list[OrgMention],
    amounts: list[MoneySpan],
    before: list[OrgMention],
    focus: str | None,
) -> list[tuple[str, str, MoneySpan]] | None:
    """(investor, company, amount) for each investor, or None when the clause is not of that
    shape."""
    if len(names) < 2 or len(amounts) < 2:
        return None
    verb = _invest_into().search(text, *clause)
    if verb is None or verb.start() > amounts[0].start:
        return None
    spread = _one_investor(text, verb.start(), names, amounts)
    if spread:
        return spread
    named = [m for m in names if verb.end() <= m.start < verb.end() + 3]
    if verb["head"]:
        company = resolve_typed(verb["head"], before) or focus
    else:  # "in the developer of the Claude models", "in Corvane"
        company = named[0].name if named else None
    investors = [m for m in names if m.name != company and not _after_preposition(text, m)]
    if company is None or len(investors) != len(amounts):
        return None
    ordered = sorted(investors, key=lambda m: m.start)
    pairs = list(zip(ordered, amounts, strict=True))
    if any(m.start > a.start for m, a in pairs):
        return None  # each investor is named before its amount
    return [(m.name, company, a) for m, a in pairs]


def _after_preposition(text: str, m: OrgMention) -> bool:
    """ "$3 billion in Mistral": a company invested in, not an investor."""
    return bool(
        re.search(
            r"(?:\bin|\binto|\bdans)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
            text[max(0, m.start - 16) : m.start],
        )
    )


_INTO = re.compile(
    r"\s+(?:in|into|dans|en|in die|in den|nella|nel|em|no|na)\s+(?:the\s+|la\s+|le\s+|l['’])?"
)


def _one_investor(
    text: str, verb: int, names: list[OrgMention], amounts: list[MoneySpan]
) -> list[tuple[str, str, MoneySpan]] | None:
    """ "Microsoft will invest $5 billion in Cohere and $3 billion in Lambda": one investor
    before the verb, each amount followed by the company it goes into."""
    investors = [m for m in names if m.end <= verb]
    if len(investors) != 1:
        return None
    found = []
    for a in amounts:
        into = _INTO.match(text, a.end)
        target = next((m for m in names if into and m.start == into.end()), None)
        if target is None:
            return None
        found.append((investors[0].name, target.name, a))
    return found
