package enrich

// featureKind returns the natural feature a one-word place is always
// named with, or "": "the Calder estuary", "the Tess, Ash and Orne
// valleys". The word alone is the name of the river the feature takes it
// from, and shown alone beside "Port Calder" it reads like a clipped
// town, so the entity is the feature the text talks about. A place also
// named without the feature ("the Orne would stay high") keeps its name,
// as does one that joined a fuller name ("River Orne"), and a city the
// gazetteer knows ("the Paris basin") keeps its gazetteer name.
func (c *cluster) featureKind() string {
	if c.typ != Place || len(c.words) != 1 {
		return ""
	}
	for kind, n := range c.kindsAfter {
		if n == c.mentions && namedFeatures[kind] {
			return kind
		}
	}
	return ""
}

// namedFeatures are the natural features, in the singular, that take
// their name from a river or a hill before them.
var namedFeatures = wordSet(`estuary valley river delta basin gorge glen firth creek hill mountain plateau`)
