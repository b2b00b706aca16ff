-- The last word of each entity's key ("trump" for person:donald-trump), so
-- that an article naming only "Trump" can find the full names other
-- articles give (LongerNames). The expression keeps what follows the key's
-- last hyphen or colon: rtrim strips every character but those two.
ALTER TABLE entities ADD COLUMN last_word TEXT NOT NULL DEFAULT '';
UPDATE entities SET last_word = replace(key, rtrim(key, replace(replace(key, '-', ''), ':', '')), '');
CREATE INDEX entities_last_word ON entities (last_word);
