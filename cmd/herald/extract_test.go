package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const extractTestPage = `<html lang="en"><head><title>Ferry service resumes</title>
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2026-05-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article>
<p>The ferry between the two harbours resumed on Saturday after a month of repairs to the northern pier, the operator said.</p>
<figure><img src="/img/ferry.jpg"><figcaption>The first crossing. Photo: Ana Ruiz/Harbour News</figcaption></figure>
<p>Crossings will run every twenty minutes during the day and every hour at night until the summer timetable starts in June.</p>
<p>Follow us on Facebook</p></article></body></html>`

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "page.html")
	if err := os.WriteFile(plain, []byte(extractTestPage), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(extractTestPage))
	zw.Close()
	packed := filepath.Join(dir, "page.html.gz")
	if err := os.WriteFile(packed, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.html")
	if err := os.WriteFile(empty, []byte("<p>hi</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")

	var stdout, stderr bytes.Buffer
	err := runExtract(context.Background(), []string{"--url", "https://news.example/ferry", plain, packed, empty, missing}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("runExtract: %v (stderr %s)", err, stderr.String())
	}
	var out []map[string]any
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	if len(out) != 4 {
		t.Fatalf("got %d JSON lines, want 4", len(out))
	}
	for _, m := range out[:2] {
		if m["title"] != "Ferry service resumes" || m["site_name"] != "Harbour News" || m["language"] != "en" {
			t.Errorf("metadata wrong: %v", m)
		}
		if m["published_at"] != "2026-05-02T08:00:00Z" || m["url"] != "https://news.example/ferry" {
			t.Errorf("published_at/url wrong: %v %v", m["published_at"], m["url"])
		}
		text, _ := m["text"].(string)
		if !strings.Contains(text, "resumed on Saturday") || !strings.Contains(text, "\n\nCrossings will run") || strings.Contains(text, "Follow us") || strings.Contains(text, "first crossing") {
			t.Errorf("text wrong: %q", text)
		}
		imgs, _ := m["images"].([]any)
		if len(imgs) != 1 {
			t.Fatalf("images: %v", m["images"])
		}
		img := imgs[0].(map[string]any)
		if img["url"] != "https://news.example/img/ferry.jpg" || img["caption"] != "The first crossing." || img["credit"] != "Ana Ruiz/Harbour News" {
			t.Errorf("image wrong: %v", img)
		}
		if _, ok := m["error"]; ok {
			t.Errorf("unexpected error: %v", m["error"])
		}
	}
	if e, _ := out[2]["error"].(string); !strings.Contains(e, "too little") {
		t.Errorf("short page: error %q", e)
	}
	if e, _ := out[3]["error"].(string); !strings.Contains(e, "no such file") || out[3]["file"] != missing {
		t.Errorf("missing file: %v", out[3])
	}

	// Nothing readable at all is a failure of the command.
	stdout.Reset()
	if err := runExtract(context.Background(), []string{missing}, &stdout, &stderr); err == nil {
		t.Error("no readable file: want an error")
	}
	if err := runExtract(context.Background(), nil, &stdout, &stderr); err == nil {
		t.Error("no file given: want an error")
	}
}
