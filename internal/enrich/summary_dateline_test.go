package enrich

import (
	"testing"
	"unicode/utf8"
)

func TestTrimDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PORT CALDER (Herald) — The city closed the Harbour Bridge on Tuesday.", "The city closed the Harbour Bridge on Tuesday."},
		{"EL PASO, Texas (AP) — Attorneys for an elderly ex-CIA agent rested their case.", "Attorneys for an elderly ex-CIA agent rested their case."},
		{"LINDHAVEN, Ardenia, Nov 21 (Northwind) - Storm Elin battered the north coast overnight.", "Storm Elin battered the north coast overnight."},
		{"VELMONT, Nov 26 (Northwind) - Lumio said on Thursday it would cut 600 jobs.", "Lumio said on Thursday it would cut 600 jobs."},
		{"PARIS, 12 people were hurt when a bus left the road on Tuesday.", "PARIS, 12 people were hurt when a bus left the road on Tuesday."},
		{"LONDON - The Bank of England held rates at 5 per cent on Thursday.", "The Bank of England held rates at 5 per cent on Thursday."},
		{"(CNN) One of the biggest TV events of all time is being reimagined.", "One of the biggest TV events of all time is being reimagined."},
		{"NATO leaders met in Brussels on Tuesday to discuss the budget.", "NATO leaders met in Brussels on Tuesday to discuss the budget."},
		{"The city closed the bridge (again) on Tuesday after engineers found cracks.", "The city closed the bridge (again) on Tuesday after engineers found cracks."},
		{"US officials — speaking anonymously — said the talks would resume.", "US officials — speaking anonymously — said the talks would resume."},
		{"PARIS (AFP) — Short one.", "PARIS (AFP) — Short one."},
		{"Washington, DC, United States: Getting to the Moon, while not easy, has been done.", "Getting to the Moon, while not easy, has been done."},
		{"Doha, Qatar: The talks resumed on Tuesday after a week of delays.", "The talks resumed on Tuesday after a week of delays."},
		{"Indianapolis – Several thousand teachers wearing red surrounded the Statehouse on Tuesday.", "Several thousand teachers wearing red surrounded the Statehouse on Tuesday."},
		{"Marsk – and her coalition partners – survived the vote on Tuesday by two votes.", "Marsk – and her coalition partners – survived the vote on Tuesday by two votes."},
		{"Ukraine - which has lost tens of thousands of soldiers - says it will keep fighting.", "Ukraine - which has lost tens of thousands of soldiers - says it will keep fighting."},
		{"China – the world's biggest emitter of greenhouse gases, pledged on Tuesday to cut coal use.", "China – the world's biggest emitter of greenhouse gases, pledged on Tuesday to cut coal use."},
		{"Smith, Jones and Partners: the firm said on Monday it would hire more staff.", "Smith, Jones and Partners: the firm said on Monday it would hire more staff."},
		{"Union boss, Velmont branch: we are not angels and never said we were.", "Union boss, Velmont branch: we are not angels and never said we were."},
		{"غراوبورغ – فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد.", "فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد."},
		{"فيلمونت (رويترز) - بدأ نحو ثلاثة آلاف ممرض إضرابا عن العمل صباح اليوم.", "بدأ نحو ثلاثة آلاف ممرض إضرابا عن العمل صباح اليوم."},
		{"قال الوزير، وهو غاضب – كما بدا – إن الحكومة لن تتراجع عن قرارها.", "قال الوزير، وهو غاضب – كما بدا – إن الحكومة لن تتراجع عن قرارها."},
		{"غراوبورغ – فاز أنسلم.", "غراوبورغ – فاز أنسلم."},
		{"وزير الخارجية – الذي تولى منصبه العام الماضي – قال إن الحكومة لن تتراجع.", "وزير الخارجية – الذي تولى منصبه العام الماضي – قال إن الحكومة لن تتراجع."},
		{"غراوبورغ\u00a0– فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد.", "فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد."},
		{"غراوبورغ\n-- فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد.", "فاز رئيس أوسترلاند فيكتور أنسلم بولاية ثانية يوم الأحد."},
	}
	for _, tt := range tests {
		if got := trimDateline(tt.in); got != tt.want || !utf8.ValidString(got) {
			t.Errorf("trimDateline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
