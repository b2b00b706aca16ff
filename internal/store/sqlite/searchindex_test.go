package sqlite

import (
	"context"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

// createAt creates a database at path with the migrations before stop
// applied, as an older Herald left it.
func createAt(t *testing.T, path, stop string) {
	t.Helper()
	ctx := context.Background()
	db, err := OpenPool(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := &Store{write: db, now: time.Now}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	sort.Strings(names)
	for _, name := range names {
		if name >= stop {
			break
		}
		if err := s.applyMigration(ctx, name); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// indexed counts the rows of the stemmed search index that match the FTS5
// query q, whether or not their articles are still stored.
func indexed(t *testing.T, s *Store, q string) int { return indexedIn(t, s, "search", q) }

// indexedIn is indexed for the index table.
func indexedIn(t *testing.T, s *Store, table, q string) int {
	t.Helper()
	var n int
	if err := s.write.QueryRow(`SELECT count(*) FROM `+table+` WHERE `+table+` MATCH ?`, q).Scan(&n); err != nil {
		t.Fatalf("MATCH %s in %s: %v", q, table, err)
	}
	return n
}

// A database from before migration 0007 (the index with neither stems nor
// Arabic spelling variants) has its articles indexed again: feed entries,
// extracted articles, and articles with no text at all.
func TestMigrationRebuildsSearchIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "herald.db")
	createAt(t, path, "migrations/0007")
	db, err := OpenPool(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`INSERT INTO sources (id, feed_url, created_at) VALUES (1, 'https://a.example/feed', 0)`,
		// A feed entry, indexed as the old code did.
		`INSERT INTO articles (id, guid, title, summary, stage, created_at, sort_at)
			VALUES (1, 'g1', 'Nurses walk out', '<p>Thousands of <b>nurses</b> left the wards.</p>', 'feed', 0, 3)`,
		`INSERT INTO search (rowid, title, body) VALUES (1, 'Nurses walk out', 'Thousands of nurses left the wards.')`,
		// An extracted article: its own title and text.
		`INSERT INTO articles (id, guid, title, summary, stage, created_at, sort_at)
			VALUES (2, 'g2', 'Feed title', 'Feed summary', 'extracted', 0, 2)`,
		`INSERT INTO article_content (article_id, title, text, extracted_at)
			VALUES (2, 'إضراب في أردينيا', 'بدأ الممرضون في أردينيا إضراباً عن العمل.', 0)`,
		`INSERT INTO search (rowid, title, body) VALUES (2, 'إضراب في أردينيا', 'بدأ الممرضون في أردينيا إضراباً عن العمل.')`,
		// Nothing to index, and never indexed.
		`INSERT INTO articles (id, guid, stage, created_at, sort_at) VALUES (3, 'g3', 'feed', 0, 1)`,
		// Extraction failed: the feed's text stays searchable.
		`INSERT INTO articles (id, guid, title, summary, stage, created_at, sort_at)
			VALUES (4, 'g4', 'Strike spreads', 'Dockers join', 'extracted', 0, 0)`,
		`INSERT INTO article_content (article_id, error, extracted_at) VALUES (4, 'page returned 404', 0)`,
		`INSERT INTO search (rowid, title, body) VALUES (4, 'Strike spreads', 'Dockers join')`,
		`INSERT INTO source_articles (source_id, article_id, guid, first_seen_at) VALUES (1, 1, 'g1', 0), (1, 2, 'g2', 0),
			(1, 3, 'g3', 0), (1, 4, 'g4', 0)`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer s.Close()
	for q, want := range map[string]int64{"nurse": 1, "wards": 1, "اردينيا": 2, "اضراب": 2, "strikes": 4, "docker": 4} {
		hits, err := s.Search(ctx, store.SearchQuery{Text: q})
		if err != nil || len(hits) != 1 || hits[0].Article.ID != want {
			t.Errorf("Search(%q) after migration = %+v, %v; want article %d", q, hits, err, want)
		}
	}
	if n := indexedIn(t, s, "search_exact", "nurses"); n != 1 {
		t.Errorf("%d rows of the exact index match nurses, want 1", n)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "feed summary"}); len(hits) != 0 {
		t.Errorf("an extracted article is found by its feed summary: %+v", hits)
	}
	hits, _ := s.Search(ctx, store.SearchQuery{Text: "اردينيا"})
	if len(hits) == 1 && !strings.Contains(hits[0].Snippet, "\x02أردينيا\x03") {
		t.Errorf("snippet %q; want the article's own spelling", hits[0].Snippet)
	}
	latest, err := s.LatestArticles(ctx, 10, 0)
	if err != nil || len(latest) != 4 {
		t.Fatalf("articles after migration = %d, %v", len(latest), err)
	}
	if c, err := s.Content(ctx, 2); err != nil || c.Text != "بدأ الممرضون في أردينيا إضراباً عن العمل." {
		t.Fatalf("content after migration = %+v, %v", c, err)
	}
}

// Replacing and removing articles takes their words out of the index: FTS5
// is told the exact text it indexed, the searchForm of the text as written.
func TestSearchIndexForgets(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "herald.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	src := &model.Source{FeedURL: "https://a.example/feed", Enabled: true}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ids, err := s.SaveEntries(ctx, src.ID, []model.Article{
		{GUID: "1", Title: "إضراب الممرضين", Summary: "الحكومة تَرْفُضُ المطالب"},
		{GUID: "2", Title: "Nurses walk out", Summary: "Strikes spread"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if err := s.SaveContent(ctx, &model.Content{ArticleID: id, Title: "مستشفى أردينيا", Text: "آمال كبيرة للممرضات"}); err != nil {
			t.Fatal(err)
		}
	}
	for q, want := range map[string]int{"اضراب": 0, "الحكومه": 0, "ترفض": 0, "nurse": 0, "مستشفي": 2, "امال": 2} {
		if n := indexed(t, s, q); n != want {
			t.Errorf("after extraction %d rows match %s, want %d", n, q, want)
		}
	}
	if err := s.DeleteSource(ctx, src.ID); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"مستشفي", "امال"} {
		if n := indexed(t, s, q); n != 0 {
			t.Errorf("after deleting the source %d rows match %s", n, q)
		}
		if n := indexedIn(t, s, "search_exact", q); n != 0 {
			t.Errorf("after deleting the source %d rows of the exact index match %s", n, q)
		}
	}
}

// A store searched before migration 0009 gets its exact index filled, and
// its stemmed index stays as it was: every article found once.
func TestMigrationFillsExactIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "herald.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	src := &model.Source{FeedURL: "https://a.example/feed", Enabled: true}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ids, err := s.SaveEntries(ctx, src.ID, []model.Article{
		{GUID: "1", Title: "New rules on new roads for new drivers"}, {GUID: "2", Title: "News agency closes"}})
	if err != nil {
		t.Fatal(err)
	}
	// As a store left by the code before 0009: no exact index.
	for _, stmt := range []string{`DROP TABLE search_exact`, `DELETE FROM schema_migrations WHERE name LIKE '%0009%'`} {
		if _, err := s.write.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	s.Close()

	s, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer s.Close()
	if n := indexedIn(t, s, "search_exact", "news"); n != 1 {
		t.Errorf("%d rows of the exact index match news, want 1", n)
	}
	if n := indexed(t, s, "new"); n != 2 {
		t.Errorf("%d rows of the stemmed index match new, want 2", n)
	}
	hits, err := s.Search(ctx, store.SearchQuery{Text: "news"})
	if err != nil || len(hits) != 2 || hits[0].Article.ID != ids[1] {
		t.Errorf("Search(news) after migration = %+v, %v; want the news agency first", hits, err)
	}
}
