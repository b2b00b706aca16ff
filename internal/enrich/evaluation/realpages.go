package evaluation

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"herald/internal/enrich"
)

// RealPage is one real article: its id in the Zyte benchmark, the
// headline its page gives and its body.
type RealPage struct {
	ID, Title, Body string
}

// Verdicts holds readers' judgments, good or bad, keyed by the tab-joined
// key fields (article id and hashtag; article id, entity name and type).
type Verdicts map[string]bool

// LoadVerdicts reads a tab-separated file whose lines hold keyFields key
// fields, then "good" or "bad", then optional notes. Lines starting with
// "#" are comments.
func LoadVerdicts(path string, keyFields int) (Verdicts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open verdicts: %w", err)
	}
	defer f.Close()
	v := Verdicts{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) <= keyFields || parts[keyFields] != "good" && parts[keyFields] != "bad" {
			return nil, fmt.Errorf("%s line %d: want %d key fields, then good or bad", path, n, keyFields)
		}
		v[strings.Join(parts[:keyFields], "\t")] = parts[keyFields] == "good"
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read verdicts: %w", err)
	}
	return v, nil
}

// Judged counts one output's verdicts.
type Judged struct {
	Good, Bad int
	Unjudged  []string // the keys no reader has judged yet
}

// Share returns the part judged good of those judged.
func (j Judged) Share() float64 {
	return float64(j.Good) / float64(max(1, j.Good+j.Bad))
}

func (j *Judged) add(v Verdicts, key string) {
	good, ok := v[key]
	switch {
	case !ok:
		j.Unjudged = append(j.Unjudged, key)
	case good:
		j.Good++
	default:
		j.Bad++
	}
}

// RealPagesResult is how the hashtags of all pages, and the first
// entities of the English ones, fare against the readers' verdicts.
type RealPagesResult struct {
	Pages    int
	Tags     Judged
	Entities Judged
}

// RealPageEntities is how many entities of each English page are judged:
// the ones a reader sees first.
const RealPageEntities = 12

// EvaluateRealPages enriches each page as the pipeline does (headline and
// body, eight hashtags) and looks up every hashtag, and the first
// RealPageEntities entities of English pages, in the verdicts.
func EvaluateRealPages(ctx context.Context, pages []RealPage, tags, entities Verdicts) (RealPagesResult, error) {
	r := RealPagesResult{Pages: len(pages)}
	for _, p := range pages {
		res, err := enrich.Enrich(ctx, enrich.Document{Title: p.Title, Text: p.Body}, enrich.Options{Hashtags: 8})
		if err != nil {
			return r, fmt.Errorf("enrich %s: %w", p.ID, err)
		}
		for _, t := range res.Hashtags {
			r.Tags.add(tags, p.ID+"\t"+t)
		}
		if res.Language != "en" {
			continue
		}
		for i, e := range res.Entities {
			if i == RealPageEntities {
				break
			}
			r.Entities.add(entities, p.ID+"\t"+e.Name+"\t"+string(e.Type))
		}
	}
	return r, nil
}
