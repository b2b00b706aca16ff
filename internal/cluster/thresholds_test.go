package cluster

import (
	"testing"
	"time"
)

// An article whose body and entities match a story but whose headline shares
// nothing with the story's headlines must clear UntitledThreshold, not
// Threshold: same people and places, possibly another event.
func TestUntitledArticleNeedsTheHigherThreshold(t *testing.T) {
	body := "Prime Minister Helena Marsk told the Assembly in Velmont on Tuesday that the coalition would hold, " +
		"as Labour Alliance and Civic Union members met behind closed doors."
	ents := []string{"person:helena-marsk", "place:velmont", "organization:assembly", "organization:labour-alliance"}
	first := Article{ID: "a", Title: "Marsk survives confidence vote by two votes", Text: body,
		Language: "en", Entities: ents, Published: t0}
	second := Article{ID: "b", Title: "Finance ministry unveils spending plans", Text: body,
		Language: "en", Entities: ents, Published: t0.Add(time.Hour)}
	tests := []struct {
		name     string
		untitled float64
		wantSame bool
	}{
		{"low bar joins", 0.12, true},
		{"high bar keeps apart", 0.99, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.UntitledThreshold = tc.untitled
			c := New(cfg)
			pa, err := c.Add(first)
			if err != nil {
				t.Fatal(err)
			}
			pb, err := c.Add(second)
			if err != nil {
				t.Fatal(err)
			}
			if same := pa.Story == pb.Story; same != tc.wantSame {
				t.Fatalf("same story = %v (score %.3f), want %v", same, pb.Score, tc.wantSame)
			}
			// The identical body and entities alone clear the ordinary
			// threshold: the headline gate is what decides.
			if pb.Score < cfg.Threshold {
				t.Errorf("score %.3f below Threshold %.2f: the test no longer exercises the gate", pb.Score, cfg.Threshold)
			}
		})
	}
}

// An article in a language a story has no article in is compared on names
// and numbers, against CrossThreshold once the story has CrossMinArticles
// articles, and against UntitledThreshold while it has fewer (headlines in
// two languages cannot agree).
func TestCrossLanguageThresholdNeedsAnEstablishedStory(t *testing.T) {
	en := []Article{
		{ID: "en1", Title: "Port Calder's Harbour Bridge shut after engineers find cracks",
			Text:     "Engineers closed the Harbour Bridge in Port Calder on Monday after finding cracks in Pier 6, Mayor Owen Castellane said.",
			Language: "en", Published: t0},
		{ID: "en2", Title: "Harbour Bridge closure: divers inspect Pier 6 in Port Calder",
			Text: "Divers from the National Roads Agency went down to Pier 6 of the Harbour Bridge in Port Calder, Owen Castellane said.",
			// Threshold 0.99 below would keep the pair apart: join them
			// as if dedup had matched them.
			Language: "en", Published: t0.Add(time.Hour), DuplicateOf: "en1"},
	}
	fr := Article{ID: "fr", Title: "Port Calder : le pont Harbour fermé, fissures sur la pile 6",
		Text:     "Le maire Owen Castellane a annoncé la fermeture du pont Harbour de Port Calder après la découverte de fissures sur la pile 6.",
		Language: "fr", Published: t0.Add(2 * time.Hour)}
	tests := []struct {
		name     string
		story    []Article
		cross    float64
		wantSame bool
	}{
		{"established story, low cross bar", en, 0.01, true},
		{"established story, high cross bar", en, 0.99, false},
		{"lone article takes UntitledThreshold", en[:1], 0.01, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			// Only the cross bar can let the French article in.
			cfg.Threshold = 0.99
			cfg.UntitledThreshold = 0.99
			cfg.CrossThreshold = tc.cross
			cfg.CrossMinArticles = 2
			c := New(cfg)
			var story StoryID
			for i, a := range tc.story {
				p, err := c.Add(a)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					story = p.Story
				} else if p.Story != story {
					t.Fatalf("setup: %s in story %d, want %d", a.ID, p.Story, story)
				}
			}
			p, err := c.Add(fr)
			if err != nil {
				t.Fatal(err)
			}
			if same := p.Story == story; same != tc.wantSame {
				t.Errorf("French article in the English story = %v (score %.3f), want %v", same, p.Score, tc.wantSame)
			}
		})
	}
}
