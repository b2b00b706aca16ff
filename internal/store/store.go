// Package store defines what Herald keeps and how it is asked for. Each
// backend (sqlite/, later postgres/) implements Store and must pass the
// shared conformance suite in storetest/.
package store

import (
	"context"
	"strings"
	"time"

	"herald/internal/model"
)

// Store is the persistence contract. Methods return errors wrapping
// model.ErrNotFound, model.ErrConflict or model.ErrInvalid where those apply.
type Store interface {
	// AddSource stores a new source; ErrConflict if its feed URL exists.
	// It sets src.ID and src.CreatedAt.
	AddSource(ctx context.Context, src *model.Source) error
	Source(ctx context.Context, id int64) (*model.Source, error)
	SourceByFeedURL(ctx context.Context, feedURL string) (*model.Source, error)
	Sources(ctx context.Context) ([]model.Source, error)
	SetSourceEnabled(ctx context.Context, id int64, enabled bool) error
	// DeleteSource removes the source and its links; articles that no
	// other source carries are removed with it.
	DeleteSource(ctx context.Context, id int64) error
	// DueSources lists enabled sources whose next check is at or before now.
	DueSources(ctx context.Context, now time.Time, limit int) ([]model.Source, error)
	// ClaimDueSources returns up to limit due sources and, in the same
	// transaction, moves their next check to leaseUntil, so concurrent
	// schedulers never claim one source twice and a poll lost in a crash
	// is retried once the lease runs out.
	ClaimDueSources(ctx context.Context, now, leaseUntil time.Time, limit int) ([]model.Source, error)
	// RecordFetch stores the outcome of one poll: validators and schedule
	// on success, error count and message on failure.
	RecordFetch(ctx context.Context, sourceID int64, res model.FetchResult) error

	// SaveEntries stores a feed's entries for a source in one transaction.
	// An entry is matched to a stored article first by (source, GUID), then
	// by canonical URL; matched articles are linked and updated, others
	// inserted. It returns the IDs of newly inserted articles, in input order.
	SaveEntries(ctx context.Context, sourceID int64, entries []model.Article) ([]int64, error)
	Article(ctx context.Context, id int64) (*model.Article, error)
	// LatestArticles lists articles newest first (by published time, then
	// ID); with before > 0 only those listed after the article with that ID.
	LatestArticles(ctx context.Context, limit int, before int64) ([]model.Article, error)
	// ArticleSourceIDs lists the sources that carry an article.
	ArticleSourceIDs(ctx context.Context, articleID int64) ([]int64, error)
	// ArticlesBeforeStage lists IDs above afterID of articles whose stage
	// is not the given final stage, in ID order: the pipeline's work left.
	ArticlesBeforeStage(ctx context.Context, stage string, afterID int64, limit int) ([]int64, error)
	// ArticlesAtStage lists up to limit IDs of articles at the given stage,
	// earliest published first (first seen, when undated; then by ID).
	ArticlesAtStage(ctx context.Context, stage string, limit int) ([]int64, error)
	SetArticleStage(ctx context.Context, id int64, stage string) error
	// RewindArticleStage sets an article back to stage unless it is at
	// unless (one check and write, so a concurrent reset to unless is not
	// overwritten), and reports whether it did; ErrNotFound when there is
	// no such article.
	RewindArticleStage(ctx context.Context, id int64, stage, unless string) (bool, error)
	// EntryTimes returns the published times of a source's most recent
	// entries, newest first, for adaptive polling.
	EntryTimes(ctx context.Context, sourceID int64, limit int) ([]time.Time, error)

	ContentStore
	EnrichmentStore
	StoryStore
	SearchStore
	LeaseStore

	Close() error
}

// LeaseStore keeps the pipeline lease: which one process may run the
// pipeline on this database. Story placement keeps its clustering state in
// memory and numbers new stories after the IDs it read at start, so two
// processes placing articles at once could give two stories one ID, or
// grow clusters that never meet. The holder renews its lease well before
// it expires; a holder that crashed simply lets it run out.
type LeaseStore interface {
	// AcquirePipelineLease takes the lease for owner until now+ttl when no
	// one holds it, when its holder's expiry is at or before now, or when
	// owner holds it already (which renews it). It returns the lease as it
	// stands after the call and whether owner holds it; ErrInvalid for an
	// empty owner or a ttl that is not positive.
	AcquirePipelineLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (Lease, bool, error)
	// RenewPipelineLease moves owner's expiry to now+ttl, and reports
	// false when owner holds the lease no more (it released it, or it
	// expired and another owner took it). A lease that expired but that no
	// one took is still owner's: nobody else can have run the pipeline.
	RenewPipelineLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (bool, error)
	// ReleasePipelineLease gives the lease up if owner holds it, so the
	// next process need not wait for it to expire; otherwise it does
	// nothing.
	ReleasePipelineLease(ctx context.Context, owner string) error
}

// Lease is who holds the pipeline lease, and until when unless renewed.
type Lease struct {
	Owner   string
	Expires time.Time
}

// ContentStore keeps the extraction stage's output.
type ContentStore interface {
	// SaveContent stores (replacing) an article's extracted content.
	SaveContent(ctx context.Context, c *model.Content) error
	// Content returns ErrNotFound until the article was extracted.
	Content(ctx context.Context, articleID int64) (*model.Content, error)
}

// EnrichmentStore keeps the understanding stage's output and the tags and
// entities it links across articles.
type EnrichmentStore interface {
	// SaveEnrichment stores (replacing) an article's enrichment and its
	// links to tags and entities.
	SaveEnrichment(ctx context.Context, e *model.Enrichment) error
	Enrichment(ctx context.Context, articleID int64) (*model.Enrichment, error)
	// SetTags replaces an enriched article's tags, and nothing else of
	// its enrichment; ErrNotFound when the article is not enriched.
	SetTags(ctx context.Context, articleID int64, tags []model.Tag) error
	// Tag returns a tag with its article count.
	Tag(ctx context.Context, slug string) (*model.Tag, error)
	// TagNeighbours lists the other tags of the stories that articles tagged
	// slug belong to (the tag's latest 200 articles), those shared by
	// most stories first, Count being the number of stories: what the
	// same news is tagged in other words and languages.
	TagNeighbours(ctx context.Context, slug string, limit int) ([]model.Tag, error)
	// TopTags lists the tags with most articles published since since.
	TopTags(ctx context.Context, since time.Time, limit int) ([]model.Tag, error)
	// TagArticles lists a tag's articles newest first; before pages as in
	// LatestArticles.
	TagArticles(ctx context.Context, slug string, limit int, before int64) ([]model.Article, error)
	// SourceArticles lists a source's articles newest first.
	SourceArticles(ctx context.Context, sourceID int64, limit int, before int64) ([]model.Article, error)
	// DocumentFrequencies returns, for each term key, how many enriched
	// articles had it among their TermKeys, and how many enriched articles
	// there are: corpus statistics for keyphrase scoring.
	DocumentFrequencies(ctx context.Context, terms []string) (map[string]int, int, error)
	// EntityTypeVotes returns, for each entity key, how many articles
	// other than except link to it with at least minEvidence (see
	// model.Entity.Evidence); articles placed as copies of another do not
	// count, and keys no counted article links are absent. A link joined
	// from a short name counts for the key its article read (JoinedFrom).
	EntityTypeVotes(ctx context.Context, keys []string, except int64, minEvidence int) (map[string]int, error)
	// DetectedLanguages returns, for each of ids, the language extraction
	// detected, else the one the understanding stage detected, in one
	// query: lists fall back on it for articles whose feed states none.
	// IDs with neither (or no article) are absent.
	DetectedLanguages(ctx context.Context, ids []int64) (map[int64]string, error)
	// EntityGuessArticles lists up to limit articles, newest first, that
	// link any of keys with at most maxEvidence (a joined link by the key
	// its article read): the articles a confident reading elsewhere may
	// correct.
	EntityGuessArticles(ctx context.Context, keys []string, maxEvidence, limit int) ([]int64, error)
	// LongerNames returns, for each one-word entity key ("person:trump"),
	// the stored entities of the same type, named in more than one word,
	// whose keys end with that word after more ("person:donald-trump"),
	// Mentions holding how many articles other than except name each
	// themselves: links joined from a short name (model.Entity.JoinedFrom)
	// and copies of another article do not count, and entities no counted
	// article links are left out.
	LongerNames(ctx context.Context, keys []string, except int64) (map[string][]model.Entity, error)
}

// LastWord returns what follows the last hyphen or colon of an entity key:
// "trump" for "person:donald-trump". Backends index it for LongerNames.
func LastWord(key string) string {
	return key[strings.LastIndexAny(key, ":-")+1:]
}

// StoryStore keeps the clustering stage's output.
type StoryStore interface {
	// SavePlacement records which story an article belongs to (and which
	// original it copies), creating the story row if needed, and refreshes
	// the story's counts, first report and times.
	SavePlacement(ctx context.Context, p model.Placement) error
	// MergeStories moves every article of from into into and removes from,
	// recording the merge for MergedInto; ErrNotFound if either is missing.
	MergeStories(ctx context.Context, into, from int64) error
	// LastStoryID is the highest story ID the store holds or has merged
	// away (0 when none): the clustering stage numbers new stories after
	// it, so an ID never names two stories.
	LastStoryID(ctx context.Context) (int64, error)
	// MergedInto returns the story that holds a merged-away story's
	// articles now, following merges of merges; ErrNotFound for an ID
	// never merged away, a live story, or when that story is gone too.
	MergedInto(ctx context.Context, id int64) (int64, error)
	// SetStoryHeadline and SetStorySummary refresh a story's text.
	SetStoryHeadline(ctx context.Context, storyID int64, headline string) error
	SetStorySummary(ctx context.Context, storyID int64, summary []model.KeyPoint) error
	Story(ctx context.Context, id int64) (*model.Story, error)
	// Placement returns ErrNotFound until the article was clustered.
	Placement(ctx context.Context, articleID int64) (*model.Placement, error)
	// StoryArticles lists a story's articles, oldest first.
	StoryArticles(ctx context.Context, storyID int64) ([]model.Article, error)
	// StoryArticleTitled returns the story's earliest article with this
	// title (the report a story took its headline from), or ErrNotFound.
	StoryArticleTitled(ctx context.Context, storyID int64, title string) (*model.Article, error)
	// Copies lists the articles recorded as copies of an original.
	Copies(ctx context.Context, articleID int64) ([]model.Article, error)
	// TopStories ranks stories updated since since by how many sources
	// cover them and how fresh they are.
	TopStories(ctx context.Context, since, now time.Time, limit int) ([]model.Story, error)
	// SetRelatedStories stores a story's thematic neighbours, best first.
	SetRelatedStories(ctx context.Context, storyID int64, related []int64) error
	RelatedStories(ctx context.Context, storyID int64, limit int) ([]model.Story, error)
	// StoryTags and StoryEntities aggregate a story's articles' hashtags
	// and entities, the most widely used first (Count and Mentions hold
	// how many of its articles carry each).
	StoryTags(ctx context.Context, storyID int64, limit int) ([]model.Tag, error)
	StoryEntities(ctx context.Context, storyID int64, limit int) ([]model.Entity, error)
	// StoryPlacements lists the placements of a story's articles, oldest
	// article first (one query for a story page's copy marks).
	StoryPlacements(ctx context.Context, storyID int64) ([]model.Placement, error)
	// AddAlsoCovers records stories other than its own that an article
	// covers as well; its own story and stories that no longer exist are
	// skipped, links already known are kept. AlsoCovering lists the
	// articles of other stories that also cover a story, newest first. A
	// merge carries the links to the merged story.
	AddAlsoCovers(ctx context.Context, articleID int64, storyIDs []int64) error
	AlsoCovering(ctx context.Context, storyID int64, limit int) ([]model.Article, error)
	// AlsoStories lists the stories an article also covers, the most
	// widely covered first.
	AlsoStories(ctx context.Context, articleID int64) ([]model.Story, error)
	// Placements lists every placement of articles published since since,
	// oldest first, so the clustering state can be rebuilt at start-up.
	Placements(ctx context.Context, since time.Time) ([]model.Placement, error)
}

// SearchQuery is a full-text search with optional filters.
type SearchQuery struct {
	Text     string
	SourceID int64
	Tag      string
	Since    time.Time
	Until    time.Time
	Limit    int
	Offset   int
}

// SearchHit is one result: the article and a plain-text snippet in which
// each matched term sits between the bytes 0x02 and 0x03; pages escape the
// snippet, then turn those bytes into <mark> and </mark>.
type SearchHit struct {
	Article model.Article
	Snippet string
	Rank    float64
}

// SearchStore searches titles and text, ranked by BM25. A word finds its
// English inflections ("nurse", "nurses"), its French and other Latin forms
// with or without accents, and the Arabic spellings writers use
// interchangeably (alef with or without hamza or madda, alef maqsura and
// ya, ta marbuta and ha, with or without harakat); snippets quote the
// article as written.
type SearchStore interface {
	// Search returns ErrInvalid for a query it cannot parse.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
}
