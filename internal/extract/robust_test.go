package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "<", "<html", "\x00\xff\xfe", "<figure><figcaption>Photo: ", "<img srcset=', , ,'>",
		`<script type="application/ld+json">{"@graph":[[[[{"@type":"NewsArticle","author":[[[]]]}]]]]}</script>`,
		"<table><tr><td><table><tr><td>" + strings.Repeat("<p>x, y. ", 50),
		"<meta charset=utf-16><p>" + strings.Repeat("text ", 100),
		strings.Repeat("<div>", 3000) + "deep",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Extract(page, "https://example.com/x/", Options{})
		if err != nil && !errors.Is(err, ErrNotArticle) {
			// a page the parser refuses is fine as long as it is an error
			if a != nil {
				t.Fatalf("Article alongside error %v", err)
			}
			return
		}
		if a == nil {
			t.Fatal("nil Article")
		}
		if err == nil && a.Text == "" {
			t.Fatal("article without text")
		}
		if strings.Contains(strings.ToLower(a.HTML), "<script") {
			t.Fatalf("script in HTML: %q", a.HTML)
		}
	})
}

// hugePage builds a page of about size bytes: an article of many paragraphs
// inside a template with navigation, scripts and a long comment section.
func hugePage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Huge</title><script>`)
	b.WriteString(strings.Repeat("var a=1;", 1<<16))
	b.WriteString(`</script></head><body><nav>`)
	for i := range 500 {
		fmt.Fprintf(&b, `<a href="/s/%d">Section %d</a>`, i, i)
	}
	b.WriteString(`</nav><article><div class="article-body">`)
	for i := 0; b.Len() < size*3/4; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of a very long report, with commas, clauses and <a href=\"/l/%d\">a link</a>, written to make the page heavy.</p>\n", i, i)
		if i%50 == 0 {
			fmt.Fprintf(&b, `<figure><img data-src="/img/%d.jpg" src="/placeholder.gif"><figcaption>Picture %d. Photo: A. Person/Agency</figcaption></figure>`, i, i)
		}
	}
	b.WriteString(`</div></article><section class="comments">`)
	for b.Len() < size-100 {
		b.WriteString(`<div class="comment"><p>I disagree with this, strongly.</p></div>`)
	}
	b.WriteString(`</section></body></html>`)
	return b.Bytes()
}

// TestHugePage checks that a 20 MB page, the default size limit, is extracted
// in bounded time and memory, and that one byte more is refused.
func TestHugePage(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB page skipped in -short mode")
	}
	page := hugePage(DefaultMaxBytes - 1024)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	a, err := Extract(page, "https://example.com/huge", Options{})
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(a.Text, "Paragraph 0 of a very long report") || strings.Contains(a.Text, "I disagree") {
		t.Errorf("wrong body chosen: %.200q", a.Text)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d MB page: %v, %d MB allocated, %d images", len(page)>>20, elapsed, alloc>>20, len(a.Images))
	// Generous bounds for a shared 2-core machine; a quadratic step or a
	// runaway copy would blow through them.
	if elapsed > 30*time.Second {
		t.Errorf("took %v", elapsed)
	}
	if alloc > 60*uint64(len(page)) {
		t.Errorf("allocated %d MB for a %d MB page", alloc>>20, len(page)>>20)
	}
	if _, err := Extract(make([]byte, DefaultMaxBytes+1), "", Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("page over the limit: error %v, want ErrTooLarge", err)
	}
}

// TestDeepNesting checks that hostile nesting is cut rather than recursed into.
func TestDeepNesting(t *testing.T) {
	page := strings.Repeat("<div><span>", 20000) + "<p>" + strings.Repeat("Deep words, many of them. ", 20) + "</p>"
	start := time.Now()
	a, err := Extract([]byte(page), "", Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(a.Text, "Deep words, many of them.") {
		t.Errorf("text of the deep paragraph lost: %q", a.Text)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestLeadImageOnlyWebLinks: the lead image is republished as the API's
// lead_image, where no template filters it; a page's og:image of
// javascript: or data: must not become one.
func TestLeadImageOnlyWebLinks(t *testing.T) {
	body := "<article>" + strings.Repeat("<p>Engineers closed the bridge on Tuesday after finding cracks in a pier, the city said.</p>", 5) + "</article>"
	for _, img := range []string{"javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", " JavaScript:alert(1)"} {
		page := `<html><head><meta property="og:image" content="` + img + `"></head><body>` + body + `</body></html>`
		a, err := Extract([]byte(page), "https://example.com/x/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.LeadImage != "" {
			t.Errorf("og:image %q: LeadImage = %q, want none", img, a.LeadImage)
		}
	}
	page := `<html><head><meta property="og:image" content="/img/a.jpg"></head><body>` + body + `</body></html>`
	if a, _ := Extract([]byte(page), "https://example.com/x/", Options{}); a == nil || a.LeadImage != "https://example.com/img/a.jpg" {
		t.Errorf("relative og:image: %+v", a)
	}
}
