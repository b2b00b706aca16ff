package enrich

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestHashtagsOnSeedArticle runs on the article of the seed page the issue
// quotes (read from the shared folder, skipped when absent): its hashtags
// must name the topics the issue names, #Taliban and #ZalmayKhalilzad,
// from the text alone (no entity names passed).
func TestHashtagsOnSeedArticle(t *testing.T) {
	dir := os.Getenv("HERALD_SHARED_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	b, err := os.ReadFile(filepath.Join(dir, "..", "seeds", "aggregator-article-page.txt"))
	if err != nil {
		t.Skipf("seed page not available: %v", err)
	}
	page := string(b)
	end := strings.Index(page, "\nHashtags\n")
	if end < 0 {
		t.Fatal("seed page has no Hashtags block")
	}
	title, body, _ := strings.Cut(strings.TrimSpace(page[:end]), "\n")
	an := Analyze(Document{Title: title, Text: body})
	tags := Hashtags(nil, an.TopicPhrases(nil, 16), 10)
	for _, want := range []string{"#Taliban", "#ZalmayKhalilzad", "#Afghanistan", "#Trump"} {
		if !slices.Contains(tags, want) {
			t.Errorf("hashtags %q lack %s", tags, want)
		}
	}
	for _, tag := range tags {
		if slices.Contains([]string{"#Official", "#Officials", "#Government", "#President", "#ForeignAffairs"}, tag) {
			t.Errorf("hashtags %q contain the generic or fragment tag %s", tags, tag)
		}
	}
	sum := an.Summary(3)
	if len(sum) != 3 || !strings.HasPrefix(sum[0], "In the two months since Donald Trump became president") {
		t.Errorf("summary %q does not start with the lead sentence", sum)
	}
}
