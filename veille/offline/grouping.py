"""Which parties a clause pairs, and the article-level clean-up of deal mentions.

Decisions:
- Organisations inside a relational apposition ("Fastweb, controllata da Swisscom, ...")
  are background, not parties.
- Several explicit parties: an enumeration is one deal; objects enumerated after the event
  each deal with the subject; otherwise the pair around the amount (or the event).
- Consolidation: one mention per (parties, amount); an amountless mention is dropped when
  the same parties have an amount for that type, or when it was only inferred.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from veille.offline import lexicon as lx
from veille.offline.dealtype import adjust_type
from veille.offline.orgs import OrgMention

if TYPE_CHECKING:
    from veille.offline.mention import DealMention


def outside_appositions(
    text: str, clause: tuple[int, int], parties: list[OrgMention]
) -> list[OrgMention]:
    """Parties of the clause, without those inside an apposition that follows another party
    ("Fastweb, controllata da Swisscom, ha acquistato da Nvidia"): they are background."""
    inside = [m for m in parties if clause[0] <= m.start < clause[1]]
    keep = []
    for m in inside:
        host = next(
            (
                h
                for h in inside
                if h.end <= m.start and _apposition_re().fullmatch(text, h.end, m.start)
            ),
            None,
        )
        closes = host is not None and re.match(r"[^,;:]*(?:,|$)", text[m.end : clause[1]])
        if host is None or not closes:
            keep.append(m)
    return keep


@cache
def _apposition_re() -> re.Pattern[str]:
    relations = "|".join((*lx.APPOSITIVE_RELATIONS, *lx.PASSING_RELATIONS))
    return re.compile(rf",\s*(?:{relations})\b[^,;:]*", re.I)


def distinct(mentions: list[OrgMention]) -> list[OrgMention]:
    seen: dict[str, OrgMention] = {}
    for m in mentions:
        seen.setdefault(m.name, m)
    return list(seen.values())


def _enumerated(text: str, parties: list[OrgMention]) -> bool:
    gaps = (text[a.end : b.start] for a, b in pairwise(parties))
    return all(_joiner_re().fullmatch(g) for g in gaps)


@cache
def _joiner_re() -> re.Pattern[str]:
    """ "A, B et C", "à Oracle, à Microsoft et à CoreWeave", "avec Daiwa et avec le groupe
    ITOCHU": a joiner, then a repeated preposition, an article and a head noun."""
    joiner = r"(?:,|et|and|und|y|e|&|or|ou|oder|o|ou encore|as well as|ainsi que|sowie)"
    preposition = r"(?:à|a|au|aux|to|with|avec|mit|con|com|de|du|des|d['’]|da|do|di|von|bei)"
    article = r"(?:the|la|le|les|l['’]|el|los|o|a|il|lo|der|die|das|dem|den)"
    head = r"(?:group|groupe|grupo|gruppo|Konzern|company|société|empresa|società|firm)"
    return re.compile(
        rf"\s*{joiner}(?:\s*,)?\s*(?:{preposition}\s*)?(?:{article}\s*)?(?:{head}\s+)?"
    )


_AGENT = re.compile(r"(?<![\w])(?:by|par|von|por|da|with|avec|mit|con|com)(?![\w])", re.I)


def party_groups(
    text: str,
    parties: list[OrgMention],
    event: int,
    subject: str | None,
    anchor: int,
    focus: str | None,
) -> list[tuple[str, ...]]:
    """Objects enumerated after the event ("acquired A and B") each deal with the subject;
    subjects enumerated before it each deal with the one object after it ("Samsung and SK
    Hynix signed letters of intent to supply OpenAI"), else with the focus ("Dell and
    Supermicro will supply"), unless the focus is one of them (then one deal among all)."""
    before = [p for p in parties if p.end <= event]
    after = [p for p in parties if p.start >= event]
    if len(after) >= 2 and len(before) <= 1 and _enumerated(text, after):
        head = before[0].name if before else subject
        if head is None and not _AGENT.search(text, event, after[0].start):
            head = focus  # "... and in recent weeks has agreed to buy A and B"
        if head:
            return [(head, p.name) for p in after if p.name != head]
    # "Samsung Electronics and SK Hynix have signed letters of intent to supply ... OpenAI"
    if (
        len(before) >= 2
        and len(after) == 1
        and _enumerated(text, before)
        and not _examples_re().search(text, max(0, before[0].start - 40), before[0].start)
    ):
        return [(p.name, after[0].name) for p in before if p.name != after[0].name]
    if len(before) >= 2 and not after and _enumerated(text, before):
        if _examples_re().search(text, max(0, before[0].start - 40), before[0].start):
            return []  # "Anbieter wie CoreWeave und Lambda haben ... aufgenommen": examples
        if _relative_re().match(text, before[-1].end) and focus and focus != before[-1].name:
            return [(before[-1].name, focus)]
        names = [p.name for p in before]
        if focus and focus not in names:
            return [(p, focus) for p in names]
        return [tuple(names)]
    partners = _with_partners(text, parties, event, subject, focus)
    if partners:
        return partners
    return [_pick(text, parties, anchor)]


@cache
def _examples_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])(?:such as|like|including|wie|wie etwa|comme|tels? que|telles que|como|"
        r"come|tra cui|darunter|notamment)\s+$",
        re.I,
    )


@cache
def _relative_re() -> re.Pattern[str]:
    """ "BonelliErede e il gruppo Generali, che ha firmato": the verb is Generali's."""
    return re.compile(r"\s*,\s*(?:che|qui|which|who|que|quien|der|die|das|welche[rs]?|cuja?)\b")


@cache
def with_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])(?:with|avec|mit|con|com|junto (?:a|con|com)|insieme a)\s+"
        r"(?:(?:the|la|le|l['’]|el|o|a|il|der|die|dem)\s*)?(?:[\w-]+\s+){0,3}$",
        re.I,
    )


def _with_partners(
    text: str,
    parties: list[OrgMention],
    event: int,
    subject: str | None = None,
    fallback: str | None = None,
) -> list[tuple[str, ...]]:
    """ "Moonshot ha firmado con Huawei un contrato ... de Nvidia": the subject and the
    party introduced by "with", whatever else the clause names; "signés par Sesterce,
    notamment avec H Company et avec Orange": the one other party with each of them."""
    if len(parties) == 2:
        return _two_partners(text, parties, subject or fallback)
    if len(parties) < 3:
        return []
    partners = [
        p
        for p in parties
        if (m := with_re().search(text, max(0, p.start - 45), p.start)) and "particip" not in m[0]
    ]
    others = [p for p in parties if p not in partners]
    if not partners:
        return []
    if subject and subject not in {p.name for p in partners}:
        name = subject  # "A companhia anunciou uma parceria com a AWS para ... da Nuvemia"
    elif len(others) == 1:
        name = others[0].name
    elif parties[0] in others and parties[0].end <= event:
        name = parties[0].name
    elif fallback and fallback not in {p.name for p in partners}:
        name = fallback  # "It ... signed a $30 billion agreement with Microsoft, ..."
    else:
        return []
    return [(name, p.name) for p in partners if p.name != name]


def _two_partners(text: str, parties: list[OrgMention], head: str | None) -> list[tuple[str, ...]]:
    """ "elle a signé avec Anthropic un partenariat ..., puis un accord avec OpenAI": two
    names each introduced by "with" deal with the subject (a pronoun: the focus), not with
    each other."""
    names = {p.name for p in parties}
    if not head or head in names or len(names) < 2:
        return []
    if all(with_re().search(text, max(0, p.start - 45), p.start) for p in parties):
        gap = text[parties[0].end : parties[1].start]
        if with_re().search(gap + " ", 0) and not re.search(r"\b(?:and|et|und|y|e)\s*$", gap):
            return [(head, p.name) for p in parties]
    return []


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


def _key(m: DealMention) -> tuple[frozenset[str], tuple[float | None, ...] | None]:
    a = m.amount
    return frozenset(m.parties), (a.value, a.min_value, a.max_value, 0) if a else None


def consolidate(found: list[DealMention], text: str = "") -> list[DealMention]:
    # types adjusted first, so that "Oracle would supply the Facebook owner with capacity"
    # (supply -> compute) repeats the $20 billion compute deal instead of adding one
    found = [
        replace(
            m, deal_type=adjust_type(m.deal_type, m.parties, text[m.evidence[0] : m.evidence[1]])
        )
        for m in found
    ]
    with_amount = [m for m in found if m.amount is not None]
    kept: dict[object, DealMention] = {}
    for m in with_amount:
        kept.setdefault((_key(m), m.amount.currency if m.amount else None), m)
    for m in found:
        if m.amount is not None:
            continue
        same = [x for x in with_amount if frozenset(x.parties) == frozenset(m.parties)]
        weak = not m.strong and not m.typed
        if same and (weak or any(x.deal_type == m.deal_type for x in same)):
            continue
        if _crossed(m, same, found):
            continue
        kept.setdefault((frozenset(m.parties), m.deal_type), m)
    return sorted(kept.values(), key=lambda m: (m.evidence[0], m.sentence))


def _crossed(m: DealMention, same: list[DealMention], found: list[DealMention]) -> bool:
    """ "Google agreed to pay $2.4 billion to license Windsurf's technology, after OpenAI's
    planned $3 billion purchase of the company fell apart": each pair has its amount and type;
    the other pair's type, repeated without an amount, is no deal of its own."""
    here = {frozenset(x.parties) for x in found if x.sentence == m.sentence}
    return (
        len(here) >= 2
        and any(x.sentence == m.sentence for x in same)
        and any(
            x.sentence == m.sentence and x.amount is not None and x.deal_type == m.deal_type
            for x in found
            if frozenset(x.parties) != frozenset(m.parties)
        )
    )
