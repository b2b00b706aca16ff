package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const clusterWire = "Engineers closed the Harbour Bridge in Port Calder on Monday after an overnight inspection found cracks in a concrete support pier. Traffic was diverted onto the ring road, the ferry operator doubled its sailings and divers will examine the pier foundations on Tuesday, the roads authority said in a statement."

func writeClusterInput(t *testing.T, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestClusterCommand(t *testing.T) {
	in := writeClusterInput(t,
		`{"id":"w1","title":"Harbour Bridge shut after cracks found in pier","text":"`+clusterWire+`","published_at":"2026-11-23T06:00:00Z","source":"wire"}`,
		`{"id":"r1","title":"Brightwell recalls peanut butter over salmonella","published_at":"2026-11-23T06:30:00Z","source":"wire"}`,
		``,
		// A lightly edited reprint under a headline that shares nothing.
		`{"id":"c1","title":"COMMUTER CHAOS","text":"`+strings.Replace(clusterWire, "on Monday", "early on Monday", 1)+`","published_at":"2026-11-23T07:00:00Z","source":"lantern"}`,
		`{"id":"r2","title":"Peanut butter recall: Brightwell salmonella scare","published_at":"2026-11-23T08:00:00Z","source":"gazette"}`,
		`{"id":"u1","title":"Mariners reach first cup final since 1998","source":"gazette"}`,
	)
	var out, errOut bytes.Buffer
	if err := runCluster(context.Background(), []string{"-in", in}, &out, &errOut); err != nil {
		t.Fatalf("runCluster: %v (stderr %q)", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	story := make(map[string]string)
	var order []string
	for _, l := range lines {
		id, s, ok := strings.Cut(l, "\t")
		if !ok || s == "" || s == "0" {
			t.Fatalf("bad output line %q", l)
		}
		story[id] = s
		order = append(order, id)
	}
	if got := strings.Join(order, " "); got != "w1 r1 c1 r2 u1" {
		t.Errorf("output order %q, want input order", got)
	}
	if story["c1"] != story["w1"] {
		t.Errorf("reprint c1 in story %s, original w1 in %s", story["c1"], story["w1"])
	}
	if story["r2"] != story["r1"] {
		t.Errorf("recall reports in stories %s and %s", story["r1"], story["r2"])
	}
	if story["w1"] == story["r1"] || story["u1"] == story["w1"] || story["u1"] == story["r1"] {
		t.Errorf("unrelated events share a story: %v", story)
	}
}

func TestClusterCommandErrors(t *testing.T) {
	tests := []struct {
		name string
		args func(t *testing.T) []string
		want string
	}{
		{"bad json", func(t *testing.T) []string {
			return []string{"-in", writeClusterInput(t, `{"id":"a","title":"x"}`, `{"id":`)}
		}, "line 2"},
		{"no id", func(t *testing.T) []string {
			return []string{"-in", writeClusterInput(t, `{"title":"x"}`)}
		}, "no id"},
		{"bad date", func(t *testing.T) []string {
			return []string{"-in", writeClusterInput(t, `{"id":"a","title":"x","published_at":"yesterday"}`)}
		}, "published_at"},
		{"missing file", func(t *testing.T) []string {
			return []string{"-in", filepath.Join(t.TempDir(), "nope.jsonl")}
		}, "no such file"},
		{"stray argument", func(t *testing.T) []string { return []string{"extra"} }, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runCluster(context.Background(), tt.args(t), &out, &errOut)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}
