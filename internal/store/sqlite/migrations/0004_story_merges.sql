-- Where each merged-away story's articles went, so its old address can
-- redirect; rows outlive both stories by design, hence no foreign keys.
CREATE TABLE story_merges (
    from_id INTEGER PRIMARY KEY,
    into_id INTEGER NOT NULL
);
CREATE INDEX story_merges_into ON story_merges (into_id);
