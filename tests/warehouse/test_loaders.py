from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from warehouse.loaders import EmptyBatchError, read_frame, replace_by_keys


def _raw(text: str, h: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "url": ["u1"],
            "content_hash": [h],
            "text": [text],
            "input_kind": ["jsonl"],
            "fetched_at": [datetime(2026, 1, 1)],
        }
    )


def test_replace_is_idempotent(con):
    replace_by_keys(con, "raw.articles", _raw("a", "h1"), ["url", "content_hash"])
    replace_by_keys(con, "raw.articles", _raw("a", "h1"), ["url", "content_hash"])
    replace_by_keys(con, "raw.articles", _raw("b", "h2"), ["url", "content_hash"])
    rows = read_frame(con, "select content_hash, text from raw.articles order by 1")
    assert rows.to_dicts() == [
        {"content_hash": "h1", "text": "a"},
        {"content_hash": "h2", "text": "b"},
    ]


def test_empty_batch_refused_when_asked(con):
    with pytest.raises(EmptyBatchError):
        replace_by_keys(con, "raw.articles", _raw("a", "h").clear(), ["url"], allow_empty=False)


def test_failed_insert_rolls_back(con):
    replace_by_keys(con, "raw.articles", _raw("a", "h1"), ["url", "content_hash"])
    bad = _raw("x", "h1").with_columns(pl.lit(None, dtype=pl.Utf8).alias("text"))
    with pytest.raises(Exception, match="NOT NULL"):
        replace_by_keys(con, "raw.articles", bad, ["url", "content_hash"])
    assert read_frame(con, "select text from raw.articles")["text"].to_list() == ["a"]
