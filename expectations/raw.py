"""Suite for raw.articles: what landed is identifiable, dated and came back OK.

raw.articles keeps versions, so uniqueness is on (url, content_hash), not on url.
record_key is '<content_hash>:<url>' (raw has no article_id yet; the hash has no colon, so
the key splits unambiguously on the first one).
"""

from __future__ import annotations

from functools import cache

import great_expectations.expectations as gxe
import polars as pl

from expectations.spec import RECORD_KEY, TableSuite, rule

HTTP_OK = (200, 203)  # 203: a proxy's non-authoritative copy; null: read from a file
INPUT_KINDS = ("jsonl", "text", "html", "feed", "sitemap", "url")

QUERY = "select url, content_hash, fetched_at, http_status, input_kind from raw.articles"


def prepare(frame: pl.DataFrame) -> pl.DataFrame:
    key = pl.concat_str([pl.col("content_hash"), pl.col("url")], separator=":")
    return frame.with_columns(key.alias(RECORD_KEY))


@cache
def suites() -> tuple[TableSuite, ...]:
    rules = (
        rule(
            "url_version_unique",
            "row",
            "the same (url, content_hash) landed twice",
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["url", "content_hash"]),
        ),
        rule(
            "fetched_at_present",
            "row",
            "landed row without fetched_at",
            gxe.ExpectColumnValuesToNotBeNull(column="fetched_at"),
        ),
        rule(
            "http_status_ok",
            "row",
            "landed with an HTTP status other than 200/203",
            gxe.ExpectColumnValuesToBeInSet(column="http_status", value_set=list(HTTP_OK)),
        ),
        rule(
            "input_kind_known",
            "row",
            "unknown input kind",
            gxe.ExpectColumnValuesToBeInSet(column="input_kind", value_set=list(INPUT_KINDS)),
        ),
    )
    return (TableSuite("raw.articles", "raw.articles", QUERY, rules, prepare),)
