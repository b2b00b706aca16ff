package evaluation

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"herald/internal/cluster"
)

// dataset loads one benchmark set or skips: the data live outside the
// repository and a clean clone must pass without them.
func dataset(t testing.TB, rel string, load func(string) ([]Doc, error)) []Doc {
	t.Helper()
	if os.Getenv("HERALD_EVAL") == "" {
		t.Skip("data-set evaluation: set HERALD_EVAL=1 to run")
	}
	path := filepath.Join(DataDir(filepath.Join("..", "..", "..")), rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("data set absent (%v); set HERALD_SHARED_DATA", err)
	}
	docs, err := load(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func row(name string, s Scores) string {
	return fmt.Sprintf("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
		name, s.Docs, s.GoldClusters, s.PredClusters, s.Precision, s.Recall, s.F1, s.NMI, s.NMISqrt, s.ARI, s.AMI)
}

const tableHeader = "| data set | docs | gold stories | predicted | P | R | F1 | NMI | NMI (sqrt) | ARI | AMI |\n|---|---|---|---|---|---|---|---|---|---|---|"

// TestStoryClusteringBenchmarks runs the measured targets with
// DefaultConfig, one pass in the data's own order.
func TestStoryClusteringBenchmarks(t *testing.T) {
	uci := dataset(t, "clustering/uci-news-aggregator/headlines.csv", LoadUCI)
	newsT := dataset(t, "clustering/googlenews-mstream/News-T.jsonl", LoadMStream)
	news := dataset(t, "clustering/googlenews-mstream/News.jsonl", LoadMStream)
	cfg := cluster.DefaultConfig()
	sUCI, err := Run(cfg, uci)
	if err != nil {
		t.Fatal(err)
	}
	sNewsT, err := Run(cfg, newsT)
	if err != nil {
		t.Fatal(err)
	}
	sNews, err := Run(cfg, news)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(tableHeader)
	fmt.Println(row("UCI News Aggregator (by TIMESTAMP)", sUCI))
	fmt.Println(row("GoogleNews News-T (file order)", sNewsT))
	fmt.Println(row("GoogleNews News (file order, not a stream)", sNews))
	if sUCI.F1 < 0.90 || sUCI.NMI < 0.90 {
		t.Errorf("UCI: F1 %.3f NMI %.3f, target 0.90 each", sUCI.F1, sUCI.NMI)
	}
	if sNewsT.NMI < 0.90 {
		t.Errorf("News-T: NMI %.3f, target 0.90", sNewsT.NMI)
	}
}

// TestStoryClusteringWithPauses runs the data sets with the stream pausing
// after every article and every third (the pipeline settles whenever its
// queue runs dry), with splitting (Config.Split) on and off, and prints
// one table. Splitting must not cost UCI anything.
func TestStoryClusteringWithPauses(t *testing.T) {
	sets := []struct {
		name string
		docs []Doc
	}{
		{"UCI News Aggregator", dataset(t, "clustering/uci-news-aggregator/headlines.csv", LoadUCI)},
		{"GoogleNews News-T", dataset(t, "clustering/googlenews-mstream/News-T.jsonl", LoadMStream)},
		{"GoogleNews News", dataset(t, "clustering/googlenews-mstream/News.jsonl", LoadMStream)},
	}
	fmt.Println("| data set | pause after | F1, split off | F1, split on | NMI, split off | NMI, split on |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, set := range sets {
		for _, pause := range []int{1, 3} {
			var s [2]Scores
			for i, split := range []bool{false, true} {
				cfg := cluster.DefaultConfig()
				cfg.Split = split
				var err error
				if s[i], err = RunWithPauses(cfg, set.docs, pause); err != nil {
					t.Fatal(err)
				}
			}
			fmt.Printf("| %s | %d | %.3f | %.3f | %.3f | %.3f |\n", set.name, pause, s[0].F1, s[1].F1, s[0].NMI, s[1].NMI)
			if set.name == "UCI News Aggregator" && s[1].F1 < s[0].F1-0.001 {
				t.Errorf("UCI, pause after %d: splitting lowers F1 from %.3f to %.3f", pause, s[0].F1, s[1].F1)
			}
		}
	}
}
