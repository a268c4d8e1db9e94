-- The links each user had summarized (/summary) in the last day, so that the per-user limits (links.perUserPerMinute,
-- links.perUserPerDay) hold across a restart and, on PostgreSQL, across instances. Each request is forgotten a day
-- after it was made. Plain SQL that PostgreSQL reads too.
CREATE TABLE summary_request (
    user_id      BIGINT NOT NULL,
    requested_at BIGINT NOT NULL
);
CREATE INDEX summary_request_by_user ON summary_request (user_id, requested_at);
CREATE INDEX summary_request_by_time ON summary_request (requested_at);
