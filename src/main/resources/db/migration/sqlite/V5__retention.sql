-- Retention (storage.keep): what is older is forgotten once a day, see talkwatch.store.Retention.
-- last_served_at: the last time a feed still carried the article, refreshed at most once a day. An article is
-- forgotten only when no feed has carried it for the whole retention period, so a feed that keeps an old item
-- (undated ones above all) never gets it sent again.
ALTER TABLE article ADD COLUMN last_served_at BIGINT;
UPDATE article SET last_served_at = seen_at;
CREATE INDEX article_last_served ON article (last_served_at);
CREATE INDEX poll_run_started ON poll_run (started_at);
