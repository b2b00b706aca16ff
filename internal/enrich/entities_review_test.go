package enrich

import (
	"slices"
	"strings"
	"testing"
)

func TestEntitiesReviewFixes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a middle initial or a generation makes no second person",
			"Patrick W. Carlineo was sentenced on Monday in Buffalo. Prosecutors said Patrick Carlineo Jr. had threatened to kill a congresswoman. Carlineo pleaded guilty in August.",
			[]string{"person:Patrick Carlineo Jr.|Patrick W. Carlineo"}, nil},
		{"father and son keep their initials apart",
			"George H. W. Bush said on Monday that he was proud. George W. Bush said the same on Tuesday. George H. W. Bush spoke first.",
			[]string{"person:George H. W. Bush", "person:George W. Bush"}, nil},
		{"The after a colon opens a clause, not a name",
			"Chargers coach Anthony Lynn said the team had to win. The Chargers lost to the Chiefs on Monday. Lynn is right: The Chargers needed to win that game.",
			[]string{"organization:Chargers"}, []string{"The Chargers"}},
		{"a language teacher in a French-language article names no country",
			"The province moves to tighten French-language rules for shops. The budget funds courses to train French teachers in Belrive.",
			nil, []string{"France"}},
		{"French officials still name the country",
			"French officials met the delegation in Velmont on Monday.",
			[]string{"place:France"}, nil},
		{"a club in a match report",
			"The Mariners won the semi-final on penalties after a goal in the first half. They will face Saint-Aubert FC or Lindhaven Town in the final. Storm Elin left Lindhaven's pitch under water.",
			[]string{"organization:Lindhaven Town"}, nil},
		{"Town is a place outside sport",
			"The library in Lindhaven Town will stay open, the council said.",
			[]string{"place:Lindhaven Town"}, nil},
		{"a company's product named after it is no place",
			"Atlas lives in a side panel in Lumio Office. It summarises meetings recorded in Lumio Meet. Lumio's headquarters are in Velmont. Lumio says an audit is planned.",
			[]string{"organization:Lumio Office|Lumio"}, []string{"Lumio Meet"}},
		{"a body named with and without its country",
			"The Food Standards Agency of Ardenia ordered a recall. Dr. Felix Ambrose, head of incidents at the Food Standards Agency, said jars should go back.",
			[]string{"organization:Food Standards Agency of Ardenia|Food Standards Agency"}, nil},
		{"a gallery named with and without its country",
			"The painting hangs in the collection of the National Gallery of Ardenia. The series was shown at the National Gallery the following year.",
			[]string{"organization:National Gallery of Ardenia|National Gallery"}, nil},
		{"a district named without its city",
			"The first train pulled into Port Calder Harbourside at 10:23. Port Calder cheered. Petra Lowe runs a café across the road from Harbourside.",
			[]string{"place:Port Calder Harbourside|Harbourside"}, nil},
		{"a river named without its kind",
			"Ardenia and Savara signed a treaty on the Veyra River. Farmers on the upper Veyra want guarantees, and the Veyra floods in spring.",
			[]string{"place:Veyra River|Veyra"}, nil},
		{"relatives named by a given name alone are dropped",
			"Joan Hartley farms 160 hectares with her son Tom. Almqvist's mother, Ruth, served tea. She watched the match with her husband, Lars.",
			[]string{"person:Joan Hartley"}, []string{"Tom", "Ruth", "Lars"}},
		{"a given name that speaks stays",
			"The shop was full on Monday. \"We never close,\" said Tom.",
			[]string{"person:Tom"}, nil},
		{"a sentence-initial word the article writes inside a name elsewhere stays in the name",
			"The port's ferries ran all night. Port Calder Police urged people to stay at home, and schools in Port Calder closed.",
			[]string{"organization:Port Calder Police", "place:Port Calder"}, []string{"Calder Police", "Calder"}},
		{"a sentence-initial word the article writes inside a longer name stays in the name",
			"Fees at the Port Calder Harbour Authority rose in May, and the harbour was busy. Harbour Authority staff said costs had risen.",
			[]string{"organization:Port Calder Harbour Authority|Harbour Authority"}, []string{"Authority"}},
		{"a river's name only ever said before its estuary names the estuary",
			"Cars crossed the Calder estuary to Port Calder. The bridge across the Calder estuary was shut, Calder Shipyards said.",
			[]string{"place:Calder estuary|Calder", "place:Port Calder", "organization:Calder Shipyards"}, []string{"Calder"}},
		{"a river's name also said alone stays the river's",
			"Fog filled the Orne valley. The Orne would stay high through Sunday, and farmers said the Orne was rising.",
			[]string{"place:Orne"}, []string{"Orne valley"}},
		{"a known city before a feature stays the city",
			"Rain fell across the Paris basin on Monday.",
			[]string{"place:Paris"}, []string{"Paris basin"}},
		{"City Hall is the council in its building",
			"Mayor Owen Castellane told reporters at City Hall that the bridge was shut.",
			[]string{"organization:City Hall"}, nil},
	})
}

// entityCase is a text with the entities it must and must not list.
type entityCase struct {
	name    string
	text    string
	want    []string // "type:name" that must be listed, aliases after "|"
	notWant []string // names that must not be listed
}

func runEntityCases(t *testing.T, tests []entityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := Entities(Document{Text: tt.text, Language: "en"})
			for _, w := range tt.want {
				typed, alias, _ := strings.Cut(w, "|")
				typ, name, _ := strings.Cut(typed, ":")
				e := findEntity(ents, name)
				switch {
				case e == nil:
					t.Errorf("%s not found among %v", typed, entitySummary(ents))
				case string(e.Type) != typ:
					t.Errorf("%s is a %s", typed, e.Type)
				case alias != "" && !slices.Contains(e.Aliases, alias):
					t.Errorf("%s aliases %q lack %q", typed, e.Aliases, alias)
				}
			}
			for _, n := range tt.notWant {
				if e := findEntity(ents, n); e != nil {
					t.Errorf("%s listed as %s among %v", n, e.Type, entitySummary(ents))
				}
			}
		})
	}
}

func TestNameParts(t *testing.T) {
	for name, want := range map[string][3]string{
		"Patrick W. Carlineo":  {"patrick carlineo", "w", ""},
		"Patrick Carlineo Jr.": {"patrick carlineo", "", "jr"},
		"George H. W. Bush":    {"george bush", "hw", ""},
		"Madonna":              {"", "", ""},
		"J. Smith":             {"j. smith", "", ""},
	} {
		core, ini, gen := nameParts(strings.Fields(name))
		if got := [3]string{core, ini, gen}; got != want {
			t.Errorf("nameParts(%q) = %q, want %q", name, got, want)
		}
	}
}
