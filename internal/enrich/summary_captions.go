package enrich

import (
	"regexp"
)

// photoCredit matches a sentence that is a picture's credit: "(credit:
// NASA/Jude Guidry)", "(Photo: Lena Berg)", "(AP Photo/Evan Vucci)",
// "(Getty Images)".
var photoCredit = regexp.MustCompile(`^\(\s*(?i:(?:photo|image|picture|video)s?\s*(?:credit)?\s*:|credits?\s*:|ap photo|reuters|getty|afp|epa|shutterstock|file photo)`)

// sumBeforeCredit reports a sentence that a picture's credit follows: a
// caption the page's extraction left in the text ("The core stage of the
// first SLS at Michoud ... (credit: NASA/Jude Guidry)"), which describes
// a picture, not the news.
func sumBeforeCredit(sentences []string, s int) bool {
	return s+1 < len(sentences) && photoCredit.MatchString(sentences[s+1])
}
