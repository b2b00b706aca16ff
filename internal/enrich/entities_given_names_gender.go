package enrich

import "herald/internal/text"

// Given names used overwhelmingly for one sex, from givenNames, so that
// "she said" is not given to Tom when his mother Joan spoke before him.
// Names used for both, or differently across languages (Andrea, Jean,
// Nicola, Joan, Sasha), are in neither list. Each is also listed without
// its accents: "Elise" is written for "Élise" too.
var (
	feminineNames = withFoldedForms(`abigail adriana adèle agathe agnes agnieszka aisha alejandra aleksandra alessandra alexandra alice alicia aline
alison amanda amandine amber amelia amina amy amélie ana anastasia anaïs angela anjali ann anna anne
anne-marie anneliese annie annika antonella antonia astrid aurélie ayşe barbara bea beatriz bernadette beth
bethany betty birgit bodil brenda brigitte britta capucine carla carmen carolina caroline catalina catherine
cecilia chantal charlotte chiara chioma chloe christa christelle christiane christina christine cindy claire
clara claudia clémence colette consuelo corinne cornelia cristina cynthia cécile céline dagmar dagny daniela
danielle deborah debra delphine denise diana diane donna doris doreen dorothy ekaterina eleanor elena eleni elif
elisa elizabeth elke ellen emily emine emma emmanuelle erika eva fabienne farah fatima fatma fernanda fiona
florence frances francesca françoise frida frédérique gabriela galina gaëlle geneviève ghislaine gillian
gisela giulia grace greta gudrun hanna hannah hanne harriet heather heike helen helena helga hilde hélène ilse
inga ingeborg ingrid inés irene irina isabel isabella isabelle jacqueline jamila jane janet jeanne jennifer
jessica jill joanne johanna josette josiane joyce juana judith julia julie juliette karen karin katarzyna kate
katerina katherine kathleen kathryn katie katrin kavita kerstin kimberly kirsten kristin laetitia laila laura
lauren layla leila lena liesel linda linnea lisa lisbeth lorenza louise luciana lucie lucy lucía ludmila luisa
léa léonie madeleine magdalena maja manon manuela margaret margarita margit maren marguerite maria mariana marianne
marie marie-claude marie-france marilyn marit marta martha mary maryam maría mathilde maud meera megan melanie
melissa mette michelle michèle mireille monique mónica nadia nancy naoko natalia natalie nathalie neha ngozi
nina nora noémie océane odette oksana olga olivia pamela paola pascale patricia paula pernille perrine petra
pilar pooja priya rachel ragnhild rania rebecca reem renée rita rosa ruth sabine salma samantha sandra
sandrine sara sarah seo-yeon sharon shirley shreya sigrid sigrun silke silvia sofie sofía solange solveig
sophie stephanie stéphanie susan susana svetlana sylvie tatiana teresa theresa thérèse tove ulla ulrike ursula
valentina valerie valérie vanessa verónica virginia virginie véronique wendy ximena yasmin yasmine yekaterina
yelena yoko yuko yulia yvette yvonne zainab zeynep zoe zofia zoé élise élodie éloïse émilie`)
	masculineNames = withFoldedForms(`aarav aaron abdallah abdel abdelaziz abdul abdulaziz abdullah abdulrahman abebe abel abhishek adam adel aditya
adrian adrien agustín ahmad ahmed ahmet aksel alain alan albert alberto aled alejandro aleksandr alessandro
alexander alexandre alexei alfonso alfred ali ali-reza amir amit amitabh amr anas anders andreas andrei andrew
andrzej andré andrés angelo anil ansgar anthony antoine anton antonio arjun arnaud arne arthur arun asaad
ashok aurélien axel ayman aziz baptiste barack bashar bassam bastien ben benjamin benoît bernard bertrand bill
billy bjorn bjørn bob bogdan boris brad bradley brandon brian bruce bruno burak caleb callum carl carlos
carsten cem charles chinedu christian christophe christopher clément colin connor craig cyril césar dag damien
dan daniel dario darren david davide deepak denis dennis derek didier diego dieter dimitris dirk dmitri dmitry
donald douglas duncan dylan ed eduardo edward einar emanuele emilio emmanuel emre enrico enrique eric erik
espen esteban ethan evan fabien fabio fabrice fadi fahad faisal farid fawzi federico felipe felix fernando
filippo finn francesco francis francisco franco frank franz françois fred frederick frieder friedrich frédéric
fyodor gabriel gareth gary gaurav gavin geoffrey george georges gerald gerardo gerhard ghassan gianluca gilles
giorgio giorgos giovanni giuseppe gonzalo gordon graham greg gregory grzegorz guillaume guillermo gunnar
gustav gustavo gábor gérard günter habib hadi hakan hakon hamad hamid hamza hani hannes hans harold harry
haruki hasan hassan hatem heinrich heinz helmut henning henri henrik henry herbert hervé hiroshi hisham horst
hossam hossein howard hugo hugues hussein héctor hüseyin ian ibrahim ignacio igor ilya imad imran isaac issa
ivan jack jacob jacques jake jakob jakub jamal james jannik jarosław jason javad javier jeff jeffrey jens
jeremy jerome ji-hoon jim joachim joaquín joe johan johann johannes john jonas jonathan jorge jose joseph
joshua josé joão joël juan julian julien julio justin jérôme jörg jürgen kamal karan karim karl karsten keith
kemal kenji kenneth kevin khaled khalid khalil kjell klaus knut kofi konstantin konstantinos krzysztof kwame
kyle lars lasse laurent lawrence leif leo leon leonard leonardo lionel lorenzo louis luca luc lucas lucien ludovic
luigi luis luka lukas luke lászló léon magnus mahmoud majid malik manish manoj manuel marc marcel marcello
marcelo marco marcos marcus marek mario marius mark markus martin martín marwan massimo mateo mathieu mats
matteo matthew matthias matthieu maurice maurizio max mazen mehdi mehmet michael michel miguel mikael mike
mikhail min-jun mohamed mohammad mohammed mohan mohsen muhammad murat mustafa nabil naji nasser nathan neil
nicholas nicolas nicolás niels nigel nikhil nikolai nikos nils nkosana noah olaf ole oliver olivier omar osama
oscar oskar ove owen oğuz pablo paolo pascal patrick paul pavel pedro per peter philip philippe phillip pierre
piet pieter pietro piotr pradeep prakash péter rafael ragnar rahul rainer raj rajesh rakesh ralph ramesh rami
ramon ramón raphael raphaël rashid ravi raymond raúl recep reinhard reza ricardo riccardo richard robert
roberto rodrigo roger rohit roland rolf romain ronald rune ryan régis rémi rémy saad sachin saeed saleh salim
salman salvatore samir samuel sanjay satoshi sayed scott sean sebastian selim serge sergei sergey sergio
serkan sharif shinzo siegfried simon stanislav stefan stefano steffen stephen steve steven stuart stéphane
sunil suresh sven sylvain sébastien sören takashi tamer tarek tariq thabo thibault thierry thomas thorsten
tiago tim timothy tobias tom tomas tomasz tomás tony torben trevor ulf ulrich uwe vadim valentino vasily
vicente victor vijay vikram viktor ville vincent vittorio vivek vladimir vladislav volker víctor waleed walid
walter walther wayne werner wilhelm william wojciech wolfgang xavier yann yannick yannis yasser yevgeny
youssef yusuf yves zachary zaid zalmay zbigniew ziad zoltán álvaro ángel édouard émile éric étienne`)
)

// withFoldedForms is wordSet with each word's accent-free form added.
func withFoldedForms(s string) map[string]bool {
	m := wordSet(s)
	for w := range wordSet(s) {
		m[text.Fold(w)] = true
	}
	return m
}
