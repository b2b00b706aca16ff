package web

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"herald/internal/model"
)

func TestSlugify(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Port Calder's Harbour Bridge shut", "port-calders-harbour-bridge-shut"},
		{"  Crédit à l’Assemblée : 12 votes!  ", "credit-a-lassemblee-12-votes"},
		{"إغلاق جسر الميناء", "إغلاق-جسر-الميناء"},
		{"<script>alert(1)</script>", "script-alert-1-script"},
		{"", ""},
		{"!!!", ""},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
	} {
		if got := slugify(tc.in); got != tc.want {
			t.Errorf("slugify(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMarksEscapesAndHighlights(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the \x02bridge\x03 shut", "the <mark>bridge</mark> shut"},
		{"<b>\x02x\x03</b> & y", "&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; y"},
		{"\x03stray close \x02open only", "stray close <mark>open only</mark>"},
		{"\x02\x02twice\x03\x03", "<mark>twice</mark>"},
	} {
		if got := string(marks(tc.in)); got != tc.want {
			t.Errorf("marks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := unmark("a \x02b\x03 c"); got != "a b c" {
		t.Errorf("unmark: %q", got)
	}
}

func TestPlainTextAndParagraphs(t *testing.T) {
	in := `<p>First <b>bold</b> para.</p><script>alert(1)</script><style>p{}</style><div>Second&nbsp;one</div>text<br>after`
	if got := plainText(in, 1000); strings.Contains(got, "alert") || !strings.HasPrefix(got, "First bold para.") {
		t.Errorf("plainText = %q", got)
	}
	if got := plainText("one two three four five six", 14); got != "one two three…" {
		t.Errorf("truncated = %q", got)
	}
	if got := textParagraphs("a\n\n\nb  c\r\n\r\nd"); strings.Join(got, "|") != "a|b c|d" {
		t.Errorf("textParagraphs = %q", got)
	}
}

func TestAgo(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	s := &Server{now: func() time.Time { return now }}
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "just now"}, {30 * time.Second, "just now"}, {time.Minute, "1 minute ago"}, {5 * time.Hour, "5 hours ago"},
		{36 * time.Hour, "1 day ago"}, {-20 * time.Minute, "in 20 minutes"}, {-3 * time.Hour, "in 3 hours"},
		{40 * 24 * time.Hour, "17 Oct 2026"},
	} {
		if got := s.ago(now.Add(-tc.d)); got != tc.want {
			t.Errorf("ago(-%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if s.ago(time.Time{}) != "" {
		t.Error("zero time should render empty")
	}
}

func TestLocalPathAndWordsOfPath(t *testing.T) {
	for in, want := range map[string]string{"/a?b=c": "/a?b=c", "//evil.example": "/", "https://x": "/", "": "/",
		"/\\evil": "/", "/ok\r\nSet-Cookie: x": "/", "javascript:alert(1)": "/",
		"/\t/evil.example": "/", "/\x00/evil": "/", "/\x7f": "/"} {
		if got := localPath(in); got != want {
			t.Errorf("localPath(%q) = %q, want %q", in, got, want)
		}
	}
	if got := wordsOfPath("/articles/12/harbour-bridge_shut.html"); got != "harbour bridge shut" {
		t.Errorf("wordsOfPath = %q", got)
	}
}

func TestAcceptsGzip(t *testing.T) {
	for in, want := range map[string]bool{"gzip": true, "br, gzip;q=0.8": true, "gzip;q=0": false, "deflate": false, "": false, "GZIP": true} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Encoding", in)
		if got := acceptsGzip(r); got != want {
			t.Errorf("acceptsGzip(%q) = %v", in, got)
		}
	}
}

func TestReadSearch(t *testing.T) {
	ok := []string{"q=bridge", "q=bridge&source=3&tag=port-calder&from=2026-11-01&to=2026-11-30", "q=%22exact+phrase%22"}
	for _, q := range ok {
		if _, err := readSearch(httptest.NewRequest("GET", "/search?"+q, nil)); err != nil {
			t.Errorf("%s: %v", q, err)
		}
	}
	p, _ := readSearch(httptest.NewRequest("GET", "/search?q=x&from=2026-11-01&to=2026-11-02", nil))
	if !p.until.Equal(time.Date(2026, 11, 2, 23, 59, 59, 999999999, time.UTC)) || p.query(5, 10).Offset != 10 {
		t.Errorf("whole 'to' day and offset: %+v", p)
	}
	for _, q := range []string{"q=x&source=0", "q=x&source=1.5", "q=x&tag=a%20b", "q=x&from=2026-13-01", "q=x&to=nov",
		"q=x&from=2026-02-02&to=2026-02-01", "q=" + strings.Repeat("%C3%A9", 201), "q=%ff%fe"} {
		if _, err := readSearch(httptest.NewRequest("GET", "/search?"+q, nil)); err == nil || !strings.Contains(err.Error(), model.ErrInvalid.Error()) {
			t.Errorf("%s: want ErrInvalid, got %v", q, err)
		}
	}
}

func TestAltFromCaptions(t *testing.T) {
	body := `<figure><img src="https://x.example/a.jpg?w=1&amp;h=2" alt=""><figcaption>Cap</figcaption></figure><img src="https://x.example/b.jpg" alt="kept">`
	got := altFromCaptions(body, []model.Image{{URL: "https://x.example/a.jpg?w=1&h=2", Caption: `Mayor "Owen" speaks`},
		{URL: "https://x.example/b.jpg", Alt: "kept", Caption: "other"}})
	if !strings.Contains(got, `alt="Mayor &#34;Owen&#34; speaks"`) || !strings.Contains(got, `alt="kept"`) {
		t.Errorf("altFromCaptions = %s", got)
	}
}

func TestRateLimiterForgetsIdleClients(t *testing.T) {
	now := time.Unix(0, 0)
	l := newRateLimiter(1, 2, func() time.Time { return now })
	for i := range maxBuckets {
		l.allow(string(rune(i)) + "x")
	}
	now = now.Add(10 * time.Second) // every bucket has refilled
	l.allow("new")
	if len(l.buckets) > 2 {
		t.Fatalf("%d buckets kept after the sweep", len(l.buckets))
	}
	if ok, wait := l.allow("new"); !ok || wait != 0 {
		t.Fatal("second request within the burst refused")
	}
	if ok, wait := l.allow("new"); ok || wait != time.Second {
		t.Fatalf("third request: ok=%v wait=%v", ok, wait)
	}
}

func FuzzMarks(f *testing.F) {
	for _, s := range []string{"a \x02b\x03", "<\x02>\x03&", "\x03\x02", "é\x02\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(marks(s))
		if strings.Count(out, "<mark>") != strings.Count(out, "</mark>") {
			t.Fatalf("unbalanced marks in %q", out)
		}
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(rest, "<>") {
			t.Fatalf("unescaped markup in %q", out)
		}
	})
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x</script>y", "<<<>>>&amp;", "<a href='x'>t</a"} {
		f.Add(s, 50)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 1 || n > 1000 {
			return
		}
		out := plainText(s, n)
		if utf8.RuneCountInString(out) > n+1 {
			t.Fatalf("plainText(%q, %d) = %d runes", s, n, utf8.RuneCountInString(out))
		}
		if strings.Contains(strings.ToLower(s), "<script") && strings.Contains(out, "<script") {
			t.Fatalf("script tag survived: %q", out)
		}
	})
}

func TestDayHeading(t *testing.T) {
	now := time.Date(2026, 11, 26, 0, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{now.Add(-20 * time.Minute), "Today"},
		{now.Add(-40 * time.Minute), "Yesterday"}, // 23:50 the day before
		{time.Date(2026, 11, 23, 9, 0, 0, 0, time.FixedZone("CET", 3600)), "Monday 23 November"},
	} {
		if got := dayHeading(tc.t, now); got != tc.want {
			t.Errorf("dayHeading(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}
