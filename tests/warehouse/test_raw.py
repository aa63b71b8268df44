from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from veille.ingest.files import read_inputs
from veille.ingest.records import InputError
from veille.text import content_hash
from warehouse.connection import connect
from warehouse.raw import land_articles, log_attempts, log_input_errors


@pytest.fixture
def con():
    connection = connect()
    yield connection
    connection.close()


def _count(con, sql: str) -> int:
    return con.execute(sql).fetchall()[0][0]


def test_land_is_idempotent_and_versions_changes(con, shared_dir: Path) -> None:
    batch = read_inputs([shared_dir / "eval" / "dev" / "articles.jsonl"])
    first = land_articles(con, batch.articles, "run-1")
    assert (first.new, first.duplicate) == (12, 0)
    again = land_articles(
        con, read_inputs([shared_dir / "eval" / "dev" / "articles.jsonl"]).articles, "run-2"
    )
    assert (again.new, again.duplicate) == (0, 12)
    assert _count(con, "select count(*) from raw.articles") == 12
    assert _count(con, "select count(distinct run_id) from raw.articles") == 1

    changed = batch.articles.head(1).with_columns(
        (pl.col("text") + " Update: the deal closed.").alias("text")
    )
    changed = changed.with_columns(pl.Series("content_hash", [content_hash(changed["text"][0])]))
    result = land_articles(con, changed, "run-3")
    assert result.new == 1 and result.new_keys == {(changed["url"][0], changed["content_hash"][0])}
    versions = _count(con, f"select count(*) from raw.articles where url = '{changed['url'][0]}'")
    assert versions == 2


def test_duplicates_inside_one_batch_land_once(con, shared_dir: Path) -> None:
    frame = read_inputs([shared_dir / "seed" / "article.jsonl"]).articles
    result = land_articles(con, pl.concat([frame, frame]), "run-1")
    assert (result.new, result.duplicate) == (1, 1)


def test_input_errors_and_attempts_in_fetch_log(con, fixtures_dir: Path) -> None:
    batch = read_inputs([fixtures_dir / "inputs" / "mixed.jsonl"])
    assert log_input_errors(con, batch.errors, "run-1") == 5
    rows = con.execute(
        "select url, outcome, error, run_id from raw.fetch_log order by error"
    ).fetchall()
    path = str(fixtures_dir / "inputs" / "mixed.jsonl")
    assert {r[0] for r in rows} == {path} and {r[1] for r in rows} == {"invalid"}
    assert rows[0][2].startswith(f"{path}:2: malformed JSON")
    assert log_input_errors(con, [InputError("/x", None, "gone")], "run-1") == 1
    assert _count(con, "select count(*) from raw.fetch_log where error = '/x: gone'") == 1

    attempts = pl.DataFrame(
        {
            "url": ["https://a.example/1"],
            "outcome": ["failed"],
            "http_status": [500],
            "attempted_at": [datetime(2026, 1, 1)],
            "run_id": ["run-1"],
        }
    )
    assert log_attempts(con, attempts) == 1
    assert _count(con, "select count(distinct attempt_id) from raw.fetch_log") == 7


def test_attempted_urls_and_page_checks_round_trip(con) -> None:
    from veille.ingest.batch import CHECK_SCHEMA
    from veille.ingest.recheck import Check
    from warehouse.raw import attempted_urls, load_page_checks, save_page_checks

    failed = {"url": "https://a.example/rss", "attempted_at": datetime(2026, 1, 1)}
    log_attempts(con, pl.DataFrame([{**failed, "outcome": "failed"}]))
    assert attempted_urls(con, ["https://a.example/rss", "https://b.example/rss"]) == {
        "https://a.example/rss"
    }
    assert attempted_urls(con, []) == set()
    checks = pl.DataFrame(
        [
            {"url": "u", "checked_at": datetime(2026, 1, 1), "updated_at": None},
            {"url": "u", "checked_at": datetime(2026, 1, 2), "updated_at": datetime(2025, 12, 1)},
        ],
        schema=CHECK_SCHEMA,
    )
    assert save_page_checks(con, checks) == 1  # the latest check of a URL wins
    assert load_page_checks(con) == {"u": Check(datetime(2026, 1, 2), datetime(2025, 12, 1))}
