package storetest

import (
	"context"
	"errors"
	"testing"

	"herald/internal/model"
)

// testTagNameIndependentOfOrder saves one tag under two spellings, in
// both orders: the name shown must not depend on which article was
// enriched first.
func testTagNameIndependentOfOrder(t *testing.T, open Opener) {
	ctx := context.Background()
	spellings := []string{"#Batteries", "#Battery", "#battery"}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		s := open(t, fixedClock())
		_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
		for i, k := range order {
			tag := model.Tag{Slug: "batteri", Name: spellings[k]}
			if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Tags: []model.Tag{tag}}); err != nil {
				t.Fatal(err)
			}
		}
		tag, err := s.Tag(ctx, "batteri")
		if err != nil {
			t.Fatal(err)
		}
		// The shortest spelling, then the first in byte order (capitals
		// before small letters).
		if tag.Name != "#Battery" || tag.Count != 3 {
			t.Errorf("saved as %v: tag %+v, want #Battery on 3 articles", order, tag)
		}
	}
}

// testSetTagsChangesOnlyTags replaces an article's tags and leaves the rest
// of its enrichment as stored: its entity links keep their evidence and
// mentions, and the document frequencies count it once.
func testSetTagsChangesOnlyTags(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two")
	lumio := model.Entity{Key: "organization:lumio", Name: "Lumio", Type: "organization", Mentions: 3, Evidence: 10}
	if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[0], Summary: []string{"A point."},
		Tags: []model.Tag{{Slug: "harbourbridge", Name: "#HarbourBridge"}}, Entities: []model.Entity{lumio},
		TermKeys: []string{"bridg"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTags(ctx, ids[0], []model.Tag{{Slug: "bridge", Name: "#Bridge"}, {Slug: "lumio", Name: "#Lumio"}}); err != nil {
		t.Fatal(err)
	}
	e, err := s.Enrichment(ctx, ids[0])
	if err != nil || len(e.Tags) != 2 || e.Tags[0].Slug != "bridge" || len(e.Summary) != 1 || len(e.Entities) != 1 {
		t.Fatalf("after SetTags: %+v, %v", e, err)
	}
	if tg, err := s.Tag(ctx, "harbourbridge"); err == nil && tg.Count != 0 {
		t.Errorf("the old tag still lists the article: %+v", tg)
	}
	if votes, _ := s.EntityTypeVotes(ctx, []string{lumio.Key}, 0, 10); votes[lumio.Key] != 1 {
		t.Errorf("the entity link lost its evidence: votes %v", votes)
	}
	if df, n, _ := s.DocumentFrequencies(ctx, []string{"bridg"}); df["bridg"] != 1 || n != 1 {
		t.Errorf("document frequencies after SetTags: %v of %d", df, n)
	}
	if err := s.SetTags(ctx, ids[1], []model.Tag{{Slug: "bridge", Name: "#Bridge"}}); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("SetTags on an article not enriched = %v, want ErrNotFound", err)
	}
	if err := s.SetTags(ctx, ids[0], []model.Tag{{Name: "#NoSlug"}}); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("SetTags with a tag without slug = %v, want ErrInvalid", err)
	}
}

// testTagNeighbours lists the tags that the stories of a tag's articles carry
// in their other articles: an Arabic report tagged #الإضراب finds the
// #Strike of the English reports in its story.
func testTagNeighbours(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Strike", "إضراب", "Strike again", "Budget", "Lone", "Strike too")
	tags := map[int][]model.Tag{
		0: {{Slug: "strike", Name: "#Strike"}, {Slug: "nurse", Name: "#Nurses"}},
		1: {{Slug: "اضراب", Name: "#الإضراب"}},
		2: {{Slug: "strike", Name: "#Strike"}},
		3: {{Slug: "budget", Name: "#Budget"}, {Slug: "nurse", Name: "#Nurses"}},
		4: {{Slug: "اضراب", Name: "#الإضراب"}},
		5: {{Slug: "strike", Name: "#Strike"}},
	}
	for i, tg := range tags {
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Tags: tg}); err != nil {
			t.Fatal(err)
		}
	}
	// Articles 0, 1 and 5 are one story, 2 and 3 another; 4 is in none.
	for i, story := range []int64{1, 1, 2, 2, 0, 1} {
		if story == 0 {
			continue
		}
		if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[i], StoryID: story}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.TagNeighbours(ctx, "اضراب", 10)
	if err != nil {
		t.Fatal(err)
	}
	// One story each; #Strike, on two of its reports, before #Nurses.
	if len(got) != 2 || got[0].Slug != "strike" || got[1].Slug != "nurse" || got[0].Count != 1 {
		t.Errorf("TagNeighbours(اضراب) = %+v, want #Strike then #Nurses, one story each", got)
	}
	got, _ = s.TagNeighbours(ctx, "strike", 10)
	if len(got) != 3 || got[0].Slug != "budget" && got[0].Slug != "nurse" {
		t.Errorf("TagNeighbours(strike) = %+v, want #Budget, #Nurses and #الإضراب", got)
	}
	for _, tg := range got {
		if tg.Slug == "nurse" && tg.Count != 2 {
			t.Errorf("#Nurses shares %d stories with #Strike, want 2", tg.Count)
		}
	}
	if got, err := s.TagNeighbours(ctx, "no-such-tag", 10); err != nil || len(got) != 0 {
		t.Errorf("TagNeighbours of no tag = %+v, %v", got, err)
	}
}
