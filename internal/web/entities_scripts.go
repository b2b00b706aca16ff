package web

import (
	"slices"

	"herald/internal/model"
	"herald/internal/text"
)

// acrossScripts merges a story's entities named in Arabic script into the
// same entity named in Latin script, when both are of one type and their
// names share one consonant skeleton ("هيلينا مارسك" and "Helena Marsk",
// "نهر فيرا" and "Veyra River"; see text.CrossScriptKeys):
// entity keys are written in the article's script, so a story reported in
// English and Arabic otherwise lists each person twice. The Latin entry
// keeps its place and takes the other's mentions.
func acrossScripts(ents []model.Entity) []model.Entity {
	latin := map[string]int{} // type + key -> index in ents
	for i, e := range ents {
		if text.HasArabic(e.Name) {
			continue
		}
		for _, k := range text.CrossScriptKeys(e.Name) {
			if _, dup := latin[e.Type+":"+k]; !dup {
				latin[e.Type+":"+k] = i
			}
		}
	}
	merged := make([]bool, len(ents))
	for i, e := range ents {
		if !text.HasArabic(e.Name) {
			continue
		}
		for _, k := range text.CrossScriptKeys(e.Name) {
			if j, ok := latin[e.Type+":"+k]; ok {
				ents[j].Mentions += e.Mentions
				merged[i] = true
				break
			}
		}
	}
	out := ents[:0]
	for i, e := range ents {
		if !merged[i] {
			out = append(out, e)
		}
	}
	return slices.Clip(out)
}
