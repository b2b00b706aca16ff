package enrich

import (
	"slices"
	"strings"
	"testing"
)

// TestWithoutCommonWords checks that a one-word topic among the commonest
// English words needs the headline, or the lead when there is no
// headline, unless it names a news beat.
func TestWithoutCommonWords(t *testing.T) {
	paragraphs := func(ps ...string) string { return strings.Join(ps, "\n\n") }
	football := paragraphs(
		"The Browns won the game in overtime after a late fumble by the Bengals.",
		"The game turned on the fumble, which the Browns recovered at midfield.",
		"The Bengals led for most of the game, and overtime began after a field goal.",
		"Coaches said the game would be remembered for the fumble and for overtime.")
	comeback := paragraphs(
		"The Browns quarterback won the game in overtime after a late fumble by the Bengals.",
		"The game turned on the fumble, which the quarterback recovered at midfield.",
		"The quarterback said the game was the hardest of his career, and the fumble had saved it.",
		"Coaches said the quarterback would start the next game despite a sore shoulder and the fumble.")
	tests := []struct {
		name   string
		doc    Document
		topics []string
		want   []string
	}{
		{"a common word the headline does not name goes",
			Document{Title: "Browns beat Bengals in overtime", Text: football},
			[]string{"game", "overtime", "fumble"},
			[]string{"overtime", "fumble"}},
		{"the headline makes a common word the subject",
			Document{Title: "Browns quarterback wins the game in overtime", Text: comeback},
			[]string{"quarterback", "fumble"},
			[]string{"quarterback", "fumble"}},
		{"the commonest words make no tag, even in the headline",
			Document{Title: "Browns quarterback wins the game in overtime", Text: comeback},
			[]string{"game", "quarterback"},
			[]string{"quarterback"}},
		{"a news beat needs no headline",
			Document{Title: "Bank cuts rates by a quarter point", Text: paragraphs(
				"The central bank cut its rate on Wednesday as inflation slowed to 2.1 percent.",
				"Inflation has fallen for six months, the bank said, and the market expects another cut.",
				"Traders in the market had priced in the move, and inflation forecasts were lowered.",
				"The bank will meet again in February, when new inflation figures are due.")},
			[]string{"inflation", "market"},
			[]string{"inflation"}},
		{"a commodity, a school or a fire is a news beat",
			Document{Title: "Gold hits a record as school fire closes mine town", Text: paragraphs(
				"Gold rose to a record on Monday, and a fire closed the only school in the mining town of Ash Creek.",
				"Traders bought gold after the record, and the school fire burned for six hours.",
				"The school will reopen in March; gold fell back from its record on Tuesday.",
				"Firefighters said the fire began in the school kitchen.")},
			[]string{"gold", "school", "fire", "record"},
			[]string{"gold", "school", "fire"}},
		{"a part of a hyphenated headline word counts",
			Document{Title: "Coast towns ask for ferry-first transport plan", Text: paragraphs(
				"Five coast towns asked the region on Monday to put a new ferry ahead of the road.",
				"The ferry would link the towns in forty minutes, the mayors said, and the region said it would study the ferry.",
				"A road would take ten years to build.",
				"The towns want the ferry running by 2030.")},
			[]string{"ferry"},
			[]string{"ferry"}},
		{"without a headline, the lead must name it",
			Document{Text: paragraphs(
				"The Browns won in overtime after a late fumble by the Bengals.",
				"The quarterback turned the match on the fumble, recovered at midfield.",
				"The Bengals led for most of the match, and the quarterback forced overtime with a field goal.",
				"Coaches said the quarterback would be remembered for the fumble and for overtime.")},
			[]string{"quarterback", "overtime"},
			[]string{"overtime"}},
		{"without a headline, a common word in the lead stays",
			Document{Text: comeback},
			[]string{"quarterback"},
			[]string{"quarterback"}},
	}
	for _, tt := range tests {
		got := keyphraseTexts(withoutIncidental(keyphrasesOf(tt.topics...), tt.doc, analyzeAs(tt.doc, "en")))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCommonWordLists checks the lists the rule reads: the commonest words
// are there, in lower case, and the header is not.
func TestCommonWordLists(t *testing.T) {
	common := tagCommonWords["en"]
	if n := len(common); n < 4900 || n > 5000 {
		t.Errorf("%d common English words, want about 5000", n)
	}
	if common["the"] != 0 {
		t.Errorf("rank of \"the\" = %d, want 0", common["the"])
	}
	for _, w := range []string{"game", "market", "shares", "order"} {
		if r, ok := common[w]; !ok || r >= tagHeadlineRank {
			t.Errorf("%q ranks %d (listed %v), want among the first %d", w, r, ok, tagHeadlineRank)
		}
	}
	for _, w := range []string{"teachers", "helicopter"} {
		if r, ok := common[w]; !ok || r < tagHeadlineRank {
			t.Errorf("%q ranks %d (listed %v), want listed after the first %d", w, r, ok, tagHeadlineRank)
		}
	}
	for _, w := range []string{"glove", "tariffs", "methamphetamine", "Game"} {
		if _, ok := common[w]; ok {
			t.Errorf("%q is a common word", w)
		}
	}
	for w := range tagSubjectWords["en"] {
		if w != strings.ToLower(w) {
			t.Errorf("subject word %q is not in lower case", w)
		}
	}
}
