package text

// The lists follow the Snowball project's stop lists, extended for news text
// with reporting verbs and frequent adverbs that never make a keyphrase.

const stopEnglish = `
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anybody anyhow anyone anything anyway anywhere are aren't around as at back be became
because become becomes becoming been before beforehand behind being below beside besides between beyond both but by
can cannot can't could couldn't did didn't do does doesn't doing don't done down during each either else elsewhere
enough etc even ever every everybody everyone everything everywhere except few for former formerly from further had
hadn't has hasn't have haven't having he he'd he'll her here here's hers herself he's him himself his how however
how's i i'd if i'll i'm in indeed instead into is isn't it its it's itself i've just last latter latterly least less
let's like likely many may me meanwhile might mine more moreover most mostly much must mustn't my myself namely
neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto
or other others otherwise ought our ours ourselves out over own per perhaps please quite rather really same several
shall shan't she she'd she'll she's should shouldn't since so some somebody somehow someone something sometime
sometimes somewhere still such than that that's the their theirs them themselves then thence there thereafter
thereby therefore therein there's thereupon these they they'd they'll they're they've this those though through
throughout thru thus to together too toward towards under unless until up upon us very via was wasn't we we'd well
we'll were we're weren't we've what whatever what's when whence whenever when's where whereafter whereas whereby
wherein where's whereupon wherever whether which while whither who whoever whole whom who's whose why why's will
with within without won't would wouldn't yet you you'd you'll your you're yours yourself yourselves you've
said say says saying told tell tells asked added according get gets got make makes made go goes going went come
comes came take takes took put puts want wants see seen know known think thought use used including include includes
mr mrs ms dr yes ok oh also one two three four five six seven eight nine ten many much lot lots thing things ago
around able unable far near nearly almost among amid despite within whose
`

const stopFrench = `
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me même mes moi mon ne
nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l
à m n s t y été étée étées étés étant suis es est sommes êtes sont serai seras sera serons serez seront serais serait
serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient
fusse fusses fût fussions fussiez fussent ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez
auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait
ayons ayez aient eusse eusses eût eussions eussiez eussent ceci cela celà cet cette ici ils les leurs quel quels
quelle quelles sans soi aussi alors après avant bien car comme déjà donc encore entre ainsi selon lors plus moins
très tout tous toute toutes autre autres chaque dont depuis pendant sous vers chez contre afin si ni non oui
déclaré dit dire affirmé selon c' d' j' l' m' n' qu' s' t'
`

const stopSpanish = `
de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta
entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese
eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos
mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
esos esas estoy estás está estamos estáis están esté estés estemos estéis estén estaba estaban estuvo fue fueron
era eran ser es son sido siendo sea sean he has ha hemos habéis han había habían hubo haber tiene tienen tenía
tener hace hacer dijo dice según así aunque cada después ahora además mientras sino tras
`

const stopGerman = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr
anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß derselbe derselben denselben
desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich
dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig einige einigem
einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe haben
hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem
jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen
man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss musste nach nicht nichts
noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem
solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel
vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie
wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen sagte sagt laut bereits
`

const stopArabic = `
في من على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين اللذين اللتين اللواتي هو هي هم هن أنا نحن أنت أنتم
كان كانت يكون تكون كانوا لم لن لا ما ماذا متى أين كيف كل بعض غير بين حتى ثم أو أم بل لكن قد لقد و ف ب ل ك عند عندما
منذ خلال بعد قبل أي أيضا إذا اذا كما وقد وفي وهو وهي التى الى علي فى به بها له لها لهم فيه فيها منه منها عليه عليها
إنه انه أنه قال وقال قالت وقالت حيث ضد نحو لدى دون وذلك يا أمام تحت فوق هناك هنا
`
