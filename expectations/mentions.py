"""Suites for the staged mentions: staging.org_mentions, money_mentions and deal_mentions.

record_key is '<article_id>:<mention_idx>'. A row without a mention_idx cannot be named in
quarantine, so a missing mention_idx is a batch-level failure (fail closed), not a row one.

Helper columns, computed in polars before validation (stock GX expectations only):
- `text_length`: length of the article's staged text, joined in the query (DuckDB counts
  characters like Python), null when the article is missing from staging.articles;
- `evidence_in_bounds`: 0 <= char_start < char_end <= text_length (see spec.evidence_in_bounds);
- `smallest_amount`: the least of value / min / max, so one "amounts are positive" rule covers
  a point and a range;
- `has_amount` (money): a value, or both ends of a range;
- `amount_has_currency` (deals): no amount, or a currency beside it;
- `n_distinct_parties` (deals): distinct non-empty party names.
"""

from __future__ import annotations

import great_expectations.expectations as gxe
import polars as pl

from expectations.spec import RECORD_KEY, Rule, TableSuite, evidence_in_bounds, iso4217, rule
from veille.schema import DEAL_TYPES, MONEY_ROLES, QUALIFIERS

_JOIN = "m left join (select article_id, length(text) as text_length from staging.articles) a"
ORG_QUERY = f"""
select m.article_id, m.mention_idx, m.name, m.grounded, m.char_start, m.char_end, a.text_length
from staging.org_mentions {_JOIN} using (article_id)
"""
MONEY_QUERY = f"""
select m.article_id, m.mention_idx, m.value, m.min_value, m.max_value, m.currency,
       m.qualifier, m.role, m.grounded, m.char_start, m.char_end, a.text_length
from staging.money_mentions {_JOIN} using (article_id)
"""
DEAL_QUERY = f"""
select m.article_id, m.mention_idx, m.parties, m.deal_type, m.amount_value, m.amount_min,
       m.amount_max, m.currency, m.grounded, m.char_start, m.char_end, a.text_length
from staging.deal_mentions {_JOIN} using (article_id)
"""


def _keyed(frame: pl.DataFrame) -> pl.DataFrame:
    key = pl.concat_str(
        [pl.col("article_id"), pl.col("mention_idx").cast(pl.String)], separator=":"
    )
    return frame.with_columns(
        key.alias(RECORD_KEY), evidence_in_bounds().alias("evidence_in_bounds")
    )


def prepare_orgs(frame: pl.DataFrame) -> pl.DataFrame:
    return _keyed(frame)


def prepare_money(frame: pl.DataFrame) -> pl.DataFrame:
    has_amount = pl.col("value").is_not_null() | (
        pl.col("min_value").is_not_null() & pl.col("max_value").is_not_null()
    )
    smallest = pl.min_horizontal("value", "min_value", "max_value")
    return _keyed(frame).with_columns(
        has_amount.alias("has_amount"), smallest.alias("smallest_amount")
    )


def prepare_deals(frame: pl.DataFrame) -> pl.DataFrame:
    amounts = ("amount_value", "amount_min", "amount_max")
    no_amount = pl.all_horizontal([pl.col(c).is_null() for c in amounts])
    parties = pl.col("parties").list.eval(
        pl.element().filter(pl.element().str.strip_chars().str.len_chars() > 0)
    )
    return _keyed(frame).with_columns(
        (no_amount | pl.col("currency").is_not_null()).alias("amount_has_currency"),
        pl.min_horizontal(*amounts).alias("smallest_amount"),
        parties.list.n_unique().fill_null(0).cast(pl.Int64).alias("n_distinct_parties"),
    )


def _common() -> tuple[Rule, ...]:
    return (
        rule(
            "mention_idx_present",
            "batch",
            "mention without a mention_idx cannot be keyed",
            gxe.ExpectColumnValuesToNotBeNull(column="mention_idx"),
        ),
        rule(
            "mention_key_unique",
            "row",
            "two mentions share (article_id, mention_idx)",
            gxe.ExpectColumnValuesToBeUnique(column=RECORD_KEY),
        ),
        rule(
            "evidence_in_bounds",
            "row",
            "evidence offsets outside the article text (0 <= start < end <= length)",
            gxe.ExpectColumnValuesToBeInSet(column="evidence_in_bounds", value_set=[True]),
        ),
    )


def _amount_rules(low: str, high: str) -> tuple[Rule, ...]:
    return (
        rule(
            "amount_positive",
            "row",
            "an amount is zero or negative",
            gxe.ExpectColumnValuesToBeBetween(
                column="smallest_amount", min_value=0, strict_min=True
            ),
        ),
        rule(
            "range_ordered",
            "row",
            f"{low} exceeds {high}",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=high, column_B=low, or_equal=True, ignore_row_if="either_value_is_missing"
            ),
        ),
        rule(
            "currency_iso4217",
            "row",
            "currency is not an ISO 4217 code",
            gxe.ExpectColumnValuesToBeInSet(column="currency", value_set=list(iso4217())),
        ),
    )


def org_suite() -> TableSuite:
    return TableSuite(
        "enrichment.org_mentions", "staging.org_mentions", ORG_QUERY, _common(), prepare_orgs
    )


def money_suite() -> TableSuite:
    rules = (
        *_common(),
        rule(
            "currency_present",
            "row",
            "money mention without a currency",
            gxe.ExpectColumnValuesToNotBeNull(column="currency"),
        ),
        rule(
            "amount_present",
            "row",
            "money mention without a value or a full range",
            gxe.ExpectColumnValuesToBeInSet(column="has_amount", value_set=[True]),
        ),
        *_amount_rules("min_value", "max_value"),
        rule(
            "role_known",
            "row",
            "money role outside veille.schema.MONEY_ROLES",
            gxe.ExpectColumnValuesToBeInSet(column="role", value_set=list(MONEY_ROLES)),
        ),
        rule(
            "qualifier_known",
            "row",
            "qualifier outside veille.schema.QUALIFIERS",
            gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(QUALIFIERS)),
        ),
    )
    return TableSuite(
        "enrichment.money_mentions", "staging.money_mentions", MONEY_QUERY, rules, prepare_money
    )


def deal_suite() -> TableSuite:
    rules = (
        *_common(),
        rule(
            "two_distinct_parties",
            "row",
            "deal with fewer than two distinct parties",
            gxe.ExpectColumnValuesToBeBetween(column="n_distinct_parties", min_value=2),
        ),
        rule(
            "deal_type_known",
            "row",
            "deal type outside veille.schema.DEAL_TYPES",
            gxe.ExpectColumnValuesToBeInSet(column="deal_type", value_set=list(DEAL_TYPES)),
        ),
        rule(
            "amount_has_currency",
            "row",
            "deal amount without a currency",
            gxe.ExpectColumnValuesToBeInSet(column="amount_has_currency", value_set=[True]),
        ),
        *_amount_rules("amount_min", "amount_max"),
    )
    return TableSuite(
        "enrichment.deal_mentions", "staging.deal_mentions", DEAL_QUERY, rules, prepare_deals
    )


def suites() -> tuple[TableSuite, ...]:
    return (org_suite(), money_suite(), deal_suite())
