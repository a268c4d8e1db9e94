-- Updates that came by webhook (issue 15): Telegram delivers an update again when its answer was late or lost, and
-- any instance may take it, so each is handled once, by update_id. Kept 48 hours (Telegram gives up on an update
-- after 24), then forgotten by the daily retention. Plain SQL that PostgreSQL reads too.
CREATE TABLE handled_update (
    update_id  BIGINT PRIMARY KEY,
    handled_at BIGINT NOT NULL
);
CREATE INDEX handled_update_by_time ON handled_update (handled_at);
