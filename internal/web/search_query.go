package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"herald/internal/model"
	"herald/internal/store"
)

// searchParams is a search as the address states it; pages, feeds and the
// API read the same parameters: q, source, tag, from, to (YYYY-MM-DD).
type searchParams struct {
	Q        string
	SourceID int64
	Tag      string
	From, To string
	since    time.Time
	until    time.Time
}

const maxQuery = 200

// readSearch validates the search parameters; the error wraps ErrInvalid
// and says what is wrong in words a reader can act on.
func readSearch(r *http.Request) (searchParams, error) {
	q := r.URL.Query()
	p := searchParams{Q: strings.TrimSpace(q.Get("q")), Tag: strings.TrimSpace(q.Get("tag")),
		From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to"))}
	if !utf8.ValidString(p.Q) {
		// Echo it back readable: the page shows the text in the search box.
		p.Q = strings.ToValidUTF8(p.Q, "\uFFFD")
		return p, fmt.Errorf("the search text is not valid UTF-8 text; type it again rather than pasting an encoded address: %w", model.ErrInvalid)
	}
	if utf8.RuneCountInString(p.Q) > maxQuery {
		return p, fmt.Errorf("the search text must be at most %d characters: %w", maxQuery, model.ErrInvalid)
	}
	if v := q.Get("source"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return p, fmt.Errorf("source=%q: want a source number: %w", v, model.ErrInvalid)
		}
		p.SourceID = id
	}
	if p.Tag != "" && !validSlug(p.Tag) {
		return p, fmt.Errorf("tag=%q: a tag is lower-case words joined by hyphens: %w", p.Tag, model.ErrInvalid)
	}
	var err error
	if p.since, err = parseDay(p.From, "from"); err != nil {
		return p, err
	}
	if p.until, err = parseDay(p.To, "to"); err != nil {
		return p, err
	}
	if !p.until.IsZero() {
		p.until = p.until.Add(24*time.Hour - time.Nanosecond) // the whole "to" day
	}
	if !p.since.IsZero() && !p.until.IsZero() && p.until.Before(p.since) {
		return p, fmt.Errorf("the 'to' date is before the 'from' date: %w", model.ErrInvalid)
	}
	return p, nil
}

func parseDay(v, name string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s=%q: want a date like 2026-11-24: %w", name, truncate(v, 40), model.ErrInvalid)
	}
	return t, nil
}

// empty reports a search with no words: full-text search needs at least
// one, the filters only narrow it.
func (p searchParams) empty() bool { return p.Q == "" }

// filtered reports whether any filter is set.
func (p searchParams) filtered() bool {
	return p.SourceID != 0 || p.Tag != "" || p.From != "" || p.To != ""
}

func (p searchParams) query(limit, offset int) store.SearchQuery {
	return store.SearchQuery{Text: p.Q, SourceID: p.SourceID, Tag: p.Tag, Since: p.since, Until: p.until,
		Limit: limit, Offset: offset}
}

// values is the search as query parameters, for links that keep it.
func (p searchParams) values() url.Values {
	v := url.Values{}
	set := func(k, x string) {
		if x != "" {
			v.Set(k, x)
		}
	}
	set("q", p.Q)
	if p.SourceID > 0 {
		v.Set("source", strconv.FormatInt(p.SourceID, 10))
	}
	set("tag", p.Tag)
	set("from", p.From)
	set("to", p.To)
	return v
}

// describe names the search for titles: "“bridge” in #transport".
func (p searchParams) describe() string {
	var parts []string
	if p.Q != "" {
		parts = append(parts, "“"+p.Q+"”")
	}
	if p.Tag != "" {
		parts = append(parts, "tagged "+p.Tag)
	}
	if p.From != "" {
		parts = append(parts, "from "+p.From)
	}
	if p.To != "" {
		parts = append(parts, "to "+p.To)
	}
	if len(parts) == 0 {
		return "everything"
	}
	return strings.Join(parts, " ")
}

// errNoSuchSource is a search narrowed to a source Herald does not follow:
// an error, not an empty result, since the number came from a list.
func errNoSuchSource(id int64) error {
	return fmt.Errorf("source=%d: no source has that number: %w", id, model.ErrInvalid)
}
