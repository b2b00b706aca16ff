package demo

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLoadCorpusFixtures(t *testing.T) {
	c := loadFixtures(t)
	if got := len(c.Publishers); got != 9 {
		t.Errorf("publishers = %d, want 9", got)
	}
	if got := len(c.Articles); got != 10 {
		t.Errorf("articles = %d, want 10", got)
	}
	a, ok := c.Article("harbor-gazette/fixture-ferry-timetable")
	if !ok {
		t.Fatal("fixture article missing")
	}
	if a.Slug() != "fixture-ferry-timetable" {
		t.Errorf("Slug() = %q", a.Slug())
	}
	if want := time.Date(2026, 11, 23, 12, 30, 0, 0, time.UTC); !a.Updated.Equal(want) {
		t.Errorf("Updated = %v, want %v", a.Updated, want)
	}
	harbor := c.ByPublisher("harbor-gazette")
	if len(harbor) != 2 || harbor[0].Published.Before(harbor[1].Published) {
		t.Errorf("ByPublisher not newest first: %v", harbor)
	}
	if got := len(c.Stories()["s-fix-bridge"]); got != 7 {
		t.Errorf("story s-fix-bridge has %d articles, want 7", got)
	}
	if got := c.Reprints()["northwind-wire/fixture-bridge-vote"]; len(got) != 1 {
		t.Errorf("reprints = %v, want one", got)
	}
}

// TestLoadCorpus checks the embedded corpus, whatever its size today.
func TestLoadCorpus(t *testing.T) {
	c, err := LoadCorpus()
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	if len(c.Publishers) == 0 {
		t.Error("no publishers")
	}
}

func TestLoadCorpusRejects(t *testing.T) {
	const publishers = `[{"key":"wire","name":"Wire","lang":"en","feed":"atom","kind":""},
		{"key":"daily","name":"Daily","lang":"en","feed":"rss2","kind":""}]`
	const good = `{"id":"wire/a","publisher":"wire","story":"","wire_of":"","lang":"en","section":"News",
		"title":"T","dek":"D","author":"A","published":"2026-11-24T07:15:00Z","updated":"","tags":[],"body":[{"p":"x"}]}`
	tests := []struct {
		name, publishers, articles, want string
	}{
		{"duplicate id", publishers, `[` + good + `,` + good + `]`, "duplicate id"},
		{"id prefix", publishers, `[` + strings.Replace(good, `"wire/a"`, `"daily/a"`, 1) + `]`, "followed by a slug"},
		{"unknown publisher", publishers, `[` + strings.NewReplacer(`"wire/a"`, `"nobody/a"`, `"publisher":"wire"`, `"publisher":"nobody"`).Replace(good) + `]`, "unknown publisher"},
		{"bad date", publishers, `[` + strings.Replace(good, "2026-11-24T07:15:00Z", "24 Nov 2026", 1) + `]`, "published"},
		{"bad updated", publishers, `[` + strings.Replace(good, `"updated":""`, `"updated":"yesterday"`, 1) + `]`, "updated"},
		{"dangling wire_of", publishers, `[` + strings.Replace(good, `"wire_of":""`, `"wire_of":"wire/zzz"`, 1) + `]`, "wire_of"},
		{"unknown field", publishers, `[` + strings.Replace(good, `{"p":"x"}`, `{"image":"x"}`, 1) + `]`, "unknown field"},
		{"two kinds in a block", publishers, `[` + strings.Replace(good, `{"p":"x"}`, `{"p":"x","h":"y"}`, 1) + `]`, "exactly one"},
		{"empty body", publishers, `[` + strings.Replace(good, `[{"p":"x"}]`, `[]`, 1) + `]`, "empty body"},
		{"unknown feed format", strings.Replace(publishers, `"rss2"`, `"rss3"`, 1), `[` + good + `]`, "feed format"},
		{"not json", publishers, `[{`, "parse articles/a.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"publishers.json": {Data: []byte(tt.publishers)},
				"articles/a.json": {Data: []byte(tt.articles)},
			}
			_, err := LoadCorpusFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestShift(t *testing.T) {
	c := loadFixtures(t)
	now := time.Date(2030, 5, 1, 12, 0, 30, 0, time.UTC)
	shifted := Shift(c, now)

	var newest time.Time
	for _, a := range shifted.Articles {
		if m := a.LastModified(); m.After(newest) {
			newest = m
		}
	}
	latest := now.Add(-45 * time.Minute)
	if newest.After(latest) || !newest.After(latest.Add(-24*time.Hour)) {
		t.Errorf("newest = %v, want within the day before %v", newest, latest)
	}
	delta := shifted.Articles[0].Published.Sub(c.Articles[0].Published)
	if delta%(24*time.Hour) != 0 {
		t.Errorf("moved by %v, not whole days: the time of day must stay", delta)
	}
	for i, a := range shifted.Articles {
		orig := c.Articles[i]
		if got := a.Published.Sub(orig.Published); got != delta {
			t.Errorf("%s moved by %v, want %v", a.ID, got, delta)
		}
		if orig.Updated.IsZero() != a.Updated.IsZero() {
			t.Errorf("%s: zero Updated must stay zero", a.ID)
		}
	}
	shifted.Articles[0].Body[0].P = "changed"
	if c.Articles[0].Body[0].P == "changed" {
		t.Error("Shift shares body blocks with the original")
	}
}

// TestCorpusShape checks that the finished corpus meets its brief. It fails
// while the corpus is still being written.
func TestCorpusShape(t *testing.T) {
	c, err := LoadCorpus()
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	if got := len(c.Publishers); got < 8 {
		t.Errorf("publishers = %d, want at least 8", got)
	}
	if got := len(c.Articles); got < 80 {
		t.Errorf("articles = %d, want at least 80", got)
	}

	days := make(map[string]bool)
	langs := make(map[string]int)
	captioned, quotes := 0, 0
	for _, a := range c.Articles {
		days[a.Published.UTC().Format(time.DateOnly)] = true
		langs[a.Lang]++
		for _, b := range a.Body {
			if b.Img != "" && b.Caption != "" && b.Credit != "" {
				captioned++
			}
			if b.Quote != "" {
				quotes++
			}
		}
	}
	if len(days) < 4 {
		t.Errorf("articles span %d days, want at least 4", len(days))
	}
	if langs["fr"] == 0 || langs["ar"] == 0 {
		t.Errorf("languages = %v, want fr and ar", langs)
	}
	if captioned < 30 {
		t.Errorf("images with caption and credit = %d, want at least 30", captioned)
	}
	if quotes == 0 {
		t.Error("no quote blocks")
	}

	multi := 0
	for _, group := range c.Stories() {
		seen := make(map[string]bool)
		for _, a := range group {
			seen[a.Publisher] = true
		}
		if len(seen) >= 2 {
			multi++
		}
	}
	if multi < 12 {
		t.Errorf("stories covered by 2+ publishers = %d, want at least 12", multi)
	}

	widelyReprinted := 0
	for original, reprints := range c.Reprints() {
		seen := make(map[string]bool)
		for _, id := range reprints {
			if a, ok := c.Article(id); ok && !strings.HasPrefix(original, a.Publisher+"/") {
				seen[a.Publisher] = true
			}
		}
		if len(seen) >= 2 {
			widelyReprinted++
		}
	}
	if widelyReprinted < 2 {
		t.Errorf("wire stories reprinted by 2+ other publishers = %d, want at least 2", widelyReprinted)
	}
}

// Shifted text names the days of the shifted dates: what was "Tuesday,
// Nov 24" two days later reads "Thursday, Nov 26".
func TestShiftText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		days int
		want string
	}{
		{"VELMONT, Nov 24 (Northwind) - The bank cut rates on Tuesday.", 2, "VELMONT, Nov 26 (Northwind) - The bank cut rates on Thursday."},
		{"Tuesday's vote, set for December 10, and Sept. 30 and Nov. 29.", 3, "Friday's vote, set for December 13, and Oct. 3 and Dec. 2."},
		{"TUESDAY NIGHT: lundi 30 novembre, puis le 1er décembre.", 1, "WEDNESDAY NIGHT: mardi 1er décembre, puis le 2 décembre."},
		{"Mardi, à Saint-Aubert.", 6, "Lundi, à Saint-Aubert."},
		{"أعلن يوم الثلاثاء", 1, "أعلن يوم الأربعاء"},
		{"On Sunday, May 31.", -7, "On Sunday, May 24."},
		{"The Mariners won 3-1 on Sunday; the Mayday appeal.", 0, "The Mariners won 3-1 on Sunday; the Mayday appeal."},
		{"Council backs Sunday opening, open on Sunday afternoons and every Monday.", 2, "Council backs Sunday opening, open on Sunday afternoons and every Monday."},
		{"Le ministre a annoncé mardi que tous les mardis...", 1, "Le ministre a annoncé mercredi que tous les mardis..."},
		{"Why Sunday's blackout spread; fans watched Sunday’s match late Friday.", 1, "Why Monday's blackout spread; fans watched Monday’s match late Saturday."},
	} {
		if got := shiftText(tc.in, tc.days, 2026); got != tc.want {
			t.Errorf("shiftText(%q, %d)\n got %q\nwant %q", tc.in, tc.days, got, tc.want)
		}
	}
}
