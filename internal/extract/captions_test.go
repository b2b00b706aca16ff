package extract

import (
	"strings"
	"testing"
)

// TestCaptionWithBracketedCredit: a picture laid out in a table cell, its
// caption in a plain element ending "(credit: ...)", as on a space news
// site; the share button's image beside the story is no picture of it.
func TestCaptionWithBracketedCredit(t *testing.T) {
	page := `<html><head><title>Rocket core stage gets its engines</title></head><body><div class="story">
<h1>Rocket core stage gets its engines</h1>
<table align="center" width="600"><tbody><tr><td><img src="/archive/core.jpg" width="600" height="400" alt="core stage">
<div class="info2">The core stage of the first Ardenian rocket at the Velmont plant after the installation of its four engines. (credit: ASA/Lena Berg)</div></td></tr></tbody></table>
<p>Earlier this month, the Ardenian Space Agency announced the newest milestone in the development of its long-delayed heavy rocket, a vehicle meant to carry crews to the Moon.</p>
<p>At the assembly plant in Velmont, workers completed installation of the four engines into the rocket's core stage, which will soon be shipped to a test stand for a full-duration firing.</p>
<p>Agency director Mira Holm said the rocket would fly in 2027, a year later than planned, and that the agency was confident in the schedule after years of delays.</p>
<p>Critics in parliament said the agency had spent too much on a rocket that would fly only once a year, and asked for a review of the programme's costs.</p>
<p><img src="http://s7.addthis.com/static/btn/v2/lg-share-en.gif" width="125" height="16" alt="Bookmark and Share"></p>
</div></body></html>`
	a, err := Extract([]byte(page), "https://space.example/article/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "core stage of the first") || strings.Contains(a.Text, "credit:") {
		t.Errorf("the caption is in the body: %q", a.Text[:min(len(a.Text), 200)])
	}
	if len(a.Images) != 1 {
		t.Fatalf("images = %+v, want the one picture", a.Images)
	}
	im := a.Images[0]
	if im.Caption != "The core stage of the first Ardenian rocket at the Velmont plant after the installation of its four engines." || im.Credit != "ASA/Lena Berg" {
		t.Errorf("caption %q, credit %q", im.Caption, im.Credit)
	}
}

// TestSourceNoteAfterAPictureIsBody: a body paragraph after a picture that
// ends with a source in brackets is no caption.
func TestSourceNoteAfterAPictureIsBody(t *testing.T) {
	page := `<html><head><title>Sales rise at Lumio</title></head><body><div class="story"><h1>Sales rise at Lumio</h1>
<div><img src="/img/shop.jpg" width="600" height="400" alt="shop"><p>Sales at Lumio rose five percent in the third quarter, the fastest growth in two years (source: company filings)</p></div>
<p>The company said demand for its notebooks had recovered after a weak summer, and that it expected the fourth quarter to be stronger still.</p>
<p>Analysts had expected growth of about three percent, and the shares rose sharply in early trading in Velmont on Tuesday morning.</p>
<p>Lumio will publish its full-year results in February, when it is also expected to name a new chief financial officer for the group.</p>
</div></body></html>`
	a, err := Extract([]byte(page), "https://news.example/lumio", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "fastest growth in two years") {
		t.Errorf("the paragraph after the picture is gone: %q", a.Text[:min(len(a.Text), 200)])
	}
}
