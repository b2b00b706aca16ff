package enrich

import "strings"

// arabicPlaceTable gives Arabic names of gazetteer places, one per line:
// the canonical name as placeTable writes it, then its Arabic names
// (after "="). An Arabic report's "مصر" then has the English report's key,
// "place:egypt", so the two link. Names that are also common words are
// left out: "عمان" is Oman and Amman, "سورية" also "Syrian".
const arabicPlaceTable = `Afghanistan=أفغانستان
Algeria=الجزائر
Bahrain=البحرين
China=الصين
Egypt=مصر
France=فرنسا
Germany=ألمانيا
India=الهند
Iran=إيران
Iraq=العراق
Israel=إسرائيل
Italy=إيطاليا
Japan=اليابان
Jordan=الأردن
Kuwait=الكويت
Lebanon=لبنان
Libya=ليبيا
Mauritania=موريتانيا
Morocco=المغرب
Oman=عُمان
Pakistan=باكستان
Palestine=فلسطين
Qatar=قطر
Russia=روسيا
Saudi Arabia=السعودية
Somalia=الصومال
Spain=إسبانيا
Sudan=السودان
Syria=سوريا
Tunisia=تونس
Turkey=تركيا
Ukraine=أوكرانيا
United Arab Emirates=الإمارات
United Kingdom=بريطانيا
United States=الولايات المتحدة,أمريكا,أميركا
Yemen=اليمن
Europe=أوروبا
Abu Dhabi=أبوظبي
Aleppo=حلب
Ankara=أنقرة
Baghdad=بغداد
Beijing=بكين
Beirut=بيروت
Berlin=برلين
Cairo=القاهرة
Casablanca=الدار البيضاء
Damascus=دمشق
Doha=الدوحة
Dubai=دبي
Gaza=غزة
Gaza Strip=قطاع غزة
Istanbul=إسطنبول
Jerusalem=القدس
Khartoum=الخرطوم
Kyiv=كييف
London=لندن
Moscow=موسكو
Mosul=الموصل
New York=نيويورك
Paris=باريس
Rabat=الرباط
Riyadh=الرياض
Tehran=طهران
Tripoli=طرابلس
Washington=واشنطن
West Bank=الضفة الغربية`

// withArabicNames adds the Arabic names of arabicPlaceTable to idx.
func withArabicNames(idx map[string]place, table string) map[string]place {
	for _, line := range strings.Split(table, "\n") {
		canon, names, _ := strings.Cut(line, "=")
		pl := idx[placeKey(canon)] // "Gaza Strip" is Gaza's alias: the Arabic names share its place
		for _, n := range strings.Split(names, ",") {
			idx[placeKey(n)] = pl
		}
	}
	return idx
}
