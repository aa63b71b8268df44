-- Landed input, one row per (url, content_hash): a changed article is a new version,
-- the same content never lands twice.
create table if not exists raw.articles (
    url            varchar not null,
    canonical_url  varchar,
    content_hash   varchar not null,
    source         varchar,
    title          varchar,
    author         varchar,
    published_at   timestamp,
    site_name      varchar,
    language_hint  varchar,
    text           varchar not null,
    html_zstd      blob,
    input_kind     varchar not null,   -- jsonl, text, html, feed, sitemap, url
    origin         varchar,            -- file path (and line) or feed URL it came from
    http_status    integer,
    etag           varchar,
    last_modified  varchar,
    fetched_at     timestamp not null,
    run_id         varchar,
    primary key (url, content_hash)
);

-- Every fetch or read attempt and its outcome, including failures and malformed lines.
create table if not exists raw.fetch_log (
    attempt_id     varchar primary key,
    run_id         varchar,
    url            varchar not null,
    attempted_at   timestamp not null,
    outcome        varchar not null,   -- landed, not_modified, duplicate, failed, invalid, skipped
    http_status    integer,
    error          varchar,
    elapsed_ms     double,
    bytes          bigint
);

-- Conditional-GET validators kept per URL.
create table if not exists raw.http_cache (
    url            varchar primary key,
    etag           varchar,
    last_modified  varchar,
    content_hash   varchar,
    checked_at     timestamp not null
);
