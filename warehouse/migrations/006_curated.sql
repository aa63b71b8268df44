-- The curated contract: see warehouse/README.md for every column.
create table if not exists curated.articles (
    article_id          varchar primary key,
    url                 varchar not null,
    title               varchar,
    source              varchar,
    published_at        timestamp,
    language            varchar,
    summary             varchar,
    why_it_matters      varchar,
    translated_title    varchar,
    translated_text     varchar,
    translation_status  varchar,
    target_language     varchar,
    story_id            varchar,
    word_count          integer,
    model               varchar,
    prompt_version      varchar,
    published_run_id    varchar
);

create table if not exists curated.organizations (
    org_id    varchar primary key,
    name      varchar not null unique,
    aliases   varchar[],
    ticker    varchar,
    country   varchar,
    kind      varchar,
    known     boolean                      -- true when it comes from the gazetteer
);

create table if not exists curated.org_mentions (
    article_id  varchar not null,
    org_id      varchar not null,
    name        varchar not null,
    surface     varchar,
    char_start  integer,
    char_end    integer
);

create table if not exists curated.money_mentions (
    article_id  varchar not null,
    value       double,
    min_value   double,
    max_value   double,
    currency    varchar not null,
    qualifier   varchar,
    role        varchar not null,
    surface     varchar,
    char_start  integer,
    char_end    integer
);

create table if not exists curated.deals (
    deal_id              varchar primary key,
    deal_type            varchar not null,
    parties              varchar[] not null,
    amount_value         double,
    amount_min           double,
    amount_max           double,
    currency             varchar,
    amount_usd           double,
    announced_on         date,
    first_seen           date,
    last_seen            date,
    n_sources            integer not null,
    conflicting_amounts  boolean not null default false
);

create table if not exists curated.deal_mentions (
    deal_id       varchar not null,
    article_id    varchar not null,
    parties       varchar[] not null,
    amount_value  double,
    amount_min    double,
    amount_max    double,
    currency      varchar,
    deal_type     varchar not null,
    duration_months integer,
    status        varchar,
    evidence      varchar,
    char_start    integer,
    char_end      integer
);
