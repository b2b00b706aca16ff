package pipeline

import (
	"context"
	"fmt"
	"math"
	"strings"

	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
)

// A report that names only "Trump" or "the Celtics" (a headline, a feed
// summary, a follow-up) means the "Donald Trump" or "Boston Celtics" that
// fuller reports name, and its reader expects one tag page for both. The
// article alone cannot tell which full name it means; the store can, when
// other articles agree on one.
const (
	// minNameVotes is how many other articles must give the full name.
	minNameVotes = 3
	// nameDominance is how many times the articles of every other full name
	// ending in the same word, together, the chosen one must outnumber:
	// "Trump" does not join "Donald Trump" while "Ivanka Trump" is
	// almost as often named.
	nameDominance = 2
)

// joinShortNames gives each one-word person or organisation of an article
// the full name other articles agree on, keeping the short name as an
// alias, and moves the article's tag for the short name to the full name's
// tag. Left alone are one-word names that the article itself gives in full
// in another way (two Marsks) and common given names ("James" may be
// anyone). An organisation joins only a place and its name, as teams and
// papers are called ("Celtics", "Boston Celtics"): the last word of other
// organisations is often a generic head ("House Republicans", "African
// Union"), so common words and acronyms never join.
func joinShortNames(ctx context.Context, st store.Store, articleID int64, lang string, ents []model.Entity, tags []model.Tag) ([]model.Entity, []model.Tag, error) {
	var keys []string
	for _, e := range ents {
		if joinable(lang, e, ents) {
			keys = append(keys, e.Key)
		}
	}
	if len(keys) == 0 {
		return ents, tags, nil
	}
	longer, err := st.LongerNames(ctx, keys, articleID)
	if err != nil {
		return nil, nil, err
	}
	for i, e := range ents {
		full, ok := agreedFullName(longer[e.Key])
		if !ok || e.Type == string(enrich.Organization) && !placeAndName(full.Name, e.Name) {
			continue
		}
		tags = retag(tags, e.Name, full.Name)
		ents[i].Key, ents[i].Name = full.Key, full.Name
		ents[i].Aliases = appendNew(ents[i].Aliases, e.Name)
	}
	return mergeEntityKeys(ents), tags, nil
}

// joinable reports a one-word person or organisation that may be short for
// a longer name.
func joinable(lang string, e model.Entity, ents []model.Entity) bool {
	switch {
	case !oneWord(e.Name) || enrich.GivenName(e.Name):
		return false
	case e.Type == string(enrich.Organization):
		if enrich.CommonWord(lang, e.Name) || strings.ToUpper(e.Name) == e.Name {
			return false
		}
	case e.Type != string(enrich.Person):
		return false
	}
	for _, o := range ents {
		if o.Type == e.Type && o.Key != e.Key && strings.HasSuffix(o.Key, "-"+store.LastWord(e.Key)) {
			return false
		}
	}
	return true
}

// agreedFullName returns the full name most articles give, when enough do
// and the others ending the same way are far fewer.
func agreedFullName(names []model.Entity) (model.Entity, bool) {
	best, total := -1, 0
	for i, n := range names {
		total += n.Mentions
		if best < 0 || n.Mentions > names[best].Mentions {
			best = i
		}
	}
	if best < 0 {
		return model.Entity{}, false
	}
	n := names[best].Mentions
	return names[best], n >= minNameVotes && n > nameDominance*(total-n)
}

// placeAndName reports a full name that is a known place followed by the
// short name: "Boston Celtics" for "Celtics".
func placeAndName(full, short string) bool {
	place, ok := strings.CutSuffix(full, " "+short)
	return ok && enrich.KnownPlace(place)
}

// retag replaces the tag of the short name with the full name's, in its
// place, or drops it when the article has that tag already.
func retag(tags []model.Tag, short, full string) []model.Tag {
	from := enrich.HashtagKey(enrich.Hashtag(short))
	name := enrich.Hashtag(full)
	to := enrich.HashtagKey(name)
	if from == "" || to == "" {
		return tags
	}
	has := false
	for _, t := range tags {
		has = has || t.Slug == to
	}
	out := tags[:0]
	for _, t := range tags {
		if t.Slug == from {
			if has {
				continue
			}
			t = model.Tag{Slug: to, Name: name}
			has = true
		}
		out = append(out, t)
	}
	return out
}

// rejoinShortNames understands again the stored articles that name only
// the last word of a full name this article gives, when this article is
// the one that brings the full name to minNameVotes: those articles, read
// before there was agreement, may now join it. Triggering only at the
// threshold keeps the work bounded: a popular name does not send its
// short-name articles back with every report.
func (e *Enricher) rejoinShortNames(ctx context.Context, articleID int64, ents []model.Entity) error {
	var full []string
	for _, en := range ents {
		if !oneWord(en.Name) && (en.Type == string(enrich.Person) || en.Type == string(enrich.Organization)) {
			full = append(full, en.Key)
		}
	}
	if len(full) == 0 {
		return nil
	}
	votes, err := e.Store.EntityTypeVotes(ctx, full, articleID, 0)
	if err != nil {
		return fmt.Errorf("rejoin short names after article %d: %w", articleID, err)
	}
	var short []string
	for _, k := range full {
		if votes[k] == minNameVotes-1 {
			typ, _, _ := strings.Cut(k, ":")
			short = append(short, typ+":"+store.LastWord(k))
		}
	}
	if len(short) == 0 {
		return nil
	}
	ids, err := e.Store.EntityGuessArticles(ctx, short, math.MaxInt32, maxResettle)
	if err != nil {
		return fmt.Errorf("rejoin short names after article %d: %w", articleID, err)
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		if id == articleID {
			continue
		}
		if _, err := e.enrich(ctx, id); err != nil {
			e.Logger.WarnContext(ctx, "rejoin short names", "article", id, "after", articleID, "err", err)
		}
	}
	return nil
}
