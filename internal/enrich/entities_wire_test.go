package enrich

import (
	"strings"
	"testing"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in            string
		ok            bool
		place, region string
		rest          string // the text after the dateline
	}{
		{"QASR AL-NUR, Nov 25 (Northwind) - Ardenia and Savara signed", true, "QASR AL-NUR", "", "Ardenia and Savara signed"},
		{"VELMONT (Northwind) - A fault at a substation", true, "VELMONT", "", "A fault at a substation"},
		{"PORT CALDER (Northwind) – Port Calder's bridge", true, "PORT CALDER", "", "Port Calder's bridge"},
		{"LINDHAVEN, Ardenia, Nov 21 (Northwind) - Storm Elin battered", true, "LINDHAVEN", "Ardenia", "Storm Elin battered"},
		{"RAS AL-MAHA, March 4 (Northwind) - The Kingdom", true, "RAS AL-MAHA", "", "The Kingdom"},
		{"EL PASO, Texas (AP) — Officials said", true, "EL PASO", "Texas", "Officials said"},
		{"LONDON - Prices rose", true, "LONDON", "", "Prices rose"},
		{"COMMUTER CHAOS: Cracks shut the bridge", false, "", "", ""},
		{"WHAT YOU NEED TO KNOW", false, "", "", ""},
		{"NATO said on Monday", false, "", "", ""},
		{"A (small) step - forward", false, "", "", ""},
		{"", false, "", "", ""},
	}
	for _, tt := range tests {
		d, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := tt.in[d.place[0]:d.place[1]]; got != tt.place {
			t.Errorf("parseDateline(%q) place %q, want %q", tt.in, got, tt.place)
		}
		if got := tt.in[d.region[0]:d.region[1]]; got != tt.region {
			t.Errorf("parseDateline(%q) region %q, want %q", tt.in, got, tt.region)
		}
		if got := tt.in[d.end:]; got != tt.rest {
			t.Errorf("parseDateline(%q) rest %q, want %q", tt.in, got, tt.rest)
		}
	}
}

func TestShoutedToTitle(t *testing.T) {
	for in, want := range map[string]string{
		"QASR AL-NUR": "Qasr al-Nur", "PORT CALDER": "Port Calder", "SAINT-AUBERT": "Saint-Aubert",
		"ÉVORA": "Évora", "RAS AL-MAHA": "Ras al-Maha",
	} {
		if got := shoutedToTitle(in); got != want {
			t.Errorf("shoutedToTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCredits(t *testing.T) {
	lines := []struct {
		in   string
		last bool
		want bool
	}{
		{"Photo: Tariq Nasser/Northwind Wire", false, true},
		{"Photo : Mara Lindqvist / Northwind", false, true},
		{"Handout/Dep Spokesperson for the Afghan Ministry of Foreign Affairs", false, true},
		{"US Army Master Sgt. Alexander Burnett/US Central Command Public Affairs", false, true},
		{"Courtesy of Lumio", false, true},
		{"(Reporting by Jon Hallberg; Editing by Mara Lindqvist)", false, true},
		{"Theo Lindgren is a contributing writer at The Civic Ledger. This article appears in the December issue.", true, true},
		{"Theo Lindgren is a contributing writer at The Civic Ledger.", false, false},
		{"The bridge carries 40,000 vehicles a day, the agency said.", false, false},
		{"It runs 24/7 in Velmont and Port Calder", false, false},
		{"Helena Marsk is a prime minister under pressure, her rivals say.", true, false},
	}
	for _, tt := range lines {
		if got := isCreditLine(tt.in, tt.last); got != tt.want {
			t.Errorf("isCreditLine(%q, %v) = %v, want %v", tt.in, tt.last, got, tt.want)
		}
	}
	p := "It must be ratified by the Majlis al-Shura. (Reporting by Daniel Okoro; Editing by Aksel Mørk)"
	if cs := creditStart(p); cs < 0 || !strings.HasPrefix(p[cs:], "(Reporting by") {
		t.Errorf("creditStart(%q) = %d", p, cs)
	}
	if cs := creditStart("Reporters said the reporting by the agency was wrong."); cs >= 0 {
		t.Errorf("creditStart found a credit in ordinary prose at %d", cs)
	}
}

// TestPlaceAndInstitutionCues checks that what follows or precedes a name
// types it: place nouns, "of", institution heads, roles and employers, and
// that Arabic name particles alone make nobody a person.
func TestPlaceAndInstitutionCues(t *testing.T) {
	text := `QASR AL-NUR, Nov 25 (Northwind) - The ceremony was held at the Dar al-Diyafa palace. ` +
		`Farmers in the Sahl al-Hamra plain lost their harvest, and the flow at the border gauging station of Tal Harir fell. ` +
		`The treaty must be ratified by Savara's Majlis al-Shura, Prime Minister Yusuf al-Rahhal said. ` +
		`Halvorsen Marine chief executive Ingrid Lykke said the plant would open in May. ` +
		`Lumio said it would close its Lumio Notes app. A simpler model, Atlas Lite, runs on the device. ` +
		`Hilde Sorensen, 84, remembers the steam train. Maren Holt, the union's general secretary, was at the picket line. ` +
		`It stopped in Qasr al-Nur.` + "\n\n" + `(Reporting by Daniel Okoro; Editing by Aksel Mørk)`
	want := map[string]EntityType{
		"Qasr al-Nur": Place, "Dar al-Diyafa": Place, "Sahl al-Hamra": Place, "Tal Harir": Place,
		"Majlis al-Shura": Organization, "Yusuf al-Rahhal": Person, "Halvorsen Marine": Organization,
		"Ingrid Lykke": Person, "Hilde Sorensen": Person, "Maren Holt": Person,
	}
	ents := Entities(Document{Text: text, Language: "en"})
	for name, typ := range want {
		e := findEntity(ents, name)
		switch {
		case e == nil:
			t.Errorf("%s not found in %v", name, entitySummary(ents))
		case e.Type != typ:
			t.Errorf("%s: %s, want %s", name, e.Type, typ)
		}
	}
	for _, bad := range []string{"QASR AL-NUR", "Daniel Okoro", "Aksel Mørk", "Northwind", "Lumio Notes", "Atlas Lite"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("%q should not be an entity (got %s)", bad, e.Type)
		}
	}
	if e := findEntity(ents, "Qasr al-Nur"); e != nil && e.Mentions != 2 {
		t.Errorf("Qasr al-Nur: %d mentions, want 2 (dateline and text)", e.Mentions)
	}
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{"QASR AL-NUR, Nov 25 (Northwind) - x", "LINDHAVEN, Ardenia, Nov 21 (Northwind) -", "A (", "ÉÉ, (", "X,  ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDateline(s); ok {
			if d.end > len(s) || d.place[0] > d.place[1] || d.place[1] > len(s) || d.region[1] > len(s) {
				t.Fatalf("parseDateline(%q) = %+v out of range", s, d)
			}
		}
		_ = isCreditLine(s, true)
		_ = creditStart(s)
		_ = shoutedToTitle(s)
	})
}
