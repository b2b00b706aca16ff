package enrich

import (
	"os"
	"strings"
	"testing"
)

func TestProbeDemo(t *testing.T) {
	docs, _ := demoDocumentsWithCredits(t)
	for _, d := range docs {
		if !strings.Contains(d.Title, os.Getenv("PROBE")) {
			continue
		}
		for i, p := range strings.Split(d.Text, "\n\n") {
			if strings.Contains(p, os.Getenv("PROBEP")) {
				t.Logf("P%d: %q", i, p)
			}
		}
		for _, e := range Entities(d) {
			t.Logf("%s/%s/%d %v ev=%d", e.Name, e.Type, e.Mentions, e.Aliases, e.Evidence)
		}
	}
}
