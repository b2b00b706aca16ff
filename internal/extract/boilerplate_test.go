package extract

import "testing"

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
