package web

import (
	"html"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"herald/internal/model"
)

type articleView struct {
	page
	ID         int64
	Headline   string
	Dek        string
	Authors    []string
	Published  time.Time
	Updated    time.Time
	Original   string // the publisher's URL
	Host       string
	SourceID   int64
	SourceName string
	Language   string
	// ContentLang marks the article's own words (headline, body, key
	// points, quotes) when their language is not the interface's; Dir
	// goes with it. The labels around them stay in the interface's.
	ContentLang string
	Dir         string // "rtl" for right-to-left languages

	Body        template.HTML // extracted, sanitized body
	Paragraphs  []string      // fallback: the feed's text
	BodyNote    string        // why the full text is not shown
	Hero        string        // lead image when the body has none
	ReadMinutes int
	Enriched    bool
	Tags        []model.Tag
	KeyPoints   []string
	// KeyPointsBy says who made the key points: "llm" (the configured
	// model: not the article's own sentences), "extractive", or "" for
	// key points stored before it was kept.
	KeyPointsBy  string
	EntityGroups []entityGroup
	Quotes       []model.Quote

	CanAsk   bool
	AskHint  string // the question box's placeholder, in the article's language
	Question string
	Answer   *answerView

	Story      *storyLead
	AlsoIn     []storyLead // other stories the article covers as well
	WireOf     *card       // the original, when this is a wire copy
	AlsoBy     []card
	Coverage   []card
	Related    []card
	Clustered  bool
	CommentsOn bool
}

type entityGroup struct {
	Label    string
	Entities []model.Entity
}

// askHints are the question box's placeholders by language: a question
// that fits any article, in the language its sentences are in.
var askHints = map[string]string{
	"en": "e.g. Who is quoted, and what did they say?",
	"fr": "ex. : Qui est cité, et qu'a-t-il dit ?",
	"ar": "مثلاً: من صرّح، وماذا قال؟",
	"es": "p. ej.: ¿Quién habla y qué dijo?",
	"de": "z. B.: Wer wird zitiert, und was sagte er?",
}

// answerView is the result of one question.
type answerView struct {
	Question  string
	Citations []Citation
	Error     string
	Lang, Dir string // the article's, for the cited sentences
}

// articlePage shows one article; a missing or different slug redirects to
// the canonical address so shared links stay readable. With ?ask= (where
// the no-JavaScript ask form lands) it shows the answer to that question.
func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	if !r.URL.Query().Has("ask") {
		s.showArticle(w, r, nil, http.StatusOK)
		return
	}
	id, ok := pathID(r, "id")
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "Article not found", "Article addresses look like /articles/123; this one has no valid number.")
		return
	}
	ans := &answerView{Question: strings.TrimSpace(r.URL.Query().Get("ask"))}
	// Answering costs what the API's ask costs, so it takes a token from
	// the same per-client bucket as every POST, on every load. Over the
	// limit the reader still gets the article, with the reason in the
	// answer box.
	if ok, wait := s.limiter.allow(rateKey(clientIP(r, s.opts.TrustedProxies))); !ok {
		secs := int(math.Ceil(wait.Seconds()))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		ans.Error = "Too many questions from your address; wait " + plural(secs, "second") + " and ask again."
		s.showArticle(w, r, ans, http.StatusTooManyRequests)
		return
	}
	var status int
	ans.Citations, ans.Error, status = s.ask(r, id, ans.Question)
	s.showArticle(w, r, ans, status)
}

// showArticle renders the article page, with answer (and status) when a
// question was asked.
func (s *Server) showArticle(w http.ResponseWriter, r *http.Request, answer *answerView, status int) {
	id, ok := pathID(r, "id")
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "Article not found", "Article addresses look like /articles/123; this one has no valid number.")
		return
	}
	d, err := s.loadArticle(r.Context(), id)
	if err != nil {
		s.pageFail(w, r, "Article", err)
		return
	}
	canonical := articlePath(id, d.Article.Title)
	// Slugs are compared decoded, so "/articles/7/إغلاق-جسر" is canonical
	// however the client escaped it.
	wrongSlug := r.PathValue("slug") != slugify(d.Article.Title) || (r.PathValue("slug") == "" && strings.HasSuffix(r.URL.Path, "/"))
	if (r.Method == http.MethodGet || r.Method == http.MethodHead) && answer == nil && wrongSlug && r.URL.RawQuery == "" {
		http.Redirect(w, r, canonical, http.StatusMovedPermanently)
		return
	}
	v := s.articleView(w, r, d)
	v.Canonical = s.absURL(r, canonical)
	v.Answer = answer
	if answer != nil {
		v.Question = answer.Question
		answer.Lang, answer.Dir = v.ContentLang, v.Dir
	}
	if answer != nil {
		v.NoIndex = true // one reader's question, not a page to index
		s.renderStatus(w, r, status, "article.html", v)
		return
	}
	// No Last-Modified, as for a story page: the article's story, its
	// related articles and its comments change without the article.
	s.render(w, r, "article.html", v, time.Time{})
}

func (s *Server) articleView(w http.ResponseWriter, r *http.Request, d *articleData) *articleView {
	a := d.Article
	v := &articleView{page: s.newPage(w, r, a.Title), ID: a.ID, Headline: a.Title, Authors: a.Authors,
		Published: articleTime(*a), Updated: a.UpdatedAt, Original: a.URL, Host: hostOf(a.URL),
		SourceID: a.SourceID, SourceName: a.SourceName, Language: d.language(), CanAsk: s.opts.Asker != nil}
	v.AskHint = askHints[v.Language]
	if v.AskHint == "" {
		v.AskHint = askHints["en"]
	}
	v.OGType = "article"
	v.Published = articleTime(*a)
	v.Description = plainText(a.Summary, 200)
	v.OGImage = a.ImageURL
	if d.Source != nil && v.SourceName == "" {
		v.SourceName = sourceName(d.Source)
	}
	if !v.Updated.After(v.Published.Add(time.Minute)) {
		v.Updated = time.Time{}
	}
	s.fillBody(v, d)
	if primaryLang(v.Language) != interfaceLang {
		v.ContentLang = v.Language
	}
	if isRTL(v.Language) {
		v.Dir = "rtl"
	}
	if e := d.Enrichment; e != nil {
		v.Enriched = true
		v.Tags, v.KeyPoints, v.Quotes = e.Tags, e.Summary, e.Quotes
		v.KeyPointsBy = e.SummarySource
		v.EntityGroups = groupEntities(e.Entities)
	}
	v.Clustered = d.Placement != nil
	if d.Story != nil {
		st := storyLead{Story: *d.Story, Path: storyPath(d.Story.ID), Count: coverageCount(d.Story.ArticleCount, d.Story.SourceCount)}
		if st.Headline == "" {
			st.Headline = a.Title
		}
		v.Story = &st
	}
	for _, st := range d.Also {
		v.AlsoIn = append(v.AlsoIn, storyLead{Story: st, Path: storyPath(st.ID), Count: coverageCount(st.ArticleCount, st.SourceCount)})
	}
	if d.Original != nil {
		c := toCard(*d.Original, 160)
		v.WireOf = &c
	}
	v.AlsoBy = toCards(d.Copies, 0)
	v.Coverage = toCards(d.Coverage, 160)
	v.Related = toCards(d.Related, 180)
	if d.Story != nil && v.Description == "" && len(d.Story.Summary) > 0 {
		v.Description = truncate(d.Story.Summary[0].Text, 200)
	}
	return v
}

// fillBody picks the best text there is: the extracted body, else the
// feed's full content, else its summary, and says which.
func (s *Server) fillBody(v *articleView, d *articleData) {
	a, c := d.Article, d.Content
	if c != nil && strings.TrimSpace(c.HTML) != "" {
		// The extraction stage sanitized this HTML; lazy images keep the
		// first paint fast.
		v.Body = template.HTML(strings.ReplaceAll(altFromCaptions(c.HTML, c.Images), "<img ", `<img loading="lazy" decoding="async" `))
		v.ReadMinutes = readMinutes(c.Text)
		if len(c.Images) == 0 {
			v.Hero = firstNonEmpty(c.LeadImage, a.ImageURL)
		}
		if v.OGImage == "" {
			v.OGImage = firstNonEmpty(c.LeadImage, imageOf(c.Images))
		}
		if v.Language == "" {
			v.Language = c.Language
		}
		if len(v.Authors) == 0 {
			v.Authors = c.Authors
		}
		return
	}
	v.Hero = a.ImageURL
	switch {
	case strings.TrimSpace(a.ContentHTML) != "":
		v.Paragraphs = textParagraphs(a.ContentHTML)
		v.BodyNote = "This is the text from the publisher's feed; Herald has not read the full page yet."
	case strings.TrimSpace(a.Summary) != "":
		v.Paragraphs = textParagraphs(a.Summary)
		v.BodyNote = "This is the publisher's summary; Herald has not read the full article yet."
	default:
		v.BodyNote = "The publisher's feed gave no text for this article, and Herald has not read the page yet."
	}
	if c != nil && c.Error != "" {
		v.BodyNote = "Herald could not read the full article (" + c.Error + "); this is the text from the publisher's feed."
	}
	v.ReadMinutes = readMinutes(strings.Join(v.Paragraphs, " "))
}

// altFromCaptions gives images without alt text their caption as alt, so
// screen readers describe every photo. The body's markup comes from the
// extraction stage (<img src="..." alt="">); attribute values are escaped.
func altFromCaptions(body string, imgs []model.Image) string {
	for _, im := range imgs {
		if im.Alt != "" || im.Caption == "" {
			continue
		}
		src := `src="` + html.EscapeString(im.URL) + `"`
		body = strings.Replace(body, src+` alt=""`, src+` alt="`+html.EscapeString(truncate(im.Caption, 250))+`"`, 1)
	}
	return body
}

func readMinutes(text string) int {
	words := len(strings.Fields(text))
	if words == 0 {
		return 0
	}
	return max(1, (words+115)/230)
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func imageOf(imgs []model.Image) string {
	if len(imgs) > 0 {
		return imgs[0].URL
	}
	return ""
}

// interfaceLang is the language of the site's own labels (the layout's
// <html lang>).
const interfaceLang = "en"

// primaryLang is a language tag's first subtag, lower-cased: "en" for "en-GB".
func primaryLang(lang string) string { return strings.ToLower(strings.SplitN(lang, "-", 2)[0]) }

func isRTL(lang string) bool {
	switch primaryLang(lang) {
	case "ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug":
		return true
	}
	return false
}

// groupEntities orders people, organizations, places, then anything else,
// each by mentions.
func groupEntities(ents []model.Entity) []entityGroup {
	labels := []struct{ typ, label string }{{"person", "People"}, {"organization", "Organizations"}, {"place", "Places"}}
	var groups []entityGroup
	used := map[int]bool{}
	for _, l := range labels {
		g := entityGroup{Label: l.label}
		for i, e := range ents {
			if strings.EqualFold(e.Type, l.typ) {
				g.Entities = append(g.Entities, e)
				used[i] = true
			}
		}
		if len(g.Entities) > 0 {
			groups = append(groups, g)
		}
	}
	other := entityGroup{Label: "Other"}
	for i, e := range ents {
		if !used[i] {
			other.Entities = append(other.Entities, e)
		}
	}
	if len(other.Entities) > 0 {
		groups = append(groups, other)
	}
	return groups
}

const maxQuestion = 300

// askForm takes the no-JavaScript ask box's POST and redirects (303) to
// the article with the question in ?ask=, which answers it: reloading the
// answer then re-asks rather than resends the form. The token is checked
// here, before the redirect, as for any form.
func (s *Server) askForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if !checkCSRF(r) {
		s.errorPage(w, r, http.StatusForbidden, "This form has expired", "Go back, reload the article and ask again: the form's security token did not match.")
		return
	}
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	// Bytes that are not UTF-8 go on as they came (escaped in the
	// address), so the answering page can say what is wrong with them.
	q := strings.TrimSpace(r.PostFormValue("q"))
	if !utf8.ValidString(q) && len(q) > 4*maxQuestion {
		q = q[:4*maxQuestion]
	}
	if utf8.ValidString(q) && utf8.RuneCountInString(q) > maxQuestion {
		// Keep the address short; one rune over still says "too long".
		q = string([]rune(q)[:maxQuestion+1])
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.pageFail(w, r, "Article", err)
		return
	}
	http.Redirect(w, r, articlePath(id, a.Title)+"?ask="+url.QueryEscape(q)+"#answer", http.StatusSeeOther)
}

// ask validates a question and asks the Asker; the message is for the
// reader when it fails, and the status says why to clients and caches: a
// question that cannot be asked is the request's fault (400), a server
// without answers or an answerer that failed is not (503).
func (s *Server) ask(r *http.Request, id int64, q string) ([]Citation, string, int) {
	switch {
	case s.opts.Asker == nil:
		return nil, "Questions are not available on this Herald server.", http.StatusServiceUnavailable
	case q == "":
		return nil, "Type a question first.", http.StatusBadRequest
	case !utf8.ValidString(q):
		return nil, "That question has characters that are not valid UTF-8; type it again.", http.StatusBadRequest
	case utf8.RuneCountInString(q) > maxQuestion:
		return nil, "That question is too long; keep it under 300 characters.", http.StatusBadRequest
	}
	cites, err := s.opts.Asker.Ask(r.Context(), id, q)
	if err != nil {
		s.logger.Warn("ask", "article_id", id, "error", err)
		return nil, "Herald could not answer that just now. Try again in a moment.", http.StatusServiceUnavailable
	}
	return cites, "", http.StatusOK
}

// searchURL is a phrase search for a term, used by entity chips.
func searchURL(term string) string { return "/search?q=" + url.QueryEscape(`"`+term+`"`) }
