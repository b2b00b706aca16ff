package enrich

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"herald/internal/demo"
	"herald/internal/extract"
)

// treatyID is the Northwind Wire story whose page showed a dateline as a
// person, a palace, a plain and a parliament as people, its reporters as
// entities and a verb as a hashtag.
const treatyID = "northwind-wire/ardenia-savara-sign-veyra-water-treaty"

// wireCredit matches the closing credit of a wire story.
var wireCredit = regexp.MustCompile(`\((?:Additional )?[Rr]eporting by ([^;)]+)(?:; [A-Za-z ]*by ([^;)]+))*\)`)

// creditNames are the people a story's credits name.
func creditNames(text string) []string {
	var names []string
	for _, m := range regexp.MustCompile(`(?:[Rr]eporting|Editing|Writing) by ([^;)]+)`).FindAllStringSubmatch(text, -1) {
		name := strings.TrimSpace(strings.TrimSuffix(m[1], " staff"))
		if i := strings.Index(name, " in "); i > 0 {
			name = name[:i]
		}
		names = append(names, name)
	}
	return names
}

// checkTreaty asserts what the treaty story's enrichment must and must
// not say.
func checkTreaty(t *testing.T, r *Result) {
	t.Helper()
	want := map[string]EntityType{
		"Qasr al-Nur": Place, "Tal Harir": Place, "Dar al-Diyafa": Place, "Sahl al-Hamra": Place,
		"Majlis al-Shura": Organization, "Helena Marsk": Person, "Yusuf al-Rahhal": Person,
		"Kingdom of Savara": Place, "Veyra River": Place,
	}
	for name, typ := range want {
		e := findEntity(r.Entities, name)
		switch {
		case e == nil:
			t.Errorf("%s not found among %v", name, entitySummary(r.Entities))
		case e.Type != typ:
			t.Errorf("%s is a %s, want %s", name, e.Type, typ)
		}
	}
	for _, e := range r.Entities {
		if e.Type == Person && isShoutedWord(strings.ReplaceAll(e.Name, " ", "")) {
			t.Errorf("dateline taken for a person: %q", e.Name)
		}
		if slices.Contains([]string{"Daniel Okoro", "Aksel Mørk", "Northwind"}, e.Name) {
			t.Errorf("credit taken for an entity of the story: %s %q", e.Type, e.Name)
		}
	}
	for _, bad := range []string{"#QasrAlNur", "#QasralNur", "#QasrAlnur", "#Irrigates", "#DanielOkoro", "#Northwind"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q contain %s", r.Hashtags, bad)
		}
	}
	for _, good := range []string{"#HelenaMarsk", "#Treaty"} {
		if !slices.Contains(r.Hashtags, good) {
			t.Errorf("hashtags %q lack %s", r.Hashtags, good)
		}
	}
}

func entitySummary(ents []Entity) []string {
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = string(e.Type) + ":" + e.Name
	}
	return out
}

// TestDemoTreatyArticle checks the treaty story as the demo corpus holds it.
func TestDemoTreatyArticle(t *testing.T) {
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range c.Articles {
		if art.ID != treatyID {
			continue
		}
		var paras []string
		for _, b := range art.Body {
			paras = append(paras, b.P)
		}
		r, err := Enrich(context.Background(), Document{Title: art.Title, Text: strings.Join(paras, "\n\n"), Language: "en"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkTreaty(t, r)
		return
	}
	t.Fatalf("%s not in the demo corpus", treatyID)
}

// TestDemoTreatyPage renders the treaty story through the Northwind Wire
// demo site, extracts it as the pipeline does, and checks the enrichment
// of that text.
func TestDemoTreatyPage(t *testing.T) {
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(c.Publishers, func(p demo.Publisher) bool { return p.Key == "northwind-wire" })
	if i < 0 {
		t.Fatal("no northwind-wire publisher")
	}
	p := c.Publishers[i]
	articles := c.ByPublisher(p.Key)
	j := slices.IndexFunc(articles, func(a demo.Article) bool { return a.ID == treatyID })
	if j < 0 {
		t.Fatalf("%s not published by %s", treatyID, p.Key)
	}
	srv := httptest.NewUnstartedServer(nil)
	base := "http://" + srv.Listener.Addr().String()
	srv.Config.Handler = demo.NewHandler(p, articles, base)
	srv.Start()
	defer srv.Close()
	u := base + demo.ArticlePath(p, articles[j])
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	art, err := extract.Extract(page, u, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Enrich(context.Background(), Document{Title: art.Title, Text: art.Text, Language: art.Language}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkTreaty(t, r)
}

// demoDocumentsWithCredits is the English demo corpus with every image's
// caption and credit set inline, as an extractor that misses figures
// would leave them ("Photo: Jonas Feld/Harbor Gazette").
func demoDocumentsWithCredits(t *testing.T) ([]Document, [][]string) {
	t.Helper()
	return demoDocumentsIn(t, "en")
}

// demoDocumentsIn is demoDocumentsWithCredits for the articles in lang.
func demoDocumentsIn(t *testing.T, lang string) ([]Document, [][]string) {
	t.Helper()
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	var credits [][]string
	for _, art := range c.Articles {
		if art.Lang != lang {
			continue
		}
		var paras, creds []string
		for _, b := range art.Body {
			switch {
			case b.P != "":
				paras = append(paras, b.P)
			case b.H != "":
				paras = append(paras, b.H)
			case len(b.List) > 0:
				paras = append(paras, b.List...) // each item a paragraph, as extraction gives them
			case b.Quote != "":
				paras = append(paras, "“"+b.Quote+"”"+citeSuffix(b.Cite))
			case b.Img != "":
				paras = append(paras, b.Caption)
				if b.Credit != "" {
					paras = append(paras, b.Credit)
					creds = append(creds, b.Credit)
				}
			}
		}
		docs = append(docs, Document{Title: art.Title, Text: strings.Join(paras, "\n\n"), Language: lang})
		credits = append(credits, creds)
	}
	return docs, credits
}

// TestDemoCorpusWireFurniture runs the whole stage over the English demo
// corpus, captions and photo credits included, and checks the errors the
// reader saw are gone everywhere: no dateline as a person, no reporter,
// editor or photographer as an entity unless the story itself names them,
// no product as a person, no verb as a hashtag. It logs a summary.
func TestDemoCorpusWireFurniture(t *testing.T) {
	docs, credits := demoDocumentsWithCredits(t)
	products := []string{"Lumio Notes", "Atlas Lite", "Atlas AI", "Brightwell Smooth", "Brightwell Crunchy"}
	verbs := []string{"#Irrigates", "#Launches", "#Survives", "#Ratifying", "#Negotiating", "#Protecting", "#Restrictive"}
	var types = map[EntityType]int{}
	var datelinePeople, creditEntities, productPeople, verbTags, tags, withDateline int
	for i, d := range docs {
		r, err := Enrich(context.Background(), d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		tags += len(r.Hashtags)
		first, _, _ := strings.Cut(d.Text, "\n\n")
		if _, ok := parseDateline(first); ok {
			withDateline++
		}
		// The story's own words: the text without its credits.
		own := wireCredit.ReplaceAllString(d.Text, "")
		for _, c := range credits[i] {
			own = strings.ReplaceAll(own, c, "")
		}
		var people []string
		people = append(people, creditNames(d.Text)...)
		for _, c := range credits[i] {
			c = strings.TrimPrefix(strings.TrimPrefix(c, "Photo: "), "Photo : ")
			for _, part := range strings.Split(c, "/") {
				people = append(people, strings.TrimSpace(part))
			}
		}
		for _, e := range r.Entities {
			types[e.Type]++
			if e.Type == Person && isShoutedWord(strings.ReplaceAll(e.Name, " ", "")) {
				datelinePeople++
				t.Errorf("%s: dateline taken for a person: %q", d.Title, e.Name)
			}
			if slices.Contains(people, e.Name) && !strings.Contains(own, e.Name) {
				creditEntities++
				t.Errorf("%s: credit taken for an entity: %s %q", d.Title, e.Type, e.Name)
			}
			if e.Type == Person && slices.Contains(products, e.Name) {
				productPeople++
				t.Errorf("%s: product taken for a person: %q", d.Title, e.Name)
			}
		}
		for _, tag := range r.Hashtags {
			if slices.Contains(verbs, tag) {
				verbTags++
				t.Errorf("%s: verb or adjective as a hashtag: %s in %q", d.Title, tag, r.Hashtags)
			}
		}
	}
	t.Logf("%d English demo articles (%d with a dateline): %d people, %d organisations, %d places, %d hashtags; "+
		"datelines as people %d, credits as entities %d, products as people %d, verbs as hashtags %d",
		len(docs), withDateline, types[Person], types[Organization], types[Place], tags,
		datelinePeople, creditEntities, productPeople, verbTags)
	if withDateline < 10 {
		t.Errorf("only %d datelines recognised; the wire stories have more", withDateline)
	}
}

func TestDemoEnrichDump(t *testing.T) {
	if os.Getenv("ENRICH_DUMP") == "" {
		t.Skip("set ENRICH_DUMP=1 and -v to dump entities and hashtags")
	}
	for _, d := range demoDocuments(t) {
		r, err := Enrich(context.Background(), d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s\n  %s\n  %s", d.Title, strings.Join(entitySummary(r.Entities), " | "), strings.Join(r.Hashtags, " "))
	}
}
