package evaluation

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"herald/internal/text"
)

// KPCrowdDoc is one story of 500N-KPCrowd with its gold keyphrases.
type KPCrowdDoc struct {
	ID    string
	Title string // the first line of the file
	Text  string // the rest
	Keys  []string
}

// LoadKPCrowd reads dir/docsutf8/<id>.txt and dir/keys/<id>.key, sorted by id.
func LoadKPCrowd(dir string) ([]KPCrowdDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "docsutf8", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list kpcrowd docs: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no documents in %s: %w", dir, os.ErrNotExist)
	}
	sort.Strings(paths)
	docs := make([]KPCrowdDoc, 0, len(paths))
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		body, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read kpcrowd doc: %w", err)
		}
		keyData, err := os.ReadFile(filepath.Join(dir, "keys", id+".key"))
		if err != nil {
			return nil, fmt.Errorf("read kpcrowd keys: %w", err)
		}
		title, rest, _ := strings.Cut(strings.TrimLeft(string(body), "\ufeff \r\n"), "\n")
		d := KPCrowdDoc{ID: id, Title: strings.TrimSpace(title), Text: strings.TrimSpace(rest)}
		sc := bufio.NewScanner(bytes.NewReader(keyData))
		for sc.Scan() {
			if k := strings.TrimSpace(sc.Text()); k != "" {
				d.Keys = append(d.Keys, k)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// MatchKey is the matching rule of the KPCrowd scorer, applied to gold and
// predicted phrases alike: lower-case; delete every character that is not a
// letter, digit or space (the gold files already spell "ex-CIA" as "exCIA"
// and "Deadline.com" as "Deadlinecom", so predictions must lose the same
// characters); split on spaces; stem each word with the Snowball English
// (Porter2) stemmer; join with one space. Two phrases match when their
// keys are equal (exact match, no partial credit).
func MatchKey(phrase string) string {
	cleaned := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		case unicode.IsSpace(r):
			return ' '
		}
		return -1
	}, phrase)
	words := strings.Fields(cleaned)
	for i, w := range words {
		words[i] = text.Stem("en", w)
	}
	return strings.Join(words, " ")
}

// PRF holds precision, recall and F1.
type PRF struct{ P, R, F float64 }

// F1AtK scores the first k predictions (after removing those whose key
// repeats an earlier one) against the gold set (duplicates removed).
// Precision divides by k' = min(k, number of predictions), so a system
// that returns fewer phrases is not padded with misses; recall divides by
// the number of distinct gold keys.
func F1AtK(pred, gold []string, k int) PRF {
	goldSet := make(map[string]bool, len(gold))
	for _, g := range gold {
		if key := MatchKey(g); key != "" {
			goldSet[key] = true
		}
	}
	seen := make(map[string]bool, k)
	hits, n := 0, 0
	for _, p := range pred {
		if n == k {
			break
		}
		key := MatchKey(p)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		n++
		if goldSet[key] {
			hits++
		}
	}
	var r PRF
	if n > 0 {
		r.P = float64(hits) / float64(n)
	}
	if len(goldSet) > 0 {
		r.R = float64(hits) / float64(len(goldSet))
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}
