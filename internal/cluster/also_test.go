package cluster

import (
	"slices"
	"testing"
)

// The article on the budget's fund for the closed bridge belongs with both
// stories. Whether it arrives after the budget's first reports (it joins
// the bridge and also covers the budget at once) or before them (the
// budget story, once formed, finds it among recent articles), it ends up
// listed under the budget story; with AlsoRatio zero it does not.
func TestBridgingArticleListedUnderBothStories(t *testing.T) {
	const fund = "harbor-gazette/budget-harbour-bridge-first-in-line"
	const budgetFirst = "meridian-times/brandvold-2027-budget-deficit-tax-cut"
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
			budget := as.Story(budgetFirst)
			if as.Story(fund) == budget {
				t.Fatal("the fund article joined the budget story itself; the test needs it with the bridge")
			}
			listed := slices.ContainsFunc(links, func(l AlsoLink) bool { return l.Article == fund && as.find(l.Story) == budget })
			if listed != tc.want {
				t.Errorf("fund article listed under the budget story = %v, want %v (links %v)", listed, tc.want, links)
			}
		})
	}
}
