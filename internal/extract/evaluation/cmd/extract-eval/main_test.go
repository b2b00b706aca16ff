package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestRunRejectsUnknownCommands(t *testing.T) {
	for _, args := range [][]string{nil, {"nope"}, {"zyte", "-x", "no-such-extractor"}} {
		if err := run(context.Background(), args, strings.NewReader(""), &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q) succeeded, want an error", args)
		}
	}
}

func TestRunSpeedTableFromStdin(t *testing.T) {
	in := "BenchmarkExtract/readeck-2  3  1 ns/op  90.5 pages/s  10 peak-heap-MB  1.5 alloc-MB/page  100 maxrss-MB  0 failed/pass\n"
	var out bytes.Buffer
	if err := run(context.Background(), []string{"speed-table"}, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "| readeck | 90.5 | - | 11.05 | 10 | 1.50 | 100 | 0 |") {
		t.Errorf("unexpected table:\n%s", out.String())
	}
}
