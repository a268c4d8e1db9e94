-- One story, one notification (issue 14): a report of a story already told is either named under the message that
-- told it (its outlet added to the message by an edit), or sent as a silent follow-up replying to the story's message.

-- The report whose message tells this one: itself for a report with a message of its own (a story's first report, or
-- a follow-up), the message's report for one named under it. Before this version every repeat was named under its
-- story's first report.
ALTER TABLE story_report ADD COLUMN told_in INTEGER;
UPDATE story_report SET told_in = story_id;
CREATE INDEX story_report_by_told_in ON story_report (told_in);

-- What a delivery does in its chat: 'story' sends the article's message (it rings), 'follow_up' sends it silently as a
-- reply to its story's message, 'edit' edits the message that tells the article so that it names the article's outlet.
ALTER TABLE delivery ADD COLUMN kind TEXT NOT NULL DEFAULT 'story';
-- (The message a follow-up or an edit refers to is found by article and chat: the UNIQUE index of V1 serves it.)
