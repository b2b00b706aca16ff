package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
)

// entityTypes are the types a name can be given.
var entityTypes = []enrich.EntityType{enrich.Person, enrich.Organization, enrich.Place}

// An article's rules can only guess at a one-word name: "Lumio said" reads
// like a person, "the Dunmore plant" like a company. Where other articles
// read the same name with confidence, their reading wins over a guess. Only
// confident readings vote, so a guess that was corrected never votes, and
// nothing an early guess decided locks in: each confident reading sends the
// stored guesses of its name back through understanding (resettleGuesses).
const (
	// confidentEvidence is the least enrich.Entity.Evidence that votes:
	// a company named by its kind ("software company Lumio", 10), a
	// place in the gazetteer (5 a mention), or several cues agreeing.
	confidentEvidence = 3
	// guessEvidence is the most a reading may have and still be
	// corrected: one weak cue ("in Eastmoor"), or speech verbs alone,
	// which enrich does not count as evidence ("Lumio said").
	guessEvidence = 2
	// minTypeVotes is how many confident readings elsewhere it takes.
	minTypeVotes = 2
)

// settleEntityTypes corrects the guessed types of an article's one-word
// entities by the confident readings of other articles, and joins a
// one-word "person" to a company named in full in the same article when
// other articles know the company ("Brightwell told us ... Brightwell
// Foods"). Entities that come to share a key merge.
func settleEntityTypes(ctx context.Context, st store.Store, articleID int64, ents []model.Entity) ([]model.Entity, error) {
	var keys []string
	for _, e := range ents {
		if oneWord(e.Name) {
			for _, t := range entityTypes {
				keys = append(keys, enrich.EntityKey(t, e.Name))
			}
			for _, i := range fullOrganizations(ents, e) {
				keys = append(keys, ents[i].Key)
			}
		}
	}
	if len(keys) == 0 {
		return ents, nil
	}
	votes, err := st.EntityTypeVotes(ctx, keys, articleID, confidentEvidence)
	if err != nil {
		return nil, err
	}
	for i, e := range ents {
		if !oneWord(e.Name) {
			continue
		}
		own := votes[e.Key] + 1 // this article's reading counts too
		if full, n := bestFullOrganization(ents, e, votes); full >= 0 && e.Type == string(enrich.Person) &&
			e.Evidence <= guessEvidence && n >= minTypeVotes && n > own {
			ents[i].Type, ents[i].Key, ents[i].Name = ents[full].Type, ents[full].Key, ents[full].Name
			ents[i].Aliases = appendNew(ents[i].Aliases, e.Name)
			continue
		}
		if e.Evidence > guessEvidence {
			continue
		}
		best, bestVotes := "", 0
		for _, t := range entityTypes {
			key := enrich.EntityKey(t, e.Name)
			if n := votes[key]; string(t) != e.Type && n > bestVotes {
				best, bestVotes = key, n
			}
		}
		if bestVotes >= minTypeVotes && bestVotes > own {
			t, _, _ := strings.Cut(best, ":")
			ents[i].Type, ents[i].Key = t, best
		}
	}
	return mergeEntityKeys(ents), nil
}

// maxResettle bounds the stored articles one article's confident readings
// send back through understanding.
const maxResettle = 50

// resettleGuesses understands again the stored articles that guessed
// another type for a one-word name this article reads with confidence:
// with this reading counted they may now be corrected, so an article
// that came before the confident readings does not keep its guess. (It
// is also how links stored before evidence was kept get theirs.) Only
// this article's readings send articles back, so it does not cascade.
func (e *Enricher) resettleGuesses(ctx context.Context, articleID int64, ents []model.Entity) error {
	var keys []string
	for _, en := range ents {
		name := readAs(en)
		if !oneWord(name) || en.Evidence < confidentEvidence {
			continue
		}
		read := enrich.EntityKey(enrich.EntityType(en.Type), name)
		for _, t := range entityTypes {
			if key := enrich.EntityKey(t, name); key != read {
				keys = append(keys, key)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	ids, err := e.Store.EntityGuessArticles(ctx, keys, guessEvidence, maxResettle)
	if err != nil {
		return fmt.Errorf("resettle after article %d: %w", articleID, err)
	}
	for _, id := range ids {
		if err := e.reenrich(ctx, id, articleID); err != nil {
			return err
		}
	}
	return nil
}

// readAs returns the name as the article wrote it: for an entity joined
// to a full name (model.Entity.JoinedFrom), the alias it was read as.
func readAs(en model.Entity) string {
	if en.JoinedFrom == "" {
		return en.Name
	}
	for _, a := range en.Aliases {
		if enrich.EntityKey(enrich.EntityType(en.Type), a) == en.JoinedFrom {
			return a
		}
	}
	return en.Name
}

func oneWord(name string) bool { return name != "" && !strings.ContainsAny(name, " \t") }

// fullOrganizations returns the indices of the organisations in ents whose
// names are e's one word and more ("Brightwell Foods" for "Brightwell").
func fullOrganizations(ents []model.Entity, e model.Entity) []int {
	var out []int
	for i, o := range ents {
		if o.Type == string(enrich.Organization) && strings.HasPrefix(o.Name, e.Name+" ") {
			out = append(out, i)
		}
	}
	return out
}

// bestFullOrganization returns the full organisation for e that most other
// articles read with confidence, and their number; -1 when there is none.
func bestFullOrganization(ents []model.Entity, e model.Entity, votes map[string]int) (int, int) {
	best, bestVotes := -1, 0
	for _, i := range fullOrganizations(ents, e) {
		if n := votes[ents[i].Key]; best < 0 || n > bestVotes {
			best, bestVotes = i, n
		}
	}
	return best, bestVotes
}

// mergeEntityKeys folds entities sharing a key into the first of them.
func mergeEntityKeys(ents []model.Entity) []model.Entity {
	at := make(map[string]int, len(ents))
	out := ents[:0]
	for _, e := range ents {
		if i, ok := at[e.Key]; ok {
			out[i].Mentions += e.Mentions
			out[i].Evidence = max(out[i].Evidence, e.Evidence)
			out[i].Aliases = appendNew(out[i].Aliases, e.Aliases...)
			if e.JoinedFrom == "" {
				out[i].JoinedFrom = "" // the article names it in full too
			}
			continue
		}
		at[e.Key] = len(out)
		out = append(out, e)
	}
	return out
}

func appendNew(list []string, more ...string) []string {
	for _, m := range more {
		if !slices.Contains(list, m) {
			list = append(list, m)
		}
	}
	return list
}

// knownVotes is how many other articles must list a name the article
// could not type (see knownElsewhere).
const knownVotes = 3

// knownElsewhere returns the names an article could not type on its own
// (enrich.Result.Unsure: "Osterland", seen only at sentence starts; "with
// Savara", which reads as anything) that other articles list as entities,
// as entities of the type most of them give: a one-word name is a place in
// this article too when at least knownVotes others list it as one. Any
// reading counts, not only confident ones: here the question is whether
// the word is a name at all, which being listed in several articles
// answers.
func knownElsewhere(ctx context.Context, st store.Store, articleID int64, unsure []enrich.Entity) ([]model.Entity, error) {
	var keys []string
	for _, u := range unsure {
		for _, t := range entityTypes {
			keys = append(keys, enrich.EntityKey(t, u.Name))
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	votes, err := st.EntityTypeVotes(ctx, keys, articleID, 0)
	if err != nil {
		return nil, err
	}
	var out []model.Entity
	for _, u := range unsure {
		best, bestVotes, total := enrich.EntityType(""), 0, 0
		for _, t := range entityTypes {
			n := votes[enrich.EntityKey(t, u.Name)]
			total += n
			if n > bestVotes {
				best, bestVotes = t, n
			}
		}
		// Most of the readings, and enough of them.
		if bestVotes < knownVotes || bestVotes*2 <= total {
			continue
		}
		out = append(out, model.Entity{Key: enrich.EntityKey(best, u.Name), Name: u.Name, Type: string(best),
			Aliases: []string{}, Mentions: u.Mentions, Evidence: guessEvidence})
	}
	return out, nil
}

// unknown returns the unsure names that other articles did not type.
func unknown(unsure []enrich.Entity, known []model.Entity) []enrich.Entity {
	var out []enrich.Entity
	for _, u := range unsure {
		if !slices.ContainsFunc(known, func(k model.Entity) bool { return k.Name == u.Name }) {
			out = append(out, u)
		}
	}
	return out
}
