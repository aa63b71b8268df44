"""Everything DuckDB: connection, numbered migrations, loaders and the curated contract."""
