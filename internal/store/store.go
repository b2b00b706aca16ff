// Package store defines what Herald keeps and how it is asked for. Each
// backend (sqlite/, later postgres/) implements Store and must pass the
// shared conformance suite in storetest/.
package store

import (
	"context"
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
	// ArticlesBeforeStage lists IDs of articles whose stage is not the given
	// final stage, oldest first: the pipeline's work left to do.
	ArticlesBeforeStage(ctx context.Context, stage string, limit int) ([]int64, error)
	SetArticleStage(ctx context.Context, id int64, stage string) error
	// EntryTimes returns the published times of a source's most recent
	// entries, newest first, for adaptive polling.
	EntryTimes(ctx context.Context, sourceID int64, limit int) ([]time.Time, error)

	Close() error
}
