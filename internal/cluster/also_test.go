package cluster

import (
	"math"
	"slices"
	"testing"
)

// The article on the budget's fund for the closed bridge belongs with both
// stories. Whether it arrives after the budget's first reports (it joins
// one story and also covers the other at once) or before them (it joins
// the bridge, and the budget story, once formed, finds it among recent
// articles), it ends up listed under the story it did not join; with
// AlsoRatio zero it does not.
func TestBridgingArticleListedUnderBothStories(t *testing.T) {
	const fund = "harbor-gazette/budget-harbour-bridge-first-in-line"
	const budgetFirst = "meridian-times/brandvold-2027-budget-deficit-tax-cut"
	const bridgeFirst = "northwind-wire/port-calder-harbour-bridge-closed-cracks"
	arts := enrichedDemo(t)
	published := slices.Clone(arts)
	early := slices.Clone(arts) // the fund article moved before the budget's first report
	i := slices.IndexFunc(early, func(a demoInput) bool { return a.ID == fund })
	f := early[i]
	early = slices.Delete(early, i, i+1)
	j := slices.IndexFunc(early, func(a demoInput) bool { return a.ID == budgetFirst })
	early = slices.Insert(early, j, f)

	for _, tc := range []struct {
		name  string
		order []demoInput
		ratio float64
		want  bool
	}{
		{"after the budget's first reports", published, DefaultConfig().AlsoRatio, true},
		{"before the budget's first reports", early, DefaultConfig().AlsoRatio, true},
		{"before, further coverage off", early, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.AlsoRatio = tc.ratio
			c := New(cfg)
			as := NewAssignments()
			var links []AlsoLink
			for _, a := range tc.order {
				p, err := c.Add(a.Article)
				if err != nil {
					t.Fatal(err)
				}
				as.Record(a.ID, p)
				links = append(links, p.Also...)
			}
			own, budget, bridge := as.Story(fund), as.Story(budgetFirst), as.Story(bridgeFirst)
			if budget == bridge || own != budget && own != bridge {
				t.Fatalf("fund article in story %d, budget %d, bridge %d", own, budget, bridge)
			}
			other := budget
			if own == budget {
				other = bridge
			}
			listed := slices.ContainsFunc(links, func(l AlsoLink) bool { return l.Article == fund && as.find(l.Story) == other })
			if listed != tc.want {
				t.Errorf("fund article (in story %d) listed under the other story %d = %v, want %v (links %v)", own, other, listed, tc.want, links)
			}
		})
	}
}

// A member scored against the rest of its story: with two members, that is
// its cosine with the other one. A term the centroid holds with less weight
// than the member (pruned, then added back by others) leaves nothing, not
// a negative weight.
func TestCosineWithoutAMember(t *testing.T) {
	v1 := []entry{{1, 0.6}, {2, 0.8}}
	v2 := []entry{{2, 0.6}, {3, 0.8}}
	c := newCentroid()
	c.add(v1)
	c.add(v2)
	if got, want := c.cosineWithout(v1), 0.8*0.6; math.Abs(got-want) > 1e-6 {
		t.Errorf("cos(v1, C-v1) = %.4f, want cos(v1, v2) = %.4f", got, want)
	}
	// Term 1 pruned and added back by v3 with a smaller weight: the rest
	// of the story is v2 and v3 less nothing for term 1.
	p := newCentroid()
	p.add([]entry{{1, 0.1}, {3, 0.9}}) // v3
	p.add(v2)
	p.add([]entry{{2, 0.8}}) // v1 without its pruned term 1
	rest := newCentroid()
	rest.add([]entry{{3, 0.9}}) // v3 without term 1
	rest.add(v2)
	want := rest.cosineSorted(v1)
	if got := p.cosineWithout(v1); math.Abs(got-want) > 1e-6 {
		t.Errorf("after pruning, cos(v1, C-v1) = %.4f, want %.4f", got, want)
	}
}

// Over many arrival orders, a link is reported once, and never to the
// story the article is in.
func TestFurtherCoverageLinksAreNewAndElsewhere(t *testing.T) {
	arts := enrichedDemo(t)
	links := 0
	for seed := range 10 {
		c := New(DefaultConfig())
		seen := make(map[AlsoLink]bool)
		for _, a := range shuffled(arts, uint64(seed)+100) {
			p, err := c.Add(a.Article)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range p.Also {
				links++
				if seen[l] {
					t.Errorf("order %d: link %+v reported twice", seed, l)
				}
				seen[l] = true
				if c.articles[l.Article] == l.Story {
					t.Errorf("order %d: %s listed under its own story %d", seed, l.Article, l.Story)
				}
			}
		}
	}
	if links == 0 {
		t.Fatal("no further coverage in 10 orders; the test needs some")
	}
}
