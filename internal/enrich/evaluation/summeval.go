package evaluation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"herald/internal/enrich"
	"herald/internal/text"
)

// SummEvalDoc is one SummEval article.
type SummEvalDoc struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	References []string `json:"references"`
	Systems    map[string]struct {
		Summary string `json:"summary"`
	} `json:"systems"`
}

// LoadSummEval reads summeval.jsonl.
func LoadSummEval(path string) ([]SummEvalDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open summeval: %w", err)
	}
	defer f.Close()
	var docs []SummEvalDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d SummEvalDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("parse summeval line %d: %w", len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read summeval: %w", err)
	}
	return docs, nil
}

// ptbJoins undo PTB tokenisation where it is unambiguous: clitics and
// punctuation rejoin the previous word, opening brackets the next one.
var ptbJoins = strings.NewReplacer(
	" n't", "n't", " 's", "'s", " 're", "'re", " 've", "'ve", " 'll", "'ll", " 'd", "'d", " 'm", "'m",
	" .", ".", " ,", ",", " !", "!", " ?", "?", " ;", ";", " :", ":", " %", "%",
	"( ", "(", " )", ")", "$ ", "$", "`` ", "\"", " ''", "\"",
)

// Detokenize turns SummEval's PTB-tokenised text back into ordinary text,
// which is what Herald sees in production. Quotes stay detached: whether a
// lone ' opens or closes cannot be told from the token stream alone.
func Detokenize(s string) string { return ptbJoins.Replace(s) }

// SummaryRow is one system's mean ROUGE F1 (percent) over the articles:
// against the highlights, and averaged over all eleven references (the
// highlights and ten crowd-written summaries), which shows whether a gain
// on the highlights is more than their idiosyncrasies.
type SummaryRow struct {
	System                 string
	R1, R2, RLsum          float64
	AllR1, AllR2, AllRLsum float64
}

// EvaluateSummEval scores, against each article's original highlights
// (references[0]), three-sentence summaries from Herald, Lead-3 (the first
// three sentences, split by the same splitter) and the published Lead-3
// output (system M0), and returns mean ROUGE-1, ROUGE-2 and ROUGE-Lsum F1.
// Sentences are split with text.Sentences and joined by newlines for
// ROUGE-Lsum, as with rouge-score's newline convention.
func EvaluateSummEval(docs []SummEvalDoc, sentences int) []SummaryRow {
	rows := []SummaryRow{{System: "Herald"}, {System: "Lead-3"}, {System: "M0 (published Lead-3 output)"}}
	for _, d := range docs {
		if len(d.References) == 0 {
			continue
		}
		ref := text.Sentences(Detokenize(d.References[0])) // the highlights
		src := Detokenize(d.Source)
		all := text.Sentences(src)
		preds := [][]string{
			enrich.Summarize(enrich.Document{Text: src, Language: "en"}, sentences),
			all[:min(sentences, len(all))],
			text.Sentences(Detokenize(d.Systems["M0"].Summary)),
		}
		refs := make([][]string, len(d.References))
		for i, r := range d.References {
			refs[i] = text.Sentences(Detokenize(r))
		}
		for i, p := range preds {
			s := ScoreSummary(p, ref)
			rows[i].R1 += s.R1.F
			rows[i].R2 += s.R2.F
			rows[i].RLsum += s.RLsum.F
			for _, r := range refs {
				s := ScoreSummary(p, r)
				k := float64(len(refs))
				rows[i].AllR1 += s.R1.F / k
				rows[i].AllR2 += s.R2.F / k
				rows[i].AllRLsum += s.RLsum.F / k
			}
		}
	}
	for i := range rows {
		n := float64(len(docs))
		for _, v := range []*float64{&rows[i].R1, &rows[i].R2, &rows[i].RLsum, &rows[i].AllR1, &rows[i].AllR2, &rows[i].AllRLsum} {
			*v *= 100 / n
		}
	}
	return rows
}
