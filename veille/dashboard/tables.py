"""The dashboard's view of the warehouse: the base tables and the columns it reads.

Other stages fill these tables and may add columns later; an older or partial warehouse may
lack a table or an optional column. Rather than guard every query, each query reads the
tables through a projection that always has the listed columns: a missing column becomes a
typed null and a missing table an empty relation. So every query runs on any warehouse and a
chart with no rows says "no data yet" instead of failing the page (decision: depend only on
the base tables, never on views that may come later).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

# alias -> (table, {column: type}); only the columns the dashboard reads.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "runs": (
        "ops.runs",
        {
            "run_id": "varchar",
            "flow": "varchar",
            "started_at": "timestamp",
            "finished_at": "timestamp",
            "status": "varchar",
            "counts": "json",
            "input_tokens": "bigint",
            "output_tokens": "bigint",
            "cost_usd": "double",
        },
    ),
    "fetch_log": (
        "raw.fetch_log",
        {
            "attempt_id": "varchar",
            "run_id": "varchar",
            "url": "varchar",
            "attempted_at": "timestamp",
            "outcome": "varchar",
            "error": "varchar",
        },
    ),
    "raw_articles": ("raw.articles", {"url": "varchar", "content_hash": "varchar"}),
    "staging_articles": ("staging.articles", {"article_id": "varchar"}),
    "enrichments": (
        "staging.enrichments",
        {
            "article_id": "varchar",
            "status": "varchar",
            "error": "varchar",
            "enriched_at": "timestamp",
            "run_id": "varchar",
        },
    ),
    "llm_calls": (
        "ops.llm_calls",
        {
            "call_id": "varchar",
            "article_id": "varchar",
            "model": "varchar",
            "status": "varchar",
            "error": "varchar",
            "input_tokens": "bigint",
            "output_tokens": "bigint",
            "cost_usd": "double",
            "created_at": "timestamp",
            "run_id": "varchar",
        },
    ),
    "validation_runs": (
        "quality.validation_runs",
        {
            "validation_id": "varchar",
            "run_id": "varchar",
            "suite": "varchar",
            "success": "boolean",
            "evaluated": "integer",
            "failed": "integer",
            "validated_at": "timestamp",
            "docs_path": "varchar",
        },
    ),
    "expectation_results": (
        "quality.expectation_results",
        {
            "validation_id": "varchar",
            "suite": "varchar",
            "expectation": "varchar",
            "column_name": "varchar",
            "success": "boolean",
            "validated_at": "timestamp",
        },
    ),
    "quarantine": (
        "quality.quarantine",
        {
            "run_id": "varchar",
            "table_name": "varchar",
            "record_key": "varchar",
            "expectation": "varchar",
            "column_name": "varchar",
            "observed_value": "varchar",
            "reason": "varchar",
            "created_at": "timestamp",
        },
    ),
    "deals": (
        "curated.deals",
        {
            "deal_id": "varchar",
            "deal_type": "varchar",
            "parties": "varchar[]",
            "amount_value": "double",
            "amount_min": "double",
            "amount_max": "double",
            "currency": "varchar",
            "amount_usd": "double",
            "announced_on": "date",
            "first_seen": "date",
            "last_seen": "date",
            "n_sources": "integer",
            "conflicting_amounts": "boolean",
        },
    ),
    "deal_mentions": (
        "curated.deal_mentions",
        {
            "deal_id": "varchar",
            "article_id": "varchar",
            "amount_value": "double",
            "amount_min": "double",
            "amount_max": "double",
            "currency": "varchar",
        },
    ),
    "curated_articles": (
        "curated.articles",
        {
            "article_id": "varchar",
            "url": "varchar",
            "title": "varchar",
            "source": "varchar",
            "published_at": "timestamp",
        },
    ),
    "organizations": ("curated.organizations", {"org_id": "varchar", "name": "varchar"}),
}


@dataclass(frozen=True)
class Catalog:
    """Which (schema, table, column) triples the open warehouse has."""

    columns: frozenset[tuple[str, str, str]]

    @classmethod
    def read(cls, con: duckdb.DuckDBPyConnection) -> Catalog:
        rows = con.execute(
            "select table_schema, table_name, column_name from information_schema.columns"
        ).fetchall()
        return cls(frozenset((s, t, c) for s, t, c in rows))

    def has_table(self, table: str) -> bool:
        schema, name = table.split(".", 1)
        return any(s == schema and t == name for s, t, _ in self.columns)

    def has_column(self, table: str, column: str) -> bool:
        schema, name = table.split(".", 1)
        return (schema, name, column) in self.columns

    def projection(self, alias: str) -> str:
        """A parenthesised relation with every listed column of `alias` (nulls where missing)."""
        table, columns = TABLES[alias]
        if not self.has_table(table):
            nulls = ", ".join(f"cast(null as {kind}) as {col}" for col, kind in columns.items())
            return f"(select {nulls} where false)"
        parts = [
            col if self.has_column(table, col) else f"cast(null as {kind}) as {col}"
            for col, kind in columns.items()
        ]
        return f"(select {', '.join(parts)} from {table})"

    def relations(self) -> dict[str, str]:
        """Placeholder -> projection, to format query templates with."""
        return {alias: self.projection(alias) for alias in TABLES}

    def missing_tables(self) -> list[str]:
        return [table for table, _ in TABLES.values() if not self.has_table(table)]
