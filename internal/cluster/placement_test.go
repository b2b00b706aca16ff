package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// However few articles a stream has brought since (the start of a stream,
// a feed's backlog arriving at once), a report days later on another event
// with the same people is not the next instalment of a one-article story;
// a report hours later on the same event still is.
func TestQuietFloorAgesStoriesByTheClock(t *testing.T) {
	election := Article{ID: "election", Title: "Osterland's Anselm wins second term outright",
		Text:     "President Viktor Anselm of Osterland won a second five-year term in Sunday's election, the electoral commission in Grauburg said.",
		Entities: []string{"person:viktor-anselm", "place:osterland", "place:grauburg"}, Language: "en", Published: t0}
	order := Article{ID: "order", Title: "Calder Shipyards wins Osterland order for six ferries",
		Text:     "Calder Shipyards won an order for six ferries from Osterland's state ferry operator, days after President Viktor Anselm's re-election.",
		Entities: []string{"organization:calder-shipyards", "place:osterland", "person:viktor-anselm"}, Language: "en",
		Published: t0.Add(72 * time.Hour)}
	followUp := Article{ID: "follow-up", Title: "Anselm's second term: Osterland president wins outright",
		Text:     "Viktor Anselm won Sunday's presidential election in Osterland outright, avoiding a run-off, the Grauburg commission said.",
		Entities: []string{"person:viktor-anselm", "place:osterland", "place:grauburg"}, Language: "en",
		Published: t0.Add(6 * time.Hour)}
	tests := []struct {
		name     string
		floor    float64
		next     Article
		wantSame bool
	}{
		{"without the floor a report days later joins", 0, order, true},
		{"with the floor it starts its own story", 0.5, order, false},
		{"a same-day follow-up still joins", 0.5, followUp, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.QuietFloor = tc.floor
			c := New(cfg)
			first, err := c.Add(election)
			if err != nil {
				t.Fatal(err)
			}
			p, err := c.Add(tc.next)
			if err != nil {
				t.Fatal(err)
			}
			if same := p.Story == first.Story; same != tc.wantSame {
				t.Fatalf("same story = %v (score %.3f), want %v", same, p.Score, tc.wantSame)
			}
		})
	}
}

// An article that covers two events resembles both stories; whether they
// merge is judged on the stories as they were before it joined, or its own
// words would vouch for the merge it brings about.
func TestBridgingArticleDoesNotVouchForAMerge(t *testing.T) {
	treaty := Article{ID: "treaty", Title: "Ardenia and Savara sign treaty on sharing Veyra River water",
		Text:     "Ardenia and Savara signed a 30-year treaty on sharing the waters of the Veyra River at a ceremony in Savara's capital.",
		Entities: []string{"place:ardenia", "place:savara", "place:veyra-river"}, Language: "en", Published: t0}
	vote := Article{ID: "vote", Title: "Marsk survives confidence vote by two votes as coalition partner abstains",
		Text:     "Prime Minister Helena Marsk survived a confidence vote in the Assembly by two votes after the Civic Union abstained.",
		Entities: []string{"person:helena-marsk", "organization:assembly", "organization:civic-union"}, Language: "en",
		Published: t0.Add(time.Hour)}
	both := Article{ID: "both", Title: "The Veyra treaty is signed; ratifying it will test Marsk's coalition after the confidence vote",
		Text: "Ardenia and Savara signed the Veyra River water treaty. Prime Minister Helena Marsk, who survived a confidence vote " +
			"by two votes, must now win the Assembly's ratification with the Civic Union wavering.",
		Entities: []string{"place:ardenia", "place:savara", "place:veyra-river", "person:helena-marsk", "organization:assembly", "organization:civic-union"},
		Language: "en", Published: t0.Add(2 * time.Hour)}
	c := New(DefaultConfig())
	pt, _ := c.Add(treaty)
	pv, _ := c.Add(vote)
	if pt.Story == pv.Story {
		t.Fatal("the treaty and the vote start as one story; the test needs two")
	}
	p, err := c.Add(both)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Merged) > 0 {
		t.Fatalf("the bridging article merged the treaty and the vote: %+v", p)
	}
	if p.New || (p.Story != pt.Story && p.Story != pv.Story) {
		t.Fatalf("the bridging article joined neither story: %+v", p)
	}
	// It covers the other story as well, and says so.
	other := pt.Story
	if p.Story == pt.Story {
		other = pv.Story
	}
	if len(p.Also) != 1 || p.Also[0] != (AlsoLink{Article: "both", Story: other}) {
		t.Fatalf("the bridging article also covers %v, want [%d] (%+v)", p.Also, other, p)
	}
}

// Mention counts only weigh entities for related stories: placement (and
// so the index it looks candidates up in) must not change with them, even
// when centroids are pruned hard and posting lists are short.
func TestPlacementIgnoresEntityMentions(t *testing.T) {
	cfg := DefaultConfig()
	cfg.CentroidTerms, cfg.MaxPosting, cfg.MaxCandidates = 2, 3, 3
	words := make([]string, 60)
	for i := range words {
		words[i] = fmt.Sprintf("w%cx%c", 'a'+i%26, 'a'+i/26)
	}
	place := func(mentions bool) string {
		c := New(cfg)
		r := rand.New(rand.NewPCG(1, 2))
		var out strings.Builder
		for i := range 600 {
			topic := r.IntN(15)
			var title, body []string
			for range 5 {
				title = append(title, words[(topic*3+r.IntN(6))%len(words)])
			}
			for range 30 {
				body = append(body, words[(topic*3+r.IntN(12))%len(words)])
			}
			a := Article{ID: fmt.Sprint(i), Title: strings.Join(title, " "), Text: strings.Join(body, " "),
				Source: fmt.Sprint(r.IntN(5)), Language: "en", Published: t0.Add(time.Duration(i) * 10 * time.Minute)}
			for range 8 {
				a.Entities = append(a.Entities, fmt.Sprintf("place:p%d", (topic*2+r.IntN(10))%40))
				n := 1 + r.IntN(12)
				if mentions {
					a.EntityMentions = append(a.EntityMentions, n)
				}
			}
			p, err := c.Add(a)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%s %d %v %v\n", a.ID, p.Story, p.Merged, p.Moved)
			if i%50 == 49 {
				fmt.Fprintf(&out, "settle %v\n", c.Settle())
			}
		}
		return out.String()
	}
	with, without := strings.Split(place(true), "\n"), strings.Split(place(false), "\n")
	for i := range with {
		if with[i] != without[i] {
			t.Fatalf("placement changes with entity mention counts from line %d: %q, without counts %q", i, with[i], without[i])
		}
	}
}
