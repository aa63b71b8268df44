"""Read local inputs (JSON Lines, text, Markdown, HTML, folders of them) into raw rows.

Fail-soft per item, loud overall: a bad line or file becomes an `InputError` naming the file
and line, and every other line and file is still read. Folders are walked recursively in
sorted order (hidden files skipped) so that a run is reproducible.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from veille.ingest.extract import ExtractionError, extract_html
from veille.ingest.records import (
    InputError,
    articles_frame,
    compress_html,
    parse_published,
    to_naive_utc,
    utc_now,
)
from veille.text import content_hash

JSONL = (".jsonl", ".ndjson")
TEXT = (".txt", ".md")
HTML = (".html", ".htm")
SUPPORTED = JSONL + TEXT + HTML


@dataclass
class InputBatch:
    articles: pl.DataFrame
    errors: list[InputError] = field(default_factory=list)


class _Rejected(ValueError):
    """One line or file that cannot become an article (its message is shown to a human)."""


def _kind(path: Path) -> str | None:
    """The supported suffix of `path` (a trailing .gz is allowed on any of them)."""
    name = path.name.lower().removesuffix(".gz")
    return next((ext for ext in SUPPORTED if name.endswith(ext)), None)


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            rel = child.relative_to(path).parts
            if child.is_file() and not any(part.startswith(".") for part in rel):
                yield child
    else:
        yield path


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.lower().endswith(".gz") else data


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Rejected(f"not valid UTF-8 text (byte {exc.start})") from exc


def _required_text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Rejected(f"missing or empty '{key}' (a non-empty string is required)")
    return value


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Rejected(f"'{key}' must be a string, got {type(value).__name__}")
    return value


def _jsonl_row(line: str, origin: str, now: datetime) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Rejected(f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise _Rejected(f"expected a JSON object, got {type(record).__name__}")
    text = _required_text(record, "text")
    try:
        published = parse_published(record.get("published_at"))
    except ValueError as exc:
        raise _Rejected(str(exc)) from exc
    url = _required_text(record, "url").strip()
    return {
        "url": url,
        "canonical_url": _optional_text(record, "canonical_url") or url,
        "content_hash": content_hash(text),
        "source": _optional_text(record, "source"),
        "title": _optional_text(record, "title"),
        "author": _optional_text(record, "author"),
        "published_at": published,
        "site_name": _optional_text(record, "site_name"),
        "language_hint": _optional_text(record, "language"),
        "text": text,
        "input_kind": "jsonl",
        "origin": origin,
        "fetched_at": now,
    }


def _read_jsonl(path: Path, now: datetime, errors: list[InputError]) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(_decode(_read_bytes(path)).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_jsonl_row(line, f"{path}:{number}", now))
        except _Rejected as exc:
            errors.append(InputError(str(path), number, str(exc)))
    return rows


def _read_text(path: Path, now: datetime) -> dict[str, Any]:
    lines = _decode(_read_bytes(path)).splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise _Rejected("empty file")
    title = lines[first].strip().lstrip("#").strip()
    text = "\n".join(lines[first + 1 :]).strip()
    if not text:
        raise _Rejected("no text after the title line (the first non-empty line is the title)")
    url = path.resolve().as_uri()
    return {
        "url": url,
        "canonical_url": url,
        "content_hash": content_hash(text),
        "title": title or None,
        "text": text,
        "input_kind": "text",
        "origin": str(path),
        "fetched_at": now,
    }


def _read_html(path: Path, now: datetime) -> dict[str, Any]:
    html = _read_bytes(path)
    url = path.resolve().as_uri()
    try:
        page = extract_html(html)
    except ExtractionError as exc:
        raise _Rejected(str(exc)) from exc
    return {
        "url": url,
        "canonical_url": page.canonical_url or url,
        "content_hash": content_hash(page.text),
        "source": page.site_name,
        "title": page.title,
        "author": page.author,
        "published_at": page.published_at,
        "site_name": page.site_name,
        "language_hint": page.language,
        "text": page.text,
        "html_zstd": compress_html(html),
        "input_kind": "html",
        "origin": str(path),
        "fetched_at": now,
    }


def _read_one(path: Path, now: datetime, errors: list[InputError]) -> list[dict[str, Any]]:
    kind = _kind(path)
    if kind is None:
        supported = ", ".join(SUPPORTED)
        raise _Rejected(f"unsupported file type (supported: {supported}, optionally .gz)")
    if kind in JSONL:
        return _read_jsonl(path, now, errors)
    if kind in TEXT:
        return [_read_text(path, now)]
    return [_read_html(path, now)]


def read_inputs(paths: Sequence[Path], *, now: datetime | None = None) -> InputBatch:
    """Read every path (files or folders) into one batch of raw rows plus the errors met."""
    stamp = to_naive_utc(now) if now is not None else utc_now()
    rows: list[dict[str, Any]] = []
    errors: list[InputError] = []
    for root in map(Path, paths):
        if not root.exists():
            errors.append(InputError(str(root), None, "no such file or directory"))
            continue
        for path in _walk(root):
            try:
                rows.extend(_read_one(path, stamp, errors))
            except _Rejected as exc:
                errors.append(InputError(str(path), None, str(exc)))
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                errors.append(InputError(str(path), None, f"unreadable: {exc}"))
    return InputBatch(articles=articles_frame(rows), errors=errors)
