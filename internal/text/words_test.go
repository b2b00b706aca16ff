package text

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ lang, word, want string }{
		{"en", "Bounties", "bounti"},
		{"en", "bounty", "bounti"},
		{"en", "running", "run"},
		{"en", "Trump's", "trump"},
		{"en", "officials", "offici"},
		{"en", "U.S.", "u.s."},
		{"en", "peace-keepers", "peac-keeper"},
		{"en", "2021", "2021"},
		{"fr", "continuellement", "continuel"},
		{"fr", "négociations", "négoci"},
		{"es", "negociaciones", "negoci"},
		{"de", "Verhandlungen", "verhandlung"},
		{"de", "Brücke", "bruck"},
		{"de", "Brücken", "bruck"},
		{"de", "gesagt", "sag"},
		{"de", "Häuser", "hau"},
		{"de", "Schiffe", "schiff"},
		{"de", "dass", "dass"},
		{"ar", "المفاوضات", "مفاوض"},
		{"ar", "الجسر", "جسر"},
		{"ar", "جسر", "جسر"},
		{"ar", "والجسر", "جسر"},
		{"ar", "بالمدينة", "مدين"},
		{"ar", "أحمد", "احمد"},
		{"ar", "كالدر", "كالدر"},   // Calder: a name, not "like the" + two letters
		{"ar", "إضراباً", "اضراب"}, // a strike (accusative), as "الإضراب"
		{"ar", "الإضراب", "اضراب"},
		{"ar", "سافارا", "سافارا"}, // a final alef without tanween stays
		{"ar", "جداً", "جدا"},      // very: too short to lose its ending
		{"ar", "الدم", "دم"},       // the blood: two letters remain after "ال"
		{"ar", "بالمر", "بالمر"},   // Palmer, not "with the" + two letters
		{"ar", "والتر", "والتر"},   // Walter
		{"ar", "والجسر", "جسر"},    // and the bridge
		{"ar", "في", "في"},
		{"ar", "الهيئة", "هيء"},      // the authority: its hamza seat is no "ي" for "ية" to eat ("هي", she)
		{"ar", "الفئة", "فء"},        // the category, not "في" (in)
		{"ar", "المسؤولين", "مسءول"}, // the officials, as "مسؤول"
		{"ar", "مسؤول", "مسءول"},
		{"", "talks", "talk"},
	}
	for _, tt := range tests {
		if got := Stem(tt.lang, tt.word); got != tt.want {
			t.Errorf("Stem(%q, %q) = %q, want %q", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestIsStopWord(t *testing.T) {
	tests := []struct {
		lang, word string
		want       bool
	}{
		{"en", "The", true}, {"en", "said", true}, {"en", "they're", true}, {"en", "Taliban", false},
		{"en", "bridge", false}, {"en", "new", false},
		{"fr", "les", true}, {"fr", "été", true}, {"fr", "ETE", true}, {"fr", "pont", false},
		{"fr", "l’", true}, {"fr", "L’", true}, {"fr", "d’", true}, {"fr", "l'", true},
		{"es", "los", true}, {"es", "más", true}, {"es", "puente", false},
		{"de", "über", true}, {"de", "Brücke", false},
		{"ar", "في", true}, {"ar", "الجسر", false},
		{"xx", "the", true}, // unknown languages fall back to English
	}
	for _, tt := range tests {
		if got := IsStopWord(tt.lang, tt.word); got != tt.want {
			t.Errorf("IsStopWord(%q, %q) = %v, want %v", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Élysée", "elysee"}, {"ZALMAY", "zalmay"}, {"Größe", "große"}, {"São Paulo", "sao paulo"},
		{"مُحَمَّد", "محمد"}, {"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
