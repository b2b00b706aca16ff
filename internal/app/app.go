// Package app wires Herald together: config in, a running store, fetcher,
// job queue and web server out. cmd/herald and the end-to-end tests both use
// Main.
package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"herald/internal/config"
	"herald/internal/enrich"
	"herald/internal/fetch"
	"herald/internal/ingest"
	"herald/internal/jobs"
	"herald/internal/llm"
	"herald/internal/pipeline"
	"herald/internal/schedule"
	"herald/internal/sources"
	"herald/internal/store"
	"herald/internal/store/sqlite"
	"herald/internal/web"
)

// Main is one Herald process.
type Main struct {
	Config  config.Config
	Logger  *slog.Logger
	Now     func() time.Time
	Store   store.Store
	Fetcher *fetch.Fetcher
	Sources *sources.Manager
	LLM     enrich.LLM // nil unless an endpoint is configured
	// Owner names this process in the pipeline lease; LeaseTTL and
	// LeaseRenew time it (see DefaultLeaseTTL).
	Owner      string
	LeaseTTL   time.Duration
	LeaseRenew time.Duration

	lease    *heldLease // nil until the pipeline lease is taken
	queueDB  *sql.DB
	queue    *jobs.Queue
	running  bool // the queue works in the background until Close
	server   *http.Server
	listener net.Listener
}

// New returns a Main for cfg; Open must be called before use.
func New(cfg config.Config, logger *slog.Logger) *Main {
	return &Main{Config: cfg, Logger: logger, Now: time.Now,
		Owner: newOwner(), LeaseTTL: DefaultLeaseTTL, LeaseRenew: DefaultLeaseRenew}
}

// Open opens the store and the fetcher.
func (m *Main) Open(ctx context.Context) error {
	if err := m.Config.Validate(); err != nil {
		return err
	}
	for _, name := range config.UnknownEnv(os.Environ()) {
		m.Logger.Warn("ignoring an environment variable no setting reads; misspelt?", "name", name)
	}
	if strings.HasPrefix(m.Config.DB, "postgres://") || strings.HasPrefix(m.Config.DB, "postgresql://") {
		return errors.New("open store: PostgreSQL is not supported yet; use a SQLite file path")
	}
	st, err := sqlite.Open(ctx, m.Config.DB, m.Now)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	m.Store = st
	fc := fetch.DefaultConfig()
	if m.Config.UserAgent != "" {
		fc.UserAgent = m.Config.UserAgent
	}
	fc.AllowPrivate = m.Config.AllowPrivate
	fc.PerHostDelay = m.Config.HostDelay
	fc.Now = m.Now
	fc.Logger = m.Logger
	m.Fetcher = fetch.New(fc)
	m.Sources = &sources.Manager{Store: m.Store, Fetcher: m.Fetcher, Now: m.Now}
	if m.Config.LLMURL != "" {
		c, err := llm.New(llm.Config{BaseURL: m.Config.LLMURL, Model: m.Config.LLMModel, APIKey: m.Config.LLMKey,
			Timeout: m.Config.LLMTimeout, Logger: m.Logger},
			&http.Client{}, m.Now)
		if err != nil {
			return fmt.Errorf("llm: %w", err)
		}
		m.LLM = c
	}
	return nil
}

// openQueue builds the job queue; periodic is off for one-shot runs.
func (m *Main) openQueue(ctx context.Context, periodic bool) error {
	db, err := sqlite.OpenPool(m.Config.DB, 1)
	if err != nil {
		return fmt.Errorf("open queue: %w", err)
	}
	m.queueDB = db
	policy := schedule.Default()
	policy.Min, policy.Max = m.Config.PollMin, m.Config.PollMax
	poller := &ingest.Poller{Store: m.Store, Fetcher: m.Fetcher, Policy: policy, Now: m.Now, Logger: m.Logger}
	qc := jobs.DefaultConfig()
	qc.Workers = m.Config.Workers
	qc.Periodic = periodic
	qc.Now = m.Now
	qc.Logger = m.Logger
	stages, err := m.stages(ctx)
	if err != nil {
		return err
	}
	q, err := jobs.New(ctx, db, m.Store, poller, stages, qc)
	if err != nil {
		return err
	}
	m.queue = q
	return nil
}

// storyWindow is how far back the clustering state is rebuilt at start-up:
// stories older than that take no new articles anyway.
const storyWindow = 7 * 24 * time.Hour

// stages lists the pipeline after the feed, in order.
func (m *Main) stages(ctx context.Context) ([]jobs.Stage, error) {
	placer, err := pipeline.NewStoryPlacer(ctx, m.Store, m.Now(), storyWindow, m.Logger)
	if err != nil {
		return nil, err
	}
	return []jobs.Stage{
		&pipeline.Extractor{Store: m.Store, Fetcher: m.Fetcher, Logger: m.Logger},
		&pipeline.Enricher{Store: m.Store, LLM: m.LLM, Logger: m.Logger},
		placer,
	}, nil
}

// Run takes the pipeline lease (AwaitPipeline), starts the web server on
// Config.Addr, then background ingestion, and returns once both are
// running. The site serves while the pipeline rebuilds its story state.
// Call Close even when Run fails: the server may already be listening.
//
// A second server on a database whose pipeline another process runs is
// refused rather than started without a pipeline: it is a mistake in a
// unit file or a deploy script far more often than a wish for a page-only
// replica, and a refusal says so where a quiet replica would hide it.
func (m *Main) Run(ctx context.Context) error {
	if err := m.AwaitPipeline(ctx); err != nil {
		return err
	}
	proxies, err := m.Config.Proxies()
	if err != nil {
		return err
	}
	site, err := web.New(m.Store, m.Now, m.Logger, web.Options{Asker: asker{store: m.Store, llm: m.LLM},
		BaseURL: m.Config.BaseURL, AdminToken: m.Config.AdminToken, TrustedProxies: proxies})
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", m.Config.Addr, err)
	}
	m.listener = ln
	m.server = &http.Server{Handler: site.Handler(), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}
	go func() {
		if err := m.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Logger.Error("web server stopped", "error", err)
		}
	}()
	m.Logger.Info("herald serving", "addr", ln.Addr().String(), "db", m.Config.DB)
	// The pipeline starts after the site is up: rebuilding the story state
	// from the last week's articles takes a while on a big archive, and
	// readers need none of it.
	if err := m.openQueue(ctx, true); err != nil {
		return err
	}
	if err := m.queue.Start(ctx); err != nil {
		return err
	}
	m.running = true
	return nil
}

// Addr is where Run listens (useful with port 0).
func (m *Main) Addr() string {
	if m.listener == nil {
		return ""
	}
	return m.listener.Addr().String()
}

// IngestOnce takes the pipeline lease (TakePipeline) unless this process
// holds it already, polls due sources (all enabled ones with all) through
// the job queue, waits for the pipeline to finish with them, and returns.
// Close releases the lease.
func (m *Main) IngestOnce(ctx context.Context, all bool) (jobs.OnceStats, error) {
	return m.once(ctx, func(ctx context.Context) (jobs.OnceStats, error) { return m.queue.RunOnce(ctx, all) })
}

// FinishOnce is IngestOnce with no polls: it takes the articles left
// mid-pipeline (by reextract, reenrich or a crash) to the end and returns.
func (m *Main) FinishOnce(ctx context.Context) (jobs.OnceStats, error) {
	return m.once(ctx, func(ctx context.Context) (jobs.OnceStats, error) { return m.queue.FinishOnce(ctx) })
}

func (m *Main) once(ctx context.Context, run func(context.Context) (jobs.OnceStats, error)) (jobs.OnceStats, error) {
	if err := m.TakePipeline(ctx); err != nil {
		return jobs.OnceStats{}, err
	}
	ctx, cancel := m.withLease(ctx)
	defer cancel()
	if err := m.openQueue(ctx, false); err != nil {
		return jobs.OnceStats{}, err
	}
	st, err := run(ctx)
	if err != nil && m.lease.lost.Err() != nil {
		err = context.Cause(m.lease.lost)
	}
	return st, err
}

// Close stops the web server and the queue, letting in-flight requests and
// jobs finish for a while, then closes the store.
func (m *Main) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var errs []error
	if m.server != nil {
		errs = append(errs, m.server.Shutdown(ctx))
	}
	if m.running {
		errs = append(errs, m.queue.Stop(ctx))
	}
	errs = append(errs, m.releasePipeline())
	if m.queueDB != nil {
		errs = append(errs, m.queueDB.Close())
	}
	if m.Fetcher != nil {
		m.Fetcher.Close()
	}
	if m.Store != nil {
		errs = append(errs, m.Store.Close())
	}
	return errors.Join(errs...)
}
