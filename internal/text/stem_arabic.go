package text

import (
	"strings"
	"unicode/utf8"
)

// arabicLightStem is Larkey, Ballesteros and Connell's "light10" stemmer
// (SIGIR 2002), the usual choice for Arabic retrieval: normalise alef and
// yeh forms, strip a leading "و" (and), then one definite article
// ("ال", "وال", "بال", "كال", "فال", "لل"), then common suffixes, always
// leaving at least two letters. It merges "الجسر" and "جسر" (the bridge, a
// bridge) without a dictionary. Diacritics are removed by Fold first.
//
// Two departures from light10, for names and tags. A particle with the
// article ("كال", "بال", "وال", "فال") is stripped only when three letters
// remain, and "و" is not stripped before an article so followed, since
// transliterated names begin with their letters ("كالدر", Calder, would
// become "در" and share a tag page with unrelated words; "والتر" is
// Walter). And the accusative ending "اً" goes with its tanween when
// three letters remain ("إضراباً", a strike, stems as "الإضراب" does;
// "جداً", very, stays).
func arabicLightStem(w string) string {
	for _, end := range []string{"اً", "ًا"} {
		if rest := strings.TrimSuffix(w, end); rest != w && runeCount(rest) >= 3 {
			w = rest
		}
	}
	// Fold takes the hamza off its seat ("ئ" becomes "ي", "ؤ" "و"), and
	// the suffix "ية" would then eat a root letter: "الهيئة" (authority)
	// stemmed as "هي" (she), "الفئة" (category) as "في" (in). A seated
	// hamza is kept as the bare hamza.
	w = arabicNormalizer.Replace(Fold(arabicHamzaSeats.Replace(w)))
	if rest := strings.TrimPrefix(w, "و"); rest != w && runeCount(w) >= 4 &&
		!(strings.HasPrefix(rest, "ال") && runeCount(rest) < 5) {
		w = rest // but "والتر" (Walter) is no "and" before "the" and two letters
	}
	for _, p := range arabicArticles {
		if strings.HasPrefix(w, p) && runeCount(w)-runeCount(p) >= arabicArticleRest(p) {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	for _, s := range arabicSuffixes {
		if strings.HasSuffix(w, s) && runeCount(w)-runeCount(s) >= 2 {
			w = strings.TrimSuffix(w, s)
		}
	}
	return w
}

var (
	arabicNormalizer = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ى", "ي")
	arabicHamzaSeats = strings.NewReplacer("ئ", "ء", "ؤ", "ء")
)

// arabicArticleRest is how many letters must remain after article p:
// two after "ال" and "لل" ("الدم", the blood, gives "دم"), three after
// a particle and the article, whose letters open many names ("والتر",
// Walter; "بالمر", Palmer).
func arabicArticleRest(p string) int {
	if p == "ال" || p == "لل" {
		return 2
	}
	return 3
}

// arabicArticles are tried longest first.
var arabicArticles = []string{"وال", "بال", "كال", "فال", "ال", "لل"}

// arabicSuffixes are stripped in this order, each at most once, as light10
// specifies.
var arabicSuffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
