package storetest

import (
	"context"
	"fmt"
	"testing"

	"herald/internal/model"
)

func testEntityTypeVotes(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three", "Four")
	org := model.Entity{Key: "organization:lumio", Name: "Lumio", Type: "organization", Mentions: 2, Evidence: 10}
	person := model.Entity{Key: "person:lumio", Name: "Lumio", Type: "person", Mentions: 1, Evidence: 4}
	guess := model.Entity{Key: "place:lumio", Name: "Lumio", Type: "place", Mentions: 1, Evidence: 0}
	save := func(id int64, ents ...model.Entity) {
		t.Helper()
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: id, Entities: ents}); err != nil {
			t.Fatal(err)
		}
	}
	save(ids[0], org)
	save(ids[1], org)
	save(ids[2], person)
	save(ids[3], guess)
	keys := []string{org.Key, person.Key, guess.Key, org.Key}
	votes := func(except int64, minEvidence int) map[string]int {
		t.Helper()
		got, err := s.EntityTypeVotes(ctx, keys, except, minEvidence)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := votes(ids[2], 0); len(got) != 2 || got[org.Key] != 2 || got[guess.Key] != 1 {
		t.Fatalf("votes except the third article = %v, want organization:lumio 2 and place:lumio 1", got)
	}
	if got := votes(ids[0], 3); len(got) != 2 || got[org.Key] != 1 || got[person.Key] != 1 {
		t.Fatalf("confident votes except the first article = %v, want one each for organization and person", got)
	}
	if got := votes(0, 5); len(got) != 1 || got[org.Key] != 2 {
		t.Fatalf("votes with evidence 5 or more = %v, want organization:lumio 2 only", got)
	}
	if got, err := s.EntityTypeVotes(ctx, nil, 0, 0); err != nil || len(got) != 0 {
		t.Fatalf("votes for no keys = %v, %v", got, err)
	}
	// Re-enrichment replaces an article's links and their evidence.
	save(ids[1], person)
	if got := votes(0, 3); got[org.Key] != 1 || got[person.Key] != 2 {
		t.Fatalf("votes after re-enrichment = %v", got)
	}
	// A wire copy does not vote.
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 1, DuplicateOf: ids[2]}); err != nil {
		t.Fatal(err)
	}
	if got := votes(0, 3); got[org.Key] != 1 || got[person.Key] != 1 {
		t.Fatalf("votes with the second article a copy = %v, want one each", got)
	}
	// A link joined from a short name votes for what its article read.
	joined := model.Entity{Key: "organization:lumio-group", Name: "Lumio Group", Type: "organization", Mentions: 1,
		Evidence: 5, JoinedFrom: "organization:lumio"}
	save(ids[3], joined)
	if got := votes(0, 3); got[org.Key] != 2 || got[person.Key] != 1 || got[joined.Key] != 0 {
		t.Fatalf("votes with the fourth article joined from organization:lumio = %v, want organization:lumio 2", got)
	}
	if got, _ := s.EntityTypeVotes(ctx, []string{joined.Key}, 0, 0); len(got) != 0 {
		t.Fatalf("a joined link voted for the full name: %v", got)
	}
	// An article that lists a name both joined and in full names it itself.
	full := joined
	full.JoinedFrom = ""
	for _, ents := range [][]model.Entity{{joined, full}, {full, joined}} {
		save(ids[3], ents...)
		if got, _ := s.EntityTypeVotes(ctx, []string{joined.Key}, 0, 0); got[joined.Key] != 1 {
			t.Fatalf("votes for %s after saving %+v = %v, want 1", joined.Key, ents, got)
		}
	}
	save(ids[3], joined)
	// More keys than one query binds.
	many := make([]string, 0, 250)
	for i := range 249 {
		many = append(many, fmt.Sprintf("person:nobody-%d", i))
	}
	many = append(many, org.Key)
	got, err := s.EntityTypeVotes(ctx, many, 0, 0)
	if err != nil || len(got) != 1 || got[org.Key] != 2 {
		t.Fatalf("votes for 250 keys = %v, %v; want organization:lumio 2", got, err)
	}
}

func testEntityGuessArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	entities := [][]model.Entity{
		{{Key: "person:lumio", Name: "Lumio", Type: "person", Mentions: 2, Evidence: 0}},
		{{Key: "organization:lumio", Name: "Lumio", Type: "organization", Mentions: 2, Evidence: 10}},
		{{Key: "person:lumio", Name: "Lumio", Type: "person", Mentions: 1, Evidence: 2},
			{Key: "place:velmont", Name: "Velmont", Type: "place", Mentions: 1, Evidence: 0}},
	}
	for i, ents := range entities {
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Entities: ents}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.EntityGuessArticles(ctx, []string{"person:lumio", "organization:lumio", "place:velmont"}, 2, 10)
	if err != nil || len(got) != 2 || got[0] != ids[2] || got[1] != ids[0] {
		t.Fatalf("guess articles = %v, %v; want the third and first, newest first, once each", got, err)
	}
	if got, _ := s.EntityGuessArticles(ctx, []string{"person:lumio"}, 0, 10); len(got) != 1 || got[0] != ids[0] {
		t.Fatalf("guesses with evidence 0 = %v, want the first", got)
	}
	if got, _ := s.EntityGuessArticles(ctx, []string{"person:lumio"}, 2, 1); len(got) != 1 || got[0] != ids[2] {
		t.Fatalf("limit 1 gave %v, want the newest", got)
	}
	// A joined link is found by the key its article read, not the full one.
	_, more := seed(t, s, "https://b.example/feed", "Four")
	joined := model.Entity{Key: "person:ana-lumio", Name: "Ana Lumio", Type: "person", Mentions: 1, JoinedFrom: "person:lumio"}
	if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: more[0], Entities: []model.Entity{joined}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.EntityGuessArticles(ctx, []string{"person:lumio"}, 2, 10); len(got) != 3 || got[0] != more[0] {
		t.Fatalf("guesses of person:lumio with a joined link = %v, want the first, third and the joined one", got)
	}
	if got, _ := s.EntityGuessArticles(ctx, []string{joined.Key}, 2, 10); len(got) != 0 {
		t.Fatalf("guesses of the full name = %v, want none: the article read Lumio", got)
	}
	if got, err := s.EntityGuessArticles(ctx, nil, 2, 10); err != nil || len(got) != 0 {
		t.Fatalf("no keys gave %v, %v", got, err)
	}
}

func testLongerNames(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three", "Four", "Five")
	ilse := model.Entity{Key: "person:ilse-marsk", Name: "Ilse Marsk", Type: "person", Mentions: 3, Evidence: 4}
	tomas := model.Entity{Key: "person:tomas-marsk", Name: "Tomas Marsk", Type: "person", Mentions: 1, Evidence: 4}
	hyphen := model.Entity{Key: "person:ana-berg-marsk", Name: "Ana Berg-Marsk", Type: "person", Mentions: 1}
	company := model.Entity{Key: "organization:marsk-foods", Name: "Marsk Foods", Type: "organization", Mentions: 1}
	ship := model.Entity{Key: "organization:old-marsk", Name: "Old Marsk", Type: "organization", Mentions: 1}
	short := model.Entity{Key: "person:marsk", Name: "Marsk", Type: "person", Mentions: 2}
	// Neither a one-word name nor a link joined from "Marsk" is a longer name
	// the articles give.
	oneWord := model.Entity{Key: "person:al-marsk", Name: "al-Marsk", Type: "person", Mentions: 1}
	joined := model.Entity{Key: "person:ilse-marsk", Name: "Ilse Marsk", Type: "person", Mentions: 2, JoinedFrom: "person:marsk"}
	_, more := seed(t, s, "https://b.example/feed", "Six", "Seven")
	for i, ents := range [][]model.Entity{{oneWord}, {joined}} {
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: more[i], Entities: ents}); err != nil {
			t.Fatal(err)
		}
	}
	for i, ents := range [][]model.Entity{{ilse, company}, {ilse, tomas}, {ilse, hyphen, ship}, {short}, {tomas}} {
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Entities: ents}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.LongerNames(ctx, []string{"person:marsk", "organization:marsk", "place:nowhere"}, ids[3])
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]int{}
	for _, e := range got["person:marsk"] {
		people[e.Name] = e.Mentions
	}
	// Ana Berg-Marsk ends with the word too: a hyphenated surname is still the surname.
	if len(people) != 3 || people["Ilse Marsk"] != 3 || people["Tomas Marsk"] != 2 || people["Ana Berg-Marsk"] != 1 {
		t.Fatalf("longer names of person:marsk = %+v, want Ilse Marsk 3, Tomas Marsk 2, Ana Berg-Marsk 1", got["person:marsk"])
	}
	if orgs := got["organization:marsk"]; len(orgs) != 1 || orgs[0].Name != "Old Marsk" || orgs[0].Type != "organization" {
		t.Fatalf("longer names of organization:marsk = %+v, want Old Marsk only (Marsk Foods starts with it)", orgs)
	}
	if len(got["place:nowhere"]) != 0 || len(got) != 2 {
		t.Fatalf("longer names = %+v, want nothing for place:nowhere", got)
	}
	// The article left out does not count, and a copy does not either.
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 1, DuplicateOf: ids[0]}); err != nil {
		t.Fatal(err)
	}
	got, err = s.LongerNames(ctx, []string{"person:marsk"}, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	people = map[string]int{}
	for _, e := range got["person:marsk"] {
		people[e.Name] = e.Mentions
	}
	if len(people) != 3 || people["Ilse Marsk"] != 1 || people["Tomas Marsk"] != 1 {
		t.Fatalf("longer names without the first article and the copy = %v, want Ilse Marsk 1, Tomas Marsk 1", people)
	}
	// A hyphenated short name finds names that end with all of it.
	got, err = s.LongerNames(ctx, []string{"person:berg-marsk"}, 0)
	if err != nil || len(got["person:berg-marsk"]) != 1 || got["person:berg-marsk"][0].Name != "Ana Berg-Marsk" {
		t.Fatalf("longer names of person:berg-marsk = %+v, %v; want Ana Berg-Marsk", got, err)
	}
	if got, err := s.LongerNames(ctx, nil, 0); err != nil || len(got) != 0 {
		t.Fatalf("longer names of nothing = %v, %v", got, err)
	}
}
