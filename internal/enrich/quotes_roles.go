package enrich

import "strings"

// rolePerson resolves a speaker named by a role noun alone ("l'actrice",
// "the actress", "le directeur") to the one person the article introduces
// by that role or a synonym of it ("la comédienne Hélène Gagnon-Rives",
// "actress Jane Doe", "le dirigeant, Marc Roy,"); nil when the noun has no
// synonym group or when no person, or several, are introduced so.
func (a *analysis) rolePerson(role string) *cluster {
	group, ok := roleSynonyms[role]
	if !ok {
		return nil
	}
	if a.rolePeople == nil {
		a.indexRolePeople()
	}
	if people := a.rolePeople[group]; len(people) == 1 {
		return people[0]
	}
	return nil
}

// indexRolePeople finds, once per article, every person named right after
// a role word of a synonym group, in French with one adjective between
// ("le directeur artistique Raphaël Morissette"), given it as a title, or
// introduced by a role and a comma (see indexDescribed).
func (a *analysis) indexRolePeople() {
	a.rolePeople = map[string][]*cluster{}
	add := func(role string, c *cluster) {
		group, ok := roleSynonyms[role]
		if !ok || c.typ != Person {
			return
		}
		for _, p := range a.rolePeople[group] {
			if p == c {
				return
			}
		}
		a.rolePeople[group] = append(a.rolePeople[group], c)
	}
	for pi := range a.paras {
		toks := a.paras[pi].toks
		for _, i := range a.byPara[pi] {
			m := &a.mentions[i]
			if m.cluster < 0 || m.quoted {
				continue
			}
			c := a.clusters[m.cluster]
			if m.title != "" {
				add(m.title, c)
			}
			k := m.tok0 - 1
			if k < 0 || !toks[k].word || toks[k].quoted {
				continue
			}
			w := elided(lower(toks[k].text))
			if _, ok := roleSynonyms[w]; !ok && a.lang == "fr" && k > 0 && !toks[k].upper && frenchAdjective(w) && toks[k-1].word {
				w = elided(lower(toks[k-1].text)) // "le directeur artistique Raphaël Morissette"
			}
			add(w, c)
		}
	}
	if a.described == nil {
		a.indexDescribed()
	}
	for role, ds := range a.described {
		for _, d := range ds {
			add(role, d.person) // a loose one too: "the other firm's director, Lena Holm" makes two
		}
	}
}

// frenchAdjective reports a word that reads as an adjective after a French
// role noun ("artistique", "général", "adjointe", "délégué"), not a verb
// ("salue", "reçoit") that would make the name after it someone else.
func frenchAdjective(w string) bool {
	w = lower(w)
	if w == "adjoint" || w == "adjointe" {
		return true
	}
	for _, s := range []string{"ique", "if", "ive", "al", "ale", "el", "elle", "aire", "ien", "ienne",
		"ais", "aise", "ois", "oise", "ier", "ière", "é", "ée"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// elided takes a French elided article off a word: "l’actrice".
func elided(w string) string {
	for _, el := range []string{"l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, el); ok && rest != "" {
			return rest
		}
	}
	return w
}

// roleSynonyms maps a role word to its synonym group. French groups keep
// the sexes apart ("le directeur" is not "la directrice"), as English
// keeps "actress" apart from "actor".
var roleSynonyms = synonymGroups(`
actrice comédienne
acteur comédien
directeur dirigeant patron
directrice dirigeante patronne
entraîneur entraineur sélectionneur
entraîneuse entraineuse sélectionneuse
écrivain romancier auteur
écrivaine romancière autrice auteure
enseignant professeur instituteur
enseignante professeure institutrice
avocat défenseur
avocate
médecin docteur
chanteur
chanteuse
actress
actor
director boss chief head
coach manager trainer
writer author novelist
teacher instructor
lawyer attorney solicitor barrister counsel
doctor physician
singer vocalist`)

// synonymGroups reads one group of words a line; each word maps to the
// group's first word.
func synonymGroups(s string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		words := strings.Fields(line)
		for _, w := range words {
			m[w] = words[0]
		}
	}
	return m
}
