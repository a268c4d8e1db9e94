-- Deliveries in flight ('sending') are claimed by one instance for a while (issue 15): several instances share a
-- PostgreSQL database, and the claims of one that died return to the queue when their lease ends, not at some start.
-- On SQLite one process owns the file, so its start still takes back every claim at once (Outbox.recover).
ALTER TABLE delivery ADD COLUMN claimed_by TEXT;
ALTER TABLE delivery ADD COLUMN lease_until BIGINT;
