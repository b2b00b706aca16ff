-- An article that names only "Marsk" may be joined to the "Ilse Marsk" other
-- articles name (pipeline.joinShortNames). The link then holds the full
-- name's key and, here, the one-word key the article itself read: type
-- votes count it under that key, and it is no vote for the full name, so a
-- join never feeds the agreement that made it.
ALTER TABLE article_entities ADD COLUMN joined_from TEXT NOT NULL DEFAULT '';
CREATE INDEX article_entities_joined_from ON article_entities (joined_from) WHERE joined_from != '';
