package extract

import (
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Affiliate notices are furniture on any page; a sentence about
// commissions in the story is not.
func TestAffiliateNoticesAreBoilerplate(t *testing.T) {
	for s, want := range map[string]bool{
		"TechSignal may earn a commission when you buy through links on our site.":          true,
		"We may receive a small commission on purchases made from links in this article.":   true,
		"This article contains affiliate links.":                                            true,
		"Estate agents may earn a commission of 2 per cent on each sale, the report found.": false,
		"Brokers could earn a fee of up to 1,000 crowns, the regulator said on Tuesday.":    false,
		"The minister said banks may earn a commission on the new bonds, which go on sale.": false,
	} {
		if got := isBoilerplateText(s); got != want {
			t.Errorf("isBoilerplateText(%q) = %v, want %v", s, got, want)
		}
	}
}

// A print edition's credit line ("This article appears in the December
// issue under the headline ...") closes some magazine pages, often after
// the writer's one-line bio; the quoted headline would otherwise come
// back as a quotation. A story about a print issue is not furniture.
func TestPrintEditionCreditsAreBoilerplate(t *testing.T) {
	for s, want := range map[string]bool{
		"Northwind Wire is a contributing writer at The Civic Ledger. This article appears in the December 2026 issue under the headline \u201cNordGrid fault leaves 200,000 homes without power.\u201d": true,
		"This article appears in the March 2024 print edition with the headline \u201cThe Long Corridor.\u201d":                                                                                          true,
		"A version of this article appears in print on Nov. 26, 2026, Section A, Page 1 of the New York edition with the headline: Bridge Shut.":                                                         true,
		"Published in the print edition of the March 4, 2024, issue, with the headline \u201cWater Rights.\u201d":                                                                                        true,
		"The December issue of the magazine appears in shops on Friday, its editor said.":                                                                                                                false,
		"The interview, published in the print edition of Der Spiegel on Saturday, drew an angry response from the ministry.":                                                                            false,
		"Critics said this story appeared in the weekend edition under a misleading headline, and the editor apologised.":                                                                                false,
		"The headline figure appears in the print edition of the budget, which ministers published on Tuesday with a longer annex on the bridge repairs and the fund, and in the online tables.":         false,
	} {
		if got := isBoilerplateText(s); got != want {
			t.Errorf("isBoilerplateText(%q) = %v, want %v", s, got, want)
		}
	}
}

// Short metadata lines, in any of the body's languages, are no text.
func TestMetaLines(t *testing.T) {
	for s, want := range map[string]bool{
		"Published on 23 November 2026":          true,
		"Mis à jour le 23 novembre 2026 à 13h15": true,
		"كتب: يوسف القاسمي / نشر في: الاثنين 23 نوفمبر 2026 - 13:15": true,
		"بقلم يوسف القاسمي":         true,
		"آخر تحديث: 23 نوفمبر 2026": true,
		"كتب الوزير رسالة إلى النقابة يوم الاثنين يطلب فيها استئناف الحوار": false,
	} {
		if got := metaLine.MatchString(s); got != want {
			t.Errorf("metaLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// A publisher's appeal for money or membership is furniture wherever it
// sits; a story about donations, members or a newsroom is not.
func TestReaderAppealsAreBoilerplate(t *testing.T) {
	for s, want := range map[string]bool{
		"We have a small favour to ask. Readers in 140 countries now rely on our journalism, and there is no paywall.":  true,
		"Independent reporting costs money. Please consider making a one-off contribution of £5 or a monthly donation.": true,
		"Our newsroom is reader-funded. Become a supporter today and help us keep our reporting free for everyone.":     true,
		"If you value our journalism, chip in to keep it going.":                                                        true,
		"Organisers urged residents to make a donation to the flood fund, which has raised £40,000 so far.":             false,
		"The club asked fans to become a member before the season starts, the chairman said on Tuesday.":                false,
		"Our reporters spent six months on the story; the charity said it would welcome every donation.":                false,
		"\u201cWe have a small favour to ask of our readers,\u201d the editor said, announcing a new journalism fund.":  false,
	} {
		if got := isBoilerplateText(s); got != want {
			t.Errorf("isBoilerplateText(%q) = %v, want %v", s, got, want)
		}
	}
}

// Labels and headings that open a reader appeal or a topics box end the
// body; an ordinary subheading does not.
func TestAppealSectionStops(t *testing.T) {
	for s, want := range map[string]bool{
		"Explore more on these topics":   true,
		"Browse more about this subject": true,
		"\u2026 there's one more thing":  true,
		"Just one more thing":            true,
		"... before you go":              true,
		"Support independent journalism": true,
		"One more thing to pack":         false,
		"Before you go: visas and money": false,
		"Explore the old city":           false,
	} {
		if got := sectionStop.MatchString(s); got != want {
			t.Errorf("sectionStop(%q) = %v, want %v", s, got, want)
		}
	}
}

// Boxes named as reader appeals are furniture; a contributor's name box
// is judged by other words, and article wrappers stay.
func TestAppealBoxClasses(t *testing.T) {
	for class, want := range map[string]bool{
		"contributions__epic":      true,
		"dcr-contribution-epic":    true,
		"support-us-banner":        true,
		"reader-revenue-ask":       true,
		"membership-cta":           true,
		"submeta":                  true,
		"article-body":             false,
		"story-contributor-credit": false,
		"epicentre-map":            false,
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: "class", Val: class}}}
		if got := isBoilerplateElement(n); got != want {
			t.Errorf("isBoilerplateElement(class=%q) = %v, want %v", class, got, want)
		}
	}
}
