package enrich

import (
	"context"
	"slices"
	"strings"
	"testing"

	"herald/internal/demo"
)

func TestWithoutIncidental(t *testing.T) {
	column := Document{
		Title: "I refuse to scan one more banana for a supermarket that won't pay a cashier",
		Text: strings.Join([]string{
			"Self-checkouts were sold to us as convenience. They are nothing of the sort.",
			"I went into my local supermarket for milk and a bunch of bananas. I joined the self-checkouts.",
			"The bananas did not exist. The machine offered me banana bread. I put them in the bag and the machine summoned help.",
			"A human being used to ask whether I needed a bag. Self-checkouts are about wages, not convenience.",
			"So I queue for the human at the supermarket, bananas and all.",
		}, "\n\n"),
	}
	recall := Document{
		Title: "Banana prices soar as fungus ravages plantations",
		Text: strings.Join([]string{
			"Banana prices rose by a third this month as a fungus spread through plantations.",
			"Growers say the fungus cannot be treated. Bananas are the most traded fruit.",
			"Shops have begun to ration bananas.",
			"The fungus reached the region in spring.",
		}, "\n\n"),
	}
	explainer := Document{
		Title: "Why the northern lights reached so far south",
		Text: strings.Join([]string{
			"The aurora was visible across the country on Wednesday night.",
			"A cloud of charged gas hit the magnetic field. Particles collide with oxygen and make it glow; green light comes from oxygen.",
			"The aurora usually sits in a ring around the poles. The colours here were mostly red.",
			"Eyes see colour poorly in the dark, while cameras boost colour.",
			"The aurora may return soon.",
		}, "\n\n"),
	}
	feedSummary := Document{
		Title: "Aurora seen across the country",
		Text:  "The aurora was visible on Wednesday. Oxygen high up glows green and red. Readers sent photos.",
	}
	// A wire copy with no title and no paragraph breaks: its opening
	// sentences stand in for the title, not the whole block.
	oneBlock := Document{
		Text: "Manchester United beat Lindhaven 3-1 on Saturday. The win lifts them to third. Their manager praised the striker. " +
			"He said the team showed real commitment in the second half. Commitment, he said, wins titles. " +
			"The players showed commitment again in training on Monday, and the manager's reputation grows.",
	}
	tests := []struct {
		name   string
		doc    Document
		lang   string
		topics []string
		want   []string
	}{
		{"an everyday kind of person needs the title and the lead", Document{
			Title: "Passport office backlog grows as summer nears",
			Text:  "The passport office has a backlog of 500,000 applications, and holidaymakers are worried.\n\nHolidaymakers were told to apply early.\n\nThe backlog grew in May.\n\nHolidaymakers queued outside the office.",
		}, "en",
			[]string{"backlog", "holidaymakers"},
			[]string{"backlog"}},
		{"with no title, only the opening sentences name a common word", oneBlock, "en",
			[]string{"commitment", "reputation", "striker"},
			[]string{"striker"}},
		{"a column's headline plays with a banana its lead never names", column, "en",
			[]string{"banana", "machine", "bag", "self-checkouts", "supermarket", "convenience"},
			[]string{"self-checkouts", "supermarket", "convenience"}},
		{"a story about bananas names them in the title and the lead", recall, "en",
			[]string{"banana", "fungus", "plantations", "spring"},
			[]string{"banana", "fungus", "plantations"}},
		{"a word used in one paragraph only is an aside; an everyday word outside the lead goes", explainer, "en",
			[]string{"aurora", "oxygen", "colour", "ring"},
			[]string{"aurora"}},
		{"names and phrases stay", explainer, "en",
			[]string{"Wednesday Night", "Oxygen", "magnetic field"},
			[]string{"Wednesday Night", "Oxygen", "magnetic field"}},
		{"a one-paragraph text shows no spread", feedSummary, "en",
			[]string{"aurora", "oxygen"},
			[]string{"aurora", "oxygen"}},
		{"French everyday words", Document{
			Title: "À l'école des Tilleuls, les élèves récoltent leur potager",
			Text:  "Les élèves ont récolté le potager.\n\nIls ont planté des carottes au printemps.\n\nUne carotte géante a gagné.\n\nLe potager reprendra au printemps.",
		}, "fr",
			[]string{"élèves", "potager", "carotte", "printemps"},
			[]string{"élèves", "potager"}},
	}
	for _, tt := range tests {
		got := keyphraseTexts(withoutIncidental(keyphrasesOf(tt.topics...), tt.doc, analyzeAs(tt.doc, tt.lang)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDemoCorpusIncidentalNouns enriches the demo's English and French
// articles, the standfirst leading the text as extraction gives it, and
// checks that the nouns a column, review or explainer uses in passing
// make no hashtag, while the topics of the news around them stay.
func TestDemoCorpusIncidentalNouns(t *testing.T) {
	bad := []string{"#Banana", "#Bag", "#Machine", "#Colour", "#Oxygen", "#Grandchildren", "#Carousel",
		"#Schoolteacher", "#Conversation", "#Jars", "#Lights", "#Patterns", "#Printemps"}
	good := []string{"#Bridge", "#Cracks", "#Inflation", "#Treaty", "#Salmonella", "#PeanutButter", "#Substation",
		"#Breaker", "#Nurses", "#Strike", "#Battery", "#Lithium", "#SelfCheckouts", "#Aurora", "#Coastguard", "#Trains"}
	found := map[string]bool{}
	for _, d := range demoDocumentsWithStandfirst(t) {
		r, err := Enrich(context.Background(), d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range r.Hashtags {
			found[tag] = true
			if slices.Contains(bad, tag) {
				t.Errorf("%q: incidental noun %s among %s", d.Title, tag, strings.Join(r.Hashtags, " "))
			}
		}
	}
	for _, tag := range good {
		if !found[tag] {
			t.Errorf("no demo article is tagged %s any more", tag)
		}
	}
}

// demoDocumentsWithStandfirst is the demo corpus in English and French,
// each text opening with its standfirst.
func demoDocumentsWithStandfirst(t *testing.T) []Document {
	t.Helper()
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for _, art := range c.Articles {
		if art.Lang != "en" && art.Lang != "fr" {
			continue
		}
		paras := []string{art.Dek}
		for _, b := range art.Body {
			switch {
			case b.P != "":
				paras = append(paras, b.P)
			case b.H != "":
				paras = append(paras, b.H)
			case len(b.List) > 0:
				paras = append(paras, b.List...)
			case b.Quote != "":
				paras = append(paras, "“"+b.Quote+"”"+citeSuffix(b.Cite))
			}
		}
		docs = append(docs, Document{Title: art.Title, Text: strings.Join(paras, "\n\n"), Language: art.Lang})
	}
	return docs
}

// analyzeAs analyses doc in language lang.
func analyzeAs(doc Document, lang string) *Analysis {
	doc.Language = lang
	return Analyze(doc)
}

func TestThinPhraseTopics(t *testing.T) {
	tour := Document{
		Title: "Lumen Quartet open their tour at the Harbour Bowl",
		Text: strings.Join([]string{
			"The Lumen Quartet opened their world tour on Friday, playing string arrangements of old songs. The hall was full. The crowd stood twice.",
			"The quartet formed in 2015 and has recorded four albums. Their last album collected film scores from the 1970s.",
			"Their arrangements lean on the cello. The cellist wrote most of them herself, and string arrangements fill the new album too.",
			"The tour moves on to three more cities before a break in the spring, when the players return to teaching at the conservatory.",
			"Critics have praised the quartet for bringing film music into concert halls that once ignored it, and for the care of its playing.",
			"Last year the band played a single date in San Antonio, which sold out in an hour.",
			"Tickets for the remaining string arrangements shows went on sale on Monday.",
		}, "\n\n"),
	}
	an := analyzeAs(tour, "en")
	tests := []struct {
		name   string
		topics []string
		want   []string
	}{
		{"a city passed through once goes", []string{"Lumen Quartet", "San Antonio"}, []string{"Lumen Quartet"}},
		{"a phrase of the lead stays", []string{"string arrangements", "world tour"}, []string{"string arrangements", "world tour"}},
		{"a phrase only the title names stays", []string{"Harbour Bowl"}, []string{"Harbour Bowl"}},
		{"a phrase of the second paragraph stays", []string{"film scores"}, []string{"film scores"}},
	}
	for _, tt := range tests {
		got := keyphraseTexts(withoutIncidental(topicsOf(t, an, tt.topics...), tour, an))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// topicsOf returns the article's candidates written as texts, with
// their keys, as TopicPhrases would give them.
func topicsOf(t *testing.T, an *Analysis, texts ...string) []Keyphrase {
	t.Helper()
	var out []Keyphrase
	for _, s := range texts {
		i := slices.IndexFunc(an.a.candidates(), func(c *phraseCandidate) bool { return strings.EqualFold(c.surface(), s) })
		if i < 0 {
			t.Fatalf("%q is no candidate", s)
		}
		c := an.a.candidates()[i]
		out = append(out, Keyphrase{Text: s, Key: c.key, Count: c.tf})
	}
	return out
}
