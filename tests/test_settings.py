from __future__ import annotations

from pathlib import Path

from veille.settings import OFFLINE_MODEL, Settings


def test_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    s = Settings()
    assert s.warehouse == Path("data/veille.duckdb")
    assert s.target_language == "fr"
    assert s.llm_model == OFFLINE_MODEL
    assert s.published_path() == Path("data/veille.published.duckdb")


def test_environment_and_dotenv(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("VEILLE_TARGET_LANGUAGE=en\nVEILLE_CONCURRENCY=3\n")
    monkeypatch.setenv("VEILLE_LLM_API_KEY", "sk-secret-value")
    s = Settings()
    assert (s.target_language, s.concurrency) == ("en", 3)
    assert s.api_key() == "sk-secret-value"
    assert "sk-secret-value" not in repr(s)
    assert "sk-secret-value" not in s.model_dump_json()
