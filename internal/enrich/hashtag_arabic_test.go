package enrich

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestArabicWithoutClitic(t *testing.T) {
	tests := []struct {
		word    string
		written []string // other words of the article
		want    string
	}{
		{"للمطالبة", nil, "المطالبة"},      // "for the demand": "ل" swallowed the article's alif
		{"بالضمانات", nil, "الضمانات"},     // "with the guarantees"
		{"والانتخابات", nil, "الانتخابات"}, // "and the elections"
		{"وللمطالبة", nil, "المطالبة"},
		{"للبنان", nil, "لبنان"},               // "for Lebanon", a gazetteer place
		{"للندن", nil, "لندن"},                 // "for London"
		{"بمدينة", []string{"مدينة"}, "مدينة"}, // written alone elsewhere
		{"بمدينة", nil, "بمدينة"},              // a bare "ب" stays unless the article shows the word alone
		{"كالدر", nil, "كالدر"},                // Calder, not "like the dr"
		{"بورت", nil, "بورت"},
		{"الميناء", nil, "الميناء"},
		{"بالي", nil, "بالي"},                        // too short to be "ب" and the article
		{"فالنسيا", nil, "فالنسيا"},                  // Valencia
		{"بالتيمور", nil, "بالتيمور"},                // Baltimore
		{"والي", nil, "والي"},                        // a governor
		{"والد", nil, "والد"},                        // a father
		{"والمفاوضات", nil, "المفاوضات"},             // "and the negotiations"
		{"والمتظاهرين", nil, "المتظاهرين"},           // "and the protesters"
		{"فالكون", nil, "فالكون"},                    // Falcon
		{"بالدوين", nil, "بالدوين"},                  // Baldwin
		{"بالتيمور", []string{"التيمور"}, "التيمور"}, // written alone: the article says so
	}
	for _, tt := range tests {
		written := map[string]int{}
		for _, w := range tt.written {
			written[w]++
		}
		if got := arabicWithoutClitic(tt.word, written); got != tt.want {
			t.Errorf("arabicWithoutClitic(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestArabicHashtagsDropClitics(t *testing.T) {
	doc := Document{Language: "ar", Title: "إضراب الممرضين للمطالبة بزيادة الأجور",
		Text: `أضرب الممرضون في مستشفى بورت كالدر للمطالبة بزيادة الأجور. ` +
			`وقالت النقابة إن الإضراب مستمر للمطالبة بالضمانات. ` +
			`وطالبت النقابة بالضمانات قبل العودة إلى العمل، وأكدت أن الإضراب سيستمر للمطالبة بحقوق الممرضين.`}
	r, err := Enrich(context.Background(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"#للمطالبة", "#بالضمانات"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q keep the clitic of %q", r.Hashtags, bad)
		}
	}
	if !slices.Contains(r.Hashtags, "#المطالبة") && !slices.Contains(r.Hashtags, "#الضمانات") {
		t.Errorf("hashtags %q have neither #المطالبة nor #الضمانات", r.Hashtags)
	}
}

// A role before a name is no topic: the person's own tag names them.
func TestArabicHashtagsLeaveOutRoles(t *testing.T) {
	doc := Document{Language: "ar", Title: "الدكتور سمير حداد يخفض الفائدة",
		Text: `خفض البنك المركزي سعر الفائدة، وقال الدكتور سمير حداد إن التضخم تراجع. ` +
			`وأضاف الدكتور سمير أن الفائدة قد تنخفض مرة أخرى. وقال وزير المالية إن الحكومة ترحب بالقرار، ` +
			`وأكد وزير المالية أن الفائدة المنخفضة تساعد الأسر. ورحب الدكتور سمير بموقف وزير المالية.`}
	r, err := Enrich(context.Background(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"#الدكتور_سمير", "#وزير_المالية", "#الدكتور_سمير_حداد"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q contain the role phrase %q", r.Hashtags, bad)
		}
	}
	if !slices.Contains(r.Hashtags, "#الفائدة") {
		t.Errorf("hashtags %q lack #الفائدة", r.Hashtags)
	}
	// The role may carry a clitic: "بالدكتور", "والوزير".
	clitic := Document{Language: "ar", Title: "خفض الفائدة",
		Text: `خفض البنك المركزي الفائدة، وأشاد الخبراء بالدكتور سمير. ورحب المستثمرون بالدكتور سمير وبقراره. ` +
			`وقال المحللون إن الثقة بالدكتور سمير كبيرة، وإن الفائدة قد تنخفض. والتقى والوزير كريم بالمستثمرين. وأكد والوزير كريم دعمه.`}
	r, err = Enrich(context.Background(), clitic, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range r.Hashtags {
		if strings.HasPrefix(tag, "#الدكتور_") || strings.HasPrefix(tag, "#الوزير_") || strings.HasPrefix(tag, "#بالدكتور_") || strings.HasPrefix(tag, "#والوزير_") {
			t.Errorf("hashtags %q contain the role phrase %q", r.Hashtags, tag)
		}
	}
}
