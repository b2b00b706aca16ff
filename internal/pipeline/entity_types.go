package pipeline

import (
	"context"
	"strings"

	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
)

// entityTypes are the types a name can be given.
var entityTypes = []enrich.EntityType{enrich.Person, enrich.Organization, enrich.Place}

// settleEntityTypes gives a one-word name the type other articles gave it,
// when at least two did and they outnumber the articles (this one
// included) that read it as this one does: one article's rules can take "Lumio
// said" for a person or "the Dunmore plant" for a company, where the
// coverage around it knows better. Longer names carry their own evidence
// ("Lumio Office", "Port Calder") and keep their type. Two entities that
// come to share a key merge.
func settleEntityTypes(ctx context.Context, st store.Store, articleID int64, ents []model.Entity) ([]model.Entity, error) {
	var keys []string
	for _, e := range ents {
		if oneWord(e.Name) {
			for _, t := range entityTypes {
				keys = append(keys, enrich.EntityKey(t, e.Name))
			}
			if full := fullOrganization(ents, e); full >= 0 {
				keys = append(keys, ents[full].Key)
			}
		}
	}
	if len(keys) == 0 {
		return ents, nil
	}
	counts, err := st.EntityArticleCounts(ctx, keys, articleID)
	if err != nil {
		return nil, err
	}
	for i, e := range ents {
		if !oneWord(e.Name) {
			continue
		}
		// "Brightwell said ..., Brightwell Foods added": a short name
		// that speaks before the company is named in full reads as a
		// person here, but not where more articles know the company than
		// the person.
		if full := fullOrganization(ents, e); full >= 0 && e.Type == string(enrich.Person) &&
			counts[ents[full].Key] >= minTypeVotes && counts[ents[full].Key] > counts[e.Key] {
			ents[i].Type, ents[i].Key = ents[full].Type, ents[full].Key
			ents[i].Aliases = appendNew(ents[i].Aliases, e.Name)
			ents[i].Name = ents[full].Name
			continue
		}
		own := counts[e.Key] + 1 // this article's vote
		for _, t := range entityTypes {
			key := enrich.EntityKey(t, e.Name)
			if n := counts[key]; key != e.Key && n >= minTypeVotes && n > own {
				ents[i].Type, ents[i].Key = string(t), key
				break
			}
		}
	}
	return mergeEntityKeys(ents), nil
}

// fullOrganization returns the index of an organisation in ents whose name
// is e's one word and more ("Brightwell Foods" for "Brightwell"), or -1.
func fullOrganization(ents []model.Entity, e model.Entity) int {
	for i, o := range ents {
		if o.Type == string(enrich.Organization) && strings.HasPrefix(o.Name, e.Name+" ") {
			return i
		}
	}
	return -1
}

// minTypeVotes is how many other articles must agree on a type before it
// overrides an article's own.
const minTypeVotes = 2

func oneWord(name string) bool { return name != "" && !strings.ContainsAny(name, " \t") }

// mergeEntityKeys folds entities sharing a key into the first of them.
func mergeEntityKeys(ents []model.Entity) []model.Entity {
	at := make(map[string]int, len(ents))
	out := ents[:0]
	for _, e := range ents {
		if i, ok := at[e.Key]; ok {
			out[i].Mentions += e.Mentions
			out[i].Aliases = appendNew(out[i].Aliases, e.Aliases...)
			continue
		}
		at[e.Key] = len(out)
		out = append(out, e)
	}
	return out
}

func appendNew(list []string, more ...string) []string {
	for _, m := range more {
		found := false
		for _, l := range list {
			found = found || l == m
		}
		if !found {
			list = append(list, m)
		}
	}
	return list
}
