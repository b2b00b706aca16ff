//go:build unix

package evaluation

import (
	"syscall"
	"time"
)

// processCPUTime returns the user and system CPU time the process has
// used, which unlike wall time is not inflated when other work shares the
// cores.
func processCPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
