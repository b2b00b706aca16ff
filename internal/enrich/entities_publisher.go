package enrich

import (
	"strings"
	"unicode"
)

// dropPublisher drops the entities that are the article's own publisher
// naming itself ("told the Ledger", "TechSignal has asked Lumio for
// comment"): they say who wrote the story, not what it is about, and
// would otherwise head its entity list and hashtags. Another publisher
// named in the story stays. The full name matches an entity of any type;
// its first or last word alone only an organisation ("the Ledger"), so
// that a Washington Post article's Washington stays a place.
func (a *analysis) dropPublisher(publisher string) {
	full, part := publisherKeys(publisher)
	if full == "" {
		return
	}
	for _, c := range a.clusters {
		if c.dropped {
			continue
		}
		for form := range c.forms {
			key := slug(withoutArticle(form))
			if key == full || c.typ == Organization && part[key] {
				c.dropped = true
				break
			}
		}
	}
}

// withoutPublisher drops the publisher's own name from topic phrases, as
// dropPublisher does from entities: its full name ("told the Meridian
// Times"), and its first or last word alone, written as a name ("the
// Ledger" for The Civic Ledger), unless the article names a place so
// ("Washington" in a Washington Post story).
func withoutPublisher(phrases []Keyphrase, publisher, text string, places map[string]bool) []Keyphrase {
	full, part := publisherKeys(publisher)
	if full == "" {
		return phrases
	}
	out := phrases[:0]
	for _, p := range phrases {
		key := slug(withoutArticle(p.Text))
		if key == full || part[key] && !places[key] && !writtenLowerCase(text, p.Text) {
			continue // "the Ledger"; Carbon Brief's "carbon permits" stay
		}
		out = append(out, p)
	}
	return out
}

// writtenLowerCase reports whether text has word in lower case: a common
// noun, whatever a headline or sentence start does to it.
func writtenLowerCase(text, word string) bool {
	want := strings.ToLower(word)
	for _, f := range strings.Fields(text) {
		if strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) == want {
			return true
		}
	}
	return false
}

// publisherKeys returns the slug of a publisher's name and of its first
// and last words. A feed title often adds a section after a separator
// ("Northwind Wire | Top News", "Le Petit Observateur : À la une"); only
// the part before it names the publisher.
func publisherKeys(name string) (string, map[string]bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " : ", ": "} {
		name, _, _ = strings.Cut(name, sep)
	}
	words := strings.Fields(withoutArticle(name))
	if len(words) == 0 {
		return "", nil
	}
	part := map[string]bool{}
	if len(words) > 1 {
		part[slug(words[0])] = true
		part[slug(words[len(words)-1])] = true
	}
	return slug(strings.Join(words, " ")), part
}

// withoutArticle removes a leading definite article ("The Civic Ledger",
// "the Ledger", "Le Petit Observateur").
func withoutArticle(s string) string {
	s = strings.TrimSpace(s)
	for _, art := range []string{"the ", "The ", "THE ", "le ", "Le ", "la ", "La ", "les ", "Les ", "l'", "L'", "l’", "L’"} {
		if rest, ok := strings.CutPrefix(s, art); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}
