package demo

import (
	"slices"
	"strings"
	"time"
)

// Slug is the part of the id after the publisher key.
func (a Article) Slug() string {
	_, slug, _ := strings.Cut(a.ID, "/")
	return slug
}

// LastModified is the later of Published and Updated.
func (a Article) LastModified() time.Time {
	if a.Updated.After(a.Published) {
		return a.Updated
	}
	return a.Published
}

// Images returns the image blocks of the body, in order.
func (a Article) Images() []Block {
	var imgs []Block
	for _, b := range a.Body {
		if b.Img != "" {
			imgs = append(imgs, b)
		}
	}
	return imgs
}

// Publisher returns the publisher with the given key.
func (c *Corpus) Publisher(key string) (Publisher, bool) {
	for _, p := range c.Publishers {
		if p.Key == key {
			return p, true
		}
	}
	return Publisher{}, false
}

// Article returns the article with the given id.
func (c *Corpus) Article(id string) (Article, bool) {
	for _, a := range c.Articles {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}

// ByPublisher returns the publisher's articles, newest first.
func (c *Corpus) ByPublisher(key string) []Article {
	var out []Article
	for _, a := range c.Articles {
		if a.Publisher == key {
			out = append(out, a)
		}
	}
	sortNewestFirst(out)
	return out
}

// Stories groups the articles that belong to a story by story key, each group
// oldest first (so a wire original usually comes before its reprints).
// Standalone articles are left out.
func (c *Corpus) Stories() map[string][]Article {
	stories := make(map[string][]Article)
	for _, a := range c.Articles {
		if a.Story != "" {
			stories[a.Story] = append(stories[a.Story], a)
		}
	}
	for _, group := range stories {
		slices.SortStableFunc(group, func(x, y Article) int { return x.Published.Compare(y.Published) })
	}
	return stories
}

// Reprints maps a wire original's id to the ids of the articles that reprint it.
func (c *Corpus) Reprints() map[string][]string {
	reprints := make(map[string][]string)
	for _, a := range c.Articles {
		if a.WireOf != "" {
			reprints[a.WireOf] = append(reprints[a.WireOf], a.ID)
		}
	}
	return reprints
}

func sortNewestFirst(articles []Article) {
	slices.SortStableFunc(articles, func(x, y Article) int {
		if c := y.Published.Compare(x.Published); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
}

// Shift returns a copy of c with every date moved by the same whole number
// of days, so that the most recent date in the corpus (published or
// updated) lies between 45 minutes and a day and 45 minutes before now,
// at its own time of day. The demo then shows "5 hours ago" rather than
// dates from the time the corpus was written, and no date is ever in the
// future. The days and dates the text names move with them (see
// shiftText), so the shifted corpus reads as the original does, whatever
// the hour.
func Shift(c *Corpus, now time.Time) *Corpus {
	var newest time.Time
	for _, a := range c.Articles {
		if m := a.LastModified(); m.After(newest) {
			newest = m
		}
	}
	days := int(now.Add(-45*time.Minute).Sub(newest).Hours() / 24)
	if now.Add(-45 * time.Minute).Before(newest) {
		days-- // a corpus newer than now moves back a whole day or more
	}
	out := &Corpus{
		Publishers: slices.Clone(c.Publishers),
		Articles:   make([]Article, len(c.Articles)),
	}
	for i, a := range c.Articles {
		year := a.Published.Year()
		shift := func(s string) string { return shiftText(s, days, year) }
		a.Title, a.Dek = shift(a.Title), shift(a.Dek)
		a.Tags = slices.Clone(a.Tags)
		a.Body = cloneBody(a.Body)
		for j := range a.Body {
			b := &a.Body[j]
			b.P, b.H, b.Quote, b.Caption, b.Alt = shift(b.P), shift(b.H), shift(b.Quote), shift(b.Caption), shift(b.Alt)
			for k := range b.List {
				b.List[k] = shift(b.List[k])
			}
		}
		a.Published = a.Published.AddDate(0, 0, days)
		if !a.Updated.IsZero() {
			a.Updated = a.Updated.AddDate(0, 0, days)
		}
		out.Articles[i] = a
	}
	return out
}

func cloneBody(body []Block) []Block {
	out := slices.Clone(body)
	for i := range out {
		out[i].List = slices.Clone(out[i].List)
	}
	return out
}
