package enrich

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSummarize(t *testing.T) {
	doc := loadFixture(t, "summary_article.txt")
	got := Summarize(doc, 3)
	want := []string{
		"Nordgrid restored electricity to about 200,000 homes on Sunday, two days after Storm Elin brought down power lines across the northern provinces.",
		"The utility said 15,000 customers in remote valleys were still without power and that some might wait until Wednesday.",
		"Crews had to clear fallen trees from more than 300 kilometres of roads before they could reach the damaged lines, chief executive Marta Lind said at a press conference in Halden.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize:\n got %q\nwant %q", got, want)
	}
}

func TestSummarizeProperties(t *testing.T) {
	doc := loadFixture(t, "summary_article.txt")
	for n := 1; n <= 5; n++ {
		got := Summarize(doc, n)
		if len(got) != n {
			t.Fatalf("n=%d: got %d sentences", n, len(got))
		}
		last := -1
		for _, s := range got {
			i := strings.Index(doc.Text, s)
			if i < 0 {
				t.Fatalf("n=%d: %q is not verbatim from the text", n, s)
			}
			if i <= last {
				t.Errorf("n=%d: %q out of document order", n, s)
			}
			last = i
			if s == "Why did it take so long?" || s == "Photo: AP." {
				t.Errorf("n=%d: picked the question or the credit %q", n, s)
			}
			if s == doc.Title {
				t.Errorf("n=%d: picked the title", n)
			}
		}
	}
}

func TestSummarizeShortAndEmpty(t *testing.T) {
	if got := Summarize(Document{}, 3); len(got) != 0 {
		t.Errorf("empty document gave %q", got)
	}
	two := Document{Title: "Short", Text: "Only one sentence here. And a second?"}
	if got := Summarize(two, 3); !reflect.DeepEqual(got, []string{"Only one sentence here.", "And a second?"}) {
		t.Errorf("short document gave %q, want both sentences", got)
	}
	// Fragments are used only when nothing else is left.
	frag := Document{Text: "Photo: AP. Storm hits. Power is out."}
	if got := Summarize(frag, 2); len(got) != 2 {
		t.Errorf("fragments-only document gave %q, want 2 sentences", got)
	}
}

// TestSummarizeRedundancy checks that a near-copy of a chosen sentence
// (a caption repeating the lead) is passed over.
func TestSummarizeRedundancy(t *testing.T) {
	doc := Document{Text: "The Harbour Bridge in Port Calder was closed on Tuesday after engineers found cracks in two supports. " +
		"The Harbour Bridge in Port Calder was closed on Tuesday after engineers found cracks in its supports. " +
		"About 40,000 vehicles cross the bridge every day between the old town and the container port. " +
		"The city will run free ferries across the harbour from Wednesday while repairs go on."}
	got := Summarize(doc, 2)
	if len(got) != 2 || strings.Contains(got[1], "cracks in its supports") {
		t.Errorf("got %q, want the lead and a sentence that is not its near-copy", got)
	}
}

func TestSummaryLeavesOutRepeatsAndQuoteTails(t *testing.T) {
	doc := Document{Language: "en", Title: "Lumio cuts 600 jobs as Atlas launches", Text: strings.Join([]string{
		"Tech giant Lumio told 600 staff on Tuesday that they were out of a job as its Atlas assistant went on sale.",
		"Tech giant Lumio told 600 workers on Tuesday that their jobs were going as the Atlas assistant went on sale across Ardenia.",
		"The company said the cuts would fall mostly on its customer support centres in Velmont and Port Calder.",
		`"We built Atlas to answer the questions our staff answered for years, and it now does that well. That changes where people can work and how this company is run," chief executive Katrin Vossberg said.`,
		"Unions said they would ask the labour ministry to review the cuts before the end of the month.",
		"Lumio shares rose 4 percent in Velmont trading after the announcement on Tuesday afternoon.",
	}, " ")}
	got := Summarize(doc, 3)
	for i, s := range got {
		if strings.HasPrefix(s, "That changes where people") {
			t.Errorf("key point %q starts inside a quotation", s)
		}
		if i > 0 && strings.HasPrefix(s, "Tech giant Lumio told 600 workers") {
			t.Errorf("key points %q repeat the first", got)
		}
	}
	for s, want := range map[string]bool{
		`That changes where people can work," she said.`: true,
		`That changes things, she said.`:                 false,
		`"We built Atlas," she said.`:                    false,
		`It works ”, dit-elle.`:                          true,
		`« Ça marche », dit-elle.`:                       false,
		`He said "it works" and left.`:                   false,
	} {
		if got := sumStartsInsideQuote(s); got != want {
			t.Errorf("sumStartsInsideQuote(%q) = %v", s, got)
		}
	}
}

func TestSumQuoteRunsOn(t *testing.T) {
	for s, want := range map[string]bool{
		"« Avec la loi 12, il faudra que le mot soit deux fois plus gros.":      true,
		"« C’est une courtoisie », dit le ministre devant l’Assemblée.":         false,
		"“We will rebuild,” the mayor said on Tuesday.":                         false,
		"“The first thing we did was count the boats.":                          true,
		"\"We will rebuild,\" the mayor said.":                                  false,
		"\"The first thing we did was count the boats.":                         true,
		"„Wir bauen wieder auf“, sagte der Bürgermeister.":                      false,
		"The mayor said the city would \"rebuild\" and count every boat again.": false,
	} {
		if got := sumQuoteRunsOn(s); got != want {
			t.Errorf("sumQuoteRunsOn(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSumBareQuotation(t *testing.T) {
	for s, want := range map[string]bool{
		"“Water that crosses a border should carry trust with it, not fear.”": true,
		"\"We will rebuild the bridge, and we will do it this year.\"":        true,
		"« Ma langue, c’est le français. »":                                   true,
		"“We will rebuild,” the mayor said on Tuesday.":                       false,
		"“We will rebuild,” she said, “and it will take years.”":              false,
		"The mayor said the city would “rebuild”.":                            false,
		"“The first thing we did was count the boats.":                        false,
	} {
		if got := sumBareQuotation(s); got != want {
			t.Errorf("sumBareQuotation(%q) = %v, want %v", s, got, want)
		}
	}
}

// A pull quote signed after a dash, as extraction gives it, is no key
// point: split from its signature it is words without a speaker.
func TestKeyPointsLeaveOutPullQuotes(t *testing.T) {
	text := "Prime Minister Helena Marsk signed the treaty in Qasr al-Nur on Wednesday after two years of talks between the two governments.\n\n" +
		"The agreement sets minimum flows for the Vera river in dry summers and creates a joint commission to publish the data.\n\n" +
		"“Water that crosses a border should carry trust with it, not fear.” — Helena Marsk, Prime Minister\n\n" +
		"Farmers on both banks welcomed the deal, though some said the minimum flows were too low to save the orchards."
	for _, s := range Summarize(Document{Title: "Ardenia and Savara sign water treaty", Text: text, Language: "en"}, 3) {
		if strings.Contains(s, "Water that crosses") {
			t.Errorf("key points hold the pull quote %q", s)
		}
	}
}

// An Arabic standfirst and the lede that tells the same fact again share
// fewer stems than English ones do (clitics, broken plurals): one of them
// is enough.
func TestArabicKeyPointsDoNotRepeatTheStandfirst(t *testing.T) {
	doc := Document{Language: "ar", Title: "إغلاق جسر النهر بعد اكتشاف تشققات", Text: strings.Join([]string{
		"أغلقت السلطات فجر الاثنين جسر النهر في مدينة الميناء أمام حركة السير بعد أن رصد مهندسون تشققات في إحدى دعاماته الخرسانية، ما تسبب في ازدحام خانق.",
		"أغلقت هيئة الطرق فجر الاثنين جسر النهر في مدينة الميناء، أكبر مدن الساحل، أمام جميع المركبات والمشاة وراكبي الدراجات، بعد أن كشف فحص ليلي روتيني عن تشققات في رأس الدعامة السادسة.",
		"ويبلغ طول الجسر، الذي افتُتح عام 1971، نحو كيلومتر ونصف، ويعبره يومياً قرابة خمسين ألف مركبة بين وسط المدينة والميناء.",
		"وقالت كبيرة مهندسي الجسور في الهيئة إن تقييماً هيكلياً مفصلاً سيستغرق أسبوعين على الأقل.",
		"وضاعفت شركة العبّارات عدد رحلاتها بين ضفتي النهر، فيما دعت الشرطة السكان إلى العمل من منازلهم.",
		"وطالبت المعارضة في المجلس البلدي بنشر تقرير الفحص السابق للجسر كاملاً.",
	}, "\n\n")}
	r, err := Enrich(t.Context(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	both := 0
	for _, p := range r.Summary {
		if strings.HasPrefix(p, "أغلقت") {
			both++
		}
	}
	if both > 1 {
		t.Errorf("key points tell the closure twice: %q", r.Summary)
	}
}

// Sentences a quotation runs through without a mark of their own are the
// speaker's words, for a few sentences; a stray mark silences no more.
func TestSumWithinQuotation(t *testing.T) {
	sentences := []string{
		"Rue des Tanneurs, Marc-André Bélanger a rangé son mètre ruban.",
		"« On verra au printemps.",
		"Ici, on a survécu à deux récessions et à la fermeture de la tannerie.",
		"On survivra bien à une enseigne. »",
		"Le conseil municipal se réunira jeudi.",
		`"We will rebuild.`,
		"It will take years.",
		`It always does," she said.`,
		`He opened with "a joke.`,
		"One.", "Two.", "Three.", "Four is no longer inside.",
	}
	want := []bool{false, false, true, false, false, false, true, false, false, true, true, true, false}
	if got := sumWithinQuotation(sentences); !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}
