package enrich

import (
	"regexp"
	"strings"

	"herald/internal/text"
)

// colonTitle matches two capitalised runs joined by a colon: the shape of
// a work's title with its subtitle ("Star Wars Jedi: Fallen Order",
// "Attack on Titan: Final Battle").
var colonTitle = regexp.MustCompile(`(\p{Lu}[\p{L}\p{N}'’-]*(?: (?:of|on|the|and|\p{Lu}[\p{L}\p{N}'’-]*))*): (\p{Lu}[\p{L}\p{N}'’-]*(?: (?:of|on|the|and|\p{Lu}[\p{L}\p{N}'’-]*))*)`)

// findColonTitles returns the titles written "A: B" at least twice in the
// body, or once in the body and once in the headline, with two words or
// more before the colon. A label before a colon is one word ("Update:
// Police say", "Photograph: Lena Berg", however often it is repeated) or
// written once; a work's title is repeated, and each half of it is then
// no entity of its own: "Fallen Order" is a game, not a person.
func findColonTitles(title string, paras []string) map[string]bool {
	seen := map[string]int{}
	for _, p := range paras {
		if !strings.Contains(p, ": ") {
			continue // most paragraphs; the pattern is slow to try
		}
		for _, m := range colonTitle.FindAllStringSubmatch(p, -1) {
			if strings.Contains(m[1], " ") && len(m[2]) >= 3 && !text.IsStopWord("en", strings.ToLower(m[2])) {
				seen[m[0]]++ // not "Photograph: Linda Nylind", "Q: Favorite", "DEAR ABBY: My"
			}
		}
	}
	var found map[string]bool
	for t, n := range seen {
		if n >= 2 || strings.Contains(title, t) {
			if found == nil {
				found = map[string]bool{}
			}
			found[t] = true
		}
	}
	return found
}

// inColonTitle reports a name toks[k:j] that is one half of a repeated
// colon title, written beside its colon.
func (a *analysis) inColonTitle(toks []token, k, j int, surface string) bool {
	if len(a.colonTitles) == 0 {
		return false
	}
	for t := range a.colonTitles {
		before, after, _ := strings.Cut(t, ": ")
		if j < len(toks) && toks[j].text == ":" && strings.HasSuffix(before, surface) ||
			k > 0 && toks[k-1].text == ":" && strings.HasPrefix(after, surface) {
			return true
		}
	}
	return false
}
