"""Fixtures for the LLM gateway: real articles, a loopback fake model, staged rows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
from pydantic import SecretStr

from veille.devtools.brains import heuristic_brain
from veille.devtools.fake_llm import FakeLLM
from veille.llm.limits import RetryPolicy
from veille.settings import Settings
from warehouse.loaders import insert_frame

SECRET = "sk-test-SECRET-4242-do-not-log"
FAST = RetryPolicy(max_retries=3, base_delay_s=0.01, max_delay_s=0.05)


@pytest.fixture(scope="session")
def real_articles(shared_dir: Path) -> list[dict[str, Any]]:
    """The dev eval articles plus the seed article, with ids a0..a12."""
    rows = []
    for path in (
        shared_dir / "eval" / "dev" / "articles.jsonl",
        shared_dir / "seed" / "article.jsonl",
    ):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [{**row, "article_id": f"a{i}"} for i, row in enumerate(rows)]


def stage(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    frame = pl.DataFrame(
        [
            {
                "article_id": r["article_id"],
                "url": r.get("url", r["article_id"]),
                "content_hash": hashlib.sha256(r["text"].encode()).hexdigest(),
                "title": r.get("title"),
                "source": r.get("source"),
                "published_at": datetime.fromisoformat(r["published_at"])
                if r.get("published_at")
                else None,
                "language": r.get("language"),
                "text": r["text"],
                "word_count": len(r["text"].split()),
                "staged_at": datetime(2026, 1, 1),
            }
            for r in rows
        ]
    )
    con.execute("delete from staging.articles")
    insert_frame(con, "staging.articles", frame)


@pytest.fixture
def fake_llm() -> Iterator[Callable[..., FakeLLM]]:
    servers: list[FakeLLM] = []

    def start(**kwargs: Any) -> FakeLLM:
        kwargs.setdefault("timeout_sleep_s", 1.5)
        server = FakeLLM(kwargs.pop("brain", heuristic_brain), **kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def llm_settings(server: FakeLLM, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "llm_model": "openai/fake-model",
        "llm_api_base": server.base_url,
        "llm_api_key": SecretStr(SECRET),
        "llm_timeout_s": 0.75,
        "llm_max_retries": 3,
        "concurrency": 8,
    }
    values.update(overrides)
    return Settings(**values)
