package jobs

import "context"

// QueueOrdered queues a run of the Ordered stages, as an article's job does.
func (q *Queue) QueueOrdered(ctx context.Context) error { return q.queueOrdered(ctx) }
