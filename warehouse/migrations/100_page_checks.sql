-- When each page (as requested, before redirects) last answered a check: 200 landed or
-- duplicate, or 304. The recheck rule (veille/ingest/recheck.py, docs/ingest.md) does not
-- request a page again while its last check is recent or its listing's lastmod is older.
-- Failed requests leave no row: the next run asks again. No backfill: a warehouse made before
-- this table sends one conditional GET per known page once, then follows the rule.
create table if not exists raw.page_checks (
    url         varchar primary key,
    checked_at  timestamp not null
);
