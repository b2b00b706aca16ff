package model

import (
	"encoding/json"
	"testing"
)

// Summaries stored before key points were credited are bare strings; both
// forms read back.
func TestKeyPointReadsBothForms(t *testing.T) {
	var got []KeyPoint
	if err := json.Unmarshal([]byte(`["Old point.", {"text": "New point.", "article_id": 7}]`), &got); err != nil {
		t.Fatal(err)
	}
	want := []KeyPoint{{Text: "Old point."}, {Text: "New point.", ArticleID: 7}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
	b, _ := json.Marshal(want)
	if string(b) != `[{"text":"Old point."},{"text":"New point.","article_id":7}]` {
		t.Errorf("written as %s", b)
	}
	if err := json.Unmarshal([]byte(`[42]`), &got); err == nil {
		t.Error("a number read as a key point")
	}
}
