package cluster

import (
	"slices"
	"testing"
	"time"
)

func TestEventDays(t *testing.T) {
	// Wednesday 25 November 2026, mid-morning.
	pub := time.Date(2026, 11, 25, 10, 30, 0, 0, time.UTC)
	tests := []struct {
		name  string
		text  string
		words int
		want  []string
	}{
		{"weekday is its latest occurrence", "The Assembly voted on Monday to approve the bill.", 60, []string{"2026-11-23"}},
		{"the publication's own weekday", "Calder Shipyards said on Wednesday it had won the order.", 60, []string{"2026-11-25"}},
		{"possessive", "After Sunday's election, Anselm promised continuity.", 60, []string{"2026-11-22"}},
		{"today and yesterday", "Officials said today that yesterday's outage was caused by a breaker.", 60, []string{"2026-11-25", "2026-11-24"}},
		{"month and day", "The treaty, signed Nov. 24 in Qasr al-Nur, takes effect on 1 December.", 60, []string{"2026-11-24", "2026-12-01"}},
		{"French", "Le projet de loi a été adopté mardi ; hier, le ministre s'est dit satisfait. Vote le 3 décembre.", 60, []string{"2026-11-24", "2026-11-24", "2026-12-03"}},
		{"Arabic", "وقّع البلدان المعاهدة يوم الثلاثاء في العاصمة", 60, []string{"2026-11-24"}},
		{"numbers that are not days", "The 2027 budget cuts 600 jobs and 12 programmes.", 60, nil},
		{"only the lede counts", "One two three four five. It happened on Friday.", 5, nil},
		{"may the verb", "Ministers may 12 times have said so.", 60, nil},
		{"May the month", "The vote is set for May 12.", 60, []string{"2026-05-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventDays(tc.text, pub, tc.words); !slices.Equal(got, tc.want) {
				t.Errorf("eventDays = %v, want %v", got, tc.want)
			}
		})
	}
	if got := eventDays("It happened on Monday.", time.Time{}, 60); got != nil {
		t.Errorf("undated article: %v, want none", got)
	}
}

// Two events of one week with the same people and places: the report of
// the second names another day than the first, and loses DayPenalty of its
// score, enough to start its own story; the same words naming the same day
// join.
func TestDayPenaltyKeepsOtherDaysApart(t *testing.T) {
	first := Article{ID: "a", Title: "Marsk survives confidence vote in the Assembly",
		Text: "Prime Minister Helena Marsk survived a confidence vote in the Assembly in Velmont on Thursday by two votes, " +
			"after the Civic Union abstained and the Labour Alliance held together.",
		Language: "en", Published: time.Date(2026, 11, 26, 18, 0, 0, 0, time.UTC)}
	other := func(day string) Article {
		return Article{ID: "b", Title: "Brandvold's budget clears the Assembly with a tax cut",
			Text: "Finance Minister Ilse Brandvold's 2027 budget cleared the Assembly in Velmont on " + day + ", with the Labour Alliance " +
				"voting for the tax cut and Prime Minister Helena Marsk's Civic Union partners abstaining.",
			Language: "en", Published: time.Date(2026, 11, 26, 20, 0, 0, 0, time.UTC)}
	}
	tests := []struct {
		name     string
		penalty  float64
		day      string
		wantSame bool
	}{
		{"same day joins", 0.5, "Thursday", true},
		{"another day starts its own story", 0.5, "Tuesday", false},
		{"without the penalty the words decide", 0, "Tuesday", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.DayPenalty = tc.penalty
			c := New(cfg)
			pa, err := c.Add(first)
			if err != nil {
				t.Fatal(err)
			}
			pb, err := c.Add(other(tc.day))
			if err != nil {
				t.Fatal(err)
			}
			if same := pa.Story == pb.Story; same != tc.wantSame {
				t.Fatalf("same story = %v (score %.3f), want %v", same, pb.Score, tc.wantSame)
			}
		})
	}
}
