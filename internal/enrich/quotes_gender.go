package enrich

import "strings"

// gender is what a pronoun says of the person it stands for ("she",
// "a-t-il", "قالت"), and what an article says of a person: a title, a
// role word, a given name.
type gender int8

const (
	genderUnknown gender = iota
	masculine
	feminine
)

// pronounGender is the sex a pronoun, a French inverted verb ("raconte-t-elle")
// or an Arabic speech verb ("قالت", "وأضاف") gives its subject.
func pronounGender(w string) gender {
	l := lower(w)
	switch {
	case l == "he" || l == "him" || l == "his" || l == "il" || strings.HasSuffix(l, "-il"):
		return masculine
	case l == "she" || l == "her" || l == "elle" || strings.HasSuffix(l, "-elle"):
		return feminine
	}
	if v := strings.TrimPrefix(w, "و"); arabicSpeechVerbs[w] {
		// Arabic verbs agree with their subject: "قالت" (she said),
		// "تقول" (she says), "قال" and "يقول" for him.
		if strings.HasSuffix(v, "ت") || strings.HasPrefix(v, "ت") && !strings.HasPrefix(v, "تعهد") {
			return feminine
		}
		return masculine
	}
	return genderUnknown
}

// genderOf reads a person's sex from the article and the name: a title
// before any mention ("Mrs", "Mme", "Sir"), a role word that has one
// ("actress", "grandfather", "la ministre"), the given name. Conflicting
// cues leave it unknown. The first call reads every cluster's, in one pass
// over the mentions.
func (a *analysis) genderOf(c *cluster) gender {
	if !a.gendersRead {
		a.readGenders()
		a.gendersRead = true
	}
	return c.sex
}

// fitsPronoun reports whether person c may be the one a pronoun of sex
// want stands for: yes unless both sexes are known and differ.
func (a *analysis) fitsPronoun(c *cluster, want gender) bool {
	if want == genderUnknown {
		return true
	}
	g := a.genderOf(c)
	return g == genderUnknown || g == want
}

// pronounAfter is the sex of the pronoun in a quotation's attribution
// when it has one: "…," she said; "…", said he; « … », raconte-t-elle.
func (a *analysis) pronounAfter(pi int, q rawQuote) gender {
	toks := a.paras[pi].toks
	k := q.tokEnd
	for k < len(toks) && !toks[k].word && !isSentenceEnd(toks[k].text) {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return genderUnknown
	}
	if g := pronounGender(toks[k].text); g != genderUnknown {
		return g
	}
	if speechVerbAt(toks, k) && k+1 < len(toks) && toks[k+1].word {
		return pronounGender(toks[k+1].text)
	}
	return genderUnknown
}

// clusterByKey is the entity with the given key, or nil. The first call
// indexes them all.
func (a *analysis) clusterByKey(key string) *cluster {
	if a.byKey == nil {
		a.byKey = make(map[string]*cluster, len(a.clusters))
		for _, c := range a.clusters {
			a.byKey[EntityKey(c.typ, c.name)] = c
		}
	}
	return a.byKey[key]
}

func (a *analysis) readGenders() {
	cues := make([][2]bool, len(a.clusters)) // masculine, feminine
	for mi := range a.mentions {
		m := &a.mentions[mi]
		if m.cluster < 0 {
			continue
		}
		switch a.mentionGender(m) {
		case masculine:
			cues[m.cluster][0] = true
		case feminine:
			cues[m.cluster][1] = true
		}
	}
	for ci, c := range a.clusters {
		m, f := cues[ci][0], cues[ci][1]
		// The given name counts too: a cue that contradicts it leaves the
		// sex unknown.
		first, _, _ := strings.Cut(lower(c.name), " ")
		m = m || masculineNames[first]
		f = f || feminineNames[first]
		c.sex = genderUnknown
		switch {
		case m && !f:
			c.sex = masculine
		case f && !m:
			c.sex = feminine
		}
	}
}

// mentionGender reads the title or role word just before a mention, and
// for French its article: "la ministre Ilse Brandvold".
func (a *analysis) mentionGender(m *mention) gender {
	if g := genderedWords[strings.TrimSuffix(m.title, ".")]; g != genderUnknown {
		return g
	}
	toks := a.paras[m.para].toks
	k := m.tok0 - 1
	if k < 0 || !toks[k].word {
		return genderUnknown
	}
	w := strings.TrimSuffix(lower(toks[k].text), ".")
	if g := genderedWords[w]; g != genderUnknown {
		return g
	}
	if a.lang == "fr" && k > 0 && isRoleWord(w) {
		switch lower(toks[k-1].text) {
		case "la":
			return feminine
		case "le":
			return masculine
		}
	}
	if a.lang == "fr" && w == "m" && toks[k].text == "M." {
		return masculine // "M. Desrosiers"
	}
	return genderUnknown
}

// genderedWords are titles and role words that say a person's sex.
var genderedWords = func() map[string]gender {
	g := map[string]gender{}
	// Not "chairman" or "spokesman": news copy gives women those titles.
	for _, w := range strings.Fields(`mr mister sir lord king prince monsieur father son husband brother grandfather
		uncle nephew widower boy`) {
		g[w] = masculine
	}
	for _, w := range strings.Fields(`mrs ms miss madam madame mme mlle dame lady queen princess mother daughter wife
		sister grandmother aunt niece widow actress businesswoman spokeswoman chairwoman congresswoman policewoman
		girl`) {
		g[w] = feminine
	}
	return g
}()
