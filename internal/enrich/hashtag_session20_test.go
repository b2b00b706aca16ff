package enrich

import "testing"

// TestTagsOfSession20 holds the cases of real pages that session 20's
// rules fixed, each written afresh in the same shape.
func TestTagsOfSession20(t *testing.T) {
	tests := []tagCase{
		{"an analyst who explains the story is no topic",
			Document{Title: "Coty shares jump after Kylie Jenner deal", Text: "Coty shares rose 9 percent on Monday after Kylie Jenner sold " +
				"a majority stake in her cosmetics line to Coty. \"The deal gives Coty a younger audience,\" said Matt Maley, equity strategist at Miller Tabak.\n\n" +
				"Kylie Jenner will keep 49 percent. Maley said the stock could still be a risky bet, and Coty said Kylie Jenner would lead product design.\n\n" +
				"Coty paid $600 million. Maley expects more deals."},
			[]string{"#Coty", "#KylieJenner"}, []string{"#MattMaley", "#MillerTabak"}},
		{"a spokesman after his name is no topic",
			Document{Title: "Police arrest six in drug raid", Text: "Police arrested six people in a drug raid on Tuesday, said Lt. Matt Harris, " +
				"Columbus Police Department spokesman. Officers found methamphetamine in two homes.\n\nHarris said the methamphetamine was bound for Atlanta. " +
				"The six will appear in court on Friday, Harris said, and more arrests of methamphetamine dealers may follow."},
			nil, []string{"#MattHarris"}},
		{"a witness who is an expert is in the story",
			Document{Title: "Impeachment hearings: key moments", Text: "Republicans questioned the judgment of another witness, Alexander Vindman, " +
				"who is the council's Ukraine expert. Vindman testified on Tuesday.\n\nVindman said the call was improper. Republicans said Vindman " +
				"had overstepped, and Vindman replied that he had reported it to the council's lawyer.\n\nVindman's lawyer said Vindman would not return."},
			[]string{"#AlexanderVindman"}, nil},
		{"a strategist the title names is the story",
			Document{Title: "Matt Maley leaves Miller Tabak", Text: "Matt Maley, equity strategist at Miller Tabak, will leave the firm in January. " +
				"Maley joined Miller Tabak in 2011.\n\nMaley said he would start his own fund. Miller Tabak said Maley had been a valued colleague."},
			[]string{"#MattMaley"}, nil},
		{"a name and its acronym make one tag",
			Document{Title: "Taylor Swift to sing at the AMAs", Text: "Taylor Swift will perform at the American Music Awards on Sunday, " +
				"the AMAs said. Swift is nominated in five categories at the American Music Awards.\n\nThe AMAs will air on ABC. Swift said the AMAs had been kind to her."},
			[]string{"#TaylorSwift", "#AmericanMusicAwards"}, []string{"#AMAs"}},
	}
	checkTagCases(t, tests)
}
