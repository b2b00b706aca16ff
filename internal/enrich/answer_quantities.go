package enrich

import (
	"regexp"
	"strings"

	"herald/internal/text"
)

// hasQuantity reports an amount of something measured: a number before a
// unit of mass, volume, energy or the like ("nearly 30 grams", "up to
// 100 metric tons", "2,300 tons", "a 30-gram bag") or a share ("0.6%").
// It answers "How much meth did police find?", where any number (an
// address, an age, a bail of $72,500) would not; questions about money
// are asked for prices (asksPrice).
func hasQuantity(s string) bool {
	if hasPercent(s) {
		return true
	}
	toks := text.Tokens(s)
	for i, t := range toks {
		if t.Kind == text.Word && strings.Contains(t.Text, "-") {
			n, unit, _ := strings.Cut(strings.ToLower(t.Text), "-")
			if isAllDigits(n) && quantityUnits[unit] {
				return true // "a 30-gram bag"
			}
		}
		if t.Kind != text.Number && !scaledAmount(strings.ToLower(t.Text)) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			w := strings.ToLower(toks[j].Text)
			if quantityUnits[w] {
				return true
			}
			if !quantityModifiers[w] {
				break
			}
		}
	}
	return false
}

// quantityUnits measure amounts of things; lengths and times have their
// own lists (lengthUnits, durationUnits).
var quantityUnits = wordSet(`gram grams g kilogram kilograms kg kilo kilos milligram milligrams mg ton tons tonne tonnes
pound pounds lb lbs ounce ounces oz litre litres liter liters l ml gallon gallons barrel barrels bpd cubic
megawatt megawatts mw gigawatt gigawatts gw kilowatt kilowatts kw kwh mwh gwh watt watts calorie calories kcal
acre acres hectare hectares doses dose units bushels`)

// quantityModifiers stand between a number and its unit: "100 metric
// tons", "2 million barrels".
var quantityModifiers = wordSet(`metric short long million billion thousand hundred square cubic of`)

// untilDate finds how long something lasts given by its end: "until
// October 31st", "through March", "till 2030".
var untilDate = regexp.MustCompile(`(?i)\b(?:until|till|through|to the end of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d{4})\b`)

// hyphenDuration finds a length of time written as one word: "a 24-hour
// trip", "a three-day strike".
var hyphenDuration = regexp.MustCompile(`(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:second|minute|hour|day|night|week|month|year|decade)s?\b`)

// scorePattern finds what may be a match score: "lost 24-17", "a 2-1
// win"; not a season ("2019-20"). hasScore wants a result beside it.
var scorePattern = regexp.MustCompile(`\b\d{1,3}[-–]\d{1,3}\b`)

func hasScore(s string) bool {
	for _, m := range scorePattern.FindAllStringIndex(s, -1) {
		if m[1] < len(s) && (s[m[1]] == '/' || s[m[1]] == '-') || m[0] > 0 && (s[m[0]-1] == '/' || s[m[0]-1] == '-') {
			continue // a date ("11-18-19") or a fraction
		}
		after := strings.ToLower(strings.Trim(firstWord(s[m[1]:]), ".,;:()"))
		if scoreWords[after] {
			return true // "a 2-1 win"
		}
		for _, w := range lastWords(s[:m[0]], 3) {
			if scoreWords[w] {
				return true // "Rovers beat City 3-1", "they lost 24-17"
			}
		}
	}
	return false
}

// scoreWords tell a score from a range ("10-20 properties", "3-4
// weeks"): a result beside it.
var scoreWords = wordSet(`beat beats beaten won win wins winning lost lose loses losing drew draw draws drawn defeated
defeat defeats victory victories loss losses thrashed edged routed trounced led lead leads leading trailed trail trailing
score scored scores scoreline final tied tie`)

// lastWords returns up to n last words of s, lower case, without
// punctuation, last first.
func lastWords(s string, n int) []string {
	f := strings.Fields(s)
	var out []string
	for i := len(f) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, strings.ToLower(strings.Trim(f[i], ".,;:()\"“”")))
	}
	return out
}

// powerPattern finds a measure of power or strength: "471 horsepower",
// "150 mph", "a magnitude 6.1", "Category 4".
var powerPattern = regexp.MustCompile(`(?i)\b\d[\d.,]*\s?(?:horsepower|hp|bhp|kw|mph|km/h|kph|knots)\b|\bmagnitude[- ]\d|\bcategory[- ]\d`)
