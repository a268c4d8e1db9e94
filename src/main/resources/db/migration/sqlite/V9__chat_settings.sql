-- Each chat's own rhythm (issue 16), changed by /settings, /digest, /quiet and /timezone; a chat without a row has the
-- defaults: every summary at once, no quiet hours, the zone of telegram.timeZone, no link previews.
-- Kept when the chat is deactivated, moved with the chat when a group becomes a supergroup (SubscriptionStore.migrate).

CREATE TABLE chat_settings (
    chat_id      BIGINT  PRIMARY KEY,
    digest       TEXT,              -- NULL: each summary at once; '08:00' daily, 'every 3h' (talkwatch.rhythm.Digest)
    quiet_hours  TEXT,              -- NULL: none; '23:00-07:00' (talkwatch.rhythm.QuietHours)
    time_zone    TEXT,              -- NULL: telegram.timeZone; an IANA name such as 'Asia/Damascus'
    previews     INTEGER NOT NULL DEFAULT 0, -- 1: Telegram shows a preview of the article's link
    rhythm_since BIGINT  NOT NULL,  -- when digest or time_zone last changed: a delivery queued before waits for the
                                    -- first digest after this time, not one the old setting had planned
    updated_at   BIGINT  NOT NULL
);

-- /summary answers a link already stored from the store (store.StoredLinks).
CREATE INDEX article_by_link ON article (link);
