package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CrossScriptKeys returns the keys under which name may be the same name
// written in another script: its words' consonant skeletons (as NameKeys,
// but keeping two-consonant ones such as "Veyra" beside another word),
// sorted, since Arabic
// puts the common noun first ("نهر فيرا", the Veyra River). A common noun
// that Arabic sometimes translates and sometimes transliterates ("Qasr
// al-Nur" is "قصر النور", the Veyra River is "نهر فيرا") is read both ways,
// so a name has up to eight keys. Two names in different scripts may be
// one when their keys meet. A name with no word but common nouns
// ("the River") has no keys.
func CrossScriptKeys(name string) []string {
	type part struct{ skeleton, noun string }
	var parts []part
	proper := false
	for _, tok := range Tokens(name) {
		var p part
		switch tok.Kind {
		case Number:
			p.skeleton = "#" + tok.Text
		case Word:
			w := tok.Text
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.Is(unicode.Arabic, r):
				p.skeleton = arabicSkeleton(w)
				p.noun = arabicCommonNouns[strings.TrimPrefix(w, "ال")]
			default:
				w = strings.TrimSuffix(strings.ReplaceAll(w, "’", "'"), "'s")
				if rest, ok := strings.CutPrefix(w, "al-"); ok { // "Qasr al-Nur"
					w = rest
				}
				r, _ = utf8.DecodeRuneInString(w)
				if !unicode.IsUpper(r) || IsStopWord("", w) {
					continue
				}
				folded := strings.ToLower(Fold(w))
				p.skeleton = latinSkeleton(folded)
				p.noun = latinCommonNouns[folded]
			}
		}
		if utf8.RuneCountInString(p.skeleton) < 2 {
			continue
		}
		if p.noun == "" {
			proper = true
		}
		parts = append(parts, p)
	}
	if !proper {
		return nil
	}
	// Two consonants alone are too few to name someone: Mary, Omar and
	// "عمر" are all "mr". They count beside another word ("Veyra River").
	if len(parts) == 1 && utf8.RuneCountInString(parts[0].skeleton) < 3 {
		return nil
	}
	alts := [][]string{nil}
	for _, p := range parts {
		n := len(alts)
		for i := 0; i < n; i++ {
			if p.noun != "" && len(alts) < 8 {
				alts = append(alts, append(slices.Clone(alts[i]), "="+p.noun))
			}
			if stateNouns[p.noun] && len(alts) < 8 {
				// "جمهورية أوسترلاند" is Osterland too: a state is named
				// with its form of government or without.
				alts = append(alts, slices.Clone(alts[i]))
			}
			alts[i] = append(alts[i], p.skeleton)
		}
	}
	keys := make([]string, 0, len(alts))
	for _, a := range alts {
		slices.Sort(a)
		keys = append(keys, strings.Join(a, " "))
	}
	return keys
}

// stateNouns are the common nouns a country's name may go without.
var stateNouns = map[string]bool{"republic": true, "kingdom": true}

// arabicCommonNouns are the nouns that open Arabic names of places and
// bodies, in English; latinCommonNouns are the same nouns in English and
// French names.
var arabicCommonNouns = map[string]string{
	"نهر": "river", "مملكة": "kingdom", "جمهورية": "republic", "جامعة": "university",
	"بنك": "bank", "مصرف": "bank", "وزارة": "ministry", "جزيرة": "island", "بحيرة": "lake",
	"بحر": "sea", "جبل": "mount", "جبال": "mountains", "وادي": "valley", "سهل": "plain",
	"صحراء": "desert", "قصر": "palace", "ميناء": "port", "مطار": "airport", "جسر": "bridge",
	"شركة": "company", "حزب": "party", "مجلس": "council", "اتحاد": "union", "نقابة": "union",
	"محكمة": "court", "مستشفى": "hospital", "متحف": "museum", "مصنع": "factory", "محطة": "station",
	"ساحة": "square", "شارع": "street", "خليج": "gulf", "مدينة": "city", "منطقة": "region",
	"محافظة": "province", "سد": "dam", "غابة": "forest", "منظمة": "organisation",
	"هيئة": "authority", "وكالة": "agency", "مؤسسة": "foundation", "صندوق": "fund",
	"بورصة": "exchange", "برلمان": "parliament", "جمعية": "assembly", "معرض": "exhibition",
}

var latinCommonNouns = map[string]string{
	"river": "river", "kingdom": "kingdom", "republic": "republic", "university": "university",
	"bank": "bank", "ministry": "ministry", "island": "island", "lake": "lake", "sea": "sea",
	"mount": "mount", "mountain": "mount", "mountains": "mountains", "valley": "valley",
	"plain": "plain", "plains": "plain", "desert": "desert", "palace": "palace", "port": "port",
	"airport": "airport", "bridge": "bridge", "company": "company", "party": "party",
	"council": "council", "union": "union", "court": "court", "hospital": "hospital",
	"museum": "museum", "factory": "factory", "station": "station", "square": "square",
	"street": "street", "gulf": "gulf", "city": "city", "region": "region", "province": "province",
	"dam": "dam", "forest": "forest", "organisation": "organisation", "organization": "organisation",
	"authority": "authority", "agency": "agency", "foundation": "foundation", "fund": "fund",
	"exchange": "exchange", "parliament": "parliament", "assembly": "assembly",
	"exhibition": "exhibition",
	// French
	"riviere": "river", "fleuve": "river", "royaume": "kingdom", "republique": "republic",
	"universite": "university", "banque": "bank", "ministere": "ministry", "ile": "island",
	"lac": "lake", "mer": "sea", "vallee": "valley", "plaine": "plain", "palais": "palace",
	"aeroport": "airport", "pont": "bridge", "compagnie": "company", "societe": "company",
	"parti": "party", "conseil": "council", "syndicat": "union", "cour": "court",
	"hopital": "hospital", "musee": "museum", "usine": "factory", "gare": "station",
	"place": "square", "rue": "street", "golfe": "gulf", "ville": "city", "agence": "agency",
	"fondation": "foundation", "fonds": "fund", "bourse": "exchange", "parlement": "parliament",
	"assemblee": "assembly", "exposition": "exhibition",
}
