package enrich

// citedSources marks the organisations an article names only as where
// its news came from ("according to DigiTimes", "told The Hill", "the San
// Francisco Chronicle reported"): a source of the story, not its topic.
func (a *analysis) citedSources(intros []commentatorIntro) map[*cluster]bool {
	cited, other := map[*cluster]bool{}, map[*cluster]bool{}
	for _, m := range a.mentions {
		if m.cluster < 0 || m.cluster >= len(a.clusters) || a.clusters[m.cluster].typ != Organization {
			continue
		}
		if c := a.clusters[m.cluster]; a.citesSource(m) {
			cited[c] = true
		} else {
			other[c] = true
		}
	}
	for c := range other {
		if a.outletAsSource(c) {
			cited[c] = true
		} else {
			delete(cited, c)
		}
	}
	for c := range a.commentators(intros) {
		cited[c] = true
	}
	return cited
}

// outletAsSource reports a news organisation ("Reuters", "NBC News", "the
// Sports Business Journal") that the article names as a source, however
// it names it: news copy names outlets it was told, quoted or polled by,
// and on real pages such tags were right one time in ten. An outlet that
// the title names a word of ("Fox settles Dominion suit"), or that the
// text names three times, once in its lead, is the story's.
func (a *analysis) outletAsSource(c *cluster) bool {
	if len(c.words) == 0 || !newsAgencies[lower(c.name)] && !(len(c.words) > 1 && newsOutletTails[lower(c.words[len(c.words)-1])]) {
		return false
	}
	title := lower(a.title)
	for _, w := range c.words {
		if lw := lower(w); !newsOutletTails[lw] && lw != "the" && containsWords(title, lw) {
			return false // "Fox settles Dominion suit": Fox News is the story
		}
	}
	// Named often, and in the lead other than as a credit ("(CNN) -"): the
	// story is about the outlet ("The Washington Post will cut 240 jobs").
	return c.topicalMentions() < 3 || !a.namedInLead(c)
}

// namedInLead reports a mention of c in the first paragraph that is no
// credit in brackets.
func (a *analysis) namedInLead(c *cluster) bool {
	for _, m := range a.mentions {
		if m.para != 0 || m.cluster < 0 || a.clusters[m.cluster] != c {
			continue
		}
		if toks := a.paras[0].toks; m.tok0 == 0 || toks[m.tok0-1].text != "(" {
			return true
		}
	}
	return false
}

// newsAgencies and broadcasters that news copy cites by name alone.
var newsAgencies = wordSet(`reuters ap afp bloomberg cnn bbc cnbc espn msnbc nbc cbs abc npr pbs upi xinhua tass
dpa ansa kyodo yonhap`)

// newsOutletTails end the names of newspapers and news sites.
var newsOutletTails = wordSet(`news journal times post herald gazette tribune press wire chronicle reporter
magazine daily telegraph observer`)

// citesSource reports a mention written as the source of a report.
func (a *analysis) citesSource(m mention) bool {
	toks := a.paras[m.para].toks
	before := func(i int) string {
		k := m.tok0 - i
		if m.tok0 > 0 && toks[m.tok0-1].text == "the" {
			k-- // "according to the San Francisco Chronicle"
		}
		if k < 0 || toks[k].sent != toks[m.tok0].sent {
			return ""
		}
		return lower(toks[k].text)
	}
	switch {
	case before(1) == "to" && (before(2) == "according" || before(2) == "told"),
		before(1) == "told", before(1) == "via",
		before(1) == "by" && (before(2) == "reported" || before(2) == "published" || before(2) == "obtained" || before(2) == "seen"),
		before(1) == "with" && before(2) == "interview":
		return true
	}
	if m.tok1 < len(toks) && toks[m.tok1].sent == toks[m.tok0].sent {
		switch lower(toks[m.tok1].text) {
		case "reported", "reports", "reporting":
			return true
		}
	}
	return false
}

// withoutSources drops the topic phrases that name a cited source, by any
// of its names.
func withoutSources(topics []Keyphrase, cited map[*cluster]bool) []Keyphrase {
	if len(cited) == 0 {
		return topics
	}
	names := map[string]bool{}
	for c := range cited {
		names[slug(c.name)] = true
		for f := range c.forms {
			names[slug(f)] = true
		}
	}
	return withoutSlugs(topics, names)
}
