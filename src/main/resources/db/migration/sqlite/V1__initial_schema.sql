-- Times are epoch milliseconds (UTC). Plain SQL that PostgreSQL also accepts, except where noted.

CREATE TABLE feed_state (
    feed_id        TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    last_polled_at BIGINT,
    last_status    TEXT,
    last_error     TEXT,
    last_items     INTEGER,
    last_new       INTEGER
);

CREATE TABLE article (
    id           INTEGER PRIMARY KEY, -- SQLite rowid; BIGSERIAL on PostgreSQL
    article_key  TEXT    NOT NULL UNIQUE,
    feed_id      TEXT    NOT NULL,
    source_name  TEXT    NOT NULL,
    link         TEXT,
    title        TEXT    NOT NULL,
    summary      TEXT,
    published_at BIGINT  NOT NULL,
    seen_at      BIGINT  NOT NULL
);

CREATE INDEX article_published ON article (published_at);

CREATE TABLE article_topic (
    article_id INTEGER NOT NULL REFERENCES article (id),
    topic_id   TEXT    NOT NULL,
    PRIMARY KEY (article_id, topic_id)
);

CREATE INDEX article_topic_by_topic ON article_topic (topic_id, article_id);

CREATE TABLE chat (
    chat_id            BIGINT PRIMARY KEY,
    type               TEXT    NOT NULL,
    active             INTEGER NOT NULL DEFAULT 1,
    inactive_reason    TEXT,
    updated_at         BIGINT  NOT NULL
);

CREATE TABLE subscription (
    chat_id    BIGINT NOT NULL REFERENCES chat (chat_id),
    topic_id   TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (chat_id, topic_id)
);

CREATE INDEX subscription_by_topic ON subscription (topic_id, chat_id);

CREATE TABLE delivery (
    id              INTEGER PRIMARY KEY, -- SQLite rowid; BIGSERIAL on PostgreSQL
    article_id      INTEGER NOT NULL REFERENCES article (id),
    chat_id         BIGINT  NOT NULL,
    status          TEXT    NOT NULL, -- pending, sent, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    message_id      BIGINT,
    sent_at         BIGINT,
    error           TEXT,
    created_at      BIGINT  NOT NULL,
    UNIQUE (article_id, chat_id)
);

CREATE INDEX delivery_due ON delivery (status, next_attempt_at);

CREATE TABLE poll_run (
    id          INTEGER PRIMARY KEY,
    started_at  BIGINT  NOT NULL,
    finished_at BIGINT  NOT NULL,
    feeds_ok    INTEGER NOT NULL,
    feeds_error INTEGER NOT NULL,
    new_items   INTEGER NOT NULL,
    queued      INTEGER NOT NULL
);
