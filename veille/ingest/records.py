"""Row shapes shared by the file reader, the crawler and the warehouse loaders.

The frames carry exactly the columns of `raw.articles` and `raw.fetch_log` (minus `run_id`,
which the landing step stamps), with fixed polars dtypes so that an empty batch and a full
batch have the same schema.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import polars as pl

ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "url": pl.String(),
    "canonical_url": pl.String(),
    "content_hash": pl.String(),
    "source": pl.String(),
    "title": pl.String(),
    "author": pl.String(),
    "published_at": pl.Datetime("us"),
    "site_name": pl.String(),
    "language_hint": pl.String(),
    "text": pl.String(),
    "html_zstd": pl.Binary(),
    "input_kind": pl.String(),
    "origin": pl.String(),
    "http_status": pl.Int32(),
    "etag": pl.String(),
    "last_modified": pl.String(),
    "fetched_at": pl.Datetime("us"),
}

ATTEMPT_SCHEMA: dict[str, pl.DataType] = {
    "attempt_id": pl.String(),
    "run_id": pl.String(),
    "url": pl.String(),
    "attempted_at": pl.Datetime("us"),
    "outcome": pl.String(),
    "http_status": pl.Int32(),
    "error": pl.String(),
    "elapsed_ms": pl.Float64(),
    "bytes": pl.Int64(),
}


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: where it is and what a human should fix."""

    origin: str
    line: int | None
    message: str

    def describe(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.message}"


def utc_now() -> datetime:
    """Naive UTC: the warehouse stores `timestamp` (without zone) in UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def parse_published(value: object) -> datetime | None:
    """ISO 8601 date or datetime to naive UTC; None stays None; anything else is a ValueError."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published_at must be an ISO 8601 string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time())
        return to_naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError as exc:
        raise ValueError(f"published_at {value!r} is not an ISO 8601 date or datetime") from exc


def compress_html(html: bytes) -> bytes:
    """Raw HTML is stored gzip-compressed (no zstd codec in the stack); gzip magic is 1f 8b."""
    return gzip.compress(html, compresslevel=6, mtime=0)


def articles_frame(rows: Sequence[Mapping[str, Any]]) -> pl.DataFrame:
    """Rows (dicts with any subset of the columns) to a frame with the full article schema."""
    return pl.DataFrame(
        [{name: row.get(name) for name in ARTICLE_SCHEMA} for row in rows], schema=ARTICLE_SCHEMA
    )


def attempts_frame(rows: Sequence[Mapping[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(
        [{name: row.get(name) for name in ATTEMPT_SCHEMA} for row in rows], schema=ATTEMPT_SCHEMA
    )
