package enrich

import (
	"strings"

	"herald/internal/text"
)

// placeTable lists countries, regions and major cities, one per line:
// canonical name | other names | demonyms (after "=").
// A demonym on its own ("an American official") counts as a mention of
// the place but is never used as its name.
const placeTable = countryTable + "\n" + regionAndCityTable

// countryTable lists the countries, as placeTable does.
const countryTable = `Afghanistan=Afghan,Afghans
Albania=Albanian
Algeria=Algerian
Andorra
Angola=Angolan
Argentina=Argentine,Argentinian
Armenia=Armenian
Australia=Australian,Australians
Austria=Austrian
Azerbaijan=Azerbaijani
Bahamas|The Bahamas
Bahrain=Bahraini
Bangladesh=Bangladeshi
Barbados
Belarus=Belarusian
Belgium=Belgian
Belize
Benin
Bhutan
Bolivia=Bolivian
Bosnia and Herzegovina|Bosnia=Bosnian
Botswana
Brazil=Brazilian,Brazilians
Brunei
Bulgaria=Bulgarian
Burkina Faso
Burundi
Cambodia=Cambodian
Cameroon=Cameroonian
Canada=Canadian,Canadians
Cape Verde|Cabo Verde
Central African Republic
Chad=Chadian
Chile=Chilean
China|People's Republic of China|PRC=Chinese
Colombia=Colombian
Comoros
Costa Rica
Croatia=Croatian
Cuba=Cuban
Cyprus=Cypriot
Czech Republic|Czechia=Czech
Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo=Congolese
Republic of the Congo|Congo-Brazzaville
Denmark=Danish,Dane,Danes
Djibouti
Dominican Republic
Ecuador=Ecuadorian
Egypt=Egyptian,Egyptians
El Salvador
Equatorial Guinea
Eritrea=Eritrean
Estonia=Estonian
Eswatini|Swaziland
Ethiopia=Ethiopian
Fiji
Finland=Finnish
France|République française=French
Gabon
Gambia
Georgia=Georgian
Germany|Allemagne=German,Germans
Ghana=Ghanaian
Greece|Grèce=Greek
Guatemala
Guinea
Haiti=Haitian
Honduras
Hungary=Hungarian
Iceland=Icelandic
India|Inde=Indian
Indonesia=Indonesian
Iran=Iranian,Iranians
Iraq=Iraqi,Iraqis
Ireland|Irlande=Irish
Israel=Israeli,Israelis
Italy|Italie=Italian,Italians
Ivory Coast|Côte d'Ivoire=Ivorian
Jamaica=Jamaican
Japan|Japon=Japanese
Jordan|Jordanie=Jordanian
Kazakhstan
Kenya=Kenyan
Kosovo
Kuwait=Kuwaiti
Kyrgyzstan
Laos
Latvia=Latvian
Lebanon|Liban=Lebanese
Lesotho
Liberia=Liberian
Libya=Libyan
Liechtenstein
Lithuania=Lithuanian
Luxembourg
Madagascar
Malawi
Malaysia=Malaysian
Maldives
Mali=Malian
Malta=Maltese
Mauritania
Mauritius
Mexico|Mexique=Mexican,Mexicans
Moldova
Monaco
Mongolia=Mongolian
Montenegro
Morocco|Maroc=Moroccan
Mozambique
Myanmar|Burma=Burmese
Namibia
Nepal=Nepali
Netherlands|Holland|Pays-Bas=Dutch
New Zealand
Nicaragua
Niger
Nigeria=Nigerian
North Korea|DPRK|Democratic People's Republic of Korea=North Korean
North Macedonia
Norway|Norvège=Norwegian
Oman=Omani
Pakistan=Pakistani
Palestine|Palestinian Territories=Palestinian,Palestinians
Panama
Papua New Guinea
Paraguay
Peru=Peruvian
Philippines=Filipino
Poland|Pologne=Polish
Portugal=Portuguese
Qatar=Qatari
Romania|Roumanie=Romanian
Russia|Russian Federation|Russie=Russian,Russians
Rwanda=Rwandan
Saudi Arabia|Arabie saoudite=Saudi
Senegal|Sénégal=Senegalese
Serbia=Serbian
Sierra Leone
Singapore
Slovakia=Slovak
Slovenia=Slovenian
Somalia=Somali
South Africa=South African,South Africans
South Korea|Korea|Republic of Korea=South Korean
South Sudan
Spain|Espagne=Spanish
Sri Lanka=Sri Lankan
Sudan=Sudanese
Suriname
Sweden|Suède=Swedish
Switzerland|Suisse=Swiss
Syria|Syrie=Syrian,Syrians
Taiwan=Taiwanese
Tajikistan
Tanzania
Thailand=Thai
Togo
Tunisia|Tunisie=Tunisian
Turkey|Türkiye|Turquie=Turkish
Turkmenistan
Uganda=Ugandan
Ukraine=Ukrainian,Ukrainians
United Arab Emirates|UAE=Emirati
United Kingdom|UK|U.K.|Britain|Great Britain|Royaume-Uni=British,Briton,Britons
United States|US|U.S.|USA|U.S.A.|United States of America|America|États-Unis=American,Americans
Uruguay
Uzbekistan
Venezuela=Venezuelan
Vietnam|Viet Nam=Vietnamese
Yemen=Yemeni
Zambia
Zimbabwe=Zimbabwean`

// regionAndCityTable lists continents, regions, states and cities, as
// placeTable does.
const regionAndCityTable = `Europe=European,Europeans
Africa=African,Africans
Asia=Asian
Middle East
Gaza|Gaza Strip
West Bank
Kabul
Washington|Washington DC|Washington D.C.|Washington, D.C.|Washington, DC
New York|New York City
Los Angeles
Chicago
London|Londres
Paris
Berlin
Brussels|Bruxelles
Madrid
Rome
Moscow|Moscou
Kyiv|Kiev
Beijing|Pékin
Shanghai
Hong Kong
Tokyo
Seoul
Delhi|New Delhi
Mumbai|Bombay
Islamabad
Karachi
Tehran|Téhéran
Baghdad
Damascus|Damas
Beirut|Beyrouth
Amman
Jerusalem|Jérusalem
Tel Aviv
Cairo|Le Caire
Riyadh|Riyad
Doha
Dubai|Dubaï
Abu Dhabi
Ankara
Istanbul
Athens
Vienna|Vienne
Geneva|Genève
Zurich
Amsterdam
Stockholm
Oslo
Copenhagen
Helsinki
Warsaw|Varsovie
Prague
Budapest
Lisbon|Lisbonne
Dublin
Edinburgh
Ottawa
Toronto
Montreal|Montréal
Mexico City
Havana
Caracas
Bogotá|Bogota
Lima
Santiago
Buenos Aires
São Paulo|Sao Paulo
Rio de Janeiro
Brasília|Brasilia
Lagos
Abuja
Nairobi
Addis Ababa
Khartoum
Johannesburg
Cape Town
Pretoria
Kinshasa
Goma
Kigali
Algiers|Alger
Tunis
Rabat
Casablanca
Tripoli
Jakarta
Manila
Bangkok
Hanoi
Singapore City
Sydney
Melbourne
Canberra
Auckland
Kandahar
Kharkiv
Odesa|Odessa
Sweida|Suwayda
Aleppo
Mosul
Gaza City
Marseille
Lyon
Munich
Frankfurt
Hamburg
Milan
Barcelona
Alabama|Ala.=Alabamian
Alaska=Alaskan
Arizona|Ariz.=Arizonan
Arkansas|Ark.
California|Calif.=Californian,Californians
Colorado|Colo.
Connecticut|Conn.
Delaware
Florida|Fla.=Floridian,Floridians
Hawaii=Hawaiian
Idaho
Illinois
Indiana|Ind.
Iowa=Iowan,Iowans
Kansas
Kentucky|Ky.
Louisiana
Maine
Maryland|Md.
Massachusetts
Michigan|Mich.
Minnesota|Minn.
Mississippi
Missouri
Montana|Mont.
Nebraska|Neb.
Nevada|Nev.
New Hampshire
New Jersey
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma|Okla.
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee|Tenn.
Texas|Tex.=Texan,Texans
Utah
Vermont|Vt.
Virginia|Va.
West Virginia|W.Va.
Wisconsin|Wis.
Wyoming|Wyo.
Puerto Rico=Puerto Rican
Ontario
Quebec|Québec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland
New South Wales
Queensland
Tasmania
England=English
Scotland=Scottish,Scot,Scots
Wales=Welsh
Northern Ireland
San Francisco
San Francisco Bay Area|Bay Area
San Diego
San Jose
Seattle
Portland
Boston
Philadelphia
Detroit
Atlanta
Miami
Dallas
Houston
Las Vegas
Minneapolis
St. Louis
New Orleans
Nashville
Baltimore
Pittsburgh
Cleveland
Cincinnati
Indianapolis
Tampa
Sacramento
Salt Lake City
Kansas City
Oklahoma City
Honolulu
Anchorage
Brooklyn
Manhattan
Silicon Valley
Vancouver
Calgary
Manchester
Birmingham
Liverpool
Glasgow
Belfast
Cardiff
Kashmir
Crimea
Donbas
Siberia
Kivu|North Kivu|South Kivu
Earth
Moon
Mars
Jupiter
Saturn
Uranus
Neptune
Pluto
Titan
Europa
Enceladus
Ganymede
Solar System
Milky Way`

// place is one gazetteer entry after parsing.
type place struct {
	name     string
	demonym  bool
	acronymy bool
}

// placeIndex maps a lower-cased name, alias or demonym to its canonical
// place. It is built once from placeTable and only read afterwards.
var placeIndex = withArabicNames(buildPlaceIndex(placeTable), arabicPlaceTable)

func buildPlaceIndex(table string) map[string]place {
	idx := make(map[string]place, 600)
	for _, line := range strings.Split(table, "\n") {
		names, demonyms, _ := strings.Cut(line, "=")
		parts := strings.Split(names, "|")
		canon := parts[0]
		for _, n := range parts {
			idx[placeKey(n)] = place{name: canon}
		}
		if demonyms != "" {
			for _, d := range strings.Split(demonyms, ",") {
				idx[placeKey(d)] = place{name: canon, demonym: true}
			}
		}
	}
	return idx
}

// placeKey folds case, accents, apostrophes and initialism stops so
// "U.S." and "US", "Côte d’Ivoire" and "Cote d'Ivoire" meet.
func placeKey(s string) string {
	return text.Fold(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), "’", "'"))
}

// personTitles precede a person's name: "President Trump", "Dr. Haddad",
// "Finance Minister Ilse Brandvold", and lower-cased "mayor Owen Castellane".
var personTitles = wordSet(`president vice-president secretary-general mp mep minister premier chancellor secretary mayor governor
senator congressman congresswoman representative rep. sen. gov. dr. dr mr. mr mrs. mrs ms. ms mme m.
sgt. sgt sergeant gen. general col. colonel lt. lieutenant capt. captain maj. major cpl. corporal
adm. admiral marshal hon. hon rt. rt lt col councillor councilor commander commissioner inspector detective constable superintendent supt.
judge justice king queen prince princess emperor sheikh sultan emir pope cardinal archbishop bishop
imam rabbi rev. reverend father sister professor prof. ambassador envoy diplomat spokesman spokeswoman
spokesperson speaker chairman chairwoman chair ceo cfo founder director chief executive boss skipper leader deputy coach manager
striker goalkeeper midfielder defender economist analyst lawyer attorney prosecutor official qb rb wr dl lb cb db ol
président ministre maire député sénateur porte-parole directeur directrice juge général`)

// titleQualifiers sit between a place/demonym and a title and belong to
// the title: "Foreign Minister", "Prime Minister", "Master Sgt.".
var titleQualifiers = wordSet(`prime foreign finance defence defense interior health justice education
home trade economy labour labor agriculture energy environment transport culture treasury state
master staff first deputy vice chief crown executive general attorney national security special senior
former acting interim then transport opposition`)

// lowerRoles are lower-case words that, right before a capitalised name,
// mark it as a person: "opposition leader Tomas Reyvik".
var lowerRoles = wordSet(`mayor governor minister president leader spokesman spokeswoman spokesperson
envoy economist analyst chairman chairwoman director chief executive founder manager boss coach striker
goalkeeper captain lawyer attorney prosecutor judge official officer sergeant commander senator
lawmaker legislator professor researcher scientist doctor nurse teacher student resident farmer
driver worker author writer actor singer player winger defender midfielder chancellor premier
secretary ambassador negotiator adviser advisor mechanic citizen activist campaigner protester
journalist reporter editor photographer candidate deputy member biologist colleague wife husband son daughter
mother father brother sister rival counterpart predecessor successor owner boss head engineer
inspector landlord landlady pensioner shopper chef baker fisherman auctioneer barman publican shopkeeper
mum dad grandmother grandfather widow widower neighbour neighbor commuter villager passenger volunteer organiser
organizer curator artist painter poet novelist historian employee staffer musician guitarist keyboardist drummer bassist
pianist rapper vocalist frontman treasurer vicar priest midwife paramedic
firefighter surgeon consultant chair chairperson councillor councilor secretary-general
ministre maire président porte-parole directeur`)

// orgSuffixes end organisation names; orgHeads start them ("Bank of X").
var orgSuffixes = wordSet(`ministry bank university college school party inc. inc corp. corp ltd ltd.
plc llc fc cf ac sc club shipyards shipyard company co. group holdings foods rail railways airlines
airways motors energy power oil gas council office service services alliance union league federation
association institute foundation agency authority commission committee board court tribunal army
navy police guard corps force forces command assembly parliament congress senate government cabinet
network news times post herald gazette tribune journal press radio television tv broadcasting
hospital clinic trust fund bureau affairs department organization organisation organisation network
coalition movement front brigade brigades militia church mosque society institution laboratory labs
records recordings productions studios entertainment media brothers bros bros. partners capital bancorp technologies systems industries international unlimited athletic united
rovers wanderers rangers city mariners reuters afp ferries lines shipping wire exchange academy gallery
museum observatory library theatre theater program programme division conference
equities securities chronicle shelter telegraph observer examiner inquirer`)

var orgHeads = wordSet(`chamber ministry bank university department office council federation association
institute agency commission committee court house church museum order academy fc ac cf sc`)

// frenchOrgHeads and frenchPlaceHeads open French names, which put the
// kind of thing first: "Mouvement Belrive française", "Rue des Tanneurs".
// frenchPlaceNouns before a name in lower case say where it is: "place de
// la Fondation". A minister's domain ("ministre des Finances") is part of
// a title, not a name: see frenchMinistryDomain.
var frenchOrgHeads = wordSet(`mouvement parti syndicat conseil assemblée ministère banque union
fédération association confédération comité commission société compagnie groupe fondation institut
université agence office caisse chambre cour tribunal direction régie théâtre musée bibliothèque`)

var frenchPlaceHeads = wordSet(`rue place avenue boulevard quai pont marché vieux-marché gare parc lac mont
île port faubourg quartier`)

var frenchPlaceNouns = wordSet(`rue place avenue boulevard quai pont marché gare parc quartier faubourg
square allée chemin route`)

// placeHeads and placeSuffixes mark geographic names.
var placeHeads = wordSet(`republic kingdom state province city county district port mount lake river
gulf bay cape isle island islands region camp fort saint san santa st. sainte palace
qasr dar sahl tal tell wadi jabal jebel ras bir ain khor marsa madinat bab souq souk jazirat nahr burj`)

// institutionHeads open the names of assemblies, courts and ministries in
// Arabic-origin names ("Majlis al-Shura", "Diwan al-Mazalim").
var institutionHeads = wordSet(`majlis diwan mahkamat wizarat hizb jamiat harakat`)

// placeNouns after a name, or before "of" and a name, make it a place or
// facility: "the Dar al-Diyafa palace", "the station of Tal Harir".
var placeNouns = wordSet(`palace plain plains station dam river valley square street bridge airport
province region district reservoir oasis desert border crossing camp village town city port harbour
harbor bay coast island peninsula lake canal wadi highway road avenue market souk souq quarter
neighbourhood neighborhood suburb governorate county mountains mountain hills hill plateau basin
delta strait terminal checkpoint refugee estuary firth creek forest moor loch glen gulf isle fell`)

var placeSuffixes = wordSet(`province county district region valley river mountains mountain hills
island islands bay sea ocean lake strait gulf coast street avenue square bridge airport station palace
harbour harbor peninsula desert plain plains heights park city town village building tower
centre center stadium arena terminal road point quay wharf pier lane
ridge dam way row crescent market beach springs falls statehouse capitol plateau`)

// lawWords before a number name a text ("Bill 12", "Article 5") or a
// numbered part of a place ("Hall 3", "Pier 6"), not a person or a body.
var lawWords = wordSet(`bill act article amendment proposition resolution section chapter clause
directive regulation loi projet hall pier gate room platform terminal stand berth dock unit block floor
level ward wing route flight channel phase stage round reactor building`)

// textHeads before "of" or "on", and textTails, mark the names of laws,
// treaties and charters ("Charter of Rights", "Common Language Act"):
// texts, not people, bodies or places.
var textHeads = wordSet(`charter treaty convention constitution`)
var textTails = wordSet(`act charter treaty convention accord protocol constitution code agreement`)

// nameConnectors may sit inside a capitalised name: "Bank of Ardenia",
// "Ayman al Zawahiri", "Charles de Gaulle".
var nameConnectors = wordSet(`of al el bin ibn de du des la le van von der den da di dos del y &`)

// notNames are capitalised words that begin sentences or name times, never
// entities on their own.
var notNames = wordSet(`i i'm i’m i've i’ve i'd i’d i'll i’ll a an the this that these those there here it its he she they we you his her
their our my your who what when where why how which while whereas if but and or so yet for nor as at
by in on to from with without within into onto over under after before during since until than then
also still even just only not no yes all any some many most more much few several each every both
either neither one two three four five six seven eight nine ten first second third last next new
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow tonight mr ms mrs
now according however meanwhile although though despite because once instead including like unlike
asked speaking following presenting having being given taking under across among between against
about around near outside inside beyond toward towards through throughout per via le la les un une
des du de et mais ou donc selon dans pour avec sur par en au aux ce cette ces il elle ils elles on
nous vous lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
juillet août septembre octobre novembre décembre à chez après avant depuis pendant lors sous vers entre
contre sans parmi hier demain aujourd'hui
thanks welcome visit hey hi hello congratulations please watch click subscribe recent latest interim acting
maybe perhaps probably actually sometimes`)

// speechVerbs introduce or close a direct quotation. Before one, a
// capitalised name is likely a person's (entities_context.go); quotation
// attribution also reads quoteVerbs (see speechVerbAt).
var speechVerbs = unionSets(wordSet(`said says say told tells tell added adds asked asks warned warns explained
explains noted notes argued argues insisted insists replied replies wrote writes continued continues
stated states declared declares announced announces claimed claims acknowledged admitted conceded
recalled remarked stressed stresses emphasized emphasised observed suggested suggests responded
countered quipped joked complained urged cautioned predicted concluded maintained confirmed tweeted
posted shouted whispered pledged promised vowed estimated reiterated recalls admits concedes
roared thundered snapped fumed sighed laughed pleaded boasted raged barked blasted gushed swears swore telling
testified testifies commented remembered remembers recounted recounts
déclaré dit affirmé expliqué souligné ajouté indiqué précisé estimé lancé assuré averti déclare dit
affirme explique souligne ajoute indique précise estime assure`), arabicSpeechVerbs)

// quoteVerbs attribute quotations but say too little about who does them
// to vote a name a person ("Stellantis annonce", "Voyager beamed back"):
// English verbs of manner, and French reporting verbs in the present
// ("», raconte Yvette Lemire", "s'exclame Léo", "a salué « ... »" with
// its participle, see frenchSpeechParticiples).
var quoteVerbs = wordSet(`grumbled grumbles muttered mutters moaned moans chuckled scoffed exclaimed exclaims
yelled screamed mused muses lamented laments confided retorted grinned beamed sniffed bemoans bemoaned
raconte confie résume martèle reconnaît insiste répond prévient lâche tranche glisse commente admet avoue
ironise soupire plaide dénonce regrette confirme annonce promet témoigne salue s'exclame nuance conclut
détaille sourit s'amuse souffle tempère rit`)

// frenchSpeechParticiples report speech only after an auxiliary ("a
// confié l'actrice", "a salué « ... »"); alone they are adjectives ("un
// accord salué « historique »", "un expert reconnu").
var frenchSpeechParticiples = wordSet(`raconté confié résumé martelé reconnu rappelé insisté répondu prévenu lâché
tranché glissé commenté admis avoué ironisé soupiré plaidé dénoncé regretté confirmé annoncé promis témoigné
salué exclamé nuancé conclu détaillé poursuivi`)

var perfectAuxiliaries = wordSet(`has have had`)

var frenchAuxiliaries = wordSet(`a ont avait avaient aura auront avait-il avait-elle`)

// speechVerbAt reports whether token k is a verb that attributes a
// quotation.
func speechVerbAt(toks []token, k int) bool {
	w := lower(toks[k].text)
	if k > 0 && toks[k-1].poss && strings.HasSuffix(w, "s") {
		return false // "Swift's claims", "the minister's notes": a noun
	}
	if k > 0 && toks[k].upper && !toks[k].sentStart && toks[k-1].upper && toks[k-1].sent == toks[k].sent && toks[k].text != strings.ToUpper(toks[k].text) {
		return false // "the United States", "Simon Says": a name's word
	}
	if speechVerbs[w] || quoteVerbs[w] || readByDocument(toks, k) {
		return true
	}
	if w == "written" && k > 0 && perfectAuxiliaries[lower(toks[k-1].text)] {
		return true // "Howard Gleckman, a senior fellow at the centre, has written"
	}
	return frenchSpeechParticiples[w] && k > 0 && frenchAuxiliaries[lower(toks[k-1].text)]
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nonEntityAcronyms are capitalised abbreviations of things, not names.
var nonEntityAcronyms = wordSet(`GDP AI CEO CFO COO CTO IT TV PM AM VAT ID OK PR HR CCTV GPS LNG EV EVS SUV MP
MPS IPO ETF PC USB FAQ DNA RNA HIV AIDS COVID PDF CPI PPI LGBT LGBTQ QC KC OBE MBE CBE ATM SMS VIP RIP
GMT UTC BST CET CEST EST EDT PST PDT PIB PDG TVA
GPU GPUS CPU CPUS LED LEDS OLED LCD HDMI SSD HDD RAM ROM GB TB MB KB GHZ MHZ GW MW KW KWH MWH GWH MPH KPH
HP PV UV VR AR OS API APIS URL HTTP HTTPS WWW NFT NFTS ESG KPI ROI IQ ICU MRI CT BMI ADHD PTSD OCD DIY ASAP
FYI TBA TBD RSVP ETA MVP TD TDS INT INTS TFL QH YDS YD PCT ERA RBI RBIS QB RB WR DL LB CB DB OL
AWD RWD FWD WLTP HVAC PE EBITDA EBIT EPS HPV GSM CDMA LTE NFC ECG EKG SIM WTF LOL OMG SKU ISBN FPS PD GT RRP
AC DVI VGA SATA PCIE NVME
HDR LAN WAN WIFI DSL SDK SAAS IOT 4K 5G 4G 3G`)

// unionSets merges word sets into a new one.
func unionSets(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// KnownPlace reports whether name is a place of the gazetteer, in any of
// its spellings ("Boston", "U.S.").
func KnownPlace(name string) bool {
	_, ok := placeIndex[placeKey(name)]
	return ok
}
