"""Credentials are masked in whatever a provider sends back (fast, in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import SecretStr

from tasks.enrich import enrich_stage
from tests.llm.conftest import FAST, stage
from tests.reliability.providers import LeakyProvider
from veille.llm.redact import MASK, Redactor, url_credentials
from veille.settings import Settings
from warehouse.connection import connect

KEY = "sk-redact-test-0123456789"


def test_redactor_masks_longest_first_and_ignores_short_values() -> None:
    redact = Redactor([KEY, KEY[:10], "ab", None, ""])
    assert redact(f"key={KEY}; prefix={KEY[:10]}; ab") == f"key={MASK}; prefix={MASK}; ab"


def test_url_credentials() -> None:
    assert url_credentials("https://user:p%40ss@llm.test/v1") == ["p%40ss", "p@ss", "user", "user"]
    assert url_credentials("https://llm.test/v1") == []
    assert url_credentials(None) == []


def test_echoed_and_leaked_keys_are_masked_before_storage(shared_dir: Path) -> None:
    rows = [
        {**json.loads(line), "article_id": f"a{i}"}
        for i, line in enumerate((shared_dir / "eval" / "dev" / "articles.jsonl").open())
    ][:4]
    llm = LeakyProvider(rows[0]["title"], rows[1]["title"], rows[2]["title"])
    with llm:
        settings = Settings(
            llm_model="openai/fake-redact",
            llm_api_base=llm.base_url,
            llm_api_key=SecretStr(KEY),
            llm_max_retries=1,
        )
        con = connect()
        stage(con, rows)
        report = enrich_stage(con, settings, "redact", policy=FAST)
    assert f"Bearer {KEY}" in llm.auth_headers and llm.echoed >= 2
    assert (report.enriched, report.quarantined) == (3, 1)
    dump = repr(
        [
            con.execute(f"select * from {t}").fetchall()
            for t in ("ops.llm_calls", "staging.enrichments")
        ]
    )
    assert KEY not in dump
    assert dump.count(MASK) >= 3  # the 401, the 500 and the leaked summary
    con.close()
