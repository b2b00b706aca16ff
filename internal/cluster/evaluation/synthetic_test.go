package evaluation

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"herald/internal/cluster"
)

// syntheticStream generates a news stream with planted stories: each story
// has its own topic and name words, runs for a day or two, and is covered by
// several articles whose titles and texts mix story words with Zipf-
// distributed background words, plus a few words never seen before (the
// open vocabulary of news: new names, numbers, typos). The rate is constant
// (one article every 43 seconds, about 2,000 a day), so the live state
// should level off.
type syntheticStream struct {
	rng     *rand.Rand
	zipf    *rand.Zipf
	now     time.Time
	stories []synthStory
	nextID  int
	made    int
}

type synthStory struct {
	id     int
	words  []string
	until  time.Time
	source int
}

const (
	synthBackground = 30000 // background vocabulary
	synthTopics     = 20000 // pool of topic and name words
	synthNovel      = 3     // words per article seen nowhere else
)

func newSyntheticStream(seed uint64) *syntheticStream {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	return &syntheticStream{
		rng:  rng,
		zipf: rand.NewZipf(rng, 1.1, 2, synthBackground-1),
		now:  time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

// next returns one article and its planted story.
func (g *syntheticStream) next() (cluster.Article, int) {
	g.now = g.now.Add(43 * time.Second)
	// Drop finished stories; start a new one with probability 1/8, so a
	// story gets about eight articles on average.
	live := g.stories[:0]
	for _, s := range g.stories {
		if g.now.Before(s.until) {
			live = append(live, s)
		}
	}
	g.stories = live
	if len(g.stories) == 0 || g.rng.IntN(8) == 0 {
		s := synthStory{id: g.nextID, until: g.now.Add(time.Duration(12+g.rng.IntN(36)) * time.Hour)}
		g.nextID++
		for range 8 {
			s.words = append(s.words, fmt.Sprintf("t%d", g.rng.IntN(synthTopics)))
		}
		g.stories = append(g.stories, s)
	}
	// Recent stories get more coverage than old ones.
	s := g.stories[len(g.stories)-1-min(len(g.stories)-1, int(g.rng.ExpFloat64()*float64(len(g.stories))/3))]
	pick := func(n int, storyShare float64) string {
		words := make([]string, n)
		for i := range words {
			if g.rng.Float64() < storyShare {
				words[i] = s.words[g.rng.IntN(len(s.words))]
			} else {
				words[i] = fmt.Sprintf("b%d", g.zipf.Uint64())
			}
		}
		return strings.Join(words, " ")
	}
	g.made++
	text := pick(60, 0.25)
	for i := range synthNovel {
		text += fmt.Sprintf(" n%dx%d", g.made, i)
	}
	return cluster.Article{
		ID:        fmt.Sprintf("a%d", g.made),
		Title:     pick(8, 0.5),
		Text:      text,
		Source:    fmt.Sprintf("pub%d", g.rng.IntN(200)),
		Language:  "en", // the pipeline passes the detected language
		Published: g.now,
	}, s.id
}
