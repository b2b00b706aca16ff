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
			Document{Title: "Browns win the game of the season", Text: football},
			[]string{"game", "fumble"},
			[]string{"game", "fumble"}},
		{"a news beat needs no headline",
			Document{Title: "Bank cuts rates by a quarter point", Text: paragraphs(
				"The central bank cut its rate on Wednesday as inflation slowed to 2.1 percent.",
				"Inflation has fallen for six months, the bank said, and the market expects another cut.",
				"Traders in the market had priced in the move, and inflation forecasts were lowered.",
				"The bank will meet again in February, when new inflation figures are due.")},
			[]string{"inflation", "market"},
			[]string{"inflation"}},
		{"a part of a hyphenated headline word counts",
			Document{Title: "Province tightens French-language rules", Text: paragraphs(
				"The province will require French as the working language of firms with 25 staff.",
				"Employers said the language rules would raise costs, and the province said firms had time.",
				"The language bill passed by 61 votes to 40 on Tuesday.",
				"Firms have until June to comply with the language rules.")},
			[]string{"language"},
			[]string{"language"}},
		{"without a headline, the lead must name it",
			Document{Text: paragraphs(
				"The Browns won in overtime after a late fumble by the Bengals.",
				"The game turned on the fumble, which the Browns recovered at midfield.",
				"The Bengals led for most of the game, and overtime began after a field goal.",
				"Coaches said the game would be remembered for the fumble and for overtime.")},
			[]string{"game", "overtime"},
			[]string{"overtime"}},
		{"without a headline, a common word in the lead stays",
			Document{Text: football},
			[]string{"game", "overtime"},
			[]string{"game", "overtime"}},
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
	for _, w := range []string{"game", "market", "shares", "order"} {
		if !common[w] {
			t.Errorf("%q is not a common word", w)
		}
	}
	for _, w := range []string{"glove", "tariffs", "methamphetamine", "Game"} {
		if common[w] {
			t.Errorf("%q is a common word", w)
		}
	}
	for w := range tagSubjectWords["en"] {
		if w != strings.ToLower(w) {
			t.Errorf("subject word %q is not in lower case", w)
		}
	}
}
