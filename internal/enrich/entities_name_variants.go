package enrich

import "strings"

// linkNameVariants points each full name that differs from a more often
// named one only by middle initials or a generation to that one:
// "Patrick Carlineo Jr." and "Patrick W. Carlineo" are one person. Names
// whose initials or generations both show and differ stay apart: George
// H. W. Bush and George W. Bush, John Smith Sr. and John Smith Jr.
// Redirects already made are kept.
func linkNameVariants(order []*cluster, redirect map[*cluster]*cluster) {
	byCore := map[string][]*cluster{}
	for _, c := range order {
		if c.typ != Person || len(c.words) < 2 {
			continue
		}
		if core, _, _ := nameParts(c.words); core != "" {
			byCore[core] = append(byCore[core], c)
		}
	}
	for _, group := range byCore {
		if len(group) < 2 {
			continue
		}
		head := group[0] // the most named, the longer name on a tie
		for _, c := range group[1:] {
			if c.mentions > head.mentions || c.mentions == head.mentions && len(c.words) > len(head.words) {
				head = c
			}
		}
		_, hi, hg := nameParts(head.words)
		for _, c := range group {
			if _, ok := redirect[c]; ok || c == head {
				continue
			}
			if _, ci, cg := nameParts(c.words); compatible(hi, ci) && compatible(hg, cg) {
				redirect[c] = head
			}
		}
	}
}

// nameParts splits a person's name into its core (the given name and the
// surname, lower case: "patrick carlineo"), its middle initials ("w") and
// its generation ("jr"). The core is "" for names of fewer than two
// words besides those.
func nameParts(words []string) (core, initials, generation string) {
	rest := withoutGeneration(words)
	if len(rest) < len(words) {
		generation = strings.TrimSuffix(lower(words[len(words)-1]), ".")
	}
	var kept []string
	for i, w := range rest {
		if i > 0 && i < len(rest)-1 && len(strings.TrimSuffix(w, ".")) == 1 {
			initials += lower(strings.TrimSuffix(w, "."))
			continue
		}
		kept = append(kept, lower(w))
	}
	if len(kept) < 2 {
		return "", "", ""
	}
	return strings.Join(kept, " "), initials, generation
}

// compatible reports two optional parts that do not contradict.
func compatible(a, b string) bool { return a == "" || b == "" || a == b }
