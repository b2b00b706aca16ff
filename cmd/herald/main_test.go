package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, &out, &errOut)
	return out.String(), err
}

func TestSourcesCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	opml := filepath.Join(dir, "in.opml")
	os.WriteFile(opml, []byte(`<opml version="2.0"><body>
<outline type="rss" text="A" xmlUrl="https://a.example/feed"/>
<outline type="rss" text="B" xmlUrl="https://b.example/feed"/></body></opml>`), 0o600)

	out, err := runCmd(t, "sources", "-db", db, "import", opml)
	if err != nil || !strings.Contains(out, "imported 2 sources") {
		t.Fatalf("import: %q, %v", out, err)
	}
	out, err = runCmd(t, "sources", "-db", db, "disable", "1")
	if err != nil || !strings.Contains(out, "source 1: disabled") {
		t.Fatalf("disable: %q, %v", out, err)
	}
	out, _ = runCmd(t, "sources", "-db", db, "list")
	if !strings.Contains(out, "https://a.example/feed") || !strings.Contains(out, "false") || !strings.Contains(out, "never") {
		t.Fatalf("list: %q", out)
	}
	if _, err := runCmd(t, "sources", "-db", db, "remove", "2"); err != nil {
		t.Fatal(err)
	}
	out, _ = runCmd(t, "sources", "-db", db, "export")
	if !strings.Contains(out, "a.example") || strings.Contains(out, "b.example") {
		t.Fatalf("export after removing 2: %q", out)
	}
	if _, err := runCmd(t, "sources", "-db", db, "remove", "99"); err == nil {
		t.Fatal("removing a missing source succeeded")
	}
	if _, err := runCmd(t, "sources", "-db", db, "remove", "x"); err == nil {
		t.Fatal("removing source x succeeded")
	}
}

func TestCommandErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"ingest", "-db", db},
		{"sources", "-db", db},
		{"sources", "-db", db, "add"},
		{"sources", "-db", db, "teleport"},
		{"serve", "-db", "postgres://localhost/herald"},
		{"serve", "-db", db, "-workers", "0"},
		{"reextract", "-db", db},
		{"reextract", "-db", db, "-all", "3"},
		{"reextract", "-db", db, "abc"},
		{"reextract", "-db", db, "42"},
		{"reenrich", "-db", db},
		{"reenrich", "-db", db, "abc"},
		{"reenrich", "-db", db, "42"},
	} {
		if _, err := runCmd(t, args...); err == nil {
			t.Errorf("herald %v succeeded, want an error", args)
		}
	}
}

func TestIngestOnceWithNothingToDo(t *testing.T) {
	out, err := runCmd(t, "ingest", "-once", "-db", filepath.Join(t.TempDir(), "h.db"))
	if err != nil || !strings.Contains(out, "polled 0 sources") {
		t.Fatalf("ingest -once: %q, %v", out, err)
	}
}

func TestReextractAllOnEmptyStore(t *testing.T) {
	out, err := runCmd(t, "reextract", "-all", "-db", filepath.Join(t.TempDir(), "h.db"))
	if err != nil || !strings.Contains(out, "reprocessed 0 articles") {
		t.Fatalf("reextract -all: %q, %v", out, err)
	}
}

// Asking for help is not a failure: scripts and packagers run
// "herald COMMAND -h" and read the exit status.
func TestHelpExitsZero(t *testing.T) {
	for _, cmd := range []string{"serve", "demo", "ingest", "sources", "reextract", "reenrich", "extract", "enrich", "cluster"} {
		var out, errOut bytes.Buffer
		err := run(context.Background(), []string{cmd, "-h"}, &out, &errOut)
		if code := exitCode(err, &errOut); code != 0 {
			t.Errorf("herald %s -h exits %d", cmd, code)
		}
		if !strings.Contains(errOut.String(), "-") {
			t.Errorf("herald %s -h printed no flags: %q", cmd, errOut.String())
		}
	}
	var help bytes.Buffer
	run(context.Background(), []string{"sources", "-h"}, &bytes.Buffer{}, &help)
	if !strings.Contains(help.String(), "herald sources [flags] add URL") {
		t.Errorf("herald sources -h does not name its actions:\n%s", help.String())
	}
	var errOut bytes.Buffer
	if code := exitCode(run(context.Background(), []string{"serve", "-nope"}, &bytes.Buffer{}, &errOut), &errOut); code != 1 {
		t.Errorf("herald serve -nope exits %d, want 1", code)
	}
}
