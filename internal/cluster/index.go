package cluster

// postings is the inverted index from terms to the recent stories that use
// them. Lists hold story pointers, so reading one costs no map look-up;
// entries of evicted or merged stories (marked dead) are removed lazily,
// when a list is next read or in a periodic sweep, so eviction costs
// nothing per term.
type postings struct {
	lists map[termID][]*story
	max   int
}

func newPostings(max int) postings {
	return postings{lists: make(map[termID][]*story), max: max}
}

// add indexes s under t unless it already is.
func (p *postings) add(t termID, s *story) {
	if _, ok := s.indexed[t]; ok {
		return
	}
	s.indexed[t] = struct{}{}
	list := append(p.lists[t], s)
	if p.max > 0 && len(list) > p.max {
		list = compact(list)
		if over := len(list) - p.max; over > 0 {
			// The front holds the stories that took up the term
			// longest ago; they can re-enter at the back when they
			// use it again.
			for _, old := range list[:over] {
				delete(old.indexed, t)
			}
			list = append(list[:0:0], list[over:]...)
		}
	}
	p.lists[t] = list
}

// remove takes s off t's list.
func (p *postings) remove(t termID, s *story) {
	list := p.lists[t]
	for i, o := range list {
		if o == s {
			list = append(list[:i], list[i+1:]...)
			clear(list[len(list):cap(list)][:1])
			break
		}
	}
	p.set(t, list)
}

// compact drops dead stories, in place.
func compact(list []*story) []*story {
	kept := list[:0]
	for _, s := range list {
		if !s.dead {
			kept = append(kept, s)
		}
	}
	clear(list[len(kept):]) // let the dead be collected
	return kept
}

// collect appends to out the live stories indexed under t that are not yet
// stamped with stamp, adds w to every such story's accumulator, and compacts
// the list when dead entries pile up.
func (p *postings) collect(t termID, w float64, stamp uint64, out []*story) []*story {
	list := p.lists[t]
	dead := 0
	for _, s := range list {
		if s.dead {
			dead++
			continue
		}
		if s.stamp != stamp {
			s.stamp = stamp
			s.acc = 0
			out = append(out, s)
		}
		s.acc += w
	}
	if dead > 0 && dead*4 >= len(list) {
		p.set(t, compact(list))
	}
	return out
}

func (p *postings) set(t termID, list []*story) {
	if len(list) == 0 {
		delete(p.lists, t)
	} else {
		p.lists[t] = list
	}
}

// sweep compacts every list: terms nobody queries any more would otherwise
// keep dead stories alive.
func (p *postings) sweep() {
	for t, list := range p.lists {
		p.set(t, compact(list))
	}
}

func (p *postings) size() int {
	n := 0
	for _, l := range p.lists {
		n += len(l)
	}
	return n
}
