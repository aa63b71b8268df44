from __future__ import annotations

import gzip
import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from veille.ingest.files import read_inputs
from veille.text import content_hash

NOW = datetime(2026, 3, 18, 12, 0, 0)
BENCH_PAGE = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"


def test_reads_eval_jsonl_exactly(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "dev" / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    batch = read_inputs([path], now=NOW)
    assert batch.errors == []
    frame = batch.articles
    assert frame["url"].to_list() == [r["url"] for r in records]
    assert frame["text"].to_list() == [r["text"] for r in records]
    assert frame["title"].to_list() == [r["title"] for r in records]
    assert frame["source"].to_list() == [r["source"] for r in records]
    assert frame["published_at"][0] == datetime.fromisoformat(records[0]["published_at"])
    assert set(frame["input_kind"]) == {"jsonl"}
    assert frame["origin"][0] == f"{path}:1"
    assert frame["fetched_at"].to_list() == [NOW] * len(records)
    assert frame["http_status"].null_count() == len(records)


def test_content_hash_ignores_layout_only() -> None:
    text = "Meta signs.\n\nNebius  gains."
    assert content_hash(text) == hashlib.sha256(b"Meta signs. Nebius gains.").hexdigest()
    assert content_hash("Cafe\u0301  x") == content_hash("Caf\u00e9 x")
    assert content_hash("Meta signs.") != content_hash("Meta signed.")


def test_malformed_lines_are_errors_and_the_rest_lands(fixtures_dir: Path) -> None:
    path = fixtures_dir / "inputs" / "mixed.jsonl"
    batch = read_inputs([path], now=NOW)
    assert batch.articles["url"].to_list() == ["https://example.org/a", "https://example.org/e"]
    # timezone-aware dates are stored in UTC
    assert batch.articles["published_at"][0] == datetime(2025, 9, 9, 8, 0, 0)
    by_line = {e.line: e for e in batch.errors}
    assert sorted(by_line) == [2, 3, 4, 5, 7]
    assert all(e.origin == str(path) for e in batch.errors)
    assert "malformed JSON" in by_line[2].message
    assert "'url'" in by_line[3].message
    assert "'text'" in by_line[4].message
    assert "JSON object" in by_line[5].message
    assert "yesterday" in by_line[7].message
    assert by_line[2].describe().startswith(f"{path}:2: ")


def test_text_markdown_and_bad_files(fixtures_dir: Path, tmp_path: Path) -> None:
    folder = fixtures_dir / "inputs"
    batch = read_inputs([folder, tmp_path / "missing.jsonl"], now=NOW)
    frame = batch.articles
    note = frame.filter(frame["origin"] == str(folder / "note.md")).row(0, named=True)
    assert note["title"] == "Meta signs with Nebius"
    assert note["text"].startswith("Meta signed a $27 billion")
    assert note["url"] == (folder / "note.md").resolve().as_uri()
    assert note["input_kind"] == "text"
    plain = frame.filter(frame["origin"] == str(folder / "plain.txt")).row(0, named=True)
    assert plain["title"] == "A plain title"
    assert plain["text"] == "Body line one\nbody line two"
    errors = {Path(e.origin).name: e.message for e in batch.errors if e.line is None}
    assert "empty file" in errors["empty.txt"]
    assert "UTF-8" in errors["latin1.txt"]
    assert "unsupported file type" in errors["table.csv"]
    assert "unreadable" in errors["broken.html.gz"]
    assert "no such file" in errors["missing.jsonl"]
    # the JSONL in the folder still lands its two good lines
    assert frame.filter(frame["input_kind"] == "jsonl").height == 2


def test_html_page_extracted_with_metadata(shared_dir: Path) -> None:
    path = (
        shared_dir / "datasets" / "article-extraction-benchmark" / "html" / f"{BENCH_PAGE}.html.gz"
    )
    batch = read_inputs([path], now=NOW)
    assert batch.errors == []
    row = batch.articles.row(0, named=True)
    truth = json.loads((path.parents[1] / "ground-truth.json").read_text())[BENCH_PAGE]
    assert row["canonical_url"] == truth["url"]
    assert row["url"] == path.resolve().as_uri()
    assert row["text"].startswith("Gaming used to be so simple.")
    assert "\n\n" in row["text"]
    assert row["title"] and "Stadia" in row["title"]
    assert row["published_at"] == datetime(2019, 11, 19)
    assert row["language_hint"] == "en"
    assert row["input_kind"] == "html"
    assert gzip.decompress(row["html_zstd"]) == gzip.decompress(path.read_bytes())


@pytest.mark.parametrize("name", ["seed/article.jsonl"])
def test_seed_article(shared_dir: Path, name: str) -> None:
    batch = read_inputs([shared_dir / name], now=NOW)
    assert batch.errors == [] and batch.articles.height == 1
    assert batch.articles["content_hash"][0] == content_hash(batch.articles["text"][0])
