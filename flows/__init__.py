"""Prefect flows: orchestration only. One flow per file; the work lives in `tasks/`."""
