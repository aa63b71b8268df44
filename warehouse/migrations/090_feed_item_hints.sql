-- The hints a feed or sitemap gave for each item (title, date, source name). A rerun that gets
-- a 304 for the feed rebuilds its items from raw.feed_items: without the hints, an article
-- first fetched after a crash landed with other metadata (the page's site name instead of the
-- feed's title, the page's date) than the same article in a clean run (found by the crash
-- tests, docs/reliability.md).
alter table raw.feed_items add column if not exists title varchar;
alter table raw.feed_items add column if not exists published_at timestamp;
alter table raw.feed_items add column if not exists source varchar;
