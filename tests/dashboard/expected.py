"""What the dashboard should show, computed independently of `veille.dashboard.queries`.

Plain SQL straight on the base tables, written separately from the dashboard's own queries, so
that a wrong dashboard query cannot agree with itself.
"""

from __future__ import annotations

from typing import Any

import duckdb

COUNT_SQL = {
    "runs": "select count(*) from ops.runs",
    "failed_runs": "select count(*) from ops.runs where status = 'failed'",
    "raw_articles": "select count(*) from raw.articles",
    "staged_articles": "select count(*) from staging.articles",
    "enriched_articles": "select count(*) from staging.enrichments where status = 'enriched'",
    "published_articles": "select count(*) from curated.articles",
    "fetch_failures": "select count(*) from raw.fetch_log where outcome in ('failed', 'invalid')",
    "llm_calls": "select count(*) from ops.llm_calls",
    "input_tokens": "select sum(input_tokens) from ops.runs",
    "output_tokens": "select sum(output_tokens) from ops.runs",
    "validations": "select count(*) from quality.validation_runs",
    "failed_validations": "select count(*) from quality.validation_runs where success = false",
    "quarantined_rows": "select count(*) from quality.quarantine",
    "deals": "select count(*) from curated.deals",
    "conflicts": "select count(*) from curated.deals where conflicting_amounts = true",
    "organizations": "select count(*) from curated.organizations",
}

VALUE_SQL = {
    "cost_usd": "select sum(cost_usd) from ops.runs",
    "last_run_status": "select arg_max(status, started_at) from ops.runs",
    # latest validation of each suite, then the share of its expectations that passed
    "expectation_pass_rate": """
        select count(*) filter (where e.success) / count(*)
        from quality.expectation_results e
        join (select suite, max(validated_at) as at from quality.validation_runs group by suite) l
          on l.suite = e.suite and l.at = e.validated_at""",
    "deal_value_usd": """
        select sum(case
            when amount_usd is not null then amount_usd
            when currency = 'USD' and amount_value is not null then amount_value
            when currency = 'USD' then (amount_min + amount_max) / 2 end)
        from curated.deals""",
}


def expected_values(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, sql in {**COUNT_SQL, **VALUE_SQL}.items():
        out[name] = con.sql(sql).fetchall()[0][0]
    return out


# The fixture's cache hit rate, by hand: runs 1-3 recorded (hits, calls) = (0, 8), (5, 3),
# (7, 1); runs 4 and 5 recorded nothing, so it is derived from their enriched articles: run4
# enriched art03 (no call: cache) and art08 (call sent); run5 art04 (sent) and art09 (cache).
# hits = 0 + 5 + 7 + 1 + 1 = 14 of 14 + (8 + 3 + 1 + 1 + 1) = 28 enriched -> 50%.
FIXTURE_CACHE_HIT_RATE = 14 / 28
