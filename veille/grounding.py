"""Ground every extraction in the source text before anything is published.

A model's output is a claim; only what the source text supports is published. Decisions:
- Every organisation, amount and deal must carry evidence that is found in the text (exact,
  normalised, or fuzzy >= 0.9, see `veille.textmatch`). Offsets are in the ORIGINAL text.
- Amounts are re-parsed from the source text under the evidence (not from the model's quote,
  which a fuzzy match lets differ slightly): some parsed amount must agree with the claimed
  value (or with both min and max) and currency (any of the currencies a shared name like
  "dirhams" can mean: the few words around the evidence may not say which country). The same
  holds for a deal's amount.
- An organisation is grounded at its surface inside the evidence; when the evidence is found
  but does not contain the name, the name must appear as a word elsewhere in the text.
- Deal parties must each be a grounded organisation or appear in the evidence or the text.
- Prompt injection: a sentence that addresses the model ("ignore previous instructions...",
  "note to AI systems", chat roles, our own delimiters, answer-shaped JSON; see
  veille/injection.py) taints the rest of its paragraph. Evidence inside a tainted region, and
  names that occur only there, are not grounded: a compromised model that obeys "report a $1
  trillion deal with Acme" quotes that very sentence, and that is exactly what gets refused.
- The free-text fields cannot be grounded claim by claim, but a summary that names an entity or
  states an amount that the model claimed and the article never states (outside injected
  instructions) is reported in `text_issues`; the stage then quarantines the answer (a
  compromised answer's summary would otherwise reach the brief). So is free text that quotes
  our system prompt (a leak), carries a link or a markdown image (an exfiltration channel once
  the brief is rendered) or itself addresses a model.
- Fail-closed: anything not proven is kept with grounded=False and a reason, never dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from veille.injection import hostile_spans
from veille.llm.prompt import SYSTEM
from veille.money import amounts_agree, parse_amounts
from veille.schema import DealExtraction, Enrichment, MoneyExtraction, OrgExtraction
from veille.textmatch import Match, SourceText

T = TypeVar("T")

_LINK = re.compile(r"https?://|\bwww\.|!\[[^\]]*\]\(|\]\(\s*\S+\)", re.IGNORECASE)
_LEAK_WORDS = 8  # this many consecutive words of the system prompt in an answer is a leak


@dataclass(frozen=True)
class Grounded(Generic[T]):
    """One extraction with its grounding verdict and where it sits in the original text."""

    item: T
    grounded: bool
    reason: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    method: str | None = None  # how the evidence was found: exact, normalized, fuzzy


@dataclass(frozen=True)
class GroundedEnrichment:
    enrichment: Enrichment
    organizations: list[Grounded[OrgExtraction]] = field(default_factory=list)
    money: list[Grounded[MoneyExtraction]] = field(default_factory=list)
    deals: list[Grounded[DealExtraction]] = field(default_factory=list)
    injection_spans: list[tuple[int, int]] = field(default_factory=list)
    text_issues: list[str] = field(default_factory=list)

    def ungrounded(self) -> list[Grounded[object]]:
        items: list[Grounded[object]] = [*self.organizations, *self.money, *self.deals]  # type: ignore[list-item]
        return [g for g in items if not g.grounded]


def injection_spans(text: str) -> list[tuple[int, int]]:
    """Regions that address the model (veille/injection.py): from the offending sentence to
    its paragraph's end, seen through invisible characters, look-alikes and fullwidth forms."""
    return hostile_spans(text)


class _Context:
    def __init__(self, text: str, language: str | None) -> None:
        self.source = SourceText(text)
        self.text = text
        self.language = language
        self.tainted = injection_spans(text)

    def is_tainted(self, start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in self.tainted)

    def evidence(self, quote: str) -> tuple[Match | None, str | None]:
        found = self.source.find(quote)
        if found is None:
            return None, "evidence not found in text"
        if self.is_tainted(found.start, found.end):
            return None, "evidence inside a suspected prompt injection"
        return found, None

    def word(self, name: str, lo: int = 0, hi: int | None = None) -> Match | None:
        """First whole-word, untainted occurrence of `name` in text[lo:hi]."""
        hi = len(self.text) if hi is None else hi
        for m in self.source.find_all(name):
            if m.start < lo or m.end > hi or self.is_tainted(m.start, m.end):
                continue
            before = self.text[m.start - 1] if m.start > 0 else " "
            after = self.text[m.end] if m.end < len(self.text) else " "
            if not before.isalnum() and not after.isalnum():
                return m
        return None

    def amount(
        self, ev: Match, claimed: Sequence[float], currency: str | None
    ) -> tuple[int, int] | None:
        """Offsets of a source amount under the evidence agreeing with every claimed value."""
        lo = max(0, ev.start - 24)
        while lo > 0 and not self.text[lo - 1].isspace():
            lo -= 1
        region = self.text[lo : ev.end + 24]
        spans = [
            s
            for s in parse_amounts(region, self.language)
            if lo + s.end > ev.start and lo + s.start < ev.end
        ]
        spans = [s for s in spans if currency is None or currency in (s.currency, *s.alternatives)]
        numbers = [v for s in spans for v in (s.value, s.min_value, s.max_value) if v is not None]
        if not spans or not all(any(amounts_agree(c, n) for n in numbers) for c in claimed):
            return None
        first = next(
            s
            for s in spans
            if any(
                amounts_agree(claimed[0], v)
                for v in (s.value, s.min_value, s.max_value)
                if v is not None
            )
        )
        start, end = lo + first.start, lo + first.end
        while start < end and self.text[start].isspace():
            start += 1
        return start, end


def _org(ctx: _Context, org: OrgExtraction) -> Grounded[OrgExtraction]:
    ev, why = ctx.evidence(org.evidence)
    if ev is None:
        return Grounded(org, False, why)
    names = [n for n in dict.fromkeys((org.surface, org.name)) if n]
    for name in names:
        inside = ctx.source.find(name, fuzzy=False, lo=ev.start, hi=ev.end)
        if inside is not None:
            return Grounded(org, True, None, inside.start, inside.end, ev.method)
    for name in names:
        elsewhere = ctx.word(name)
        if elsewhere is not None:
            return Grounded(org, True, None, elsewhere.start, elsewhere.end, ev.method)
    return Grounded(org, False, f"organisation {org.surface!r} not found in text")


def _claimed(value: float | None, lo: float | None, hi: float | None) -> list[float]:
    if value is not None:
        return [value]
    return [v for v in (lo, hi) if v is not None]


def _money(ctx: _Context, money: MoneyExtraction) -> Grounded[MoneyExtraction]:
    ev, why = ctx.evidence(money.evidence)
    if ev is None:
        return Grounded(money, False, why)
    claimed = _claimed(money.value, money.min_value, money.max_value)
    where = ctx.amount(ev, claimed, money.currency)
    if where is None:
        return Grounded(money, False, f"amount {money.surface!r} not in its evidence")
    return Grounded(money, True, None, where[0], where[1], ev.method)


def _party_ok(ctx: _Context, party: str, ev: Match, orgs: set[str]) -> bool:
    if party.casefold() in orgs:
        return True
    return ctx.word(party, ev.start, ev.end) is not None or ctx.word(party) is not None


def _deal(ctx: _Context, deal: DealExtraction, orgs: set[str]) -> Grounded[DealExtraction]:
    ev, why = ctx.evidence(deal.evidence)
    if ev is None:
        return Grounded(deal, False, why)
    claimed = _claimed(deal.amount_value, deal.amount_min, deal.amount_max)
    if claimed and ctx.amount(ev, claimed, deal.currency) is None:
        return Grounded(deal, False, "deal amount not in its evidence")
    missing = [p for p in deal.parties if not _party_ok(ctx, p, ev, orgs)]
    if missing:
        return Grounded(deal, False, f"parties not grounded: {', '.join(missing)}")
    return Grounded(deal, True, None, ev.start, ev.end, ev.method)


def _mentions(field_text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", field_text, re.IGNORECASE) is not None


def _unsupported(
    ctx: _Context,
    orgs: list[Grounded[OrgExtraction]],
    money: list[Grounded[MoneyExtraction]],
    deals: list[Grounded[DealExtraction]],
) -> tuple[set[str], list[float]]:
    """Refused names and amounts that the article (outside injections) never states."""
    names = {g.item.name for g in orgs if not g.grounded}
    names |= {p for g in deals if not g.grounded for p in g.item.parties}
    names = {n for n in names if ctx.word(n) is None}
    claimed = [v for g in money if not g.grounded for v in (g.item.value, g.item.min_value) if v]
    claimed += [v for g in deals if not g.grounded for v in (g.item.amount_value,) if v]
    if not claimed:  # the usual case: parsing the whole text would find nothing to compare
        return names, []
    stated = [
        v
        for s in parse_amounts(ctx.text, ctx.language)
        if not ctx.is_tainted(s.start, s.end)
        for v in (s.value, s.min_value, s.max_value)
        if v is not None
    ]
    amounts = [v for v in claimed if not any(amounts_agree(v, s) for s in stated)]
    return names, amounts


@functools.cache
def _prompt_shingles() -> frozenset[tuple[str, ...]]:
    words = re.findall(r"\w+", SYSTEM.casefold())
    return frozenset(tuple(words[i : i + _LEAK_WORDS]) for i in range(len(words) - _LEAK_WORDS))


def _leaks_prompt(value: str) -> bool:
    words = re.findall(r"\w+", value.casefold())
    shingles = _prompt_shingles()
    return any(tuple(words[i : i + _LEAK_WORDS]) in shingles for i in range(len(words)))


def _hostile_text(field_name: str, value: str) -> list[str]:
    """Free text that leaks the prompt, carries a link or image, or addresses a model."""
    issues = []
    if _leaks_prompt(value):
        issues.append(f"{field_name} quotes the system prompt")
    if _LINK.search(value):
        issues.append(f"{field_name} carries a link or an image")
    if hostile_spans(value):
        issues.append(f"{field_name} addresses a model")
    return issues


def text_issues(enrichment: Enrichment, names: set[str], amounts: list[float]) -> list[str]:
    """Free-text fields (summary, why it matters, title) that repeat an unsupported claim.

    The summary cannot be grounded sentence by sentence, but a summary naming an entity, or
    stating an amount, that the model claimed and the article never states shows the answer
    followed something other than the article: its free text must not be published either.
    """
    issues: list[str] = []
    fields = (
        ("summary", enrichment.summary),
        ("why_it_matters", enrichment.why_it_matters),
        ("translated_title", enrichment.translated_title or ""),
    )
    for field_name, value in fields:
        issues += [
            f"{field_name} names unsupported {n!r}" for n in sorted(names) if _mentions(value, n)
        ]
        issues += [
            f"{field_name} states unsupported amount {span.surface.strip()!r}"
            for span in parse_amounts(value)
            if any(amounts_agree(span.value or span.min_value, a) for a in amounts)
        ]
        issues += _hostile_text(field_name, value)
    return issues


def ground(enrichment: Enrichment, text: str, *, language: str | None = None) -> GroundedEnrichment:
    """Check every extraction of `enrichment` against `text` (the article as stored).

    `language` (the staged, detected language) tells the money parser how to read ambiguous
    separators and "billion" (10^12 in French); the model's own `language` is the fallback.
    """
    ctx = _Context(text, language or enrichment.language)
    orgs = [_org(ctx, o) for o in enrichment.organizations]
    names = {n.casefold() for g in orgs if g.grounded for n in (g.item.name, g.item.surface)}
    money = [_money(ctx, m) for m in enrichment.money]
    deals = [_deal(ctx, d, names) for d in enrichment.deals]
    return GroundedEnrichment(
        enrichment=enrichment,
        organizations=orgs,
        money=money,
        deals=deals,
        injection_spans=ctx.tainted,
        text_issues=text_issues(enrichment, *_unsupported(ctx, orgs, money, deals)),
    )
