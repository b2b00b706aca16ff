package enrich

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hashtag names a thing: a person, a place, an organisation or a topic
// noun ("#Treaty", "#Salmonella"). Keyphrase scores also rank verbs and
// adjectives well ("irrigates", "restrictive"), so single lower-case words
// are checked against how the article uses them: a word only ever seen
// after "to", a modal or a pronoun, or before an object ("irrigates much
// of"), is a verb; one only ever seen before a noun with an adjective's
// ending ("constitutional question") is a modifier. Either way it is no
// topic. The cues are function words, so this runs for English and French
// ("les vagues frappaient la digue", "ont été évacuées"), where the
// adjective test stays English: French puts adjectives after the noun.

// topicCues are one language's function words that tell a word's use.
type topicCues struct {
	determiners, quantifiers, prepositions, verbs, objects map[string]bool
	per                                                    string
}

var englishCues = topicCues{topicDeterminers, quantifiers, topicPrepositions, verbCues, objectCues, "per"}

var frenchCues = topicCues{
	determiners: wordSet(`le la les l' l’ un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos
chaque plusieurs aucun aucune quelques tout toute tous toutes premier première dernier dernière nouveau nouvelle`),
	quantifiers: map[string]bool{},
	prepositions: wordSet(`de d' d’ à au aux en dans sur sous par avec sans entre vers chez contre après avant
depuis pendant selon`),
	// "pour" leads an infinitive far more often than a bare noun.
	verbs: wordSet(`ne n' n’ se s' s’ qui qu' qu’ a ont est sont était étaient sera seront va vont peut peuvent doit
doivent il elle ils elles on nous vous je j' j’ été être avoir fait pas pour`),
	objects: wordSet(`le la les l' l’ un une des du son sa ses leur leurs ce cet cette ces`),
	per:     "pour", // "pour cent"
}

// cuesFor returns the cues of a language, and false when there are none.
func cuesFor(lang string) (topicCues, bool) {
	switch lang {
	case "en":
		return englishCues, true
	case "fr":
		return frenchCues, true
	}
	return topicCues{}, false
}

// wordUse counts the contexts one stem occurs in.
type wordUse struct {
	det      int // after a determiner, possessive or number: "the treaty"
	prep     int // after a preposition: "of water"
	verb     int // after "to", a modal, a pronoun or a copula, or before an object
	modifier int // before another content word: "constitutional question"
	per      int // after "per": "per cent"
	detHead  int // after a determiner or preposition and heading its phrase: "the hospital."
	// postContent counts French words right after a content word, where
	// French puts its adjectives: "l'Assemblée provinciale".
	postContent int
	n           int
}

// wordUses tallies, per lower-cased written form, the contexts of every
// word of the document (one pass). Forms, not stems: "negotiating" is a
// verb where "negotiations" is a topic.
func (a *docAnalysis) wordUses(cues topicCues) map[string]*wordUse {
	uses := make(map[string]*wordUse, len(a.stemIDs))
	for i := range a.words {
		w := &a.words[i]
		if w.stop || w.number || w.capital && !w.acronym && (w.sent > 0 || !a.hasTitle) {
			continue // a capital inside a sentence of the text is part of a name: "the Constitutional Court"
		}
		lw := strings.ToLower(w.text)
		u := uses[lw]
		if u == nil {
			u = &wordUse{}
			uses[lw] = u
		}
		u.n++
		if a.lang == "fr" && w.joined && i > 0 && !a.words[i-1].stop && !a.words[i-1].number {
			u.postContent++
		}
		if w.joined && i > 0 {
			p := strings.ToLower(a.words[i-1].text)
			switch {
			case a.words[i-1].number || cues.determiners[p]:
				u.det++
			case cues.quantifiers[p] && !hasAdjectiveEnding(lw):
				u.det++ // "most workers", but "less restrictive"
			case p == cues.per && (a.lang == "en" || lw == "cent"):
				u.per++
			case a.lang == "fr" && (p == "de" || p == "d'" || p == "d’" || p == "à") && frenchInfinitive(lw) &&
				i+1 < len(a.words) && a.words[i+1].joined && cues.objects[strings.ToLower(a.words[i+1].text)]:
				// "de construire une digue": an infinitive with its object;
				// "crimes de guerre" stays a noun.
				u.verb++
			case a.lang == "fr" && frenchInfinitive(lw) && (p == "pour" || p == "sans" ||
				(p == "de" || p == "d'" || p == "d’") && i >= 2 && frenchInfinitiveLeads[strings.ToLower(a.words[i-2].text)]):
				u.verb++ // "pour construire", "avant de construire"; "engins de chantier" stays a noun
			case a.lang == "fr" && strings.HasSuffix(lw, "ent") && len(lw) > 5 && !a.words[i-1].stop &&
				!a.words[i-1].capital && (strings.HasSuffix(p, "s") || strings.HasSuffix(p, "x")):
				u.verb++ // "les syndicats manifestent"
			case cues.prepositions[p]:
				u.prep++
			case cues.verbs[p]:
				u.verb++
			case a.lang == "en" && strings.HasSuffix(w.text, "s") && (a.words[i-1].capital || a.words[i-1].acronym || a.words[i-1].initial) &&
				(a.hasTitle && w.sent == 0 || i+1 < len(a.words) && afterVerbWords[strings.ToLower(a.words[i+1].text)]) &&
				!a.contentFollows(i):
				// "Marsk survives by", "PM survives the vote", and headlines,
				// which are written subject-verb: "Marsk survives, but ...".
				// In "Energy costs soar" the verb is the next word.
				u.verb++
			}
		}
		modifies := false
		if i+1 < len(a.words) && a.words[i+1].joined && a.words[i+1].sent == w.sent {
			n := &a.words[i+1]
			ln := strings.ToLower(n.text)
			switch {
			case cues.objects[ln]:
				u.verb++
			case !n.stop && !n.number && !n.capital && !n.acronym,
				a.lang == "en" && (ln == "one" || ln == "ones"),      // "into a professional one"
				a.lang == "en" && n.capital && a.contentFollows(i+1): // "their personal Instagram profile"
				u.modifier++
				modifies = true
			}
		}
		if !modifies && w.joined && i > 0 {
			p := strings.ToLower(a.words[i-1].text)
			if cues.determiners[p] || cues.prepositions[p] {
				u.detHead++
			}
		}
	}
	return uses
}

// contentFollows reports whether word i is followed, in its sentence, by
// a lower-case content word.
func (a *docAnalysis) contentFollows(i int) bool {
	if i+1 >= len(a.words) {
		return false
	}
	n := &a.words[i+1]
	return n.joined && n.sent == a.words[i].sent && !n.stop && !n.number && !n.capital && !n.acronym
}

// notATopicWord reports a single-word candidate that the article uses as a
// verb or an adjective, never as a noun, or a phrase ending in such a verb.
func notATopicWord(c *phraseCandidate, uses map[string]*wordUse, lang, title string) bool {
	form := topicSurface(c, uses)
	if c.nWords > 1 {
		// "Marsk survives", "river irrigates": a phrase ending in a verb.
		words := strings.Fields(form)
		if len(words) == 0 || c.capitals*2 > c.tf && unicode.IsUpper(runeAt(words[len(words)-1], 0)) {
			return false
		}
		// A form that ends in a verb decides for the others when it is
		// the headline's ("PM survives by" over the text's "the PM
		// survived") or at least half of the occurrences; "will cost"
		// once does not unmake "energy costs".
		verbs := 0
		for _, f := range c.forms {
			fw := strings.Fields(f.form)
			if len(fw) == 0 {
				continue
			}
			if last := fw[len(fw)-1]; lang == "en" && pastTense(last) {
				// "partner abstained" shows what the headline's "partner
				// abstains" is.
				verbs += f.n
				continue
			}
			if u := uses[strings.ToLower(fw[len(fw)-1])]; u != nil && u.verb > 0 && u.det+u.prep == 0 {
				if containsWords(title, f.form) {
					return true
				}
				verbs += f.n
			}
		}
		return 2*verbs >= c.tf
	}
	lw := strings.ToLower(form)
	u := uses[lw]
	if u == nil {
		return false
	}
	if allUpper(form) && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) {
		return true // a shouted headline verb: "REPLACED BY A ROBOT"
	}
	if c.capitals*2 > c.tf {
		return false // mostly capitalised: a name, whatever its ending
	}
	head := u.n - u.modifier
	switch {
	case u.n > 0 && u.per == u.n:
		return true // "per cent"
	case lang == "en" && strings.HasSuffix(lw, "ing"):
		// "negotiating", "protecting"; "the building" stays a topic.
		return u.det == 0 || u.modifier >= u.n
	case u.verb > 0 && u.det+u.prep == 0:
		return true // "irrigates much", "to require"
	case lang == "en" && hasAdjectiveEnding(lw) && u.modifier > 0 && (u.modifier >= head && u.detHead == 0 || 4*u.modifier >= 3*u.n):
		return true // "constitutional question", "preliminary results", nine "personal" profiles and one "the personal"
	case lang == "fr" && (hasFrenchAdjectiveEnding(lw) || frenchParticiple(lw)) && u.det+u.prep == 0 && 2*u.postContent >= u.n:
		return true // "l'Assemblée provinciale", "la langue française", "entièrement restaurée"
	case lang == "fr" && frenchInfinitive(lw) && u.det == 0 && u.verb > 0:
		return true // "réparer avant de construire, et de construire": once a verb, never after "le"
	}
	return false
}

// pastTense reports a lower-case English word shaped like a past tense
// ("abstained", "published"); "breed", "bloodshed" and "seabed" are not.
func pastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") &&
		!edNouns[w] && !unicode.IsUpper(runeAt(w, 0)) || irregularPast[w]
}

// irregularPast are the past tenses of the verbs news writes most
// ("prices rose", "shares fell").
var irregularPast = wordSet(`rose fell grew went came took gave made told saw found left kept held brought bought
sold won lost paid met ran began spent sank slid struck hit shot hurt`)

// edNouns end in "-ed" but are no past tense.
var edNouns = wordSet(`bloodshed watershed seabed riverbed hotbed deathbed lakebed flowerbed sickbed
testbed hundred kindred sacred naked wicked rugged ragged`)

// frenchInfinitive reports a word shaped like a French infinitive.
func frenchInfinitive(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// frenchInfinitiveLeads come before "de" and an infinitive: "avant de
// construire", "afin d'éviter".
var frenchInfinitiveLeads = wordSet(`avant afin plutôt lieu cesse tenté décidé promis refusé permis
essayé continué commencé fini besoin envie peur capable chargé`)

// containsWords reports whether s holds phrase as whole words, ignoring case.
func containsWords(s, phrase string) bool {
	if s == "" || phrase == "" {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	want := strings.Fields(strings.ToLower(phrase))
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// hasFrenchAdjectiveEnding reports the endings of most French adjectives
// ("provinciale", "économique", "française").
func hasFrenchAdjectiveEnding(w string) bool {
	if singular, ok := strings.CutSuffix(w, "s"); ok && singular != w && hasFrenchAdjectiveEnding(singular) {
		return true // "capricieuses"
	}
	for _, suf := range []string{"al", "ale", "aux", "ique", "ive", "if", "elle", "euse", "eux", "aise", "oise",
		"ienne", "ien", "iste", "able", "ible", "ante", "ais"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// frenchParticiple reports a French past participle's ending: "restaurée",
// "fermés". Nouns share it ("l'année", "le comité"), so callers also ask
// that no determiner comes before.
func frenchParticiple(w string) bool {
	for _, suf := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > 5 {
			return true
		}
	}
	return false
}

func hasAdjectiveEnding(w string) bool {
	for _, suf := range []string{"al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ary", "ent", "ant"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

var topicDeterminers = wordSet(`the a an this that these those its their his her our my your whose each every
no any some another such fewer several many both all own first last new`)

// quantifiers precede nouns ("more jobs") and adjectives ("more costly").
var quantifiers = wordSet(`more most less much`)

var topicPrepositions = wordSet(`of in on at for with by from into about over under after before during
against between without through across toward towards amid among via behind beyond near`)

// verbCues precede verbs and predicate adjectives.
var verbCues = wordSet(`to will would can could may might must should shall not never it he she they we
i you who also just is are was were be been being remains remain became become seems seem stays stay
does did do has have had`)

// afterVerbWords follow a verb in the present tense after a named subject:
// "Marsk survives by two votes" (not "Ardenian workers will").
var afterVerbWords = wordSet(`by to the a an in on at after with from its his her their as`)

// objectCues follow transitive verbs: "irrigates much of", "launches an".
var objectCues = wordSet(`the a an his her their its our my your this these those them him us me much
many some it`)
