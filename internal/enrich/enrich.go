package enrich

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LLM is the optional model backend; *llm.Client implements it. Every
// error makes Enrich and Ask fall back to the offline methods.
type LLM interface {
	// Summarize writes n key points grounded in the numbered sentences.
	Summarize(ctx context.Context, title string, sentences []string, n int) ([]string, error)
	// Answer answers the question and returns the indices of the sentences
	// that support it.
	Answer(ctx context.Context, question string, sentences []string) (string, []int, error)
}

// Options tune Enrich. The zero value gives 10 keyphrases, 8 hashtags and
// a 3-sentence extractive summary.
type Options struct {
	Keyphrases       int
	Hashtags         int
	SummarySentences int
	Stats            CorpusStats  // corpus document frequencies; nil scores the article alone
	LLM              LLM          // nil: offline only
	Logger           *slog.Logger // nil: no logging
}

func (o Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return o.Logger
}

// Result is everything Enrich derives from one article.
type Result struct {
	Language   string      `json:"language"`
	Keyphrases []Keyphrase `json:"keyphrases"` // best first
	Hashtags   []string    `json:"hashtags"`
	Entities   []Entity    `json:"entities"` // most mentioned first
	Quotes     []Quote     `json:"quotes"`   // in article order
	Summary    []string    `json:"summary"`
	// SummarySource is "llm" when the model wrote the summary, otherwise
	// "extractive" (sentences copied from the article).
	SummarySource string `json:"summary_source"`
	// Unsure are one-word names left out of Entities because this article
	// alone cannot type them or tell them from a common word (Type is a
	// guess, or empty); a caller that knows other articles may add them.
	Unsure []Entity `json:"-"`
}

// ErrEmptyDocument reports a document with no text to enrich.
var ErrEmptyDocument = errors.New("enrich: document has no text")

// hashtagEntityMentions is how often an entity must be named to lead the
// hashtags; a passing mention should not.
const hashtagEntityMentions = 2

// Enrich runs the whole understanding stage on one article. It only fails
// on an empty document or a cancelled context; LLM failures fall back to
// the offline summary silently (logged at debug level).
func Enrich(ctx context.Context, doc Document, opts Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("enrich: %w", err)
	}
	doc.Text = strings.ToValidUTF8(doc.Text, "")
	doc.Title = strings.ToValidUTF8(doc.Title, "")
	if strings.TrimSpace(doc.Text) == "" {
		return nil, ErrEmptyDocument
	}
	opts.Keyphrases = cmp.Or(opts.Keyphrases, 10)
	opts.Hashtags = cmp.Or(opts.Hashtags, 8)
	opts.SummarySentences = cmp.Or(opts.SummarySentences, 3)
	an := Analyze(doc) // tokens, sentences and stems shared by keyphrases, hashtags and summary
	doc.Language = an.Language()

	a := analyze(doc)
	r := &Result{
		Language:   doc.Language,
		Keyphrases: an.Keyphrases(opts.Stats, opts.Keyphrases),
		Entities:   a.entityList(),
		Quotes:     a.quotes,
		Unsure:     a.unsureList(),
	}
	if r.Quotes == nil {
		r.Quotes = []Quote{}
	}
	if r.Keyphrases == nil {
		r.Keyphrases = []Keyphrase{}
	}
	places := map[string]bool{}
	var placeNames []string
	for _, e := range r.Entities {
		if e.Type == Place {
			places[slug(e.Name)] = true
			placeNames = append(placeNames, e.Name)
		}
	}
	topics := withoutPublisher(an.TopicPhrases(opts.Stats, opts.Hashtags), doc.Publisher, doc.Text, places)
	topics = withoutDemonyms(topics, placeNames, doc.Title+"\n"+doc.Text)
	topics = withoutIncidental(topics, doc, an)
	topics = withoutTruncated(topics, doc.Title+"\n"+doc.Text)
	topics = withoutPeople(topics, r.Entities)
	topics = byEntityName(topics, r.Entities)
	topics = withoutNameParts(topics, r.Entities, doc.Title+"\n"+doc.Text)
	intros := a.commentatorIntros()
	cited := a.citedSources(intros)
	topics = withoutSources(topics, cited)
	topics = withoutSlugs(topics, a.commentatorEmployers(intros))
	topics = withoutSlugs(topics, a.creditedNames())
	r.Hashtags = Hashtags(a.hashtagEntities(cited), canonicalTopics(a.lang, topics), opts.Hashtags)
	if r.Hashtags == nil {
		r.Hashtags = []string{}
	}
	r.Summary, r.SummarySource = summarize(ctx, doc, an, opts)
	return r, nil
}

// central reports whether an entity named n times is what the article is
// about rather than a voice in it: named in the headline, first named in
// the opening three paragraphs, or named often. An economist quoted twice
// near the end ("#LinneaHarcourt") is not a topic, and her tag would take
// the place of one that is ("#Blackout").
func (a *analysis) central(c *cluster, n int) bool {
	title := lower(a.title)
	if containsWords(title, lower(c.name)) {
		return true
	}
	first := -1
	if c.first >= 0 && c.first < len(a.mentions) {
		first = a.openingPlace(a.mentions[c.first])
	}
	if c.typ == Place && first != 0 && n*1000 < placeTagPerMille*a.wordCount() && !a.titleNamesPart(c) {
		// A place the lead does not name and the text passes through
		// ("#UnitedStates" in an American paper's story, the city a tour
		// starts in): on real pages such place tags were right about one
		// time in three.
		return false
	}
	if n >= hashtagCentralMentions || first >= 0 && first <= 2 {
		return true
	}
	return c.typ == Person && len(c.words) > 1 && containsWords(title, lower(c.words[len(c.words)-1]))
}

// openingPlace is the paragraph a mention is in. In a text given as one
// block (a wire copy or a feed summary without breaks) every name would be
// in the first paragraph, so two sentences count as one: news paragraphs
// are a sentence or two. On 40 such stories, the names this left out of
// the tags were judged wrong or passing 19 times in 27 ("#MarcoRubio"
// and "#HillaryClinton" as customers of a delivery start-up).
func (a *analysis) openingPlace(m mention) int {
	if len(a.paras) > 1 {
		return m.para
	}
	for i, s := range a.paras[m.para].sents {
		if m.tok0 <= s[1] {
			return i / 2
		}
	}
	return m.para
}

// titleNamesPart reports a title holding the distinctive word of a
// place's name: "Veyra" of the Veyra River in "Marsk seals Veyra water
// deal", not "River".
func (a *analysis) titleNamesPart(c *cluster) bool {
	title := lower(a.title)
	for _, w := range c.words {
		lw := lower(w)
		if len(c.words) > 1 && !nameHeadWord(lw) && len(lw) >= 4 && containsWords(title, lw) {
			return true
		}
	}
	return false
}

// placeTagPerMille is how often per thousand words an article must name a
// place that its title and first paragraph do not, for the place to be a tag.
const placeTagPerMille = 8

// wordCount is the number of words in the article's paragraphs, counted
// once.
func (a *analysis) wordCount() int {
	if a.words == 0 {
		for _, p := range a.paras {
			for _, t := range p.toks {
				if t.word {
					a.words++
				}
			}
		}
	}
	return a.words
}

// hashtagCentralMentions is how often an entity must be named to be a
// topic wherever the article first names it.
const hashtagCentralMentions = 3

// hashtagEntities are the names of the entities an article is about:
// named at least twice and central to it (see central), people and
// organisations before places. A dateline does not count: "QASR AL-NUR,
// Nov 25 (Northwind) -" says where the story was filed, not that it is
// about Qasr al-Nur; nor does a source the story only cites (cited).
func (a *analysis) hashtagEntities(cited map[*cluster]bool) []string {
	type named struct {
		name     string
		typ      EntityType
		mentions int
	}
	var picked []named
	for _, c := range a.clusters {
		if n := c.topicalMentions(); !c.dropped && n >= hashtagEntityMentions && !cited[c] && a.central(c, n) {
			picked = append(picked, named{c.linkName(a.lang), c.typ, n})
		}
	}
	for _, c := range a.things {
		// A machine or a product the article keeps naming ("#SLS" for the
		// Space Launch System, "#MEB" for "the MEB platform") is a topic
		// though it is no entity.
		if c.product && c.mentions >= hashtagCentralMentions && a.central(c, c.mentions) {
			picked = append(picked, named{mostWritten(c.counts), Organization, c.mentions})
		}
	}
	rank := map[EntityType]int{Person: 0, Organization: 0, Place: 1}
	slices.SortStableFunc(picked, func(x, y named) int {
		return cmp.Or(cmp.Compare(rank[x.typ], rank[y.typ]), cmp.Compare(y.mentions, x.mentions))
	})
	names := make([]string, 0, 5)
	for _, e := range picked {
		if len(names) == 5 {
			break
		}
		names = append(names, e.name)
	}
	return names
}

// mostWritten returns the form written most often; of a tie, the
// shortest, then the first in order.
func mostWritten(counts map[string]int) string {
	best := ""
	for s, n := range counts {
		if b := counts[best]; best == "" || n > b || n == b && (len(s) < len(best) || len(s) == len(best) && s < best) {
			best = s
		}
	}
	return best
}

func summarize(ctx context.Context, doc Document, an *Analysis, opts Options) ([]string, string) {
	n := opts.SummarySentences
	if opts.LLM != nil {
		sents := ArticleSentences(doc)
		pts, err := opts.LLM.Summarize(ctx, doc.Title, sents, n)
		if err == nil && len(pts) > 0 {
			return pts, "llm"
		}
		opts.logger().DebugContext(ctx, "llm summary failed; using extractive summary", "err", err)
	}
	s := an.Summary(n)
	if s == nil {
		s = []string{}
	}
	return s, "extractive"
}

// withoutPeople drops the topic phrases that name a person, whole or by a
// part ("Brandvold" for Ilse Brandvold): people become tags as entities,
// only when they are central to the article (see central), so a voice
// quoted in passing does not come back as a topic.
func withoutPeople(topics []Keyphrase, ents []Entity) []Keyphrase {
	names := map[string]bool{}
	for _, e := range ents {
		if e.Type != Person {
			continue
		}
		names[slug(e.Name)] = true
		for _, al := range e.Aliases {
			names[slug(al)] = true // "CEO Craig Menear"
		}
		for _, w := range strings.Fields(e.Name) {
			names[slug(w)] = true
		}
	}
	return withoutSlugs(topics, names)
}

// byEntityName writes a topic that is another name of a place or an
// organisation ("Britain", "UK") as that entity's name ("United
// Kingdom"), so that it merges with the entity's tag instead of standing
// beside it, and gathers the same articles.
func byEntityName(topics []Keyphrase, ents []Entity) []Keyphrase {
	canonical := map[string]string{}
	for _, e := range ents {
		if e.Type == Person {
			continue
		}
		for _, al := range e.Aliases {
			if s := slug(al); s != slug(e.Name) && !partOfAnotherName(s, e, ents) {
				canonical[s] = e.Name
			}
		}
	}
	for i, t := range topics {
		if name, ok := canonical[slug(t.Text)]; ok && unicode.IsUpper(runeAt(t.Text, 0)) {
			topics[i].Text = name // not "union" for the European Union's "Union"
		}
	}
	return topics
}

// partOfAnotherName reports an alias of e that is also a word of another
// entity's name: "Calder" of the Calder estuary is also Port Calder's.
func partOfAnotherName(alias string, e Entity, ents []Entity) bool {
	for _, o := range ents {
		if o.Name != e.Name && tagKeyContains(slug(o.Name), alias) {
			return true
		}
	}
	return false
}

// withoutSlugs drops the topic phrases whose slug is in names.
func withoutSlugs(topics []Keyphrase, names map[string]bool) []Keyphrase {
	out := topics[:0]
	for _, t := range topics {
		if !names[slug(t.Text)] {
			out = append(out, t)
		}
	}
	return out
}

// withoutNameParts drops a capitalised topic phrase that the article
// writes only inside a longer name ("U.S. Securities" and "Exchange
// Commission" of the U.S. Securities and Exchange Commission), and a
// capitalised word that it writes only inside runs of capitalised words
// ("Light" of the Amsterdam Light Festival, "Dear" of "Dear Abby"): the
// whole name is the tag, when it is one. A phrase that is a name of its own
// ("Velmont" beside "Velmont University"), is also written alone, or in
// lower case ("health" beside the National Health Service) stays.
func withoutNameParts(topics []Keyphrase, ents []Entity, text string) []Keyphrase {
	own := map[string]bool{}
	var inNames [][2]int // byte spans of the longer names in text
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			own[slug(n)] = true
			if !strings.Contains(n, " ") {
				continue
			}
			for i := 0; ; {
				k := strings.Index(text[i:], n)
				if k < 0 {
					break
				}
				inNames = append(inNames, [2]int{i + k, i + k + len(n)})
				i += k + len(n)
			}
		}
	}
	runs := append(inNames[:len(inNames):len(inNames)], capitalisedRuns(text)...)
	out := topics[:0]
	for _, t := range topics {
		if gluedNames(t.Text, own) {
			continue // "Britain Liu Xiaming" of "ambassador to Britain Liu Xiaming": two names, each its own tag
		}
		spans := inNames
		if !strings.Contains(t.Text, " ") {
			spans = runs // a phrase of several words may be a name whose run goes on ("2018 Welcome Daehak-ro Festival")
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsUpper(r) || own[slug(t.Text)] ||
			writtenAsWord(text, strings.ToLower(t.Text)) || !onlyInside(text, t.Text, spans) {
			out = append(out, t)
		}
	}
	return out
}

// gluedNames reports a phrase that is two of the article's names written
// side by side, each named by a slug in own.
func gluedNames(phrase string, own map[string]bool) bool {
	words := strings.Fields(phrase)
	if own[slug(phrase)] {
		return false
	}
	for i := 1; i < len(words); i++ {
		if own[slug(strings.Join(words[:i], " "))] && own[slug(strings.Join(words[i:], " "))] {
			return true
		}
	}
	return false
}

// onlyInside reports whether every occurrence of phrase in text lies
// inside one of spans (and there is at least one). It reads the first
// onlyInsideChecks occurrences: on a hostile page every one of thousands
// would scan thousands of spans.
func onlyInside(text, phrase string, spans [][2]int) bool {
	found := false
	for i, n := 0, 0; ; n++ {
		k := strings.Index(text[i:], phrase)
		if k < 0 || n == onlyInsideChecks {
			return found
		}
		at := i + k
		inside := false
		for _, s := range spans {
			if s[0] <= at && at+len(phrase) <= s[1] && s[1]-s[0] > len(phrase) {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
		found = true
		i = at + len(phrase)
	}
}

// onlyInsideChecks bounds the occurrences onlyInside reads.
const onlyInsideChecks = 200

// writtenAsWord reports phrase in text exactly as given (case counts),
// between non-letters.
func writtenAsWord(text, phrase string) bool {
	for i := 0; phrase != ""; {
		k := strings.Index(text[i:], phrase)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(phrase)
		if !unicode.IsLetter(runeBefore(text, at)) && !unicode.IsLetter(runeAt(text, end)) {
			return true
		}
		i = end
	}
	return false
}
