create table if not exists quality.quarantine (
    run_id          varchar,
    table_name      varchar not null,
    record_key      varchar not null,
    expectation     varchar not null,
    column_name     varchar,
    observed_value  varchar,
    reason          varchar,
    created_at      timestamp not null
);

create table if not exists quality.validation_runs (
    validation_id   varchar primary key,
    run_id          varchar,
    suite           varchar not null,
    success         boolean not null,
    evaluated       integer not null,
    failed          integer not null,
    rows            bigint,
    validated_at    timestamp not null,
    docs_path       varchar
);

create table if not exists quality.expectation_results (
    validation_id      varchar not null,
    run_id             varchar,
    suite              varchar not null,
    expectation        varchar not null,
    column_name        varchar,
    success            boolean not null,
    observed_value     varchar,
    unexpected_count   bigint,
    unexpected_percent double,
    validated_at       timestamp not null
);
