package cluster

import (
	"testing"
	"time"
)

// The story's headline is its first report's, which names the event, not
// a later feature's that shares more names with the coverage; a shouted
// tabloid headline gives way to the next report's.
func TestHeadlineIsTheFirstPlainReport(t *testing.T) {
	tests := []struct {
		name   string
		titles []string // in publication order, an hour apart
		want   string
	}{
		{"first report over a later feature that shares more",
			[]string{
				"Harbour Bridge in Port Calder shut after cracks found in pier",
				"Cracks close Port Calder's Harbour Bridge",
				"Port Calder's Harbour Bridge: the cracks, the pier and the Port Calder ferries",
			}, "Harbour Bridge in Port Calder shut after cracks found in pier"},
		{"a first report that shares too little gives way to the next, not to the closest",
			[]string{
				"Harbour Bridge shut after engineers find cracks in pier",
				"Cracks close Port Calder's Harbour Bridge",
				"Port Calder's Harbour Bridge: the cracks, the pier and the Port Calder ferries",
			}, "Cracks close Port Calder's Harbour Bridge"},
		{"a shouted first report gives way",
			[]string{
				"COMMUTER CHAOS: Cracks shut Port Calder's Harbour Bridge",
				"Harbour Bridge shut after cracks found in pier",
			}, "Harbour Bridge shut after cracks found in pier"},
		{"a teasing first report gives way",
			[]string{
				"Harbour Bridge shut after cracks found in pier. Here's what we know",
				"Harbour Bridge shut after cracks found in pier as Port Calder ferries fill",
			}, "Harbour Bridge shut after cracks found in pier as Port Calder ferries fill"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(DefaultConfig())
			var story StoryID
			for i, title := range tc.titles {
				p, err := c.Add(art(string(rune('a'+i)), title, bridgeText, "p"+string(rune('a'+i)), time.Duration(i)*time.Hour))
				if err != nil {
					t.Fatal(err)
				}
				if i > 0 && p.Story != story {
					t.Fatalf("%q started story %d apart from %d", title, p.Story, story)
				}
				story = p.Story
			}
			s, _ := c.Story(story)
			if s.Headline != tc.want {
				t.Errorf("headline %q, want %q", s.Headline, tc.want)
			}
		})
	}
}

func TestShouted(t *testing.T) {
	for title, want := range map[string]bool{
		"COMMUTER CHAOS: Cracks shut Port Calder's Harbour Bridge": true,
		"MARINERS MAGIC! Almqvist's late header sinks Velmont":     true,
		"BUDGET 2027: Tax cut, pricier cigarettes":                 true,
		"NATO: allies agree to raise spending":                     false,
		"Langue commune : le projet de loi 12 franchit":            false,
		"Harbour Bridge shut after cracks found in pier":           false,
		"Explainer: why the northern lights lit up the sky":        false,
	} {
		if got := shouted(title); got != want {
			t.Errorf("shouted(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestTeases(t *testing.T) {
	for title, want := range map[string]bool{
		"Velmont University's sodium battery survives 5,000 cycles. Here's the catch": true,
		"Nine crowns for a mug of mulled wine? Velmont's Christmas market":            false,
		"Is the bridge safe?":                                    true,
		"Budget 2027: what you need to know":                     true,
		"Harbour Bridge shut after cracks found in pier":         false,
		"Here and there: the Belrive coast after the storm hits": false,
	} {
		if got := teases(title); got != want {
			t.Errorf("teases(%q) = %v, want %v", title, got, want)
		}
	}
}
