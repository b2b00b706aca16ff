package jobs

import "time"

// articleFailures is one article's failed runs of the Ordered stages.
type articleFailures struct {
	runs  int
	until time.Time // given up on until then, once runs reaches orderedAttempts
}

// fail records a run that failed on an article and returns how many have.
// At orderedAttempts the article rests until orderedRest has passed.
func (r *orderedRuns) fail(id int64, now time.Time) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failures == nil {
		r.failures = map[int64]*articleFailures{}
	}
	f := r.failures[id]
	if f == nil {
		f = &articleFailures{}
		r.failures[id] = f
	}
	f.runs++
	if f.runs >= orderedAttempts {
		f.until = now.Add(orderedRest)
	}
	return f.runs
}

func (r *orderedRuns) succeed(id int64) {
	r.mu.Lock()
	delete(r.failures, id)
	r.mu.Unlock()
}

// givenUp reports an article resting after orderedAttempts failed runs; a
// rest that is over starts its count again.
func (r *orderedRuns) givenUp(id int64, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	f := r.failures[id]
	if f == nil || f.runs < orderedAttempts {
		return false
	}
	if now.After(f.until) {
		delete(r.failures, id)
		return false
	}
	return true
}

// failing is how many articles have failed and are not yet placed.
func (r *orderedRuns) failing() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.failures)
}
