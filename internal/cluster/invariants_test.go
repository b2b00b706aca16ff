package cluster

import "testing"

// checkInvariants checks that the clusterer's state agrees with itself.
func checkInvariants(t *testing.T, c *Clusterer, when string) bool {
	t.Helper()
	ok := true
	fail := func(f string, a ...any) { t.Errorf(when+": "+f, a...); ok = false }
	seen := map[string]StoryID{}
	for id, s := range c.stories {
		if s.dead || s.id != id {
			fail("story %d dead/id mismatch", id)
		}
		if s.count != len(s.members) {
			fail("story %d count %d members %d", id, s.count, len(s.members))
		}
		if s.count < 1 {
			fail("story %d empty", id)
		}
		langs := 0
		for _, n := range s.languages {
			langs += n
		}
		nl := 0
		for _, m := range s.members {
			if m.language != "" {
				nl++
			}
			if c.articles[m.id] != id {
				fail("member %s of %d placed in %d", m.id, id, c.articles[m.id])
			}
			seen[m.id] = id
		}
		if langs != nl {
			fail("story %d languages %v, %d members with a language", id, s.languages, nl)
		}
		for ch := range s.profile {
			var n2 float64
			for _, w := range s.profile[ch].w {
				n2 += float64(w) * float64(w)
			}
			if d := n2 - s.profile[ch].norm2; d > 1e-3 || d < -1e-3 {
				fail("story %d ch %d norm2 %.5f, weights say %.5f", id, ch, s.profile[ch].norm2, n2)
			}
		}
		for term := range s.indexed {
			if !s.profile.holds(term) {
				fail("story %d indexed under a term it does not hold", id)
			}
			found := false
			for _, x := range c.index.lists[term] {
				if x == s {
					found = true
				}
			}
			if !found {
				fail("story %d indexed set has a term whose list lacks it", id)
			}
		}
		if s.count >= 2 && s.formed == 0 {
			fail("story %d of %d not formed", id, s.count)
		}
	}
	for a, id := range c.articles {
		if seen[a] != id {
			fail("article %s placed in %d, not a member", a, id)
		}
	}
	return ok
}

// Through many arrival orders, with settling and re-homing far more eager
// than the defaults (every 4 placements, moves at 1.1 times the score),
// every story stays consistent after every move and settle: counts,
// members, placements, languages, centroid norms, the inverted index;
// and the assignments a caller records agree with the clusterer.
func TestStateStaysConsistentThroughMovesAndSettling(t *testing.T) {
	arts := enrichedDemo(t)
	totalMoves := 0
	for seed := uint64(1); seed <= 20; seed++ {
		cfg := DefaultConfig()
		cfg.SettleEvery = 4
		cfg.RehomeBelow = 0.5
		cfg.RehomeRatio = 1.1
		c := New(cfg)
		as := NewAssignments()
		for i, a := range shuffled(arts, seed) {
			p, err := c.Add(a.Article)
			if err != nil {
				t.Fatal(err)
			}
			as.Record(a.ID, p)
			totalMoves += len(p.Moved)
			if len(p.Moved) > 0 || i%7 == 0 {
				if !checkInvariants(t, c, "after add") {
					t.Fatalf("seed %d step %d moves %v", seed, i, p.Moved)
				}
			}
			if i%5 == 0 {
				q := c.Settle()
				as.Record("", q)
				totalMoves += len(q.Moved)
				if !checkInvariants(t, c, "after settle") {
					t.Fatalf("seed %d step %d", seed, i)
				}
			}
		}
		q := c.Settle()
		as.Record("", q)
		checkInvariants(t, c, "end")
		for _, a := range arts {
			if id, ok := c.StoryOf(a.ID); ok && id != as.Story(a.ID) {
				t.Errorf("seed %d: %s clusterer %d assignments %d", seed, a.ID, id, as.Story(a.ID))
			}
		}
	}
	if totalMoves == 0 {
		t.Error("no article moved: the test checks nothing about moves")
	}
}
