"""Staging: from raw versions to one clean row per article (shape of staging.articles).

Decisions, in order:
1. the latest version of each URL (by fetched_at) stands for it;
2. article_id = first 16 hex of sha256(canonical_url or url); several URLs with the same
   canonical URL are one article (latest version wins);
3. exact duplicates (same content hash under different URLs) keep the first landed one;
4. text is NFC with paragraphs separated by one blank line; empty texts are dropped;
5. language from py3langid (ISO 639-1) on the first 1000 characters (cost grows with the
   length; on 2,113 articles of our sets and the benchmark corpus, 800, 1000 and 4000
   characters gave the same language for every one, at 0.26 instead of 1.3 ms each, and
   staging runs serially in the writer); the page's declared language is used only for texts
   too short to classify;
6. near-duplicates share a story_id: the article_id of the group's earliest published member.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import cache
from typing import Any

import polars as pl

from veille.dedup import near_duplicate_groups
from veille.ingest.records import to_naive_utc, utc_now
from veille.text import normalise_paragraphs

STAGING_COLUMNS = [
    "article_id", "url", "canonical_url", "content_hash", "title", "source", "published_at",
    "language", "text", "word_count", "story_id", "staged_at",
]  # fmt: skip
_LANGID_CHARS = 1000
_MIN_CLASSIFY_CHARS = 40


def article_id(canonical_url: str | None, url: str) -> str:
    return hashlib.sha256((canonical_url or url).encode("utf-8")).hexdigest()[:16]


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once on first use (not at import). Our own instance (the same
    model file and settings as py3langid's module-level one) so that `release_language_model`
    can drop it: py3langid keeps its own in a module global for the life of the process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def release_language_model() -> None:
    """Drop the language model (~75 MB of Python objects): staging is its only user, and the
    flow process goes on to enrichment and publish, whose peak memory it would add to. The
    next staging loads it again (~0.3 s)."""
    _identifier.cache_clear()


def detect_language(text: str, hint: str | None = None) -> str | None:
    if len(text) < _MIN_CLASSIFY_CHARS:
        return hint.lower()[:2] if hint else None
    lang, _score = _identifier().classify(text[:_LANGID_CHARS])
    return str(lang)


def _latest(raw: pl.DataFrame) -> pl.DataFrame:
    ids = [
        article_id(c, u)
        for c, u in zip(raw["canonical_url"].to_list(), raw["url"].to_list(), strict=True)
    ]
    return (
        raw.with_columns(pl.Series("article_id", ids, dtype=pl.String()))
        .sort("fetched_at", "url", "content_hash", nulls_last=False)
        .unique(subset=["url"], keep="last", maintain_order=True)
        .unique(subset=["article_id"], keep="last", maintain_order=True)
        .unique(subset=["content_hash"], keep="first", maintain_order=True)
    )


def _clean_text(frame: pl.DataFrame) -> pl.DataFrame:
    texts = [normalise_paragraphs(t or "") for t in frame["text"].to_list()]
    hints = frame["language_hint"].to_list() if "language_hint" in frame.columns else []
    hints += [None] * (len(texts) - len(hints))
    langs = [detect_language(t, h) for t, h in zip(texts, hints, strict=True)]
    return frame.with_columns(
        pl.Series("text", texts, dtype=pl.String()),
        pl.Series("language", langs, dtype=pl.String()),
    ).filter(pl.col("text").str.len_chars() > 0)


def _with_story_ids(frame: pl.DataFrame) -> pl.DataFrame:
    groups = near_duplicate_groups(frame["text"])
    grouped = frame.with_columns(pl.Series("_group", groups))
    heads = (
        grouped.sort("published_at", "article_id", nulls_last=True)
        .group_by("_group", maintain_order=True)
        .agg(pl.col("article_id").first().alias("story_id"))
    )
    return grouped.join(heads, on="_group", how="left").drop("_group")


def story_ids(frame: pl.DataFrame) -> pl.DataFrame:
    """(article_id, story_id) for staged rows (article_id, published_at, text): incremental
    staging regroups the whole staging table with it after loading new rows."""
    if frame.is_empty():
        return pl.DataFrame(schema={"article_id": pl.String(), "story_id": pl.String()})
    return _with_story_ids(frame).select("article_id", "story_id")


def stage_articles(
    raw: pl.DataFrame, *, now: datetime | None = None, group_stories: bool = True
) -> pl.DataFrame:
    """Raw rows (any versions) to staging rows, one per article, ordered by article_id.

    `group_stories=False` leaves every article its own story (story_id = article_id), for a
    caller that regroups the whole staging table right after loading (tasks/stage.py): the
    MinHash pass over the batch would be thrown away."""
    stamp = to_naive_utc(now) if now is not None else utc_now()
    if raw.is_empty():
        return pl.DataFrame(schema=_staging_schema())
    cleaned = _clean_text(_latest(raw))
    frame = (
        _with_story_ids(cleaned)
        if group_stories
        else cleaned.with_columns(pl.col("article_id").alias("story_id"))
    )
    return (
        frame.with_columns(
            pl.col("text").str.count_matches(r"\S+").cast(pl.Int32).alias("word_count"),
            pl.lit(stamp, dtype=pl.Datetime("us")).alias("staged_at"),
            pl.col("published_at").cast(pl.Datetime("us")),
        )
        .select(STAGING_COLUMNS)
        .sort("article_id")
    )


def _staging_schema() -> dict[str, pl.DataType]:
    types: dict[str, pl.DataType] = dict.fromkeys(STAGING_COLUMNS, pl.String())
    types.update(published_at=pl.Datetime("us"), word_count=pl.Int32(), staged_at=pl.Datetime("us"))
    return types
