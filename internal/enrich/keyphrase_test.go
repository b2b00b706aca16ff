package enrich

import (
	"context"
	"os"
	"strings"
	"testing"

	"herald/internal/text"
)

// loadFixture reads testdata/name and splits off its first line as title.
func loadFixture(t testing.TB, name string) Document {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return Document{Title: title, Text: body}
}

// keyphrasesOf makes keyphrases of texts, for tests of what follows the
// ranking.
func keyphrasesOf(texts ...string) []Keyphrase {
	out := make([]Keyphrase, len(texts))
	for i, s := range texts {
		out[i] = Keyphrase{Text: s}
	}
	return out
}

func keyphraseTexts(kps []Keyphrase) []string {
	out := make([]string, len(kps))
	for i, k := range kps {
		out[i] = k.Text
	}
	return out
}

func indexOfPhrase(kps []Keyphrase, text string) int {
	for i, k := range kps {
		if strings.EqualFold(k.Text, text) {
			return i
		}
	}
	return -1
}

func TestKeyphrasesInvariants(t *testing.T) {
	for _, name := range []string{"keyphrase_article.txt", "keyphrase_article_fr.txt", "summary_article.txt"} {
		t.Run(name, func(t *testing.T) {
			doc := loadFixture(t, name)
			an := Analyze(doc)
			kps := an.Keyphrases(nil, 10)
			if len(kps) != 10 {
				t.Fatalf("got %d keyphrases, want 10: %q", len(kps), keyphraseTexts(kps))
			}
			all := strings.ToLower(doc.Title + "\n" + doc.Text)
			keys := map[string]bool{}
			for i, k := range kps {
				if i > 0 && k.Score > kps[i-1].Score {
					t.Errorf("not sorted: %q (%.2f) after %q (%.2f)", k.Text, k.Score, kps[i-1].Text, kps[i-1].Score)
				}
				if keys[k.Key] {
					t.Errorf("duplicate key %q", k.Key)
				}
				keys[k.Key] = true
				if !strings.Contains(all, strings.ToLower(k.Text)) {
					t.Errorf("keyphrase %q does not occur in the document", k.Text)
				}
				words := strings.Fields(k.Text)
				if text.IsStopWord(an.Language(), words[0]) || text.IsStopWord(an.Language(), words[len(words)-1]) {
					t.Errorf("keyphrase %q starts or ends with a stop word", k.Text)
				}
			}
		})
	}
}

func TestKeyphrasesContent(t *testing.T) {
	kps := Keyphrases(loadFixture(t, "keyphrase_article.txt"), nil, 15)
	for _, want := range []string{"Port Calder", "Harbour", "engineers", "corrosion"} {
		if i := indexOfPhrase(kps, want); i < 0 || i >= 10 {
			t.Errorf("keyphrases %q lack %q in the first 10", keyphraseTexts(kps), want)
		}
	}
	// "supports" is only ever written in "steel supports", a run the crowd
	// highlights whole, so the ranker places it after the first ten.
	if indexOfPhrase(kps, "supports") < 0 {
		t.Errorf("keyphrases %q lack %q in the first 15", keyphraseTexts(kps), "supports")
	}
	for _, unwanted := range []string{"said", "The", "Herald", "Tuesday"} {
		if indexOfPhrase(kps, unwanted) >= 0 {
			t.Errorf("keyphrases %q contain %q", keyphraseTexts(kps), unwanted)
		}
	}
}

func TestKeyphrasesFrench(t *testing.T) {
	an := Analyze(loadFixture(t, "keyphrase_article_fr.txt"))
	if an.Language() != "fr" {
		t.Fatalf("language %q, want fr", an.Language())
	}
	kps := an.Keyphrases(nil, 10)
	for _, want := range []string{"fissures", "piliers", "Port Calder"} {
		if indexOfPhrase(kps, want) < 0 {
			t.Errorf("keyphrases %q lack %q", keyphraseTexts(kps), want)
		}
	}
}

// TestKeyphrasesCorpusStats checks that a word common to every article of
// the corpus ranks lower than when the document is scored alone.
func TestKeyphrasesCorpusStats(t *testing.T) {
	doc := loadFixture(t, "keyphrase_article.txt")
	alone := Keyphrases(doc, nil, 10)
	var df DocFreqs
	df.Add(TermKeys(doc))
	for i := 0; i < 99; i++ {
		df.Add([]string{"engin"}) // "engineers" is in every other article
	}
	with := Keyphrases(doc, &df, 10)
	a, w := indexOfPhrase(alone, "engineers"), indexOfPhrase(with, "engineers")
	if a < 0 {
		t.Fatalf("engineers missing without stats: %q", keyphraseTexts(alone))
	}
	if w >= 0 && w <= a {
		t.Errorf("engineers ranks %d with corpus stats, %d without; want lower with", w, a)
	}
	if df.Docs() != 100 || df.DocFreq("engin") != 100 || df.DocFreq("port calder") != 1 {
		t.Errorf("DocFreqs counts wrong: N=%d engin=%d port calder=%d", df.Docs(), df.DocFreq("engin"), df.DocFreq("port calder"))
	}
	df.Remove(TermKeys(doc))
	if df.Docs() != 99 || df.DocFreq("port calder") != 0 {
		t.Errorf("Remove: N=%d port calder=%d", df.Docs(), df.DocFreq("port calder"))
	}
}

func TestTopicPhrasesAndHashtags(t *testing.T) {
	an := Analyze(loadFixture(t, "keyphrase_article.txt"))
	topics := an.TopicPhrases(nil, 12)
	for _, want := range []string{"Harbour Bridge", "Port Calder"} {
		if i := indexOfPhrase(topics, want); i < 0 || i > 3 {
			t.Errorf("topic phrases %q: %q at %d, want in the first four", keyphraseTexts(topics), want, i)
		}
	}
	for _, unwanted := range []string{"Tuesday", "closed", "1987", "Mayor Ines Okafor"} {
		if indexOfPhrase(topics, unwanted) >= 0 {
			t.Errorf("topic phrases %q contain %q", keyphraseTexts(topics), unwanted)
		}
	}
	if i := indexOfPhrase(topics, "Ines Okafor"); i < 0 {
		t.Errorf("topic phrases %q lack the name after a title, Ines Okafor", keyphraseTexts(topics))
	}
	tags := Hashtags([]string{"Ines Okafor"}, topics, 6)
	if len(tags) != 6 || tags[0] != "#InesOkafor" || tags[1] != "#HarbourBridge" || tags[2] != "#PortCalder" {
		t.Errorf("hashtags %q, want #InesOkafor, #HarbourBridge, #PortCalder first and 6 in all", tags)
	}
}

func TestKeyphrasesHostileInput(t *testing.T) {
	big := strings.Repeat("Breaking: the Harbour Bridge \xff\xfe closed again. ", 50_000) // 2.5 MB
	tests := []Document{
		{},
		{Text: "\x00\x01\xff\xfe\xfd"},
		{Text: strings.Repeat("!?.", 1000)},
		{Text: strings.Repeat("a", 100_000)},
		{Title: "x", Text: big},
	}
	for _, doc := range tests {
		kps := Keyphrases(doc, nil, 5)
		if len(kps) > 5 {
			t.Errorf("got %d keyphrases, want at most 5", len(kps))
		}
		_ = Summarize(doc, 3)
		_ = Analyze(doc).TopicPhrases(nil, 5)
	}
	if got := Keyphrases(Document{Text: "Harbour bridge"}, nil, 0); got != nil {
		t.Errorf("n=0 gave %q", keyphraseTexts(got))
	}
}

func FuzzKeyphrases(f *testing.F) {
	f.Add("Title", "The U.S. envoy met Taliban officials in Kabul. 'It was fine,' he said.")
	f.Add("", "\xff«»… l'homme")
	f.Add("خفض الفائدة", "وأشاد الخبراء بالدكتور سمير. للمطالبة بالضمانات في أردينيا والأرديني،\nفالنسيا")
	f.Add("Ardenia", "The Ardenian customer support, a young man called Deniz,\nsaid: “It works.”")
	f.Fuzz(func(t *testing.T, title, body string) {
		for _, lang := range []string{"", "ar"} {
			r, err := Enrich(context.Background(), Document{Title: title, Text: body, Language: lang}, Options{})
			if err != nil {
				continue // an empty document
			}
			for _, h := range r.Hashtags {
				if !strings.HasPrefix(h, "#") || HashtagKey(h) == "" {
					t.Fatalf("bad hashtag %q from %q", h, body)
				}
			}
		}
		an := Analyze(Document{Title: title, Text: body})
		for _, k := range an.Keyphrases(nil, 10) {
			if k.Key == "" || k.Text == "" {
				t.Fatalf("empty keyphrase %+v", k)
			}
		}
		for _, s := range an.Summary(3) {
			if !strings.Contains(body, s) {
				t.Fatalf("summary sentence %q is not in the text", s)
			}
		}
	})
}

// TestTopicPhrasesSkipFragments checks that pieces of a longer name
// (which the three-word window cuts out of "Afghan Ministry of Foreign
// Affairs") and generic news words do not become hashtags.
func TestTopicPhrasesSkipFragments(t *testing.T) {
	doc := Document{Text: "A spokesperson for the Afghan Ministry of Foreign Affairs released the stills. " +
		"The Afghan Ministry of Foreign Affairs said the talks went well. " +
		"Officials of the government met Zalmay Khalilzad in Kabul. Khalilzad said the government officials were open. " +
		"The Afghan Ministry of Foreign Affairs did not comment on Khalilzad's visit to Kabul."}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	for _, frag := range []string{"Foreign Affairs", "Ministry of Foreign", "Afghan Ministry", "government", "officials"} {
		if indexOfPhrase(topics, frag) >= 0 {
			t.Errorf("topic phrases %q contain %q", keyphraseTexts(topics), frag)
		}
	}
	for _, want := range []string{"Zalmay Khalilzad", "Kabul"} {
		if indexOfPhrase(topics, want) < 0 {
			t.Errorf("topic phrases %q lack %q", keyphraseTexts(topics), want)
		}
	}
}

func TestKeyphrasesArabic(t *testing.T) {
	an := Analyze(loadFixture(t, "keyphrase_article_ar.txt"))
	if an.Language() != "ar" {
		t.Fatalf("language %q, want ar", an.Language())
	}
	kps := an.Keyphrases(nil, 8)
	// "الجسر" (the bridge, 3 times) and "جسر" (bridge, twice) merge under
	// one light stem.
	found := false
	for _, k := range kps {
		if k.Key == "جسر" {
			found = true
			if k.Count != 5 {
				t.Errorf("bridge counted %d times, want 5", k.Count)
			}
		}
	}
	if !found {
		t.Errorf("keyphrases %q lack the bridge", keyphraseTexts(kps))
	}
	for _, k := range kps {
		if k.Key == "في" || k.Key == "من" {
			t.Errorf("stop word %q ranked as a keyphrase", k.Text)
		}
	}
	if tags := Hashtags(nil, an.TopicPhrases(nil, 8), 5); len(tags) == 0 {
		t.Error("no hashtags for the Arabic article")
	}
}

// TestYAKETermScores checks YAKE's word score on the fixture: a name that
// recurs from the first sentence on scores better (lower) than a content
// word seen once near the end.
func TestYAKETermScores(t *testing.T) {
	a := analyzeDocument(loadFixture(t, "keyphrase_article.txt"))
	terms := yakeTermScores(a)
	okafor, money := terms["okafor"], terms["money"]
	if okafor == nil || money == nil {
		t.Fatal("terms missing")
	}
	if okafor.h >= money.h {
		t.Errorf("H(okafor) = %.3f, H(money) = %.3f; want okafor lower", okafor.h, money.h)
	}
	c := a.candidates()
	var port *phraseCandidate
	for _, x := range c {
		if x.key == "port calder" {
			port = x
		}
	}
	if port == nil || yakeCandidateScore(a, port, terms) <= 0 {
		t.Fatalf("no positive YAKE score for port calder")
	}
}

// A capital that only opens a sentence does not decide how a keyphrase is
// written; a name's capitals do.
func TestKeyphraseSurfaceIgnoresSentenceCapitals(t *testing.T) {
	doc := Document{Language: "en", Text: `Engineers blamed corrosion of the steel supports. "Corrosion does not happen overnight," Berg said. ` +
		`Harbour officials met Berg. Harbour traffic stopped.`}
	kps := Keyphrases(doc, nil, 10)
	if i := indexOfPhrase(kps, "corrosion"); i < 0 || kps[i].Text != "corrosion" {
		t.Errorf("keyphrases %q: want corrosion in small letters", keyphraseTexts(kps))
	}
	if i := indexOfPhrase(kps, "Berg"); i < 0 || kps[i].Text != "Berg" {
		t.Errorf("keyphrases %q: want Berg with its capital", keyphraseTexts(kps))
	}
}
