package sqlite

import (
	"context"
	"fmt"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

// pipelineLease names the pipeline's row in leases.
const pipelineLease = "pipeline"

// AcquirePipelineLease implements store.Store. The upsert and the read
// back share one transaction (BEGIN IMMEDIATE), so two processes asking
// at once cannot both see themselves as the holder.
func (s *Store) AcquirePipelineLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (store.Lease, bool, error) {
	if owner == "" || ttl <= 0 {
		return store.Lease{}, false, fmt.Errorf("acquire pipeline lease: owner %q, ttl %v: %w", owner, ttl, model.ErrInvalid)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return store.Lease{}, false, fmt.Errorf("acquire pipeline lease: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
		WHERE leases.owner = excluded.owner OR leases.expires_at <= ?`,
		pipelineLease, owner, now.Add(ttl).UnixMilli(), now.UnixMilli()); err != nil {
		return store.Lease{}, false, fmt.Errorf("acquire pipeline lease: %w", err)
	}
	var l store.Lease
	var expires int64
	if err := tx.QueryRowContext(ctx, `SELECT owner, expires_at FROM leases WHERE name = ?`, pipelineLease).
		Scan(&l.Owner, &expires); err != nil {
		return store.Lease{}, false, fmt.Errorf("acquire pipeline lease: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return store.Lease{}, false, fmt.Errorf("acquire pipeline lease: %w", err)
	}
	l.Expires = time.UnixMilli(expires).UTC()
	return l, l.Owner == owner, nil
}

// RenewPipelineLease implements store.Store.
func (s *Store) RenewPipelineLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		return false, fmt.Errorf("renew pipeline lease: ttl %v: %w", ttl, model.ErrInvalid)
	}
	res, err := s.write.ExecContext(ctx, `UPDATE leases SET expires_at = ? WHERE name = ? AND owner = ?`,
		now.Add(ttl).UnixMilli(), pipelineLease, owner)
	if err != nil {
		return false, fmt.Errorf("renew pipeline lease: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("renew pipeline lease: %w", err)
	}
	return n == 1, nil
}

// ReleasePipelineLease implements store.Store.
func (s *Store) ReleasePipelineLease(ctx context.Context, owner string) error {
	if _, err := s.write.ExecContext(ctx, `DELETE FROM leases WHERE name = ? AND owner = ?`, pipelineLease, owner); err != nil {
		return fmt.Errorf("release pipeline lease: %w", err)
	}
	return nil
}
