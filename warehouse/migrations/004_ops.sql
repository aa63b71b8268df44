create table if not exists ops.runs (
    run_id        varchar primary key,
    flow          varchar not null,
    started_at    timestamp not null,
    finished_at   timestamp,
    status        varchar not null,     -- running, completed, failed
    counts        json,
    input_tokens  bigint default 0,
    output_tokens bigint default 0,
    cost_usd      double default 0,
    message       varchar
);

-- The LLM cache and ledger: one row per call actually sent (cache hits add no row).
create table if not exists ops.llm_calls (
    call_id        varchar primary key,
    cache_key      varchar not null,
    article_id     varchar,
    model          varchar not null,
    prompt_version varchar not null,
    schema_version varchar not null,
    attempt        integer not null,
    request        json,
    response       varchar,
    input_tokens   bigint,
    output_tokens  bigint,
    cost_usd       double,
    latency_ms     double,
    status         varchar not null,    -- ok, invalid, error
    error          varchar,
    created_at     timestamp not null,
    run_id         varchar
);
create index if not exists llm_calls_cache_key on ops.llm_calls (cache_key);
