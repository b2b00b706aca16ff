package enrich

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDumpTags(t *testing.T) {
	out := os.Getenv("ZZ_OUT")
	if out == "" {
		t.Skip()
	}
	var all []Document
	for _, l := range []string{"en", "fr", "ar"} {
		d, _ := demoDocumentsIn(t, l)
		all = append(all, d...)
	}
	var df DocFreqs
	for _, d := range all {
		df.Add(TermKeys(d))
	}
	var b strings.Builder
	for _, doc := range all {
		r, _ := Enrich(t.Context(), doc, Options{Stats: &df})
		fmt.Fprintf(&b, "%.40s | %s\n", doc.Title, strings.Join(r.Hashtags, " "))
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
