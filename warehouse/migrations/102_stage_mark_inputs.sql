-- The queries a validation's fingerprint was computed over (JSON list of [suite, query]): the
-- next run checks them without building the suites (tasks/freshness.py).
alter table ops.stage_marks add column if not exists inputs json;
