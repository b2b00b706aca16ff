// Package sqlite is the embedded default backend of the store, on the pure-Go
// modernc.org/sqlite driver.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store implements store.Store on one SQLite file. Writes go through a
// single connection (SQLite has one writer anyway, and this avoids
// SQLITE_BUSY storms); reads use a separate pool so pages render while
// ingestion writes.
type Store struct {
	write *sql.DB
	read  *readPool
	now   func() time.Time
}

// Open opens (creating if needed) the database at path and migrates it.
// now is the clock used for created and first-seen times; nil means time.Now.
func Open(ctx context.Context, path string, now func() time.Time) (*Store, error) {
	if now == nil {
		now = time.Now
	}
	write, err := OpenPool(path, 1)
	if err != nil {
		return nil, err
	}
	read, err := OpenPool(path, 4)
	if err != nil {
		write.Close()
		return nil, err
	}
	s := &Store{write: write, read: newReadPool(read), now: now}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// OpenPool opens a connection pool on path with Herald's pragmas: WAL so
// readers never block the writer, foreign keys on, a busy timeout so
// concurrent writers wait instead of failing, and BEGIN IMMEDIATE so a
// transaction takes the write lock up front rather than failing mid-way.
func OpenPool(path string, maxConns int) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	return db, nil
}

// Close closes both pools.
func (s *Store) Close() error {
	rerr := s.read.Close()
	if err := s.write.Close(); err != nil {
		return err
	}
	return rerr
}

// migrate applies the embedded migrations not yet recorded, each in its own
// transaction, in file-name order.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.write.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.applyMigration(ctx, name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, name string) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	for _, stmt := range strings.Split(string(body), ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	if step := migrationStep(name); step != nil {
		if err := step(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		name, s.now().UnixMilli()); err != nil {
		return err
	}
	return tx.Commit()
}

// migrationStep is the Go half of a migration whose work SQL cannot do,
// run after its statements in the same transaction; nil for most.
func migrationStep(name string) func(context.Context, *sql.Tx) error {
	switch name {
	case "migrations/0009_search_exact.sql":
		// The indexes emptied by 0007 and 0008 are filled here too: a
		// store that takes them always takes 0009 in the same start-up,
		// so one rebuild serves.
		return rebuildSearch
	}
	return nil
}

// millis stores a time as Unix milliseconds, and the zero time as NULL.
func millis(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

func fromMillis(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64).UTC()
}
