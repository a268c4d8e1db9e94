-- Delivery: forum topics, messages split in parts, and the 'sending' state of a delivery in flight.

-- The forum topic (message_thread_id) a subscription was made in; NULL for the chat itself.
ALTER TABLE subscription ADD COLUMN thread_id BIGINT;

-- The forum topic the delivery goes to, copied from the subscription when it is queued.
ALTER TABLE delivery ADD COLUMN thread_id BIGINT;

-- How many parts of a message longer than Telegram's limit were already accepted, so a restart
-- resumes with the next part instead of sending the first ones again.
ALTER TABLE delivery ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;

-- status may now also be 'sending': handed to Telegram, answer not yet recorded. At start-up such
-- rows go back to 'pending' (Outbox.recover), so at most the one message in flight per chat is sent twice.
CREATE INDEX delivery_by_chat ON delivery (chat_id, status);
