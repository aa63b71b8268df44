"""Deal resolution, step 1: one article's mentions of one party set, grouped into reports.

A report is what one article says about one deal. The article's largest amount (its
headline) gathers the amounts stating the same figure (a repeat, its ceiling: "$17.4bn ...
up to $19.4bn"); when smaller amounts add up to it (within tolerance) the article spelt out
a total and its components ("27 billion: 12 dedicated and up to 15 more") and they join it
too. Every other amount is *loose*: it is not the headline's figure, so it may be another
deal. What happens to it depends on the article's structure:

- with a total/components structure, an amount left over is its own report ("a first 3
  billion contract in November"); so is an amount the article types differently from its
  headline (an `investment` round and a `partnership` beside it): both go through step 2 as
  reports of their own;
- otherwise it is a loose report tied to its parent (the headline's report): step 2 lets it
  join another article's deal whose amounts it matches (the article recaps an earlier deal),
  and folds it back into its parent when it matches none (tranches, a round and one
  investor's share: one deal told several ways).

Mentions without an amount join the largest report of a compatible type.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veille.resolve.amounts import Amount, DealRules, components, equal, within_ceiling

GENERIC_TYPES = frozenset({"other", "partnership"})
TYPE_FAMILIES = (frozenset({"investment", "financing"}), frozenset({"compute_capacity", "supply"}))


def same_kind(a: str, b: str) -> bool:
    """Equal, or of one family (investment and financing; compute capacity and supply)."""
    return a == b or any(a in family and b in family for family in TYPE_FAMILIES)


def types_compatible(a: str, b: str) -> bool:
    """Of the same kind, or generic on one side (other, partnership): outlets label one deal
    differently, so across articles a generic label matches any type."""
    return same_kind(a, b) or a in GENERIC_TYPES or b in GENERIC_TYPES


def compatible(types_a: list[str], types_b: list[str]) -> bool:
    return all(types_compatible(a, b) for a in set(types_a) for b in set(types_b))


@dataclass(frozen=True)
class Mention:
    article_id: str
    mention_idx: int
    source: str
    seen_on: date
    parties: tuple[str, ...]
    deal_type: str
    amount: Amount | None


@dataclass(eq=False)
class Report:
    """The mentions of one deal in one article; `parent` is set on a loose amount (above)."""

    mentions: list[Mention]
    parent: Report | None = None

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def amounts(self) -> list[Amount]:
        return [m.amount for m in self.mentions if m.amount]

    @property
    def types(self) -> list[str]:
        return [m.deal_type for m in self.mentions]

    @property
    def decisive_types(self) -> list[str]:
        """The types that decide compatibility: those of the mentions with an amount when
        there are any. An amountless mention that joined a report (a sentence about the
        share price, typed from its own words) must not make the deal incompatible with
        another article's report of the same figure."""
        with_amount = [m.deal_type for m in self.mentions if m.amount]
        return with_amount or self.types

    def absorb(self, other: Report) -> None:
        """Take a loose report's mentions back (it matched no other deal)."""
        self.mentions = sorted([*self.mentions, *other.mentions], key=lambda m: m.mention_idx)


def same_figure(a: Amount, b: Amount, rules: DealRules) -> bool:
    return equal(a, b, rules) or within_ceiling(a, b, rules) or within_ceiling(b, a, rules)


def headline(report: Report, rules: DealRules) -> Amount | None:
    """The report's main figure: its largest amount, or the firm amount under that ceiling."""
    amounts = report.amounts
    if not amounts:
        return None
    top = max(amounts, key=lambda a: a.high)
    firm = [a for a in amounts if not a.ceiling and within_ceiling(top, a, rules)]
    return max(firm, key=lambda a: a.high) if firm else top


def figures(report: Report, rules: DealRules) -> list[Amount]:
    """The headline and the amounts stating the same figure (its ceiling, a repeat)."""
    head = headline(report, rules)
    if head is None:
        return []
    return [a for a in report.amounts if a is head or same_figure(head, a, rules)]


def _split(
    head: Mention, rest: list[Mention], rules: DealRules
) -> tuple[list[Mention], list[Mention]]:
    """(members of the head's report, its loose amounts); what is in neither stays for later."""
    assert head.amount is not None
    fits = [m for m in rest if types_compatible(m.deal_type, head.deal_type)]
    same = [m for m in fits if same_figure(head.amount, m.amount, rules)]  # type: ignore[arg-type]
    others = [m for m in fits if m not in same]
    parts = components(head.amount, [m.amount for m in others], rules)  # type: ignore[misc]
    if parts:
        return [head, *same, *(others[i] for i in parts)], []
    return [head, *same], [m for m in others if same_kind(m.deal_type, head.deal_type)]


def _by_figure(mentions: list[Mention], rules: DealRules) -> list[list[Mention]]:
    """Loose amounts grouped by the figure they state (an amount told twice is one candidate)."""
    groups: list[list[Mention]] = []
    for m in mentions:
        group = next((g for g in groups if same_figure(g[0].amount, m.amount, rules)), None)  # type: ignore[arg-type]
        if group is None:
            groups.append([m])
        else:
            group.append(m)
    return [sorted(g, key=lambda m: m.mention_idx) for g in groups]


def article_reports(mentions: list[Mention], rules: DealRules) -> list[Report]:
    """Step 1 for one article and one party set: reports, loose ones with their parent."""
    remaining = sorted((m for m in mentions if m.amount), key=lambda m: -m.amount.high)  # type: ignore[union-attr]
    reports: list[Report] = []
    loose: list[Report] = []
    while remaining:
        head, rest = remaining[0], remaining[1:]
        members, spare = _split(head, rest, rules)
        report = Report(sorted(members, key=lambda m: m.mention_idx))
        reports.append(report)
        loose.extend(Report(group, parent=report) for group in _by_figure(spare, rules))
        remaining = [m for m in rest if m not in members and m not in spare]
    for m in sorted((m for m in mentions if not m.amount), key=lambda m: m.mention_idx):
        target = next((r for r in reports if compatible(r.decisive_types, [m.deal_type])), None)
        if target is None:
            target = Report([])
            reports.append(target)
        target.mentions.append(m)
    return reports + sorted(loose, key=lambda r: r.first.mention_idx)
