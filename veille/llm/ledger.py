"""The LLM cache and call ledger, backed by `ops.llm_calls`.

Decisions:
- One row per call actually sent (ok, invalid or error); a cache hit sends nothing and adds no
  row. A hit is the latest `ok` row for the cache key, so a repaired answer is served as is.
- The cache key hashes model, PROMPT_VERSION, SCHEMA_VERSION, target language, title and text:
  a new prompt, schema or model re-enriches instead of serving stale shapes. For the offline
  engine the version also carries its code-and-data fingerprint (`offline_provider.prompt_version`).
- Rows are buffered and flushed as one Arrow batch every `flush_every` rows and at the end, so
  a crash loses at most one batch of ledger rows (never an article: staging is written after).
- The request stored is the model, messages and options without credentials: api keys never
  reach the ledger, and userinfo is stripped from the api base URL.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import duckdb
import polars as pl

from veille.faults import checkpoint
from veille.llm import offline_provider
from veille.schema import SCHEMA_VERSION, ArticleInput
from warehouse.loaders import insert_frame, read_frame

TABLE = "ops.llm_calls"
_SECRET_KEYS = {"api_key", "authorization", "api-key", "x-api-key", "headers", "extra_headers"}


def cache_key(
    model: str,
    article: ArticleInput,
    *,
    prompt_version: str | None = None,
    schema_version: str = SCHEMA_VERSION,
) -> str:
    """Versions are read at call time (not bound at import) so a bump always re-keys."""
    prompt_version = prompt_version or offline_provider.prompt_version(model)
    parts = [
        model,
        prompt_version,
        schema_version,
        article.target_language,
        article.title,
        article.text,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def safe_request(request: dict[str, Any]) -> dict[str, Any]:
    """The request as stored: credentials removed, userinfo stripped from URLs."""
    clean = {k: v for k, v in request.items() if k.lower() not in _SECRET_KEYS}
    base = clean.get("api_base")
    if isinstance(base, str):
        parts = urlsplit(base)
        netloc = parts.netloc.rsplit("@", 1)[-1]
        clean["api_base"] = urlunsplit(parts._replace(netloc=netloc, query=""))
    return clean


@dataclass
class CallRecord:
    """One call sent to a model, as written to ops.llm_calls."""

    cache_key: str
    article_id: str
    model: str
    attempt: int
    request: dict[str, Any]
    status: str  # ok, invalid, error
    response: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    error: str | None = None
    prompt_version: str = ""  # the model's version (`offline_provider.prompt_version`) if unset
    schema_version: str = SCHEMA_VERSION
    call_id: str = ""  # assigned by Ledger.record
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None))

    def __post_init__(self) -> None:
        # the row says the version its cache key was made with (the offline engine's fingerprint)
        self.prompt_version = self.prompt_version or offline_provider.prompt_version(self.model)


_FIELDS = tuple(f.name for f in fields(CallRecord))
_SCHEMA: dict[str, Any] = {
    "cache_key": pl.String,
    "article_id": pl.String,
    "model": pl.String,
    "attempt": pl.Int32,
    "request": pl.String,
    "status": pl.String,
    "response": pl.String,
    "input_tokens": pl.Int64,
    "output_tokens": pl.Int64,
    "cost_usd": pl.Float64,
    "latency_ms": pl.Float64,
    "error": pl.String,
    "prompt_version": pl.String,
    "schema_version": pl.String,
    "call_id": pl.String,
    "created_at": pl.Datetime("us"),
    "run_id": pl.String,
}


class Ledger:
    """Cache lookups and buffered call rows over one DuckDB connection (not thread-safe)."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, run_id: str, *, flush_every: int = 100
    ) -> None:
        self.con = con
        self.run_id = run_id
        self.flush_every = flush_every
        self._buffer: list[CallRecord] = []
        self._hits: dict[str, str] = {}
        self._checked: set[str] = set()
        self._prefix = uuid.uuid4().hex
        self._counter = itertools.count()  # looked up already: a miss stays a miss in this run
        self.rows_written = 0

    def prefetch(self, keys: Sequence[str]) -> int:
        """Load the cached answers for many keys in one query; returns how many are cached."""
        wanted = [k for k in dict.fromkeys(keys) if k not in self._hits and k not in self._checked]
        if not wanted:
            return 0
        self._checked.update(wanted)
        self.con.register("_veille_keys", pl.DataFrame({"cache_key": wanted}).to_arrow())
        try:
            frame = read_frame(
                self.con,
                f"""
                with hits as (
                    select c.cache_key, c.response,
                           row_number() over (partition by c.cache_key
                                              order by c.created_at desc) as rn
                    from {TABLE} c join _veille_keys k using (cache_key)
                    where c.status = 'ok' and c.response is not null
                )
                select cache_key, response from hits where rn = 1
                """,
            )
        finally:
            self.con.unregister("_veille_keys")
        self._hits.update(
            zip(frame["cache_key"].to_list(), frame["response"].to_list(), strict=True)
        )
        return frame.height

    def get(self, key: str) -> str | None:
        """The cached response for `key` (prefetched, or recorded ok in this run), else None."""
        if key not in self._hits:
            self.prefetch([key])
        return self._hits.get(key)

    def record(self, call: CallRecord) -> None:
        if not call.call_id:
            # uuid4 per call reads os.urandom, slow on some VMs: one random prefix per ledger.
            call.call_id = f"{self._prefix}-{next(self._counter):09d}"
        self._buffer.append(call)
        if call.status == "ok" and call.response is not None:
            self._hits[call.cache_key] = call.response
        if len(self._buffer) >= self.flush_every:
            self.flush()

    def flush(self) -> int:
        """Write buffered rows as one batch; the buffer is cleared only once written."""
        if not self._buffer:
            return 0
        written = self._write(self._frame())
        self._buffer.clear()
        self.rows_written += written
        checkpoint("ledger.flushed")
        return written

    def _frame(self) -> pl.DataFrame:
        rows = []
        for call in self._buffer:
            # not dataclasses.asdict: it deep-copies every request (messages, article text)
            row = {name: getattr(call, name) for name in _FIELDS}
            row["request"] = json.dumps(safe_request(call.request), ensure_ascii=False, default=str)
            row["run_id"] = self.run_id
            rows.append(row)
        return pl.DataFrame(rows, schema=_SCHEMA)

    def _write(self, frame: pl.DataFrame) -> int:
        return insert_frame(self.con, TABLE, frame)


class FrameLedger(Ledger):
    """A ledger without a database, for workers that hand their rows to the one writer.

    Cache hits come from `cached` (the latest `ok` row per cache key, as the writer planned
    them: tasks/enrich_batches.py `_CACHED_ROWS`); flushed rows pile up as frames that `drain`
    hands over (the writer inserts them into ops.llm_calls, by column name). It replaces an
    in-memory DuckDB per batch, seeded with the cached rows and read back at the end: the same
    rows, without a database to create (migrations), insert into every 100 calls and read.
    """

    def __init__(self, run_id: str, cached: pl.DataFrame | None = None, **kw: Any) -> None:
        super().__init__(None, run_id, **kw)  # type: ignore[arg-type]  # no connection: see prefetch
        if cached is not None and cached.height:
            ok = cached.filter((pl.col("status") == "ok") & pl.col("response").is_not_null())
            ok = ok.sort("created_at").unique("cache_key", keep="last", maintain_order=True)
            self._hits.update(zip(ok["cache_key"], ok["response"], strict=True))
        self._frames: list[pl.DataFrame] = []

    def prefetch(self, keys: Sequence[str]) -> int:
        """Every cached answer was given up front: a key not among them is a miss."""
        wanted = [k for k in dict.fromkeys(keys) if k not in self._checked]
        self._checked.update(wanted)
        return sum(1 for k in wanted if k in self._hits)

    def _write(self, frame: pl.DataFrame) -> int:
        self._frames.append(frame)
        return frame.height

    def drain(self) -> pl.DataFrame:
        """Every row recorded since the last drain (flushed first), as one frame."""
        self.flush()
        frames, self._frames = self._frames, []
        if not frames:
            return pl.DataFrame(schema=_SCHEMA)
        return pl.concat(frames, how="vertical") if len(frames) > 1 else frames[0]
