-- Feed politeness and health (issue 5). Times are epoch milliseconds (UTC).
-- url: where the feed lives now, after permanent redirects (301, 308), derived from configured_url; when the
-- operator changes the URL in the config, configured_url no longer matches and url is ignored.
ALTER TABLE feed_state ADD COLUMN url TEXT;
ALTER TABLE feed_state ADD COLUMN configured_url TEXT;
-- not fetched before this time: the poll interval, Cache-Control max-age, Expires, Retry-After, RSS ttl, backoff
ALTER TABLE feed_state ADD COLUMN next_fetch_at BIGINT;
-- consecutive failed polls, since when, and whether the admins were told it is down
ALTER TABLE feed_state ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feed_state ADD COLUMN failing_since BIGINT;
ALTER TABLE feed_state ADD COLUMN alerted INTEGER NOT NULL DEFAULT 0;
