package feed

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"

	"herald/internal/model"
)

// mapper turns gofeed's universal items into Herald articles. It holds what
// every entry of one feed shares.
type mapper struct {
	base        *url.URL // the document's base: its xml:base, else the feed URL
	language    string   // the feed's language, for entries without one
	authors     []string // the feed's authors, inherited by Atom and JSON entries
	inheritAuth bool
}

func buildFeed(gf *gofeed.Feed, facts *docFacts, feedURL string) *Feed {
	m := &mapper{base: parseBase(feedURL)}
	if facts != nil && facts.base != nil {
		m.base = facts.base // the document element's xml:base
	}
	f := &Feed{}
	var titleFacts textFacts
	if facts != nil {
		titleFacts = facts.title
	}
	f.Title = titleText(gf.Title, titleFacts)

	f.Language = normalizeLanguage(gf.Language)
	if f.Language == "" && facts != nil {
		f.Language = facts.language
	}
	m.language = f.Language

	switch orig := gf.OriginalFeed().(type) {
	case *rss.Feed:
		f.SiteURL = resolveRef(m.base, gf.Link)
		f.TTL = ttlMinutes(orig.TTL)
		if f.TTL == 0 {
			f.TTL = syndicationPeriod(orig.Extensions)
		}
	case *atom.Feed:
		f.SiteURL = resolveRef(m.base, alternateLink(orig.Links))
		f.TTL = syndicationPeriod(orig.Extensions)
		m.inheritAuth = true
	case *jsonfeed.Feed:
		f.SiteURL = resolveRef(m.base, orig.HomePageURL)
		m.inheritAuth = true
	}
	f.SiteURL = webLink(f.SiteURL)
	if m.inheritAuth {
		m.authors = personNames(gf.Authors)
	}

	var entries []entryFacts
	if facts != nil && len(facts.entries) == len(gf.Items) {
		entries = facts.entries
	}
	f.Entries = make([]model.Article, 0, len(gf.Items))
	for i, it := range gf.Items {
		var ef entryFacts
		if entries != nil {
			ef = entries[i]
		}
		f.Entries = append(f.Entries, m.article(it, originalItem(gf, i), ef))
	}
	return f
}

// originalItem returns the format-specific item behind gofeed's i-th item.
func originalItem(gf *gofeed.Feed, i int) any {
	switch orig := gf.OriginalFeed().(type) {
	case *rss.Feed:
		if i < len(orig.Items) {
			return orig.Items[i]
		}
	case *atom.Feed:
		if i < len(orig.Entries) {
			return orig.Entries[i]
		}
	case *jsonfeed.Feed:
		if i < len(orig.Items) {
			return orig.Items[i]
		}
	}
	return nil
}

func (m *mapper) article(it *gofeed.Item, orig any, ef entryFacts) model.Article {
	a := model.Article{
		GUID:    strings.TrimSpace(it.GUID),
		Title:   titleText(it.Title, ef.title),
		Authors: personNames(it.Authors),
	}
	summary := strings.TrimSpace(it.Description)
	content := strings.TrimSpace(it.Content)
	link := it.Link
	// gofeed sees no xml:base (see maskXMLBase), so every URL of the entry
	// resolves here, against the base in scope at the entry.
	base := m.base
	if ef.base != nil {
		base = ef.base
	}
	switch o := orig.(type) {
	case *rss.Item:
		if link == "" && o.GUID != nil && !strings.EqualFold(strings.TrimSpace(o.GUID.IsPermalink), "false") && isWebURL(o.GUID.Value) {
			link = o.GUID.Value
		}
		if a.GUID == "" {
			a.GUID = ef.about
		}
		if content == "" {
			content = firstNonEmpty(ef.body, o.Custom["fullitem"], o.Custom["body"])
		}
		summary = demoronize(summary)
		content = demoronize(content)
	case *atom.Entry:
		if ef.id != "" {
			a.GUID = ef.id
		}
		// The scanned links are resolved against their own xml:base and
		// include Atom 0.3 links written as text.
		link = alternateFactLink(ef.links)
		if link == "" {
			link = alternateLink(o.Links)
		}
		summary = atomHTML(summary, ef.summary)
		if content != "" {
			content = atomHTML(content, ef.content)
		}
	case *jsonfeed.Item:
		if link == "" {
			link = o.ExternalURL
		}
		if strings.TrimSpace(o.ContentHTML) == "" {
			content = textToHTML(o.ContentText)
		}
		summary = textToHTML(summary)
		a.Language = normalizeLanguage(o.Language)
	}
	if a.Title == "" {
		a.Title = plainText(mediaText(it.Extensions, "title"))
	}
	if summary == "" {
		summary = textToHTML(mediaText(it.Extensions, "description"))
	}
	a.Summary = resolveHTML(base, summary)
	a.ContentHTML = resolveHTML(base, content)

	a.URL = webLink(CanonicalURL(resolveRef(base, link), ""))
	if a.GUID == "" {
		// The canonical form keeps the identity stable when a feed varies
		// its tracking parameters between fetches.
		a.GUID = a.URL
	}

	if dc := it.DublinCoreExt; dc != nil {
		a.Authors = appendNames(a.Authors, dc.Creator...)
		if a.Language == "" && len(dc.Language) > 0 {
			a.Language = normalizeLanguage(dc.Language[0])
		}
	}
	if len(a.Authors) == 0 && m.inheritAuth {
		a.Authors = append([]string(nil), m.authors...)
	}
	if a.Language == "" {
		a.Language = ef.language
	}
	if a.Language == "" {
		a.Language = m.language
	}

	a.Enclosures = enclosures(base, it.Enclosures)
	a.PublishedAt, a.UpdatedAt = entryDates(it)
	a.ImageURL = webLink(resolveRef(base, imageURL(it)))
	return a
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// entryDates returns when an entry was published and last updated, in UTC.
// An entry that only says when it was updated was published then too.
func entryDates(it *gofeed.Item) (published, updated time.Time) {
	published = dateOf(it.PublishedParsed, it.Published)
	updated = dateOf(it.UpdatedParsed, it.Updated)
	terms := it.Extensions["dcterms"]
	if published.IsZero() {
		published = extensionDate(terms, "issued", "created", "available")
	}
	if updated.IsZero() {
		updated = extensionDate(terms, "modified")
	}
	if published.IsZero() {
		published = updated
	}
	return published, updated
}

func dateOf(parsed *time.Time, raw string) time.Time {
	if parsed != nil {
		return parsed.UTC()
	}
	return parseDate(raw)
}

func extensionDate(elems map[string][]ext.Extension, names ...string) time.Time {
	for _, n := range names {
		for _, e := range elems[n] {
			if t := parseDate(e.Value); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}

func enclosures(base *url.URL, in []*gofeed.Enclosure) []model.Enclosure {
	var out []model.Enclosure
	seen := map[string]bool{}
	for _, e := range in {
		u := webLink(resolveRef(base, e.URL))
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		n, _ := strconv.ParseInt(strings.TrimSpace(e.Length), 10, 64)
		if n < 0 {
			n = 0
		}
		out = append(out, model.Enclosure{URL: u, Type: strings.TrimSpace(e.Type), Length: n})
	}
	return out
}

func personNames(people []*gofeed.Person) []string {
	var names []string
	for _, p := range people {
		if p == nil {
			continue
		}
		n := p.Name
		if strings.TrimSpace(n) == "" {
			n = p.Email
		}
		names = appendNames(names, n)
	}
	return names
}

// appendNames adds the display names of raw to names, skipping duplicates.
func appendNames(names []string, raw ...string) []string {
	for _, r := range raw {
		n := authorName(r)
		if n == "" {
			continue
		}
		dup := false
		for _, have := range names {
			if strings.EqualFold(have, n) {
				dup = true
				break
			}
		}
		if !dup {
			names = append(names, n)
		}
	}
	return names
}

// alternateLink returns the first rel="alternate" link that has an address.
func alternateLink(links []*atom.Link) string {
	for _, l := range links {
		if (l.Rel == "" || l.Rel == "alternate") && strings.TrimSpace(l.Href) != "" {
			return l.Href
		}
	}
	return ""
}

func alternateFactLink(links []linkFacts) string {
	for _, l := range links {
		if l.rel == "alternate" && l.href != "" {
			return l.href
		}
	}
	return ""
}

func isTextType(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "" || t == "text" || t == "text/plain"
}

func isWebURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// syndicationPeriod reads sy:updatePeriod and sy:updateFrequency: the feed
// updates frequency times per period.
func syndicationPeriod(exts ext.Extensions) time.Duration {
	sy := exts["sy"]
	if sy == nil || len(sy["updatePeriod"]) == 0 {
		return 0
	}
	var period time.Duration
	switch strings.ToLower(strings.TrimSpace(sy["updatePeriod"][0].Value)) {
	case "hourly":
		period = time.Hour
	case "daily":
		period = 24 * time.Hour
	case "weekly":
		period = 7 * 24 * time.Hour
	case "monthly":
		period = 30 * 24 * time.Hour
	case "yearly":
		period = 365 * 24 * time.Hour
	default:
		return 0
	}
	freq := 1
	if f := sy["updateFrequency"]; len(f) > 0 {
		if n, err := strconv.Atoi(strings.TrimSpace(f[0].Value)); err == nil && n > 0 && n <= 10000 {
			freq = n
		}
	}
	return period / time.Duration(freq)
}
