package cluster

import "testing"

// Entity keys in Arabic script cannot match a report in another language,
// so they stay out of the entity channel; Latin keys stay in.
func TestArabicEntityKeysStayOutOfTheEntityChannel(t *testing.T) {
	cfg := DefaultConfig()
	f := cfg.features(Article{ID: "1", Language: "ar", Title: "مارسك تنجو", Text: "نجت هيلينا مارسك.",
		Entities: []string{"person:هيلينا-مارسك", "place:velmont"}})
	if _, ok := f[chTags][entityPrefix+"place:velmont"]; !ok {
		t.Errorf("the Latin key is missing: %v", f[chTags])
	}
	if _, ok := f[chTags][entityPrefix+"person:هيلينا-مارسك"]; ok {
		t.Errorf("the Arabic key is in the entity channel: %v", f[chTags])
	}
}
