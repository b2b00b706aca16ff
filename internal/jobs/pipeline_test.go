package jobs_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"herald/internal/fetch"
	"herald/internal/ingest"
	"herald/internal/jobs"
	"herald/internal/model"
	"herald/internal/schedule"
	"herald/internal/store/sqlite"
)

// publisher serves feeds/N.xml, each an RSS feed of perFeed (at least 10)
// entries. Entry k of feed n links to /a/n-k, except that entries 0-4 of
// feed n > 0 link to entries 5-9 of feed n-1 under their own GUIDs: the
// same article in two feeds, at volume.
type publisher struct {
	feeds, perFeed int
	delay          time.Duration // per feed response, to let a test cancel mid-batch
	// interleave dates entry k of feed n at minute k*feeds+n, so that the
	// feeds' entries alternate in time instead of following feed order.
	interleave bool
	served     atomic.Int64
}

func (p *publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		http.NotFound(w, r)
		return
	}
	var n int
	if _, err := fmt.Sscanf(r.URL.Path, "/feeds/%d.xml", &n); err != nil {
		http.NotFound(w, r)
		return
	}
	if p.delay > 0 {
		time.Sleep(p.delay)
	}
	p.served.Add(1)
	w.Header().Set("Content-Type", "application/rss+xml")
	io.WriteString(w, p.feed(n))
}

func (p *publisher) feed(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><link>http://pub/</link>`, n)
	for k := range p.perFeed {
		link := fmt.Sprintf("http://pub.example/a/%d-%d?utm_source=rss", n, k)
		if k < 5 && n > 0 {
			link = fmt.Sprintf("http://pub.example/a/%d-%d", n-1, k+5) // also carried by feed n-1
		}
		minute := n*p.perFeed + k
		if p.interleave {
			minute = k*p.feeds + n
		}
		pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC).Add(time.Duration(minute) * time.Minute)
		fmt.Fprintf(&b, `<item><title>Entry %d of feed %d</title><link>%s</link><guid isPermaLink="false">feed%d-entry%d</guid><pubDate>%s</pubDate><description>Text %d</description></item>`,
			k, n, link, n, k, pub.Format(time.RFC1123Z), k)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// uniqueArticles is how many distinct articles the publisher's feeds hold.
func (p *publisher) uniqueArticles() int {
	if p.feeds == 0 {
		return 0
	}
	return p.feeds*p.perFeed - (p.feeds-1)*5
}

type harness struct {
	store   *sqlite.Store
	path    string
	srv     *httptest.Server
	workers int // the queue's workers; 0 for the default
}

func newHarness(t testing.TB, pub *publisher) *harness {
	t.Helper()
	path := filepath.Join(t.TempDir(), "herald.db")
	st, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(pub)
	t.Cleanup(srv.Close)
	for n := range pub.feeds {
		if err := st.AddSource(context.Background(), &model.Source{
			FeedURL: fmt.Sprintf("%s/feeds/%d.xml", srv.URL, n), Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	h := &harness{store: st, path: path, srv: srv}
	t.Cleanup(func() { h.store.Close() })
	return h
}

// queue builds a one-shot queue on the harness's database, as
// `herald ingest -once` does.
func (h *harness) queue(t testing.TB, stages []jobs.Stage) *jobs.Queue {
	return h.queueAt(t, stages, time.Now)
}

func (h *harness) queueAt(t testing.TB, stages []jobs.Stage, now func() time.Time) *jobs.Queue {
	t.Helper()
	db, err := sqlite.OpenPool(h.path, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fc := fetch.DefaultConfig()
	fc.AllowPrivate = true
	fc.PerHostConcurrency = 8
	fc.PerHostDelay = 0 // every feed is on one test host
	f := fetch.New(fc)
	t.Cleanup(f.Close)
	logger := slog.New(slog.DiscardHandler)
	poller := &ingest.Poller{Store: h.store, Fetcher: f, Policy: schedule.Default(), Now: time.Now, Logger: logger}
	cfg := jobs.DefaultConfig()
	cfg.Periodic = false
	cfg.Logger = logger
	cfg.Now = now
	if h.workers > 0 {
		cfg.Workers = h.workers
	}
	q, err := jobs.New(context.Background(), db, h.store, poller, stages, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func (h *harness) count(t testing.TB) int {
	t.Helper()
	arts, err := h.store.LatestArticles(context.Background(), 1_000_000, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range arts {
		if seen[a.URL] {
			t.Fatalf("article %s stored twice", a.URL)
		}
		seen[a.URL] = true
	}
	return len(arts)
}

func TestRunOnceIngestsEverySourceOnce(t *testing.T) {
	pub := &publisher{feeds: 6, perFeed: 10}
	h := newHarness(t, pub)
	st, err := h.queue(t, nil).RunOnce(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if st.Polls != 6 || st.Completed != 6 || st.Failed != 0 {
		t.Fatalf("stats = %+v, want 6 polls completed", st)
	}
	if got, want := h.count(t), pub.uniqueArticles(); got != want {
		t.Fatalf("%d articles stored, want %d", got, want)
	}
	srcs, _ := h.store.Sources(context.Background())
	for _, s := range srcs {
		if s.LastCheckedAt.IsZero() || s.ErrorCount != 0 || s.Title == "" || !s.NextCheckAt.After(time.Now()) {
			t.Fatalf("source after poll: %+v", s)
		}
	}
	// Nothing is due now: a second pass polls nothing.
	st, err = h.queue(t, nil).RunOnce(context.Background(), false)
	if err != nil || st.Polls != 0 {
		t.Fatalf("second pass = %+v, %v; want no polls", st, err)
	}
}

// stageFunc is a Stage for tests.
type stageFunc struct {
	name string
	run  func(ctx context.Context, id int64) error
}

func (s stageFunc) Name() string                            { return s.name }
func (s stageFunc) Run(ctx context.Context, id int64) error { return s.run(ctx, id) }

func TestStagesRunInOrderOnEveryNewArticle(t *testing.T) {
	pub := &publisher{feeds: 2, perFeed: 10}
	h := newHarness(t, pub)
	var first, second atomic.Int64
	stages := []jobs.Stage{
		stageFunc{"extract", func(ctx context.Context, id int64) error { first.Add(1); return nil }},
		stageFunc{"enrich", func(ctx context.Context, id int64) error {
			a, err := h.store.Article(ctx, id)
			if err != nil {
				return err
			}
			if a.Stage != "extract" {
				return fmt.Errorf("enrich ran on an article at stage %q", a.Stage)
			}
			second.Add(1)
			return nil
		}},
	}
	st, err := h.queue(t, stages).RunOnce(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	want := int64(pub.uniqueArticles())
	if first.Load() != want || second.Load() != want || st.Failed != 0 {
		t.Fatalf("stages ran %d and %d times, want %d each (stats %+v)", first.Load(), second.Load(), want, st)
	}
	left, _ := h.store.ArticlesBeforeStage(context.Background(), "enrich", 0, 100)
	if len(left) != 0 {
		t.Fatalf("%d articles not at the final stage", len(left))
	}
}

// orderedStage is an Ordered stage for tests.
type orderedStage struct{ stageFunc }

func (orderedStage) InPublicationOrder() {}

// A pass over feeds whose entries alternate in time reaches an Ordered
// stage in publication order, not feed by feed, after every article went
// through the stages before it.
func TestOrderedStageRunsInPublicationOrder(t *testing.T) {
	pub := &publisher{feeds: 3, perFeed: 10, interleave: true}
	h := newHarness(t, pub)
	// With several workers, an article polled while placement runs is
	// placed after it, whenever it was published; one worker makes the
	// whole pass one backlog.
	h.workers = 1
	var mu sync.Mutex
	var order []time.Time
	var extracted atomic.Int64
	stages := []jobs.Stage{
		stageFunc{"extract", func(ctx context.Context, id int64) error { extracted.Add(1); return nil }},
		orderedStage{stageFunc{"place", func(ctx context.Context, id int64) error {
			a, err := h.store.Article(ctx, id)
			if err != nil {
				return err
			}
			if a.Stage != "extract" {
				return fmt.Errorf("place ran on an article at stage %q", a.Stage)
			}
			mu.Lock()
			order = append(order, a.PublishedAt)
			mu.Unlock()
			return nil
		}}},
	}
	st, err := h.queue(t, stages).RunOnce(context.Background(), true)
	if err != nil || st.Failed != 0 {
		t.Fatalf("run: %+v, %v", st, err)
	}
	want := pub.uniqueArticles()
	if len(order) != want || extracted.Load() != int64(want) {
		t.Fatalf("stages ran on %d and %d articles, want %d", extracted.Load(), len(order), want)
	}
	for i := 1; i < len(order); i++ {
		if order[i].Before(order[i-1]) {
			t.Fatalf("article %d to be placed was published at %s, before the one placed ahead of it (%s)",
				i, order[i].Format("15:04"), order[i-1].Format("15:04"))
		}
	}
	if left, _ := h.store.ArticlesBeforeStage(context.Background(), "place", 0, 100); len(left) != 0 {
		t.Fatalf("%d articles not placed", len(left))
	}
}

// An article an Ordered stage fails on waits for the next run (River
// retries the run) while the others go on; one that keeps failing is given
// up on after three runs, and the one-shot run reports it.
func TestOrderedStageRetriesAndGivesUp(t *testing.T) {
	pub := &publisher{feeds: 2, perFeed: 10}
	h := newHarness(t, pub)
	var mu sync.Mutex
	var placed []string
	tries := map[string]int{}
	stages := []jobs.Stage{orderedStage{stageFunc{"place", func(ctx context.Context, id int64) error {
		a, err := h.store.Article(ctx, id)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		tries[a.GUID]++
		switch {
		case a.GUID == "feed0-entry3" && tries[a.GUID] == 1, a.GUID == "feed1-entry7":
			return errors.New("store busy")
		}
		placed = append(placed, a.GUID)
		return nil
	}}}}
	st, err := h.queue(t, stages).RunOnce(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failed != 1 {
		t.Errorf("stats %+v: want the run that gave up reported as failed", st)
	}
	if got, want := len(placed), pub.uniqueArticles()-1; got != want {
		t.Fatalf("placed %d articles, want %d", got, want)
	}
	if placed[len(placed)-1] != "feed0-entry3" {
		t.Errorf("the article that failed once was placed at %v, want after all the others", placed)
	}
	if tries["feed1-entry7"] != 3 {
		t.Errorf("the failing article was tried %d times, want 3", tries["feed1-entry7"])
	}
	if left, _ := h.store.ArticlesBeforeStage(context.Background(), "place", 0, 100); len(left) != 1 {
		t.Errorf("%d articles left waiting, want the one given up on", len(left))
	}
}

// Several workers never run the Ordered stage at once, and lose nothing.
func TestOrderedStageRunsOneAtATime(t *testing.T) {
	pub := &publisher{feeds: 8, perFeed: 10, interleave: true}
	h := newHarness(t, pub)
	h.workers = 4
	var inside, most, placed atomic.Int64
	stages := []jobs.Stage{
		stageFunc{"extract", func(ctx context.Context, id int64) error { time.Sleep(5 * time.Millisecond); return nil }},
		orderedStage{stageFunc{"place", func(ctx context.Context, id int64) error {
			n := inside.Add(1)
			defer inside.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			time.Sleep(2 * time.Millisecond)
			placed.Add(1)
			return nil
		}}},
	}
	st, err := h.queue(t, stages).RunOnce(context.Background(), true)
	if err != nil || st.Failed != 0 {
		t.Fatalf("run: %+v, %v", st, err)
	}
	if placed.Load() != int64(pub.uniqueArticles()) || most.Load() != 1 {
		t.Fatalf("placed %d of %d, at most %d at once", placed.Load(), pub.uniqueArticles(), most.Load())
	}
}

// A run queued by one process and worked by another (herald serve and a
// one-shot ingest on one database) leaves the first process able to place
// its articles; and a run that finds nothing waiting ends at once.
func TestOrderedRunWorkedElsewhere(t *testing.T) {
	pub := &publisher{feeds: 2, perFeed: 10}
	h := newHarness(t, pub)
	var placed atomic.Int64
	stages := func() []jobs.Stage {
		return []jobs.Stage{
			stageFunc{"extract", func(ctx context.Context, id int64) error { return nil }},
			orderedStage{stageFunc{"place", func(ctx context.Context, id int64) error { placed.Add(1); return nil }}},
		}
	}
	ctx := context.Background()
	q1, q2 := h.queue(t, stages()), h.queue(t, stages())
	if err := q1.QueueOrdered(ctx); err != nil {
		t.Fatal(err)
	}
	// The other process only works the queue: it polls nothing, so
	// nothing waits when it runs q1's run.
	if err := q2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if n, _ := q2.OrderedRunsDone(ctx); n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the other process never ran the queued run")
		}
	}
	q2.Stop(ctx)
	runCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	st, err := q1.RunOnce(runCtx, true)
	if err != nil || st.Failed != 0 || placed.Load() != int64(pub.uniqueArticles()) {
		t.Fatalf("run %+v, %v: placed %d of %d", st, err, placed.Load(), pub.uniqueArticles())
	}
}

// An article left waiting by a run that gave up (or was lost) is placed
// by the next pass: the sweep queues its job again, though that job
// completed, and the job queues a run.
func TestSweepQueuesARunForWaitingArticles(t *testing.T) {
	pub := &publisher{feeds: 1, perFeed: 10}
	h := newHarness(t, pub)
	var broken atomic.Bool
	broken.Store(true)
	var placed atomic.Int64
	stages := []jobs.Stage{
		stageFunc{"extract", func(ctx context.Context, id int64) error { return nil }},
		orderedStage{stageFunc{"place", func(ctx context.Context, id int64) error {
			if broken.Load() {
				return context.Canceled // as a shutdown mid-run leaves it
			}
			placed.Add(1)
			return nil
		}}},
	}
	ctx := context.Background()
	h.queue(t, stages).RunOnce(ctx, true)
	if left, _ := h.store.ArticlesBeforeStage(ctx, "place", 0, 100); len(left) != pub.uniqueArticles() {
		t.Fatalf("%d articles waiting after the failed pass, want all %d", len(left), pub.uniqueArticles())
	}
	broken.Store(false)
	st, err := h.queue(t, stages).RunOnce(ctx, false) // nothing due: only the sweep
	if err != nil || placed.Load() != int64(pub.uniqueArticles()) {
		t.Fatalf("second pass %+v, %v: placed %d of %d", st, err, placed.Load(), pub.uniqueArticles())
	}
}

// TestCrashMidBatchLosesAndDuplicatesNothing stops ingestion partway (the
// context is cancelled while polls are in flight, as a SIGKILL would leave
// it), then runs again on the same database.
func TestCrashMidBatchLosesAndDuplicatesNothing(t *testing.T) {
	pub := &publisher{feeds: 20, perFeed: 10, delay: 30 * time.Millisecond}
	h := newHarness(t, pub)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		// Crash once a few polls are stored and others are in flight.
		for {
			arts, _ := h.store.LatestArticles(ctx, 1000, 0)
			if len(arts) >= 3*pub.perFeed {
				break
			}
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	if _, err := h.queue(t, nil).RunOnce(ctx, true); err == nil {
		t.Fatal("interrupted run reported success")
	}
	partial := h.count(t)
	if partial >= pub.uniqueArticles() {
		t.Fatalf("the run was not interrupted partway: %d articles", partial)
	}
	srcs, _ := h.store.Sources(context.Background())
	recorded := 0
	for _, s := range srcs {
		if !s.LastCheckedAt.IsZero() {
			recorded++
		}
	}
	// Restart once the poll lease has run out: the sources whose polls
	// were lost are due again, those polled before the crash are not.
	later := func() time.Time { return time.Now().Add(jobs.DefaultConfig().PollLease + time.Minute) }
	st, err := h.queueAt(t, nil, later).RunOnce(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h.count(t), pub.uniqueArticles(); got != want {
		t.Fatalf("after restart %d articles, want %d (stats %+v)", got, want, st)
	}
	if st.Polls != pub.feeds-recorded {
		t.Fatalf("restart polled %d sources; want the %d whose polls were lost in the crash", st.Polls, pub.feeds-recorded)
	}
}
