package extract

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
)

// demoFurniture are template phrases of the demo publishers that must never
// reach an article body (matched case-insensitively, unless the article's own
// text has them).
var demoFurniture = []string{
	"follow us", "share", "newsletter", "cookie", "sign up", "subscribe", "related",
	"advertisement", "comments", "read more", "most read", "more top stories",
	"short link", "privacy", "log in", "all rights reserved", "next ›", "view gallery",
	"suivez-nous", "partager", "lire aussi", "تابعونا", "شارك", "اقرأ أيضا", "may earn a commission",
	"explore more on these topics", "one more thing", "favour to ask", "no paywall",
}

// creditLabelPrefix is the label some corpus credits carry and some
// templates drop.
var creditLabelPrefix = regexp.MustCompile(`^(?i:photo|foto|crédit photo|image|تصوير|صورة)\s*[:：]\s*`)

func normCredit(s string) string {
	return creditLabelPrefix.ReplaceAllString(collapseSpace(s), "")
}

// TestDemoCorpus renders every demo article through its publisher's site and
// checks that Extract finds its paragraphs, headings, lists and quotes, each
// image with caption and credit apart, its metadata, and none of the
// template furniture around it.
func TestDemoCorpus(t *testing.T) {
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	for _, p := range corpus.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			srv := httptest.NewUnstartedServer(nil)
			base := "http://" + srv.Listener.Addr().String()
			articles := corpus.ByPublisher(p.Key)
			srv.Config.Handler = demo.NewHandler(p, articles, base)
			srv.Start()
			defer srv.Close()

			var paras, parasFound, imgs, imgsOK, furniture int
			for _, a := range articles {
				pageURL := base + demo.ArticlePath(p, a)
				page := fetchPage(t, pageURL)
				art, err := Extract(page, pageURL, Options{})
				if err != nil {
					t.Errorf("%s: %v", a.ID, err)
					continue
				}
				body := collapseSpace(art.Text)
				own := strings.ToLower(articleText(a))
				for _, b := range a.Body {
					for _, want := range []string{b.P, b.H, b.Quote} {
						if want == "" {
							continue
						}
						paras++
						if strings.Contains(body, collapseSpace(want)) {
							parasFound++
						} else {
							t.Errorf("%s: body lacks %q", a.ID, want)
						}
					}
					for _, item := range b.List {
						paras++
						if strings.Contains(body, collapseSpace(item)) {
							parasFound++
						} else {
							t.Errorf("%s: body lacks list item %q", a.ID, item)
						}
					}
					if b.Img == "" {
						continue
					}
					imgs++
					im := findImage(art.Images, b.Img)
					switch {
					case im == nil:
						t.Errorf("%s: image %s not found among %d", a.ID, b.Img, len(art.Images))
					case collapseSpace(im.Caption) != collapseSpace(b.Caption):
						t.Errorf("%s: image %s caption %q, want %q", a.ID, b.Img, im.Caption, b.Caption)
					case normCredit(im.Credit) != normCredit(b.Credit):
						t.Errorf("%s: image %s credit %q, want %q", a.ID, b.Img, im.Credit, b.Credit)
					case !strings.HasPrefix(im.URL, "http"):
						t.Errorf("%s: image URL %q is not absolute", a.ID, im.URL)
					default:
						imgsOK++
					}
					if b.Caption != "" && strings.Contains(body, collapseSpace(b.Caption)) {
						t.Errorf("%s: caption %q leaked into the body text", a.ID, b.Caption)
					}
				}
				lower := strings.ToLower(body)
				for _, f := range demoFurniture {
					if strings.Contains(lower, f) && !strings.Contains(own, f) {
						furniture++
						t.Errorf("%s: body has furniture %q", a.ID, f)
					}
				}
				if art.Title != a.Title {
					t.Errorf("%s: title %q, want %q", a.ID, art.Title, a.Title)
				}
				if !art.PublishedAt.Equal(a.Published) && art.PublishedAt.Sub(a.Published).Abs() > time.Minute {
					t.Errorf("%s: published %v, want %v", a.ID, art.PublishedAt, a.Published)
				}
				if lang := primaryLang(a.Lang); art.Language != lang {
					t.Errorf("%s: language %q, want %q", a.ID, art.Language, lang)
				}
			}
			t.Logf("%s: %d articles, text blocks %d/%d, images with caption and credit %d/%d, furniture hits %d",
				p.Key, len(articles), parasFound, paras, imgsOK, imgs, furniture)
		})
	}
}

func fetchPage(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", u, resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	return b
}

func articleText(a demo.Article) string {
	var sb strings.Builder
	sb.WriteString(a.Title + " " + a.Dek + " ")
	for _, b := range a.Body {
		sb.WriteString(b.P + " " + b.H + " " + b.Quote + " " + b.Cite + " " + b.Caption + " " + strings.Join(b.List, " ") + " ")
	}
	return sb.String()
}

func findImage(images []Image, id string) *Image {
	for i := range images {
		if strings.Contains(images[i].URL, id) {
			return &images[i]
		}
	}
	return nil
}
