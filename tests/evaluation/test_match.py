from __future__ import annotations

from veille.evaluation.gold import GoldDeal
from veille.evaluation.match import amounts_match, close, deal_amount_matches, parties_match
from veille.evaluation.predictions import Amount


def point(value, currency="USD"):
    return Amount(value, None, None, currency)


def span(lo, hi, currency="USD"):
    return Amount(None, lo, hi, currency)


def test_tolerance_is_half_a_percent_of_the_larger_value():
    assert close(100.0, 100.5)
    assert close(100.5, 100.0)
    assert not close(100.0, 100.6)
    assert close(0.0, 0.0)
    assert not close(None, 1.0)


def test_points_ranges_and_currencies():
    assert amounts_match(point(27.1e9), point(27e9))
    assert not amounts_match(point(27.2e9), point(27e9))
    assert amounts_match(point(27e9, "usd"), point(27e9, "USD"))
    assert not amounts_match(point(27e9, "EUR"), point(27e9, "USD"))
    assert amounts_match(point(5.0, None), point(5.0, None))
    assert amounts_match(span(27e9, 27.05e9), point(27e9))  # degenerate range for a point
    assert not amounts_match(span(26e9, 28e9), point(27e9))
    assert amounts_match(span(7e9, 9e9), span(7.01e9, 8.99e9))
    assert not amounts_match(point(8e9), span(7e9, 9e9))  # a point never matches a range
    assert amounts_match(Amount(8e9, 7e9, 9e9, "USD"), span(7e9, 9e9))


def test_parties_subset_only_for_deals_of_more_than_two():
    three = frozenset({"A", "B", "C"})
    assert parties_match(frozenset({"A", "B"}), three)
    assert parties_match(three, three)
    assert not parties_match(frozenset({"A"}), three)
    assert not parties_match(frozenset({"A", "B", "C", "D"}), three)
    assert not parties_match(frozenset({"A"}), frozenset({"A", "B"}))


def test_deal_amounts():
    disclosed = GoldDeal(parties=("A", "B"), amounts=(27e9, 12e9), currency="USD", type="other")
    undisclosed = GoldDeal(parties=("A", "B"), amounts=(), currency=None, type="other")
    assert deal_amount_matches(point(12.05e9), disclosed)
    assert not deal_amount_matches(point(15e9), disclosed)
    assert not deal_amount_matches(point(None, None), disclosed)
    assert deal_amount_matches(point(None, "USD"), undisclosed)
    assert not deal_amount_matches(point(1e9), undisclosed)
