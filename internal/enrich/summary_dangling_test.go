package enrich

import (
	"slices"
	"strings"
	"testing"
)

func TestSumDangles(t *testing.T) {
	for _, c := range []struct {
		s    string
		lang string
		want bool
	}{
		{"They arrived before first light, carrying flasks of coffee.", "en", true},
		{"It guarantees Savara a summer flow of 45 cubic metres per second.", "en", true},
		{"But Governor Samir Haddad used his press conference to cool expectations.", "en", true},
		{"Ninety minutes later bosses were on stage in Velmont.", "en", true},
		{"Two days earlier, the union had rejected the offer.", "en", true},
		{"Still, the union says it will strike again.", "en", true},
		{"Because space travel and sustaining life off Earth are anything but easy.", "en", true},
		{"Because of the storm, flights were cancelled across the north.", "en", false},
		{"His main challenger had 37.6 percent of the vote.", "en", true},
		// Standing alone.
		{"Still waters at the Veyra dam worry engineers.", "en", false},
		{"Later today the ministry will publish the figures.", "en", true},
		{"Helena Marsk survived a confidence vote on Thursday.", "en", false},
		{"Theyra Holdings bought the mill in 2019.", "en", false},
		{"Itzel Moreno won the final in straight sets.", "en", false},
		{"We will not pay nine crowns for a mug of wine.", "en", false},
		{"“It is not safe any more,” said Liesel Varga.", "en", false},
		// French pronouns lean too; an impersonal "il" points to nothing.
		{"Il a démissionné mardi.", "fr", true},
		{"Il y a six candidats au premier tour.", "fr", false},
		{"Ninety minutes later the minister resigned.", "fr", false},
		{"", "en", false},
	} {
		if got := sumDangles(c.s, c.lang); got != c.want {
			t.Errorf("sumDangles(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A key point that opens with a pronoun gives way to one that stands alone,
// unless the sentence it leans on is a key point too.
func TestKeyPointsStandAlone(t *testing.T) {
	story := func(reyvik string) Document {
		return Document{Title: "Marsk survives confidence vote as coalition partner abstains", Language: "en", Text: strings.Join([]string{
			"Prime Minister Helena Marsk narrowly survived a confidence vote in the Assembly on Thursday, by 78 votes to 76.",
			"The motion needed an absolute majority of 81 votes in the 160-seat chamber to bring down the government.",
			reyvik,
			"He also cited the nurses' strike and the blackout that left 200,000 homes without power in the capital.",
			"The four abstaining members of the Agrarian League said they wanted better compensation for farmers in the valley.",
			"Marsk told reporters after the vote that her coalition would finish its term and pass the budget next month.",
		}, " ")}
	}
	leaning := func(s string) bool { return strings.HasPrefix(s, "He also cited") }
	// The sentence it leans on is too short to be a key point.
	short := Summarize(story("Opposition leader Tomas Reyvik tabled the motion."), 3)
	if slices.ContainsFunc(short, leaning) {
		t.Errorf("key points %q include a sentence leaning on one left out", short)
	}
	if !slices.ContainsFunc(short, func(s string) bool { return strings.HasPrefix(s, "The four abstaining") }) {
		t.Errorf("key points %q: want the abstainers, the next sentence that stands alone", short)
	}
	// Here it is a key point, so the sentence after it may be one too.
	long := Summarize(story("Opposition leader Tomas Reyvik accused the government of losing control of the railway budget this autumn."), 4)
	if i := slices.IndexFunc(long, leaning); i < 1 || !strings.HasPrefix(long[i-1], "Opposition leader") {
		t.Errorf("key points %q: want the leaning sentence after its predecessor", long)
	}
}
