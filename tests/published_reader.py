"""A reader process for the published snapshot: polls it and records what it saw.

Run as `python tests/published_reader.py PATH MODE STOP_FILE OUT_JSON` with MODE `reopen`
(a fresh read-only connection per query) or `held` (one connection for the whole run). Every
query checks that the snapshot is one complete publication: all articles and deal mentions
come from the run named in curated.publication, and the counts agree with it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

QUERY = """
select p.run_id, p.articles, p.deals,
       (select count(*) from curated.articles),
       (select list(distinct split_part(article_id, '-', 1)) from curated.articles),
       (select list(distinct split_part(article_id, '-', 1)) from curated.deal_mentions),
       (select count(*) from curated.deal_ledger),
       (select count(*) from curated.company_deals)
from curated.publication as p
"""


def check(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(QUERY).fetchall()
    if len(rows) != 1:
        raise AssertionError(f"publication has {len(rows)} rows")
    run_id, n_articles, n_deals, counted, versions, deal_versions, ledger, company = rows[0]
    if versions != [run_id] or (deal_versions and deal_versions != [run_id]):
        raise AssertionError(f"mixed data: {run_id} {versions} {deal_versions}")
    if counted != n_articles or ledger != n_deals or company != 2 * n_deals:
        raise AssertionError(f"incomplete {run_id}: {counted}/{n_articles} {ledger}/{n_deals}")
    return str(run_id)


def main() -> None:
    path, mode, stop, out = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    seen: list[str] = []
    errors: list[str] = []
    held = duckdb.connect(path, read_only=True) if mode == "held" else None
    Path(str(out) + ".ready").write_text("ready")
    deadline = time.monotonic() + 120
    queries = 0
    while not stop.exists() and time.monotonic() < deadline:
        try:
            if held is not None:
                version = check(held)
            else:
                con = duckdb.connect(path, read_only=True)
                try:
                    version = check(con)
                finally:
                    con.close()
            if not seen or seen[-1] != version:
                seen.append(version)
        except Exception as exc:  # recorded, and the test fails on any
            errors.append(f"{type(exc).__name__}: {exc}")
        queries += 1
    out.write_text(json.dumps({"queries": queries, "versions": seen, "errors": errors[:20]}))


if __name__ == "__main__":
    main()
