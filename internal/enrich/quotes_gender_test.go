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
	a := analyze(Document{Language: "en", Text: "Mrs Sam Okafor met Mr Chris Lund, the actress Kim Berg, Ilse Brandvold, Owen Castellane and Andrea Rossi."})
	want := map[string]gender{"Sam Okafor": feminine, "Chris Lund": masculine, "Kim Berg": feminine,
		"Ilse Brandvold": feminine, "Owen Castellane": masculine, "Andrea Rossi": genderUnknown}
	for _, c := range a.clusters {
		if g, ok := want[c.name]; ok {
			if got := a.genderOf(c); got != g {
				t.Errorf("genderOf(%q) = %d, want %d", c.name, got, g)
			}
			delete(want, c.name)
		}
	}
	if len(want) > 0 {
		t.Errorf("people not found: %v", want)
	}
	fr := analyze(Document{Language: "fr", Text: "La ministre Dagny Rausch a reçu M. Jules Ferrand et le maire Claude Aubin."})
	want = map[string]gender{"Dagny Rausch": feminine, "Jules Ferrand": masculine, "Claude Aubin": masculine}
	for _, c := range fr.clusters {
		if g, ok := want[c.name]; ok {
			if got := fr.genderOf(c); got != g {
				t.Errorf("genderOf(%q) = %d, want %d", c.name, got, g)
			}
			delete(want, c.name)
		}
	}
	if len(want) > 0 {
		t.Errorf("French people not found: %v", want)
	}
}
