"""How two stated deal amounts relate: the same figure, a ceiling, a component, or a conflict.

Amounts in different currencies are compared through their USD values (rates at the report
date), with a looser tolerance because two outlets convert at different rates; amounts that
cannot be compared (unknown currency or rate) are never called equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

MAX_COMPONENTS = 12  # subset-sum search bound: a deal is never split into more parts


@dataclass(frozen=True)
class DealRules:
    """Knobs of deal resolution (the first two come from Settings)."""

    window_days: int = 45  # bounds reports tied by date only (no amount, or a conflict)
    conflict_band: float = 0.15  # within 15 %: same deal, outlets disagree
    tolerance: float = 0.005  # equal amounts (the scorer's 0.5 %)
    fx_tolerance: float = 0.03  # equal amounts across currencies
    ceiling_band: float = 0.5  # "up to X" covers firm amounts in [X * (1 - band), X]


@dataclass(frozen=True)
class Amount:
    """A point (low == high) or a range; `ceiling` marks "up to" amounts."""

    low: float
    high: float
    currency: str
    usd_per_unit: float | None = None
    ceiling: bool = False

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def amount_of(
    value: float | None,
    low: float | None,
    high: float | None,
    currency: str | None,
    *,
    ceiling: bool = False,
    usd_per_unit: float | None = None,
) -> Amount | None:
    """The amount a deal mention states, or None when it states none.

    A maximum without a minimum is a ceiling ("up to"); a minimum alone is a floor, kept as a
    point. An amount without a currency cannot be compared and counts as none.
    """
    cur = (currency or "").upper()
    if not cur:
        return None
    if value is not None:
        return Amount(value, value, cur, usd_per_unit, ceiling)
    if low is not None and high is not None:
        return Amount(low, high, cur, usd_per_unit, ceiling)
    if high is not None:
        return Amount(high, high, cur, usd_per_unit, True)
    if low is not None:
        return Amount(low, low, cur, usd_per_unit, ceiling)
    return None


def _common(a: Amount, b: Amount, rules: DealRules) -> tuple[float, float, float] | None:
    """Factors putting a and b in one unit, and the tolerance to use, or None."""
    if a.currency == b.currency:
        return 1.0, 1.0, rules.tolerance
    if a.usd_per_unit and b.usd_per_unit:
        return a.usd_per_unit, b.usd_per_unit, rules.fx_tolerance
    return None


def equal(a: Amount, b: Amount, rules: DealRules) -> bool:
    """The same figure: points within tolerance, or overlapping ranges."""
    common = _common(a, b, rules)
    if common is None:
        return False
    fa, fb, tol = common
    return a.low * fa <= b.high * fb * (1 + tol) and b.low * fb <= a.high * fa * (1 + tol)


def within_ceiling(cap: Amount, firm: Amount, rules: DealRules) -> bool:
    """`cap` is an "up to" amount and `firm` lies under it (not far under it)."""
    common = _common(cap, firm, rules)
    if not cap.ceiling or common is None:
        return False
    fc, ff, tol = common
    top, value = cap.high * fc, firm.high * ff
    return top * (1 - rules.ceiling_band) <= value <= top * (1 + tol)


def near(a: Amount, b: Amount, rules: DealRules) -> bool:
    """Different but close enough to be the same deal reported differently (a conflict)."""
    common = _common(a, b, rules)
    if common is None:
        return False
    fa, fb, _ = common
    x, y = (a.low + a.high) / 2 * fa, (b.low + b.high) / 2 * fb
    return abs(x - y) <= rules.conflict_band * max(x, y)


def _sums_to(parts: Sequence[Amount], total: Amount, rules: DealRules) -> bool:
    if not all(p.currency == total.currency and p.is_point for p in parts):
        return False
    return abs(sum(p.high for p in parts) - total.high) <= rules.tolerance * total.high


def components(total: Amount, candidates: Sequence[Amount], rules: DealRules) -> list[int]:
    """Indices of the smallest subset of `candidates` that adds up to `total`, or [].

    "27 billion in total: 12 of dedicated capacity and up to 15 more" states a total and its
    components; a lone smaller amount that does not add up ("a first 3 billion contract") is
    another deal.
    """
    pool = [i for i, c in enumerate(candidates) if c.high < total.high][:MAX_COMPONENTS]
    for size in range(2, len(pool) + 1):
        for subset in combinations(pool, size):
            if _sums_to([candidates[i] for i in subset], total, rules):
                return list(subset)
    return []
