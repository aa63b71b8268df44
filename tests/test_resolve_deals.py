from __future__ import annotations

from datetime import date, timedelta

import polars as pl
import pytest

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


def test_same_amount_months_later_is_a_recap_of_the_same_deal():
    """Was `..._far_apart_in_time_are_two_deals`, which asserted the old rule (the window
    applied to matching amounts too): a recap months later stating the same figure is the
    same deal."""
    deals, _ = resolve(
        [
            mention("a1", 0, MN, value=3 * B, day=date(2025, 11, 10)),
            mention("a2", 0, MN, value=3 * B, day=date(2026, 3, 17)),
        ]
    )
    assert deals.height == 1
    deal = deals.row(0, named=True)
    assert deal["n_sources"] == 2 and not deal["conflicting_amounts"]
    assert (deal["first_seen"], deal["last_seen"]) == (date(2025, 11, 10), date(2026, 3, 17))


def test_ceiling_recaps_over_months_are_one_deal_dated_by_the_first_report():
    ms = ("Microsoft", "Nebius")
    deals, assigned = resolve(
        [
            mention("sep", 0, ms, value=17.4 * B, day=date(2025, 9, 9)),
            mention("sep", 1, ms, value=19.4 * B, ceiling=True, day=date(2025, 9, 9)),
            mention("nov", 0, ms, value=17.4 * B, day=date(2025, 11, 3)),
            mention("nov2", 0, ms, high=19.4 * B, day=date(2025, 11, 11)),
            mention("mar", 0, ms, value=17.4 * B, day=date(2026, 3, 17)),
        ]
    )
    assert deals.height == 1 and assigned["deal_id"].n_unique() == 1
    deal = deals.row(0, named=True)
    assert deal["announced_on"] == deal["first_seen"] == date(2025, 9, 9)
    assert deal["last_seen"] == date(2026, 3, 17) and deal["n_sources"] == 4
    assert deal["amount_value"] == 17.4 * B and deal["amount_max"] == 19.4 * B
    assert not deal["conflicting_amounts"]


def test_a_different_amount_months_later_is_a_new_contract():
    deals, _ = resolve(
        [
            mention("nov", 0, MN, value=3 * B, day=date(2025, 11, 10)),
            mention("mar", 0, MN, value=27 * B, day=date(2026, 3, 17)),
            mention("apr", 0, MN, value=25 * B, day=date(2026, 7, 1)),  # near 27, 106 days on
        ]
    )
    assert deals.height == 3
    assert not deals["conflicting_amounts"].any()
    assert sorted(deals["amount_value"].to_list()) == [3 * B, 25 * B, 27 * B]


@pytest.mark.parametrize("stated_ceiling", [True, False], ids=["components", "no-structure"])
def test_mixed_article_total_plus_an_earlier_contract_is_two_deals(stated_ceiling):
    """The seed: 27 billion (12 dedicated + up to 15 more), and 'a first 3 billion contract
    in November' that another article reported then. Without the 15 in the deal mentions
    the 12 is still the big deal's (it matches nothing else) and the 3 still the November
    deal's (it matches that deal's amount)."""
    seed = date(2026, 3, 17)
    rows = [
        mention("nov", 0, MN, value=3 * B, day=date(2025, 11, 11), source="Silicon Ledger"),
        mention("seed", 0, MN, value=27 * B, day=seed, source="Brief IA"),
        mention("seed", 1, MN, value=12 * B, day=seed, source="Brief IA"),
        mention("seed", 3, MN, value=3 * B, day=seed, source="Brief IA"),
    ]
    if stated_ceiling:
        rows.append(mention("seed", 2, MN, value=15 * B, ceiling=True, day=seed))
    else:  # the earlier contract told twice: one candidate
        rows.append(mention("seed", 4, MN, value=3 * B, day=seed, source="Brief IA"))
    deals, assigned = resolve(rows)
    assert deals.height == 2
    ids = {(a, i): d for a, i, d in assigned.iter_rows()}
    assert ids[("seed", 0)] == ids[("seed", 1)] != ids[("seed", 3)] == ids[("nov", 0)]
    assert ids.get(("seed", 4), ids[("nov", 0)]) == ids[("nov", 0)]
    small = deals.filter(pl.col("deal_id") == ids[("nov", 0)]).row(0, named=True)
    assert small["amount_value"] == 3 * B and small["n_sources"] == 2
    assert (small["first_seen"], small["last_seen"]) == (date(2025, 11, 11), seed)
    big = deals.filter(pl.col("deal_id") == ids[("seed", 0)]).row(0, named=True)
    assert big["amount_value"] == 27 * B and big["n_sources"] == 1
    assert (big["amount_min"], big["amount_max"]) == (27 * B, 27 * B)
    assert not deals["conflicting_amounts"].any()


def test_loose_amount_typed_differently_from_the_headline_is_its_own_deal():
    """A round told with tranches and shares is one deal; an amount the article itself types
    as something else ('a commercial partnership of 3 billion a year') is another."""
    os_ = ("OpenAI", "SoftBank")
    deals, assigned = resolve(
        [mention("a1", i, os_, value=v * B, deal_type="investment")
         for i, v in enumerate((22.5, 30, 40, 20))]
        + [mention("a1", 4, os_, value=3 * B, deal_type="partnership")]
    )  # fmt: skip
    assert deals.height == 2
    ids = dict(zip(assigned["mention_idx"], assigned["deal_id"], strict=True))
    assert ids[0] == ids[1] == ids[2] == ids[3] != ids[4]


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


def test_window_is_a_setting_for_reports_that_do_not_agree_on_an_amount():
    """The window used to apply to every report (this test had two 27bn reports 60 days
    apart: now the same deal whatever the window). It still bounds reports tied by date
    only: no amount on one side, or a conflicting amount."""
    later = DAY + timedelta(days=60)
    no_amount = [mention("a1", 0, MN, value=27 * B), mention("a2", 0, MN, day=later)]
    conflict = [mention("a1", 0, MN, value=27 * B), mention("a2", 0, MN, value=25 * B, day=later)]
    agree = [mention("a1", 0, MN, value=27 * B), mention("a2", 0, MN, value=27 * B, day=later)]
    assert resolve(no_amount)[0].height == 2
    assert resolve(no_amount, DealRules(window_days=90))[0].height == 1
    assert resolve(conflict)[0].height == 2
    wide = resolve(conflict, DealRules(window_days=90))[0]
    assert wide.height == 1 and wide["conflicting_amounts"].to_list() == [True]
    assert resolve(agree, DealRules(window_days=0))[0].height == 1


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


def test_recaps_and_loose_amounts_resolve_the_same_in_any_input_order():
    rows = [
        mention("nov", 0, MN, value=3 * B, day=date(2025, 11, 11)),
        mention("seed", 0, MN, value=27 * B),
        mention("seed", 1, MN, value=12 * B),
        mention("seed", 2, MN, value=3 * B),
        mention("later", 0, MN, value=27 * B, day=DAY + timedelta(days=200)),
        mention("later2", 0, MN, day=DAY + timedelta(days=201)),
    ]
    first, assigned_1 = resolve(rows)
    second, assigned_2 = resolve(list(reversed(rows)))
    assert first.equals(second) and assigned_1.equals(assigned_2)
    assert sorted(first["n_sources"].to_list()) == [2, 3]  # nov + seed's 3; seed, later, later2


def test_loose_amount_stays_with_its_headline_when_that_deal_reported_it_too():
    """q reports a 6.5 deal; p a 22.4 one; r spells out 22.4 = 6.5 + 11.9 + 4 (joining p,
    the nearer); s states 22.4 and 6.5 (loose there). Both deals hold a 6.5: s's goes to
    its own headline's deal."""
    co = ("CoreWeave", "OpenAI")
    day = {k: DAY + timedelta(days=n) for n, k in enumerate("qprs")}
    deals, assigned = resolve(
        [mention("q", 0, co, value=6.5 * B, day=day["q"]),
         mention("p", 0, co, value=22.4 * B, day=day["p"])]
        + [mention("r", i, co, value=v * B, day=day["r"])
           for i, v in enumerate((22.4, 6.5, 11.9, 4))]
        + [mention("s", 0, co, value=22.4 * B, day=day["s"]),
           mention("s", 1, co, value=6.5 * B, day=day["s"])]
    )  # fmt: skip
    ids = {(a, i): d for a, i, d in assigned.iter_rows()}
    assert deals.height == 2 and ids[("q", 0)] != ids[("p", 0)]
    assert ids[("s", 1)] == ids[("s", 0)] == ids[("r", 1)] == ids[("p", 0)]


def test_an_amountless_mention_does_not_split_a_deal_its_amounts_agree_on():
    """One article's report of $5bn (partnership) carries an amountless mention typed supply
    (a sentence about the share price); another article types the same $5bn an investment.
    The amounts decide: one deal, two sources."""
    ni = ("NVIDIA", "Intel")
    deals, _ = resolve(
        [
            mention("a1", 0, ni, value=5 * B, deal_type="partnership"),
            mention("a1", 1, ni, deal_type="supply"),
            mention("a2", 0, ni, value=5 * B, deal_type="investment", day=DAY + timedelta(days=1)),
        ]
    )
    assert deals.height == 1 and deals["n_sources"].to_list() == [2]
