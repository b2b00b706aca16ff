package demo

import (
	"fmt"
	"html/template"
	"strings"
	"time"
)

func (s *publisherSite) templateFuncs() template.FuncMap {
	return template.FuncMap{
		"img":      s.imageURL,
		"imgpath":  func(id string) string { return "/images/" + escapePath(id) + ".svg" },
		"date":     func(layout string, t time.Time) string { return t.UTC().Format(layout) },
		"iso":      func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"frdate":   frenchDate,
		"ardate":   arabicDate,
		"jsonld":   s.jsonLD,
		"inc":      func(i int) int { return i + 1 },
		"join":     strings.Join,
		"lower":    strings.ToLower,
		"upper":    strings.ToUpper,
		"slug":     sectionSlug,
		"credit":   bareCredit,
		"words":    wordCount,
		"readmins": func(body []Block) int { return max(1, wordCount(body)/230) },
	}
}

// frenchDate formats like Le Monde: "24 novembre 2026 à 08h15".
func frenchDate(t time.Time) string {
	frenchMonths := [...]string{"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	t = t.UTC()
	return fmt.Sprintf("%d %s %d à %02dh%02d", t.Day(), frenchMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// arabicDate formats like many Arabic news sites: "الثلاثاء 24 نوفمبر 2026 - 08:15".
func arabicDate(t time.Time) string {
	days := [...]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
	arabicMonths := [...]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
		"يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	t = t.UTC()
	return fmt.Sprintf("%s %d %s %d - %02d:%02d", days[t.Weekday()], t.Day(), arabicMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

func wordCount(body []Block) int {
	n := 0
	for _, b := range body {
		n += len(strings.Fields(b.P)) + len(strings.Fields(b.Quote))
	}
	return n
}

// jsonLD builds schema.org metadata in the quality a given publisher
// achieves: "full" is what SEO plugins emit, "sloppy" has a zone-less date
// and a plain-string author, "graph" wraps everything in @graph.
// html/template JSON-encodes the result inside <script type="application/ld+json">.
func (s *publisherSite) jsonLD(page articlePage, style string) any {
	a := page.Article
	publisher := map[string]any{
		"@type": "Organization",
		"name":  s.pub.Name,
		"logo":  map[string]any{"@type": "ImageObject", "url": s.base + "/static/logo.svg"},
	}
	switch style {
	case "sloppy":
		ld := map[string]any{
			"@context":      "http://schema.org",
			"@type":         "NewsArticle",
			"headline":      a.Title,
			"datePublished": a.Published.UTC().Format("2006-01-02T15:04:05"),
			"author":        a.Author,
		}
		if page.ImageURL != "" {
			ld["image"] = page.ImageURL
		}
		return ld
	case "graph":
		article := s.newsArticleLD(page, publisher)
		delete(article, "@context")
		return map[string]any{
			"@context": "https://schema.org",
			"@graph": []any{
				map[string]any{"@type": "WebPage", "@id": page.URL, "url": page.URL, "name": a.Title, "inLanguage": a.Lang},
				article,
				map[string]any{"@type": "BreadcrumbList", "itemListElement": []any{
					map[string]any{"@type": "ListItem", "position": 1, "name": "Accueil", "item": s.base + "/"},
					map[string]any{"@type": "ListItem", "position": 2, "name": a.Section, "item": s.abs("/section/" + sectionSlug(a.Section) + "/")},
				}},
			},
		}
	}
	return s.newsArticleLD(page, publisher)
}

func (s *publisherSite) newsArticleLD(page articlePage, publisher map[string]any) map[string]any {
	a := page.Article
	ld := map[string]any{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"mainEntityOfPage": map[string]any{"@type": "WebPage", "@id": page.URL},
		"headline":         a.Title,
		"description":      a.Dek,
		"datePublished":    a.Published.UTC().Format(time.RFC3339),
		"dateModified":     a.LastModified().UTC().Format(time.RFC3339),
		"author":           []any{map[string]any{"@type": "Person", "name": a.Author}},
		"publisher":        publisher,
		"articleSection":   a.Section,
		"inLanguage":       a.Lang,
		"keywords":         strings.Join(a.Tags, ", "),
		"wordCount":        wordCount(a.Body),
	}
	var images []any
	for _, b := range page.Images {
		images = append(images, map[string]any{
			"@type": "ImageObject", "url": s.imageURL(b.Img), "caption": b.Caption,
			"creditText": b.Credit, "width": 800, "height": 450,
		})
	}
	if len(images) > 0 {
		ld["image"] = images
	}
	return ld
}

// bareCredit is a credit without its leading label: "Photo: A/B" gives "A/B".
// Some corpus credits carry a label; templates that print their own
// ("Photograph: ") use this to avoid "Photo: Photo:".
func bareCredit(credit string) string {
	labels := [...]string{"photograph:", "photo :", "photo:", "image:", "picture:", "تصوير:", "المصدر:"}
	for _, label := range labels {
		if len(credit) >= len(label) && strings.EqualFold(credit[:len(label)], label) {
			return strings.TrimSpace(credit[len(label):])
		}
	}
	return credit
}
