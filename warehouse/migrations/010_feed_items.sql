-- What each feed or sitemap listed when it was last read: a 304 on the feed still lets the
-- crawler revisit items it never reached (crash, transient error).
create table if not exists raw.feed_items (
    feed_url   varchar not null,
    item_url   varchar not null,
    item_kind  varchar not null,   -- page, or sitemap for the children of a sitemap index
    seen_at    timestamp not null,
    primary key (feed_url, item_url)
);
