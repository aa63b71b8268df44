"""Build staging rows by hand for publish tests (the stages that write them run elsewhere)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from warehouse.loaders import insert_frame

STAGED_AT = datetime(2026, 3, 18, 6, 0)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def article(
    article_id: str,
    *,
    url: str | None = None,
    title: str = "",
    text: str = "texte",
    source: str = "Outlet",
    published_at: datetime | None = None,
    language: str = "en",
) -> dict:
    return {
        "article_id": article_id,
        "url": url or f"https://news.example.org/{article_id}",
        "canonical_url": None,
        "content_hash": content_hash(text),
        "title": title or article_id,
        "source": source,
        "published_at": published_at or datetime(2026, 3, 17, 9, 0),
        "language": language,
        "text": text,
        "word_count": len(text.split()),
        "story_id": None,
        "staged_at": STAGED_AT,
    }


def enrichment(
    art: dict,
    *,
    status: str = "enriched",
    translation_status: str = "translated",
    translated_title: str | None = None,
    translated_text: str | None = None,
    summary: str = "Résumé.",
    why: str = "Parce que.",
    model: str = "veille/offline",
) -> dict:
    return {
        "article_id": art["article_id"],
        "content_hash": art["content_hash"],
        "model": model,
        "prompt_version": "p1",
        "status": status,
        "language": art["language"],
        "translation_status": translation_status,
        "translated_title": translated_title,
        "translated_text": translated_text,
        "summary": summary,
        "why_it_matters": why,
        "payload": None,
        "error": None,
        "enriched_at": STAGED_AT,
        "run_id": "r0",
    }


def org(
    article_id: str, idx: int, name: str, surface: str | None = None, *, grounded: bool = True
) -> dict:
    return {
        "article_id": article_id,
        "mention_idx": idx,
        "name": name,
        "surface": surface or name,
        "evidence": surface or name,
        "char_start": 0,
        "char_end": len(surface or name),
        "grounded": grounded,
        "reason": None,
    }


def money(
    article_id: str,
    idx: int,
    value: float | None,
    currency: str | None = "USD",
    *,
    low: float | None = None,
    high: float | None = None,
    qualifier: str | None = None,
    role: str = "deal_value",
    grounded: bool = True,
) -> dict:
    return {
        "article_id": article_id,
        "mention_idx": idx,
        "value": value,
        "min_value": low,
        "max_value": high,
        "currency": currency,
        "qualifier": qualifier,
        "role": role,
        "surface": "x",
        "evidence": "x",
        "char_start": 0,
        "char_end": 1,
        "grounded": grounded,
        "reason": None,
    }


def deal(
    article_id: str,
    idx: int,
    parties: list[str],
    *,
    value: float | None = None,
    currency: str | None = "USD",
    deal_type: str = "compute_capacity",
    low: float | None = None,
    high: float | None = None,
    grounded: bool = True,
) -> dict:
    has_amount = value is not None or low is not None or high is not None
    return {
        "article_id": article_id,
        "mention_idx": idx,
        "parties": parties,
        "deal_type": deal_type,
        "amount_value": value,
        "amount_min": low,
        "amount_max": high,
        "currency": currency if has_amount else None,
        "duration_months": None,
        "status": "announced",
        "evidence": "accord",
        "char_start": 0,
        "char_end": 6,
        "grounded": grounded,
        "reason": None,
    }


SCHEMAS = {
    "staging.deal_mentions": {"parties": pl.List(pl.String)},
}


def stage(
    con: duckdb.DuckDBPyConnection, *, articles=(), enrichments=(), orgs=(), money=(), deals=()
) -> None:
    """Insert rows into the staging tables (same shapes the staging stages write)."""
    for table, rows in (
        ("staging.articles", articles),
        ("staging.enrichments", enrichments),
        ("staging.org_mentions", orgs),
        ("staging.money_mentions", money),
        ("staging.deal_mentions", deals),
    ):
        if rows:
            frame = pl.DataFrame(
                list(rows), schema_overrides=SCHEMAS.get(table), infer_schema_length=None
            )
            insert_frame(con, table, frame)


def quarantine(con: duckdb.DuckDBPyConnection, run_id: str, table: str, key: str) -> None:
    con.execute(
        "insert into quality.quarantine (run_id, table_name, record_key, expectation, reason,"
        " created_at) values (?, ?, ?, 'test', 'test', now())",
        [run_id, table, key],
    )


def seed_article(shared_dir: Path) -> dict:
    line = (shared_dir / "seed" / "article.jsonl").read_text(encoding="utf-8").splitlines()[0]
    raw = json.loads(line)
    return article(
        "seed",
        url=raw["url"],
        title=raw["title"],
        text=raw["text"],
        source=raw["source"],
        published_at=datetime.fromisoformat(raw["published_at"]),
        language="fr",
    )
