package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

const (
	marskShort = `Marsk defended the budget on Tuesday. "We will not raise the fuel duty," Marsk told reporters in Velmora. Marsk said the deficit would fall by a third over two years, and Marsk promised farmers new grants.`
	marskIlse  = `Finance minister Ilse Marsk presented the budget in Velmora on Monday. Marsk said the fuel duty would stay as it is. "This budget keeps its promises," Ilse Marsk told parliament.`
	marskTomas = `Striker Tomas Marsk scored twice for Velmora on Saturday. Marsk said the win was for the fans. "We played as a team," Tomas Marsk told reporters after the match.`
)

// runner enriches new articles an hour apart through one Enricher,
// counting how often each article's enrichment is saved.
type runner struct {
	t    *testing.T
	st   *sqlite.Store
	e    *pipeline.Enricher
	hour int
	// saves counts SaveEnrichment calls per article.
	saves map[int64]int
}

type countingStore struct {
	*sqlite.Store
	saves map[int64]int
}

func (c countingStore) SaveEnrichment(ctx context.Context, e *model.Enrichment) error {
	c.saves[e.ArticleID]++
	return c.Store.SaveEnrichment(ctx, e)
}

func newRunner(t *testing.T) *runner {
	_, st, _ := newExtractor(t)
	saves := map[int64]int{}
	return &runner{t: t, st: st, saves: saves,
		e: &pipeline.Enricher{Store: countingStore{st, saves}, Logger: slog.New(slog.DiscardHandler)}}
}

func (r *runner) run(guid, title, text string) int64 {
	r.t.Helper()
	r.hour++
	id := articleWithText(r.t, r.st, guid, title, text, t0.Add(time.Duration(r.hour)*time.Hour))
	if err := r.e.Run(context.Background(), id); err != nil {
		r.t.Fatal(err)
	}
	return id
}

func (r *runner) runN(n int, prefix, title, text string) {
	r.t.Helper()
	for i := range n {
		r.run(fmt.Sprintf("%s%d", prefix, i), title, text)
	}
}

// A report that names only "Marsk" joins the Ilse Marsk of the fuller
// reports once three of them agree, whichever arrives first, and its tag
// page is hers.
func TestEnricherJoinsShortNamesToTheAgreedFullName(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	run := func(guid, title, text string, hour int) int64 {
		t.Helper()
		id := articleWithText(t, st, guid, title, text, t0.Add(time.Duration(hour)*time.Hour))
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	short := `Marsk defended the budget on Tuesday. "We will not raise the fuel duty," Marsk told reporters in Velmora. Marsk said the deficit would fall by a third over two years, and Marsk promised farmers new grants.`
	full := `Finance minister Ilse Marsk presented the budget in Velmora on Monday. Marsk said the fuel duty would stay as it is. "This budget keeps its promises," Ilse Marsk told parliament.`
	early := run("s1", "Marsk defends the budget", short, 0)
	if key := entityKeyNamed(t, st, early, "Marsk"); key != "person:marsk" {
		t.Fatalf("alone, the short report reads Marsk as %q; this test needs person:marsk", key)
	}
	if !hasTag(t, st, early, "marsk") {
		t.Fatalf("alone, the short report is not tagged #Marsk; this test needs it to be")
	}
	for i := range 2 {
		run(fmt.Sprintf("f%d", i), "Marsk presents the budget", full, 1+i)
	}
	if key := entityKeyNamed(t, st, early, "Marsk"); key != "person:marsk" {
		t.Fatalf("with two full reports, the short one reads %q; want it alone still", key)
	}
	run("f2", "Marsk presents the budget", full, 3)
	if key := entityKeyNamed(t, st, early, "Ilse Marsk"); key != "person:ilse-marsk" {
		t.Fatalf("after the third full report, the earlier short one reads %q, want person:ilse-marsk", key)
	}
	late := run("s2", "Marsk defends the budget", short, 4)
	for _, id := range []int64{early, late} {
		if hasTag(t, st, id, "marsk") || !hasTag(t, st, id, "ilse-marsk") {
			t.Fatalf("short report %d is not on the #IlseMarsk page", id)
		}
	}
	tag, err := st.Tag(ctx, "ilse-marsk")
	if err != nil || tag.Count != 5 {
		t.Fatalf("#IlseMarsk = %+v, %v; want all five reports", tag, err)
	}
}

func entityKeyNamed(t *testing.T, st enrichments, id int64, name string) string {
	t.Helper()
	return entityNamed(t, st, id, name).Key
}

func hasTag(t *testing.T, st enrichments, id int64, slug string) bool {
	t.Helper()
	got, err := st.Enrichment(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range got.Tags {
		if tg.Slug == slug {
			return true
		}
	}
	return false
}

// Agreement that comes only when one full name outgrows another still
// sends the earlier short reports back.
func TestEnricherRejoinsWhenAgreementComesLate(t *testing.T) {
	r := newRunner(t)
	r.runN(2, "t", "Marsk scores twice", marskTomas)
	early := r.run("s", "Marsk defends the budget", marskShort)
	r.runN(4, "f", "Marsk presents the budget", marskIlse)
	if key := entityKeyNamed(t, r.st, early, "Marsk"); key != "person:marsk" {
		t.Fatalf("with four Ilse and two Tomas reports, the short one reads %q; want no agreement yet", key)
	}
	r.run("f4", "Marsk presents the budget", marskIlse) // 5 > 2×2
	if key := entityKeyNamed(t, r.st, early, "Ilse Marsk"); key != "person:ilse-marsk" {
		t.Fatalf("once five Ilse reports outnumber two Tomas ones, the early short report reads %q", key)
	}
	// Agreement already stood: further reports send nothing back.
	before := r.saves[early]
	r.runN(2, "g", "Marsk presents the budget", marskIlse)
	if r.saves[early] != before {
		t.Fatalf("reports after agreement understood the short report again (%d saves, then %d)", before, r.saves[early])
	}
}

// Joined reports are no votes for the name they joined: three Ilse Marsk
// reports and seven joined short ones do not outvote four Tomas reports.
func TestEnricherJoinsDoNotVote(t *testing.T) {
	r := newRunner(t)
	r.runN(3, "f", "Marsk presents the budget", marskIlse)
	r.runN(7, "s", "Marsk defends the budget", marskShort)
	r.runN(4, "t", "Marsk scores twice", marskTomas)
	got, err := r.st.LongerNames(context.Background(), []string{"person:marsk"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, e := range got["person:marsk"] {
		counts[e.Name] = e.Mentions
	}
	if counts["Ilse Marsk"] != 3 || counts["Tomas Marsk"] != 4 {
		t.Fatalf("articles naming each = %v, want Ilse Marsk 3 and Tomas Marsk 4", counts)
	}
	id := r.run("x", "Marsk scores again", `Marsk scored again on Sunday. Marsk said the fans were wonderful. "We keep going," Marsk told reporters.`)
	if key := entityKeyNamed(t, r.st, id, "Marsk"); key != "person:marsk" {
		t.Fatalf("a new short report reads %q; want Marsk alone, the full names being in dispute", key)
	}
}

// Joined reports still say that "Marsk" is a name: a report that writes
// it only at sentence starts learns so from them (knownElsewhere), and
// joins too.
func TestEnricherJoinedReportsStillVouchForTheShortName(t *testing.T) {
	r := newRunner(t)
	r.runN(4, "s", "Marsk defends the budget", marskShort)
	r.runN(3, "f", "Marsk presents the budget", marskIlse)
	starts := `Marsk wants a leaner budget. Marsk met farmers in Velmora on Tuesday. Grants will rise next year.`
	id := r.run("u", "Budget plans", starts)
	if key := entityKeyNamed(t, r.st, id, "Ilse Marsk"); key != "person:ilse-marsk" {
		t.Fatalf("the sentence-start report reads Marsk as %q, want Ilse Marsk", key)
	}
}

// A hyphenated surname stored alone is sent back too.
func TestEnricherRejoinsHyphenatedNames(t *testing.T) {
	r := newRunner(t)
	short := `Doctors praised Berg-Marsk for the reform on Monday. "We will deliver," Berg-Marsk told reporters in Velmora. Berg-Marsk said the plan was funded.`
	full := `Health minister Ana Berg-Marsk presented the reform in Velmora on Monday. Berg-Marsk said hospitals would get more staff. "This reform is funded," Ana Berg-Marsk told parliament.`
	early := r.run("s", "Reform praised", short)
	if key := entityKeyNamed(t, r.st, early, "Berg-Marsk"); key != "person:berg-marsk" {
		t.Fatalf("alone, the short report reads %q; this test needs person:berg-marsk", key)
	}
	r.runN(3, "f", "Berg-Marsk presents reform", full)
	if key := entityKeyNamed(t, r.st, early, "Ana Berg-Marsk"); key != "person:ana-berg-marsk" {
		t.Fatalf("after three full reports, the early short one reads %q", key)
	}
}

// A wire copy sent back with its original takes the original's new tags,
// whichever was stored first.
func TestEnricherRejoinRetagsCopiesAfterOriginals(t *testing.T) {
	r := newRunner(t)
	ctx := context.Background()
	cp := r.run("c", "Marsk defends the budget", marskShort)
	orig := r.run("o", "Marsk defends the budget", marskShort)
	if err := r.st.SavePlacement(ctx, model.Placement{ArticleID: orig, StoryID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.st.SavePlacement(ctx, model.Placement{ArticleID: cp, StoryID: 1, DuplicateOf: orig}); err != nil {
		t.Fatal(err)
	}
	r.runN(3, "f", "Marsk presents the budget", marskIlse)
	for _, id := range []int64{orig, cp} {
		if hasTag(t, r.st, id, "marsk") || !hasTag(t, r.st, id, "ilse-marsk") {
			t.Fatalf("article %d (original %d, copy %d) is not on the #IlseMarsk page alone", id, orig, cp)
		}
	}
}

// A match report that calls a team only "the Celtics", which alone reads
// as no entity, joins the Boston Celtics of other reports, stored before or
// after them.
func TestEnricherJoinsTeamsByNickname(t *testing.T) {
	r := newRunner(t)
	full := `The Boston Celtics beat the Toronto Raptors 98-91 on Sunday. Jo Kell scored 30 points and grabbed 12 rebounds for the Boston Celtics, who lead the league this season. "We defended well," coach Ann Pry said.`
	short := `The Celtics won again on Tuesday, beating Denver 101-99 in overtime. Kell scored 28 points and had nine rebounds as the Celtics won their sixth straight game of the season. "We never gave up," Kell said.`
	early := r.run("s0", "Celtics win again", short)
	if !hasTag(t, r.st, early, "celtic") || entityKeyNamed(t, r.st, early, "Celtics") != "" {
		t.Fatalf("alone, the short report should be tagged #Celtics with no entity Celtics; this test needs that")
	}
	r.runN(3, "f", "Celtics beat Raptors", full)
	late := r.run("s1", "Celtics win again", short)
	for _, id := range []int64{early, late} {
		if key := entityKeyNamed(t, r.st, id, "Boston Celtics"); key != "organization:boston-celtics" {
			t.Fatalf("short report %d reads the Celtics as %q", id, key)
		}
		if hasTag(t, r.st, id, "celtic") || !hasTag(t, r.st, id, "boston-celtic") {
			t.Fatalf("short report %d is not on the #BostonCeltics page alone", id)
		}
	}
}

// A joined confident reading still corrects other articles' guesses at
// the one word it was read as: "Finance minister Marsk" makes the "in
// Marsk" of a protest report a person, with or without an Ilse Marsk for
// it to join.
func TestEnricherJoinedReadingsStillCorrectGuesses(t *testing.T) {
	guess := `Farmers protested in Marsk on Monday over fuel prices. Police said the crowd was calm. Talks will resume next week.`
	sure := `Finance minister Marsk presented the budget in Velmora on Monday. Minister Marsk said the fuel duty would stay as it is. "This budget keeps its promises," Marsk told parliament.`
	for _, withFull := range []bool{false, true} {
		t.Run(fmt.Sprint("full names stored: ", withFull), func(t *testing.T) {
			r := newRunner(t)
			g := r.run("g", "Protest", guess)
			if key := entityKeyNamed(t, r.st, g, "Marsk"); key != "place:marsk" {
				t.Fatalf("alone, the protest report reads %q; this test needs place:marsk", key)
			}
			if withFull {
				r.runN(3, "f", "Marsk presents the budget", marskIlse)
			}
			r.runN(3, "c", "Budget", sure)
			if key := entityKeyNamed(t, r.st, g, "Marsk"); key == "place:marsk" {
				t.Fatalf("three confident readings of Marsk as a person left the protest report's place")
			}
		})
	}
}

// Agreement on a name whose last word can never join ("James", a given
// name) sends nothing back.
func TestEnricherDoesNotSendBackWhatCannotJoin(t *testing.T) {
	r := newRunner(t)
	short := `James said on Tuesday the team would rest its starters. "We need fresh legs," James told reporters in Velmora. James said the playoffs start next week.`
	full := `LeBron James scored 40 points as the Lakers beat Denver on Sunday. James said the team played well. "We defended," LeBron James told reporters.`
	id := r.run("s", "James rests starters", short)
	before := r.saves[id]
	r.runN(3, "f", "LeBron scores 40", full)
	if r.saves[id] != before {
		t.Fatalf("the James report was understood again (%d saves, then %d), though a given name never joins", before, r.saves[id])
	}
}

// An original understood again hands its new tags to its recorded copies.
func TestEnricherRetagsCopiesOfAnOriginal(t *testing.T) {
	r := newRunner(t)
	ctx := context.Background()
	bridge := `Engineers closed the Velmora bridge on Monday after finding cracks in two of its piers. The bridge carries 40,000 cars a day. "Safety comes first," said city engineer Ana Pry. Repairs to the bridge will take six weeks.`
	orig := r.run("o", "Velmora bridge closed", bridge)
	cp := r.run("c", "Velmora bridge closed", bridge)
	if err := r.st.SavePlacement(ctx, model.Placement{ArticleID: orig, StoryID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.st.SavePlacement(ctx, model.Placement{ArticleID: cp, StoryID: 1, DuplicateOf: orig}); err != nil {
		t.Fatal(err)
	}
	ferry := `Ferry crews in Osterland went on strike on Tuesday over pay. The ferry union said sailings would stop for two days. "We have no choice," said union leader Tomas Marsk. Ferry passengers were told to find other routes.`
	if err := r.st.SaveContent(ctx, &model.Content{ArticleID: orig, Title: "Ferry crews strike", Text: ferry}); err != nil {
		t.Fatal(err)
	}
	if err := r.e.Run(ctx, orig); err != nil {
		t.Fatal(err)
	}
	o, err := r.st.Enrichment(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	c, err := r.st.Enrichment(ctx, cp)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Tags) == 0 || !slices.Equal(c.Tags, o.Tags) {
		t.Fatalf("copy's tags %v, original's %v; want the original's new ones", c.Tags, o.Tags)
	}
}
