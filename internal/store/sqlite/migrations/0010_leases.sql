-- Leases on work that one process at a time may do; the pipeline's is the
-- only one (store.LeaseStore says why). A row outlives its holder when the
-- holder crashes; expires_at (Unix ms) is what lets the next one take it.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
