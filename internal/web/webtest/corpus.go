// Package webtest fills a store with the demo corpus as if every pipeline
// stage had run: feed entries, extracted content, enrichment, stories and
// wire copies. The browser tests, the feed-client check and the page
// benchmark use it, so each article page has every block filled.
package webtest

import (
	"context"
	"fmt"
	"html"
	"slices"
	"strings"
	"time"
	"unicode"

	"herald/internal/demo"
	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
)

// Site is the filled store's map from corpus ids to stored ones.
type Site struct {
	Corpus    *demo.Corpus
	Sources   map[string]int64 // publisher key → source id
	Articles  map[string]int64 // corpus article id → article id
	Stories   map[string]int64 // story key → story id
	ByID      map[int64]demo.Article
	FailingID int64 // a source whose last check failed, for the health block
}

// Options say where the fictional publishers live.
type Options struct {
	// ArticleURL gives an article's original address; nil means
	// https://KEY.example/SLUG.
	ArticleURL func(p demo.Publisher, a demo.Article) string
	// ImageURL gives a photo's address; nil means https://KEY.example/images/ID.svg.
	ImageURL func(p demo.Publisher, id string) string
}

// Fill stores the corpus (shift it first with demo.Shift to make it
// recent) and runs the stages' output into st.
func Fill(ctx context.Context, st store.Store, c *demo.Corpus, now time.Time, o Options) (*Site, error) {
	if o.ArticleURL == nil {
		o.ArticleURL = func(p demo.Publisher, a demo.Article) string { return "https://" + p.Key + ".example/" + a.Slug() }
	}
	if o.ImageURL == nil {
		o.ImageURL = func(p demo.Publisher, id string) string { return "https://" + p.Key + ".example/images/" + id + ".svg" }
	}
	s := &Site{Corpus: c, Sources: map[string]int64{}, Articles: map[string]int64{}, Stories: map[string]int64{}, ByID: map[int64]demo.Article{}}
	for i, p := range c.Publishers {
		src := &model.Source{FeedURL: "https://" + p.Key + ".example/feed", SiteURL: "https://" + p.Key + ".example/", Title: p.Name, Enabled: true}
		if err := st.AddSource(ctx, src); err != nil {
			return nil, fmt.Errorf("add %s: %w", p.Key, err)
		}
		s.Sources[p.Key] = src.ID
		res := model.FetchResult{CheckedAt: now.Add(-10 * time.Minute), NextCheckAt: now.Add(20 * time.Minute), Title: p.Name}
		if i == len(c.Publishers)-1 {
			res.Err = fmt.Errorf("GET %s: status 503 Service Unavailable", src.FeedURL)
			s.FailingID = src.ID
		}
		if err := st.RecordFetch(ctx, src.ID, res); err != nil {
			return nil, fmt.Errorf("record fetch %s: %w", p.Key, err)
		}
	}
	// Originals before their copies, so DuplicateOf can name a stored id.
	arts := slices.Clone(c.Articles)
	slices.SortStableFunc(arts, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	for _, a := range arts {
		p, _ := c.Publisher(a.Publisher)
		if err := s.addArticle(ctx, st, p, a, o); err != nil {
			return nil, err
		}
	}
	if err := s.cluster(ctx, st, arts); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Site) addArticle(ctx context.Context, st store.Store, p demo.Publisher, a demo.Article, o Options) error {
	var authors []string
	if a.Author != "" {
		authors = []string{a.Author}
	}
	entry := model.Article{GUID: a.ID, URL: o.ArticleURL(p, a), Title: a.Title, Summary: a.Dek, Authors: authors,
		PublishedAt: a.Published, UpdatedAt: a.Updated, Language: a.Lang}
	if imgs := a.Images(); len(imgs) > 0 {
		entry.ImageURL = o.ImageURL(p, imgs[0].Img)
	}
	ids, err := st.SaveEntries(ctx, s.Sources[p.Key], []model.Article{entry})
	if err != nil || len(ids) != 1 {
		return fmt.Errorf("save %s: %v %w", a.ID, ids, err)
	}
	id := ids[0]
	s.Articles[a.ID], s.ByID[id] = id, a
	c := Content(id, p, a, o)
	if err := st.SaveContent(ctx, c); err != nil {
		return fmt.Errorf("content %s: %w", a.ID, err)
	}
	if err := st.SaveEnrichment(ctx, Enrichment(id, a, c.Text)); err != nil {
		return fmt.Errorf("enrichment %s: %w", a.ID, err)
	}
	return nil
}

// Content renders the corpus body the way the extraction stage does:
// figures with the caption and a separate credit.
func Content(id int64, p demo.Publisher, a demo.Article, o Options) *model.Content {
	var h, text strings.Builder
	c := &model.Content{ArticleID: id, Title: a.Title, Language: a.Lang, SiteName: p.Name, PublishedAt: a.Published,
		ModifiedAt: a.Updated, ExtractedAt: a.Published.Add(5 * time.Minute)}
	if a.Author != "" {
		c.Authors = []string{a.Author}
	}
	para := func(t string) {
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(t)
	}
	esc := html.EscapeString
	for _, b := range a.Body {
		switch {
		case b.P != "":
			h.WriteString("<p>" + esc(b.P) + "</p>\n")
			para(b.P)
		case b.H != "":
			h.WriteString("<h2>" + esc(b.H) + "</h2>\n")
			para(b.H)
		case b.Img != "":
			img := model.Image{URL: o.ImageURL(p, b.Img), Alt: b.Alt, Caption: b.Caption, Credit: b.Credit}
			c.Images = append(c.Images, img)
			h.WriteString(`<figure><img src="` + esc(img.URL) + `" alt="` + esc(img.Alt) + `"><figcaption>` + esc(img.Caption))
			if img.Credit != "" {
				h.WriteString(` <small class="credit">` + esc(img.Credit) + `</small>`)
			}
			h.WriteString("</figcaption></figure>\n")
		case b.Quote != "":
			h.WriteString("<blockquote><p>" + esc(b.Quote) + "</p></blockquote>\n")
			para(b.Quote)
		case len(b.List) > 0:
			h.WriteString("<ul>")
			for _, it := range b.List {
				h.WriteString("<li>" + esc(it) + "</li>")
			}
			h.WriteString("</ul>\n")
			para(strings.Join(b.List, "\n"))
		}
	}
	c.HTML, c.Text = h.String(), text.String()
	if len(c.Images) > 0 {
		c.LeadImage = c.Images[0].URL
	}
	return c
}

// Enrichment derives the understanding stage's output from the corpus:
// its tags, the speakers of its quotes, its section as a place, quoted
// speech, and its first sentences as key points.
func Enrichment(id int64, a demo.Article, text string) *model.Enrichment {
	e := &model.Enrichment{ArticleID: id, Language: a.Lang}
	for _, t := range a.Tags {
		e.Tags = append(e.Tags, model.Tag{Slug: tagSlug(t), Name: "#" + hashtagName(t)})
		e.Keyphrases = append(e.Keyphrases, strings.ToLower(t))
	}
	seen := map[string]bool{}
	addEntity := func(name, typ string) {
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		e.Entities = append(e.Entities, model.Entity{Key: Slug(name), Name: name, Type: typ, Mentions: max(1, strings.Count(text, name))})
	}
	for _, b := range a.Body {
		if b.Quote != "" {
			e.Quotes = append(e.Quotes, model.Quote{Text: b.Quote, Speaker: b.Cite})
			addEntity(b.Cite, "person")
		}
	}
	for _, q := range quotedSpeech(text) {
		if len(e.Quotes) < 4 {
			e.Quotes = append(e.Quotes, model.Quote{Text: q.text, Speaker: q.speaker})
			addEntity(q.speaker, "person")
		}
	}
	if a.Author != "" {
		addEntity(a.Author, "person")
	}
	for _, t := range a.Tags {
		switch {
		case strings.Contains(text, " in "+t) || strings.Contains(text, " of "+t) || strings.Contains(text, " à "+t):
			addEntity(t, "place")
		case len(strings.Fields(t)) > 1 && unicode.IsUpper([]rune(t)[0]):
			addEntity(t, "organization")
		}
	}
	e.Summary = Sentences(text, 3)
	return e
}

type speech struct{ text, speaker string }

// quotedSpeech finds `"...," Name Surname said` patterns.
func quotedSpeech(text string) []speech {
	var out []speech
	for _, p := range strings.Split(text, "\n\n") {
		if !strings.HasPrefix(p, "\"") {
			continue
		}
		end := strings.Index(p[1:], "\"")
		if end < 20 {
			continue
		}
		q := strings.TrimRight(p[1:end+1], ",")
		rest := strings.Fields(p[end+2:])
		var name []string
		for _, w := range rest {
			w = strings.Trim(w, ",.")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			name = append(name, w)
		}
		if len(name) >= 1 && len(name) <= 4 {
			out = append(out, speech{q, strings.Join(name, " ")})
		}
	}
	return out
}

// Sentences returns the first n sentences of text.
func Sentences(text string, n int) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		for len(p) > 0 && len(out) < n {
			i := sentenceEnd(p)
			if i < 0 {
				out = append(out, strings.TrimSpace(p))
				break
			}
			out = append(out, strings.TrimSpace(p[:i+1]))
			p = p[i+2:]
		}
	}
	return out
}

// tagSlug is the slug the understanding stage gives the tag t.
func tagSlug(t string) string { return enrich.HashtagKey("#" + hashtagName(t)) }

// Slug is a name's slug: lower-case words joined by hyphens (entity keys).
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

// cluster places every article in its story (standalone articles alone),
// marks wire copies, and links stories that share tags.
func (s *Site) cluster(ctx context.Context, st store.Store, arts []demo.Article) error {
	next := int64(1)
	tags := map[int64]map[string]bool{}
	for _, a := range arts {
		key := a.Story
		if key == "" {
			key = "solo:" + a.ID
		}
		sid, ok := s.Stories[key]
		if !ok {
			sid = next
			next++
			s.Stories[key] = sid
			tags[sid] = map[string]bool{}
		}
		for _, t := range a.Tags {
			tags[sid][tagSlug(t)] = true
		}
		p := model.Placement{ArticleID: s.Articles[a.ID], StoryID: sid}
		if a.WireOf != "" {
			p.DuplicateOf = s.Articles[a.WireOf]
		}
		if err := st.SavePlacement(ctx, p); err != nil {
			return fmt.Errorf("place %s: %w", a.ID, err)
		}
	}
	for key, sid := range s.Stories {
		group := s.storyArticles(arts, key)
		if len(group) == 0 {
			continue
		}
		if err := st.SetStoryHeadline(ctx, sid, group[0].Title); err != nil {
			return err
		}
		var summary []model.KeyPoint
		for _, a := range group {
			if len(summary) < 3 && a.WireOf == "" {
				for _, t := range Sentences(a.Dek, 1) {
					summary = append(summary, model.KeyPoint{Text: t, ArticleID: s.Articles[a.ID]})
				}
			}
		}
		if err := st.SetStorySummary(ctx, sid, summary); err != nil {
			return err
		}
		var related []int64
		for other, ot := range tags {
			if other == sid {
				continue
			}
			for t := range tags[sid] {
				if ot[t] {
					related = append(related, other)
					break
				}
			}
		}
		slices.Sort(related)
		if len(related) > 6 {
			related = related[:6]
		}
		if err := st.SetRelatedStories(ctx, sid, related); err != nil {
			return err
		}
	}
	return nil
}

func (s *Site) storyArticles(arts []demo.Article, key string) []demo.Article {
	var out []demo.Article
	for _, a := range arts {
		if a.Story == key || "solo:"+a.ID == key {
			out = append(out, a)
		}
	}
	return out
}

// Served points articles and photos at running demo publisher sites, so
// links to the original and body images work on loopback.
func Served(site *demo.Site) Options {
	base := map[string]string{}
	for _, p := range site.Publishers() {
		base[p.Key] = strings.TrimSuffix(p.HomeURL, "/")
	}
	return Options{
		ArticleURL: func(p demo.Publisher, a demo.Article) string { return base[p.Key] + demo.ArticlePath(p, a) },
		ImageURL:   func(p demo.Publisher, id string) string { return base[p.Key] + "/images/" + id + ".svg" },
	}
}

// sentenceEnd finds ". " followed by a capital letter or a quote, so
// "9:15 a.m. carrying" does not end a sentence.
func sentenceEnd(p string) int {
	for off := 0; ; {
		i := strings.Index(p[off:], ". ")
		if i < 0 {
			return -1
		}
		i += off
		if rest := []rune(p[i+2:]); len(rest) > 0 && (unicode.IsUpper(rest[0]) || rest[0] == '"') {
			return i
		}
		off = i + 2
	}
}

// hashtagName is "Port Calder" → "PortCalder".
func hashtagName(t string) string {
	var b strings.Builder
	for _, w := range strings.Fields(t) {
		r := []rune(w)
		b.WriteString(strings.ToUpper(string(r[0])) + string(r[1:]))
	}
	return b.String()
}
