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

// tagCommonWords ranks the words so common in English that, alone, they
// name no topic a reader would follow ("#Game", "#Market", "#Shares"),
// from 0 for the commonest. Keyed by language, then by the word in lower
// case: stems would take "pollutants" for the common "pollution".
var tagCommonWords = map[string]map[string]int{
	"en": wordRanks(hashtagCommonEnglish),
}

// tagHeadlineRank is the rank from which a headline can make a common
// word the subject ("Teachers pack the statehouse" makes #Teachers). The
// commonest words make no tag even then ("Home Depot sales miss, shares
// plunge": #Sales, #Shares): on the Zyte pages, 3 of 25 such tags were
// right, against about half of those ranked below.
const tagHeadlineRank = 1000

// wordRanks numbers the words of a list in order, skipping the lines that
// start with "#".
func wordRanks(list string) map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(list, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			if _, ok := m[w]; !ok {
				m[w] = len(m)
			}
		}
	}
	return m
}

// tagSubjectWords name a beat of the news, the subjects of the IPTC Media
// Topics taxonomy that wire services file stories under ("inflation",
// "immigration", "football"): common words, yet a reader follows them,
// so they do not need the headline. Keyed by language, then by the word
// in lower case.
var tagSubjectWords = map[string]map[string]bool{
	"en": wordSet(`
arts culture music film cinema theatre theater television literature architecture fashion museums language languages
war conflict terrorism peace diplomacy coup insurgency military army navy defence defense weapons nuclear missiles
crime corruption fraud murder justice prisons prison police courts immigration refugees asylum
disaster disasters earthquake earthquakes floods flooding wildfire wildfires fire fires storm storms hurricane drought famine
accident accidents water
economy economics inflation unemployment recession trade tariffs taxes tax budget debt banking banks insurance
earnings mergers bankruptcy stocks markets rates energy power electricity oil gas coal gold mining agriculture farming fishing
tourism aviation airlines railways railway rail shipping housing transport retail manufacturing
education school schools students universities newspaper newspapers journalism
environment climate pollution conservation wildlife emissions
health healthcare medicine cancer vaccines vaccine pandemic epidemic obesity addiction suicide abortion
labour labor unions union strike strikes wages pensions employment
lifestyle travel food cooking gardening
politics elections election democracy parliament congress legislation impeachment protests protest
religion church islam christianity
science technology research space astronomy physics biology genetics internet cybersecurity
society poverty homelessness welfare racism discrimination equality migration women
sport sports football soccer baseball basketball cricket tennis golf rugby hockey boxing athletics cycling swimming olympics
weather`),
}

// CommonWord reports whether word is among the commonest words of the
// language (lang "en" only so far; other languages report false): alone,
// "Congress" or "Post" names many institutions.
func CommonWord(lang, word string) bool {
	_, ok := tagCommonWords[lang][strings.ToLower(word)]
	return ok
}
