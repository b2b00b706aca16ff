-- The stemmed index cannot tell "news" from "new", nor "nurse" from
-- "nurses": search ranks articles that use the reader's own word above
-- those that share only its stem. search_exact indexes the same text
-- without stemming; it keeps no copy of the text (contentless), and rows
-- leave it by rowid (contentless_delete). rebuildSearch then indexes every
-- article again, in both indexes.
CREATE VIRTUAL TABLE search_exact USING fts5 (title, body, content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'");
