package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/pages")

// goldenView is the stable JSON form of an Article for golden files.
type goldenView struct {
	Title       string   `json:"title"`
	Authors     []string `json:"authors,omitempty"`
	PublishedAt string   `json:"published_at,omitempty"`
	ModifiedAt  string   `json:"modified_at,omitempty"`
	Language    string   `json:"language,omitempty"`
	SiteName    string   `json:"site_name,omitempty"`
	Canonical   string   `json:"canonical_url,omitempty"`
	LeadImage   string   `json:"lead_image,omitempty"`
	Description string   `json:"description,omitempty"`
	Blocks      []Block  `json:"blocks"`
	HTML        string   `json:"html"`
	Text        string   `json:"text"`
}

func viewOf(a *Article) goldenView {
	v := goldenView{
		Title: a.Title, Authors: a.Authors, Language: a.Language, SiteName: a.SiteName,
		Canonical: a.CanonicalURL, LeadImage: a.LeadImage, Description: a.Description,
		Blocks: a.Blocks, HTML: a.HTML, Text: a.Text,
	}
	if !a.PublishedAt.IsZero() {
		v.PublishedAt = a.PublishedAt.Format(time.RFC3339)
	}
	if !a.ModifiedAt.IsZero() {
		v.ModifiedAt = a.ModifiedAt.Format(time.RFC3339)
	}
	return v
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		file      string
		url       string
		want      []string // in Text
		wantNot   []string // not in Text (case-insensitive)
		images    []Image  // URL, Caption, Credit compared
		published string
		modified  string
		authors   []string
		lang      string
	}{
		{
			file: "figure-credits.html", url: "https://herald.example/news/2026/03/14/harbour-bridge-repairs?utm=x",
			want: []string{"The harbour bridge will close", "bearings could not wait", "Diversions", "Extra ferries at peak times", "far worse."},
			wantNot: []string{"cookies", "share", "newsletter", "related", "bridge inspections", "follow us", "comments",
				"traffic jams", "all rights reserved", "by ada marsh", "40,000 vehicles", "lars berg"},
			images: []Image{
				{URL: "https://herald.example/img/bridge.jpg", Caption: "The bridge carries about 40,000 vehicles a day.", Credit: "Jane Holm/Test Agency"},
				{URL: "https://cdn.example.com/ferry.jpg", Caption: "Extra ferries will run every ten minutes at peak times.", Credit: "Lars Berg/Harbour Ferries"},
			},
			published: "2026-03-14T07:30:00Z", modified: "2026-03-14T11:15:00Z",
			authors: []string{"Ada Marsh", "Tom Reyes"}, lang: "en",
		},
		{
			file: "lazy-images.html", url: "https://nachrichten.example.de/hafen/neue-faehre",
			want:    []string{"neue Fähre in Dienst gestellt", "schwimmendes Museum", "alle zwanzig Minuten", "leisen Motoren"},
			wantNot: []string{"teilen", "meistgelesen", "stau auf der brücke", "lesen sie auch", "veröffentlicht am", "peter sand"},
			images: []Image{
				{URL: "https://nachrichten.example.de/media/faehre-gross.jpg", Caption: "Die neue Fähre am Kai.", Credit: "Peter Sand/Hafenamt"},
				{URL: "https://nachrichten.example.de/media/deck-1280.webp"},
				{URL: "https://img.example.de/kapitaen.jpg", Credit: "Hafenamt"},
			},
			authors: []string{"Greta Lind"}, lang: "de",
		},
		{
			file: "agency-lines.html", url: "https://news.example.org/world/2025/03/27/kabul-talks",
			want:    []string{"In talks last month", "brokered by Qatar", "has so far been refused."},
			wantNot: []string{"follow us", "short link", "related articles", "south african", "handout/", "paratroopers", "5 hours ago"},
			images: []Image{
				{URL: "https://news.example.org/world/2025/03/27/stills.jpg", Caption: "Officials hold a rare meeting. These stills released by the deputy spokesperson show the foreign minister with the envoy.", Credit: "Handout/Dep Spokesperson for the Ministry of Foreign Affairs"},
				{URL: "https://news.example.org/photos/c17.jpg", Caption: "Paratroopers prepare to board a C-17 on August 30 at the airport in Kabul.", Credit: "US Army Master Sgt. Alexander Burnett/US Central Command Public Affairs"},
			},
			published: "2025-03-27T14:05:00Z",
		},
		{
			file: "french-boilerplate.html", url: "https://observateur.example.fr/2026/11/21/digue",
			want:      []string{"l'ouvrage a tenu", "des sacs de sable jusqu'à l'aube."},
			wantNot:   []string{"partager", "lire aussi", "suivez-nous", "newsletter", "par claire dumas"},
			published: "2026-11-21T00:00:00Z", lang: "fr",
		},
		{
			// Reader appeals in obfuscated class names, one inside the body
			// and one after it with a topics label; the paragraphs outside
			// the body must not widen the content to the whole <main>.
			file: "reader-appeals.html", url: "https://courant.example/weekend/2026/jun/13/larkmoor-canal",
			want: []string{"Two days, eleven locks", "The boatyard at Fenley Wharf", "let the engine tick over.", "Getting there", "soft shoes for the lock sides."},
			wantNot: []string{"support the courant", "funded by readers", "contribution", "more on these topics", "before you go",
				"favour to ask", "no paywall", "chip in", "give now", "mill lane"},
			published: "2026-06-13T07:00:00Z", lang: "en",
		},
		{
			file: "br-layout.html", url: "https://town.example/minutes/7",
			want:    []string{"Twenty-three residents attended", "six to one", "until the Friday before."},
			wantNot: []string{"home", "contact", "market street 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "pages", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(page, tt.url, Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			lower := strings.ToLower(a.Text)
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(lower, strings.ToLower(w)) {
					t.Errorf("text has furniture %q", w)
				}
			}
			if len(a.Images) != len(tt.images) {
				t.Errorf("got %d images, want %d: %+v", len(a.Images), len(tt.images), a.Images)
			}
			for i := range min(len(a.Images), len(tt.images)) {
				got, want := a.Images[i], tt.images[i]
				if got.URL != want.URL || got.Caption != want.Caption || got.Credit != want.Credit {
					t.Errorf("image %d = {%q %q %q}, want {%q %q %q}", i, got.URL, got.Caption, got.Credit, want.URL, want.Caption, want.Credit)
				}
			}
			if tt.published != "" && a.PublishedAt.Format(time.RFC3339) != tt.published {
				t.Errorf("published %v, want %s", a.PublishedAt, tt.published)
			}
			if tt.modified != "" && a.ModifiedAt.Format(time.RFC3339) != tt.modified {
				t.Errorf("modified %v, want %s", a.ModifiedAt, tt.modified)
			}
			if tt.authors != nil && strings.Join(a.Authors, "|") != strings.Join(tt.authors, "|") {
				t.Errorf("authors %q, want %q", a.Authors, tt.authors)
			}
			if tt.lang != "" && a.Language != tt.lang {
				t.Errorf("language %q, want %q", a.Language, tt.lang)
			}
			for _, bad := range []string{"<script", "onclick", "<form", "<button", "pixel.gif", "data:"} {
				if strings.Contains(a.HTML, bad) {
					t.Errorf("HTML has %q", bad)
				}
			}
			checkGolden(t, filepath.Join("testdata", "pages", strings.TrimSuffix(tt.file, ".html")+".golden.json"), viewOf(a))
		})
	}
}

func checkGolden(t *testing.T, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update after checking the change):\n%s", path, got)
	}
}

func TestNotArticle(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><body><p>Too short.</p></body></html>",
		"<html><body><ul><li><a href=/a>Home</a></li><li><a href=/b>News</a></li></ul></body></html>",
	} {
		a, err := Extract([]byte(page), "https://example.com/", Options{})
		if !errors.Is(err, ErrNotArticle) {
			t.Errorf("Extract(%q) error = %v, want ErrNotArticle", page, err)
		}
		if a == nil {
			t.Errorf("Extract(%q) returned no Article alongside ErrNotArticle", page)
		}
	}
}

func TestTooLarge(t *testing.T) {
	_, err := Extract(make([]byte, 2000), "", Options{MaxBytes: 1000})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error = %v, want ErrTooLarge", err)
	}
}

func TestBestSrcset(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a.jpg", "a.jpg"},
		{"a.jpg 480w, b.jpg 1024w, c.jpg 800w", "b.jpg"},
		{"a.jpg 1x, b.jpg 2x", "b.jpg"},
		{"https://x/y.jpg?w=1,2 600w, z.jpg 300w", "https://x/y.jpg?w=1,2"},
		{"a.jpg 480w,b.jpg 960w", "b.jpg"},
	}
	for _, tt := range tests {
		if got := bestSrcset(tt.in); got != tt.want {
			t.Errorf("bestSrcset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitCreditTail(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Crowds at the pier. Photo: Ana Ruiz/Reuters", "Crowds at the pier.", "Ana Ruiz/Reuters"},
		{"Crowds at the pier (Photo: Ana Ruiz)", "Crowds at the pier", "Ana Ruiz"},
		{"Die Fähre. Foto: Peter Sand", "Die Fähre.", "Peter Sand"},
		{"La digue. Crédit photo : Jean Roux", "La digue.", "Jean Roux"},
		{"Crowds at the pier.", "Crowds at the pier.", ""},
		{"The sun (Photo: Liv Aalto (reader submission))", "The sun", "Liv Aalto (reader submission)"},
	}
	for _, tt := range tests {
		c, cr := splitCreditTail(tt.in)
		if c != tt.caption || cr != tt.credit {
			t.Errorf("splitCreditTail(%q) = %q, %q; want %q, %q", tt.in, c, cr, tt.caption, tt.credit)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-03-14T08:30:00+01:00", "2026-03-14T07:30:00Z"},
		{"2026-03-14", "2026-03-14T00:00:00Z"},
		{"Sat, 14 Mar 2026 08:30:00 GMT", "2026-03-14T08:30:00Z"},
		{"not a date", "0001-01-01T00:00:00Z"},
	}
	for _, tt := range tests {
		if got := parseTime(tt.in).Format(time.RFC3339); got != tt.want {
			t.Errorf("parseTime(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := dateInURL("/world/2025/03/27/kabul").Format("2006-01-02"); got != "2025-03-27" {
		t.Errorf("dateInURL = %s", got)
	}
	if got := dateInURL("/item/20250327-kabul").Format("2006-01-02"); got != "2025-03-27" {
		t.Errorf("dateInURL compact = %s", got)
	}
}

// TestEncodings checks that a page is decoded once: by its declaration when
// its bytes are not UTF-8, as UTF-8 when they are (a fetcher may have
// converted it already without removing the <meta charset>).
func TestEncodings(t *testing.T) {
	body := "<p>" + strings.Repeat("Les élèves ont présenté leur récolte de poireaux, à l'école. ", 5) + "</p>"
	page := "<html><head><meta charset=\"windows-1252\"></head><body>" + body + "</body></html>"
	latin1, err := charmap.Windows1252.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{"windows-1252 bytes": latin1, "already UTF-8": page} {
		a, err := Extract([]byte(src), "", Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(a.Text, "Les élèves ont présenté leur récolte") {
			t.Errorf("%s: text %.60q", name, a.Text)
		}
	}
}
