"""An upgraded offline engine re-enriches what an older one enriched; an unchanged one does not."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from tasks.enrich import enrich_stage
from tests.llm.conftest import stage
from veille.llm import offline_provider, prompt
from veille.settings import Settings


def test_the_fingerprint_is_stable_and_keys_only_the_offline_engine() -> None:
    first = offline_provider.engine_fingerprint()
    offline_provider.engine_fingerprint.cache_clear()
    assert offline_provider.engine_fingerprint() == first and len(first) == 16
    assert offline_provider.prompt_version("veille/offline").endswith(f"+engine.{first}")
    assert offline_provider.prompt_version("openai/gpt-4o-mini") == prompt.PROMPT_VERSION


def test_a_new_engine_re_enriches_and_the_same_engine_serves_its_rows(
    con: duckdb.DuckDBPyConnection,
    real_articles: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stage(con, real_articles[:3])
    settings = Settings()
    assert enrich_stage(con, settings, "r1").enriched == 3
    same = enrich_stage(con, settings, "r2")
    assert same.selected == 0 and same.calls_sent == 0
    refresh = enrich_stage(con, settings, "r3", full_refresh=True)
    assert refresh.cache_hits == 3 and refresh.calls_sent == 0

    old = offline_provider.prompt_version("veille/offline")
    # what an upgrade of the engine's rules, gazetteer or weights changes
    monkeypatch.setattr(offline_provider, "engine_fingerprint", lambda: "next-engine")
    upgraded = enrich_stage(con, settings, "r4")
    assert upgraded.selected == 3 and upgraded.calls_sent == 3 and upgraded.cache_hits == 0
    versions = con.sql("select distinct prompt_version from staging.enrichments").fetchall()
    assert versions == [(f"{prompt.PROMPT_VERSION}+engine.next-engine",)]
    # the call ledger records the version its cache keys were made with
    calls = con.sql("select prompt_version, count(*) from ops.llm_calls group by 1").fetchall()
    assert sorted(calls) == sorted([(old, 3), (f"{prompt.PROMPT_VERSION}+engine.next-engine", 3)])
