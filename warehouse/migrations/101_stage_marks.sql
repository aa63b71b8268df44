-- The fingerprint of each stage's inputs when the stage last completed (validations, publish):
-- a run whose inputs have the same fingerprint skips the stage and the last results stand
-- (tasks/freshness.py). One row per stage, replaced on each completion.
create table if not exists ops.stage_marks (
    stage        varchar primary key,
    fingerprint  varchar not null,
    run_id       varchar not null,
    recorded_at  timestamp not null
);
