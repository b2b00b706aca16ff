package evaluation

import (
	"fmt"
	"testing"
)

// printTable writes a Markdown table to standard output under -v, without
// the indentation t.Log adds, so it can be pasted into BENCHMARKS.md.
func printTable(table string) {
	if testing.Verbose() {
		fmt.Print("\n" + table + "\n")
	}
}
