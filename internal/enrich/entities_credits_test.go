package enrich

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
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
		text, name string
		want       bool
	}{
		{"The band played. Photograph: Lena Berg for the Courier.", "Lena Berg", true},
		{"The band played. Copyright 2011 by NEWSWIRE LLC.", "NEWSWIRE LLC", true},
		{"The band played. Any use without the written consent of Lumio Media is barred.", "Lumio Media", true},
		{"The band played. Lena Berg took the photograph.", "Lena Berg", false},
	} {
		a := analyze(Document{Text: tc.text, Language: "en"})
		found := false
		for _, m := range a.mentions {
			if m.surface == tc.name {
				found = true
				if m.credit != tc.want {
					t.Errorf("%q: %s credit = %v, want %v", tc.text, tc.name, m.credit, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %s", tc.text, tc.name)
		}
	}
}

// TestOneLongSentenceOfNamesIsBounded: a page that is one sentence of
// thousands of names (no full stop anywhere) enriches in well under a
// second; the copyright check once read the whole sentence for each name.
func TestOneLongSentenceOfNamesIsBounded(t *testing.T) {
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "Alpha Beta%d and ", i%300)
	}
	start := time.Now()
	if _, err := Enrich(context.Background(), Document{Text: b.String()}, Options{Hashtags: 8}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}
