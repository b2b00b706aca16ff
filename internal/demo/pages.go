package demo

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"time"
)

// templatesFS holds one template file per publisher; each defines "home"
// and "article" and its own partials, so the sites share no markup.
//
//go:embed templates
var templatesFS embed.FS

// siteInfo is what every page of a publisher knows about its site.
type siteInfo struct {
	Key, Name, Lang   string
	Base, HomeURL     string
	FeedURL, FeedType string
	FeedPath          string // for templates that link the feed relatively
	// FeedTypeAttr is type="..." for the autodiscovery link; as an
	// attribute value html/template would write "+" as "&#43;".
	FeedTypeAttr template.HTMLAttr
	FeedTitle    string
	Tagline      string
	Sections     []section
	Year         int
}

type section struct{ Name, URL string }

// card is an article as it appears in a list: home page, related links.
type card struct {
	Article
	URL      string // absolute canonical URL
	Path     string // escaped path, for templates that link relatively
	Image    *Block // first photo, if any
	ImageURL string
}

type homePage struct {
	Site    siteInfo
	Section string // empty on the front page
	Lead    *card
	Cards   []card
}

type articlePage struct {
	Site     siteInfo
	Article  Article
	URL      string // canonical, without tracking parameters
	ShortURL string
	// Lead and Rest split the body after its second paragraph, for templates
	// that push a "Read more" box between paragraphs.
	Lead, Rest []Block
	Images     []Block
	ImageURL   string // first photo, for og:image and JSON-LD
	Related    []card
}

func (s *publisherSite) siteInfo() siteInfo {
	info := siteInfo{
		Key: s.pub.Key, Name: s.pub.Name, Lang: s.pub.Lang,
		Base: s.base, HomeURL: s.base + "/",
		FeedURL: s.abs(s.layout.feedPath), FeedPath: escapePath(s.layout.feedPath), FeedType: feedMediaType(s.pub.Feed),
		FeedTypeAttr: template.HTMLAttr(`type="` + feedMediaType(s.pub.Feed) + `"`),
		FeedTitle:    s.layout.feedTitle, Tagline: s.layout.feedSubtitle,
		Year: s.modified.Year(),
	}
	seen := make(map[string]bool)
	for _, a := range s.articles {
		slug := sectionSlug(a.Section)
		if a.Section != "" && !seen[slug] {
			seen[slug] = true
			info.Sections = append(info.Sections, section{Name: a.Section, URL: s.abs("/section/" + slug + "/")})
		}
	}
	return info
}

func (s *publisherSite) card(a Article) card {
	c := card{Article: a, URL: s.articleURL(a), Path: escapePath(s.layout.articlePath(a))}
	if imgs := a.Images(); len(imgs) > 0 {
		c.Image = &imgs[0]
		c.ImageURL = s.imageURL(imgs[0].Img)
	}
	return c
}

func (s *publisherSite) homePage(sectionName string, articles []Article) homePage {
	page := homePage{Site: s.siteInfo(), Section: sectionName}
	for i, a := range articles {
		c := s.card(a)
		if i == 0 {
			page.Lead = &c
			continue
		}
		page.Cards = append(page.Cards, c)
	}
	return page
}

func (s *publisherSite) articlePage(a Article) articlePage {
	page := articlePage{
		Site: s.siteInfo(), Article: a, URL: s.articleURL(a), ShortURL: s.shortURL(a),
		Images: a.Images(), Related: s.related(a, 4),
	}
	if len(page.Images) > 0 {
		page.ImageURL = s.imageURL(page.Images[0].Img)
	}
	page.Lead, page.Rest = splitBody(a.Body)
	return page
}

// related picks other articles of the same section first, then the newest.
func (s *publisherSite) related(a Article, n int) []card {
	var same, other []card
	for _, b := range s.articles {
		switch {
		case b.ID == a.ID:
		case b.Section == a.Section:
			same = append(same, s.card(b))
		default:
			other = append(other, s.card(b))
		}
	}
	all := append(same, other...)
	return all[:min(n, len(all))]
}

func splitBody(body []Block) (lead, rest []Block) {
	paragraphs := 0
	for i, b := range body {
		if b.P != "" {
			paragraphs++
		}
		if paragraphs == 2 && i+2 < len(body) {
			return body[:i+1], body[i+1:]
		}
	}
	return body, nil
}

// render executes a page template into memory first, so a template error
// becomes a clean 500 and a good page gets ETag, 304 and gzip handling.
func (s *publisherSite) render(w http.ResponseWriter, r *http.Request, name string, data any, modified time.Time) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "template error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	serveBody(w, r, "text/html; charset=utf-8", buf.Bytes(), modified)
}
