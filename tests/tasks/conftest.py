"""Reuse the LLM fixtures (real articles) for task tests."""

from tests.llm.conftest import real_articles  # noqa: F401
