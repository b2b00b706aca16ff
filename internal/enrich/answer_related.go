package enrich

import (
	"strings"
	"unicode"

	"herald/internal/text"
)

// Readers ask in their own words: "Who is the boss of Brightwell?" of an
// article that says "chief executive", "Has anyone got sick?" of one that
// says "illness". relatedWords are small groups of words that news copy
// and questions use for one another; a question word's relative in a
// sentence counts as half a match, as a shared prefix does.
var relatedWords = map[string][]string{
	"en": {
		"boss chief head executive director leader manager ceo chairman chairwoman",
		"sick ill illness disease infected infection poisoning",
		"die died dead death killed fatal",
		"late delay delayed behind postponed",
		"worth value valued valuation",
		"workforce staff employees employs employ workers employer",
		"cost price priced fee fare",
		"money funding funds funded",
		"people passengers residents visitors customers",
		"lorry lorries truck trucks vehicles",
		"car cars vehicle vehicles",
		"shot shots dose doses vaccine vaccines jab jabs",
		"flu influenza",
		"learn learned discover discovered",
		"phone phoned dial dialed dialled",
		"talk talks speak speaking speech keynote",
		"guy guys man men",
		"lunar moon",
		"carry carries deliver delivers transport",
		"compensate compensated compensation refund payout",
		"customer customers household households consumers subscribers clients",
		"start begin launch",
		"quit resign resigned resignation",
		"fired dismissed sacked",
		"arrested detained custody",
		"injured hurt wounded injuries",
		"win won victory",
		"game games match matches fixture",
		"buy bought purchase acquire acquisition takeover",
		"plane planes jet jets aircraft airliner airliners",
		"sale sell sold",
		"rise rose increase increased grow grew climb jump",
		"fall fell drop dropped decrease decline",
		"land hectares acres",
		"rain rainfall",
		"cause caused blame blamed fault",
		"fix fixed repair repaired repairs",
		"shut closed closure",
		"children kids pupils",
		"doctor doctors physician",
		"police officers",
		"hacker hackers hacked cyber cyberattack",
		"blackout outage",
		"strike walkout",
		"protest protesters demonstration demonstrators",
		"fire blaze",
		"crash collision",
		"prison jail jailed",
		"talks negotiations",
		"deal agreement treaty accord",
		"law bill legislation",
		"wage wages salary salaries pay",
		"affected affects covers covered includes included concerned",
		"beat beaten defeated defeat challenger rival opponent",
		"meeting meets decision",
	},
	"fr": {
		"patron directeur directrice dirigeant pdg chef",
		"salarié salariés employé employés personnel effectif",
		"coût coûte coûtera coûté prix tarif",
		"délai période retard",
		"malade malades maladie",
		"mort morts décès décédé",
		"hausse augmentation augmente",
		"baisse réduction recul",
		"fermer fermeture fermé",
		"enfants élèves",
		"grève débrayage",
		"accord traité entente",
		"salaire salaires rémunération",
		"incendie feu",
		"présenter présenté présentée déposer déposé déposée",
		"concerné concernés touché touchés visé visés",
	},
}

// relatedStems maps each language's stems to the stems of their group.
var relatedStems = func() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for lang, groups := range relatedWords {
		m := map[string][]string{}
		for _, g := range groups {
			var stems []string
			for _, w := range strings.Fields(g) {
				stems = append(stems, answerStem(lang, w))
			}
			for _, s := range stems {
				for _, o := range stems {
					if o != s {
						m[s] = append(m[s], o)
					}
				}
			}
		}
		out[lang] = m
	}
	return out
}()

// relatedMatch returns the query stem that st is a relative of.
func relatedMatch(lang string, query map[string]bool, st string) string {
	for _, q := range relatedStems[lang][st] {
		if query[q] {
			return q
		}
	}
	return ""
}

// questionFocus is the noun a question asks about: "agency" in "Which
// agency sent divers?", "inflation" in "What is the inflation rate?",
// "déficit" in "Quel déficit le budget prévoit-il ?"; empty when the
// question opens otherwise.
func questionFocus(lang, q string) string {
	var words []string
	for _, t := range text.Tokens(q) {
		if t.Kind != text.Punct {
			words = append(words, strings.ToLower(t.Text))
		}
	}
	for i := 0; i < len(words); i++ {
		switch words[i] {
		case "which", "what", "quel", "quelle", "quels", "quelles":
		default:
			continue
		}
		j := i + 1
		copula := j < len(words) && focusCopulas[words[j]]
		if copula {
			j++
		}
		article := false
		for j < len(words) && focusArticles[words[j]] {
			j, article = j+1, true
		}
		if copula && !article {
			return "" // "What is Lumio worth?": a name, not the noun asked about
		}
		if j < len(words) && !text.IsStopWord(lang, words[j]) && !isQuestionWord(words[j]) {
			return words[j]
		}
		return ""
	}
	return ""
}

var (
	focusCopulas  = wordSet(`is was are were est sont`)
	focusArticles = wordSet(`the a an le la les l' l’`)
)

// namesFocus reports a name in s whose last word is the question's focus
// noun: "Which agency?" finds "the National Roads Agency", "Which
// hospital?" "Port Calder General Hospital".
func namesFocus(lang, s, focus string) bool {
	if focus == "" {
		return false
	}
	want := answerStem(lang, focus)
	prevCapital, ended := false, false
	for _, t := range text.Tokens(s) {
		if t.Kind == text.Punct {
			if ended {
				return true
			}
			prevCapital = false
			continue
		}
		capital := unicode.IsUpper([]rune(t.Text)[0])
		if ended {
			if !capital {
				return true
			}
			ended = false // "Prime Minister Helena Marsk": a title, not the name asked for
		}
		ended = capital && prevCapital && answerStem(lang, t.Text) == want
		prevCapital = capital
	}
	return ended
}

// asksMoney reports a question about money in general ("Is there money to
// train teachers?"), which an amount answers.
func asksMoney(lang string, query map[string]bool) bool {
	for _, w := range []string{"money", "cash", "funding", "argent", "financement"} {
		if query[answerStem(lang, w)] {
			return true
		}
	}
	return false
}
