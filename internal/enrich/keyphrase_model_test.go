package enrich

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestKeyphraseOccurrenceContext(t *testing.T) {
	tests := []struct {
		name, text, key                     string
		isolated, leftContent, rightContent int
		run                                 int // joined content run of the first occurrence
	}{
		{"alone between function words", "An officer is here. The officer is there.", "offic", 2, 0, 0, 1},
		{"inside a content run", "Water leaked from the crippled nuclear plant.", "nuclear", 0, 1, 1, 3},
		{"run start", "Water leaked from the crippled nuclear plant.", "crippl", 0, 0, 1, 3},
		{"punctuation breaks a run", "There was water, nuclear fuel and debris.", "water", 1, 0, 0, 1},
		{"phrase equal to its run", "Officials closed the Harbour Bridge on Tuesday.", "harbour bridg", 1, 0, 0, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analyzeDocument(Document{Text: tc.text, Language: "en"})
			var c *phraseCandidate
			for _, x := range a.candidates() {
				if x.key == tc.key {
					c = x
				}
			}
			if c == nil {
				t.Fatalf("no candidate %q", tc.key)
			}
			if c.isolated != tc.isolated || c.leftContent != tc.leftContent || c.rightContent != tc.rightContent {
				t.Errorf("isolated/left/right = %d/%d/%d, want %d/%d/%d", c.isolated, c.leftContent, c.rightContent, tc.isolated, tc.leftContent, tc.rightContent)
			}
			if got := c.runLogs / float64(c.tf); !near(got, logInt(tc.run)) {
				t.Errorf("mean log run = %.3f, want log %d", got, tc.run)
			}
		})
	}
}

func TestKeyphraseNameOccurrence(t *testing.T) {
	// "Port Calder" opens the sentence, so capitals misses it; nameLike
	// counts it. "Harbour bridge" is not a name.
	a := analyzeDocument(Document{Text: "Port Calder closed its bridge. The Harbour bridge in Port Calder reopened.", Language: "en"})
	for _, c := range a.candidates() {
		switch c.key {
		case "port calder":
			if c.tf != 2 || c.nameLike != 2 || c.capitals != 1 {
				t.Errorf("port calder: tf %d nameLike %d capitals %d, want 2 2 1", c.tf, c.nameLike, c.capitals)
			}
		case "harbour bridg":
			if c.nameLike != 0 {
				t.Errorf("harbour bridge counted as a name")
			}
		}
	}
}

// TestFitKeyphraseModel checks that fitting learns what the labels say and
// that KeyphrasesWithModel ranks by the fitted weights: labels marking
// only multi-word phrases give a model whose top phrases are multi-word,
// and labels marking only single words the reverse.
func TestFitKeyphraseModel(t *testing.T) {
	fixtures := []string{"keyphrase_article.txt", "enrich_ferry_article.txt", "enrich_lab_article.txt"}
	for _, multi := range []bool{true, false} {
		var train []KeyphraseExamples
		for _, f := range fixtures {
			train = append(train, KeyphraseTrainingExamples(loadFixture(t, f), nil, func(p string) bool {
				return strings.Contains(p, " ") == multi
			}))
		}
		m := FitKeyphraseModel(train)
		for _, f := range fixtures {
			// Below kpNameSlotMin, so no place is kept for a name.
			kps := Analyze(loadFixture(t, f)).KeyphrasesWithModel(m, nil, kpNameSlotMin-1)
			for _, k := range kps {
				if strings.Contains(k.Text, " ") != multi {
					t.Errorf("multi=%v: %s ranks %q among %q", multi, f, k.Text, keyphraseTexts(kps))
				}
			}
		}
	}
	if m := FitKeyphraseModel(nil); m != (KeyphraseModel{}) {
		t.Errorf("fit on nothing = %v, want the zero model", m.Weights())
	}
	if got := Analyze(loadFixture(t, fixtures[0])).KeyphrasesWithModel(DefaultKeyphraseModel(), nil, 0); got != nil {
		t.Errorf("n=0 gave %q", keyphraseTexts(got))
	}
}

// TestFitKeyphraseOccurrences checks that the fit learns from single
// occurrences: labels marking the words written at least once after "the"
// give a model whose top words all are, though most of their occurrences
// are not.
func TestFitKeyphraseOccurrences(t *testing.T) {
	fixtures := []string{"keyphrase_article.txt", "enrich_ferry_article.txt", "enrich_lab_article.txt"}
	afterThe := func(doc Document) map[string]bool {
		m := map[string]bool{}
		words := strings.Fields(strings.ToLower(doc.Title + " " + doc.Text))
		for i := 1; i < len(words); i++ {
			if words[i-1] == "the" {
				m[strings.Trim(words[i], ".,;:\"'!?()")] = true
			}
		}
		return m
	}
	var train []KeyphraseExamples
	for _, f := range fixtures {
		doc := loadFixture(t, f)
		keys := afterThe(doc)
		train = append(train, KeyphraseTrainingExamples(doc, nil, func(p string) bool { return keys[strings.ToLower(p)] }))
	}
	m := FitKeyphraseModel(train)
	for _, f := range fixtures {
		doc := loadFixture(t, f)
		keys := afterThe(doc)
		for _, k := range Analyze(doc).KeyphrasesWithModel(m, nil, kpNameSlotMin-1) {
			if !keys[strings.ToLower(k.Text)] {
				t.Errorf("%s ranks %q, never written after \"the\"", f, k.Text)
			}
		}
	}
}

func TestInQuotation(t *testing.T) {
	a := analyzeDocument(Document{Language: "en", Text: `He said “the bridge is safe” today. Done,” she said. Then "ferries run" again.`})
	want := map[string]bool{"He": false, "bridge": true, "safe": true, "today": false, "Done": false, "she": false,
		"Then": false, "ferries": true, "run": true, "again": false}
	for i, w := range a.words {
		if q, ok := want[w.text]; ok && a.inQuotation(i) != q {
			t.Errorf("%q in quotation = %v, want %v", w.text, !q, q)
		}
	}
	// One long sentence costs one pass, not one per word.
	long := Document{Language: "en", Text: strings.Repeat(`bridge "closed" `, 12_000)}
	start := time.Now()
	Keyphrases(long, nil, 10)
	if d := time.Since(start); d > time.Second {
		t.Errorf("keyphrases of a 190 KB sentence took %v", d)
	}
}

func TestKeyphrasesLeaveOutDates(t *testing.T) {
	doc := Document{Language: "en", Text: "The march went ahead on Tuesday. Marchers said Tuesday was the day. On Tuesday, in March, the march grew."}
	kps := Keyphrases(doc, nil, 10)
	for _, k := range kps {
		if k.Text == "Tuesday" || k.Text == "March" {
			t.Errorf("keyphrases %q hold the date %q", keyphraseTexts(kps), k.Text)
		}
	}
	if indexOfPhrase(kps, "march") < 0 {
		t.Errorf("keyphrases %q lack the march", keyphraseTexts(kps))
	}
	mars := Keyphrases(Document{Language: "en", Text: "The rover landed on Mars. Mars has water, scientists said, and Mars once had rivers."}, nil, 5)
	if indexOfPhrase(mars, "Mars") < 0 {
		t.Errorf("English keyphrases %q lack the planet", keyphraseTexts(mars))
	}
}

func TestKeyphrasesShowMainName(t *testing.T) {
	// A name in the title and text keeps a place even where single words
	// outrank it (here, in French, sentence-initial both times).
	kps := Analyze(loadFixture(t, "keyphrase_article_fr.txt")).Keyphrases(nil, 10)
	i := indexOfPhrase(kps, "Port Calder")
	if i < 0 {
		t.Fatalf("keyphrases %q lack Port Calder", keyphraseTexts(kps))
	}
	for j := 1; j < len(kps); j++ {
		if kps[j].Score > kps[j-1].Score {
			t.Errorf("scores not sorted after placing the name: %q", keyphraseTexts(kps))
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func logInt(n int) float64 { return math.Log(float64(n)) }
