package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside the body text.
type pageMeta struct {
	title, siteName, description, canonical, leadImage, language string
	authors                                                      []string
	published, modified                                          time.Time
	articleBody                                                  string // JSON-LD articleBody, a hint for the body
}

// articleTypes are the schema.org types whose JSON-LD describes the article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "scholarlyarticle": true, "techarticle": true,
	"liveblogposting": true, "socialmediaposting": true, "report": true, "webpage": false,
}

// readMeta reads JSON-LD, meta tags, <time> elements and the URL, trusting
// them in that order.
func readMeta(doc *html.Node, pageURL *url.URL) pageMeta {
	var m pageMeta
	var ld []map[string]any
	metas := map[string]string{}
	var titleTag, h1, htmlLang, timeTag string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			htmlLang = attr(n, "lang")
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				ld = append(ld, jsonLDObjects(n.FirstChild.Data)...)
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.Meta:
			k := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
			if v := strings.TrimSpace(attr(n, "content")); k != "" && v != "" {
				if _, seen := metas[k]; !seen {
					metas[k] = v
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Title:
			if titleTag == "" {
				titleTag = textOf(n)
			}
		case atom.H1:
			if h1 == "" {
				h1 = textOf(n)
			}
		case atom.Time:
			if timeTag == "" || hasAttr(n, "pubdate") || attr(n, "itemprop") == "datePublished" {
				if v := attr(n, "datetime"); v != "" {
					timeTag = v
				}
			}
		}
		return true
	})

	for _, o := range ld {
		if !articleTypes[strings.ToLower(ldType(o))] {
			continue
		}
		m.title = firstNonEmpty(m.title, ldString(o["headline"]), ldString(o["name"]))
		m.description = firstNonEmpty(m.description, ldString(o["description"]))
		if m.published.IsZero() {
			m.published = parseTime(ldString(o["datePublished"]))
		}
		if m.modified.IsZero() {
			m.modified = parseTime(ldString(o["dateModified"]))
		}
		if len(m.authors) == 0 {
			m.authors = ldNames(o["author"])
		}
		if pub, ok := o["publisher"].(map[string]any); ok {
			m.siteName = firstNonEmpty(m.siteName, ldString(pub["name"]))
		}
		m.leadImage = firstNonEmpty(m.leadImage, ldImage(o["image"]))
		m.language = firstNonEmpty(m.language, ldString(o["inLanguage"]))
		if body := ldString(o["articleBody"]); len(body) > len(m.articleBody) {
			m.articleBody = body
		}
	}
	m.title = firstNonEmpty(m.title, metas["og:title"], metas["twitter:title"], h1, cleanTitleTag(titleTag))
	m.siteName = firstNonEmpty(m.siteName, metas["og:site_name"], metas["application-name"])
	m.description = firstNonEmpty(m.description, metas["og:description"], metas["description"], metas["twitter:description"])
	m.canonical = firstNonEmpty(m.canonical, metas["og:url"])
	m.leadImage = firstNonEmpty(m.leadImage, metas["og:image"], metas["og:image:url"], metas["twitter:image"])
	if len(m.authors) == 0 {
		if a := firstNonEmpty(metas["author"], metas["article:author"], metas["dc.creator"], metas["parsely-author"], metas["sailthru.author"]); a != "" && !strings.HasPrefix(a, "http") {
			m.authors = splitAuthors(a)
		}
	}
	for _, k := range []string{"article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published", "og:published_time"} {
		if !m.published.IsZero() {
			break
		}
		m.published = parseTime(metas[k])
	}
	for _, k := range []string{"article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"} {
		if !m.modified.IsZero() {
			break
		}
		m.modified = parseTime(metas[k])
	}
	if t := parseTime(timeTag); m.published.IsZero() || sameDayMorePrecise(m.published, t) {
		// a day-only meta date yields to a <time> of the same day with a clock time
		m.published = t
	}
	if m.published.IsZero() && pageURL != nil {
		m.published = dateInURL(pageURL.Path)
	}
	m.language = primaryLang(firstNonEmpty(m.language, htmlLang, metas["og:locale"], metas["content-language"], metas["language"], metas["dc.language"]))
	if pageURL != nil {
		m.canonical = resolveAgainst(pageURL, m.canonical)
		m.leadImage = resolveAgainst(pageURL, m.leadImage)
	}
	m.title = collapseSpace(html.UnescapeString(m.title))
	m.description = collapseSpace(html.UnescapeString(m.description))
	return m
}

// jsonLDObjects decodes one JSON-LD script into its objects, @graph flattened.
func jsonLDObjects(src string) []map[string]any {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			out = append(out, t)
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
			if me, ok := t["mainEntity"]; ok {
				visit(me, depth+1)
			}
		}
	}
	visit(v, 0)
	return out
}

func ldType(o map[string]any) string {
	switch t := o["@type"].(type) {
	case string:
		return t
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && articleTypes[strings.ToLower(s)] {
				return s
			}
		}
	}
	return ""
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["name"])
	}
	return ""
}

func ldNames(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		out = splitAuthors(t)
	case map[string]any:
		if s := ldString(t["name"]); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range t {
			out = append(out, ldNames(e)...)
		}
	}
	return out
}

func ldImage(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return ldString(t["url"])
	case []any:
		if len(t) > 0 {
			return ldImage(t[0])
		}
	}
	return ""
}

// splitAuthors splits "A, B and C" into names.
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "Von ", "von ", "Par ", "par "} {
		s = strings.TrimPrefix(s, p)
	}
	parts := authorSeparators.Split(s, -1)
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && len(p) < 80 {
			out = append(out, p)
		}
	}
	return out
}

// cleanTitleTag drops the " | Site" tail of a <title>.
func cleanTitleTag(t string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · "} {
		if i := strings.LastIndex(t, sep); i > 15 {
			return t[:i]
		}
	}
	return t
}

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05Z07", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02.01.2006",
}

// parseTime reads the date formats seen in meta tags and JSON-LD.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)`)

// dateInURL reads a /2019/11/19/ style date from a URL path.
func dateInURL(p string) time.Time {
	m := urlDate.FindStringSubmatch(p)
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}

// primaryLang reduces "en-US", "fr_FR" to the primary subtag.
func primaryLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

func resolveAgainst(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	u = base.ResolveReference(u)
	// Only web links: the lead image is republished (the API's lead_image)
	// where no template filters a javascript: or data: URL.
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

var authorSeparators = regexp.MustCompile(`\s*(?:,|;|\band\b|\bund\b|\bet\b|&)\s*`)

// sameDayMorePrecise reports whether t is on day's date and carries a time
// of day that day (a date without time) lacks.
func sameDayMorePrecise(day, t time.Time) bool {
	if t.IsZero() || day.Hour() != 0 || day.Minute() != 0 || day.Second() != 0 {
		return false
	}
	y1, m1, d1 := day.Date()
	y2, m2, d2 := t.Date()
	return y1 == y2 && m1 == m2 && d1 == d2 && (t.Hour() != 0 || t.Minute() != 0)
}
