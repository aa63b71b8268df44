"""Suites for the curated contract: unique keys, references that resolve, ISO currencies.

Reference checks (article / deal / organisation exists) are helper booleans computed by
DuckDB in the query, where both tables live: a left join against the referenced keys.
record_keys: curated.articles '<article_id>', curated.organizations '<org_id>',
curated.deals '<deal_id>', curated.deal_mentions
'<deal_id>:<article_id>:<mention_idx>:<char_start>', curated.org_mentions
'<article_id>:<org_id>:<mention_idx>:<char_start>', curated.money_mentions
'<article_id>:<mention_idx>:<char_start>' (mention_idx keeps several mentions that quote one
sentence apart, e.g. a deal's total and its components; a null part is written empty).
Parties are matched on curated.organizations.name (deals carry canonical names, and names
are unique there).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import great_expectations.expectations as gxe
import polars as pl

from expectations.spec import RECORD_KEY, Rule, TableSuite, iso639_1, iso4217, rule
from veille.schema import DEAL_TYPES, MONEY_ROLES

# parties_known = every non-null party names a curated organisation (list_has_all semantics:
# a null list is unknown, an empty one known, unless there is no organisation at all). Joined
# on the unnested parties rather than list_has_all against the list of all names, which costs
# one pass over every name per row (quadratic: seconds at 10,000 articles).
_PARTIES_KNOWN = """
names as (select distinct name from curated.organizations),
known as (
    select t.rowid as rid, bool_and(n.name is not null) as all_known
    from {table} as t, unnest(t.parties) as u(party)
    left join names as n on n.name = u.party
    where u.party is not null
    group by t.rowid
)"""
_KNOWN = (
    "coalesce(k.all_known, t.parties is not null"
    " and exists (select 1 from curated.organizations)) as parties_known"
)
ARTICLES_QUERY = "select article_id, language from curated.articles"
ORGS_QUERY = "select org_id, name from curated.organizations"
DEALS_QUERY = f"""
with {_PARTIES_KNOWN.format(table="curated.deals")}
select t.deal_id, t.deal_type, t.parties, t.currency, t.amount_value, t.amount_min,
       t.amount_max, {_KNOWN}
from curated.deals as t left join known as k on k.rid = t.rowid
"""
DEAL_MENTIONS_QUERY = f"""
with {_PARTIES_KNOWN.format(table="curated.deal_mentions")}
select t.deal_id, t.article_id, t.mention_idx, t.char_start, t.deal_type, t.currency,
       {_KNOWN},
       t.article_id in (select article_id from curated.articles) as article_exists,
       t.deal_id in (select deal_id from curated.deals) as deal_exists
from curated.deal_mentions as t left join known as k on k.rid = t.rowid
"""
ORG_MENTIONS_QUERY = """
select m.article_id, m.org_id, m.mention_idx, m.char_start,
       m.article_id in (select article_id from curated.articles) as article_exists,
       m.org_id in (select org_id from curated.organizations) as org_exists
from curated.org_mentions m
"""
MONEY_MENTIONS_QUERY = """
select m.article_id, m.mention_idx, m.char_start, m.currency, m.role,
       m.article_id in (select article_id from curated.articles) as article_exists
from curated.money_mentions m
"""


def _key(*columns: str) -> pl.Expr:
    parts = [pl.col(c).cast(pl.String).fill_null("") for c in columns]
    return pl.concat_str(parts, separator=":").alias(RECORD_KEY)


def _keyed(*columns: str) -> Callable[[pl.DataFrame], pl.DataFrame]:
    def prepare(frame: pl.DataFrame) -> pl.DataFrame:
        return frame.with_columns(_key(*columns))

    return prepare


def _true(name: str, column: str, reason: str) -> Rule:
    return rule(
        name, "row", reason, gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True])
    )


def _unique(name: str, column: str, reason: str) -> Rule:
    return rule(name, "row", reason, gxe.ExpectColumnValuesToBeUnique(column=column))


def _currency() -> Rule:
    return rule(
        "currency_iso4217",
        "row",
        "currency is not an ISO 4217 code",
        gxe.ExpectColumnValuesToBeInSet(column="currency", value_set=list(iso4217())),
    )


def _deal_type() -> Rule:
    return rule(
        "deal_type_known",
        "row",
        "deal type outside veille.schema.DEAL_TYPES",
        gxe.ExpectColumnValuesToBeInSet(column="deal_type", value_set=list(DEAL_TYPES)),
    )


def _deal_prepare(frame: pl.DataFrame) -> pl.DataFrame:
    amounts = ("amount_value", "amount_min", "amount_max")
    return frame.with_columns(
        _key("deal_id"),
        pl.col("parties").list.n_unique().fill_null(0).cast(pl.Int64).alias("n_distinct_parties"),
        pl.min_horizontal(*amounts).alias("smallest_amount"),
    )


def _deals() -> TableSuite:
    rules = (
        _unique("deal_id_unique", "deal_id", "two deals share a deal_id"),
        _deal_type(),
        _currency(),
        _true("parties_known", "parties_known", "a party is missing from curated.organizations"),
        rule(
            "two_distinct_parties",
            "row",
            "deal with fewer than two distinct parties",
            gxe.ExpectColumnValuesToBeBetween(column="n_distinct_parties", min_value=2),
        ),
        rule(
            "amount_positive",
            "row",
            "an amount is zero or negative",
            gxe.ExpectColumnValuesToBeBetween(
                column="smallest_amount", min_value=0, strict_min=True
            ),
        ),
    )
    return TableSuite("curated.deals", "curated.deals", DEALS_QUERY, rules, _deal_prepare)


def _deal_mentions() -> TableSuite:
    rules = (
        _unique("mention_key_unique", RECORD_KEY, "two deal mentions share a key"),
        _true("article_exists", "article_exists", "deal mention of a missing curated article"),
        _true("deal_exists", "deal_exists", "deal mention of a missing curated deal"),
        _true("parties_known", "parties_known", "a party is missing from curated.organizations"),
        _deal_type(),
        _currency(),
    )
    prepare = _keyed("deal_id", "article_id", "mention_idx", "char_start")
    return TableSuite(
        "curated.deal_mentions", "curated.deal_mentions", DEAL_MENTIONS_QUERY, rules, prepare
    )


def _articles() -> TableSuite:
    rules = (
        _unique("article_id_unique", "article_id", "two curated articles share an article_id"),
        rule(
            "language_iso639_1",
            "row",
            "language is not an ISO 639-1 code",
            gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(iso639_1())),
        ),
    )
    name = "curated.articles"
    return TableSuite(name, name, ARTICLES_QUERY, rules, _keyed("article_id"))


def _orgs() -> TableSuite:
    rules = (
        _unique("org_id_unique", "org_id", "two organisations share an org_id"),
        _unique("name_unique", "name", "two organisations share a name"),
    )
    name = "curated.organizations"
    return TableSuite(name, name, ORGS_QUERY, rules, _keyed("org_id"))


def _org_mentions() -> TableSuite:
    rules = (
        _true("article_exists", "article_exists", "org mention of a missing curated article"),
        _true("org_exists", "org_exists", "org mention of a missing organisation"),
    )
    name = "curated.org_mentions"
    key = _keyed("article_id", "org_id", "mention_idx", "char_start")
    return TableSuite(name, name, ORG_MENTIONS_QUERY, rules, key)


def _money() -> TableSuite:
    rules = (
        _true("article_exists", "article_exists", "money mention of a missing curated article"),
        rule(
            "currency_present",
            "row",
            "money mention without a currency",
            gxe.ExpectColumnValuesToNotBeNull(column="currency"),
        ),
        _currency(),
        rule(
            "role_known",
            "row",
            "money role outside veille.schema.MONEY_ROLES",
            gxe.ExpectColumnValuesToBeInSet(column="role", value_set=list(MONEY_ROLES)),
        ),
    )
    name = "curated.money_mentions"
    key = _keyed("article_id", "mention_idx", "char_start")
    return TableSuite(name, name, MONEY_MENTIONS_QUERY, rules, key)


@cache
def suites() -> tuple[TableSuite, ...]:
    """The curated stage's suites, built once per process."""
    return (_articles(), _orgs(), _org_mentions(), _money(), _deals(), _deal_mentions())
