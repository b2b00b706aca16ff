package evaluation

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// SharedDataEnv names the environment variable that points at the shared
// data folder (the one holding extraction/zyte and
// extraction/trafilatura-eval).
const SharedDataEnv = "HERALD_SHARED_DATA"

// ErrNoData reports that the shared data folder or one of its data sets is
// absent; tests and benchmarks skip on it.
var ErrNoData = errors.New("shared data set not found")

// FindDataSet returns the folder of the data set sub (e.g. ZyteDir) inside
// the shared data folder: $HERALD_SHARED_DATA when set, otherwise the first
// shared/data found in the working directory or one of its parents (the
// shared folder sits beside the repository).
func FindDataSet(sub string) (string, error) {
	if root := os.Getenv(SharedDataEnv); root != "" {
		dir := filepath.Join(root, sub)
		if !isDir(dir) {
			return "", fmt.Errorf("%w: %s (from %s)", ErrNoData, dir, SharedDataEnv)
		}
		return dir, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for dir := wd; ; {
		candidate := filepath.Join(dir, "shared", "data", sub)
		if isDir(candidate) {
			return candidate, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", fmt.Errorf("%w: no shared/data/%s above %s; set %s", ErrNoData, sub, wd, SharedDataEnv)
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
