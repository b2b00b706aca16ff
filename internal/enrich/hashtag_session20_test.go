package enrich

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTagsOfSession20 holds the cases of real pages that session 20's
// rules fixed, each written afresh in the same shape.
func TestTagsOfSession20(t *testing.T) {
	tests := []tagCase{
		{"an analyst who explains the story is no topic",
			Document{Title: "Coty shares jump after Kylie Jenner deal", Text: "Coty shares rose 9 percent on Monday after Kylie Jenner sold " +
				"a majority stake in her cosmetics line to Coty.\n\n\"The deal gives Coty a younger audience,\" said Matt Maley, equity strategist at Miller Tabak.\n\n" +
				"Kylie Jenner will keep 49 percent. Maley said the stock could still be a risky bet, and Coty said Kylie Jenner would lead product design.\n\n" +
				"Coty paid $600 million. Maley expects more deals."},
			[]string{"#Coty", "#KylieJenner"}, []string{"#MattMaley", "#MillerTabak"}},
		{"a spokesman after his name is no topic",
			Document{Title: "Police arrest six in drug raid", Text: "Police arrested six people in a drug raid on Tuesday. Officers found methamphetamine in two homes.\n\n" +
				"The methamphetamine was bound for Atlanta, said Lt. Matt Harris, Columbus Police Department spokesman.\n\n" +
				"The six will appear in court on Friday, Harris said, and more arrests of methamphetamine dealers may follow."},
			nil, []string{"#MattHarris"}},
		{"an expert who did not work on the study is no topic",
			Document{Title: "Cannabis use disorder rises where weed is legal", Text: "Cannabis use disorder rose in states that legalised the drug, a study found.\n\n" +
				"Ian Hamilton, an expert in drug use at the University of York who did not work on the study, told Newsweek the rise was small.\n\n" +
				"\"This could still be a large number of people,\" Hamilton said. The study covered 500,000 people in cannabis surveys."},
			[]string{"#Cannabis"}, []string{"#IanHamilton"}},
		{"a professor in a list of laureates is the story",
			Document{Title: "Three share Nobel Prize in physics", Text: "Three scientists won the Nobel Prize in physics on Tuesday for experiments with electrons.\n\n" +
				"Pierre Agostini, a professor at Ohio State University, Ferenc Krausz, of the Max Planck Institute, and Anne L'Huillier, a physicist at Lund University, will share the prize.\n\n" +
				"L'Huillier said she was teaching when the call came. Agostini said he was in Paris. Krausz said he was overwhelmed."},
			[]string{"#PierreAgostini"}, nil},
		{"a speaker described by a clause is no commentator",
			Document{Title: "President pledges cancer funds", Text: "The president pledged $2 billion for cancer research on Monday.\n\n" +
				"\"We will end cancer as we know it,\" said Joe Biden, speaking at a cancer research centre in Boston. Biden said the money would go to 40 hospitals.\n\n" +
				"Biden also named a new director for the programme."},
			[]string{"#JoeBiden"}, nil},
		{"an economist who advised a president is no commentator",
			Document{Title: "Senate weighs Fed nominee", Text: "The Senate banking committee met on Thursday to weigh the nomination to the Federal Reserve board.\n\n" +
				"\"I will be independent,\" said Judy Shelton, an economist who advised the president's campaign. Shelton has called for a return to the gold standard.\n\n" +
				"Democrats said Shelton's views were outside the mainstream, and two Republicans said Shelton had not answered their questions."},
			[]string{"#JudyShelton"}, nil},
		{"a two-letter name in the title names its person",
			Document{Title: "Xi tours chip research lab", Text: "China's leader toured a chip laboratory in Shanghai on Friday.\n\n" +
				"\"Technology must serve the nation,\" said Xi Jinping, a research patron of the lab since 2015. Xi met engineers for an hour.\n\n" +
				"State media said Xi praised the lab's new chip."},
			[]string{"#XiJinping"}, nil},
		{"a witness who is an expert is in the story",
			Document{Title: "Impeachment hearings: key moments", Text: "Republicans questioned the judgment of another witness, Alexander Vindman, " +
				"who is the council's Ukraine expert. Vindman testified on Tuesday.\n\nVindman said the call was improper. Republicans said Vindman " +
				"had overstepped, and Vindman replied that he had reported it to the council's lawyer.\n\nVindman's lawyer said Vindman would not return."},
			[]string{"#AlexanderVindman"}, nil},
		{"a strategist the title names is the story",
			Document{Title: "Matt Maley leaves Miller Tabak", Text: "Matt Maley, equity strategist at Miller Tabak, will leave the firm in January. " +
				"Maley joined Miller Tabak in 2011.\n\nMaley said he would start his own fund. Miller Tabak said Maley had been a valued colleague."},
			[]string{"#MattMaley"}, nil},
		{"two initials of a person are no acronym",
			Document{Title: "Malaysia sets up national AI office", Text: "Malaysia will set up a national office to coordinate its AI strategy, " +
				"Prime Minister Anwar Ibrahim said on Thursday, as the country tries to attract data centres.\n\n" +
				"Anwar said the office would draft AI rules within a year. Google has announced billions of dollars of AI investments in Malaysia.\n\n" +
				"\"AI will change how we work,\" Anwar said. Malaysia wants AI to add 10 percent to its economy by 2030.\n\n" +
				"Anwar Ibrahim also announced scholarships for 1,000 AI students."},
			[]string{"#AnwarIbrahim", "#AI"}, nil},
		{"a name and its acronym make one tag",
			Document{Title: "Taylor Swift to sing at the AMAs", Text: "Taylor Swift will perform at the American Music Awards on Sunday, " +
				"the AMAs said. Swift is nominated in five categories at the American Music Awards.\n\nThe AMAs will air on ABC. Swift said the AMAs had been kind to her."},
			[]string{"#TaylorSwift", "#AmericanMusicAwards"}, []string{"#AMAs"}},
	}
	checkTagCases(t, tests)
}

func TestWordOnlyInsideANameIsNoTag(t *testing.T) {
	text := "GiveWell's Incubation Grants fund new charities. Funding for Incubation Grants comes from Good Ventures, " +
		"and the incubation of charities takes years. Evidence Action Beta got one."
	topics := keyphrasesOf("Incubation", "Grants", "Evidence Action Beta", "Ventures")
	got := keyphraseTexts(withoutNameParts(topics, []Entity{{Name: "Good Ventures", Type: Organization}}, text))
	// "Incubation" is also written in lower case, so it stays; "Grants"
	// is only ever part of "Incubation Grants"; "Ventures" only of the
	// entity Good Ventures.
	if want := []string{"Incubation", "Evidence Action Beta"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCapitalisedRuns(t *testing.T) {
	text := "Visitors to the Amsterdam Light Festival saw it. Dear Abby: my husband.\nEuropa Clipper\nLaunches. Apple said"
	var got []string
	for _, r := range capitalisedRuns(text) {
		got = append(got, text[r[0]:r[1]])
	}
	want := []string{"Amsterdam Light Festival", "Dear Abby", "Europa Clipper"}
	if !slices.Equal(got, want) {
		t.Errorf("capitalisedRuns = %q, want %q", got, want)
	}
}

// TestCommentatorsAreBounded: a page of thousands of analysts reads a
// bounded number of introductions, so finding commentators stays linear.
func TestCommentatorsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("The market fell on Monday.\n\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "\"Prices will fall,\" said Anna %c%c%cson, analyst at Firm%d Capital.\n\n", 'A'+i%26, 'a'+i/26%26, 'a'+i/676%26, i)
	}
	a := analyze(Document{Text: b.String(), Language: "en"})
	if n := len(a.commentatorIntros()); n == 0 || n > maxCommentators {
		t.Errorf("%d commentator introductions read, want 1 to %d", n, maxCommentators)
	}
	start := time.Now()
	intros := a.commentatorIntros()
	_ = a.commentators(intros)
	_ = a.commentatorEmployers(intros)
	if d := time.Since(start); d > time.Second {
		t.Errorf("commentators of 3,000 analysts took %v", d)
	}
}

func TestOnlyInsideReadsABoundedNumber(t *testing.T) {
	text := strings.Repeat("Omega Alpha ran. ", 1000) + "Alpha ran."
	spans := capitalisedRuns(text)
	if !onlyInside(text, "Alpha", spans) {
		t.Error("the first occurrences all lie inside runs; the last one is past the bound")
	}
	if alone := "Alpha ran. " + text; onlyInside(alone, "Alpha", capitalisedRuns(alone)) {
		t.Error("an occurrence alone before the bound")
	}
}

func TestWithoutTruncated(t *testing.T) {
	text := "The basic rate of income tax falls to 20 per cent. The budget deficit fell to 2.9 per cent. " +
		"Cutting the basic rate of income tax costs 1.1 billion crowns. The budget deficit fell for a second year. " +
		"Income tax receipts rose. Brightwell halted its peanut butter line in Dunmore; the peanut butter line makes 40,000 jars a day, " +
		"and peanut butter sales fell."
	topics := keyphrasesOf("income tax", "rate of income", "budget deficit", "peanut butter", "butter line")
	got := keyphraseTexts(withoutTruncated(topics, text))
	// "budget deficit" is always followed by "fell", but "deficit fell" is
	// no topic: the phrase is whole.
	if want := []string{"income tax", "budget deficit", "peanut butter"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
