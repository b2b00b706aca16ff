package enrich

import (
	"context"
	"slices"
	"testing"
)

// TestCreditsMakeNoTags: names in a picture's credit or in a copyright
// line are boilerplate around the story and tag nothing.
func TestCreditsMakeNoTags(t *testing.T) {
	doc := Document{
		Title: "Metronomy guide us around the English Riviera",
		Text: "Joe Mount of Metronomy grew up in Torbay. Photograph: Lena Berg for the Courier. " +
			"Mount said the new album was made for the coast. Metronomy will tour in May. Photograph: Lena Berg for the Courier. " +
			"The band's third album is out on Monday, and Metronomy plays Torbay in June. Mount said Torbay had changed. " +
			"Copyright 2011 by NEWSWIRE LLC and The Daily Post. Any use without the express written consent of NEWSWIRE LLC is prohibited.",
	}
	r, err := Enrich(context.Background(), doc, Options{Hashtags: 8})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"#LenaBerg", "#NewswireLlc", "#NEWSWIRELLC", "#DailyPost"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q hold %s", r.Hashtags, bad)
		}
	}
	if !slices.Contains(r.Hashtags, "#Metronomy") {
		t.Errorf("hashtags %q lack #Metronomy", r.Hashtags)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Photograph: Lena Berg for the Courier.", true},
		{"Copyright 2011 by NEWSWIRE LLC.", true},
		{"Lena Berg took the photograph.", false},
	} {
		toks := tokenize(tc.text)
		k := 0
		for k < len(toks) && !(toks[k].upper && toks[k].text != "Photograph" && toks[k].text != "Copyright") {
			k++
		}
		if got := creditMention(toks, k); got != tc.want {
			t.Errorf("creditMention(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
