"""Cache keys, secret-free requests and batched ledger writes."""

from __future__ import annotations

import duckdb

from veille.llm.ledger import CallRecord, Ledger, cache_key, safe_request
from veille.schema import ArticleInput

ARTICLE = ArticleInput(article_id="a1", title="Titre", text="Meta signe avec Nebius.")


def test_cache_key_changes_with_every_input() -> None:
    base = cache_key("openai/m", ARTICLE)
    variants = {
        cache_key("openai/other", ARTICLE),
        cache_key("openai/m", ARTICLE, prompt_version="next"),
        cache_key("openai/m", ARTICLE, schema_version="next"),
        cache_key("openai/m", ARTICLE.model_copy(update={"target_language": "en"})),
        cache_key("openai/m", ARTICLE.model_copy(update={"title": "Autre"})),
        cache_key("openai/m", ARTICLE.model_copy(update={"text": "Meta signe avec Nebius!"})),
    }
    assert base not in variants and len(variants) == 6
    # The id is not content: the same text under another id is served from the cache.
    assert cache_key("openai/m", ARTICLE.model_copy(update={"article_id": "a2"})) == base


def test_safe_request_drops_credentials() -> None:
    request = {
        "model": "m",
        "api_key": "sk-1",
        "headers": {"Authorization": "Bearer sk-1"},
        "api_base": "https://user:sk-2@llm.example/v1?key=sk-3",
        "messages": [],
    }
    clean = safe_request(request)
    assert "sk-" not in repr(clean)
    assert clean["api_base"] == "https://llm.example/v1"


def _record(key: str, status: str = "ok", response: str | None = "{}") -> CallRecord:
    return CallRecord(key, "a1", "m", 1, {"model": "m", "api_key": "sk-x"}, status, response)


def test_rows_are_buffered_and_flushed_in_batches(con: duckdb.DuckDBPyConnection) -> None:
    ledger = Ledger(con, "run", flush_every=3)
    for i in range(5):
        ledger.record(_record(f"k{i}"))
    assert con.execute("select count(*) from ops.llm_calls").fetchall() == [(3,)]
    assert ledger.flush() == 2
    assert con.execute("select count(*), count(distinct run_id) from ops.llm_calls").fetchall() == [
        (5, 1)
    ]
    requests = [r[0] for r in con.execute("select request from ops.llm_calls").fetchall()]
    assert all("sk-x" not in r for r in requests)


def test_only_ok_rows_are_cache_hits(con: duckdb.DuckDBPyConnection) -> None:
    writer = Ledger(con, "r1")
    writer.record(_record("bad", status="invalid", response="not json"))
    writer.record(_record("err", status="error", response=None))
    writer.record(_record("good", response='{"language": "fr"}'))
    writer.flush()
    reader = Ledger(con, "r2")
    assert reader.prefetch(["bad", "err", "good", "none"]) == 1
    assert reader.get("good") == '{"language": "fr"}'
    assert reader.get("bad") is None and reader.get("err") is None and reader.get("none") is None
