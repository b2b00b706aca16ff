package cluster

import "testing"

// chainOrder is an arrival order in which the French report on the sodium
// battery (index 3) joins three reports on Belrive's language law and the
// English battery reports (4, 5) follow it.
var chainOrder = []string{
	"civic-ledger/belrive-bill-12-constitutional-test",
	"meridian-times/belrive-language-bill-business-concern",
	"petit-observateur/projet-de-loi-12-langue-commune-debat",
	"petit-observateur/batterie-sodium-chercheuse-saint-aubert",
	"meridian-times/sodium-battery-breakthrough-solvik-brinestone",
	"techsignal/velmont-university-sodium-battery-5000-cycles",
}

// demoByID is enrichedDemo by article id.
func demoByID(t *testing.T) map[string]demoInput {
	t.Helper()
	by := map[string]demoInput{}
	for _, a := range enrichedDemo(t) {
		by[a.ID] = a
	}
	return by
}

// A French report on a battery joins the story of a language law (the
// only French coverage so far, the same province), and the battery's
// English reports follow it there, since it names their researcher. When
// the stream pauses, the three battery reports leave together for a new
// story and the law keeps its id and its three reports.
func TestSettleSplitsAStoryThatDrewInAnotherEvent(t *testing.T) {
	order, by := chainOrder, demoByID(t)
	c := New(DefaultConfig())
	for _, id := range order {
		if _, err := c.Add(by[id].Article); err != nil {
			t.Fatal(err)
		}
	}
	law := c.articles[order[0]]
	for _, id := range order[1:] {
		if c.articles[id] != law {
			t.Fatalf("before the pause %s is in story %d; the test needs all six in story %d", id, c.articles[id], law)
		}
	}
	p := c.Settle()
	if len(p.Moved) != 3 {
		t.Fatalf("moved %+v, want the three battery reports", p.Moved)
	}
	battery := c.articles[order[3]]
	for i, id := range order {
		want := law
		if i >= 3 {
			want = battery
		}
		if got := c.articles[id]; got != want {
			t.Errorf("%s is in story %d, want %d", id, got, want)
		}
	}
	if battery == law {
		t.Errorf("the battery reports stayed in the law story %d", law)
	}
}

// Without a pause, placements do not split stories: judging every story
// with weak joiners costs too much per article (see splitWeak).
func TestAddDoesNotSplit(t *testing.T) {
	order, by := chainOrder, demoByID(t)
	cfg := DefaultConfig()
	cfg.SettleEvery = 1 // settle after every placement
	c := New(cfg)
	for _, id := range order {
		p, err := c.Add(by[id].Article)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Moved) > 0 {
			t.Errorf("placing %s moved %+v", id, p.Moved)
		}
	}
	for _, id := range order[1:] {
		if c.articles[id] != c.articles[order[0]] {
			t.Errorf("%s is in story %d, not with the law; the test needs all six together", id, c.articles[id])
		}
	}
}
