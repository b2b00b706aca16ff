package web_test

import (
	"context"
	"fmt"
	"net/url"
	"testing"

	"herald/internal/web"
)

// speakerAsker cites one quotation whose speaker the sentence does not name.
type speakerAsker struct{}

func (speakerAsker) Ask(context.Context, int64, string) ([]web.Citation, error) {
	return []web.Citation{{SentenceIndex: 4, Text: "“These are not hairline cracks,” she said.", Speaker: "Marit Holm"}}, nil
}

// An answer that quotes someone without naming them says who speaks, on
// the page and in the API.
func TestAnswerCitationNamesItsSpeaker(t *testing.T) {
	c := newCorpusSite(t, web.Options{Asker: speakerAsker{}})
	a := c.article(t, c.wireCopy(t).ID)
	body := get(c.h, fmt.Sprintf("/articles/%d?ask=%s", a.ID, url.QueryEscape("Who is quoted?"))).Body.String()
	mustContain(t, "answer", body, "Marit Holm · Sentence 5 of the article")
}
