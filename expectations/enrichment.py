"""Suites for the model's output: staging.enrichments and the grounding rate of a batch.

The mention tables have their own module (`expectations.mentions`); `suites()` here returns
the whole enrichment stage, article-level first.

Decisions:
- Only rows with status 'enriched' are judged: 'quarantined' and 'skipped_budget' rows carry
  no summary by design and are never published.
- "Summary present" is one rule on a helper `summary_length` (stripped, null counted as 0),
  because GX column-map expectations skip nulls.
- "Summary in the target language" detects the summary's language only where
  translation_status = 'translated' (helper `summary_language`, null elsewhere, so GX skips
  those rows), with py3langid's model run in batch (`expectations.langid_batch`).
- The grounding rate is batch-level: a model that grounds less than 95 % of its mentions is
  broken for the whole batch, and no single row is to blame. With no mention at all there is
  no rate to judge and the suite is skipped.
"""

from __future__ import annotations

from functools import cache

import great_expectations.expectations as gxe
import polars as pl

from expectations import mentions
from expectations.langid_batch import detect_languages
from expectations.spec import RECORD_KEY, TableSuite, iso639_1, rule

TRANSLATION_STATUSES = ("translated", "same_language", "unavailable")
MIN_GROUNDING_RATE = 0.95

ENRICHMENTS_QUERY = """
select article_id, language, translation_status, summary
from staging.enrichments
where status = 'enriched'
"""

GROUNDING_QUERY = """
select grounded from staging.org_mentions
union all
select grounded from staging.money_mentions
union all
select grounded from staging.deal_mentions
"""


def _summary_language(frame: pl.DataFrame) -> pl.Series:
    translated = (frame["translation_status"] == "translated").fill_null(False)
    texts = [s if t else None for s, t in zip(frame["summary"], translated, strict=True)]
    return pl.Series("summary_language", detect_languages(texts), dtype=pl.String)


def prepare_enrichments(frame: pl.DataFrame) -> pl.DataFrame:
    length = pl.col("summary").str.strip_chars().str.len_chars().fill_null(0).cast(pl.Int64)
    return frame.with_columns(
        pl.col("article_id").alias(RECORD_KEY),
        length.alias("summary_length"),
        _summary_language(frame),
    ).drop("summary")


def prepare_grounding(frame: pl.DataFrame) -> pl.DataFrame:
    """Batch-only suite: no record key, just the grounded flag as 0/1 (null counts as 0)."""
    return frame.select(pl.col("grounded").fill_null(False).cast(pl.Float64))


def enrichments_suite(target_language: str) -> TableSuite:
    rules = (
        rule(
            "summary_present",
            "row",
            "enriched article without a summary",
            gxe.ExpectColumnValuesToBeBetween(column="summary_length", min_value=1),
        ),
        rule(
            "summary_in_target_language",
            "row",
            f"translated article whose summary is not in {target_language}",
            gxe.ExpectColumnValuesToBeInSet(column="summary_language", value_set=[target_language]),
        ),
        rule(
            "translation_status_known",
            "row",
            "unknown translation_status",
            gxe.ExpectColumnValuesToBeInSet(
                column="translation_status", value_set=list(TRANSLATION_STATUSES)
            ),
        ),
        rule(
            "language_iso639_1",
            "row",
            "source language is not an ISO 639-1 code",
            gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(iso639_1())),
        ),
    )
    return TableSuite(
        "enrichment.enrichments",
        "staging.enrichments",
        ENRICHMENTS_QUERY,
        rules,
        prepare_enrichments,
    )


def grounding_suite() -> TableSuite:
    rules = (
        rule(
            "grounding_rate",
            "batch",
            f"share of grounded mentions below {MIN_GROUNDING_RATE}",
            gxe.ExpectColumnMeanToBeBetween(column="grounded", min_value=MIN_GROUNDING_RATE),
        ),
    )
    return TableSuite(
        "enrichment.grounding",
        "staging.mentions",
        GROUNDING_QUERY,
        rules,
        prepare_grounding,
        skip_when_empty=True,
    )


@cache
def suites(target_language: str) -> tuple[TableSuite, ...]:
    """The enrichment stage's suites, built once per target language and process."""
    return (enrichments_suite(target_language), *mentions.suites(), grounding_suite())
