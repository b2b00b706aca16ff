package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"herald/internal/cluster"
	"herald/internal/dedup"
	"herald/internal/model"
	"herald/internal/store"
)

// StageStories is the name of the clustering stage.
const StageStories = "stories"

// StoryPlacer recognises wire copies and places each article in a story.
// The clustering state lives in memory and is rebuilt from the store at
// start-up.
type StoryPlacer struct {
	store  store.Store
	logger *slog.Logger
	sign   dedup.Config

	// mu makes placing an article and recording it one step, so the store
	// never sees a story that the clusterer has already merged away.
	mu       sync.Mutex
	clusters *cluster.Clusterer
	copies   *dedup.Index
	window   time.Duration
	placed   int // since the copy index was last pruned
	// rerooted maps an original to the earlier-published copy that took
	// its place after arriving late (feeds are polled in any order).
	rerooted map[int64]int64
	// pending holds placements the clusterer made whose recording failed
	// part-way (a store error); the job's retry finds the article already
	// placed and records them from here.
	pending map[int64]pendingPlacement
	// unsettled holds what a Settle failed to record, for the next one.
	unsettled cluster.Placement
	// placing is set by each placement and cleared by Settle: a Settle
	// that finds it clear comes after a whole interval without articles.
	placing bool
	// reports keeps recent articles' key points for story summaries.
	reports reportCache
}

// NewStoryPlacer rebuilds the clustering state from the placements of
// articles published within window before now.
func NewStoryPlacer(ctx context.Context, st store.Store, now time.Time, window time.Duration, logger *slog.Logger) (*StoryPlacer, error) {
	sp := &StoryPlacer{store: st, logger: logger, sign: dedup.DefaultConfig(),
		clusters: cluster.New(cluster.DefaultConfig()), rerooted: map[int64]int64{}, pending: map[int64]pendingPlacement{},
		window: window}
	var err error
	if sp.copies, err = dedup.NewIndex(sp.sign); err != nil {
		return nil, fmt.Errorf("story placer: %w", err)
	}
	places, err := st.Placements(ctx, now.Add(-window))
	if err != nil {
		return nil, fmt.Errorf("story placer: %w", err)
	}
	if err := sp.rebuild(ctx, places); err != nil {
		return nil, fmt.Errorf("story placer: rebuild: %w", err)
	}
	// Stories older than the window, or merged away, keep their IDs.
	last, err := st.LastStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("story placer: %w", err)
	}
	sp.clusters.ReserveIDs(cluster.StoryID(last))
	logger.Info("story state rebuilt", "articles", len(places))
	return sp, nil
}

// rebuildChunk is how many articles are read and tokenised at once before
// they are restored in order: enough to keep every core busy, few enough
// that their texts take little memory.
const rebuildChunk = 256

// rebuild restores placements (in publication order) into the copy index and
// the clusterer. Reading an article back, signing its text and tokenising
// it take nearly all the time and are independent, so they run on every
// core; restoring is cheap and keeps the order.
func (sp *StoryPlacer) rebuild(ctx context.Context, places []model.Placement) error {
	type loaded struct {
		art  cluster.Article
		sig  dedup.Signature
		prep cluster.Prepared
		gone bool // deleted since it was placed
	}
	buf := make([]loaded, rebuildChunk)
	for start := 0; start < len(places); start += rebuildChunk {
		chunk := places[start:min(start+rebuildChunk, len(places))]
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(runtime.GOMAXPROCS(0))
		for i, p := range chunk {
			g.Go(func() error {
				art, sig, err := sp.load(gctx, p.ArticleID)
				if errors.Is(err, model.ErrNotFound) {
					buf[i] = loaded{gone: true}
					return nil
				}
				if err != nil {
					return err
				}
				if p.DuplicateOf != 0 {
					art.DuplicateOf = strconv.FormatInt(p.DuplicateOf, 10)
				}
				buf[i] = loaded{art: art, sig: sig, prep: sp.clusters.Prepare(art)}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for i, p := range chunk {
			r := buf[i]
			if r.gone {
				continue
			}
			sp.copies.Add(r.art.ID, r.sig, r.art.Published)
			if err := sp.clusters.RestorePrepared(r.prep, cluster.StoryID(p.StoryID)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Name implements jobs.Stage.
func (sp *StoryPlacer) Name() string { return StageStories }

// InPublicationOrder implements jobs.Ordered: the clusterer decides online,
// so a backlog placed feed by feed would put a reaction piece before the
// reports it reacts to.
func (sp *StoryPlacer) InPublicationOrder() {}

// Run implements jobs.Stage.
func (sp *StoryPlacer) Run(ctx context.Context, articleID int64) error {
	art, sig, err := sp.load(ctx, articleID)
	if err != nil {
		return err
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.reports.forget(articleID) // re-extracted articles come back with new key points
	var dupOf int64
	if m, ok := sp.copies.Add(art.ID, sig, art.Published); ok && m.Original != art.ID {
		art.DuplicateOf = m.Original
		orig, _ := strconv.ParseInt(m.Original, 10, 64)
		if dupOf, err = sp.original(ctx, orig, articleID, art.Published); err != nil {
			return err
		}
	}
	p, err := sp.clusters.Add(art)
	if err != nil {
		return fmt.Errorf("place article %d: %w", articleID, err)
	}
	sp.placing = true
	if sp.placed++; sp.placed >= 1000 {
		// The copy index forgets texts too old to be reprinted now, so its
		// memory follows the window, not the archive.
		sp.copies.Prune(art.Published.Add(-sp.window))
		sp.placed = 0
	}
	if p.Known {
		pend, ok := sp.pending[articleID]
		if !ok {
			return nil // placed and recorded before (the job ran twice)
		}
		story := p.Story // where the article is now: later merges may have moved it
		p, dupOf = pend.p, pend.dupOf
		p.New = p.New && story == p.Story // a merged-away new story is not this one's to describe
		p.Story = story
	}
	if err := sp.record(ctx, articleID, p, dupOf); err != nil {
		// The clusterer has moved on; the retry must still write it all.
		if len(sp.pending) >= maxPending {
			// The store has been failing for a long while; what is
			// dropped here comes back right at the next start-up,
			// rebuilt from what the store holds.
			for id := range sp.pending {
				delete(sp.pending, id)
				break
			}
		}
		sp.pending[articleID] = pendingPlacement{p: p, dupOf: dupOf}
		return err
	}
	delete(sp.pending, articleID)
	return nil
}

// maxPending bounds the placements kept for retry.
const maxPending = 10000

// pendingPlacement is a placement the store has not fully recorded.
type pendingPlacement struct {
	p     cluster.Placement
	dupOf int64
}

// record writes a placement to the store: the article's story, the merges
// it caused, further coverage and the story's description. Every step can
// run again without harm.
func (sp *StoryPlacer) record(ctx context.Context, articleID int64, p cluster.Placement, dupOf int64) error {
	storyID := int64(p.Story)
	if err := sp.store.SavePlacement(ctx, model.Placement{ArticleID: articleID, StoryID: storyID, DuplicateOf: dupOf}); err != nil {
		return err
	}
	if dupOf != 0 {
		if err := sp.shareTags(ctx, articleID, dupOf); err != nil {
			sp.logger.Warn("share tags with a copy", "article_id", articleID, "error", err)
		}
	}
	for _, from := range p.Merged {
		if err := sp.store.MergeStories(ctx, storyID, int64(from)); err != nil && !errors.Is(err, model.ErrNotFound) {
			return err
		}
	}
	if err := sp.recordSettled(ctx, p.Settled); err != nil {
		// Other articles' moves: the next Settle writes them, and this
		// article's job goes on.
		sp.logger.Warn("settle stories", "error", err)
		sp.unsettled.Settled = append(sp.unsettled.Settled, p.Settled...)
	}
	if err := sp.recordMoved(ctx, p.Moved); err != nil {
		sp.logger.Warn("re-home articles", "error", err)
		sp.unsettled.Moved = append(sp.unsettled.Moved, p.Moved...)
	}
	if err := sp.recordAlso(ctx, p.Also); err != nil {
		return fmt.Errorf("place article %d: %w", articleID, err)
	}
	return sp.refresh(ctx, p.Story)
}

// recordAlso lists articles under the further stories they cover.
func (sp *StoryPlacer) recordAlso(ctx context.Context, links []cluster.AlsoLink) error {
	for _, l := range links {
		id, err := strconv.ParseInt(l.Article, 10, 64)
		if err != nil {
			return fmt.Errorf("further coverage by article %q: %w", l.Article, err)
		}
		if err := sp.store.AddAlsoCovers(ctx, id, []int64{int64(l.Story)}); err != nil && !errors.Is(err, model.ErrNotFound) {
			return err
		}
	}
	return nil
}

// original returns the article a new copy copies: the family's earliest
// published member. When the new article is older than the family's
// original, it becomes the original, the family is recorded as its
// copies, and original returns 0.
func (sp *StoryPlacer) original(ctx context.Context, orig, articleID int64, published time.Time) (int64, error) {
	for {
		next, ok := sp.rerooted[orig]
		if !ok {
			break
		}
		orig = next
	}
	o, err := sp.store.Article(ctx, orig)
	if err != nil {
		return 0, err
	}
	oPublished := o.PublishedAt
	if oPublished.IsZero() {
		oPublished = o.CreatedAt
	}
	if !published.Before(oPublished) {
		return orig, nil
	}
	family, err := sp.store.Copies(ctx, orig)
	if err != nil {
		return 0, err
	}
	family = append(family, *o)
	for _, f := range family {
		p, err := sp.store.Placement(ctx, f.ID)
		if err != nil {
			return 0, err
		}
		p.DuplicateOf = articleID
		if err := sp.store.SavePlacement(ctx, *p); err != nil {
			return 0, err
		}
		if err := sp.shareTags(ctx, f.ID, articleID); err != nil {
			sp.logger.Warn("share tags with a copy", "article_id", f.ID, "error", err)
		}
	}
	sp.rerooted[orig] = articleID
	return 0, nil
}

// refresh sets a story's headline, summary and related stories from the
// clusterer.
func (sp *StoryPlacer) refresh(ctx context.Context, id cluster.StoryID) error {
	s, ok := sp.clusters.Story(id)
	if !ok {
		return nil // merged away or evicted since
	}
	if s.Headline != "" {
		err := sp.store.SetStoryHeadline(ctx, int64(id), s.Headline)
		if errors.Is(err, model.ErrNotFound) {
			return nil // gone from the store (emptied, or its source unfollowed) while the clusterer still has it
		}
		if err != nil {
			return err
		}
	}
	if err := sp.summarize(ctx, s); err != nil {
		return err
	}
	related, err := sp.setRelated(ctx, id)
	if err != nil {
		return err
	}
	// Its neighbours learn of it too: a story placed before them would
	// otherwise keep the empty list it had when it was alone.
	for _, r := range related {
		if _, err := sp.setRelated(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// relatedPerStory is how many related stories a story lists.
const relatedPerStory = 6

// setRelated stores story id's related stories and returns them.
func (sp *StoryPlacer) setRelated(ctx context.Context, id cluster.StoryID) ([]cluster.StoryID, error) {
	var ids []cluster.StoryID
	var related []int64
	for _, r := range sp.clusters.Related(id, relatedPerStory) {
		ids = append(ids, r.ID)
		related = append(related, int64(r.ID))
	}
	err := sp.store.SetRelatedStories(ctx, int64(id), related)
	if !errors.Is(err, model.ErrNotFound) {
		return ids, err
	}
	// The story, or a neighbour, is gone from the store (emptied, or its
	// source unfollowed) while the clusterer still has it: keep the live
	// neighbours.
	if _, err := sp.store.Story(ctx, int64(id)); err != nil {
		return nil, nil
	}
	var liveIDs []cluster.StoryID
	var live []int64
	for _, r := range ids {
		if _, err := sp.store.Story(ctx, int64(r)); err == nil {
			liveIDs, live = append(liveIDs, r), append(live, int64(r))
		}
	}
	if err := sp.store.SetRelatedStories(ctx, int64(id), live); err != nil && !errors.Is(err, model.ErrNotFound) {
		return nil, err
	}
	return liveIDs, nil
}

// load gathers what clustering reads of an article and its copy signature.
func (sp *StoryPlacer) load(ctx context.Context, articleID int64) (cluster.Article, dedup.Signature, error) {
	a, err := sp.store.Article(ctx, articleID)
	if err != nil {
		return cluster.Article{}, nil, err
	}
	doc, err := documentOf(ctx, sp.store, a)
	if err != nil {
		return cluster.Article{}, nil, err
	}
	art := cluster.Article{ID: strconv.FormatInt(a.ID, 10), Title: a.Title, Text: doc.Text,
		Source: a.SourceName, Language: doc.Language, Published: a.PublishedAt}
	if art.Published.IsZero() {
		art.Published = a.CreatedAt
	}
	// Entity keys link coverage across publishers. Keyphrases are left out:
	// measured on the demo corpus they split stories, because phrasing
	// differs between publishers and languages far more than names do.
	if e, err := sp.store.Enrichment(ctx, articleID); err == nil {
		for _, en := range e.Entities {
			art.Entities = append(art.Entities, en.Key)
			art.EntityMentions = append(art.EntityMentions, en.Mentions)
		}
	} else if !errors.Is(err, model.ErrNotFound) {
		return cluster.Article{}, nil, err
	}
	return art, sp.sign.Sign(a.Title + "\n" + doc.Text), nil
}
