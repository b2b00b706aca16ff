package enrich

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityType is what kind of thing an entity is.
type EntityType string

// The three entity types Herald keeps.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Place        EntityType = "place"
)

// Entity is one person, organisation or place named in an article, with
// every form it was named by merged into one.
type Entity struct {
	Name     string     `json:"name"`            // canonical: the fullest form, or the gazetteer name
	Type     EntityType `json:"type"`            // person, organization or place
	Aliases  []string   `json:"aliases"`         // other forms seen in the text, sorted
	Mentions int        `json:"mentions"`        // how many times it is named, demonyms included
	Key      string     `json:"key"`             // EntityKey(Type, Name), for linking across articles
	Title    string     `json:"title,omitempty"` // a person's role word when given ("minister")
	// Evidence is how far the winning type's evidence outweighs the next
	// type's; a low value is a guess other articles may correct.
	Evidence int `json:"-"`
}

// Entities finds the people, organisations and places named in doc, most
// mentioned first.
func Entities(doc Document) []Entity {
	return analyze(doc).entityList()
}

// EntityKey is the cross-article identity of an entity: the type plus a
// folded, punctuation-free slug of the canonical name, with gazetteer
// places mapped to their canonical name first, so "U.S." and "United
// States" share "place:united-states".
func EntityKey(t EntityType, name string) string {
	switch t {
	case Place:
		if p, ok := placeIndex[placeKey(name)]; ok {
			name = p.name
		}
	case Organization:
		if n, ok := knownOrgName(name); ok {
			name = n
		}
	}
	return string(t) + ":" + slug(name)
}

// entityKeyIn is EntityKey for an article in lang: orgNameTable is
// English, so in other languages an organisation keeps its own key.
func entityKeyIn(lang string, t EntityType, name string) string {
	if t == Organization && lang != "en" {
		return string(t) + ":" + slug(name)
	}
	return EntityKey(t, name)
}

// slug lower-cases, strips accents and joins words with hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// unsureList gives the one-word names the article alone could not type,
// or saw only at sentence starts, with their best guess at a type (or
// none): the caller may know them from other articles.
func (a *analysis) unsureList() []Entity {
	var out []Entity
	for _, c := range a.unsure {
		name, best := "", -1
		for form, n := range c.counts {
			if n > best || n == best && form < name {
				name, best = form, n
			}
		}
		if name == "" {
			continue
		}
		out = append(out, Entity{Name: name, Type: c.typ, Mentions: c.mentions, Aliases: []string{}})
	}
	slices.SortStableFunc(out, func(x, y Entity) int {
		return cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(x.Name, y.Name))
	})
	return out
}

// entityList turns the merged clusters into the public form.
func (a *analysis) entityList() []Entity {
	out := make([]Entity, 0, len(a.clusters))
	for _, c := range a.clusters {
		if c.dropped {
			continue
		}
		e := Entity{Name: c.name, Type: c.typ, Mentions: c.mentions, Title: c.title, Evidence: c.margin()}
		e.Key = entityKeyIn(a.lang, e.Type, e.Name)
		for form := range c.forms {
			if form != c.name { // "rue des Remparts" stays, as answers match names as written
				e.Aliases = append(e.Aliases, form)
			}
		}
		slices.Sort(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		out = append(out, e)
	}
	out = mergeSameKey(out)
	slices.SortStableFunc(out, func(x, y Entity) int { return cmp.Compare(y.Mentions, x.Mentions) })
	return out
}

// mergeSameKey joins the entities of one key: two names of one body ("the
// Fed", "the Federal Reserve") are one entity, shown by its fullest name.
func mergeSameKey(ents []Entity) []Entity {
	at := make(map[string]int, len(ents))
	out := ents[:0]
	for _, e := range ents {
		i, ok := at[e.Key]
		if !ok {
			at[e.Key] = len(out)
			out = append(out, e)
			continue
		}
		m := &out[i]
		if strings.Count(e.Name, " ") > strings.Count(m.Name, " ") {
			m.Name, e.Name = e.Name, m.Name
		}
		for _, a := range append(e.Aliases, e.Name) {
			if a != m.Name && !slices.Contains(m.Aliases, a) {
				m.Aliases = append(m.Aliases, a)
			}
		}
		m.Aliases = slices.DeleteFunc(m.Aliases, func(a string) bool { return a == m.Name })
		slices.Sort(m.Aliases)
		m.Mentions += e.Mentions
		m.Evidence = max(m.Evidence, e.Evidence)
		if m.Title == "" {
			m.Title = e.Title
		}
	}
	return out
}
