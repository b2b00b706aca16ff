package enrich

import (
	"strings"
	"testing"
)

// A speaker named by a role noun alone is the one person the article
// introduced by that role or a synonym of it; with none or two, the role
// stays as written.
func TestRoleSynonymSpeakers(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		quote   string // a prefix of the expected quotation
		speaker string
	}{
		{"french: l'actrice is the comédienne",
			"Le film, porté par la comédienne Claire Delorme-Vial, a été applaudi. « J’ai tourné pendant trois mois sous la pluie », a confié l’actrice après la projection.",
			"J’ai tourné pendant trois mois", "Claire Delorme-Vial"},
		{"french: le directeur is the dirigeant, past an adjective",
			"Le dirigeant historique Bernard Lavoie a présenté les comptes. « Nous avons doublé nos ventes en un an », a expliqué le directeur.",
			"Nous avons doublé nos ventes", "Bernard Lavoie"},
		{"french: le patron is the directeur artistique",
			"Le directeur artistique Raphaël Morissette a choisi la pièce. « Il fallait une voix d’ici pour cette salle », a dit le patron.",
			"Il fallait une voix d’ici", "Raphaël Morissette"},
		{"french: la directrice is not the directeur",
			"Le directeur Bernard Lavoie a présenté les comptes. « Nous avons doublé nos ventes en un an », a expliqué la directrice.",
			"Nous avons doublé nos ventes", "la directrice"},
		{"french: two comédiennes leave l'actrice as written",
			"La pièce réunit la comédienne Claire Delorme-Vial et la comédienne Sophie Berthelot. « J’ai répété pendant deux mois », a confié l’actrice.",
			"J’ai répété pendant deux mois", "l’actrice"},
		{"french: a verb between the role and the name",
			"Le patron salue Bernard Lavoie pour son travail. « Nous avons doublé nos ventes en un an », a expliqué le directeur.",
			"Nous avons doublé nos ventes", "le directeur"},
		{"english: the actress named before",
			"The film stars actress Jane Holloway as a lighthouse keeper. “I learned to row for this part,” the actress said.",
			"I learned to row", "Jane Holloway"},
		{"english: the author is the novelist",
			"The prize went to novelist Peter Marrack for his third book. “I wrote most of it on trains,” the author said.",
			"I wrote most of it", "Peter Marrack"},
		{"english: two writers leave the author as written",
			"The prize went to novelist Peter Marrack, ahead of writer Anna Lind. “I wrote most of it on trains,” the author said.",
			"I wrote most of it", "the author"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := "en"
			if strings.HasPrefix(tt.name, "french") {
				lang = "fr"
			}
			qs := Quotes(Document{Text: tt.text, Language: lang})
			if got := quoteSpeaker(t, qs, tt.quote); got != tt.speaker {
				t.Fatalf("speaker = %q, want %q", got, tt.speaker)
			}
		})
	}
}

// A French role noun no one was introduced by is the article's subject,
// last named before it, when the headline is about someone of that role
// and the sexes agree; without such a headline it stays as written.
func TestRoleAnaphorSpeaker(t *testing.T) {
	text := "Sophie Renaud a grandi à Saint-Aubert et travaille à l'Université de Velmont.\n\n" +
		"« Le sodium, c'est du sel », explique la chercheuse, jointe par téléphone."
	tests := []struct {
		title, text, want string
	}{
		{"Une chercheuse de Saint-Aubert derrière une avancée", text, "Sophie Renaud"},
		{"Une avancée saluée à Velmont", text, "la chercheuse"},
		{"Une chercheuse de Saint-Aubert derrière une avancée", strings.Replace(text, "Sophie Renaud", "Marc Renaud", 1), "la chercheuse"},
	}
	for _, tt := range tests {
		qs := Quotes(Document{Title: tt.title, Text: tt.text, Language: "fr"})
		if len(qs) != 1 || qs[0].Speaker != tt.want {
			t.Errorf("%q: quotes %+v, want one by %s", tt.title, qs, tt.want)
		}
	}
}

// A pronoun attribution with no one named within reach is the person of
// its sex quoted in the paragraph before.
func TestPronounTakesThePreviousSpeaker(t *testing.T) {
	doc := Document{Title: "Une chercheuse de Saint-Aubert derrière une avancée", Language: "fr", Text: "Sophie Renaud a grandi à Saint-Aubert.\n\n" +
		"La batterie tient cinq mille cycles et fonctionne par grand froid.\n\n" +
		"« Le sodium, c'est du sel », explique la chercheuse, jointe par téléphone.\n\n" +
		"L'anode vient d'une scierie, à trente kilomètres. « J'ai appelé l'entreprise un peu au hasard, en 2023 », raconte-t-elle en riant."}
	qs := Quotes(doc)
	if len(qs) != 2 || qs[0].Speaker != "Sophie Renaud" || qs[1].Speaker != "Sophie Renaud" {
		t.Errorf("quotes %+v, want both by Sophie Renaud", qs)
	}
	// "raconte-t-il" is not hers.
	doc.Text = strings.Replace(doc.Text, "raconte-t-elle", "raconte-t-il", 1)
	if qs := Quotes(doc); len(qs) != 2 || qs[1].Speaker == "Sophie Renaud" {
		t.Errorf("a man's words given to her: %+v", qs)
	}
}
