package text

// titleAbbreviations precede a name, so a period after them never ends a
// sentence ("Sgt. Alexander Burnett"). Lower case, without the period.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sgt": true, "gen": true, "col": true,
	"lt": true, "capt": true, "cpt": true, "cpl": true, "pvt": true, "maj": true, "adm": true, "cmdr": true,
	"rep": true, "reps": true, "sen": true, "sens": true, "gov": true, "pres": true, "rev": true, "hon": true,
	"st": true, "ste": true, "supt": true, "insp": true, "det": true, "messrs": true, "mme": true, "mlle": true,
	"mmes": true, "sr": true, "sra": true, "srta": true, "dra": true, "hr": true, "fr": true, "hrn": true,
	"vs": true, "cf": true, "e.g": true, "i.e": true, "approx": true, "ca": true, "mt": true,
}

// otherAbbreviations can end a sentence as well as sit inside one ("Apple
// Inc. said", "... at Apple Inc. The company"): a period after them ends a
// sentence only before a capitalised function word.
var otherAbbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true,
	"thu": true, "thur": true, "thurs": true, "fri": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "plc": true, "llc": true, "bros": true, "jr": true,
	"etc": true, "dept": true, "univ": true, "assn": true, "ave": true, "blvd": true, "no": true, "nos": true,
	"vol": true, "pp": true, "fig": true, "ala": true, "ariz": true, "calif": true, "colo": true, "conn": true,
	"fla": true, "ga": true, "kan": true, "ky": true, "md": true, "mich": true, "minn": true, "mont": true,
	"neb": true, "nev": true, "okla": true, "tenn": true, "tex": true, "va": true, "vt": true, "wis": true,
	"wyo": true, "av": true, "bd": true, "zb": true, "bzw": true, "usw": true, "ggf": true, "vgl": true,
}
