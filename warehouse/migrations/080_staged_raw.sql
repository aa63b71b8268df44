-- Incremental staging: every raw version the staging stage has considered (staged, superseded
-- or dropped as a duplicate), so that a run stages only raw versions landed since.
create table if not exists ops.staged_raw (
    url           varchar not null,
    content_hash  varchar not null,
    staged_at     timestamp not null,
    run_id        varchar,
    primary key (url, content_hash)
);
