package cluster

import "time"

// StoryID names a story. IDs are handed out in increasing order from 1;
// Restore with a known ID moves the counter past it.
type StoryID int64

// Article is what the clusterer needs to know about one article.
type Article struct {
	ID     string
	Title  string
	Text   string // body text, plain; optional
	Source string // publisher
	// Language is the ISO 639-1 code when known; otherwise it is detected
	// from the text (headlines alone count as English).
	Language  string
	Published time.Time
	// Entities are canonical entity keys and Keyphrases keyphrase stems,
	// both from the understanding stage; optional.
	Entities   []string
	Keyphrases []string
	// EntityMentions says how often each of Entities is named, index for
	// index; optional (missing counts are 1). Related stories weigh
	// entities by it, so a passing mention ("tested on an Ardenia Rail
	// train") links a review to the rail story hardly at all.
	EntityMentions []int
	// DuplicateOf is the id of the original when dedup recognised this
	// article as a copy; it then joins the original's story directly.
	DuplicateOf string
}

// story is the live state of one story in the index.
type story struct {
	id      StoryID
	profile profile
	members []member // the first and the most recent, at most MaxMembers
	count   int      // members ever added, including those trimmed
	formed  uint64   // the clusterer's article count when it reached two articles
	first   time.Time
	last    time.Time
	// languages are the known languages of the members, with counts.
	languages map[string]int
	// indexed holds the terms whose posting lists contain this story.
	indexed map[termID]struct{}
	// dead is set when the story is evicted or merged away; posting lists
	// drop it lazily.
	dead bool
	// stamp marks the story as already collected for the current query.
	stamp uint64
	// acc accumulates the weight of the query terms the story shares, a
	// cheap first score that picks which candidates get the full one.
	acc float64
	// densitySum and densityN sum the entity density of the members that
	// name entities (see entityDensity).
	densitySum float64
	densityN   int
}

type member struct {
	id          string
	title       string
	source      string
	published   time.Time
	duplicateOf string
	entities    []string
	keyphrases  []string
	language    string
	mentions    []int // EntityMentions, kept for a move to another story
}

// article is the member as an Article without its text, to place it again.
func (m member) article() Article {
	return Article{ID: m.id, Title: m.title, Source: m.source, Language: m.language, Published: m.published,
		Entities: m.entities, Keyphrases: m.keyphrases, EntityMentions: m.mentions}
}

func newStory(id StoryID) *story {
	return &story{id: id, profile: newProfile(), indexed: make(map[termID]struct{})}
}

// addMember adds the article and returns the ids of members trimmed to keep
// at most maxMembers (the first, the first reporter, stays; the oldest of
// the rest go, a tenth at a time) and the terms the centroid dropped.
func (s *story) addMember(a Article, vec docVec, centroidTerms, maxMembers int) (trimmed []string, dropped []termID) {
	dropped = s.profile.add(vec, centroidTerms)
	s.count++
	s.members = append(s.members, member{
		id: a.ID, title: a.Title, source: a.Source, published: a.Published,
		duplicateOf: a.DuplicateOf, entities: a.Entities, keyphrases: a.Keyphrases,
		language: a.Language, mentions: a.EntityMentions,
	})
	s.addDensity(a, 1)
	if a.Language != "" {
		if s.languages == nil {
			s.languages = make(map[string]int)
		}
		s.languages[a.Language]++
	}
	s.touch(a.Published)
	if maxMembers > 1 && len(s.members) > maxMembers {
		drop := max(1, maxMembers/10)
		for _, m := range s.members[1 : 1+drop] {
			trimmed = append(trimmed, m.id)
		}
		s.members = append(s.members[:1], s.members[1+drop:]...)
	}
	return trimmed, dropped
}

// languageMix tells how an article in lang compares with the story: on words
// when the story has articles in lang (or a language is unknown), on names
// when most of the story is in other languages, and on both, taking the
// better, when the story's few articles in lang sit among more in others.
func (s *story) languageMix(lang string) (words, names bool) {
	if lang == "" || len(s.languages) == 0 {
		return true, false
	}
	same, other := s.languages[lang], 0
	for l, n := range s.languages {
		if l != lang {
			other += n
		}
	}
	return same > 0, other > same
}

func (s *story) touch(t time.Time) {
	if t.IsZero() {
		return
	}
	if s.first.IsZero() || t.Before(s.first) {
		s.first = t
	}
	if t.After(s.last) {
		s.last = t
	}
}

// denseMentions is how many entity mentions make an article fully about
// its entities.
const denseMentions = 10

// entityDensity is how far an article is about the entities it names: a
// review that names a rail company and a city once each, in passing, is
// not about them (0.2), a report that names them twenty times is (1). It
// is 1 when the caller gave entities without counts, and not known (ok is
// false) for an article that names none.
func entityDensity(a Article) (d float64, ok bool) {
	sal := salience(a)
	if len(sal) == 0 {
		return 0, false
	}
	if a.EntityMentions == nil {
		return 1, true
	}
	sum := 0.0
	for _, n := range sal {
		sum += n
	}
	return min(1, sum/denseMentions), true
}

// addDensity adds (sign 1) or takes away (sign -1) article a's entity
// density.
func (s *story) addDensity(a Article, sign int) {
	if d, ok := entityDensity(a); ok {
		s.densitySum += float64(sign) * d
		s.densityN += sign
	}
}

// entityDensity is the mean density of the members that name entities,
// including those trimmed from the member list (their vectors stay in the
// centroids).
func (s *story) entityDensity() float64 {
	if s.densityN == 0 {
		return 0
	}
	return s.densitySum / float64(s.densityN)
}
