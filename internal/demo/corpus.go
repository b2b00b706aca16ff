// Package demo serves a bundled, entirely fictional news corpus through a set
// of small publisher websites on loopback, so that Herald can ingest them the
// way it ingests real publishers: feeds, article pages, images, robots.txt.
package demo

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
)

// corpusFS holds publishers.json and articles/*.json. Writers edit the JSON;
// the binary carries it so `herald demo` needs no files on disk.
//
//go:embed corpus
var corpusFS embed.FS

// Corpus is the whole demo world: who publishes, and what they published.
type Corpus struct {
	Publishers []Publisher
	Articles   []Article // in file order, then array order
}

// Publisher is one demo news site.
type Publisher struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	Lang string `json:"lang"`
	Feed string `json:"feed"` // atom, rss2, rdf, jsonfeed, rss2-media, rss2-windows-1252
	Kind string `json:"kind"` // house style, for the writers
}

// Article is one published piece. Story groups articles about the same event
// (the gold standard for clustering); WireOf names the wire original of a
// reprint (the gold standard for dedup).
type Article struct {
	ID        string
	Publisher string
	Story     string
	WireOf    string
	Lang      string
	Section   string
	Title     string
	Dek       string
	Author    string
	Published time.Time
	Updated   time.Time // zero when never updated
	Tags      []string
	Body      []Block
}

// Block is one element of an article body. Exactly one of P, H, Img, Quote or
// List is set; Alt, Caption and Credit go with Img, Cite with Quote.
type Block struct {
	P       string   `json:"p,omitempty"`
	H       string   `json:"h,omitempty"`
	Img     string   `json:"img,omitempty"`
	Alt     string   `json:"alt,omitempty"`
	Caption string   `json:"caption,omitempty"`
	Credit  string   `json:"credit,omitempty"`
	Quote   string   `json:"quote,omitempty"`
	Cite    string   `json:"cite,omitempty"`
	List    []string `json:"list,omitempty"`
}

// articleJSON is the on-disk form; dates stay strings until validated so a
// bad date is reported with the article id rather than as a JSON error.
type articleJSON struct {
	ID        string   `json:"id"`
	Publisher string   `json:"publisher"`
	Story     string   `json:"story"`
	WireOf    string   `json:"wire_of"`
	Lang      string   `json:"lang"`
	Section   string   `json:"section"`
	Title     string   `json:"title"`
	Dek       string   `json:"dek"`
	Author    string   `json:"author"`
	Published string   `json:"published"`
	Updated   string   `json:"updated"`
	Tags      []string `json:"tags"`
	Body      []Block  `json:"body"`
}

// LoadCorpus parses and validates the embedded corpus.
func LoadCorpus() (*Corpus, error) {
	sub, err := fs.Sub(corpusFS, "corpus")
	if err != nil {
		return nil, fmt.Errorf("open embedded corpus: %w", err)
	}
	return LoadCorpusFS(sub)
}

// LoadCorpusFS parses and validates a corpus laid out like the embedded one:
// publishers.json and articles/*.json at the root of fsys. Tests use it with
// their own fixtures.
func LoadCorpusFS(fsys fs.FS) (*Corpus, error) {
	var c Corpus
	if err := decodeStrict(fsys, "publishers.json", &c.Publishers); err != nil {
		return nil, err
	}
	files, err := fs.Glob(fsys, "articles/*.json")
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	var problems []error
	for _, name := range files {
		var raw []articleJSON
		if err := decodeStrict(fsys, name, &raw); err != nil {
			problems = append(problems, err)
			continue
		}
		for _, r := range raw {
			a, err := r.article()
			if err != nil {
				problems = append(problems, fmt.Errorf("%s: %w", path.Base(name), err))
				continue
			}
			c.Articles = append(c.Articles, a)
		}
	}
	problems = append(problems, c.validate()...)
	if len(problems) > 0 {
		return nil, fmt.Errorf("invalid corpus: %w", errors.Join(problems...))
	}
	return &c, nil
}

// decodeStrict rejects unknown fields so that a misspelt key ("image" for
// "img") is caught at load time instead of silently dropping a photo.
func decodeStrict(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	return nil
}

func (r articleJSON) article() (Article, error) {
	a := Article{
		ID: r.ID, Publisher: r.Publisher, Story: r.Story, WireOf: r.WireOf,
		Lang: r.Lang, Section: r.Section, Title: r.Title, Dek: r.Dek,
		Author: r.Author, Tags: r.Tags, Body: r.Body,
	}
	var err error
	if a.Published, err = time.Parse(time.RFC3339, r.Published); err != nil {
		return Article{}, fmt.Errorf("article %q: published: %w", r.ID, err)
	}
	if r.Updated != "" {
		if a.Updated, err = time.Parse(time.RFC3339, r.Updated); err != nil {
			return Article{}, fmt.Errorf("article %q: updated: %w", r.ID, err)
		}
	}
	return a, nil
}

// validate reports every problem at once, so a writer fixing the corpus sees
// the whole list rather than one error per run.
func (c *Corpus) validate() []error {
	var problems []error
	publishers := make(map[string]bool, len(c.Publishers))
	for _, p := range c.Publishers {
		if p.Key == "" || publishers[p.Key] {
			problems = append(problems, fmt.Errorf("publisher %q: empty or duplicate key", p.Key))
		}
		if !knownFeedFormat(p.Feed) {
			problems = append(problems, fmt.Errorf("publisher %q: unknown feed format %q", p.Key, p.Feed))
		}
		publishers[p.Key] = true
	}
	ids := make(map[string]bool, len(c.Articles))
	for _, a := range c.Articles {
		if ids[a.ID] {
			problems = append(problems, fmt.Errorf("article %q: duplicate id", a.ID))
		}
		ids[a.ID] = true
	}
	for _, a := range c.Articles {
		problems = append(problems, a.problems(publishers, ids)...)
	}
	return problems
}

func (a Article) problems(publishers, ids map[string]bool) []error {
	var problems []error
	bad := func(format string, args ...any) {
		problems = append(problems, fmt.Errorf("article %q: "+format, append([]any{a.ID}, args...)...))
	}
	if !publishers[a.Publisher] {
		bad("unknown publisher %q", a.Publisher)
	}
	if !strings.HasPrefix(a.ID, a.Publisher+"/") || a.Slug() == "" || strings.Contains(a.Slug(), "/") {
		bad("id must be %q followed by a slug", a.Publisher+"/")
	}
	if strings.TrimSpace(a.Title) == "" {
		bad("empty title")
	}
	if a.WireOf != "" && (!ids[a.WireOf] || a.WireOf == a.ID) {
		bad("wire_of %q is not another article in the corpus", a.WireOf)
	}
	if len(a.Body) == 0 {
		bad("empty body")
	}
	for i, b := range a.Body {
		if b.kinds() != 1 {
			bad("body block %d must have exactly one of p, h, img, quote, list", i)
		}
	}
	return problems
}

func (b Block) kinds() int {
	n := 0
	for _, set := range []bool{b.P != "", b.H != "", b.Img != "", b.Quote != "", len(b.List) > 0} {
		if set {
			n++
		}
	}
	return n
}
