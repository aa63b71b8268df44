-- Cleaned articles: the latest version of each URL, normalised, with its language.
create table if not exists staging.articles (
    article_id     varchar primary key,  -- stable per canonical URL
    url            varchar not null,
    canonical_url  varchar,
    content_hash   varchar not null,
    title          varchar,
    source         varchar,
    published_at   timestamp,
    language       varchar,
    text           varchar not null,
    word_count     integer not null,
    story_id       varchar,              -- near-duplicate group (same wire story)
    staged_at      timestamp not null
);

-- One row per article and (model, prompt version): the validated model output.
create table if not exists staging.enrichments (
    article_id          varchar not null,
    content_hash        varchar not null,
    model               varchar not null,
    prompt_version      varchar not null,
    status              varchar not null,   -- enriched, quarantined, skipped_budget
    language            varchar,
    translation_status  varchar,
    translated_title    varchar,
    translated_text     varchar,
    summary             varchar,
    why_it_matters      varchar,
    payload             json,
    error               varchar,
    enriched_at         timestamp not null,
    run_id              varchar,
    primary key (article_id)
);

-- Extractions with grounding results; only grounded rows can reach curated.
create table if not exists staging.org_mentions (
    article_id   varchar not null,
    name         varchar not null,
    surface      varchar,
    evidence     varchar,
    char_start   integer,
    char_end     integer,
    grounded     boolean not null,
    reason       varchar
);

create table if not exists staging.money_mentions (
    article_id   varchar not null,
    value        double,
    min_value    double,
    max_value    double,
    currency     varchar,
    qualifier    varchar,
    role         varchar,
    surface      varchar,
    evidence     varchar,
    char_start   integer,
    char_end     integer,
    grounded     boolean not null,
    reason       varchar
);

create table if not exists staging.deal_mentions (
    article_id      varchar not null,
    mention_idx     integer not null,
    parties         varchar[] not null,
    deal_type       varchar,
    amount_value    double,
    amount_min      double,
    amount_max      double,
    currency        varchar,
    duration_months integer,
    status          varchar,
    evidence        varchar,
    char_start      integer,
    char_end        integer,
    grounded        boolean not null,
    reason          varchar
);
