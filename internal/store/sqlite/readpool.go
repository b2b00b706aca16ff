package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStatements bounds the statement cache; a query past it runs
// unprepared. Herald's read queries are a few dozen fixed strings.
const maxCachedStatements = 256

// readPool is the read connection pool with each query prepared once:
// SQLite parses a statement in about the time it takes to run a point
// look-up, and a page view or the start-up rebuild runs the same few
// queries thousands of times. database/sql re-prepares a statement on each
// connection that runs it.
type readPool struct {
	*sql.DB
	mu    sync.RWMutex
	stmts map[string]*sql.Stmt
}

func newReadPool(db *sql.DB) *readPool {
	return &readPool{DB: db, stmts: make(map[string]*sql.Stmt)}
}

// stmt returns the prepared statement for query, or nil when the cache is
// full or preparing fails (the caller then runs the query directly and
// reports its error). Preparing waits for a connection, so it happens
// outside the lock: a read must never wait behind another query's
// preparation, nor past its own deadline.
func (p *readPool) stmt(ctx context.Context, query string) *sql.Stmt {
	p.mu.RLock()
	st, ok := p.stmts[query]
	full := p.stmts == nil || len(p.stmts) >= maxCachedStatements // closed, or full
	p.mu.RUnlock()
	if ok || full {
		return st
	}
	st, err := p.DB.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if cached, ok := p.stmts[query]; ok || p.stmts == nil {
		st.Close() // another reader prepared it first, or the pool closed
		return cached
	}
	p.stmts[query] = st
	return st
}

func (p *readPool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return p.DB.QueryContext(ctx, query, args...)
}

func (p *readPool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return p.DB.QueryRowContext(ctx, query, args...)
}

// Close closes the statements, then the pool.
func (p *readPool) Close() error {
	p.mu.Lock()
	for _, st := range p.stmts {
		st.Close()
	}
	p.stmts = nil
	p.mu.Unlock()
	return p.DB.Close()
}
