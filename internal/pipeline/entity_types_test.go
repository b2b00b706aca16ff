package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
)

// A one-word name the article's own rules mistype ("Lumio said" reads as
// a person) takes the type the rest of the coverage gave it.
func TestEnricherSettlesOneWordNamesByOtherArticles(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	review := `The assistant answers in three languages. "It is ready for offices," Lumio said in a statement on Thursday. Lumio said the assistant would reach every user by March.`
	first := articleWithText(t, st, "r1", "Atlas review: a capable assistant", review, t0)
	if err := e.Run(ctx, first); err != nil {
		t.Fatal(err)
	}
	if typ := entityType(t, st, first, "Lumio"); typ != "person" {
		t.Fatalf("alone, the review's rules give Lumio the type %q; this test needs them to say person", typ)
	}
	company := `Software company Lumio said on Thursday it would cut 600 jobs. Shares in Lumio rose 6 percent. Lumio said staff would be paid.`
	run := func(guid, title, text string, hour int) int64 {
		id := articleWithText(t, st, guid, title, text, t0.Add(time.Duration(hour)*time.Hour))
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	if typ := entityType(t, st, run("c1", "Lumio to cut 600 jobs", company, 1), "Lumio"); typ != "organization" {
		t.Fatalf("the company report gives Lumio the type %q", typ)
	}
	// One other article is not enough to overrule an article's own reading.
	second := run("r2", "Atlas review: a capable assistant", review, 2)
	if typ := entityType(t, st, second, "Lumio"); typ != "person" {
		t.Fatalf("with one company report stored, the review gives Lumio the type %q, want its own reading", typ)
	}
	// The company reports keep their strong reading against two reviews.
	for i, guid := range []string{"c2", "c3"} {
		if typ := entityType(t, st, run(guid, "Lumio to cut 600 jobs", company, 3+i), "Lumio"); typ != "organization" {
			t.Fatalf("company report %s gives Lumio the type %q", guid, typ)
		}
	}
	// Re-enriched, the reviews follow the three company reports; an
	// article's own earlier reading does not count twice.
	for _, id := range []int64{first, second} {
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		if typ := entityType(t, st, id, "Lumio"); typ != "organization" {
			t.Fatalf("re-enriched, review %d gives Lumio the type %q, want organization", id, typ)
		}
	}
	counts, err := st.EntityTypeVotes(ctx, []string{"organization:lumio", "person:lumio"}, 0, 0)
	if err != nil || counts["organization:lumio"] != 5 || counts["person:lumio"] != 0 {
		t.Fatalf("articles per key = %v, %v; want all five on organization:lumio", counts, err)
	}
}

func entityType(t *testing.T, st enrichments, id int64, name string) string {
	t.Helper()
	typ := entityTypeOrNone(t, st, id, name)
	if typ == "" {
		t.Fatalf("article %d has no entity %q", id, name)
	}
	return typ
}

// A short name that speaks before its company is named in full ("Brightwell
// told us ... announced by Brightwell Power") joins the company when more
// other articles know the company than the person, and stays apart when
// none do. (A full name that ends in a word saying only "company", as
// "Brightwell Foods" does, joins in the article itself: enrich's
// TestAliasMerging.)
func TestEnricherJoinsAShortNameToAKnownCompany(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	shops := `Grocers removed Brightwell heaters overnight. Shelves that held Brightwell heaters were bare on Thursday. ` +
		`The recall, announced by Brightwell Power on Wednesday, covers its heaters. "That is what Brightwell told us to do," the grocer said. ` +
		`Brightwell said on Wednesday that it had halted the line.`
	run := func(guid, title, text string, hour int) int64 {
		id := articleWithText(t, st, guid, title, text, t0.Add(time.Duration(hour)*time.Hour))
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	first := run("s1", "Shops clear shelves as Brightwell recall widens", shops, 0)
	if typ := entityType(t, st, first, "Brightwell"); typ != "person" {
		t.Fatalf("alone, the rules give Brightwell the type %q; this test needs them to say person", typ)
	}
	recall := `Brightwell Power is recalling 180,000 heaters. Brightwell Power said no fire had been confirmed.`
	run("r1", "Brightwell Power recalls heaters", recall, 1)
	run("r2", "Brightwell Power recalls heaters", recall, 2)
	second := run("s2", "Shops clear shelves as Brightwell recall widens", shops, 3)
	got, err := st.Enrichment(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range got.Entities {
		if en.Name == "Brightwell" {
			t.Fatalf("Brightwell still apart (%s) with the company known: %+v", en.Type, got.Entities)
		}
	}
	if typ := entityType(t, st, second, "Brightwell Power"); typ != "organization" {
		t.Fatalf("Brightwell Power is a %q", typ)
	}
	counts, err := st.EntityTypeVotes(ctx, []string{"person:brightwell", "organization:brightwell-power"}, 0, 0)
	if err != nil || counts["person:brightwell"] != 1 || counts["organization:brightwell-power"] != 4 {
		t.Fatalf("articles per key = %v, %v; want the first shop story alone on person:brightwell", counts, err)
	}
}

// Guesses never outvote a confident reading, whatever comes first: two
// reviews stored before the company reports neither turn the reports'
// "software company Lumio" into a person nor keep their own reading once
// the reports are known.
func TestEnricherGuessesDoNotLockIn(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	review := `The assistant answers in three languages. "It is ready for offices," Lumio said in a statement on Thursday. Lumio said the assistant would reach every user by March.`
	company := `Software company Lumio said on Thursday it would cut 600 jobs. Shares in Lumio rose 6 percent. Lumio said staff would be paid.`
	var reviews, reports []int64
	for i := range 2 {
		reviews = append(reviews, articleWithText(t, st, fmt.Sprintf("r%d", i), "Atlas review", review, t0.Add(time.Duration(i)*time.Hour)))
	}
	for i := range 4 {
		reports = append(reports, articleWithText(t, st, fmt.Sprintf("c%d", i), "Lumio to cut 600 jobs", company, t0.Add(time.Duration(2+i)*time.Hour)))
	}
	for _, id := range append(append([]int64{}, reviews...), reports...) {
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range reports {
		if typ := entityType(t, st, id, "Lumio"); typ != "organization" {
			t.Fatalf("company report %d gives Lumio the type %q after two reviews", id, typ)
		}
	}
	// The reviews stored first were corrected when the reports came,
	// without being enriched again by hand.
	for _, id := range reviews {
		if typ := entityType(t, st, id, "Lumio"); typ != "organization" {
			t.Fatalf("review %d, stored before the reports, still gives Lumio the type %q", id, typ)
		}
	}
}

// A one-word name the article only writes at sentence starts, which its
// own rules leave out as maybe a common word, is an entity of the type
// other articles read it as with confidence.
func TestEnricherAddsNamesOtherArticlesKnow(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	run := func(guid, title, text string, hour int) int64 {
		id := articleWithText(t, st, guid, title, text, t0.Add(time.Duration(hour)*time.Hour))
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	election := `Osterland has chosen steadiness, President Viktor Anselm told supporters in Grauburg on Monday. Osterland is Ardenia's second-largest trading partner, and Anselm won 54 percent of the vote. Turnout was 66 percent.`
	alone := run("e0", "Anselm wins second term", election, 0)
	if typ := entityTypeOrNone(t, st, alone, "Osterland"); typ != "" {
		t.Fatalf("alone, the election report lists Osterland as %q; this test needs its rules to leave it out", typ)
	}
	trade := `Exports to Osterland rose 4 percent last year, and ferries from Port Calder to Osterland now run daily. Firms in Osterland employ 2,000 Ardenians.`
	for i := range 3 {
		if typ := entityType(t, st, run(fmt.Sprintf("t%d", i), "Trade with Osterland grows", trade, 1+i), "Osterland"); typ != "place" {
			t.Fatalf("the trade report reads Osterland as %q", typ)
		}
	}
	later := run("e1", "Anselm wins second term", election, 5)
	if typ := entityTypeOrNone(t, st, later, "Osterland"); typ != "place" {
		t.Fatalf("with three trade reports stored, the election report lists Osterland as %q, want place", typ)
	}
	// A capitalised word no other article lists stays out.
	if typ := entityTypeOrNone(t, st, later, "Turnout"); typ != "" {
		t.Fatalf("Turnout is listed as %q", typ)
	}
}

// entityTypeOrNone is entityType, or "" when the article has no such entity.
func entityTypeOrNone(t *testing.T, st enrichments, id int64, name string) string {
	t.Helper()
	return entityNamed(t, st, id, name).Type
}

// enrichments reads stored enrichments.
type enrichments interface {
	Enrichment(context.Context, int64) (*model.Enrichment, error)
}

// entityNamed returns article id's entity of that name (the zero entity
// when it has none).
func entityNamed(t *testing.T, st enrichments, id int64, name string) model.Entity {
	t.Helper()
	got, err := st.Enrichment(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range got.Entities {
		if en.Name == name {
			return en
		}
	}
	return model.Entity{}
}
