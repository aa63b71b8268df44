"""Entry point of the offline engine (placeholder until the extractor lands)."""

from __future__ import annotations

from veille.schema import ArticleInput, Enrichment


def enrich(article: ArticleInput) -> Enrichment:
    """Extract what the rules can find; translation is reported unavailable, never faked."""
    return Enrichment(language=article.language or "en", translation_status="unavailable")
