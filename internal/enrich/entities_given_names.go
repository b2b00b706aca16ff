package enrich

import "strings"

// givenNames are common first names from many languages; a capitalised
// run starting with one is most likely a person ("Raphaël Morissette",
// "Yvette Lemire"). Names that more often begin something else are left
// out: "Will", "Hope", "Victoria" (Falls), "Stanley" (Cup), "Charlie"
// (Hebdo), "Ming" (Dynasty), "Logan" (Airport), "Amal" (the movement).
// Chinese and Korean family names open a name too ("Liu Xiaming", "Choi
// Soon-sil"), but not those that are English words or open places:
// "Long", "Park", "Hong" (Kong), "Song", "Moon".
var givenNames = wordSet(`chad jordan israel kenya
taylor kylie britney kanye beyonce beyoncé selena ariana miley lebron kobe serena novak cristiano neymar kylian mason
tanner myles deval kamala pete bernie cory beto ted mitch chuck elon sundar satya sheryl larry kurt rudy volodymyr xi
jacinda narendra jair andrés kristi ron ilhan alexandria rashida ayanna matt hillary melania ivanka jared josh jake
luke kyle tyler zach zachary nick nicholas gary jerry terry randy rick ricky ronald keith wayne dale lance troy shane
sean kelly dana tracy stacy megan lauren kayla brittany courtney heather kristen kristin crystal tiffany erin molly
holly
liu yang huang zhao zhou xu zhu guo gao luo zheng liang xie deng cao peng zeng tian yuan cai jiang cheng shen yao cui
zhong liao xiong qiu xue duan lee choi jung kang cho yoon jang lim shin kwon hwang ahn yoo jeon ryu
aarav aaron abdallah abdel abdelaziz abdul abdulaziz abdullah abdulrahman abebe abel abhishek abigail adam
adebayo adel aditya adrian adriana adrien adèle agathe agnes agnieszka agustín ahmad ahmed ahmet aisha akira aksel
alain alan albert alberto aled alejandra alejandro aleksandr aleksandra alessandra alessandro alex alexander
alexandra alexandre alexei alexis alfonso alfred ali ali-reza alice alicia aline alison amanda amandine amara
amber amelia amina amir amit amitabh amr amy amélie ana anas anastasia anaïs anders andrea andreas andrei
andrew andrzej andré andrés angela angelo anil anjali ann anna anne anne-marie anneliese annie annika ansgar
anthony antoine anton antonella antonia antonio arjun arnaud arne arthur arun asaad ashley ashok astrid
aurélie aurélien axel ayman ayşe aziz baptiste barack barbara bashar bassam bastien bea beatriz ben benjamin
benoît bernadette bernard bertrand beth bethany betty bill billy birgit bjorn bjørn bob bodil bogdan boris
brad bradley brandon brenda brian brigitte britta bruce bruno burak caleb callum cameron camille capucine carl
carla carlos carmen carol carolina caroline carsten catalina catherine cecilia cem chantal charles charlotte
chen chiara chidi chinedu chioma chloe chris christa christelle christian christiane christina christine
christophe christopher cindy claire clara claude claudia clémence clément colette colin connor consuelo
corinne cornelia craig cristina cynthia cyril cécile céline césar dag dagmar dagny damien dan daniel daniela
danielle dario darren david davide deborah debra deepak delphine denis denise dennis derek diana diane didier
diego dieter dimitris dirk dmitri dmitry dominique donald donna doris doreen dorothy douglas duncan dylan ed eduardo
edward einar ekaterina eleanor elena eleni elif elisa elizabeth elke ellen emanuele emilio emily emine emma
emmanuel emmanuelle emre enrico enrique eric erik erika espen esteban ethan eva evan evelyn fabien fabienne
fabio fabrice fadi fahad faisal farah farid fatima fatma fawzi federico felipe felix femi fernanda fernando
filippo finn fiona florence frances francesca francesco francis francisco franco frank franz françois
françoise fred frederick frida frieder friedrich frédéric frédérique fyodor gabriel gabriela galina gareth
gary gaurav gavin gaëlle geneviève geoffrey george georges gerald gerardo gerhard ghassan ghislaine gianluca
gilles gillian giorgio giorgos giovanni gisela giulia giuseppe gonzalo gordon grace graham greg gregory greta
grzegorz gudrun guillaume guillermo gunnar gustav gustavo gábor gérard günter habib hadi hakan hakon hamad
hamid hamza hani hanna hannah hanne hannes hans harold harriet harry haruki hasan hassan hatem heather heike
heinrich heinz helen helena helga helmut henning henri henrik henry herbert hervé hilde hiroshi hisham horst
hossam hossein howard hugo hugues hussein héctor hélène hüseyin ian ibrahim ignacio igor ilse ilya imad imran
inga ingeborg ingrid inés irene irina isaac isabel isabella isabelle issa ivan jack jacob jacqueline jacques
jake jakob jakub jamal james jamie jamila jan jane janet jannik jarosław jason javad javier jean jeanne jeff
jeffrey jennifer jens jeremy jerome jessica ji-hoon jian jill jim jing joachim joan joanne joaquín joe johan
johann johanna johannes john jonas jonathan jorge jose joseph josette joshua josiane josé joyce joão joël juan
juana judith julia julian julie julien juliette julio justin jérôme jörg jürgen kamal karan karen karim karin
karl karsten katarzyna kate katerina katherine kathleen kathryn katie katrin kavita keith kelly kemal kenji
kenneth kerstin kevin khaled khalid khalil kim kimberly kirsten kjell klaus knut kofi konstantin konstantinos
kristin krzysztof kwame kyle laetitia laila lakshmi lars lasse laura lauren laurence laurent lawrence layla
leif leila lena leo leon leonard leonardo li liesel linda lindsay linnea lionel lisa lisbeth lorenza lorenzo
louis louise luca luc lucas luciana lucie lucien lucy lucía ludmila ludovic luigi luis luisa luka lukas luke
lászló léa léon léonie madeleine magdalena magnus mahmoud maja majid makoto malik manish manoj manon manuel
manuela marc marcel marcello marcelo marco marcos marcus maren marek margaret margarita margit marguerite maria
mariana marianne marie marie-claude marie-france marilyn mario marit marius mark markus marta martha martin
martín marwan mary maryam maría massimo mateo mathieu mathilde mats matteo matthew matthias matthieu maud
maurice maurizio max maxime mazen meera megan mehdi mehmet melanie melissa mette michael michel michelle
michèle miguel mikael mike mikhail min-jun mireille mohamed mohammad mohammed mohan mohsen monique muhammad
murat mustafa mónica nabil nadia naji nancy naoko nasser natalia natalie nathalie nathan neha neil ngozi
nicholas nicola nicolas nicolás niels nigel nikhil nikita nikolai nikos nils nina nkosana noah nora nour
noémie océane odette oksana olaf ole olga oliver olivia olivier oluwaseun omar osama oscar oskar ove owen oğuz
pablo pamela paola paolo pascal pascale patrice patricia patrick paul paula pavel pedro per pernille perrine
peter petra philip philippe phillip pierre piet pieter pietro pilar piotr pooja pradeep prakash priya péter
rachel rafael ragnar ragnhild rahul rainer raj rajesh rakesh ralph ramesh rami ramon ramón rania raphael
raphaël rashid ravi raymond raúl rebecca recep reem reinhard renée reza ricardo riccardo richard rita robert
roberto rodrigo roger rohit roland rolf romain ronald rosa rune ruth ryan régis rémi rémy saad sabine sachin
saeed saleh salim salma salman salvatore sam samantha samir samuel sandra sandrine sanjay sara sarah satoshi
sayed scott sean sebastian selim seo-yeon serge sergei sergey sergio serkan sharif sharon shinzo shirley
shreya siegfried sigrid sigrun silke silvia simon simone sofie sofía solange solveig soo-jin sophie stanislav
stefan stefano steffen stephanie stephen steve steven stuart stéphane stéphanie sunil suresh susan susana sven
svetlana sylvain sylvie sébastien sören takashi tamer tarek tariq tatiana teresa terry thabo themba theresa
thibault thierry thomas thorsten thérèse tiago tim timothy tobias tom tomas tomasz tomás tony torben tove
tracy trevor ulf ulla ulrich ulrike ursula uwe vadim valentina valentino valerie valérie vanessa vasily
verónica vicente victor vijay vikram viktor ville vincent virginia virginie vittorio vivek vladimir vladislav
volker véronique víctor waleed walid walter walther wang wayne wei wendy werner wilhelm william wojciech
wolfgang xavier xiao ximena xin yann yannick yannis yasmin yasmine yasser yekaterina yelena yevgeny ying yoko
youssef yuki yuko yulia yuri yusuf yves yvette yvonne zachary zaid zainab zalmay zbigniew zeynep zhang ziad
zoe zofia zoltán zoé álvaro ángel édouard élise élodie éloïse émile émilie éric étienne`)

// isGivenName reports whether the lower-cased word w is a given name, or a
// hyphenated one whose parts all are ("jean-pierre", "paul-émile").
func isGivenName(w string) bool {
	if givenNames[w] {
		return true
	}
	first, rest, ok := strings.Cut(w, "-")
	return ok && givenNames[first] && isGivenName(rest)
}

// GivenName reports whether word is a common given name ("James",
// "Jordan"): alone, it may be anyone's.
func GivenName(word string) bool { return isGivenName(strings.ToLower(word)) }
