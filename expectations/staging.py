"""Suite for staging.articles: one clean, identified article per row, in a known language.

record_key is '<article_id>'. `text_length` is computed by DuckDB in the query (characters,
as Python counts them) so that article texts never leave the database just to be measured.
"""

from __future__ import annotations

from functools import cache

import great_expectations.expectations as gxe
import polars as pl

from expectations.spec import RECORD_KEY, TableSuite, iso639_1, rule

MIN_TEXT_CHARS = 200  # below this it is a teaser or an extraction failure, not an article
MAX_TEXT_CHARS = 200_000  # above this the extractor kept a whole page or a feed dump

QUERY = """
select article_id, content_hash, language, length(text) as text_length
from staging.articles
"""


def prepare(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.col("article_id").alias(RECORD_KEY))


@cache
def suites() -> tuple[TableSuite, ...]:
    rules = (
        rule(
            "article_id_unique",
            "row",
            "two staged rows share an article_id",
            gxe.ExpectColumnValuesToBeUnique(column="article_id"),
        ),
        rule(
            "content_hash_unique",
            "row",
            "the same content is staged under two articles",
            gxe.ExpectColumnValuesToBeUnique(column="content_hash"),
        ),
        rule(
            "language_present",
            "row",
            "no language detected",
            gxe.ExpectColumnValuesToNotBeNull(column="language"),
        ),
        rule(
            "language_iso639_1",
            "row",
            "language is not an ISO 639-1 code",
            gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(iso639_1())),
        ),
        rule(
            "text_length_bounds",
            "row",
            f"text length outside [{MIN_TEXT_CHARS}, {MAX_TEXT_CHARS}] characters",
            gxe.ExpectColumnValuesToBeBetween(
                column="text_length", min_value=MIN_TEXT_CHARS, max_value=MAX_TEXT_CHARS
            ),
        ),
    )
    return (TableSuite("staging.articles", "staging.articles", QUERY, rules, prepare),)
