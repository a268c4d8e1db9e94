-- One story, one message: each topic-matched article saved since V4 with the story it reports.
-- story_id is the id of the story's first article; a later report of the same story (a near-duplicate from
-- another outlet) is saved as seen with a row here and queues no delivery.

CREATE TABLE story_report (
    article_id   INTEGER PRIMARY KEY REFERENCES article (id),
    story_id     INTEGER NOT NULL REFERENCES article (id),
    signature    TEXT    NOT NULL, -- talkwatch.story.StorySignature#encode
    published_at BIGINT  NOT NULL
);

CREATE INDEX story_report_by_time ON story_report (published_at);
CREATE INDEX story_report_by_story ON story_report (story_id);
