package enrich

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestStoryFacts(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Lumio will cut 600 jobs in Velmont.", []string{"600", "velmont"}},
		{"Reyvik's bid failed by 78 votes to 76.", []string{"78", "76"}}, // the first word is any sentence's capital
		{"The PM survived Tomas Reyvik's bid.", []string{"pm", "tomas", "reyvik"}},
		{"The yard's 140-year history.", []string{"140"}},
		{"Shares rose 6.8 per cent on Thursday.", []string{"6.8", "thursday"}},
		{"the crowd cheered a little too soon", nil},
	} {
		if got := storyFacts(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("storyFacts(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
	told := map[string]bool{}
	storyWords("Prime Minister Helena Marsk survived by 78 votes to 76 after a motion by Tomas Reyvik.", told)
	if addsFact("Helena Marsk scrapes through Reyvik's bid by 78 votes to 76.", told) {
		t.Error("a retelling with the lede's names and numbers adds a fact")
	}
	if !addsFact("The motion needed 81 votes.", told) || !addsFact("Four members of the Agrarian League abstained.", told) {
		t.Error("a new number or a new name adds no fact")
	}
}

// voteReports is a story whose later reports retell the lede, in other
// words but with its names and numbers.
func voteReports() []Report {
	return []Report{
		{ID: 1, Source: "wire", Language: "en", Published: t0, Title: "Marsk survives confidence vote by 78 to 76",
			KeyPoints: []string{
				"Prime Minister Helena Marsk survived a confidence vote on Thursday, as a motion tabled by Tomas Reyvik was defeated by 78 votes to 76.",
				"The motion needed an absolute majority of 81 votes in the 160-seat chamber.",
				"Four members of the Agrarian League abstained.",
			}},
		{ID: 2, Source: "lantern", Language: "en", Published: t0.Add(time.Hour), Title: "MARSK CLINGS ON by 78 votes to 76",
			KeyPoints: []string{
				"Helena Marsk scrapes through Reyvik's bid to topple her by 78 votes to 76 on Thursday.",
				"The vote came after a motion tabled by Tomas Reyvik.",
			}},
		{ID: 3, Source: "ledger", Language: "en", Published: t0.Add(2 * time.Hour), Title: "What Marsk promised to survive the vote",
			KeyPoints: []string{
				"Helena Marsk survived Thursday's vote by 78 votes to 76 after Tomas Reyvik's motion.",
				"Marsk promised the Agrarian League a review of nurses' pay worth 400 million crowns.",
			}},
	}
}

// A fourth point must add a name or a number the first three have not
// told; a retelling is taken only to reach three.
func TestSummarizeStoryAddsFacts(t *testing.T) {
	got := SummarizeStory(voteReports(), 4)
	var texts []string
	for _, p := range got {
		texts = append(texts, p.Text)
	}
	joined := strings.Join(texts, "\n")
	if strings.Contains(joined, "scrapes through") || strings.Contains(joined, "survived Thursday's vote") {
		t.Errorf("a retelling of the lede chosen:\n%s", joined)
	}
	if !strings.Contains(joined, "400 million crowns") {
		t.Errorf("the Ledger's new fact left out:\n%s", joined)
	}
	// With only retellings left, three points are still given.
	short := voteReports()
	short[0].KeyPoints = short[0].KeyPoints[:1]
	short[1].KeyPoints[1] = "The gallery cheered as the result was read out."
	short[2].KeyPoints = short[2].KeyPoints[:1]
	if got := SummarizeStory(short, 4); len(got) != 3 {
		t.Errorf("got %d points from retellings, want 3: %v", len(got), got)
	}
}

// A story told in French by one publisher and in English by others: the
// English reports vouch for the French sentences through the names and
// numbers they share, so the bill's facts outrank a shop's colour.
func TestSummarizeStoryWitnessesAcrossLanguages(t *testing.T) {
	reports := []Report{
		{ID: 1, Source: "observateur", Language: "fr", Published: t0, Title: "Le projet de loi 12 franchit la première lecture",
			KeyPoints: []string{
				"Les députés de Belrive ont achevé mardi la première lecture du projet de loi 12.",
				"Derrière le comptoir de sa quincaillerie, Marc-André Bélanger a sorti un mètre ruban.",
				"Le texte du ministre Mathieu Desrosiers impose le français aux entreprises de 25 employés.",
			}},
		{ID: 2, Source: "observateur", Language: "fr", Published: t0.Add(time.Hour), Title: "Les commerçants font leurs comptes",
			KeyPoints: []string{"La rue était calme ce matin-là, sous un ciel gris."}},
		{ID: 3, Source: "times", Language: "en", Published: t0.Add(2 * time.Hour), Title: "Belrive moves to tighten French-language rules",
			KeyPoints: []string{"Bill 12, tabled by Mathieu Desrosiers, would apply to firms with 25 employees."}},
		{ID: 4, Source: "ledger", Language: "en", Published: t0.Add(3 * time.Hour), Title: "Belrive's language bill",
			KeyPoints: []string{"Desrosiers says bill 12 protects French in Belrive."}},
	}
	got := SummarizeStory(reports, 2)
	if len(got) != 2 || !strings.Contains(got[1].Text, "Mathieu Desrosiers") {
		t.Errorf("want the lede and the bill's content, got %v", got)
	}
	for _, p := range got {
		if p.ArticleID > 2 {
			t.Errorf("an English point in a French summary: %q", p.Text)
		}
	}
}
