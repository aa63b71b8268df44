"""When a predicted amount or deal counts as the gold one (the eval README's rules).

Decisions:
- Values agree within 0.5 % of the larger of the two, so that "$17.4 billion" read as
  17.40e9 or 17.39e9 both count, and "$17 billion" for 17.4e9 does not.
- A gold point is also matched by a degenerate predicted range (min = max = the value, within
  tolerance); a gold range needs both bounds. A predicted point never matches a gold range.
- Currencies must be equal after upper-casing; a missing currency only equals a missing one.
- Deal parties must be the same set, or, for a gold deal of more than two parties (a funding
  round with several investors), a subset of at least two of them.
"""

from __future__ import annotations

from veille.evaluation.gold import GoldAmount, GoldDeal
from veille.evaluation.predictions import Amount

TOLERANCE = 0.005


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def gold_amount(amount: GoldAmount) -> Amount:
    return Amount(amount.value, amount.min_value, amount.max_value, amount.currency or None)


def amounts_match(pred: Amount, gold: Amount) -> bool:
    if (pred.currency or "").upper() != (gold.currency or "").upper():
        return False
    if gold.value is not None:
        if pred.value is not None:
            return close(pred.value, gold.value)
        return close(pred.min_value, gold.value) and close(pred.max_value, gold.value)
    if gold.min_value is not None and gold.max_value is not None:
        return close(pred.min_value, gold.min_value) and close(pred.max_value, gold.max_value)
    return False


def parties_match(pred: frozenset[str], gold: frozenset[str]) -> bool:
    return pred == gold or (len(pred) >= 2 and pred < gold)


def has_amount(amount: Amount) -> bool:
    return any(v is not None for v in (amount.value, amount.min_value, amount.max_value))


def deal_amount_matches(pred: Amount, gold: GoldDeal) -> bool:
    """No amount on both sides, or the predicted amount is one of the deal's stated values."""
    if not gold.amounts:
        return not has_amount(pred)
    return any(amounts_match(pred, Amount(x, None, None, gold.currency)) for x in gold.amounts)
