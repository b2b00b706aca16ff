package demo

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// Site is the set of running demo publisher websites.
type Site struct {
	publishers []PublisherSite
	servers    []*http.Server
	serving    sync.WaitGroup
	closeOnce  sync.Once
	closeErr   error
}

// PublisherSite tells Herald where one demo publisher lives.
type PublisherSite struct {
	Key     string
	Name    string
	HomeURL string // "http://127.0.0.2:41234/"
	FeedURL string
}

// shutdownTimeout bounds how long Close waits for requests in flight.
const shutdownTimeout = 10 * time.Second

// Start serves every publisher of c on its own loopback address, so that
// each is a separate host to Herald (per-host limits, robots.txt, cookies).
// ctx bounds the start-up only; the sites run until Close.
func Start(ctx context.Context, c *Corpus, logger *slog.Logger) (*Site, error) {
	return startOn(ctx, c, logger, publisherPort)
}

// startOn is Start with the port the publishers try first.
func startOn(ctx context.Context, c *Corpus, logger *slog.Logger, port int) (*Site, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Site{}
	for i, p := range c.Publishers {
		ln, err := listenLoopback(ctx, i, port)
		if err != nil {
			return nil, errors.Join(fmt.Errorf("start publisher %s: %w", p.Key, err), s.Close())
		}
		base := "http://" + ln.Addr().String()
		srv := &http.Server{
			Handler:           logRequests(logger, p.Key, NewHandler(p, c.ByPublisher(p.Key), base)),
			ReadHeaderTimeout: 10 * time.Second,
			ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		}
		s.servers = append(s.servers, srv)
		s.serving.Add(1)
		go func() {
			defer s.serving.Done()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				logger.Error("demo publisher stopped", "publisher", p.Key, "err", err)
			}
		}()
		site := PublisherSite{Key: p.Key, Name: p.Name, HomeURL: base + "/", FeedURL: base + FeedPath(p)}
		s.publishers = append(s.publishers, site)
		logger.Info("demo publisher started", "publisher", p.Key, "home_url", site.HomeURL, "feed_url", site.FeedURL)
	}
	return s, nil
}

// listenLoopback listens on 127.0.0.<n+2>, a host of its own; where only
// 127.0.0.1 exists (macOS, some containers) it falls back to a port there.
// It tries a fixed port first (publisherPort in Start), so that a demo run again on
// the same database (herald demo -db FILE) finds its publishers at the
// addresses it already follows, rather than following a second set and
// storing every article twice; a random port serves when that one is taken.
func listenLoopback(ctx context.Context, n, port int) (net.Listener, error) {
	var lc net.ListenConfig
	var addrs []string
	if n+2 < 255 {
		addrs = append(addrs, fmt.Sprintf("127.0.0.%d:%d", n+2, port), fmt.Sprintf("127.0.0.%d:0", n+2))
	}
	addrs = append(addrs, fmt.Sprintf("127.0.0.1:%d", port+1+n), "127.0.0.1:0")
	var err error
	for _, addr := range addrs {
		var ln net.Listener
		if ln, err = lc.Listen(ctx, "tcp4", addr); err == nil {
			return ln, nil
		}
	}
	return nil, fmt.Errorf("listen on loopback: %w", err)
}

// publisherPort is the demo publishers' port (and, on 127.0.0.1 alone, the
// first of a run of ports): an unassigned one, unlikely to be in use.
const publisherPort = 47210

// Publishers lists the running sites in corpus order.
func (s *Site) Publishers() []PublisherSite {
	return append([]PublisherSite(nil), s.publishers...)
}

// Close shuts every server down gracefully and waits for them to stop.
// It is safe to call more than once.
func (s *Site) Close() error {
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		var errs []error
		for _, srv := range s.servers {
			if err := srv.Shutdown(ctx); err != nil {
				errs = append(errs, fmt.Errorf("shut down demo publisher: %w", err))
			}
		}
		s.serving.Wait()
		s.closeErr = errors.Join(errs...)
	})
	return s.closeErr
}

// logRequests logs each request at debug level; the demo is chatty enough.
func logRequests(logger *slog.Logger, key string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.LogAttrs(r.Context(), slog.LevelDebug, "demo request",
			slog.String("publisher", key), slog.String("method", r.Method),
			slog.String("path", r.URL.RequestURI()), slog.Int("status", rec.status),
			slog.Duration("duration", time.Since(start)))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}
