-- Search matches word forms, not only spellings. The porter tokenizer stems
-- English ("nurses" finds "nurse"), after unicode61 folds case and accents.
-- Combining marks belong to the word they sit on (unicode61 would split
-- "مُدَرِّسَة" at each haraka), which lets the index hold words in the
-- spelling searchForm gives them.
--
-- The index is fed that normalised text, while the text the article was
-- indexed with stays in search_text as written, for snippets: it is the
-- index's external content. FTS5 cannot delete such a row by rowid alone
-- (it would remove the tokens of the text as written): see unindexArticle.
--
-- Migration 0009 then indexes every article again (see rebuildSearch).
DROP TABLE search;

CREATE TABLE search_text (
    article_id INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL
);

CREATE VIRTUAL TABLE search USING fts5 (title, body, content = 'search_text', content_rowid = 'article_id',
    tokenize = "porter unicode61 remove_diacritics 2 categories 'L* N* Co Mn'");
