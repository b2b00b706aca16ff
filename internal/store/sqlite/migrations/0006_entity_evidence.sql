-- How strongly an article's own reading supports each entity's type: other
-- articles' one-word names take the type that confident readings agree on
-- (EntityTypeVotes). Rows stored before this count as guesses until their
-- article is enriched again.
ALTER TABLE article_entities ADD COLUMN evidence INTEGER NOT NULL DEFAULT 0;
