package evaluation

import (
	"testing"

	"herald/internal/cluster"
)

// warmClusterer places n synthetic articles, so benchmarks run against a
// steady-state index rather than an empty one.
func warmClusterer(b *testing.B, n int) (*cluster.Clusterer, *syntheticStream, cluster.StoryID) {
	return warmClustererWith(b, cluster.DefaultConfig(), n)
}

func warmClustererWith(b *testing.B, cfg cluster.Config, n int) (*cluster.Clusterer, *syntheticStream, cluster.StoryID) {
	b.Helper()
	g := newSyntheticStream(7)
	c := cluster.New(cfg)
	var last cluster.StoryID
	for range n {
		a, _ := g.next()
		p, err := c.Add(a)
		if err != nil {
			b.Fatal(err)
		}
		last = p.Story
	}
	return c, g, last
}

// BenchmarkAdd is the cost of placing one article in a warm index, with
// the default configuration and, as the baselines, with re-homing off
// (Config.RehomeRatio) and with settling off (Config.SettleEvery, which
// re-homes on the same schedule).
func BenchmarkAdd(b *testing.B) {
	noRehoming := cluster.DefaultConfig()
	noRehoming.RehomeRatio = 0
	noSettling := cluster.DefaultConfig()
	noSettling.SettleEvery = 0
	for _, bc := range []struct {
		name string
		cfg  cluster.Config
	}{{"default", cluster.DefaultConfig()}, {"rehoming-off", noRehoming}, {"settling-off", noSettling}} {
		b.Run(bc.name, func(b *testing.B) {
			c, g, _ := warmClustererWith(b, bc.cfg, 30_000)
			b.ResetTimer()
			for b.Loop() {
				a, _ := g.next()
				if _, err := c.Add(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRelated is the cost of the related-stories query for a recent
// story in a warm index.
func BenchmarkRelated(b *testing.B) {
	c, _, id := warmClusterer(b, 30_000)
	b.ResetTimer()
	for b.Loop() {
		c.Related(id, 5)
	}
}

// BenchmarkStory is the cost of a story snapshot (headline choice included).
func BenchmarkStory(b *testing.B) {
	c, _, id := warmClusterer(b, 30_000)
	b.ResetTimer()
	for b.Loop() {
		if _, ok := c.Story(id); !ok {
			b.Fatal("story gone")
		}
	}
}
