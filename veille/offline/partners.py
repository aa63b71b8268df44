"""Pairs and amounts in sentences that name several partners or a relative clause.

Decisions (each from a broad press pattern, see docs/offline-engine.md):
- a name in a relative clause after the amount ("campuses that will be leased to Oracle") is
  another deal's party;
- spending with a counterparty named after it is that deal's value;
- one subject with partners each introduced by their own "with" gets each amount paired with
  the partner of its comma-delimited segment.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from veille.offline.grouping import with_re
from veille.offline.orgs import OrgMention

if TYPE_CHECKING:
    from veille.money import MoneySpan


_TRAILING_RELATIVE = re.compile(
    r"\b(?:that|which|who|qui|lesquels|lesquelles|die|que|che)\s+(?:will|would|are|is|were|was|"
    r"seront|sera|sont|est|werden|wird|serán|será|saranno|sarà)\b",
    re.I,
)


def before_trailing_relative(
    text: str, clause: tuple[int, int], inside: list[OrgMention], amounts: list[MoneySpan]
) -> list[OrgMention]:
    """ "a loan of about $38 billion for Vantage Data Centers to fund two campuses that will
    be leased to Oracle": a name in a relative clause after the amount and two parties is
    another deal's party (the tenant), not one of this deal's."""
    if len(inside) < 3 or not amounts:
        return inside
    found = _TRAILING_RELATIVE.search(text, amounts[-1].end, clause[1])
    if not found:
        return inside
    kept = [m for m in inside if m.start < found.start()]
    return kept if len({m.name for m in kept}) >= 2 else inside


def spent_with(text: str, spend: int, inside: list[OrgMention]) -> bool:
    """ "Anthropic will spend $50 billion on data centres with Fluidstack": spending with a
    named counterparty after it ("with", "avec", "auprès de") is that deal's value."""
    return any(
        m.start > spend and with_re().search(text, max(spend, m.start - 45), m.start)
        for m in inside
    )


_OWN_WITH = re.compile(r"(?<!\w)(?:with|avec|mit|con|com)(?!\w)", re.I)
_SAME_AMOUNT = re.compile(
    r"(?<!\w)(?:du même montant|de même montant|of the same (?:size|amount|value)|"
    r"same-sized|similar(?:ly sized)?|d['’]un montant (?:identique|similaire|équivalent))(?!\w)",
    re.I,
)


def amounts_by_partner(
    text: str,
    groups: list[tuple[str, ...]],
    names: list[OrgMention],
    amounts: list[MoneySpan],
) -> dict[tuple[str, ...], list[MoneySpan]] | None:
    """ "un contrat de 3 milliards de dollars avec Meta, après celui de 17,4 milliards conclu
    avec Microsoft": one subject, each partner introduced by its own "with", one amount each:
    every amount goes to the partner nearest to it, not to every pair."""
    if len(groups) < 2 or not amounts or any(len(g) != 2 for g in groups):
        return None
    if len({g[0] for g in groups}) != 1:
        return None
    where = {m.name: m for m in reversed(names)}
    if any(g[1] not in where for g in groups):
        return None
    partners = [where[g[1]] for g in groups]
    if any(not with_re().search(text, max(0, m.start - 45), m.start) for m in partners):
        return None
    ordered = sorted(m.start for m in partners)
    for lo, hi in pairwise(ordered):
        if not _OWN_WITH.search(text, lo, hi):
            return None  # "with SoftBank Group and Oracle": one "with" for both
    # "puis un accord du même montant avec OpenAI": that partner takes every amount
    same = {
        i
        for i, m in enumerate(partners)
        if _SAME_AMOUNT.search(text, max(0, m.start - 80), m.start)
    }
    own = [i for i in range(len(groups)) if i not in same] or list(range(len(groups)))
    out: dict[tuple[str, ...], list[MoneySpan]] = {g: [] for g in groups}
    for a in amounts:
        starts = {i: partners[i].start for i in own}
        # the partner of the amount's own comma-delimited segment, else the nearest one
        local = [i for i in own if "," not in text[min(a.start, starts[i]) : max(a.end, starts[i])]]
        nearest = min(local or own, key=lambda i: abs(starts[i] - a.start))
        out[groups[nearest]].append(a)
    for i in same:
        out[groups[i]] = list(amounts)
    return out
