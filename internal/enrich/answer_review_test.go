package enrich

import "testing"

// TestAnswersReview asks reviewQuestions, the questions a reader review
// of the demo (session 14) found unanswered or answered with the wrong
// sentence first: the ask form's own example, "Who is quoted, and what
// did they say?", in its three languages, and questions whose answer
// the article plainly gives. The rules before the review answered none;
// they were written with these questions in view, so the other sets
// remain the measure of what generalises.
func TestAnswersReview(t *testing.T) {
	right := answeredFirst(t, reviewQuestions)
	t.Logf("%d of %d review questions answered by the first citation", right, len(reviewQuestions))
	if right < reviewFloor {
		t.Errorf("%d of %d review questions answered by the first citation, want at least %d", right, len(reviewQuestions), reviewFloor)
	}
}

const reviewFloor = 19

// reviewQuestions name an article by a unique title prefix; want lies in
// the sentence that answers, which for a question about the quotations
// is the first quotation that names its speaker.
var reviewQuestions = []struct {
	title, question, want string
}{
	// The form's example and its kin: the quotations, each with its speaker.
	{"Port Calder's Harbour Bridge shut", "Who is quoted, and what did they say?", "Mayor Owen Castellane told reporters"},
	{"Port Calder's Harbour Bridge shut", "Who is quoted?", "Mayor Owen Castellane told reporters"},
	{"Brightwell Foods recalls", "Who said what?", "Brightwell chief executive Martina Quist said"},
	{"Langue commune", "Qui est cité, et qu'a-t-il dit ?", "a lancé M. Desrosiers"},
	{"Langue commune", "Qui s'exprime ?", "a lancé M. Desrosiers"},
	{"Le Théâtre des Remparts", "Qui est cité ?", "sourit l’architecte Nadia Bellerose"},
	{"Le Théâtre des Remparts", "Qu'ont-ils dit ?", "sourit l’architecte Nadia Bellerose"},
	{"إغلاق جسر الميناء", "من صرّح، وماذا قال؟", "وقال رئيس بلدية بورت كالدر أوين كاستيلان"},
	{"البنك المركزي الأرديني", "ماذا قال المسؤولون؟", "وقال المحافظ الدكتور سمير حداد"},

	// Answers the article plainly gives, in other words than the question's.
	{"Brightwell Foods recalls", "Which jars are affected?", "The recall covers Brightwell Smooth"},
	{"Brightwell Foods recalls", "Which products are recalled?", "The recall covers Brightwell Smooth"},
	{"Osterland's Anselm wins", "Who did Anselm beat?", "His main challenger, Dagny Rausch"},
	{"Langue commune", "Qui a présenté le projet de loi 12 ?", "déposé le 17 novembre par le ministre"},
	{"Batterie au sodium", "Qui est la chercheuse ?", "Mardi, Sophie Renaud, 33 ans"},
	{"Batterie au sodium", "Comment s'appelle la chercheuse ?", "Mardi, Sophie Renaud, 33 ans"},
	{"Bank of Ardenia cuts policy rate", "When is the next meeting?", "next policy decision is due on Feb. 3"},

	// The right sentence, but not first.
	{"Bank of Ardenia cuts policy rate", "What is the new interest rate?", "to 3.50 percent on Wednesday"},
	{"MARSK CLINGS ON", "How many MPs abstained?", "Four MPs from her own coalition partners"},
	{"Ardenian nurses begin", "What do the nurses want?", "is demanding a 9 percent pay rise"},
	{"Le Théâtre des Remparts", "Quand le théâtre rouvre-t-il ?", "a rouvert samedi soir"},
	{"NordGrid substation fault blacks out", "What caused the blackout?", "a fault at the Tolvern Road substation tripped"},
}
