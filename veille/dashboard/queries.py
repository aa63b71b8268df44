"""One SQL per metric, read-only over the base tables (see `tables.py` for the projections).

Templates name tables by alias (`{runs}`, `{deals}`...) and are formatted with the catalog's
projections, so they run on any warehouse, complete or not.

Decisions recorded here:
- Cache hit rate = articles enriched from cache / articles enriched, with the enrich stage's
  own counts (`counts.enrich.cache_hits` and `.calls` in ops.runs: hits / (hits + calls)) where a
  run recorded them; otherwise derived: an enriched article with no row in ops.llm_calls for
  the run that enriched it came from the cache (ops.llm_calls only holds calls actually sent).
- Deal value in USD = `amount_usd` when the publish stage set it, else the amount itself for
  USD deals (the point value, else the midpoint of a range, else its one known bound). Other
  currencies without `amount_usd` are left out of USD sums rather than guessed.
- Time columns leave SQL as ISO strings without a zone: the page shows warehouse wall-clock
  time, whatever the viewer's zone.
"""

from __future__ import annotations

import duckdb
import polars as pl

from veille.dashboard.tables import Catalog
from warehouse.loaders import read_frame

DEALS_USD = """deals_usd as (
    select *,
        coalesce(amount_usd, case when upper(currency) = 'USD' then coalesce(
            amount_value, (amount_min + amount_max) / 2, amount_min, amount_max) end
        ) as value_usd,
        coalesce(announced_on, first_seen, last_seen) as deal_day
    from {deals}
)"""

CACHE_BY_RUN = """sent as (
    select distinct run_id, article_id from {llm_calls}
), derived as (
    select e.run_id,
        count(*) filter (where s.article_id is null) as hits,
        count(s.article_id) as calls
    from {enrichments} e
    left join sent s on s.run_id = e.run_id and s.article_id = e.article_id
    where e.status = 'enriched'
    group by e.run_id
), recorded as (
    select run_id, started_at,
        try_cast(json_extract_string(counts, '$.enrich.cache_hits') as bigint) as hits,
        try_cast(json_extract_string(counts, '$.enrich.calls') as bigint) as calls
    from {runs}
), cache_by_run as (
    select r.run_id, r.started_at,
        case when r.hits is not null then 'recorded' else 'derived' end as basis,
        coalesce(r.hits, d.hits) as hits,
        coalesce(r.calls, d.calls, 0) as calls
    from recorded r
    left join derived d on d.run_id = r.run_id
    where coalesce(r.hits, d.hits) is not null
)"""

LATEST_VALIDATIONS = """latest as (
    select validation_id from (
        select validation_id, row_number() over (
            partition by suite order by validated_at desc, validation_id desc) as rank
        from {validation_runs}
    ) where rank = 1
)"""

FETCH_FAILED = "('failed', 'invalid')"

# KPI tiles: each query returns one row with one column `value`.
KPIS: dict[str, str] = {
    "runs": "select count(*) as value from {runs}",
    "failed_runs": "select count(*) as value from {runs} where status = 'failed'",
    "last_run_status": (
        "select status as value from {runs} order by started_at desc, run_id desc limit 1"
    ),
    "raw_articles": "select count(*) as value from {raw_articles}",
    "staged_articles": "select count(*) as value from {staging_articles}",
    "enriched_articles": "select count(*) as value from {enrichments} where status = 'enriched'",
    "published_articles": "select count(*) as value from {curated_articles}",
    "fetch_failures": (
        f"select count(*) as value from {{fetch_log}} where outcome in {FETCH_FAILED}"
    ),
    "llm_calls": "select count(*) as value from {llm_calls}",
    "cache_hit_rate": (
        f"with {CACHE_BY_RUN}\n"
        "select sum(hits) / nullif(sum(hits) + sum(calls), 0) as value from cache_by_run"
    ),
    "input_tokens": "select coalesce(sum(input_tokens), 0) as value from {runs}",
    "output_tokens": "select coalesce(sum(output_tokens), 0) as value from {runs}",
    "cost_usd": "select coalesce(sum(cost_usd), 0) as value from {runs}",
    "validations": "select count(*) as value from {validation_runs}",
    "failed_validations": "select count(*) as value from {validation_runs} where not success",
    "expectation_pass_rate": (
        f"with {LATEST_VALIDATIONS}\n"
        "select avg(case when success then 1.0 else 0.0 end) as value\n"
        "from {expectation_results} where validation_id in (select validation_id from latest)"
    ),
    "quarantined_rows": "select count(*) as value from {quarantine}",
    "deals": "select count(*) as value from {deals}",
    "deal_value_usd": (
        f"with {DEALS_USD}\nselect coalesce(sum(value_usd), 0) as value from deals_usd"
    ),
    "conflicts": "select count(*) as value from {deals} where conflicting_amounts",
    "organizations": "select count(*) as value from {organizations}",
}

# Chart and table data: each query returns the rows one chart or table shows.
FRAMES: dict[str, str] = {
    "runs_by_day": """
select strftime(date_trunc('day', started_at), '%Y-%m-%dT%H:%M:%S') as day,
    status, count(*) as runs
from {runs}
group by all
order by day, status""",
    "articles_per_stage": """
select * from (values
    (1, 'raw', (select count(*) from {raw_articles})),
    (2, 'staged', (select count(*) from {staging_articles})),
    (3, 'enriched', (select count(*) from {enrichments} where status = 'enriched')),
    (4, 'published', (select count(*) from {curated_articles}))
) as t(step, stage, articles)
where (select count(*) from {raw_articles}) + (select count(*) from {staging_articles})
    + (select count(*) from {enrichments}) + (select count(*) from {curated_articles}) > 0
order by step""",
    "failures_by_reason": f"""
with failures as (
    select 'fetch' as stage, outcome as kind, error from {{fetch_log}}
    where outcome in {FETCH_FAILED}
    union all
    select 'enrich', status, error from {{enrichments}} where status <> 'enriched'
    union all
    select 'llm call', status, error from {{llm_calls}} where status <> 'ok'
)
select stage,
    kind || coalesce(': ' || nullif(left(split_part(trim(error), chr(10), 1), 60), ''), '')
        as reason,
    count(*) as failures
from failures
group by all
order by failures desc, stage, reason
limit 20""",
    "llm_calls_by_day": """
select strftime(date_trunc('day', created_at), '%Y-%m-%dT%H:%M:%S') as day,
    status, count(*) as calls
from {llm_calls}
group by all
order by day, status""",
    "cache_by_run": f"""
with {CACHE_BY_RUN}
select run_id, strftime(started_at, '%Y-%m-%dT%H:%M:%S') as started_at, basis, hits, calls,
    hits / nullif(hits + calls, 0) as hit_rate
from cache_by_run
order by started_at""",
    "usage_by_run": """
select run_id, strftime(started_at, '%Y-%m-%dT%H:%M:%S') as started_at,
    coalesce(input_tokens, 0) as input_tokens, coalesce(output_tokens, 0) as output_tokens,
    coalesce(cost_usd, 0) as cost_usd, status,
    date_diff('second', started_at, finished_at) / 60.0 as minutes
from {runs}
order by started_at""",
    "fetch_by_day": """
select strftime(date_trunc('day', attempted_at), '%Y-%m-%dT%H:%M:%S') as day,
    outcome, count(*) as attempts
from {fetch_log}
group by all
order by day, outcome""",
    "expectation_pass_rate": """
select r.validation_id, r.suite,
    strftime(r.validated_at, '%Y-%m-%dT%H:%M:%S') as validated_at,
    count(*) as expectations,
    avg(case when r.success then 1.0 else 0.0 end) as pass_rate
from {expectation_results} r
group by all
order by validated_at, suite""",
    "quarantine_by_reason": """
select table_name, coalesce(nullif(reason, ''), expectation) as reason, count(*) as rows
from {quarantine}
group by all
order by rows desc, table_name, reason
limit 20""",
    "quarantine_latest": """
select strftime(created_at, '%Y-%m-%d %H:%M') as created_at, table_name, record_key,
    expectation, column_name, observed_value, reason
from {quarantine}
order by created_at desc, table_name, record_key
limit 50""",
    "deal_value_by_month": f"""
with {DEALS_USD}
select strftime(deal_day, '%Y-%m') as month, deal_type,
    count(*) as deals, sum(value_usd) as value_usd
from deals_usd
where deal_day is not null
group by all
order by month, deal_type""",
    "top_companies": f"""
with {DEALS_USD}, exploded as (
    select unnest(parties) as company, deal_id, value_usd from deals_usd
)
select company, count(distinct deal_id) as deals, sum(value_usd) as value_usd
from exploded
where value_usd is not null
group by company
order by value_usd desc, company
limit 15""",
    "latest_deals": f"""
with {DEALS_USD}, sources as (
    select m.deal_id, list(distinct struct_pack(
        url := coalesce(a.url, ''), title := coalesce(a.title, a.url, m.article_id),
        source := coalesce(a.source, ''))) as sources
    from {{deal_mentions}} m
    left join {{curated_articles}} a on a.article_id = m.article_id
    group by m.deal_id
)
select d.deal_id, strftime(d.deal_day, '%Y-%m-%d') as day, d.deal_type,
    array_to_string(d.parties, ' + ') as parties, d.amount_value, d.amount_min, d.amount_max,
    d.currency, d.value_usd, d.n_sources, coalesce(d.conflicting_amounts, false) as conflict,
    coalesce(s.sources, []) as sources
from deals_usd d
left join sources s on s.deal_id = d.deal_id
order by d.deal_day desc nulls last, d.deal_id
limit 25""",
    "conflicts": """
with mentions as (
    select m.deal_id, list(struct_pack(
        source := coalesce(a.source, a.url, m.article_id), url := coalesce(a.url, ''),
        amount_value := m.amount_value, amount_min := m.amount_min,
        amount_max := m.amount_max, currency := m.currency)
        order by coalesce(a.source, a.url, m.article_id)) as mentions
    from {deal_mentions} m
    left join {curated_articles} a on a.article_id = m.article_id
    group by m.deal_id
)
select d.deal_id, d.deal_type, array_to_string(d.parties, ' + ') as parties,
    strftime(coalesce(d.announced_on, d.first_seen, d.last_seen), '%Y-%m-%d') as day,
    d.amount_value, d.amount_min, d.amount_max, d.currency, d.n_sources,
    coalesce(m.mentions, []) as mentions
from {deals} d
left join mentions m on m.deal_id = d.deal_id
where d.conflicting_amounts
order by d.last_seen desc nulls last, d.deal_id
limit 50""",
    "data_docs": """
select docs_path, strftime(validated_at, '%Y-%m-%d %H:%M') as validated_at
from {validation_runs}
where docs_path is not null and docs_path <> ''
order by validated_at desc, validation_id desc
limit 1""",
}


def _sql(template: str, catalog: Catalog) -> str:
    return template.format(**catalog.relations())


def kpi(con: duckdb.DuckDBPyConnection, catalog: Catalog, name: str) -> object:
    """The one value of a KPI (None when the tables hold nothing to compute it from)."""
    rows = con.sql(_sql(KPIS[name], catalog)).fetchall()
    return rows[0][0] if rows else None


def frame(con: duckdb.DuckDBPyConnection, catalog: Catalog, name: str) -> pl.DataFrame:
    return read_frame(con, _sql(FRAMES[name], catalog))


def kpis(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> dict[str, object]:
    return {name: kpi(con, catalog, name) for name in KPIS}


def frames(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> dict[str, pl.DataFrame]:
    return {name: frame(con, catalog, name) for name in FRAMES}
