package evaluation

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"herald/internal/cluster"
)

// TestWriteLabels writes "gold<TAB>predicted" lines for the UCI and News-T
// runs into $HERALD_EVAL_LABELS, so that the Priberam scorer itself
// (eval_lib.ScoreSet, Python) can score the same clustering and confirm the
// Go scorer's numbers. Gated by that variable.
func TestWriteLabels(t *testing.T) {
	dir := os.Getenv("HERALD_EVAL_LABELS")
	if dir == "" {
		t.Skip("set HERALD_EVAL_LABELS=DIR (and HERALD_EVAL=1) to write labels for the Python scorer")
	}
	sets := []struct {
		name, rel string
		load      func(string) ([]Doc, error)
	}{
		{"uci", "clustering/uci-news-aggregator/headlines.csv", LoadUCI},
		{"newst", "clustering/googlenews-mstream/News-T.jsonl", LoadMStream},
	}
	for _, set := range sets {
		docs := dataset(t, set.rel, set.load)
		c := cluster.New(cluster.DefaultConfig())
		as := cluster.NewAssignments()
		for _, d := range docs {
			p, err := c.Add(d.Article)
			if err != nil {
				t.Fatal(err)
			}
			as.Record(d.Article.ID, p)
		}
		var b strings.Builder
		gold := make([]string, len(docs))
		pred := make([]cluster.StoryID, len(docs))
		for i, d := range docs {
			gold[i], pred[i] = d.Gold, as.Story(d.Article.ID)
			fmt.Fprintf(&b, "%s\t%d\n", gold[i], pred[i])
		}
		path := filepath.Join(dir, set.name+".tsv")
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Score(gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%s (Go): p %.5f r %.5f f1 %.5f ari %.5f nmi %.5f ami %.5f hom %.5f comp %.5f v %.5f pur %.5f -> %s\n",
			set.name, s.Precision, s.Recall, s.F1, s.ARI, s.NMI, s.AMI, s.Homogeneity, s.Completeness, s.VMeasure, s.Purity, path)
	}
}
