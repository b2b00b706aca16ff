//go:build !unix

package evaluation

import "time"

func processCPUTime() (time.Duration, bool) { return 0, false }
