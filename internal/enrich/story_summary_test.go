package enrich

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
)

var t0 = time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC)

// bridgeReports is a story told by three publishers and a wire copy, with
// one report in another language.
func bridgeReports() []Report {
	return []Report{
		{ID: 1, Source: "wire", Language: "en", Published: t0, Title: "Harbour Bridge shut after cracks found in pier",
			KeyPoints: []string{
				"Port Calder's Harbour Bridge was closed to all traffic on Monday after engineers found cracks in one of its support piers.",
				"It carries about 48,000 vehicles a day, the National Roads Agency said.",
				"“Nobody is going to drive across that bridge until I am told it is safe,” Mayor Owen Castellane said.",
			}},
		{ID: 2, Source: "gazette", Language: "en", Published: t0.Add(time.Hour), Title: "Harbour Bridge closed: cracks found in Pier 6",
			KeyPoints: []string{
				"The fog over the harbour had barely lifted when the first commuters found the barriers across the road.",
				"Engineers found cracks in Pier 6 of the Harbour Bridge during an overnight inspection, and the bridge was closed on Monday.",
				"The bridge carries about 48,000 vehicles a day between the eastern districts and the centre.",
			}},
		{ID: 3, Source: "times", Language: "en", Published: t0.Add(2 * time.Hour), Title: "Bridge closure leaves port with freight bottleneck",
			KeyPoints: []string{
				"The closure of the Harbour Bridge after cracks were found in a pier has left Port Calder with a freight bottleneck.",
				"Hauliers said diversions added 40 minutes to every trip to the container terminal.",
			}},
		{ID: 4, Source: "copy", Language: "en", Published: t0.Add(3 * time.Hour), CopyOf: 1, Title: "Harbour Bridge shut after cracks found in pier",
			KeyPoints: []string{
				"Port Calder's Harbour Bridge was closed to all traffic on Monday after engineers found cracks in one of its support piers.",
				"The Harbour Bridge, which carries 48,000 vehicles a day, is the only road between Port Calder's eastern districts and the centre.",
			}},
		{ID: 5, Source: "observateur", Language: "fr", Published: t0.Add(4 * time.Hour), Title: "Le pont du port fermé",
			KeyPoints: []string{"Le pont du port de Port Calder a été fermé lundi après la découverte de fissures."}},
	}
}

func TestSummarizeStory(t *testing.T) {
	reports := bridgeReports()
	got := SummarizeStory(reports, 3)
	if len(got) != 3 {
		t.Fatalf("got %d points, want 3: %v", len(got), got)
	}
	// Verbatim, each credited to the report it is copied from.
	for _, p := range got {
		i := slices.IndexFunc(reports, func(r Report) bool { return r.ID == p.ArticleID })
		if i < 0 || !slices.Contains(reports[i].KeyPoints, p.Text) {
			t.Errorf("%q is not a key point of article %d", p.Text, p.ArticleID)
		}
		if p.ArticleID == 4 || p.ArticleID == 5 {
			t.Errorf("point from article %d (a copy, or another language): %q", p.ArticleID, p.Text)
		}
	}
	// It opens with the lede the other publishers bear out, not the
	// gazette's scene-setting first sentence.
	if got[0].ArticleID != 1 || !strings.HasPrefix(got[0].Text, "Port Calder's Harbour Bridge was closed") {
		t.Errorf("opens with %+v, want the wire's lede", got[0])
	}
	texts := make([]string, len(got))
	for i, p := range got {
		texts[i] = p.Text
	}
	joined := strings.Join(texts, "\n")
	if strings.Contains(joined, "fog over the harbour") {
		t.Errorf("scene-setting sentence chosen over reported facts:\n%s", joined)
	}
	if strings.Contains(joined, "Nobody is going to drive") {
		t.Errorf("a quotation chosen as a key point:\n%s", joined)
	}
	// The same fact from two publishers is told once.
	if strings.Contains(joined, "Engineers found cracks in Pier 6") {
		t.Errorf("the lede repeated in another publisher's words:\n%s", joined)
	}
	if strings.Count(joined, "48,000 vehicles") > 1 {
		t.Errorf("one fact told twice:\n%s", joined)
	}
	// "It carries..." needs the sentence before it; the gazette's own
	// telling of the same fact reads on its own.
	if strings.Contains(joined, "It carries") {
		t.Errorf("a sentence opening with a pronoun chosen:\n%s", joined)
	}
}

func TestSummarizeStoryOneReport(t *testing.T) {
	r := bridgeReports()[1]
	got := SummarizeStory([]Report{r}, 3)
	if len(got) != 3 {
		t.Fatalf("got %v", got)
	}
	for i, p := range got {
		if p.Text != r.KeyPoints[i] || p.ArticleID != r.ID {
			t.Errorf("point %d = %+v, want the report's own key point %q", i, p, r.KeyPoints[i])
		}
	}
	if got := SummarizeStory(nil, 3); got != nil {
		t.Errorf("no reports: %v", got)
	}
	if got := SummarizeStory([]Report{r}, 0); got != nil {
		t.Errorf("n = 0: %v", got)
	}
	only := bridgeReports()[4:5] // a lone report of one sentence
	only[0].CopyOf = 0
	if got := SummarizeStory(only, 3); len(got) != 1 {
		t.Errorf("one single-sentence report: %v", got)
	}
}

func TestSummarizeStoryLanguage(t *testing.T) {
	// Most reports in French: the summary is in French.
	reports := bridgeReports()[2:]
	reports = append(reports, Report{ID: 6, Source: "courrier", Language: "fr", Published: t0.Add(5 * time.Hour),
		Title: "Fissures : le pont fermé", KeyPoints: []string{"Des fissures ont été découvertes dans une pile du pont du port, fermé lundi."}})
	for _, p := range SummarizeStory(reports, 3) {
		if p.ArticleID != 5 && p.ArticleID != 6 {
			t.Errorf("point from article %d in a French story: %q", p.ArticleID, p.Text)
		}
	}
}

// On the demo corpus, with the key points the understanding stage gives
// each article: every story's summary opens with a lede, credits real key
// points, skips wire copies and never says one thing twice; and the
// budget's opens with the news, not the Civic Ledger's analysis that led
// its page before.
func TestSummarizeStoryDemo(t *testing.T) {
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	stories := map[string][]Report{}
	points := map[int64][]string{}
	for i, a := range corpus.Articles {
		if a.Story == "" {
			continue
		}
		var paras []string
		for _, b := range a.Body {
			paras = append(paras, b.P)
		}
		r, err := Enrich(context.Background(), Document{Title: a.Title, Text: strings.Join(paras, "\n")}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		rep := Report{ID: int64(i + 1), Source: a.Publisher, Language: r.Language, Published: a.Published, Title: a.Title, KeyPoints: r.Summary}
		if a.WireOf != "" {
			rep.CopyOf = 1
		}
		stories[a.Story] = append(stories[a.Story], rep)
		points[rep.ID] = r.Summary
	}
	for key, reports := range stories {
		got := SummarizeStory(reports, 4)
		if len(got) < 3 {
			t.Errorf("%s: %d points", key, len(got))
			continue
		}
		if !slices.ContainsFunc(reports, func(r Report) bool { return r.ID == got[0].ArticleID && r.KeyPoints[0] == got[0].Text }) {
			t.Errorf("%s opens with %q, not a lede", key, got[0].Text)
		}
		for i, p := range got {
			a := corpus.Articles[p.ArticleID-1]
			if a.WireOf != "" || !slices.Contains(points[p.ArticleID], p.Text) {
				t.Errorf("%s: %q credited to %s, not one of its key points", key, p.Text, a.ID)
			}
			if strings.Contains(p.Text, "(Northwind) -") {
				t.Errorf("%s: dateline left in %q", key, p.Text)
			}
			for _, q := range got[:i] {
				if c := sumCosine(storyVector("en", p.Text, map[string]string{}), storyVector("en", q.Text, map[string]string{})); c >= storyDuplicate {
					t.Errorf("%s: %q repeats %q (%.2f)", key, p.Text, q.Text, c)
				}
			}
		}
		if key == "s02-budget" && !strings.HasPrefix(got[0].Text, "Ardenia’s government will cut the basic rate of income tax") {
			t.Errorf("budget opens with %q", got[0].Text)
		}
		// The bill's first reading, not the hardware shop of one paper's
		// feature: an impersonal "Il aura fallu" points back to nothing.
		if key == "s07-belrive-language-law" && !strings.Contains(got[0].Text, "projet de loi 12") {
			t.Errorf("the language bill opens with %q", got[0].Text)
		}
	}
}

// Reprints of one wire story are one voice: a fact only the wire reports
// does not outrank one that two newsrooms found on their own.
func TestSummarizeStoryCopiesDoNotVouch(t *testing.T) {
	wire := []string{
		"Port Calder's Harbour Bridge was closed on Monday after engineers found cracks in a pier.",
		"Repairs could cost 12 million crowns, the National Roads Agency said.",
	}
	reports := []Report{{ID: 1, Source: "wire", Language: "en", Published: t0, KeyPoints: wire}}
	for i, src := range []string{"reprint-a", "reprint-b", "reprint-c"} {
		reports = append(reports, Report{ID: int64(2 + i), Source: src, Language: "en", Published: t0.Add(time.Hour), CopyOf: 1, KeyPoints: wire})
	}
	reports = append(reports,
		Report{ID: 5, Source: "gazette", Language: "en", Published: t0.Add(2 * time.Hour), KeyPoints: []string{
			"Engineers closed the Harbour Bridge in Port Calder on Monday.",
			"Commuters faced diversions of 40 minutes on Monday, City Hall said.",
		}},
		Report{ID: 6, Source: "times", Language: "en", Published: t0.Add(3 * time.Hour), KeyPoints: []string{
			"The Harbour Bridge closure in Port Calder is the second this year.",
			"Diversions added 40 minutes for commuters on Monday, according to City Hall.",
		}})
	got := SummarizeStory(reports, 2)
	if len(got) != 2 || got[0].ArticleID != 1 || !strings.Contains(got[1].Text, "40 minutes") {
		t.Errorf("got %+v, want the wire's lede and the diversions two newsrooms report", got)
	}
}

// A report's standfirst may open the story's summary, when the report's
// key points start past it ("The fog over the harbour had barely lifted
// ..."), but a second publisher's standfirst is not a later point: it
// would tell the lede again.
func TestStoryLedeFromAStandfirst(t *testing.T) {
	reports := bridgeReports()[:3]
	reports[1].Standfirst = []string{"Some 2,000 lorries a day now take the long way round the estuary after engineers shut the Harbour Bridge."}
	reports[0].KeyPoints = reports[0].KeyPoints[1:] // its lede was its standfirst too
	reports[0].Standfirst = []string{"Port Calder's Harbour Bridge was closed to all traffic on Monday after engineers found cracks in one of its support piers."}
	got := SummarizeStory(reports, 4)
	if len(got) == 0 || got[0].Text != reports[0].Standfirst[0] && got[0].Text != reports[1].Standfirst[0] {
		t.Fatalf("summary %+v does not open with a standfirst", got)
	}
	standfirsts := 0
	for _, p := range got {
		if p.Text == reports[0].Standfirst[0] || p.Text == reports[1].Standfirst[0] {
			standfirsts++
		}
	}
	if standfirsts != 1 {
		t.Errorf("summary %+v holds %d standfirsts, want the lede only", got, standfirsts)
	}
}

// A standfirst sentence too short to tell who did what, where, is a
// teaser: it never leads, however closely it matches the headlines.
func TestStoryLedeIsNoTeaser(t *testing.T) {
	reports := bridgeReports()[:3]
	teaser := "Harbour Bridge shut after cracks found in Pier 6."
	reports[2].Standfirst = []string{teaser}
	for _, p := range SummarizeStory(reports, 4) {
		if p.Text == teaser {
			t.Errorf("the teaser %q is a point", teaser)
		}
	}
}
