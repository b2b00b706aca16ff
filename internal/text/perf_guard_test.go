package text

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime guards against inputs that made the scanners quadratic.
func TestLinearTime(t *testing.T) {
	inputs := map[string]string{
		"newlines":    strings.Repeat("\n", 200_000),
		"spaces":      "a." + strings.Repeat(" ", 200_000) + "B",
		"initialisms": strings.Repeat("a.", 100_000),
		"periods":     strings.Repeat(".", 200_000),
		"quotes":      strings.Repeat(".'", 100_000),
		"hyphens":     strings.Repeat("a-", 100_000),
	}
	for name, s := range inputs {
		start := time.Now()
		Sentences(s)
		Tokens(s)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v for 200 kB, want linear time", name, d)
		}
	}
}
