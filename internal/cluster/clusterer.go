package cluster

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// ErrInvalidArticle reports an article the clusterer cannot place.
var ErrInvalidArticle = errors.New("invalid article")

// Placement is where Add put an article.
type Placement struct {
	Story StoryID
	// New is true when the article started the story.
	New bool
	// Score is the similarity to the story it joined (0 for a new story,
	// 1 for a known duplicate).
	Score float64
	// Merged lists stories absorbed into Story: stories this article
	// showed were one event. The oldest story keeps its id, so Story may
	// be one of those rather than the one the article joined. The caller
	// moves their articles to Story.
	Merged []StoryID
	// Known is true when the article was already placed; nothing changed.
	Known bool
	// Also lists further coverage this placement found (Config.AlsoRatio):
	// the article covering other live stories as well, and recent articles
	// of other stories covering the one it joined. Each article stays in
	// its own story; the other story's page lists it.
	Also []AlsoLink
	// Settled lists merges of earlier lone articles into the stories
	// they turned out to belong to, made while placing this article: the
	// lone articles this one's story adopts (Config.AdoptBridge), and
	// those settled on this turn (Clusterer.Settle), which need not
	// involve Story.
	Settled []Merge
	// Moved lists articles re-homed on this turn (Config.RehomeRatio):
	// each leaves its story, which keeps its other articles, for one that
	// formed after it joined.
	Moved []Move
}

// AlsoLink says that an article covers a story other than its own as well.
type AlsoLink struct {
	Article string
	Story   StoryID
}

// Clusterer places articles into stories. It is safe for concurrent use:
// placement is serialised, so two workers adding articles of one new event
// at once still produce one story.
type Clusterer struct {
	cfg     Config
	weights [nChannels]float64
	offsets [nChannels]float64
	cross   [nChannels]float64 // weights across languages
	lookup  [nChannels]float64 // weights of query terms in candidate lookup

	mu         sync.Mutex
	vocab      *vocab
	stories    map[StoryID]*story
	articles   map[string]StoryID // articles of live stories
	index      postings
	nextID     StoryID
	now        time.Time // latest publication time seen: the stream's clock
	stamp      uint64
	seq        uint64 // articles placed so far
	published  *publishedTimes
	sinceEvict int
	sweeps     int
	pruneAt    int // vocabulary size that triggers the next prune
	// recent remembers the last placed articles' vectors (a ring of
	// Config.RecentArticles) so that a story formed after them can still
	// list them as further coverage.
	recent     []*recentArticle
	recentNext int
	recentByID map[string]*recentArticle
	// lone lists the recent stories started by an article that found
	// nothing to join, to be settled (Config.SettleEvery).
	lone []unsettled
	// joiners lists recent articles that joined a story, to be re-homed
	// (Config.RehomeRatio).
	joiners []joiner
}

// New returns an empty clusterer.
func New(cfg Config) *Clusterer {
	var lookup [nChannels]float64
	for ch, w := range cfg.channelWeights() {
		lookup[ch] = max(w, cfg.crossWeights()[ch])
	}
	return &Clusterer{
		cross:      cfg.crossWeights(),
		lookup:     lookup,
		cfg:        cfg,
		weights:    cfg.channelWeights(),
		offsets:    cfg.channelOffsets(),
		vocab:      newVocab(),
		stories:    make(map[StoryID]*story),
		articles:   make(map[string]StoryID),
		index:      newPostings(cfg.MaxPosting),
		recentByID: make(map[string]*recentArticle),
		published:  newPublishedTimes(max(0, cfg.StaleArticles*quietCap)),
		nextID:     1,
	}
}

// Add places one article: it joins the most similar recent story when the
// similarity clears Config.Threshold, and starts a new story otherwise.
// Adding an article that is already placed changes nothing.
func (c *Clusterer) Add(a Article) (Placement, error) {
	if a.ID == "" {
		return Placement{}, fmt.Errorf("%w: empty id", ErrInvalidArticle)
	}
	a.Language = articleLanguage(a)
	f := c.cfg.features(a) // tokenising needs no lock
	c.mu.Lock()
	defer c.mu.Unlock()
	if id, ok := c.articles[a.ID]; ok {
		return Placement{Story: id, Known: true}, nil
	}
	a.Published = c.advance(a.Published)
	c.seq++
	c.published.add(a.Published)
	vec := c.vocab.vectorize(f, true)

	if a.DuplicateOf != "" {
		if id, ok := c.articles[a.DuplicateOf]; ok {
			c.join(c.stories[id], a, vec)
			p := Placement{Story: id, Score: 1}
			c.settleDue(&p)
			return p, nil
		}
	}

	ranked := c.candidates(vec, a.Language, a.Published)
	// The best candidate that clears its own bar: Threshold, or
	// CrossThreshold for an established story in other languages, or
	// UntitledThreshold when the headlines cannot agree (see Config).
	pick := -1
	for i, r := range ranked {
		if r.score >= c.threshold(r) {
			pick = i
			break
		}
	}
	if pick < 0 {
		s := c.create(c.nextID)
		c.join(s, a, vec)
		p := Placement{Story: s.id, New: true}
		if len(ranked) > 0 {
			p.Score = ranked[0].score
		}
		c.remember(a, vec, nil)
		c.note(s.id)
		c.settleDue(&p)
		return p, nil
	}
	best := ranked[pick].s
	// The article may bridge stories that are one event told in different
	// words: every other story it resembles is a merge candidate, merged
	// when the two centroids agree as well. They are compared before the
	// article joins: an article that covers two events would otherwise
	// lend the first story the very words it shares with the second and
	// vouch for the merge itself.
	var merges []*story
	for i, r := range ranked {
		if i == pick {
			continue
		}
		if r.score < c.cfg.MergeThreshold {
			break
		}
		sim := best.profile.similarityProfile(&r.s.profile, c.storyWeights(best, r.s), c.offsets)
		if otherDays(&best.profile[chDays], &r.s.profile[chDays]) {
			sim *= 1 - c.cfg.DayPenalty
		}
		if sim >= c.cfg.MergeCentroid {
			merges = append(merges, r.s)
		}
	}
	adopted := c.adoptable(best, ranked)
	earlier := c.earlierCoverage(best, ranked)
	c.join(best, a, vec)
	p := Placement{Story: best.id, Score: ranked[pick].score}
	into := best
	for _, from := range merges {
		if from.id < into.id {
			into, from = from, into // the older story keeps its id
		}
		c.merge(into, from)
		p.Merged = append(p.Merged, from.id)
	}
	for _, lone := range adopted {
		if lone.dead || lone == into {
			continue // also a merge candidate, merged above
		}
		// As when settling: the story keeps its id, and the caller moves
		// the lone article (only it, if its stored story holds more).
		c.merge(into, lone)
		p.Settled = append(p.Settled, Merge{Into: into.id, From: lone.id, Article: lone.members[0].id})
	}
	p.Story = into.id
	p.Also = c.alsoCovers(a.ID, into, ranked, ranked[pick].score)
	for _, m := range earlier {
		if c.articles[m.id] != into.id { // a merge may have brought it in
			m.linked = append(m.linked, into.id)
			p.Also = append(p.Also, AlsoLink{Article: m.id, Story: into.id})
		}
	}
	c.remember(a, vec, p.Also)
	c.noteJoin(a.ID)
	c.settleDue(&p)
	return p, nil
}

// Restore re-adds an article whose story is already known, typically read
// back from the store at start-up, so that the state after a restart is the
// state before it. Articles should be restored in publication order.
func (c *Clusterer) Restore(a Article, id StoryID) error {
	return c.RestorePrepared(c.Prepare(a), id)
}

// Prepared is an article tokenised for the clusterer. Tokenising is most of
// the cost of restoring an article and needs no lock, so a caller restoring
// many articles can prepare them on all cores and restore them in order.
type Prepared struct {
	a Article
	f features
}

// Prepare tokenises a for RestorePrepared. It is safe for concurrent use.
func (c *Clusterer) Prepare(a Article) Prepared {
	a.Language = articleLanguage(a)
	f := c.cfg.features(a)
	a.Text = "" // tokenised; a story keeps no text
	return Prepared{a: a, f: f}
}

// RestorePrepared is Restore for a prepared article.
func (c *Clusterer) RestorePrepared(p Prepared, id StoryID) error {
	a := p.a
	if a.ID == "" {
		return fmt.Errorf("%w: empty id", ErrInvalidArticle)
	}
	if id <= 0 {
		return fmt.Errorf("%w: story id %d", ErrInvalidArticle, id)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.articles[a.ID]; ok {
		return nil
	}
	a.Published = c.advance(a.Published)
	c.seq++
	c.published.add(a.Published)
	vec := c.vocab.vectorize(p.f, true)
	s := c.stories[id]
	joined := s != nil
	if s == nil {
		s = c.create(id)
		// A lone article placed just before a restart is settled after
		// it as it would have been without one.
		c.note(id)
	}
	c.join(s, a, vec)
	c.remember(a, vec, nil)
	if joined && a.DuplicateOf == "" {
		c.noteJoin(a.ID) // and re-homed likewise
	}
	return nil
}

// ReserveIDs makes new stories take IDs after last: the caller's store
// may know stories (older than what it restored, or merged away) whose
// IDs must not name a new story.
func (c *Clusterer) ReserveIDs(last StoryID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nextID = max(c.nextID, last+1)
}

func (c *Clusterer) create(id StoryID) *story {
	s := newStory(id)
	c.stories[id] = s
	if id >= c.nextID {
		c.nextID = id + 1
	}
	return s
}

func (c *Clusterer) join(s *story, a Article, vec docVec) {
	trimmed, dropped := s.addMember(a, vec, c.cfg.CentroidTerms, c.cfg.MaxMembers)
	for _, id := range trimmed {
		delete(c.articles, id)
	}
	if s.count >= 2 && s.formed == 0 {
		s.formed = c.seq
	}
	c.articles[a.ID] = s.id
	c.unindex(s, dropped)
	for _, terms := range queryTermsByChannel(vec, c.cfg.IndexTerms) {
		for _, e := range terms {
			if s.profile.holds(e.t) {
				c.index.add(e.t, s)
			}
		}
	}
}

// unindex takes s off the lists of terms its centroid no longer holds: a
// story is found by the terms it keeps, and a story that runs for days
// would otherwise stay listed under every name it ever met (and hold those
// terms in the vocabulary).
func (c *Clusterer) unindex(s *story, terms []termID) {
	for _, t := range terms {
		if _, ok := s.indexed[t]; ok {
			delete(s.indexed, t)
			c.index.remove(t, s)
		}
	}
}

type candidate struct {
	s     *story
	score float64
	// cross: scored on entities and names only, the story having no
	// article in the article's language.
	cross bool
	// untitled: compared on words, but the headlines share (almost) no
	// term.
	untitled bool
}

// threshold is the bar a candidate must clear for the article to join it.
func (c *Clusterer) threshold(r candidate) float64 {
	switch {
	case r.cross && r.s.count >= c.cfg.CrossMinArticles:
		return c.cfg.CrossThreshold
	case r.cross || r.untitled:
		return c.cfg.UntitledThreshold
	}
	return c.cfg.Threshold
}

// candidates scores the stories sharing one of the article's heaviest terms,
// best first.
func (c *Clusterer) candidates(vec docVec, lang string, at time.Time) []candidate {
	return c.candidatesWhere(vec, lang, at, nil)
}

// candidatesWhere is candidates among the stories keep accepts (all when
// nil), filtered before the costly full score.
func (c *Clusterer) candidatesWhere(vec docVec, lang string, at time.Time, keep func(*story) bool) []candidate {
	c.stamp++
	var cands []*story
	for ch, terms := range queryTermsByChannel(vec, c.cfg.QueryTerms) {
		for _, e := range terms {
			cands = c.index.collect(e.t, c.lookup[ch]*float64(e.w), c.stamp, cands)
		}
	}
	if keep != nil {
		cands = slices.DeleteFunc(cands, func(s *story) bool { return !keep(s) })
	}
	// Only the stories sharing the most query weight get the full score,
	// so the cost per article is bounded however common its words are.
	if k := c.cfg.MaxCandidates; k > 0 && len(cands) > k {
		slices.SortFunc(cands, func(a, b *story) int {
			if a.acc != b.acc {
				return cmp.Compare(b.acc, a.acc)
			}
			return cmp.Compare(a.id, b.id)
		})
		cands = cands[:k]
	}
	sorted := vec.byTerm()
	out := make([]candidate, 0, len(cands))
	for _, s := range cands {
		if r := c.score(s, sorted, lang, at); r.score > 0 {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.s.id, b.s.id)
	})
	return out
}

// score is the similarity of an article (v sorted by term) in language lang,
// published at, to story s, after time decay and the day penalty.
func (c *Clusterer) score(s *story, v docVec, lang string, at time.Time) candidate {
	return c.scoreBy(s.profile.similarity, s, v, lang, at)
}

// scoreMember is score for an article that is a member of s, against the
// rest of s.
func (c *Clusterer) scoreMember(s *story, v docVec, lang string, at time.Time) candidate {
	return c.scoreBy(s.profile.similarityWithout, s, v, lang, at)
}

func (c *Clusterer) scoreBy(similarity func(v docVec, w, offset [nChannels]float64) float64, s *story, v docVec, lang string, at time.Time) candidate {
	var sim float64
	words, names := s.languageMix(lang)
	if words {
		sim = similarity(v, c.weights, c.offsets)
	}
	if names {
		sim = max(sim, similarity(v, c.cross, c.offsets))
	}
	score := sim * c.decay(at, s)
	if len(v[chDays]) > 0 && s.profile[chDays].norm2 > 0 && s.profile[chDays].cosineSorted(v[chDays]) == 0 {
		score *= 1 - c.cfg.DayPenalty // it names other days than the story
	}
	untitled := words && len(v[chTitle]) > 0 && s.profile[chTitle].norm2 > 0 &&
		s.profile[chTitle].cosineSorted(v[chTitle]) < c.cfg.TitleGate
	return candidate{s, score, !words, untitled}
}

// decay weighs similarity by the time between the article and the story's
// last update, in either direction (feeds deliver late). Staleness is judged
// against the story's own pace: a story covered every ten minutes that has
// been silent for hours is over, one covered twice a day is not. The scale
// is PaceFactor times the mean gap between the story's articles, kept
// between MinHalfLife and HalfLife (a single-article story gets HalfLife/4),
// and similarity halves when the gap reaches it.
func (c *Clusterer) decay(at time.Time, s *story) float64 {
	if at.IsZero() || s.last.IsZero() || c.cfg.HalfLife <= 0 {
		return 1
	}
	gap := at.Sub(s.last)
	if gap < 0 {
		gap = -gap
	}
	scale := c.cfg.HalfLife / 4
	if n := s.count; n > 1 {
		pace := s.last.Sub(s.first) / time.Duration(n-1)
		scale = time.Duration(c.cfg.PaceFactor * float64(pace))
	}
	scale = min(max(scale, c.cfg.MinHalfLife), c.cfg.HalfLife)
	if scale <= 0 {
		return 1
	}
	stale := gap.Hours() / scale.Hours()
	// In a quiet stream hours pass with little news: a story is only stale
	// once enough other articles have been published as well (counted by
	// publication time, so the same pair ages the same in any arrival
	// order; the article itself counts as one). But only so much
	// fresher than the clock says (QuietFloor): at the start of a stream,
	// or when a feed's backlog arrives at once, few articles have been
	// placed whatever the gap, and a report days later on another event
	// in the same place must not read as the next instalment.
	if c.cfg.StaleArticles > 0 {
		quiet := float64(c.published.between(s.last, at)+1) / float64(c.cfg.StaleArticles)
		stale = min(stale, max(quiet, c.cfg.QuietFloor*stale))
	}
	return 1 / (1 + stale)
}

// storyWeights compares two stories on words when they share a language
// (or either language is unknown), and on names only otherwise.
func (c *Clusterer) storyWeights(a, b *story) [nChannels]float64 {
	if len(a.languages) == 0 || len(b.languages) == 0 {
		return c.weights
	}
	for l := range a.languages {
		if b.languages[l] > 0 {
			return c.weights
		}
	}
	return c.cross
}

// advance moves the stream clock and evicts stale stories now and then;
// amortised over many additions, a sweep costs little per article. It
// returns the article's time: an undated article is taken to arrive
// Config.UndatedInterval after the latest one, so arrival order still
// carries recency.
func (c *Clusterer) advance(t time.Time) time.Time {
	if t.IsZero() {
		c.now = c.now.Add(c.cfg.UndatedInterval)
		t = c.now
	}
	if t.After(c.now) {
		c.now = t
	}
	c.sinceEvict++
	if c.sinceEvict >= 512 || (c.cfg.MaxActive > 0 && len(c.stories) > c.cfg.MaxActive) {
		c.sinceEvict = 0
		c.evict()
	}
	return t
}
