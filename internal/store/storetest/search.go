package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"herald/internal/store"
)

func searchTests() []namedTest {
	return []namedTest{
		{"SearchWordForms", testSearchWordForms},
		{"SearchArabicSpelling", testSearchArabicSpelling},
		{"SearchAfterDeleteSource", testSearchAfterDeleteSource},
		{"SearchExactWordFirst", testSearchExactWordFirst},
	}
}

// searchIDs returns the IDs of the articles a search finds, sorted.
func searchIDs(t *testing.T, s store.Store, q string) []int64 {
	t.Helper()
	ids := rankedIDs(t, s, q)
	slices.Sort(ids)
	return ids
}

func wantFound(t *testing.T, s store.Store, q string, want ...int64) {
	t.Helper()
	slices.Sort(want)
	if got := searchIDs(t, s, q); !slices.Equal(got, want) {
		t.Errorf("Search(%q) found %v, want %v", q, got, want)
	}
}

// A reader finds an English word in any of its inflections, in phrases too,
// and French words with or without their accents.
func testSearchWordForms(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Thousands of nurses walk out", "A nurse speaks",
		"Dockers strike at the port", "Health strikes spread", "Les élèves récoltent les légumes")
	wantFound(t, s, "nurse", ids[0], ids[1])
	wantFound(t, s, "nurses", ids[0], ids[1])
	wantFound(t, s, "strikes", ids[2], ids[3])
	wantFound(t, s, "strike", ids[2], ids[3])
	wantFound(t, s, `"health strike"`, ids[3])
	wantFound(t, s, `"dockers strikes"`, ids[2])
	wantFound(t, s, `"strike health"`)
	wantFound(t, s, "eleves", ids[4])
	wantFound(t, s, "élève", ids[4])
	wantFound(t, s, "ÉLÈVES LÉGUMES", ids[4])
	wantFound(t, s, "e\u0301le\u0300ves", ids[4]) // accents typed as combining marks
	// The snippet quotes the article as written.
	hits, _ := s.Search(context.Background(), store.SearchQuery{Text: "nurse walks"})
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "\x02nurses\x03 \x02walk\x03") {
		t.Errorf("Search(nurse walks) = %+v; want the snippet as written, marked", hits)
	}
}

// Arabic spellings that writers use interchangeably find each other: alef
// with or without hamza or madda, alef maqsura and ya, ta marbuta and ha,
// with or without harakat and tatweel, with or without the article.
func testSearchArabicSpelling(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "إضراب الممرضين في أردينيا", "مستشفى المدينة",
		"الحكومة تَرْفُضُ المطالب", "آمال كبيرة", "انتخابـــات")
	wantFound(t, s, "اردينيا", ids[0])
	wantFound(t, s, "أردينيا", ids[0])
	wantFound(t, s, "اضراب", ids[0])
	wantFound(t, s, "مستشفي", ids[1])
	wantFound(t, s, "الحكومه", ids[2])
	wantFound(t, s, "ترفض", ids[2])
	wantFound(t, s, "تَرْفُضُ", ids[2])
	wantFound(t, s, "امال", ids[3])
	wantFound(t, s, "أمال كبيره", ids[3])
	wantFound(t, s, "انتخابات", ids[4])
	wantFound(t, s, `"الممرضين في اردينيا"`, ids[0])
	// With or without the article, and a conjunction or preposition on it.
	wantFound(t, s, "الإضراب", ids[0])
	wantFound(t, s, "ممرضين", ids[0])
	wantFound(t, s, "والمدينة", ids[1])
	wantFound(t, s, "للحكومة", ids[2])
	// The snippet quotes the article in its own spelling.
	hits, _ := s.Search(context.Background(), store.SearchQuery{Text: "ترفض"})
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "الحكومة \x02تَرْفُضُ\x03 المطالب") {
		t.Errorf("Search(ترفض) = %+v; want the snippet as written, marked", hits)
	}
}

// Articles that go with their source leave the index, and the index goes on
// working for the rest.
func testSearchAfterDeleteSource(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a, _ := seed(t, s, "https://a.example/feed", "Harbour bridge closed", "Bridge reopens")
	_, bIDs := seed(t, s, "https://b.example/feed", "Bridge tolls rise")
	if err := s.DeleteSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	wantFound(t, s, "bridge", bIDs[0])
	wantFound(t, s, "harbour")
	_, cIDs := seed(t, s, "https://c.example/feed", "Harbour bridges inspected")
	wantFound(t, s, "bridge", bIDs[0], cIDs[0])
	wantFound(t, s, "harbour", cIDs[0])
}

// rankedIDs returns the IDs of the articles a search finds, best first.
func rankedIDs(t *testing.T, s store.Store, q string) []int64 {
	t.Helper()
	hits, err := s.Search(context.Background(), store.SearchQuery{Text: q})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.Article.ID)
	}
	return ids
}

// Stemming makes "news" find "new", and "nurses" find "nurse": the articles
// that use the reader's own word come first, even against more mentions of
// the stem, and the stem's articles are still found after them.
func testSearchExactWordFirst(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "New rules for new drivers on new roads", "News agency closes",
		"A nurse, a nurse and a nurse", "Nurses strike", "Nurses and a nurse strike")
	for q, want := range map[string][]int64{
		"news":          {ids[1], ids[0]},
		"new":           {ids[0], ids[1]},
		"nurses":        {ids[3], ids[4], ids[2]},
		"nurse strikes": {ids[4], ids[3]}, // one exact word each; the nurse article says it too
		`"news agency"`: {ids[1]},
	} {
		got := rankedIDs(t, s, q)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) ranked %v, want %v", q, got, want)
		}
	}
}
