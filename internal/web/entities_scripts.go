package web

import (
	"slices"
	"strings"

	"herald/internal/model"
	"herald/internal/text"
)

// acrossScripts merges a story's entities named in Arabic script into the
// same entity named in Latin script, when both are of one type and their
// names share one consonant skeleton ("هيلينا مارسك" and "Helena Marsk"):
// entity keys are written in the article's script, so a story reported in
// English and Arabic otherwise lists each person twice. The Latin entry
// keeps its place and takes the other's mentions.
func acrossScripts(ents []model.Entity) []model.Entity {
	latin := map[string]int{} // type + skeleton -> index in ents
	for i, e := range ents {
		if !text.HasArabic(e.Name) {
			if k := skeletonKey(e); k != "" {
				if _, dup := latin[k]; !dup {
					latin[k] = i
				}
			}
		}
	}
	merged := make([]bool, len(ents))
	for i, e := range ents {
		if !text.HasArabic(e.Name) {
			continue
		}
		if j, ok := latin[skeletonKey(e)]; ok && skeletonKey(e) != "" {
			ents[j].Mentions += e.Mentions
			merged[i] = true
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

func skeletonKey(e model.Entity) string {
	keys := text.NameKeys(e.Name)
	if len(keys) == 0 {
		return ""
	}
	return e.Type + ":" + strings.Join(keys, " ")
}
