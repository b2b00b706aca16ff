package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

// BenchmarkSearch searches 20,000 articles of 500 words each, drawn from a
// Zipf vocabulary of 10,000 words in which "news" and "new", and "nurses"
// and "nurse", share their stems (each word in about nine articles in ten:
// the worst case, a common word that matches most of the store). The baseline, stemmed-only, is the query
// before the exact index (session 14); stemmed+exact is Search.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "herald.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	seedSearchCorpus(b, s, 20000)
	b.Logf("indexed 20,000 articles in %v", time.Since(start).Round(time.Millisecond))
	for _, q := range []string{"news", "nurses strike", `"harbour bridge"`} {
		b.Run("stemmed-only/"+q, func(b *testing.B) {
			for b.Loop() {
				rows, err := s.read.QueryContext(ctx, `SELECT `+articleColumns+`, snippet(search, 1, char(2), char(3), '…', 24),
					bm25(search, 5.0, 1.0) AS rank FROM search JOIN articles a ON a.id = search.rowid
					LEFT JOIN sources s ON s.id = (SELECT sa.source_id FROM source_articles sa
						WHERE sa.article_id = a.id ORDER BY sa.first_seen_at, sa.source_id LIMIT 1)
					WHERE search MATCH ? ORDER BY rank, a.sort_at DESC LIMIT 20`, ftsQuery(searchForm(q), " "))
				if err != nil {
					b.Fatal(err)
				}
				for rows.Next() {
				}
				rows.Close()
			}
		})
		b.Run("stemmed+exact/"+q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, store.SearchQuery{Text: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedSearchCorpus stores n articles of generated text, in batches.
func seedSearchCorpus(b testing.TB, s *Store, n int) {
	ctx := context.Background()
	src := &model.Source{FeedURL: "https://bench.example/feed", Enabled: true}
	if err := s.AddSource(ctx, src); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.1, 1, 9999)
	named := []string{"news", "new", "nurses", "nurse", "strike", "strikes", "harbour", "bridge"}
	word := func() string {
		k := zipf.Uint64()
		if k >= 20 && k < 20+uint64(len(named)) {
			return named[k-20]
		}
		return fmt.Sprintf("w%x", k*2654435761%1000003)
	}
	words := func(m int) string {
		ws := make([]string, m)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	for done := 0; done < n; done += 500 {
		batch := make([]model.Article, 500)
		for i := range batch {
			batch[i] = model.Article{GUID: fmt.Sprint(done + i), URL: fmt.Sprintf("https://bench.example/%d", done+i),
				Title: words(8), Summary: words(500), PublishedAt: time.Unix(int64(done+i)*60, 0)}
		}
		if _, err := s.SaveEntries(ctx, src.ID, batch); err != nil {
			b.Fatal(err)
		}
	}
}
