package enrich

import (
	_ "embed"
	"strings"
)

// hashtagCommonEnglish lists the commonest English words in the order of
// a large news and encyclopaedia corpus; see the file's header.
//
//go:embed hashtag_common_en.txt
var hashtagCommonEnglish string

// tagCommonWords are the words so common in English that, alone, they
// name no topic a reader would follow ("#Game", "#Market", "#Shares")
// unless the headline makes them the subject ("Trade war escalates" makes
// #Trade). Keyed by language, then by the word in lower case: stems would
// take "pollutants" for the common "pollution".
var tagCommonWords = map[string]map[string]bool{
	"en": wordSet(withoutCommentLines(hashtagCommonEnglish)),
}

// withoutCommentLines drops the lines that start with "#".
func withoutCommentLines(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// tagSubjectWords name a beat of the news, the subjects of the IPTC Media
// Topics taxonomy that wire services file stories under ("inflation",
// "immigration", "football"): common words, yet a reader follows them,
// so they do not need the headline. Keyed by language, then by the word
// in lower case.
var tagSubjectWords = map[string]map[string]bool{
	"en": wordSet(`
arts culture music film cinema theatre theater television literature architecture fashion museums
war conflict terrorism peace diplomacy coup insurgency
crime corruption fraud murder justice prisons prison police courts immigration refugees asylum
disaster disasters earthquake earthquakes floods flooding wildfire wildfires hurricane drought famine accident accidents
economy economics inflation unemployment recession trade tariffs taxes tax budget debt banking banks insurance
earnings mergers bankruptcy stocks markets energy electricity oil gas coal mining agriculture farming fishing
tourism aviation airlines railways railway rail shipping housing transport retail manufacturing
education schools universities
environment climate pollution conservation wildlife emissions
health healthcare medicine cancer vaccines vaccine pandemic epidemic obesity addiction suicide abortion
labour labor unions union strike strikes wages pensions employment
lifestyle travel food cooking gardening
politics elections election democracy parliament congress legislation impeachment protests protest
religion church islam christianity
science technology research space astronomy physics biology genetics internet cybersecurity
society poverty homelessness welfare racism discrimination equality migration
sport sports football soccer baseball basketball cricket tennis golf rugby hockey boxing athletics cycling swimming olympics
weather`),
}
