-- Analyst views over the curated tables (copied into the published snapshot as views).

-- One row per resolved deal, with the outlets and URLs that reported it.
create or replace view curated.deal_ledger as
with reports as (
    select
        dm.deal_id,
        list_sort(list(distinct a.source) filter (where a.source is not null)) as sources,
        list_sort(list(distinct a.url)) as urls,
        count(*) as n_mentions
    from curated.deal_mentions as dm
    join curated.articles as a using (article_id)
    group by dm.deal_id
)
select
    d.deal_id,
    d.first_seen as deal_date,
    d.last_seen,
    d.deal_type,
    d.parties,
    array_to_string(d.parties, ' / ') as parties_label,
    d.amount_value,
    d.amount_min,
    d.amount_max,
    d.currency,
    d.amount_usd,
    d.fx_rate_date,
    d.n_sources,
    d.n_outlets,
    coalesce(r.n_mentions, 0) as n_mentions,
    d.conflicting_amounts,
    coalesce(r.sources, []::varchar[]) as sources,
    coalesce(r.urls, []::varchar[]) as urls
from curated.deals as d
left join reports as r using (deal_id);

-- One row per company and deal it is a party to.
create or replace view curated.company_deals as
with sides as (
    select d.*, u.party
    from curated.deals as d
    cross join unnest(d.parties) as u(party)
)
select
    o.org_id,
    o.name as company,
    o.ticker,
    o.country,
    o.kind,
    s.deal_id,
    s.deal_type,
    list_sort(list_filter(s.parties, lambda p: p <> s.party)) as counterparties,
    s.amount_value,
    s.amount_min,
    s.amount_max,
    s.currency,
    s.amount_usd,
    s.first_seen as deal_date,
    s.last_seen,
    s.n_sources,
    s.conflicting_amounts
from sides as s
join curated.organizations as o on o.name = s.party;

-- One row per month (of first report): how many deals, how much money.
create or replace view curated.deals_by_month as
select
    cast(date_trunc('month', first_seen) as date) as month,
    count(*) as n_deals,
    count(amount_usd) as n_with_amount_usd,
    sum(amount_usd) as total_amount_usd,
    max(amount_usd) as max_amount_usd,
    count(*) filter (where conflicting_amounts) as n_conflicting,
    cast(sum(n_sources) as bigint) as n_reports,
    list_sort(list(distinct deal_type)) as deal_types
from curated.deals
group by all;
