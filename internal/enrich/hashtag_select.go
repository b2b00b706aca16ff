package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hashtags returns up to n distinct hashtags for an article: first the
// entity names the caller passes (most important first), then the phrases
// in rank order (TopicPhrases gives good ones). Variants sharing a
// HashtagKey merge (the first wins); a phrase whose words all belong to an
// earlier tag ("Khalilzad" after "Zalmay Khalilzad") is skipped, and a
// phrase that extends an earlier phrase tag ("Storm Elin" after "Storm")
// replaces it in place when it accounts for at least half of that tag's
// occurrences (Count); otherwise ("Taliban officials" after "Taliban") it
// is skipped. A name and its acronym ("American Music Awards", "AMAs")
// make one tag, spelt out. At most maxTopicTags come from phrases that are no names:
// on real pages the lowest ranked of eight are good about one time in
// four.
func Hashtags(entityNames []string, phrases []Keyphrase, n int) []string {
	if n <= 0 {
		return nil
	}
	type tag struct {
		text, key string
		entity    bool
		count     int
		short     string // the acronym the phrase is ("AMAs": "AMA")
		long      string // the initials of the phrase's words ("American Music Awards": "AMA")
	}
	var tags []tag
	topics := 0
	add := func(phrase string, entity bool, count int) {
		if party, ok := partyTags[phrase]; ok {
			phrase = party // "Democratic" is an adjective; the party's tag is #Democrats
		}
		t := Hashtag(phrase)
		key := HashtagKey(t)
		if key == "" || utf8.RuneCountInString(t) > maxTagRunes {
			return
		}
		if words := strings.Fields(phrase); !entity && isPersonTitle(strings.ToLower(words[len(words)-1])) {
			return // "#Governor", "#USAttorney": an office, no topic (3 of 3 judged bad)
		}
		if !entity && !strings.Contains(phrase, " ") && nameAsAdjective(strings.ToLower(phrase)) {
			return // "R-rated", "Sacramento-based": an adjective
		}
		short, long := tagAcronym(phrase), tagInitials(phrase)
		replace := -1
		for i, old := range tags {
			switch {
			case old.key == key || tagKeyContains(old.key, key) || peopleOf(key, old.key):
				return
			case short != "" && short == old.long:
				return // "#AMAs" after "#AmericanMusicAwards"
			case long != "" && long == old.short:
				// The name spelt out takes the acronym's place.
				tags[i] = tag{t, key, entity || old.entity, count + old.count, "", long}
				return
			case tagKeyContains(key, old.key):
				if old.entity || count*2 < old.count {
					return // the shorter tag covers most mentions
				}
				if replace < 0 {
					replace = i
				}
			}
		}
		if replace < 0 {
			common := !entity && unicode.IsLower(runeAt(phrase, 0)) // scripts without capitals have no names to tell apart
			if common && count == 1 && !strings.Contains(phrase, " ") {
				return // a common word written once names no topic of the article (2 of 16 were right)
			}
			if len(tags) < n && (!common || topics < maxTopicTags) {
				tags = append(tags, tag{t, key, entity, count, short, long})
				if common {
					topics++
				}
			}
			return
		}
		// The new phrase takes the place of the first tag it extends and
		// absorbs any others ("#Storm", "#Elin" become "#StormElin").
		kept := tags[:0]
		for i, old := range tags {
			switch {
			case i == replace:
				kept = append(kept, tag{t, key, entity, count, short, long})
			case !tagKeyContains(key, old.key):
				kept = append(kept, old)
			}
		}
		tags = kept
	}
	for _, name := range entityNames {
		add(name, true, 0)
	}
	for _, p := range phrases {
		add(p.Text, false, p.Count)
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.text
	}
	return out
}

// partyTags name a party by its members where the article's word is the
// adjective: "#Democratic" and "#Republican" were judged adjectives 3
// times in 4.
var partyTags = map[string]string{"Democratic": "Democrats", "Republican": "Republicans", "Democrat": "Democrats"}

// maxTagRunes is the longest hashtag kept, "#" included: no tag of more
// than 30 letters was judged good on real pages ("#DepartmentOfHomelandSecurity"
// is 29), and the longer ones are unreadable
// ("#USAttorneyOfficeForTheWesternDistrictOfNewYork").
const maxTagRunes = 31

// tagAcronym returns the capitals of a one-word acronym, without a
// plural "s" ("AMAs": "AMA"), or "".
func tagAcronym(phrase string) string {
	w := strings.TrimSuffix(phrase, "s")
	if strings.ContainsAny(phrase, " 0123456789") || utf8.RuneCountInString(w) < 2 || !isAcronym(w) {
		return ""
	}
	return strings.NewReplacer(".", "", "-", "", "&", "").Replace(w)
}

// tagInitials returns the initials of a name of three or more
// capitalised words ("European Central Bank": "ECB"), or "". Two are too
// few: Anwar Ibrahim is not AI. Entities merge the two-letter ones with
// the evidence of the text ("the European Union (EU)").
func tagInitials(phrase string) string {
	words := strings.Fields(phrase)
	if len(words) < 2 {
		return ""
	}
	ini := initials(words)
	if utf8.RuneCountInString(ini) < 3 {
		return ""
	}
	return ini
}

// tagKeyContains reports whether slug outer contains slug inner as whole
// words ("storm-elin" contains "storm").
func tagKeyContains(outer, inner string) bool {
	return len(outer) > len(inner) && strings.Contains("-"+outer+"-", "-"+inner+"-")
}

// maxTopicTags caps the tags taken from common words ("#Tariffs").
const maxTopicTags = 5

// peopleOf reports a tag key naming the people of an earlier tag's place
// ("south-dakotans" after "south-dakota", "iranians" after "iran"): the
// same topic twice.
func peopleOf(key, place string) bool {
	k, p := strings.ReplaceAll(key, "-", ""), strings.ReplaceAll(place, "-", "")
	rest, ok := strings.CutPrefix(k, p)
	if !ok || len(p) < 4 {
		return false
	}
	switch rest {
	case "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "er", "ers":
		return true
	}
	return false
}
