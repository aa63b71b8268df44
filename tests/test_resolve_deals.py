from __future__ import annotations

from datetime import date, timedelta

import polars as pl

from veille.resolve.amounts import DealRules
from veille.resolve.deals import INPUT_COLUMNS, resolve_deals, types_compatible

B = 1e9
DAY = date(2026, 3, 17)


def mention(
    article,
    idx,
    parties,
    *,
    value=None,
    low=None,
    high=None,
    currency="USD",
    deal_type="compute_capacity",
    source=None,
    day=DAY,
    ceiling=False,
    rate=1.0,
):
    return {
        "article_id": article,
        "mention_idx": idx,
        "source": source or f"outlet-{article}",
        "seen_on": day,
        "parties": list(parties),
        "deal_type": deal_type,
        "amount_value": value,
        "amount_min": low,
        "amount_max": high,
        "currency": currency if (value or low or high) else None,
        "ceiling": ceiling,
        "usd_per_unit": rate,
    }


def resolve(rows, rules=None):
    frame = pl.DataFrame(rows).select(INPUT_COLUMNS)
    deals, assigned = resolve_deals(frame, rules)
    return deals, assigned


MN = ("Meta", "Nebius")


def test_two_articles_same_deal_merge_into_one_with_two_sources():
    deals, assigned = resolve(
        [
            mention("a1", 0, MN, value=27 * B, source="Reuters"),
            mention(
                "a2",
                0,
                ("Nebius", "Meta"),
                value=27 * B,
                source="Bloomberg",
                day=DAY + timedelta(days=2),
            ),
        ]
    )
    assert deals.height == 1
    deal = deals.row(0, named=True)
    assert deal["n_sources"] == 2 and deal["n_outlets"] == 2
    assert deal["amount_value"] == 27 * B
    assert deal["first_seen"] == DAY and deal["last_seen"] == DAY + timedelta(days=2)
    assert deal["conflicting_amounts"] is False
    assert assigned["deal_id"].n_unique() == 1


def test_same_parties_far_apart_in_time_are_two_deals():
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=3 * B, day=date(2025, 11, 10)),
            mention("a2", 0, MN, value=3 * B, day=date(2026, 3, 17)),
        ]
    )
    assert deals.height == 2
    assert sorted(deals["n_sources"].to_list()) == [1, 1]


def test_same_parties_incompatible_amounts_are_two_deals():
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=27 * B),
            mention("a2", 0, MN, value=3 * B, day=DAY + timedelta(days=1)),
        ]
    )
    assert deals.height == 2
    assert not deals["conflicting_amounts"].any()


def test_close_but_different_amounts_conflict():
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=27 * B, source="Reuters"),
            mention("a2", 0, MN, value=25 * B, source="Bloomberg", day=DAY + timedelta(days=1)),
            mention("a3", 0, MN, value=27 * B, source="FT", day=DAY + timedelta(days=3)),
        ]
    )
    assert deals.height == 1
    deal = deals.row(0, named=True)
    assert deal["conflicting_amounts"] is True
    assert deal["amount_value"] == 27 * B  # two outlets against one
    assert (deal["amount_min"], deal["amount_max"]) == (25 * B, 27 * B)
    assert deal["n_sources"] == 3


def test_components_in_one_article_are_one_deal_and_a_lone_smaller_amount_another():
    deals, assigned = resolve(
        [
            mention("a1", 0, MN, value=27 * B),
            mention("a1", 1, MN, value=12 * B),
            mention("a1", 2, MN, value=15 * B, ceiling=True),
            mention("a1", 3, MN, value=3 * B),
        ]
    )
    assert deals.height == 2
    by_idx = dict(zip(assigned["mention_idx"], assigned["deal_id"], strict=True))
    assert by_idx[0] == by_idx[1] == by_idx[2] != by_idx[3]
    big = deals.filter(pl.col("deal_id") == by_idx[0]).row(0, named=True)
    assert big["amount_value"] == 27 * B and big["n_mentions"] == 3
    assert big["conflicting_amounts"] is False


def test_amounts_without_a_total_structure_are_one_deal_per_article():
    """Tranches, round vs investor share, firm amount and ceiling: one deal each article."""
    os_ = ("OpenAI", "SoftBank")
    deals, _ = resolve(
        [mention("a1", i, os_, value=v * B, deal_type="investment")
         for i, v in enumerate((22.5, 30, 40, 20))]
        + [mention("a2", 0, ("Microsoft", "Nebius"), value=17.4 * B),
           mention("a2", 1, ("Microsoft", "Nebius"), value=19.4 * B, ceiling=True)]
    )  # fmt: skip
    assert deals.height == 2
    softbank = deals.filter(pl.col("parties") == list(os_)).row(0, named=True)
    assert softbank["amount_value"] == 40 * B and softbank["n_mentions"] == 4
    assert not softbank["conflicting_amounts"]
    nebius = deals.filter(pl.col("parties") == ["Microsoft", "Nebius"]).row(0, named=True)
    assert nebius["amount_value"] == 17.4 * B  # the firm amount under its ceiling
    assert (nebius["amount_min"], nebius["amount_max"]) == (17.4 * B, 19.4 * B)


def test_component_reported_alone_joins_the_deal_without_conflict():
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=27 * B),
            mention("a1", 1, MN, value=12 * B),
            mention("a1", 2, MN, value=15 * B),
            mention("a2", 0, MN, value=12 * B, day=DAY + timedelta(days=1)),
            mention("a3", 0, MN, value=15 * B, day=DAY + timedelta(days=2)),
        ]
    )
    assert deals.height == 1
    deal = deals.row(0, named=True)
    assert deal["n_sources"] == 3 and deal["conflicting_amounts"] is False
    assert deal["amount_value"] == 27 * B


def test_ceiling_covers_a_firm_amount_without_conflict():
    ms = ("Microsoft", "Nebius")
    deals, _ = resolve(
        [
            mention("a1", 0, ms, value=17.4 * B),
            mention("a2", 0, ms, high=19.4 * B, day=DAY + timedelta(days=1)),
        ]
    )
    assert deals.height == 1
    deal = deals.row(0, named=True)
    assert deal["conflicting_amounts"] is False
    assert deal["amount_value"] == 17.4 * B  # firm over ceiling
    assert deal["amount_max"] == 19.4 * B


def test_one_side_without_amount_merges_and_incompatible_types_do_not():
    deals, _ = resolve(
        [
            mention("a1", 0, ("Nebius", "Tavily"), deal_type="acquisition"),
            mention(
                "a2",
                0,
                ("Nebius", "Tavily"),
                value=275e6,
                deal_type="acquisition",
                day=DAY + timedelta(days=5),
            ),
            mention(
                "a3",
                0,
                ("Nebius", "Tavily"),
                value=275e6,
                deal_type="investment",
                day=DAY + timedelta(days=6),
            ),
        ]
    )
    assert sorted(deals["n_sources"].to_list()) == [1, 2]
    merged = deals.filter(pl.col("n_sources") == 2).row(0, named=True)
    assert merged["deal_type"] == "acquisition" and merged["amount_value"] == 275e6


def test_currencies_compare_through_usd():
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=27 * B, currency="USD"),
            mention(
                "a2", 0, MN, value=25 * B, currency="EUR", rate=1.08, day=DAY + timedelta(days=1)
            ),
        ]
    )
    assert deals.height == 1
    assert deals["conflicting_amounts"].to_list() == [False]
    assert deals["currency"].to_list() == ["EUR"] or deals["currency"].to_list() == ["USD"]


def test_window_is_a_setting():
    rows = [
        mention("a1", 0, MN, value=27 * B),
        mention("a2", 0, MN, value=27 * B, day=DAY + timedelta(days=60)),
    ]
    assert resolve(rows)[0].height == 2
    assert resolve(rows, DealRules(window_days=90))[0].height == 1


def test_ids_are_deterministic_and_independent_of_input_order():
    rows = [
        mention("a1", 0, MN, value=27 * B),
        mention("a1", 1, MN, value=3 * B),
        mention("a1", 2, MN, value=12 * B),
        mention("a1", 3, MN, value=15 * B),
        mention("a2", 0, MN, value=27 * B, day=DAY + timedelta(days=1)),
    ]
    first, assigned_1 = resolve(rows)
    second, assigned_2 = resolve(list(reversed(rows)))
    assert first.equals(second) and assigned_1.equals(assigned_2)
    assert first["deal_id"].n_unique() == 2


def test_type_compatibility_table():
    assert types_compatible("compute_capacity", "supply")
    assert types_compatible("acquisition", "other")
    assert types_compatible("investment", "financing")
    assert not types_compatible("acquisition", "investment")
