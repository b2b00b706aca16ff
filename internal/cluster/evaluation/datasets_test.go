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
