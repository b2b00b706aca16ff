package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"herald/internal/store"
)

// The migration fills last_word for entities stored before it with SQL;
// new ones get store.LastWord. Both must agree, or an old full name is
// never found.
func TestEntityLastWordBackfillAgreesWithLastWord(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "herald.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	body, err := migrations.ReadFile("migrations/0011_entity_last_word.sql")
	if err != nil {
		t.Fatal(err)
	}
	var update string
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, "UPDATE entities") {
			update = line
		}
	}
	if update == "" {
		t.Fatal("no UPDATE in the migration")
	}
	keys := []string{"person:donald-trump", "person:trump", "person:ana-berg-marsk", "place:são-paulo",
		"organization:x", "person:سمير-الحسن", "weird", "person:o-neill-"}
	for _, k := range keys {
		if _, err := s.write.ExecContext(ctx, `INSERT INTO entities (key, name, type) VALUES (?, 'n', 'person')`, k); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.write.ExecContext(ctx, update); err != nil {
		t.Fatalf("%s: %v", update, err)
	}
	for _, k := range keys {
		var got string
		if err := s.read.QueryRowContext(ctx, `SELECT last_word FROM entities WHERE key = ?`, k).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if want := store.LastWord(k); got != want {
			t.Errorf("last_word of %q = %q by the migration, %q by store.LastWord", k, got, want)
		}
	}
}

// The entity queries run for every article understood; each must search
// its indexes, not scan every link stored.
func TestEntityQueriesUseIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "herald.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for name, q := range map[string]struct {
		sql  string
		args int
	}{
		"votes":  {entityVotesQuery(3), 8},
		"guess":  {entityGuessQuery(3), 8},
		"longer": {longerNamesQuery(3), 4},
	} {
		args := make([]any, q.args)
		for i := range args {
			args[i] = "x"
		}
		rows, err := s.read.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q.sql, args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		for _, step := range plan {
			if strings.HasPrefix(step, "SCAN") {
				t.Errorf("%s scans a table: %q in %v", name, step, plan)
			}
		}
	}
}
