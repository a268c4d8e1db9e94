-- A follow-up whose own news a second outlet told as a story of its own (issue 14): the follow-up came silently under
-- another story, and lists of stories (/latest, /search) show its outlet, and those named under its message, with the
-- story its news became (once that story is forgotten, with its own again). NULL: listed with its own story. (After
-- V101: a database that has applied it takes this one in order.)
ALTER TABLE story_report ADD COLUMN promoted_to BIGINT;
CREATE INDEX story_report_by_promoted_to ON story_report (promoted_to);
