package text

import "testing"

// Short news paragraphs written for this test, two per language.
func TestLanguage(t *testing.T) {
	tests := []struct{ want, text string }{
		{"en", "The city council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its supports."},
		{"en", "Storm Elin is expected to reach the coast tonight with winds of up to 120 km/h, the weather service said."},
		{"fr", "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, après la découverte de fissures dans deux de ses piliers."},
		{"fr", "La tempête devrait atteindre la côte dans la nuit, avec des rafales jusqu'à 120 km/h, selon les services météorologiques."},
		{"es", "El ayuntamiento votó el martes el cierre del viejo puente para repararlo, después de que los ingenieros encontraran grietas en dos de sus pilares."},
		{"es", "La tormenta llegará a la costa esta noche con vientos de hasta 120 km/h, según el servicio meteorológico."},
		{"de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten."},
		{"de", "Der Sturm soll die Küste in der Nacht mit Böen von bis zu 120 km/h erreichen, teilte der Wetterdienst mit."},
		{"ar", "صوّت المجلس البلدي يوم الثلاثاء على إغلاق الجسر القديم لإصلاحه بعد أن وجد المهندسون تشققات في دعامتين."},
		{"ar", "من المتوقع أن تصل العاصفة إلى الساحل الليلة مع رياح تصل سرعتها إلى 120 كيلومترا في الساعة."},
		{"it", "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori, dopo che gli ingegneri hanno trovato crepe nei piloni."},
		{"pt", "A câmara municipal votou na terça-feira o encerramento da velha ponte para obras, depois de os engenheiros encontrarem fissuras nos pilares."},
		{"", "42 — !!"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("Language(%.40q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func BenchmarkLanguage(b *testing.B) {
	s := "The city council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its supports. "
	for len(s) < 4000 {
		s += s
	}
	for i := 0; i < b.N; i++ {
		Language(s)
	}
}

func TestHasArabic(t *testing.T) {
	for s, want := range map[string]bool{"مصر": true, "person:هيلينا-مارسك": true, "place:egypt": false, "Élodie": false, "": false} {
		if got := HasArabic(s); got != want {
			t.Errorf("HasArabic(%q) = %v, want %v", s, got, want)
		}
	}
}
