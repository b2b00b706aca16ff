package web

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"

	"herald/internal/model"
	"herald/internal/store"
)

type searchView struct {
	page
	Params   searchParams
	Sources  []model.Source
	Hits     []hitView
	Error    string
	Searched bool
	PageNo   int
	Prev     string
	Next     string
	Tags     []model.Tag
}

type hitView struct {
	card
	Snippet string // with 0x02/0x03 marks
	// Reprints are the other printings of this wire text on the page,
	// folded into its best-ranked one.
	Reprints []card
}

const searchPerPage = 20

// searchPage is full-text search with filters, ranked by BM25, with
// highlighted snippets and previous/next pages.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := &searchView{page: s.newPage(w, r, "Search · "+s.opts.SiteName), PageNo: 1}
	v.Nav = "search"
	v.NoIndex = true
	v.Description = "Search every article Herald has read."
	srcs, err := s.store.Sources(ctx)
	if err != nil {
		s.pageFail(w, r, "Page", err)
		return
	}
	// The menu names each source as pages do: a source without a title by
	// its host, never by a private feed's address with its password.
	for i := range srcs {
		srcs[i].Title = sourceName(&srcs[i])
	}
	v.Sources = srcs
	p, err := readSearch(r)
	v.Params = p
	if err == nil && p.SourceID != 0 && !slices.ContainsFunc(srcs, func(src model.Source) bool { return src.ID == p.SourceID }) {
		err = errNoSuchSource(p.SourceID)
	}
	if err == nil {
		v.PageNo, err = intParam(r, "page", 1, 1, 500)
	}
	if err != nil {
		v.Error = "That search could not be run: " + errorText(err) + "."
		s.renderStatus(w, r, http.StatusBadRequest, "search.html", v)
		return
	}
	if p.empty() {
		if p.filtered() {
			v.Error = "Type some words to search for; the source, tag and dates only narrow the results."
		}
		v.Tags = s.trendingTags(ctx)
		s.render(w, r, "search.html", v, s.now())
		return
	}
	v.Title = "Search: " + p.describe() + " · " + s.opts.SiteName
	v.Feeds = s.feedLinks("/search/feed", s.opts.SiteName+": search "+p.describe())
	for i := range v.Feeds {
		v.Feeds[i].Href += "?" + p.values().Encode()
	}
	hits, err := s.store.Search(ctx, p.query(searchPerPage+1, (v.PageNo-1)*searchPerPage))
	if err != nil {
		if errors.Is(err, model.ErrInvalid) {
			v.Error = "Herald could not understand that search. Try plain words, or put a phrase in double quotes."
			s.renderStatus(w, r, http.StatusBadRequest, "search.html", v)
			return
		}
		s.pageFail(w, r, "Page", err)
		return
	}
	if len(hits) == 0 && v.PageNo > 1 {
		first := s.searchPageURL(p, 1)
		v.Error = "This search has fewer results than page " + strconv.Itoa(v.PageNo) + " would show."
		v.Prev = first // the template links it from the notice
		s.renderStatus(w, r, http.StatusNotFound, "search.html", v)
		return
	}
	v.Searched = true // only now: a search that failed has no results to show, nor "Nothing matched"
	if len(hits) > searchPerPage {
		hits = hits[:searchPerPage]
		v.Next = s.searchPageURL(p, v.PageNo+1)
	}
	if v.PageNo > 1 {
		v.Prev = s.searchPageURL(p, v.PageNo-1)
	}
	v.Hits = s.withoutReprints(ctx, toHits(hits))
	s.render(w, r, "search.html", v, newest(hitArticles(hits)))
}

func (s *Server) searchPageURL(p searchParams, n int) string {
	vals := p.values()
	if n > 1 {
		vals.Set("page", strconv.Itoa(n))
	}
	return "/search?" + vals.Encode()
}

func toHits(hits []store.SearchHit) []hitView {
	out := make([]hitView, 0, len(hits))
	for _, h := range hits {
		hv := hitView{card: toCard(h.Article, 220), Snippet: h.Snippet}
		if hv.Snippet == "" {
			hv.Snippet = hv.card.Snippet
		}
		out = append(out, hv)
	}
	return out
}

// withoutReprints folds the printings of one wire text on a page of hits
// into the best-ranked of them: a wire story reprinted by four papers
// otherwise fills the first four places with one text.
func (s *Server) withoutReprints(ctx context.Context, hits []hitView) []hitView {
	family := func(id int64) int64 {
		p, err := s.store.Placement(ctx, id)
		if err != nil || p.DuplicateOf == 0 {
			return id // not placed yet, or an original
		}
		return p.DuplicateOf
	}
	first := map[int64]int{} // family -> index in out
	out := hits[:0]
	for _, h := range hits {
		f := family(h.ID)
		if i, ok := first[f]; ok {
			out[i].Reprints = append(out[i].Reprints, h.card)
			continue
		}
		first[f] = len(out)
		out = append(out, h)
	}
	return out
}

func hitArticles(hits []store.SearchHit) []model.Article {
	out := make([]model.Article, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.Article)
	}
	return out
}

// errorText is an error's message without the model's sentinel suffix.
func errorText(err error) string {
	msg := err.Error()
	for _, suffix := range []string{": " + model.ErrInvalid.Error(), ": " + model.ErrNotFound.Error()} {
		if len(msg) > len(suffix) && msg[len(msg)-len(suffix):] == suffix {
			return msg[:len(msg)-len(suffix)]
		}
	}
	return msg
}
