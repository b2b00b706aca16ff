package enrich

import "testing"

func TestPronounGender(t *testing.T) {
	for w, want := range map[string]gender{
		"he": masculine, "She": feminine, "il": masculine, "Elle": feminine,
		"raconte-t-elle": feminine, "a-t-il": masculine, "explique-t-il": masculine,
		"قالت": feminine, "وأضافت": feminine, "تقول": feminine, "قال": masculine, "وأضاف": masculine,
		"يقول": masculine, "تعهد": masculine, "تعهدت": feminine,
		"they": genderUnknown, "said": genderUnknown,
	} {
		if got := pronounGender(w); got != want {
			t.Errorf("pronounGender(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestGenderOf(t *testing.T) {
	wantGenders(t, Document{Language: "en", Text: "Mrs Sam Okafor met Mr Chris Lund, the actress Kim Berg, Ilse Brandvold, Owen Castellane and Andrea Rossi."},
		map[string]gender{"Sam Okafor": feminine, "Chris Lund": masculine, "Kim Berg": feminine,
			"Ilse Brandvold": feminine, "Owen Castellane": masculine, "Andrea Rossi": genderUnknown})
	wantGenders(t, Document{Language: "fr", Text: "La ministre Dagny Rausch a reçu M. Jules Ferrand et le maire Claude Aubin."},
		map[string]gender{"Dagny Rausch": feminine, "Jules Ferrand": masculine, "Claude Aubin": masculine})
	// A given name written without its accent: "Elise" for "Élise".
	wantGenders(t, Document{Language: "en", Text: "Elise Aune said the vote was close. Helene Dahl said it was not. Andre Lund said nothing."},
		map[string]gender{"Elise Aune": feminine, "Helene Dahl": feminine, "Andre Lund": masculine})
}

// wantGenders checks the sex genderOf reads for each named person of doc.
func wantGenders(t *testing.T, doc Document, want map[string]gender) {
	t.Helper()
	a := analyze(doc)
	for _, c := range a.clusters {
		if g, ok := want[c.name]; ok {
			if got := a.genderOf(c); got != g {
				t.Errorf("genderOf(%q) = %d, want %d", c.name, got, g)
			}
			delete(want, c.name)
		}
	}
	if len(want) > 0 {
		t.Errorf("people not found in %q: %v", doc.Text, want)
	}
}
