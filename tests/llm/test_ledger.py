"""Cache keys, secret-free requests and batched ledger writes."""

from __future__ import annotations

import duckdb

from veille.llm.ledger import CallRecord, FrameLedger, Ledger, cache_key, safe_request
from veille.schema import ArticleInput
from warehouse.loaders import insert_frame, read_frame

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


def test_a_frame_ledger_hands_over_the_rows_a_database_ledger_writes(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """Workers record into frames; the writer's table ends with the same rows either way."""
    writer = Ledger(con, "r1", flush_every=2)
    worker = FrameLedger("r1", flush_every=2)
    for ledger in (writer, worker):
        ledger.record(_record("k1", status="invalid", response="not json"))
        ledger.record(_record("k1", response='{"language": "fr", "note": "é"}'))
        ledger.record(_record("k2", status="error", response=None))
        ledger.flush()
    drained = worker.drain()
    assert drained.height == 3 and worker.drain().height == 0  # handed over once
    columns = "cache_key, article_id, model, attempt, request, status, response, run_id"
    query = f"select {columns} from ops.llm_calls order by cache_key, attempt, status"
    expected = con.execute(query).fetchall()
    con.execute("delete from ops.llm_calls")
    insert_frame(con, "ops.llm_calls", drained)
    assert con.execute(query).fetchall() == expected
    assert all("sk-x" not in r[4] for r in expected)


def test_a_frame_ledger_answers_from_the_cached_rows_it_was_given(
    con: duckdb.DuckDBPyConnection,
) -> None:
    writer = Ledger(con, "r1")
    writer.record(_record("bad", status="invalid", response="not json"))
    writer.record(_record("good", response='{"language": "fr"}'))
    writer.flush()
    cached = read_frame(con, "select * from ops.llm_calls")
    worker = FrameLedger("r2", cached)
    worker.prefetch(["bad", "good", "none"])
    assert worker.get("good") == '{"language": "fr"}'
    assert worker.get("bad") is None and worker.get("none") is None
    assert worker.drain().height == 0  # the cached rows are not handed back
