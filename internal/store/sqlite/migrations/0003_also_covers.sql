-- An article placed in one story that covers another as well (the budget's
-- fund for a closed bridge): the other story's page lists it as further
-- coverage.
CREATE TABLE article_also_stories (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, story_id)
);
CREATE INDEX article_also_stories_story ON article_also_stories (story_id);
