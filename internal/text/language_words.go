package text

import "strings"

// detectionLanguage lists the most frequent function words of a language,
// chosen to tell it apart from its neighbours (Spanish "el los y del",
// French "le les et des", Portuguese "o os do não", Italian "il di che
// della"). Lower case; accented forms are spelled out because matching
// lower-cases only ASCII.
type detectionLanguage struct {
	code  string
	words map[string]bool
}

var detectionLanguages = [...]detectionLanguage{
	{"en", detectionSet("the of and to in is that for it was on with as by at from his her they he she are be has have an this which were said will would not but")},
	{"fr", detectionSet("le la les des du de et est une un dans que qui pour sur au aux pas par il elle ont sont été avec ce cette ses leur plus mais a à")},
	{"es", detectionSet("el la los las del de y en que un una por con para es se su al lo como más pero sus fue ha han está")},
	{"de", detectionSet("der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch es wird sind hat wie bei nach aus noch")},
	{"it", detectionSet("il lo gli della di che è per una un del nel alla sono non con anche come più ha dei delle questo")},
	{"pt", detectionSet("o os do da dos das em no na um uma que não com para por mais é foi ao se seu sua como")},
	{"nl", detectionSet("de het een van en is dat die in op te voor met zijn niet aan ook door wordt bij naar")},
}

func detectionSet(list string) map[string]bool {
	words := strings.Fields(list)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
