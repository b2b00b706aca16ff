-- What the pipeline's later stages add to an article: extracted content,
-- enrichment (with tags and entities linked across articles), stories, and
-- the full-text index.
CREATE TABLE article_content (
    article_id    INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title         TEXT NOT NULL DEFAULT '',
    authors       TEXT NOT NULL DEFAULT '[]',
    published_at  INTEGER,
    modified_at   INTEGER,
    language      TEXT NOT NULL DEFAULT '',
    site_name     TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    lead_image    TEXT NOT NULL DEFAULT '',
    html          TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    images        TEXT NOT NULL DEFAULT '[]',
    extracted_at  INTEGER NOT NULL,
    error         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE article_enrichment (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    language   TEXT NOT NULL DEFAULT '',
    keyphrases TEXT NOT NULL DEFAULT '[]',
    entities   TEXT NOT NULL DEFAULT '[]',
    quotes     TEXT NOT NULL DEFAULT '[]',
    summary    TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE tags (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    slug       TEXT NOT NULL REFERENCES tags (slug),
    rank       INTEGER NOT NULL,
    PRIMARY KEY (article_id, slug)
);
CREATE INDEX article_tags_slug ON article_tags (slug, article_id);

CREATE TABLE entities (
    key  TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);

CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key        TEXT NOT NULL REFERENCES entities (key),
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, key)
);
CREATE INDEX article_entities_key ON article_entities (key);

-- Story IDs come from the clustering stage, which owns their numbering.
CREATE TABLE stories (
    id               INTEGER PRIMARY KEY,
    headline         TEXT NOT NULL DEFAULT '',
    -- 0: the headline follows the first report; 1: the clustering stage chose it
    headline_fixed   INTEGER NOT NULL DEFAULT 0,
    summary          TEXT NOT NULL DEFAULT '[]',
    first_article_id INTEGER NOT NULL DEFAULT 0,
    first_seen_at    INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL DEFAULT 0,
    article_count    INTEGER NOT NULL DEFAULT 0,
    source_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_updated ON stories (updated_at);

CREATE TABLE article_stories (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    duplicate_of INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_stories_story ON article_stories (story_id);
CREATE INDEX article_stories_duplicate ON article_stories (duplicate_of);

CREATE TABLE related_stories (
    story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    rank       INTEGER NOT NULL,
    PRIMARY KEY (story_id, related_id)
);

-- Full text of every article (its rowid is the article's id): the feed's
-- title and summary at first, the extracted text once there is one.
CREATE VIRTUAL TABLE search USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

-- Corpus document frequencies of keyphrase candidate terms: each enriched
-- article counted once.
CREATE TABLE term_df (
    key TEXT PRIMARY KEY,
    df  INTEGER NOT NULL
);
