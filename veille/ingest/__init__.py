"""Ingestion: read files and crawl feeds, sitemaps and pages into rows for raw.articles.

Everything here returns polars frames shaped like `raw.articles` / `raw.fetch_log`; the
warehouse side (`warehouse.raw`) lands them idempotently.
"""
