-- Publish stage: traceability columns, deal statistics, exchange rates and the publication
-- marker. Column meanings are in warehouse/README.md.
alter table curated.articles add column if not exists text varchar;
alter table curated.org_mentions add column if not exists mention_idx integer;
alter table curated.money_mentions add column if not exists mention_idx integer;
alter table curated.deal_mentions add column if not exists mention_idx integer;
alter table curated.deals add column if not exists n_outlets integer;
alter table curated.deals add column if not exists n_mentions integer;
alter table curated.deals add column if not exists fx_rate_date date;

-- Dated exchange rates used for curated.deals.amount_usd (one row per day and currency).
create table if not exists curated.fx_rates (
    rate_date     date not null,
    currency      varchar not null,
    usd_per_unit  double not null,
    primary key (rate_date, currency)
);

-- One row: which run the curated tables (and the published snapshot) come from.
create table if not exists curated.publication (
    run_id         varchar,
    published_at   timestamp not null,
    articles       integer not null,
    organizations  integer not null,
    deals          integer not null,
    deal_mentions  integer not null,
    fx_source      varchar
);
