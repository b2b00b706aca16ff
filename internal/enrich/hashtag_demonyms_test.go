package enrich

import (
	"slices"
	"testing"
)

func TestWithoutDemonyms(t *testing.T) {
	kp := keyphrasesOf
	tests := []struct {
		name   string
		topics []Keyphrase
		places []string
		want   []string
	}{
		{"the adjective of a place the article names",
			kp("Treaty", "Ardenian", "Savari", "drought"), []string{"Ardenia", "Kingdom of Savara"}, []string{"Treaty", "drought"}},
		{"a place not named keeps its adjective",
			kp("Ardenian", "Libraries"), nil, []string{"Ardenian", "Libraries"}},
		{"a gazetteer demonym goes, a language stays",
			kp("Israeli", "French", "ceasefire"), nil, []string{"French", "ceasefire"}},
		{"an English topic is a place only when the gazetteer says so",
			kp("Velmont", "Velmontese", "Orwell", "Orwellian"), nil, []string{"Velmont", "Velmontese", "Orwell", "Orwellian"}},
		{"a word that merely starts like a place",
			kp("Atlantic", "hurricane", "Japanese"), []string{"Atlanta", "Japan"}, []string{"Atlantic", "hurricane", "Japanese"}},
		{"Arabic words that share a known place's stem stay, and so does the place",
			kp("الرياضية", "المصرفية", "السعودية"), []string{"الرياض", "مصر", "السعودية"}, []string{"الرياضية", "المصرفية", "السعودية"}},
		{"Arabic adjectives of relation beside their place",
			kp("أردينيا", "أردينيّ", "السافارية", "المعرض"), []string{"مملكة سافارا"}, []string{"أردينيا", "المعرض"}},
		{"Arabic nouns ending like adjectives stay",
			kp("الجمعية", "العربي", "المركزي", "الفائدة"), []string{"فيلمونت"}, []string{"الجمعية", "العربي", "المركزي", "الفائدة"}},
		{"phrases stay",
			kp("Ardenian Fiscal Council", "الخدمة الصحية"), []string{"Ardenia"}, []string{"Ardenian Fiscal Council", "الخدمة الصحية"}},
		{"a demonym before a common noun goes, leaving the noun",
			kp("Ardenian Nurses", "Ardenian Airways"), []string{"Ardenia"}, []string{"nurses", "Ardenian Airways"}},
	}
	for _, tt := range tests {
		written := "Ardenian nurses began a strike, said the Ardenian Nurses' Union. Ardenian Airways cut flights."
		got := keyphraseTexts(withoutDemonyms(tt.topics, tt.places, written))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
