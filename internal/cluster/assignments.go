package cluster

// Assignments follows articles to their stories through merges: an article
// placed in story 7 belongs to story 3 once 7 has merged into 3. The
// `herald cluster` command and the benchmarks use it to label a whole
// stream; the pipeline does the same with its stored assignments.
type Assignments struct {
	placed map[string]StoryID
	parent map[StoryID]StoryID
}

// NewAssignments returns an empty record.
func NewAssignments() *Assignments {
	return &Assignments{placed: make(map[string]StoryID), parent: make(map[StoryID]StoryID)}
}

// Record notes a placement and the merges it caused; with an empty article
// id it records the merges only.
func (a *Assignments) Record(articleID string, p Placement) {
	if articleID != "" {
		a.placed[articleID] = p.Story
	}
	for _, from := range p.Merged {
		a.merge(p.Story, from)
	}
	for _, m := range p.Settled {
		a.merge(m.Into, m.From)
	}
	for _, m := range p.Moved {
		a.placed[m.Article] = m.Into
	}
}

func (a *Assignments) merge(into, from StoryID) {
	if root := a.find(into); root != a.find(from) {
		a.parent[a.find(from)] = root
	}
}

// Story returns the article's current story, or 0 when it was never placed.
func (a *Assignments) Story(articleID string) StoryID {
	id, ok := a.placed[articleID]
	if !ok {
		return 0
	}
	return a.find(id)
}

func (a *Assignments) find(id StoryID) StoryID {
	root := id
	for {
		p, ok := a.parent[root]
		if !ok {
			break
		}
		root = p
	}
	// Path compression keeps later look-ups short.
	for id != root {
		next := a.parent[id]
		a.parent[id] = root
		id = next
	}
	return root
}

// Forget drops the given articles' placements (merges stay recorded), so a
// long-running caller can keep only the articles it still asks about.
func (a *Assignments) Forget(articleIDs []string) {
	for _, id := range articleIDs {
		delete(a.placed, id)
	}
}
