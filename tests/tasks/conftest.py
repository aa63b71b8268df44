"""Reuse the LLM fixtures (real articles) for task tests."""

from tests.llm.conftest import fake_llm, real_articles  # noqa: F401
