package evaluation

import (
	"os"
	"path/filepath"
)

// SharedDataDir returns the shared data directory: $HERALD_SHARED_DATA when
// set, else ../../../../shared/data relative to this package's directory
// (internal/enrich/evaluation inside the repository).
func SharedDataDir() string {
	if d := os.Getenv("HERALD_SHARED_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "shared", "data")
}
