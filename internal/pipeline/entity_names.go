package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
	"herald/internal/text"
)

// A report that names only "Trump" or "the Celtics" (a headline, a feed
// summary, a follow-up) means the "Donald Trump" or "Boston Celtics" that
// fuller reports name, and its reader expects one tag page for both. The
// article alone cannot tell which full name it means; the store can, when
// other articles agree on one. Only articles that give the full name
// themselves count: a joined link keeps the short key it was read as
// (model.Entity.JoinedFrom), so joins never feed the agreement.
const (
	// maxRejoin bounds the articles one agreement sends back, the newest
	// first: about a second's work. Agreement comes once, so more short
	// reports than this keep their short name until understood again.
	maxRejoin = 200
	// maxUnsureJoins bounds the untyped names of one article that may join,
	// the most mentioned first: each is looked for in the whole text, and a
	// hostile page can hold thousands.
	maxUnsureJoins = 20
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
// tag. Names the article could not type (unsure: "the Celtics won", seen
// only with "the" or at sentence starts) join too, as either type, unless
// they are common words ("Hope is fading"). Left alone are one-word names
// that the article itself gives in full in another way (two Marsks),
// common given names ("James" may be anyone) and names in Arabic script,
// for which Herald knows no given names. An organisation joins only a
// place and its name, as teams are called ("Celtics", "Boston Celtics"):
// the last word of other organisations is often a generic head ("House
// Republicans", "African Union"), so common words, acronyms and
// newspapers' names ("Tribune") never join.
func joinShortNames(ctx context.Context, st store.Store, articleID int64, lang string, ents []model.Entity,
	unsure []enrich.Entity, tags []model.Tag) ([]model.Entity, []model.Tag, error) {
	var keys []string
	for _, e := range ents {
		if joinable(lang, e, ents) {
			keys = append(keys, e.Key)
		}
	}
	var guesses []model.Entity // each unsure name as a person and as an organisation
	for _, u := range unsure {
		if enrich.CommonWord(lang, u.Name) {
			continue
		}
		for _, t := range []enrich.EntityType{enrich.Person, enrich.Organization} {
			g := model.Entity{Key: enrich.EntityKey(t, u.Name), Name: u.Name, Type: string(t), Aliases: []string{},
				Mentions: u.Mentions, Evidence: guessEvidence}
			if joinable(lang, g, ents) {
				guesses = append(guesses, g)
				keys = append(keys, g.Key)
			}
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
		if full, ok := agreedFullName(e, longer[e.Key]); ok {
			tags = retag(tags, e.Name, full.Name)
			ents[i] = joined(e, full)
		}
	}
	joinedGuess := map[string]bool{}
	for _, g := range guesses {
		if full, ok := agreedFullName(g, longer[g.Key]); ok && !joinedGuess[g.Name] {
			joinedGuess[g.Name] = true
			tags = retag(tags, g.Name, full.Name)
			ents = append(ents, joined(g, full))
		}
	}
	return mergeEntityKeys(ents), tags, nil
}

// plainlyNamed keeps the unsure names that the article's text writes at
// least once inside a sentence and not as an owner: a capital that only
// opens sentences ("Swift action is needed", "Frost damaged crops") is
// no sign of a name, and alone, "McDonald's" is a restaurant chain more
// often than a McDonald's. Headlines capitalise every word, so the title
// does not count.
func plainlyNamed(doc enrich.Document, unsure []enrich.Entity) []enrich.Entity {
	var out []enrich.Entity
	for _, u := range unsure[:min(len(unsure), maxUnsureJoins)] {
		if u.Name != "" && writtenInside(doc.Text, u.Name) {
			out = append(out, u)
		}
	}
	return out
}

// writtenInside reports name, as a whole word, after another word of its
// sentence and not followed by "'s".
func writtenInside(text, name string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		start, end := at+i, at+i+len(name)
		at = end
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		next, _ := utf8.DecodeRuneInString(text[end:])
		owner := strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s")
		if unicode.IsLetter(before) || unicode.IsLetter(next) || owner {
			continue
		}
		prev := strings.TrimRightFunc(text[:start], unicode.IsSpace)
		last, _ := utf8.DecodeLastRuneInString(prev)
		if prev != "" && !strings.ContainsRune(".!?:;\"“”'‘’(", last) && !strings.HasSuffix(text[len(prev):start], "\n") {
			return true
		}
	}
}

// joined is short under the full name it joined.
func joined(short, full model.Entity) model.Entity {
	j := short
	j.Key, j.Name, j.Type, j.JoinedFrom = full.Key, full.Name, full.Type, short.Key
	j.Aliases = appendNew(slices.Clone(short.Aliases), short.Name)
	return j
}

// joinable reports a one-word person or organisation that may be short for
// a longer name.
func joinable(lang string, e model.Entity, ents []model.Entity) bool {
	switch {
	case !oneWord(e.Name) || e.JoinedFrom != "" || enrich.GivenName(e.Name) || text.HasArabic(e.Name):
		return false
	case e.Type == string(enrich.Organization):
		if enrich.CommonWord(lang, e.Name) || strings.ToUpper(e.Name) == e.Name || newspaperHeads[strings.ToLower(e.Name)] {
			return false
		}
	case e.Type != string(enrich.Person):
		return false
	}
	for _, o := range ents {
		if o.Type == e.Type && o.Key != e.Key && knownBy(o, e.Key) {
			return false
		}
	}
	return true
}

// newspaperHeads end the names of papers in many cities ("Chicago
// Tribune", "Salt Lake Tribune"): alone, they do not say which.
var newspaperHeads = map[string]bool{"tribune": true, "herald": true, "chronicle": true, "gazette": true,
	"observer": true, "guardian": true, "mirror": true, "courier": true, "examiner": true, "inquirer": true,
	"telegraph": true, "sentinel": true, "dispatch": true, "bulletin": true, "register": true, "enquirer": true,
	"post-gazette": true, "times-picayune": true, "star-telegram": true, "journal-constitution": true}

// agreedFullName returns the full name of short that most other articles
// give, when enough do and the others ending the same way are far fewer.
// A full name ends with the short one as a whole word ("Zuma" is not
// "Nkosazana Dlamini-Zuma"), or after an Arabic article ("Assad" is
// "Bashar al-Assad"); an organisation's full name is a place and the
// short one.
func agreedFullName(short model.Entity, names []model.Entity) (model.Entity, bool) {
	best, total := -1, 0
	for i, n := range names {
		if !knownBy(n, short.Key) {
			continue
		}
		total += n.Mentions
		if best < 0 || n.Mentions > names[best].Mentions {
			best = i
		}
	}
	if best < 0 {
		return model.Entity{}, false
	}
	full := names[best]
	if short.Type == string(enrich.Organization) && !placeAndName(full.Name, short.Name) {
		return model.Entity{}, false
	}
	n := full.Mentions
	return full, n >= minNameVotes && n > nameDominance*(total-n)
}

// shortName is a one-word name a full name is known by.
type shortName struct{ key, name string }

// shortNames returns the one-word names a full name is known by: its last
// word, and that word without an Arabic article ("al-Assad" and "Assad"
// for Bashar al-Assad). A one-word name has none.
func shortNames(full model.Entity) []shortName {
	words := strings.Fields(full.Name)
	if len(words) < 2 {
		return nil
	}
	last := words[len(words)-1]
	t := enrich.EntityType(full.Type)
	out := []shortName{{enrich.EntityKey(t, last), last}}
	for _, article := range []string{"al-", "el-", "Al-", "El-"} {
		if rest, ok := strings.CutPrefix(last, article); ok && rest != "" {
			out = append(out, shortName{enrich.EntityKey(t, rest), rest})
		}
	}
	return out
}

// knownBy reports whether full is known by the one-word key.
func knownBy(full model.Entity, key string) bool {
	return slices.ContainsFunc(shortNames(full), func(s shortName) bool { return s.key == key })
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
// the one that brings the other articles to agree on it: those articles,
// read before there was agreement, may now join it. Only the change to
// agreement sends articles back, so a popular name does not send its
// short-name articles back with every report. Originals go before their
// copies, which take the original's tags.
func (e *Enricher) rejoinShortNames(ctx context.Context, articleID int64, ents []model.Entity) error {
	var keys []string
	for _, en := range ents {
		if en.JoinedFrom == "" && (en.Type == string(enrich.Person) || en.Type == string(enrich.Organization)) {
			for _, s := range shortNames(en) {
				keys = append(keys, s.key)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	longer, err := e.Store.LongerNames(ctx, keys, articleID)
	if err != nil {
		return fmt.Errorf("rejoin short names after article %d: %w", articleID, err)
	}
	var agreed, slugs []string
	for _, en := range ents {
		if en.JoinedFrom != "" {
			continue
		}
		for _, s := range shortNames(en) {
			short := model.Entity{Key: s.key, Name: s.name, Type: en.Type}
			// Common words are checked as English: other languages have no list.
			if joinable("en", short, nil) && agreedNow(short, en, longer[s.key]) {
				agreed = append(agreed, s.key)
				slugs = append(slugs, enrich.HashtagKey(enrich.Hashtag(s.name)))
			}
		}
	}
	if len(agreed) == 0 {
		return nil
	}
	ids, err := e.Store.EntityGuessArticles(ctx, agreed, math.MaxInt32, maxRejoin)
	if err != nil {
		return fmt.Errorf("rejoin short names after article %d: %w", articleID, err)
	}
	// A report that could not type the name has none to find it by, only
	// its tag ("the Celtics won": #Celtics).
	for _, slug := range slugs {
		tagged, err := e.Store.TagArticles(ctx, slug, maxRejoin, 0)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return fmt.Errorf("rejoin short names after article %d: %w", articleID, err)
		}
		for _, a := range tagged {
			ids = append(ids, a.ID)
		}
	}
	slices.Sort(ids)
	slices.Reverse(ids) // newest first: those are read
	ids = slices.Compact(ids)
	ids = ids[:min(len(ids), maxRejoin)]
	var copies []int64
	for _, id := range ids {
		if p, err := e.Store.Placement(ctx, id); err == nil && p.DuplicateOf != 0 {
			copies = append(copies, id)
			continue
		}
		if err := e.reenrich(ctx, id, articleID); err != nil {
			return err
		}
	}
	for _, id := range copies {
		if err := e.reenrich(ctx, id, articleID); err != nil {
			return err
		}
	}
	return nil
}

// agreedNow reports whether the other articles agree on full as the name
// short stands for with this article counted and did not without it.
func agreedNow(short, full model.Entity, others []model.Entity) bool {
	before, ok := agreedFullName(short, others)
	if ok && before.Key == full.Key {
		return false
	}
	with := append([]model.Entity(nil), others...)
	found := false
	for i := range with {
		if with[i].Key == full.Key {
			with[i].Mentions++
			found = true
		}
	}
	if !found {
		with = append(with, model.Entity{Key: full.Key, Name: full.Name, Type: full.Type, Mentions: 1})
	}
	after, ok := agreedFullName(short, with)
	return ok && after.Key == full.Key
}

// reenrich understands article id again for the one after, logging
// failures: the article keeps what it had until the next chance.
func (e *Enricher) reenrich(ctx context.Context, id, after int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if id == after {
		return nil
	}
	if _, err := e.enrich(ctx, id, true); err != nil {
		e.Logger.WarnContext(ctx, "understand again", "article", id, "after", after, "err", err)
	}
	return nil
}
