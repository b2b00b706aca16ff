package enrich

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// labelled is a hand-labelled article fixture.
type labelled struct {
	Article  string `json:"article"`
	Entities []struct {
		Name string     `json:"name"`
		Type EntityType `json:"type"`
	} `json:"entities"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
}

func loadLabelled(t *testing.T, name string) (labelled, Document) {
	t.Helper()
	var l labelled
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	body, err := os.ReadFile(filepath.Join("testdata", l.Article))
	if err != nil {
		t.Fatal(err)
	}
	return l, Document{Text: string(body), Language: "en"}
}

// normQuote compares quotations by their words only.
func normQuote(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.ReplaceAll(s, "’", "'")) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '\'' {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func precisionRecall(tp, got, want int) (float64, float64) {
	p, r := 1.0, 1.0
	if got > 0 {
		p = float64(tp) / float64(got)
	}
	if want > 0 {
		r = float64(tp) / float64(want)
	}
	return p, r
}

// TestLabelledPrecisionRecall measures quotes (text and speaker must both
// match) and entities (canonical name and type) against hand labels.
func TestLabelledPrecisionRecall(t *testing.T) {
	for _, name := range []string{"enrich_ferry_expected.json", "enrich_lab_expected.json", "enrich_desal_expected.json"} {
		t.Run(name, func(t *testing.T) {
			l, doc := loadLabelled(t, name)
			a := analyze(doc)

			wantQ := map[string]string{}
			for _, q := range l.Quotes {
				wantQ[normQuote(q.Text)] = strings.ToLower(q.Speaker)
			}
			tp := 0
			for _, q := range a.quotes {
				sp, ok := wantQ[normQuote(q.Text)]
				if ok && sp == strings.ToLower(q.Speaker) {
					tp++
				} else {
					// Every fixture scores 1.000: a miss is a regression the
					// 0.9 target below would hide (one went unseen in session 21).
					t.Errorf("quote miss: %q by %q (want speaker %q, labelled %v)", q.Text, q.Speaker, sp, ok)
				}
			}
			qp, qr := precisionRecall(tp, len(a.quotes), len(l.Quotes))

			wantE := map[string]bool{}
			for _, e := range l.Entities {
				wantE[EntityKey(e.Type, e.Name)] = true
			}
			ents := a.entityList()
			tp = 0
			got := map[string]bool{}
			for _, e := range ents {
				got[e.Key] = true
				if wantE[e.Key] {
					tp++
				} else {
					t.Errorf("entity not labelled: %s %q %v", e.Type, e.Name, e.Aliases)
				}
			}
			for k := range wantE {
				if !got[k] {
					t.Errorf("entity missed: %s", k)
				}
			}
			ep, er := precisionRecall(tp, len(ents), len(l.Entities))
			t.Logf("%s: quotes P=%.3f R=%.3f (%d found, %d labelled); entities P=%.3f R=%.3f (%d found, %d labelled)",
				l.Article, qp, qr, len(a.quotes), len(l.Quotes), ep, er, len(ents), len(l.Entities))
			for _, v := range []struct {
				what string
				val  float64
			}{{"quote precision", qp}, {"quote recall", qr}, {"entity precision", ep}, {"entity recall", er}} {
				if v.val < 0.9 {
					t.Errorf("%s %.3f < 0.9", v.what, v.val)
				}
			}
		})
	}
}
