package enrich

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestWithoutDemonyms(t *testing.T) {
	kp := keyphrasesOf
	nurses := "Ardenian nurses began a strike, said the Ardenian Nurses' Union. Ardenian Airways cut flights."
	tests := []struct {
		name    string
		topics  []Keyphrase
		places  []string
		written string
		want    []string
	}{
		{"the adjective of a place the article names becomes the place",
			kp("Treaty", "Ardenian", "Savari", "drought"), []string{"Ardenia", "Kingdom of Savara"}, nurses,
			[]string{"Treaty", "Ardenia", "Kingdom of Savara", "drought"}},
		{"an adjective of nationality whose place is never named goes",
			kp("Ardenian", "Libraries"), nil, nurses, []string{"Libraries"}},
		{"so does one whose place is named only in passing",
			kp("Savari", "lanterns"), nil, "The Savari capital sells lanterns. Savara's long history shows.", []string{"lanterns"}},
		{"a French adjective of a place the article names",
			kp("Belrivois", "langue"), []string{"Belrive"}, "Les Belrivois défendent la langue.", []string{"Belrive", "langue"}},
		{"a gazetteer demonym becomes its place, a language stays",
			kp("Israeli", "French", "ceasefire"), nil, nurses, []string{"Israel", "French", "ceasefire"}},
		{"an English topic is a place only when the gazetteer says so",
			kp("Velmont", "Velmontese", "Orwell", "Orwellian"), nil, nurses, []string{"Velmont", "Velmontese", "Orwell", "Orwellian"}},
		{"a word that merely starts like a place",
			kp("Atlantic", "hurricane", "Japanese"), []string{"Atlanta"}, nurses, []string{"Atlantic", "hurricane", "Japanese"}},
		{"a language's name beside its country is the country's adjective",
			kp("China", "Chinese", "tariffs"), []string{"China"}, "Chinese officials met China's trade envoy.", []string{"China", "tariffs"}},
		{"unless the text speaks of the language",
			kp("France", "French", "signs"), []string{"France"}, "Shops must put up signs in French, as in France.", []string{"France", "French", "signs"}},
		{"names before common nouns are not shaped like adjectives of nationality",
			kp("Atlantic", "Ferrari", "Savari"), nil, "An Atlantic hurricane hit. Ferrari drivers and Savari traders fled.",
			[]string{"Atlantic", "Ferrari", "Savari"}},
		{"Arabic words that share a known place's stem stay, and so does the place",
			kp("الرياضية", "المصرفية", "السعودية"), []string{"الرياض", "مصر", "السعودية"}, nurses, []string{"الرياضية", "المصرفية", "السعودية"}},
		{"Arabic adjectives of relation beside their place",
			kp("أردينيا", "أردينيّ", "السافارية", "المعرض"), []string{"مملكة سافارا"}, nurses, []string{"أردينيا", "أردينيا", "مملكة سافارا", "المعرض"}},
		{"Arabic nouns ending like adjectives stay",
			kp("الجمعية", "العربي", "المركزي", "الفائدة"), []string{"فيلمونت"}, nurses, []string{"الجمعية", "العربي", "المركزي", "الفائدة"}},
		{"phrases stay",
			kp("Ardenian Fiscal Council", "الخدمة الصحية"), []string{"Ardenia"}, nurses, []string{"Ardenian Fiscal Council", "الخدمة الصحية"}},
		{"a demonym before a common noun goes, leaving the noun",
			kp("Ardenian Nurses", "Ardenian Airways"), []string{"Ardenia"}, nurses, []string{"nurses", "Ardenian Airways"}},
		{"whether its place is named or not",
			kp("Ardenian Nurses", "Ardenian Airways"), nil, nurses, []string{"nurses", "Ardenian Airways"}},
	}
	for _, tt := range tests {
		got := keyphraseTexts(withoutDemonyms(tt.topics, tt.places, tt.written))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDemoCorpusDemonyms checks that no demo article carries the tag of
// a nationality's adjective: the Lumio and shipyard stories say "Ardenian"
// but never name Ardenia, and #Ardenian would gather only the articles
// that happen to use the adjective.
func TestDemoCorpusDemonyms(t *testing.T) {
	for _, d := range demoDocumentsWithStandfirst(t) {
		r, err := Enrich(context.Background(), d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range r.Hashtags {
			if slices.Contains([]string{"#Ardenian", "#Savari", "#Osterlandic", "#Belrivois"}, tag) {
				t.Errorf("%q: demonym %s among %s", d.Title, tag, strings.Join(r.Hashtags, " "))
			}
		}
	}
}
