-- Times are Unix milliseconds (NULL when unknown), so the schema reads the
-- same on SQLite and PostgreSQL.
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    feed_url        TEXT NOT NULL UNIQUE,
    site_url        TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    enabled         INTEGER NOT NULL DEFAULT 1,
    etag            TEXT NOT NULL DEFAULT '',
    last_modified   TEXT NOT NULL DEFAULT '',
    last_checked_at INTEGER,
    next_check_at   INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX sources_due ON sources (enabled, next_check_at);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL DEFAULT '',
    url          TEXT UNIQUE,
    title        TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    content_html TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]',
    published_at INTEGER,
    updated_at   INTEGER,
    image_url    TEXT NOT NULL DEFAULT '',
    enclosures   TEXT NOT NULL DEFAULT '[]',
    language     TEXT NOT NULL DEFAULT '',
    stage        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    -- sort key: published time, or first seen when the feed gave none
    sort_at      INTEGER NOT NULL
);
CREATE INDEX articles_latest ON articles (sort_at DESC, id DESC);
CREATE INDEX articles_stage ON articles (stage, id);

-- Which sources carry which article, under the GUID each source gave it.
CREATE TABLE source_articles (
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    guid          TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, article_id),
    UNIQUE (source_id, guid)
);
CREATE INDEX source_articles_article ON source_articles (article_id);
