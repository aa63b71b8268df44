-- The listing's own last-modified date of an item (sitemap <lastmod>, atom:updated), kept with
-- the item (a 304 on the feed rebuilds its items with it) and with each page check: the recheck
-- rule compares the listing's date with the one seen at the last check (a date-only lastmod
-- cannot be compared with our check time: a same-day correction would be missed).
alter table raw.feed_items add column if not exists updated_at timestamp;
alter table raw.page_checks add column if not exists updated_at timestamp;
