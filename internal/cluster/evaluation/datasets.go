package evaluation

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"herald/internal/cluster"
)

// Doc is one document of a benchmark stream with its gold story.
type Doc struct {
	Article cluster.Article
	Gold    string
}

// DataDir finds the shared data folder: $HERALD_SHARED_DATA, else
// ../shared/data relative to the repository root, given the package's
// directory depth below it.
func DataDir(fromRepoRoot string) string {
	if d := os.Getenv("HERALD_SHARED_DATA"); d != "" {
		return d
	}
	return filepath.Join(fromRepoRoot, "..", "shared", "data")
}

// LoadUCI reads the UCI News Aggregator subset (headlines.csv) and returns it
// in publication order, the order a live aggregator would have seen it.
func LoadUCI(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open uci headlines: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read uci header: %w", err)
	}
	col := make(map[string]int)
	for i, h := range header {
		col[h] = i
	}
	for _, need := range []string{"ID", "TITLE", "PUBLISHER", "STORY", "TIMESTAMP"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("uci headlines: no %s column", need)
		}
	}
	type row struct {
		doc Doc
		ms  int64
		id  int64
	}
	var rows []row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read uci row: %w", err)
		}
		ms, err := strconv.ParseInt(rec[col["TIMESTAMP"]], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("uci row %s: timestamp: %w", rec[col["ID"]], err)
		}
		id, _ := strconv.ParseInt(rec[col["ID"]], 10, 64)
		rows = append(rows, row{
			doc: Doc{Article: cluster.Article{
				ID:        rec[col["ID"]],
				Title:     rec[col["TITLE"]],
				Source:    rec[col["PUBLISHER"]],
				Published: time.UnixMilli(ms).UTC(),
			}, Gold: rec[col["STORY"]]},
			ms: ms, id: id,
		})
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		if c := cmp.Compare(a.ms, b.ms); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	docs := make([]Doc, len(rows))
	for i, r := range rows {
		docs[i] = r.doc
	}
	return docs, nil
}

// LoadMStream reads a GoogleNews set of the MStream paper (News.jsonl or
// News-T.jsonl) in file order. The texts are stemmed headlines and carry no
// dates, so the articles are undated.
func LoadMStream(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open mstream set: %w", err)
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			ID      string `json:"Id"`
			Cluster int    `json:"clusterNo"`
			Text    string `json:"textCleaned"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("mstream line %d: %w", line, err)
		}
		docs = append(docs, Doc{
			Article: cluster.Article{ID: rec.ID, Title: rec.Text},
			Gold:    strconv.Itoa(rec.Cluster),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read mstream set: %w", err)
	}
	return docs, nil
}

// Run clusters the stream in one pass, in order, with the pipeline's code,
// and scores the result. Gold labels are read only after the pass.
func Run(cfg cluster.Config, docs []Doc) (Scores, error) {
	return RunWithPauses(cfg, docs, 0)
}

// RunWithPauses is Run with the stream pausing (Settle) after every
// pause articles, as the pipeline settles whenever its queue runs dry;
// 0 pauses only at the end.
func RunWithPauses(cfg cluster.Config, docs []Doc, pause int) (Scores, error) {
	c := cluster.New(cfg)
	as := cluster.NewAssignments()
	for i, d := range docs {
		p, err := c.Add(d.Article)
		if err != nil {
			return Scores{}, fmt.Errorf("place %s: %w", d.Article.ID, err)
		}
		as.Record(d.Article.ID, p)
		if pause > 0 && (i+1)%pause == 0 {
			as.Record("", c.Settle())
		}
	}
	// The stream ends: the pipeline settles when its queue pauses.
	as.Record("", c.Settle())
	gold := make([]string, len(docs))
	pred := make([]cluster.StoryID, len(docs))
	for i, d := range docs {
		gold[i] = d.Gold
		pred[i] = as.Story(d.Article.ID)
	}
	return Score(gold, pred)
}
