package enrich

import (
	"strings"
	"testing"
)

// Arabic names are found where news copy announces them: after a role or
// a speech verb, a place word or an institution's head.
func TestArabicEntities(t *testing.T) {
	doc := Document{Language: "ar", Text: "وقال رئيس بلدية ميناء سالدا يوهان برانت للصحفيين: «لن نفتح الطريق قبل أن نتأكد من سلامته». وأضاف أن الإصلاح قد يستغرق أسبوعاً.\n\n" +
		"وفي حي كورفين، قال سائق الحافلة سامي الخياط إنه انتظر ساعتين. وأضاف: «الطريق هو شريان هذا الحي ولا بديل له».\n\n" +
		"من جهتها، قالت كبيرة المهندسين في الهيئة الوطنية للجسور إنغريد فالك إن الفحص سيستغرق أسبوعين، مؤكدة أن «السلامة تأتي قبل كل شيء».\n\n" +
		"وقال مسؤول كبير إن الحكومة ستدفع التكاليف. وقالت المتحدثة إنها ستضيف رحلات إلى الجدول. وأعلنت شركة قطارات الشمال مضاعفة رحلاتها بين كورفين وسالدا.\n\n" +
		"وأشار السائق إلى الطريق بين كورفين وسالدا. وأعلن المدير مضاعفة رحلاتها في الشتاء.\n\n" +
		"وأوضحت مديرة المتحف، إليانور فاسبيرغ، أن المعرض سيستمر شهراً. ووقعت مملكة تارفا الاتفاق في قصر دار الضيافة، وقال برانت إن سكان مدينة سالدا الجديدة ينتظرون. " +
		"وخفّض البنك الفائدة، وقال البنك المركزي السالدي إنه سيراقب التضخم.\n\n" +
		"رئيسة وزراء تارفا هيلينا مارسك تنجو بفارق صوتين. ونجت رئيسة الوزراء هيلينا مارسك من التصويت. وخفض بنك تارفا سعر الفائدة. " +
		"وبدأ نحو ألف ممرض في تارفا إضراباً لمدة يومين. وفاز الرئيس فيكتور أنسلم بولاية ثانية من الجولة الأولى، وقال أنسلم إنه سعيد. " +
		"وتعهد وزير النقل رونه ألدرسن بتوفير «كل الأموال اللازمة» للإصلاحات."}
	ents := Entities(doc)
	want := map[string]EntityType{
		"يوهان برانت": Person, "سامي الخياط": Person, "إنغريد فالك": Person, "إليانور فاسبيرغ": Person,
		"كورفين": Place, "مملكة تارفا": Place, "قصر دار الضيافة": Place,
		"الهيئة الوطنية للجسور": Organization, "البنك المركزي السالدي": Organization,
		"هيلينا مارسك": Person, "بنك تارفا": Organization, "فيكتور أنسلم": Person, "رونه ألدرسن": Person,
	}
	for name, typ := range want {
		if e := findEntity(ents, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want a %s", name, e, typ)
		}
	}
	if e := findEntity(ents, "يوهان برانت"); e != nil && e.Mentions != 2 {
		t.Errorf("يوهان برانت has %d mentions, want 2 (the family name alone counts)", e.Mentions)
	}
	for _, e := range ents {
		switch e.Name {
		case "مسؤول كبير", "ستضيف رحلات", "مضاعفة رحلاتها", "البنك الفائدة", "كورفين وسالدا",
			"مارسك تنجو", "بنك تارفا سعر", "تارفا إضراباً", "لمدة يومين", "بولاية ثانية", "ألدرسن بتوفير":
			t.Errorf("%q is no entity: %+v", e.Name, e)
		}
	}
	speakers := map[string]string{
		"لن نفتح الطريق":          "يوهان برانت",
		"الطريق هو شريان":         "سامي الخياط",
		"السلامة تأتي قبل كل شيء": "إنغريد فالك",
	}
	for _, q := range Quotes(doc) {
		for prefix, want := range speakers {
			if strings.HasPrefix(q.Text, prefix) && q.Speaker != want {
				t.Errorf("quote %q: speaker %q, want %q", prefix, q.Speaker, want)
			}
			if strings.HasPrefix(q.Text, prefix) {
				delete(speakers, prefix)
			}
		}
	}
	if len(speakers) > 0 {
		t.Errorf("quotes not found: %v", speakers)
	}
	// A particle before a newspaper's name in guillemets is no speaker,
	// and the name no quotation: "لـ«المنارة»".
	for text, want := range map[string]string{
		"وقال مسؤول كبير لرويترز: «سنرد في الوقت المناسب على الهجوم».":                                                                                   "مسؤول كبير",
		"وأكدت الوزارة لـ«رويترز»: «لن نسمح بتكرار ما حدث هذا الأسبوع».":                                                                                 "الوزارة",
		"وقالت وزارة الصحة في بيان بعد لقاء الوزير خالد عبد الغفار بالسفير: «المستشفيات جاهزة لاستقبال الجرحى».":                                         "وزارة الصحة",
		"وقال أستاذ العلوم السياسية في الجامعة لـ«المنارة»: «الفارق صوتان فقط في هذا التصويت».":                                                          "أستاذ العلوم السياسية",
		"ويرى محللون في فيلمونت أن الحكومة نجت. وقال أستاذ العلوم السياسية في جامعة فيلمونت كريم بنعيسى لـ«المنارة»: «الفارق صوتان فقط في هذا التصويت».": "كريم بنعيسى",
		"وأقرت بالنتيجة، لكنها: «لم تكن المنافسة متكافئة على الإطلاق»، كما قالت.":                                                                        "",
		"«لن نتراجع عن هذا القرار أبداً»، يقول المسؤول مبتسماً.":                                                                                         "المسؤول",
		"وقالت وزارة الخارجية الإيرانية في بيان إن «العقوبات الجديدة لن تغير موقف طهران».":                                                               "وزارة الخارجية الإيرانية",
		"وقال المزارع سالم الدباغ إن المياه لم تصل. «الورق جميل، لكن الماء لا يجري في الورق»، يقول الدباغ مبتسماً.":                                      "سالم الدباغ",
	} {
		qs := Quotes(Document{Language: "ar", Text: text})
		if len(qs) != 1 || qs[0].Speaker != want {
			t.Errorf("%.40s: quotes %+v, want one by %q", text, qs, want)
		}
	}
}

// Wire-style Arabic: real places link to the gazetteer's keys, and the
// phrases that stand where names do ("المتحدث باسم الحكومة", "شهود
// عيان", "مسؤول أمريكي لرويترز") name no one.
func TestArabicWireEntities(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // name -> key
		bad  []string
	}{
		{"وقال المتحدث باسم الحكومة إن الوزارة ستعلن الخطة. وقال المتحدث باسم البيت الأبيض جون كيربي إن واشنطن قلقة.",
			map[string]string{"جون كيربي": "person:جون-كيربي", "واشنطن": "place:washington"}, []string{"باسم الحكومة", "باسم البيت"}},
		{"أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا. وقالت وزارة الصحة إن المستشفيات مكتظة.",
			map[string]string{"وزارة الصحة": "organization:وزارة-الصحة", "غزة": "place:gaza"}, nil},
		{"وقال الرئيس الأمريكي جو بايدن إن بلاده ستدعم أوكرانيا. وقال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار.",
			map[string]string{"جو بايدن": "person:جو-بايدن", "فلاديمير بوتين": "person:فلاديمير-بوتين", "أوكرانيا": "place:ukraine", "موسكو": "place:moscow"}, nil},
		{"استقبل ولي العهد الأمير محمد بن سلمان الوفد في الرياض. وقال وزير الصحة خالد عبد الغفار إن الوزارة جاهزة.",
			map[string]string{"محمد بن سلمان": "person:محمد-بن-سلمان", "خالد عبد الغفار": "person:خالد-عبد-الغفار", "الرياض": "place:riyadh"},
			[]string{"سلمان الوفد", "عبد الغفار"}},
		{"وقال شهود عيان إن الانفجار وقع صباحاً. وقال أحمد، وهو صاحب متجر، إن النوافذ تحطمت. وقال مسؤول أمريكي لرويترز: «سنرد في الوقت المناسب».",
			nil, []string{"شهود عيان", "صاحب متجر", "أمريكي لرويترز"}},
		{"أسست شركة ناشئة في منطقة سكنية بقرية صغيرة. وقال حزب معارض إن مدينة ساحلية غرقت.",
			nil, []string{"ناشئة", "شركة ناشئة", "سكنية", "صغيرة", "حزب معارض", "ساحلية"}},
		{"وصل الوفد بمصر ثم والقاهرة ولبنان. ووصل وزير الخارجية إلى القاهرة، وقالت الولايات المتحدة إنها ستساعد.",
			map[string]string{"مصر": "place:egypt", "القاهرة": "place:cairo", "لبنان": "place:lebanon", "الولايات المتحدة": "place:united-states"},
			[]string{"زير"}},
		{"وقع انفجار بمدينة نابلس، وأغلقت نابلس أبوابها. وقال الأمير تركي بن سلمان الذي استقبل الوفد إن الزيارة ناجحة.",
			map[string]string{"نابلس": "place:نابلس"}, []string{"سلمان الذي"}},
		{"وقال الإعلامي باسم يوسف إن البرنامج عائد. ووصل الشيخ محمد بن عبد الرحمن إلى الدوحة، ثم إلى قطاع غزة وللقاهرة.",
			map[string]string{"باسم يوسف": "person:باسم-يوسف", "محمد بن عبد الرحمن": "person:محمد-بن-عبد-الرحمن",
				"قطاع غزة": "place:gaza", "القاهرة": "place:cairo"}, []string{"محمد بن عبد"}},
		{"وقال مسؤول أمني طلب عدم الكشف عن هويته لرويترز إن الهجوم فشل. وقال المحلل السياسي لبي بي سي إن الحكومة ستسقط. وذكرت لوكالة فرانس برس مصادر أن الوفد وصل.",
			nil, []string{"هويته لرويترز", "بي سي", "لوكالة فرانس", "فرانس برس"}},
		{"وقال المحلل السياسي سامر لرويترز إن الحكومة ستسقط.", nil, []string{"سامر لرويترز"}},
		{"وقال شاهد عيان من مدينة خان يونس للجزيرة إن القصف استمر. وقال أردوغان للصحفيين عقب صلاة الجمعة إن تركيا لن تتراجع. " +
			"وقال وزير الخارجية بدر عبد العاطي إن مصر ترفض ذلك. وقال الأمين العام نور الدين الطبوبي إن الإضراب قائم. " +
			"وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن المستشفيات مكتظة.",
			map[string]string{"بدر عبد العاطي": "person:بدر-عبد-العاطي", "نور الدين الطبوبي": "person:نور-الدين-الطبوبي", "أشرف القدرة": "person:اشرف-القدرة"},
			[]string{"خان يونس", "عقب صلاة", "عبد العاطي", "نور الدين"}},
		{"وفي مقر الجمعية، قال رئيسها عبد الرحمن الخطيب إن الجمعية ستطالب بحصة. وحضر سفير مملكة سافارا لدى أردينيا مازن العبيدي، إلى جانب الوزير.",
			map[string]string{"عبد الرحمن الخطيب": "person:عبد-الرحمن-الخطيب", "مازن العبيدي": "person:مازن-العبيدي"}, nil},
	}
	for _, tt := range tests {
		ents := Entities(Document{Text: tt.text, Language: "ar"})
		for name, key := range tt.want {
			if e := findEntity(ents, name); e == nil || e.Key != key {
				t.Errorf("%.30s: %s is %+v, want key %s", tt.text, name, e, key)
			}
		}
		for _, bad := range tt.bad {
			if e := findEntity(ents, bad); e != nil {
				t.Errorf("%.30s: %q is no entity: %+v", tt.text, bad, *e)
			}
		}
	}
}

// Every Arabic place name maps to a place the gazetteer has, with its key.
func TestArabicPlaceNamesAreGazetteerPlaces(t *testing.T) {
	for _, line := range strings.Split(arabicPlaceTable, "\n") {
		canon, names, _ := strings.Cut(line, "=")
		want, ok := placeIndex[placeKey(canon)]
		if !ok {
			t.Errorf("%s is not in the gazetteer", canon)
			continue
		}
		for _, n := range strings.Split(names, ",") {
			if got := EntityKey(Place, n); got != EntityKey(Place, want.name) {
				t.Errorf("%s: key %s, want %s", n, got, EntityKey(Place, want.name))
			}
		}
	}
}

// "علي" is the name Ali where the article writes the preposition "على"
// with its final alif; where it does not, the word may be either, and no
// name is read from it.
func TestArabicAliIsANameWhereOnIsWrittenApart(t *testing.T) {
	named := Entities(Document{Language: "ar", Text: "وقال وزير النقل علي الشامي للصحفيين إن الجسر سيبقى مغلقا على الأقل أسبوعا."})
	if e := findEntity(named, "علي الشامي"); e == nil || e.Type != Person {
		t.Errorf("علي الشامي: %+v, want a person among %v", e, entitySummary(named))
	}
	ambiguous := Entities(Document{Language: "ar", Text: "وقال علي حسن للصحفيين إن الطريق مغلق علي الجانبين."})
	for _, e := range ambiguous {
		if strings.HasPrefix(e.Name, "علي") {
			t.Errorf("%q read from copy that writes the preposition as علي", e.Name)
		}
	}
}

// A name followed by an age or by "وهي"/"وهو" (who is) is a person's,
// whatever comes before it.
func TestArabicAppositions(t *testing.T) {
	doc := Document{Language: "ar", Text: "وتحدثت الصحيفة إلى سلمى الراشد، وهي ممرضة في قسم الأطفال منذ تسع سنوات. " +
		"وعلى حافة القناة يقف سالم الدباغ، 61 عاماً، وهو يشير إلى النخيل. وخاض أنسلم، وهو رئيس منذ 2021، حملة هادئة. " +
		"«الورق جميل، لكن الماء لا يجري في الورق»، يقول الدباغ."}
	ents := Entities(doc)
	for _, name := range []string{"سلمى الراشد", "سالم الدباغ"} {
		if e := findEntity(ents, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
	if e := findEntity(ents, "وخاض أنسلم"); e != nil {
		t.Errorf("a verb opens no name: %+v", e)
	}
	for _, q := range Quotes(doc) {
		if strings.HasPrefix(q.Text, "الورق جميل") && q.Speaker != "سالم الدباغ" {
			t.Errorf("quote %q given to %q, want سالم الدباغ", q.Text, q.Speaker)
		}
	}
}

// A body's name goes on after its proper name with what it does: "لـ"
// and a noun with its complement, or a noun with "لل", then adjectives
// of relation; whom it spoke to is no part of it.
func TestArabicOrganisationComplements(t *testing.T) {
	tests := []struct {
		text string
		want string
		bad  []string
	}{
		{"وقّع ميناء فاردن العقد مع شركة فاردن لبناء السفن أمس.", "شركة فاردن لبناء السفن", []string{"شركة فاردن"}},
		{"أعلن بنك تارفا للتنمية الزراعية قروضاً جديدة للمزارعين في تارفا.", "بنك تارفا للتنمية الزراعية", []string{"بنك تارفا"}},
		{"وقالت جمعية فاردن لحماية البيئة إن مياه فاردن ملوثة.", "جمعية فاردن لحماية البيئة", nil},
		{"وقالت شركة فاردن للصحفيين إن مصنع فاردن سيتوسع.", "شركة فاردن", []string{"شركة فاردن للصحفيين"}},
		{"وقالت شركة فاردن لرويترز إن مصنع فاردن سيتوسع.", "شركة فاردن", []string{"شركة فاردن لرويترز"}},
		{"ودفعت شركة فاردن لعمالها الأجور في فاردن.", "شركة فاردن", []string{"شركة فاردن لعمالها الأجور"}},
	}
	for _, tt := range tests {
		ents := Entities(Document{Text: tt.text, Language: "ar"})
		if e := findEntity(ents, tt.want); e == nil || e.Type != Organization {
			t.Errorf("%.30s: %s is %+v, want an organisation among %v", tt.text, tt.want, e, entitySummary(ents))
		}
		for _, bad := range tt.bad {
			if e := findEntity(ents, bad); e != nil {
				t.Errorf("%.30s: %q is no entity: %+v", tt.text, bad, *e)
			}
		}
	}
}
