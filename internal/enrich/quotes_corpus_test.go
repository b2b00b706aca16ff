package enrich

import (
	"os"
	"sort"
	"strings"
	"testing"

	"herald/internal/demo"
)

// demoDocuments turns the English demo articles into Documents, quotes
// blocks included as paragraphs.
func demoDocuments(t testing.TB) []Document {
	t.Helper()
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatalf("load demo corpus: %v", err)
	}
	var docs []Document
	for _, art := range c.Articles {
		if art.Lang != "en" {
			continue
		}
		var paras []string
		for _, b := range art.Body {
			switch {
			case b.P != "":
				paras = append(paras, b.P)
			case b.Quote != "":
				paras = append(paras, "“"+b.Quote+"”"+citeSuffix(b.Cite))
			}
		}
		docs = append(docs, Document{Title: art.Title, Text: strings.Join(paras, "\n\n"), Language: "en"})
	}
	return docs
}

func citeSuffix(cite string) string {
	if cite == "" {
		return ""
	}
	return " — " + cite // as extraction signs a blockquote's <cite>
}

// TestDemoCorpusSanity runs entities and quotes over the demo corpus: no
// panics, most quotes attributed, and the corpus's recurring people found.
func TestDemoCorpusSanity(t *testing.T) {
	docs := demoDocuments(t)
	quotes, attributed, entities := 0, 0, 0
	people := map[string]int{}
	for _, d := range docs {
		a := analyze(d)
		quotes += len(a.quotes)
		for _, q := range a.quotes {
			if q.Speaker != "" {
				attributed++
			}
		}
		for _, e := range a.entityList() {
			entities++
			people[string(e.Type)+":"+e.Name]++
		}
	}
	type kv struct {
		k string
		n int
	}
	var top []kv
	for k, n := range people {
		top = append(top, kv{k, n})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
	if len(top) > 15 {
		top = top[:15]
	}
	share := float64(attributed) / float64(max(quotes, 1))
	t.Logf("%d English demo articles: %d quotes, %.0f%% with a speaker; %d entities; top (articles naming them): %v",
		len(docs), quotes, 100*share, entities, top)
	if quotes == 0 || share < 0.7 {
		t.Errorf("only %d of %d quotes attributed", attributed, quotes)
	}
}

func TestDemoCorpusDump(t *testing.T) {
	if testing.Short() || !testing.Verbose() || os.Getenv("ENRICH_DUMP") == "" {
		t.Skip("set ENRICH_DUMP=1 and -v to dump")
	}
	for _, d := range demoDocuments(t) {
		a := analyze(d)
		var es []string
		for _, e := range a.entityList() {
			es = append(es, string(e.Type[:3])+":"+e.Name)
		}
		t.Logf("%s\n  %s", d.Title, strings.Join(es, " | "))
		for _, q := range a.quotes {
			t.Logf("  Q[%s] %.60s", q.Speaker, q.Text)
		}
	}
}
