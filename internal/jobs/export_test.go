package jobs

import (
	"context"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// QueueOrdered queues a run of the Ordered stages, as an article's job does.
func (q *Queue) QueueOrdered(ctx context.Context) error { return q.queueOrdered(ctx) }

// OrderedRunsDone counts the runs of the Ordered stages that have completed.
func (q *Queue) OrderedRunsDone(ctx context.Context) (int, error) {
	res, err := q.client.JobList(ctx, river.NewJobListParams().Kinds(OrderedArgs{}.Kind()).
		States(rivertype.JobStateCompleted).First(100))
	if err != nil {
		return 0, err
	}
	return len(res.Jobs), nil
}

// SweepsDone counts the sweeps that have completed.
func (q *Queue) SweepsDone(ctx context.Context) (int, error) {
	res, err := q.client.JobList(ctx, river.NewJobListParams().Kinds(SweepArgs{}.Kind()).
		States(rivertype.JobStateCompleted).First(100))
	if err != nil {
		return 0, err
	}
	return len(res.Jobs), nil
}
