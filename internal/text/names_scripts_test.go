package text

import (
	"slices"
	"testing"
)

func TestCrossScriptKeys(t *testing.T) {
	meet := func(a, b string) bool {
		for _, k := range CrossScriptKeys(a) {
			if slices.Contains(CrossScriptKeys(b), k) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Helena Marsk", "هيلينا مارسك", true},
		{"Veyra River", "نهر فيرا", true},           // translated, and put first
		{"Kingdom of Savara", "مملكة سافارا", true}, // "of" is no part of the name
		{"Qasr al-Nur", "قصر النور", true},          // transliterated
		{"Bank of Ardenia", "بنك أردينيا", true},
		{"Velmont University", "جامعة فيلمونت", true},
		{"Port Calder", "بورت كالدر", true},
		{"Veyra River", "نهر أورن", false},
		{"Veyra River", "فيرا", false}, // the river is not a town of its name
		{"Helena Marsk", "مارسك", false},
		{"Mary", "عمر", false}, // one two-consonant word: too little to go on
		{"Omar Haddad", "عمر حداد", true},
		{"Osterland", "جمهورية أوسترلاند", true}, // a state with or without its form of government
		{"Kingdom of Savara", "سافارا", true},
	} {
		if got := meet(tc.a, tc.b); got != tc.same {
			t.Errorf("%q and %q meet: %v, want %v (keys %q, %q)", tc.a, tc.b, got, tc.same, CrossScriptKeys(tc.a), CrossScriptKeys(tc.b))
		}
	}
	// Common nouns alone name nothing.
	if k := CrossScriptKeys("the River"); k != nil {
		t.Errorf("the River: %q", k)
	}
	if k := CrossScriptKeys("النهر"); k != nil {
		t.Errorf("النهر: %q", k)
	}
}
