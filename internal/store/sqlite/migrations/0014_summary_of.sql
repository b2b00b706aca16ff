-- A hash of the text an article's key points were made from: an LLM's key
-- points are kept over a failed call only while the text is the same
-- (a re-extraction may change it).
ALTER TABLE article_enrichment ADD COLUMN summary_of TEXT NOT NULL DEFAULT '';
