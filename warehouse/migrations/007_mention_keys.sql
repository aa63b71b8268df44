-- Row keys for staged mentions, so that quality.quarantine can name the exact row
-- (record_key = '<article_id>:<mention_idx>').
alter table staging.org_mentions add column if not exists mention_idx integer;
alter table staging.money_mentions add column if not exists mention_idx integer;
