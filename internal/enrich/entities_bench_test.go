package enrich

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticle is the ferry fixture padded to about 800 words with the
// lab fixture, the article size the stage's speed target is set for.
func benchArticle(b *testing.B) Document {
	b.Helper()
	ferry, err := os.ReadFile(filepath.Join("testdata", "enrich_ferry_article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lab, err := os.ReadFile(filepath.Join("testdata", "enrich_lab_article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(string(lab))
	text := string(ferry) + "\n\n" + strings.Join(words[:130], " ") + "."
	if n := len(strings.Fields(text)); n < 780 || n > 820 {
		b.Fatalf("bench article has %d words, want about 800", n)
	}
	return Document{Text: text, Language: "en"}
}

// BenchmarkEntitiesAndQuotes is the cost of entities and quotes together
// on one 800-word article; the budget is about 2 ms.
func BenchmarkEntitiesAndQuotes(b *testing.B) {
	doc := benchArticle(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		a := analyze(doc)
		_ = a.entityList()
	}
}

// BenchmarkEnrich is the whole offline stage (language, keyphrases,
// hashtags, entities, quotes, summary) on one 800-word article; the target
// is at least 200 articles per second per core, 5 ms per article.
func BenchmarkEnrich(b *testing.B) {
	doc := benchArticle(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Enrich(ctx, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnswer is one offline question on an 800-word article.
func BenchmarkAnswer(b *testing.B) {
	doc := benchArticle(b)
	for b.Loop() {
		Answer(doc, "Who leads the union?", 3)
	}
}
