package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runEnrichJSON(t *testing.T, args ...string) map[string]json.RawMessage {
	t.Helper()
	var out, errb bytes.Buffer
	if err := runEnrich(context.Background(), args, &out, &errb); err != nil {
		t.Fatalf("runEnrich %v: %v\n%s", args, err, errb.String())
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	return m
}

func TestEnrichPlainTextFile(t *testing.T) {
	t.Setenv("HERALD_LLM_URL", "")
	m := runEnrichJSON(t, "--summary-sentences", "4", "../../internal/enrich/testdata/enrich_ferry_article.txt")
	for _, k := range []string{"language", "keyphrases", "hashtags", "entities", "quotes", "summary"} {
		if _, ok := m[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	var summary []string
	var lang string
	var ents []struct{ Name, Type string }
	var quotes []struct{ Text, Speaker string }
	_ = json.Unmarshal(m["summary"], &summary)
	_ = json.Unmarshal(m["language"], &lang)
	_ = json.Unmarshal(m["entities"], &ents)
	_ = json.Unmarshal(m["quotes"], &quotes)
	if len(summary) != 4 || lang != "en" {
		t.Errorf("summary has %d sentences (want 4), language %q", len(summary), lang)
	}
	found := false
	for _, e := range ents {
		found = found || e.Name == "Marta Quist" && e.Type == "person"
	}
	if !found {
		t.Errorf("Marta Quist not among entities: %v", ents)
	}
	if len(quotes) == 0 || quotes[0].Speaker != "Marta Quist" {
		t.Errorf("first quote: %+v", quotes)
	}
}

func TestEnrichHTMLFile(t *testing.T) {
	t.Setenv("HERALD_LLM_URL", "")
	page := `<!doctype html><html lang="en"><head><title>Ferry strike</title><script>var x = "Not Text";</script></head>
<body><article><h1>Ferry crews strike</h1>
<p>Union leader Marta Quist said crews had lost a fifth of their pay. “We have been patient for three years,” Quist told reporters in Velmont.</p>
<p>Transport Minister Jonas Falk urged both sides to return to talks on Friday, and Falk said the offer was fair to everyone involved.</p>
</article></body></html>`
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	m := runEnrichJSON(t, path)
	if strings.Contains(string(m["entities"]), "Not Text") || !strings.Contains(string(m["entities"]), "Jonas Falk") {
		t.Errorf("entities from HTML: %s", m["entities"])
	}
	if !strings.Contains(string(m["quotes"]), "Marta Quist") {
		t.Errorf("quotes from HTML: %s", m["quotes"])
	}
}

func TestEnrichBadInput(t *testing.T) {
	var out, errb bytes.Buffer
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, []byte("  \n\n "), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{}, {"/nonexistent/file"}, {empty}, {"--summary-sentences", "0", empty}} {
		if err := runEnrich(context.Background(), args, &out, &errb); err == nil {
			t.Errorf("runEnrich %v: want an error", args)
		}
	}
}
