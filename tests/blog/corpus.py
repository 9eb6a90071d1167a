"""Labelled Dutch evaluation corpus for the "related articles" recommender.

Fictional blog articles in the style of a Dutch psychology practice. Each
article has one topic (or two, for articles that sit between two topics) and
one broad site category. Categories deliberately do not map 1:1 onto topics.
"""

TOPICS = {
    "angst": "Angst en paniek",
    "piekeren": "Piekeren en zorgen maken",
    "burn-out": "Burn-out en overspannenheid",
    "overprikkeling": "Overprikkeling en hooggevoeligheid",
    "rouw": "Rouw en verlies",
    "somberheid": "Somberheid en depressie",
    "slaap": "Slaapproblemen",
    "relaties": "Relatieproblemen en communicatie",
    "zelfbeeld": "Zelfbeeld, onzekerheid en perfectionisme",
    "trauma": "Trauma en nare ervaringen",
    "ouderschap": "Opvoeding en ouderschap",
}

CATEGORIES = ["emoties", "relaties", "stress-en-prikkels", "therapie", "werk-en-zorg"]

ARTICLES = [
    {
        "key": "angst-01",
        "topics": ("angst",),
        "category": "emoties",
        "title": "Wat gebeurt er in je lichaam tijdens een paniekaanval?",
        "summary": "Een paniekaanval voelt levensbedreigend, maar is het niet. We leggen uit wat er in je lijf gebeurt en waarom dat zo heftig kan aanvoelen.",
        "body": """Je hart gaat ineens tekeer, je krijgt het benauwd en je handen tintelen. Misschien denk je dat je flauwvalt, gek wordt of zelfs een hartaanval krijgt. Wie ooit een paniekaanval heeft gehad, weet hoe beangstigend dat is. Toch is wat er gebeurt eigenlijk een oud en heel nuttig alarmsysteem dat op het verkeerde moment afgaat.

## Het alarm van je lichaam

Bij gevaar maakt je lichaam zich klaar om te vechten of te vluchten. Je bijnieren maken adrenaline aan, je hartslag versnelt en je gaat sneller ademen, zodat je spieren extra zuurstof krijgen. Bij een echte dreiging is dat precies wat je nodig hebt. Tijdens een paniekaanval slaat dit systeem aan terwijl er niets aan de hand is. Omdat je geen duidelijke oorzaak ziet, ga je de sensaties zelf als gevaarlijk uitleggen. Daardoor word je nog banger, en zo versterkt de paniek zichzelf.

Veelvoorkomende verschijnselen zijn:

- hartkloppingen of een bonzend gevoel in je borst
- kortademigheid of het idee dat je stikt
- duizeligheid, zweten of trillen
- een gevoel van onwerkelijkheid, alsof je naast jezelf staat

## Het gaat altijd weer over

Een paniekaanval bereikt meestal binnen tien minuten zijn hoogtepunt en zakt daarna vanzelf weer weg. Je lichaam kan die staat van opperste paraatheid simpelweg niet lang volhouden. Dat besef alleen kan al wat rust geven. Probeer de golf te laten komen in plaats van ertegen te vechten, en adem rustig en laag vanuit je buik.

Blijven de aanvallen terugkomen, of ga je situaties mijden uit angst dat het opnieuw gebeurt? Dan kan het helpen om er met een psycholoog naar te kijken. Paniekklachten zijn goed te behandelen.""",
    },
    {
        "key": "angst-02",
        "topics": ("angst",),
        "category": "emoties",
        "title": "Waarom vermijden je angst op den duur groter maakt",
        "summary": "Wegblijven van wat je bang maakt geeft direct opluchting, maar houdt de angst op de lange termijn in stand. Zo werkt die valkuil.",
        "body": """Ben je bang voor drukke winkels, dan ga je er misschien gewoon niet meer heen. Zie je op tegen een presentatie, dan meld je je ziek. Vermijden is een heel menselijke reactie op angst: je ontloopt wat eng voelt en de spanning zakt meteen. Precies daardoor is het ook zo verraderlijk.

## Opluchting als beloning

Elke keer dat je een spannende situatie ontwijkt, voel je opluchting. Je brein onthoudt dat als een succes: wegblijven werkt. Wat je echter nooit ontdekt, is dat het waarschijnlijk ook goed was gegaan als je wel was gegaan. De angst krijgt geen kans om te slinken, en je wereld wordt ongemerkt steeds een beetje kleiner. Eerst sla je de supermarkt op zaterdag over, daarna de verjaardag van een collega, en na een tijd ook de trein.

Vermijding is niet altijd duidelijk zichtbaar. Het kan ook subtiel zijn:

- altijd iemand meenemen als je ergens naartoe gaat
- bij de deur gaan staan zodat je snel weg kunt
- een flesje water of kalmeringstabletje op zak als houvast
- jezelf afleiden met je telefoon zodra je de spanning voelt

## De weg terug

Het goede nieuws is dat angst ook weer kan afnemen. Dat gebeurt wanneer je de situatie opzoekt en merkt dat de spanning vanzelf daalt, ook als je blijft. Dat vraagt moed en werkt het best in kleine, haalbare stappen. Begin bij iets wat spannend is maar nog te doen, en bouw het langzaam op.

Merk je dat je leven steeds meer om je angst heen georganiseerd raakt? Dan is dat een goed moment om hulp te zoeken. Samen met een behandelaar kun je een plan maken om je bewegingsvrijheid terug te winnen.""",
    },
    {
        "key": "angst-03",
        "topics": ("angst",),
        "category": "therapie",
        "title": "Stap voor stap de confrontatie aan: zo werkt exposure",
        "summary": "Exposure is een van de best onderzochte behandelingen bij angststoornissen. Wat houdt het in en waarom is het minder eng dan het klinkt?",
        "body": """Bij angstklachten en fobieën is exposuretherapie vaak de eerste keus. Het idee is eenvoudig: je gaat onder begeleiding juist de situaties aan waar je bang voor bent. Voor veel mensen klinkt dat als een schrikbeeld. In de praktijk gaat het echter geleidelijk, en bepaal je zelf mee in welk tempo je de angst tegemoet treedt.

## Een angstladder maken

Samen met je therapeut maak je eerst een lijst van situaties die spanning oproepen, van een beetje eng tot doodeng. Iemand met hoogtevrees begint bijvoorbeeld met foto's van balkons bekijken, gaat daarna op een lage trap staan en eindigt misschien op een uitkijktoren. Elke stap herhaal je tot de spanning duidelijk minder wordt. Pas dan ga je een trede hoger.

## Waarom het werkt

Tijdens exposure test je je verwachtingen. Je denkt misschien dat je in paniek raakt of flauwvalt, en ontdekt dan dat dat niet gebeurt, of dat je het aankunt als het wel spannend wordt. Die nieuwe ervaring is krachtiger dan welke geruststelling ook. Je leert dat de angst een valse alarmbel is en dat je meer kunt verdragen dan je dacht.

Een paar dingen die helpen om er het meeste uit te halen:

- blijf in de situatie tot de spanning gaat zakken
- laat veiligheidsgedrag zoals vasthouden of afleiden zo veel mogelijk los
- oefen ook tussen de sessies door, liefst elke dag
- beloon jezelf voor elke stap, hoe klein ook

Het is normaal dat je tijdens de behandeling soms twijfelt. Exposure is hard werken, maar de resultaten zijn vaak blijvend. Veel mensen merken al na een paar weken dat situaties die eerst onmogelijk leken, weer binnen bereik komen.""",
    },
    {
        "key": "angst-04",
        "topics": ("angst",),
        "category": "relaties",
        "title": "Bang voor het oordeel van anderen: over sociale angst",
        "summary": "Bij sociale angst zijn alledaagse contacten een bron van spanning. Herkenbare signalen en wat je eraan kunt doen.",
        "body": """Een praatje bij de koffieautomaat, een telefoontje naar de huisarts of iets bestellen in een café: voor de meeste mensen zijn het kleine dingen. Heb je last van sociale angst, dan kunnen juist die momenten enorm spannend zijn. Je bent bang om negatief beoordeeld te worden, om te blozen of om iets doms te zeggen.

## Meer dan verlegenheid

Iedereen is weleens verlegen. Bij een sociale angststoornis gaat de vrees verder en houdt ze je tegen in dingen die je eigenlijk wilt. Je ligt de avond van tevoren wakker van een afspraak, speelt gesprekken achteraf eindeloos opnieuw af en ontwijkt situaties waarin je in het middelpunt kunt staan. Vaak gaat het gepaard met lichamelijke signalen zoals trillen, zweten of een rood hoofd, waar je vervolgens ook weer bang voor bent dat anderen het zien.

Herken je dit?

- je zegt liever niets in een groep, uit angst om raar over te komen
- je bereidt gesprekken in gedachten tot in detail voor
- je voelt je na een sociaal moment uitgeput en schaamt je
- je weigert uitnodigingen, terwijl je je eigenlijk eenzaam voelt

## Uit de schijnwerper

Mensen met sociale angst richten hun aandacht vaak sterk naar binnen: hoe kom ik over, zie je dat ik zenuwachtig ben? Een eerste oefening is om je aandacht bewust naar buiten te richten, naar de ander en het gesprek zelf. Je zult merken dat anderen veel minder op je letten dan je denkt.

In therapie onderzoek je welke overtuigingen over jezelf en anderen een rol spelen en oefen je stap voor stap met spannende situaties. Zo groeit het vertrouwen dat je er mag zijn, ook als je even hakkelt.""",
    },
    {
        "key": "angst-05",
        "topics": ("angst",),
        "category": "emoties",
        "title": "Als elk pijntje een alarmsignaal lijkt: gezondheidsangst",
        "summary": "Gezondheidsangst zorgt ervoor dat je onschuldige lichamelijke signalen als teken van ernstige ziekte ziet. Zo kom je uit die vicieuze cirkel.",
        "body": """Een hoofdpijn die niet overgaat, een vlekje op je huid, een steek in je borst. Bij gezondheidsangst, vroeger ook wel hypochondrie genoemd, leiden zulke kleine signalen tot grote ongerustheid. Je bent bang dat er iets ernstigs aan de hand is, en die vrees laat je moeilijk los, zelfs als de dokter zegt dat er niets mis is.

## Controleren en geruststellen

Wie bang is voor een ziekte, gaat vaak controleren. Je voelt steeds of die bult er nog zit, meet je hartslag of zoekt je klachten op internet op. Ook vraag je misschien vaak aan je partner of de huisarts of het echt niets is. Op korte termijn geeft dat opluchting. Maar de rust duurt nooit lang, want er is altijd wel een nieuwe twijfel. Bovendien maakt het voortdurend letten op je lijf dat je juist méér sensaties opmerkt.

## Anders leren kijken naar je lichaam

Ons lichaam maakt de hele dag geluidjes, steekjes en trillingen die volkomen onschuldig zijn. Bij gezondheidsangst staat de zoeklamp op die signalen gericht en worden ze uitvergroot. Helpende stappen kunnen zijn:

- spreek met jezelf af om niet meer te googelen op klachten
- beperk het aantal keer dat je je lijf controleert
- schrijf op wat je vreest en wat er daarna daadwerkelijk gebeurde
- richt je aandacht bewust op activiteiten die je leuk vindt

Gezondheidsangst kan veel van je tijd en energie opslokken en ook je omgeving belasten. Met cognitieve gedragstherapie leer je de angstige gedachten te onderzoeken en het controleren af te bouwen. Zo ontstaat er weer ruimte om met vertrouwen in je eigen lichaam te leven.""",
    },
    {
        "key": "angst-06",
        "topics": ("angst", "piekeren"),
        "category": "emoties",
        "title": "Altijd op scherp: leven met een gegeneraliseerde angststoornis",
        "summary": "Bij een gegeneraliseerde angststoornis maak je je de hele dag zorgen over van alles. Waar ligt de grens tussen gewoon piekeren en een angststoornis?",
        "body": """Maak jij je de hele dag zorgen, over je gezondheid, je geld, je kinderen en je werk tegelijk? Voelt het alsof je angst nooit helemaal uit staat en je hoofd maar blijft piekeren? Dan kan er sprake zijn van een gegeneraliseerde angststoornis, afgekort GAS. Daarbij is niet één situatie spannend, maar lijkt het hele leven een bron van dreiging.

## Zorgen zonder pauzeknop

Iedereen maakt zich weleens zorgen. Bij GAS zijn de zorgen echter buitensporig en moeilijk te stoppen, en dat al maanden lang. Het ene doemscenario volgt op het andere: wat als ik ontslagen word, wat als mijn moeder ziek wordt, wat als er iets gebeurt onderweg? Vaak gaat het samen met lichamelijke klachten, zoals gespannen spieren, hoofdpijn, vermoeidheid en prikkelbaarheid. Ook slecht slapen komt veel voor.

## Waarom piekeren zo hardnekkig is

Veel mensen met GAS hebben, vaak onbewust, positieve ideeën over piekeren. Je denkt dat zorgen maken je voorbereidt, of dat het je helpt om rampen te voorkomen. Tegelijkertijd ben je bang dat al dat gepieker je gek maakt. Die combinatie houdt de cirkel in stand.

In een behandeling werk je aan beide kanten:

- je onderzoekt hoe nuttig het piekeren echt is
- je leert onzekerheid te verdragen in plaats van die weg te willen denken
- je oefent met een vast piekermoment, zodat de rest van de dag vrijer wordt
- je leert ontspanningsoefeningen om je lijf tot rust te brengen

Herken je jezelf hierin? Je hoeft het niet alleen op te lossen. Met hulp leren veel mensen hun zorgen weer in verhouding te zien en krijgen ze ruimte terug in hun hoofd.""",
    },
    {
        "key": "piekeren-01",
        "topics": ("piekeren",),
        "category": "emoties",
        "title": "Wat is piekeren eigenlijk, en waarom doen we het?",
        "summary": "Piekeren lijkt op nadenken, maar levert zelden iets op. Over het verschil tussen problemen oplossen en eindeloos malen.",
        "body": """Piekeren is het herhaaldelijk en langdurig nadenken over zorgen en problemen, zonder dat je tot een oplossing komt. Je gedachten draaien rondjes: steeds dezelfde vragen, dezelfde twijfels, dezelfde wat-als-scenario's. Bijna iedereen piekert weleens, maar bij sommige mensen neemt het zoveel ruimte in dat het hun dag beheerst.

## Nadenken of malen?

Er is een belangrijk verschil tussen constructief nadenken en piekeren. Bij nadenken werk je toe naar een besluit of een volgende stap. Bij piekeren blijf je hangen in de vraag zelf. Een handige toets: heb je na tien minuten denken iets nieuws bedacht of een keuze gemaakt? Zo niet, dan ben je waarschijnlijk aan het tobben.

## Waarom we het toch doen

Piekeren voelt nuttig. Het geeft het idee dat je grip houdt op een onzekere situatie, alsof je jezelf voorbereidt op wat komen gaat. Ook kan het een manier zijn om lastige gevoelens op afstand te houden: zolang je in je hoofd bezig bent, hoef je het verdriet of de spanning minder te voelen. Op de lange termijn kost het je echter veel energie en maakt het je onrustiger.

Signalen dat je veel piekert:

- je hebt moeite om je te concentreren op wat je aan het doen bent
- je ligt 's avonds lang wakker van je gedachten
- je vraagt anderen vaak om bevestiging of advies
- je voelt je moe, ook als je weinig hebt gedaan

Het helpt om piekeren te zien als een gewoonte, niet als een karaktertrek. Gewoontes kun je veranderen. In volgende artikelen lees je welke technieken daarbij kunnen helpen.""",
    },
    {
        "key": "piekeren-02",
        "topics": ("piekeren",),
        "category": "stress-en-prikkels",
        "title": "Het piekerkwartier: één vast moment om je zorgen te maken",
        "summary": "Door je zorgen uit te stellen naar een vast moment op de dag, krijg je meer rust in de rest van je dag. Zo pak je het aan.",
        "body": """Het klinkt misschien tegenstrijdig: om minder te piekeren, plan je juist tijd in om te piekeren. Toch is het piekerkwartier een van de meest gebruikte technieken om grip te krijgen op een malend hoofd. Het idee is dat je je zorgen niet probeert weg te duwen, maar ze uitstelt naar een vast moment.

## Hoe werkt het?

Kies een tijdstip op de dag waarop je een kwartier lang mag piekeren, bijvoorbeeld om half vijf aan de keukentafel. Niet vlak voor het slapengaan, en liefst steeds op dezelfde plek. Merk je gedurende de dag dat je begint te tobben, schrijf de zorg dan kort op een briefje of in je telefoon en zeg tegen jezelf: daar denk ik straks over na. Vervolgens richt je je aandacht weer op wat je aan het doen was.

Tijdens het piekerkwartier pak je je lijstje erbij en denk je bewust na over de zorgen. Een paar aandachtspunten:

- houd je strikt aan de vijftien minuten, gebruik eventueel een wekker
- vraag je bij elke zorg af of je er nu iets aan kunt doen
- maak bij een oplosbaar probleem een concrete actie, anders laat je het rusten
- streep zorgen door die inmiddels niet meer belangrijk blijken

## Wat je ervan leert

Veel mensen ontdekken dat een deel van hun zorgen tegen het piekerkwartier alweer minder dringend voelt. Je merkt ook dat je meer controle hebt over je gedachten dan je dacht: je kunt ze parkeren. Dat geeft vertrouwen.

De eerste dagen voelt het vaak onnatuurlijk en glippen er zorgen doorheen. Dat is normaal. Blijf het een paar weken volhouden, dan wordt uitstellen steeds makkelijker.""",
    },
    {
        "key": "piekeren-03",
        "topics": ("piekeren",),
        "category": "emoties",
        "title": "Waarom blijf je maar terugdenken aan dat ene gesprek?",
        "summary": "Sommige mensen piekeren vooral over wat al gebeurd is. Over het eindeloos herkauwen van momenten uit het verleden, en hoe je dat stopt.",
        "body": """Je ligt in bed en ineens is het daar weer: die opmerking die je gisteren maakte tijdens de lunch. Was het ongepast? Dacht je collega er iets van? Je speelt de scène opnieuw af, bedenkt wat je had moeten zeggen en voelt je steeds ellendiger. Dit terugkijkende piekeren, ook wel rumineren genoemd, is voor veel mensen herkenbaar.

## Herkauwen zonder uitkomst

Waar zorgen over de toekomst draaien om wat-als, gaat rumineren vaak over waarom. Waarom deed ik dat, waarom overkomt mij dit, waarom voel ik me zo? Het lijkt alsof je het daarmee gaat begrijpen, maar meestal raak je alleen dieper verstrikt. Vooral als je somber bent, kan dit soort malen de neerslachtigheid versterken.

## Van waarom naar hoe

Een eenvoudige maar effectieve stap is om je vragen om te buigen. In plaats van waarom ben ik zo onhandig vraag je: hoe wil ik het de volgende keer aanpakken? Daarmee verschuift je aandacht van het verleden naar iets waar je wél invloed op hebt.

Andere dingen die kunnen helpen:

- merk op dat je aan het herkauwen bent en benoem het: ik ben weer aan het malen
- kom in beweging, loop een rondje of doe iets met je handen
- check of je zorg klopt door het gewoon aan de ander te vragen
- schrijf het moment één keer uit en sluit je schrift daarna bewust

Vaak hebben anderen een moment allang vergeten terwijl jij er nog dagen mee rondloopt. Dat besef kan verlichten. Blijf je steeds hangen in het verleden, dan kan een psycholoog je helpen om dit patroon te doorbreken.""",
    },
    {
        "key": "piekeren-04",
        "topics": ("piekeren",),
        "category": "therapie",
        "title": "Gedachten zijn geen feiten: afstand nemen van je zorgen",
        "summary": "Met technieken uit cognitieve therapie en ACT leer je anders omgaan met piekergedachten. Een kennismaking.",
        "body": """Wie veel piekert, neemt zijn eigen gedachten vaak bloedserieus. Als je hoofd zegt dat het vast misgaat, voelt dat als een voorspelling. Toch is een gedachte niet meer dan een gebeurtenis in je brein: soms klopt ze, vaak niet. Leren om afstand te nemen van je zorgen is een belangrijke stap om het gemaal te laten afnemen.

## Gedachten uitdagen

In cognitieve gedragstherapie leer je piekergedachten te onderzoeken als een soort detective. Welke bewijzen zijn er voor deze zorg, en welke ertegen? Hoe groot is de kans echt dat het gebeurt? En als het gebeurt, hoe erg zou het zijn en wat zou je dan doen? Door je gedachten op papier te zetten en kritisch te bekijken, worden ze vaak kleiner.

## Gedachten laten voorbijgaan

Acceptance and Commitment Therapy, kortweg ACT, kiest een andere insteek. Daar hoef je je gedachten niet te weerleggen, maar leer je ze te zien voor wat ze zijn. Oefeningen die daarbij helpen:

- zet voor een gedachte de woorden: ik merk dat ik denk dat...
- stel je voor dat je gedachten als blaadjes op een rivier voorbijdrijven
- zeg een piekergedachte een paar keer hardop met een grappig stemmetje
- geef je terugkerende zorg een naam, bijvoorbeeld het rampenverhaal

Die oefeningen klinken soms wat vreemd, maar ze maken duidelijk dat jij niet je gedachten bent. Je kunt ze opmerken zonder erin mee te gaan.

Welke aanpak het beste bij je past, verschilt per persoon. In een gesprek met een psycholoog kun je samen ontdekken wat voor jou werkt om meer rust in je hoofd te krijgen.""",
    },
    {
        "key": "piekeren-05",
        "topics": ("piekeren",),
        "category": "werk-en-zorg",
        "title": "Ook in het weekend in je hoofd op kantoor",
        "summary": "Blijf je na werktijd maar denken aan die mail of deadline? Tips om je werkzorgen los te laten als je vrij bent.",
        "body": """Het is zaterdagochtend, je zit met een kop koffie aan tafel, maar je gedachten zijn bij de mail van je leidinggevende van vrijdagmiddag. Wat bedoelde ze precies? Ben je wel op tijd klaar met dat project? Piekeren over werk in je vrije tijd is heel gewoon, maar als het structureel wordt, kom je nooit echt tot rust.

## Waarom werkzorgen blijven hangen

Onafgemaakte taken blijven in ons hoofd actief, alsof er een tabblad openstaat. Ook onduidelijkheid, zoals een vage opmerking of een reorganisatie die boven de markt hangt, voedt het malen. Daarbij komt dat je door je telefoon altijd bereikbaar bent, waardoor de grens tussen werk en privé vervaagt.

## Het werk letterlijk afsluiten

Een paar manieren om je werkzorgen minder mee naar huis te nemen:

- maak aan het eind van je werkdag een lijstje met wat af is en wat morgen komt
- schrijf bij lastige kwesties op wat je volgende stap is, zodat je hoofd het los kan laten
- zet meldingen van je werkmail uit in de avond en het weekend
- kies een vast afsluitritueel, zoals een wandeling of je laptop in een kast zetten
- spreek met jezelf af dat je werkgedachten parkeert tot maandagochtend

## Als het te veel wordt

Soms is het piekeren een signaal dat er echt iets niet klopt, bijvoorbeeld dat je werkdruk te hoog is of dat er een conflict speelt. Dan helpt het om dat bespreekbaar te maken met je leidinggevende of een vertrouwenspersoon. Blijf je ondanks alles piekeren, slaap je slecht of voel je je steeds gespannen, neem dan contact op met een psycholoog. Hoe eerder je het aanpakt, hoe beter.""",
    },
    {
        "key": "piekeren-06",
        "topics": ("piekeren", "slaap"),
        "category": "stress-en-prikkels",
        "title": "Waarom je hoofd 's nachts op volle toeren draait",
        "summary": "Zodra het licht uit is, beginnen de zorgen. Over nachtelijk piekeren, wakker liggen en hoe je je hoofd tot rust brengt.",
        "body": """Overdag gaat het prima, maar zodra je je hoofd op het kussen legt, beginnen de gedachten. Je piekert over een ruzie, een rekening of de planning van morgen, en voor je het weet lig je al een uur wakker. Nachtelijk piekeren is een van de meest voorkomende oorzaken van slaapproblemen, en het werkt in twee richtingen: wie slecht slaapt, maakt zich ook meer zorgen.

## Waarom juist 's nachts?

Overdag word je afgeleid door werk, mensen en taken. In het donker valt die afleiding weg en krijgen je zorgen alle ruimte. Bovendien ben je moe, waardoor problemen groter en onoplosbaarder lijken dan ze zijn. Wat om drie uur 's nachts een ramp voelt, blijkt de volgende ochtend vaak mee te vallen.

## Je hoofd leegmaken vóór het slapen

Een paar dingen die kunnen helpen om rustiger in slaap te vallen:

- schrijf in de vroege avond je zorgen op, met bij elk een volgende stap
- bouw een half uur voor bedtijd af, zonder schermen en zonder werk
- lig je langer dan twintig minuten te malen, sta dan even op en doe iets rustigs in een andere kamer
- probeer een ademhalingsoefening of bodyscan om je aandacht naar je lijf te brengen

## Niet vechten tegen de slapeloosheid

Hoe harder je probeert te slapen, hoe wakkerder je vaak wordt. Ook de zorg over slecht slapen zelf, hoe kom ik morgen de dag door, houdt je alert. Probeer te accepteren dat je wakker ligt en dat rusten ook waardevol is.

Houden het piekeren en het slechte slapen langer dan een paar weken aan? Dan kan een behandeling zoals CGT bij slapeloosheid uitkomst bieden.""",
    },
    {
        "key": "slaap-01",
        "topics": ("slaap",),
        "category": "stress-en-prikkels",
        "title": "Slapeloosheid: wanneer wordt slecht slapen een probleem?",
        "summary": "Iedereen slaapt weleens slecht. Maar wanneer spreek je van slapeloosheid, en wanneer is het tijd om hulp te zoeken?",
        "body": """Een nacht woelen voor een belangrijk sollicitatiegesprek, of wakker liggen na een spannende film: af en toe slecht slapen hoort bij het leven. Maar wat als je wekenlang moeilijk in slaap valt, midden in de nacht wakker wordt of veel te vroeg al klaarwakker bent? Dan kan er sprake zijn van slapeloosheid, ook wel insomnie genoemd.

## Hoe herken je insomnie?

Slaapproblemen worden een stoornis als ze minstens drie nachten per week voorkomen, al drie maanden of langer aanhouden en je er overdag last van hebt. Het gaat dus niet alleen om het aantal uren slaap. Sommige mensen hebben genoeg aan zes uur, anderen hebben er negen nodig. Doorslaggevend is hoe je je overdag voelt.

Mogelijke gevolgen van langdurig slecht slapen:

- vermoeidheid en een gebrek aan energie
- moeite met concentreren en onthouden
- sneller geïrriteerd of emotioneel zijn
- meer gevoeligheid voor stress en somberheid

## Hoe het zichzelf in stand houdt

Slapeloosheid begint vaak met een duidelijke aanleiding, zoals stress op het werk, een verhuizing of een zieke partner. Die aanleiding verdwijnt, maar de slechte nachten blijven. Dat komt doordat je in de tussentijd gewoontes hebt ontwikkeld die de slaap verstoren, zoals langer in bed blijven liggen, overdag dutten of veel op de klok kijken. Ook de spanning rond het slapen zelf speelt mee: het bed wordt een plek van strijd in plaats van rust.

Slaap je al een tijd slecht? Bespreek het dan met je huisarts of een psycholoog. Er zijn goede behandelingen zonder slaapmedicatie die je helpen om weer uitgerust wakker te worden.""",
    },
    {
        "key": "slaap-02",
        "topics": ("slaap",),
        "category": "stress-en-prikkels",
        "title": "Een vast slaapritme: saai, maar het werkt",
        "summary": "Op vaste tijden naar bed gaan en opstaan is een van de krachtigste manieren om beter te slapen. Waarom regelmaat zo belangrijk is voor je nachtrust.",
        "body": """Door de week om zeven uur op, in het weekend uitslapen tot elf en dan zondagavond niet in slaap kunnen komen. Herkenbaar? Je biologische klok houdt van voorspelbaarheid. Een vast slaapritme is daarom een van de eenvoudigste, maar ook meest effectieve dingen die je kunt doen voor een betere nachtrust.

## Je interne klok

Je lichaam volgt een ritme van ongeveer vierentwintig uur. Dat ritme bepaalt wanneer je slaperig wordt, wanneer je lichaamstemperatuur daalt en wanneer je het hormoon melatonine aanmaakt. Daglicht in de ochtend zet de klok als het ware gelijk. Ga je steeds op wisselende tijden naar bed en sta je op verschillende tijden op, dan raakt dat ritme in de war. Je krijgt dan een soort permanente lichte jetlag.

## Zo bouw je een vast ritme op

- sta elke dag op hetzelfde tijdstip op, ook in het weekend en na een slechte nacht
- ga pas naar bed als je echt slaperig bent, niet alleen moe
- zoek 's ochtends zo snel mogelijk daglicht op, bijvoorbeeld met een korte wandeling
- vermijd lange middagdutjes, houd het zo nodig bij twintig minuten
- eet en beweeg zo veel mogelijk op vaste momenten

## Geduld hebben

Het vaste opstaan is het belangrijkste ankerpunt. Het voelt in het begin vaak zwaar, zeker als je slecht geslapen hebt. Toch bouw je zo slaapdruk op voor de volgende avond, waardoor je makkelijker in slaap valt. Reken erop dat het een paar weken duurt voordat je lijf zich heeft aangepast.

Lukt het ondanks een strak ritme niet om goed te slapen? Dan kan het verstandig zijn om verder te kijken naar wat je wakker houdt.""",
    },
    {
        "key": "slaap-03",
        "topics": ("slaap",),
        "category": "stress-en-prikkels",
        "title": "Koffie, schermen en je avondroutine: slaaphygiëne in de praktijk",
        "summary": "Wat je overdag en 's avonds doet, heeft invloed op hoe je slaapt. Praktische tips voor een betere slaaphygiëne.",
        "body": """Slaaphygiëne klinkt misschien als een schoon laken, maar het gaat over alle gewoontes die invloed hebben op je nachtrust. Wat drink je in de middag, hoe ziet je slaapkamer eruit en wat doe je in het laatste uur voor het slapengaan? Kleine aanpassingen kunnen al verschil maken als je moeilijk in slaap komt of onrustig slaapt.

## Wat je slaap verstoort

Cafeïne blijft lang in je lichaam: een kop koffie om vier uur 's middags kan 's avonds nog steeds je inslapen vertragen. Alcohol maakt je misschien slaperig, maar zorgt voor een lichtere, onrustige slaap in de tweede helft van de nacht. Ook het blauwe licht en de prikkels van je telefoon houden je brein alert. Even door je tijdlijn scrollen in bed wordt al snel een uur.

## Tips voor een slaapvriendelijke avond

- drink na de lunch geen koffie, energiedrank of sterke thee meer
- houd je slaapkamer koel, donker en stil
- leg je telefoon buiten de slaapkamer en gebruik een gewone wekker
- kies een vast avondritueel, zoals douchen, lezen of rustige muziek
- gebruik je bed alleen voor slapen en intimiteit, niet om te werken of series te kijken
- beweeg overdag voldoende, maar sport niet intensief vlak voor bedtijd

## Geen wondermiddel

Slaaphygiëne is een goede basis, maar bij hardnekkige slapeloosheid is het zelden genoeg. Als je al jaren slecht slaapt, zitten de oorzaken vaak dieper, in de spanning rond het slapen of in piekergedachten. Zie deze tips daarom als een eerste stap. Merk je na een paar weken weinig verbetering, dan is een gespecialiseerde behandeling het overwegen waard.""",
    },
    {
        "key": "slaap-04",
        "topics": ("slaap",),
        "category": "werk-en-zorg",
        "title": "Slapen als de rest van de wereld wakker is: werken in ploegendienst",
        "summary": "Nachtdiensten en wisselende roosters ontregelen je slaap. Hoe bescherm je je nachtrust als je onregelmatig werkt?",
        "body": """Verpleegkundigen, politieagenten, fabrieksmedewerkers en beveiligers: veel mensen werken 's nachts of in wisselende diensten. Dat vraagt veel van je lichaam, en vooral van je slaap. Overdag slapen is lastiger dan 's nachts, en na een reeks nachtdiensten weer terugschakelen naar een normaal slaapritme kost vaak dagen.

## Tegen je biologische klok in

Je interne klok is ingesteld op slapen in het donker en wakker zijn bij daglicht. Werk je 's nachts, dan vraag je je lijf om precies het omgekeerde. Het gevolg is dat je overdag korter en lichter slaapt, terwijl je tijdens je dienst juist vecht tegen de slaap. Op de lange duur kan dat leiden tot chronische vermoeidheid, prikkelbaarheid en een verhoogd risico op gezondheidsklachten.

## Tips om je slaap te beschermen

- maak je slaapkamer overdag echt donker met verduisterende gordijnen of een slaapmasker
- draag een zonnebril op weg naar huis na een nachtdienst, zodat het daglicht je minder wakker maakt
- zet je telefoon op stil en vraag huisgenoten om rekening met je te houden
- neem voor een nachtdienst een kort dutje van maximaal anderhalf uur
- eet 's nachts licht en vermijd zware maaltijden rond het einde van je dienst

## Grenzen herkennen

Niet iedereen kan even goed tegen onregelmatige diensten. Ook speelt leeftijd een rol: hoe ouder je wordt, hoe moeilijker je lichaam zich aanpast. Merk je dat je steeds slechter slaapt of dat je stemming eronder lijdt? Bespreek dan met je werkgever of je rooster anders kan, bijvoorbeeld met meer rustdagen na een nachtreeks. Je nachtrust is geen luxe, maar de basis van je gezondheid.""",
    },
    {
        "key": "slaap-05",
        "topics": ("slaap",),
        "category": "therapie",
        "title": "Beter slapen zonder pillen: wat is CGT-i?",
        "summary": "Cognitieve gedragstherapie voor insomnie is de aanbevolen behandeling bij langdurige slaapproblemen. Hoe ziet zo'n traject eruit?",
        "body": """Slaapmiddelen lijken een snelle oplossing als je nacht na nacht wakker ligt, maar ze zijn bedoeld voor kort gebruik en pakken de oorzaak niet aan. Voor hardnekkige slapeloosheid is cognitieve gedragstherapie voor insomnie, kortweg CGT-i, de eerste keus. Het is een korte, praktische behandeling waarin je je slaappatroon stap voor stap herstelt.

## Een slaapdagboek als startpunt

Je begint met het bijhouden van een slaapdagboek. Hoe laat ging je naar bed, hoe lang duurde het voor je insliep, hoe vaak werd je wakker en hoe voelde je je de volgende dag? Dat geeft inzicht in je persoonlijke patroon, en vaak blijkt dat je veel langer in bed ligt dan je daadwerkelijk slaapt.

## De belangrijkste onderdelen

- slaaprestrictie: je beperkt tijdelijk je tijd in bed tot het aantal uren dat je echt slaapt, waardoor je slaap dieper en efficiënter wordt
- stimuluscontrole: je leert je bed weer te koppelen aan slapen, onder andere door op te staan als je niet kunt slapen
- cognitieve technieken: je onderzoekt gedachten als ik moet acht uur slapen of morgen functioneer ik niet
- ontspanning: je oefent met manieren om lichaam en hoofd tot rust te brengen

## Wat kun je verwachten?

De eerste weken zijn soms pittig, omdat je door de slaaprestrictie wat vermoeider kunt zijn. Daarna merken de meeste mensen dat ze sneller inslapen en minder wakker liggen. Het mooie van CGT-i is dat de resultaten blijvend zijn, omdat je zelf leert wat je slaap verbetert.

Ben je benieuwd of deze aanpak bij jou past? Neem dan contact op voor een kennismakingsgesprek.""",
    },
    {
        "key": "slaap-06",
        "topics": ("slaap", "somberheid"),
        "category": "emoties",
        "title": "Moe en somber: hoe je nachtrust en je stemming elkaar beïnvloeden",
        "summary": "Slecht slapen maakt je somberder, en somberheid verstoort je slaap. Over de wisselwerking tussen slapeloosheid en depressie.",
        "body": """Na een paar slechte nachten lijkt alles zwaarder. Je bent prikkelbaar, ziet overal tegenop en kunt weinig hebben. Andersom geldt het ook: wie somber of depressief is, slaapt vaak slecht. Slaap en stemming zijn nauw met elkaar verbonden, en dat kan een neerwaartse spiraal veroorzaken.

## Twee kanten van dezelfde medaille

Slaapproblemen horen bij de kernklachten van een depressie. Sommige mensen liggen uren wakker of worden om vier uur 's nachts wakker met een zwaar gevoel. Anderen slapen juist veel meer dan normaal en komen nauwelijks hun bed uit, zonder dat ze zich uitgerust voelen. Tegelijkertijd blijkt uit onderzoek dat mensen met langdurige slapeloosheid een verhoogd risico hebben om later depressief te worden. Een tekort aan slaap maakt het moeilijker om emoties te reguleren en om positieve dingen op te merken.

## De spiraal doorbreken

Omdat het een wisselwerking is, kun je aan twee kanten beginnen. Wat vaak helpt:

- houd een vast tijdstip aan om op te staan, ook als je weinig zin hebt
- zoek overdag licht en beweging op, al is het maar een korte wandeling
- vermijd lang in bed liggen om de dag te ontvluchten
- plan elke dag minstens één kleine activiteit die je vroeger prettig vond

## Hulp zoeken

Merk je dat je al een tijd slecht slaapt en je stemming steeds verder daalt? Wacht dan niet te lang met het inschakelen van hulp. Een behandeling die zowel aandacht heeft voor je slaap als voor de somberheid is vaak het meest effectief. Soms verbetert je stemming al merkbaar zodra je nachten rustiger worden.""",
    },
    {
        "key": "somberheid-01",
        "topics": ("somberheid",),
        "category": "emoties",
        "title": "Een dipje of een depressie: waar ligt de grens?",
        "summary": "Iedereen voelt zich weleens somber. Maar wanneer gaat een sombere periode over in een depressie? Signalen om op te letten.",
        "body": """Somber zijn hoort bij het leven. Na een teleurstelling, in een drukke periode of zomaar op een grijze dinsdag kun je je neerslachtig voelen. Meestal trekt dat na een paar dagen weer bij. Maar soms blijft de somberheid hangen en wordt ze dieper. Hoe weet je of je in een dip zit of dat er sprake is van een depressie?

## Kenmerken van een depressie

Bij een depressie gaat het niet om een slechte dag, maar om een aanhoudende verandering in je stemming en je functioneren. Psychologen spreken van een depressie als iemand minstens twee weken het grootste deel van de dag somber is of nergens meer plezier in heeft, in combinatie met andere klachten, zoals:

- veranderingen in eetlust of gewicht
- slecht slapen of juist veel meer slapen
- vermoeidheid en gebrek aan energie
- gevoelens van waardeloosheid of overmatig schuldgevoel
- moeite met concentreren en beslissingen nemen
- gedachten over de dood of dat het leven geen zin heeft

## Wat je zelf kunt merken

Vaak merken mensen in je omgeving eerder dat er iets is veranderd dan jijzelf. Je trekt je terug, zegt afspraken af, reageert vlakker of bent prikkelbaarder. Dingen die vroeger vanzelf gingen, zoals boodschappen doen of een vriend bellen, kosten ineens veel moeite.

## Neem het serieus

Een depressie is geen teken van zwakte en ook niet iets waar je je zomaar overheen zet. Het is een veelvoorkomende aandoening die goed te behandelen is. Herken je meerdere van de signalen hierboven, praat er dan over met je huisarts of een psycholoog. Heb je gedachten aan zelfdoding, bel dan 113 of 0800-0113.""",
    },
    {
        "key": "somberheid-02",
        "topics": ("somberheid",),
        "category": "therapie",
        "title": "Eerst doen, dan voelen: zo werkt gedragsactivatie",
        "summary": "Bij depressie wacht je vaak tot je je beter voelt om weer dingen te gaan doen. Gedragsactivatie draait dat om.",
        "body": """Als je neerslachtig bent, lijkt het logisch om te wachten tot je weer zin hebt voordat je dingen onderneemt. Maar bij een depressie komt die zin vaak niet vanzelf terug. Je doet steeds minder, waardoor je minder fijne ervaringen opdoet, en daardoor voel je je nog somberder. Gedragsactivatie is een therapievorm die precies die cirkel doorbreekt.

## Het principe

Bij gedragsactivatie draai je de volgorde om: je gaat eerst weer activiteiten doen en vertrouwt erop dat je stemming volgt. Dat gebeurt niet in één keer, maar in kleine, haalbare stappen. Het gaat erom dat je weer in contact komt met dingen die je voldoening, plezier of het gevoel geven dat je iets betekent.

## Hoe pak je het aan?

- houd een week lang bij wat je doet en hoe je je daarbij voelt, op een schaal van nul tot tien
- kijk welke activiteiten je stemming net iets verbeteren
- plan elke dag een paar van die activiteiten in, hoe klein ook
- kies naast plezierige dingen ook taken die voldoening geven, zoals de afwas of een rekening betalen
- bespreek wat je tegenhoudt en maak stappen kleiner als het niet lukt

Een wandeling van tien minuten of een berichtje naar een vriendin telt ook. Juist die kleine successen geven weer wat grond onder je voeten.

## Waarom het werkt

Onderzoek laat zien dat gedragsactivatie bij depressie ongeveer even effectief is als andere vormen van gesprekstherapie. Het is concreet en sluit aan bij wat mensen zelf kunnen. Je therapeut helpt je om realistische doelen te stellen en om vol te houden op dagen dat het tegenzit, want die dagen komen er zeker.""",
    },
    {
        "key": "somberheid-03",
        "topics": ("somberheid",),
        "category": "emoties",
        "title": "Waarom de donkere maanden zo zwaar kunnen voelen",
        "summary": "Korte dagen en weinig licht drukken bij veel mensen op de stemming. Over de winterdip en de winterdepressie.",
        "body": """Zodra de klok in oktober een uur teruggaat, merken veel mensen het: ze zijn futlozer, hebben meer zin in zoet eten en zouden het liefst de hele dag onder een deken liggen. Een winterdip is heel gewoon. Bij een klein deel van de mensen is de somberheid in het najaar en de winter zo sterk dat er sprake is van een winterdepressie.

## De rol van licht

Daglicht heeft een grote invloed op onze biologische klok en op stoffen in de hersenen die onze stemming regelen. In de wintermaanden krijgen we veel minder licht binnen, zeker als je van huis naar kantoor en weer terug gaat in het donker. Bij mensen die daar gevoelig voor zijn, raakt de stemming daardoor ontregeld.

Typische kenmerken van een winterdepressie zijn:

- elk jaar rond dezelfde tijd somberder worden, en in het voorjaar opknappen
- veel meer slaap nodig hebben en toch moe zijn
- meer trek in koolhydraten en aankomen in gewicht
- minder zin in sociale contacten

## Wat helpt?

Ga zo veel mogelijk naar buiten overdag, liefst in de ochtend, ook als het bewolkt is. Buitenlicht op een grijze dag is nog altijd veel sterker dan lamplicht binnen. Blijf bewegen en houd contact met mensen om je heen, ook als je er weinig zin in hebt. Bij een echte winterdepressie kan lichttherapie met een speciale lamp een goede aanvulling zijn.

Houden je klachten aan, of zijn ze zo sterk dat je er in je dagelijks leven last van hebt? Dan is het verstandig om hulp te zoeken. Een winterdepressie is goed te behandelen.""",
    },
    {
        "key": "somberheid-04",
        "topics": ("somberheid",),
        "category": "relaties",
        "title": "Wat zeg je tegen iemand die depressief is?",
        "summary": "Het is moeilijk om een naaste met een depressie te steunen. Wat helpt, wat beter niet, en hoe je ook voor jezelf zorgt.",
        "body": """Je partner, vriend of zus is al weken somber. Je ziet iemand die je liefhebt steeds stiller worden en je wilt graag helpen, maar je weet niet goed hoe. Wat je ook zegt, het lijkt niet aan te komen. Iemand steunen die depressief is, is lastig en kan je onzeker maken. Toch kan jouw aanwezigheid echt verschil maken.

## Wat helpt

Iemand met een depressie heeft vooral behoefte aan begrip en aan het gevoel niet alleen te staan. Je hoeft geen oplossingen te bieden. Helpend is bijvoorbeeld:

- laten merken dat je er bent, ook als de ander weinig terugzegt
- luisteren zonder meteen advies te geven of het gesprek om te buigen
- kleine, concrete dingen voorstellen, zoals samen een stukje wandelen
- de ander aanmoedigen om hulp te zoeken en eventueel aanbieden mee te gaan

## Wat je beter kunt vermijden

Goedbedoelde opmerkingen als kop op, het komt wel goed of anderen hebben het veel zwaarder komen vaak verkeerd aan. Ze geven de ander het gevoel niet begrepen te worden, of zelfs tekort te schieten. Ook is het verleidelijk om alles over te nemen, maar daarmee kun je iemand onbedoeld nog passiever maken.

## Vergeet jezelf niet

Langdurig zorgen voor iemand met een depressie kost energie. Het is normaal als je je soms machteloos, gefrustreerd of verdrietig voelt. Praat er met anderen over en blijf ook dingen doen waar je zelf van oplaadt. Maak je je zorgen omdat de ander over de dood praat? Neem dat altijd serieus en zoek samen hulp, bijvoorbeeld via de huisarts of 113.""",
    },
    {
        "key": "somberheid-05",
        "topics": ("somberheid",),
        "category": "emoties",
        "title": "Als niets meer leuk is: over lusteloosheid en anhedonie",
        "summary": "Het verlies van plezier is een van de kernklachten van een depressie, maar wordt vaak niet herkend. Wat is anhedonie?",
        "body": """Je favoriete muziek raakt je niet meer, een etentje met vrienden voelt als een verplichting en zelfs een zonnige dag laat je koud. Het vermogen om plezier te beleven lijkt verdwenen. Psychologen noemen dit anhedonie: naast een neerslachtige stemming een van de twee kernklachten van een depressie.

## Niet verdrietig, maar leeg

Veel mensen denken bij depressie aan huilen en verdriet. Toch beschrijven mensen met anhedonie hun gevoel vaak eerder als vlak of leeg. Ze voelen niet zozeer pijn, maar eerder niets. Daardoor herkennen ze zelf niet altijd dat ze depressief zijn. Ze denken dat ze gewoon moe zijn, of dat het leven nu eenmaal saai is geworden.

Signalen van anhedonie:

- hobby's die je vroeger energie gaven, laat je liggen
- je kijkt nergens meer naar uit, ook niet naar vakantie of feestdagen
- aanraking en intimiteit zeggen je weinig meer
- je gaat wel naar afspraken, maar voelt er niets bij

## Wat kun je doen?

Het lastige van anhedonie is dat de motivatie om iets te ondernemen ontbreekt, terwijl juist dat doen nodig is om plezier terug te vinden. Verwacht daarom niet dat je meteen weer geniet. Richt je eerst op kleine activiteiten en let op de lichtste sprankjes van interesse. Een half procent beter is ook beter.

Het kan helpen om met een psycholoog te onderzoeken wat er speelt. Met een behandeling voor depressie keert het plezier vaak geleidelijk terug. Dat gaat langzaam, en soms merken mensen om je heen het eerder dan jijzelf.""",
    },
    {
        "key": "somberheid-06",
        "topics": ("somberheid", "rouw"),
        "category": "emoties",
        "title": "Rouw of depressie? Als verdriet maar niet lichter wordt",
        "summary": "Na een verlies is verdriet normaal. Maar wanneer gaat rouw over in een depressie of een vastgelopen rouwproces?",
        "body": """Na het overlijden van een dierbare is het heel gewoon om je somber, moe en lusteloos te voelen. Rouw en depressie lijken in de eerste maanden dan ook sterk op elkaar. Toch zijn het verschillende dingen, en het kan belangrijk zijn om het verschil te herkennen als het verdriet maar niet lijkt te slijten.

## Hoe verschillen ze?

Bij rouw komt het verdriet in golven. Het ene moment word je overvallen door gemis, het volgende kun je lachen om een herinnering. De pijn is verbonden met de persoon die je bent verloren. Bij een depressie is de somberheid juist constanter en algemener. Alles voelt grijs, niet alleen wat met het verlies te maken heeft. Ook gevoelens van waardeloosheid en zelfverwijt passen eerder bij een depressie dan bij normale rouw.

## Wanneer rouw vastloopt

Soms blijft het rouwproces steken. Iemand kan een jaar of langer na het verlies nog steeds dagelijks overspoeld worden door intens verlangen, het overlijden niet kunnen aanvaarden of het gevoel hebben dat het leven zonder de ander geen zin heeft. Dan spreken we van langdurige rouw. Signalen om op te letten:

- je kunt geen enkel moment van plezier of rust meer ervaren
- je vermijdt alles wat aan de overledene herinnert, of juist niets anders
- je functioneert al lange tijd nauwelijks op werk of thuis
- je denkt erover om de overledene achterna te gaan

## Hulp is geen falen

Rouw is geen ziekte en hoeft niet behandeld te worden. Maar als je vastloopt in het verdriet of als somberheid je hele leven overneemt, kan begeleiding helpen. Samen kun je ruimte maken voor het gemis én voor het leven dat doorgaat.""",
    },
    {
        "key": "rouw-01",
        "topics": ("rouw",),
        "category": "emoties",
        "title": "Rouwen gaat niet in fases, en dat is oké",
        "summary": "Het bekende fasemodel van rouw klopt voor veel mensen niet. Een ander beeld van hoe rouwen werkelijk verloopt.",
        "body": """Misschien heb je weleens gehoord van de vijf fases van rouw: ontkenning, woede, onderhandelen, depressie en aanvaarding. Het model is bekend, maar voor veel nabestaanden voelt het niet kloppend. Rouwen verloopt zelden netjes in stappen. Het is een grillig proces, waarin je heen en weer beweegt tussen verdriet en het gewone leven.

## Heen en weer bewegen

Een model dat beter aansluit bij de ervaringen van veel mensen, is het duale procesmodel. Daarin beweeg je voortdurend tussen twee kanten. Aan de ene kant ben je bezig met het verlies zelf: je huilt, kijkt naar foto's, praat over degene die er niet meer is. Aan de andere kant ben je bezig met het leven dat doorgaat: je regelt praktische zaken, gaat weer werken, leert nieuwe dingen die de ander altijd deed.

Beide kanten zijn nodig. Het is dus helemaal niet vreemd of respectloos als je op een dag van de begrafenis ook gelachen hebt, of als je na een paar goede weken ineens weer overvallen wordt door gemis.

## Wat je kunt verwachten

- verdriet komt vaak in golven, soms uitgelokt door een geur of een liedje
- ook boosheid, schuld en opluchting kunnen onderdeel zijn van rouw
- je lichaam reageert mee, met vermoeidheid, slecht slapen of weinig eetlust
- rouw heeft geen einddatum, maar verandert meestal wel van karakter

## Jouw eigen manier

Iedereen rouwt anders. De een wil veel praten, de ander verwerkt het liever in stilte of door bezig te zijn. Er is geen goede of foute manier. Wees mild voor jezelf en laat je niet vertellen hoe lang het mag duren.""",
    },
    {
        "key": "rouw-02",
        "topics": ("rouw",),
        "category": "relaties",
        "title": "Wat zeg je tegen iemand die een dierbare heeft verloren?",
        "summary": "Veel mensen weten niet wat ze moeten zeggen tegen een nabestaande. Waarom er zijn belangrijker is dan de juiste woorden.",
        "body": """Een collega heeft haar vader verloren, je buurman is weduwnaar geworden of een vriendin heeft een miskraam gehad. Je wilt iets zeggen, maar wat? Uit angst om het verkeerde te zeggen, zeggen veel mensen liever niets. Voor iemand die rouwt, voelt die stilte vaak pijnlijker dan een onhandige poging.

## Er zijn is het belangrijkste

Je hoeft het verdriet niet op te lossen. Dat kan ook niet. Wat wél helpt, is laten merken dat je het verlies ziet en dat je er bent. Een eenvoudig ik vind het zo erg voor je, of ik denk aan je, is vaak genoeg. Noem ook gerust de naam van degene die overleden is. Veel nabestaanden vinden het fijn als anderen herinneringen delen.

## Wat je beter niet kunt zeggen

Sommige opmerkingen zijn goed bedoeld, maar komen hard aan:

- hij heeft nu geen pijn meer
- je bent nog jong, je vindt vast wel iemand anders
- ik weet precies hoe je je voelt
- het is nu toch al een paar maanden geleden

Zulke zinnen proberen het verdriet kleiner te maken, terwijl de ander juist behoefte heeft aan erkenning.

## Ook na de begrafenis

In de eerste weken is er vaak veel aandacht, maar daarna wordt het stil, terwijl het gemis dan pas echt begint. Juist later doet een berichtje veel goed, bijvoorbeeld op de verjaardag van de overledene of rond de sterfdag. Bied concrete hulp aan, zoals een maaltijd brengen of samen een wandeling maken. Een vaag laat maar weten als ik iets kan doen legt de verantwoordelijkheid toch weer bij degene die rouwt.""",
    },
    {
        "key": "rouw-03",
        "topics": ("rouw",),
        "category": "emoties",
        "title": "Ook zonder overlijden kun je rouwen",
        "summary": "Een scheiding, ontslag of chronische ziekte kan ook rouw oproepen. Over verlies dat niet altijd als verlies wordt gezien.",
        "body": """Bij rouw denken we meestal aan het overlijden van een dierbare. Maar ook andere verliezen kunnen diep ingrijpen: een scheiding, het verlies van je baan, een kinderwens die niet uitkomt, of een ziekte waardoor je leven er ineens heel anders uitziet. Ook dan ben je aan het rouwen, al krijgt dat verdriet niet altijd de erkenning die het verdient.

## Onzichtbaar verlies

Rouw om iets anders dan de dood wordt soms ook wel niet-erkende rouw genoemd. Er is geen begrafenis, geen kaartje op de deurmat, en je omgeving verwacht vaak dat je snel weer verder gaat. Daardoor kun je het gevoel krijgen dat je je aanstelt. Toch zijn de reacties vaak vergelijkbaar met rouw na een overlijden: verdriet, boosheid, onzekerheid en het gevoel je houvast kwijt te zijn.

Voorbeelden van zulke verliezen:

- het einde van een relatie of vriendschap
- een kind dat het huis uitgaat
- het verlies van je gezondheid of van wat je lichaam kon
- afscheid van je werk, bijvoorbeeld door ontslag of pensioen
- verhuizen naar een ander land en je vertrouwde omgeving achterlaten

## Ruimte geven aan het gemis

Het begint met erkennen dat je iets bent kwijtgeraakt dat belangrijk voor je was. Geef jezelf toestemming om te treuren, ook als anderen het niet zo zien. Soms helpt een klein ritueel, zoals een brief schrijven aan wat je achterlaat of een plek bezoeken die ermee verbonden is.

Merk je dat het verlies je blijft beheersen? Dan kan een gesprek met een psycholoog helpen om het een plek te geven en weer ruimte te maken voor wat nog komt.""",
    },
    {
        "key": "rouw-04",
        "topics": ("rouw",),
        "category": "relaties",
        "title": "De lege stoel aan tafel: feestdagen na een verlies",
        "summary": "Kerst, verjaardagen en andere bijzondere dagen kunnen zwaar zijn als je iemand mist. Hoe maak je er ruimte voor?",
        "body": """De kerstverlichting gaat weer aan, overal klinkt feestmuziek en iedereen lijkt samen te zijn. Voor wie een dierbare heeft verloren, kunnen de feestdagen extra pijnlijk zijn. Het gemis wordt uitvergroot door de tradities die je vroeger samen had. Ook verjaardagen, Moederdag of de sterfdag kunnen het verdriet flink aanwakkeren.

## De aanloop is vaak het zwaarst

Veel nabestaanden merken dat de dagen en weken voor zo'n speciale dag moeilijker zijn dan de dag zelf. Je ziet ertegenop, vraagt je af hoe het zal zijn en voelt misschien druk om er toch iets gezelligs van te maken. Weet dat dat normaal is, en dat je niet hoeft te doen alsof er niets aan de hand is.

## Tips voor bijzondere dagen

- bespreek van tevoren met je familie hoe je de dag wilt invullen
- maak ruimte voor de overledene, bijvoorbeeld met een kaarsje, een foto of een toost
- geef jezelf toestemming om tradities te veranderen of een jaar over te slaan
- plan een moment voor jezelf, zodat je even alleen kunt zijn als het te veel wordt
- spreek af met iemand die je kunt bellen als het zwaar is

## Samen herinneren

Soms durven familieleden de naam van de overledene niet te noemen, uit angst elkaar verdriet te doen. Toch voelt het voor veel mensen juist troostend als er over de overledene gesproken wordt. Een verhaal of herinnering delen houdt de band levend.

Het is ook goed om te weten dat de eerste keer vaak het moeilijkst is. Het gemis blijft, maar de scherpte neemt bij de meeste mensen in de loop der jaren af.""",
    },
    {
        "key": "rouw-05",
        "topics": ("rouw",),
        "category": "werk-en-zorg",
        "title": "Weer aan het werk na het overlijden van een naaste",
        "summary": "Na een verlies weer gaan werken kan houvast bieden, maar ook zwaar zijn. Hoe maak je rouw bespreekbaar op je werk?",
        "body": """Na het overlijden van je partner, ouder of kind staat je wereld stil. Toch gaat het leven, en daarmee ook je werk, na een tijdje weer verder. Voor veel nabestaanden is de terugkeer naar de werkvloer spannend. Hoe reageren je collega's? Kun je je wel concentreren? En wat als je midden in een overleg ineens moet huilen?

## Houvast en belasting tegelijk

Werk kan een welkome structuur bieden. Je hebt een reden om op te staan, je bent even met iets anders bezig en je voelt je nuttig. Tegelijkertijd kost rouw veel energie. Vergeetachtigheid, vermoeidheid en moeite met concentreren zijn heel gewone reacties op een groot verlies. Daardoor lukt het werk soms minder goed dan je van jezelf gewend bent.

## Het gesprek met je leidinggevende

Het helpt om voor je terugkomst met je leidinggevende te bespreken wat je nodig hebt. Denk bijvoorbeeld aan:

- een rustige opbouw van uren of taken
- flexibiliteit voor momenten die extra zwaar zijn, zoals de sterfdag
- afspraken over hoe en wat collega's te horen krijgen
- de mogelijkheid om even weg te lopen als het te veel wordt

## Rouw heeft geen deadline

Na een paar maanden verwacht je omgeving vaak dat je weer de oude bent, terwijl het verdriet dan juist nog volop aanwezig kan zijn. Blijf aangeven wat je nodig hebt, ook later. Merk je dat je langdurig vastloopt op je werk, dan kan de bedrijfsarts of een psycholoog met je meedenken. Zo voorkom je dat rouw en werkstress zich opstapelen.""",
    },
    {
        "key": "rouw-06",
        "topics": ("rouw", "ouderschap"),
        "category": "relaties",
        "title": "Hoe help je je kind bij het verlies van opa of oma?",
        "summary": "Kinderen rouwen anders dan volwassenen. Hoe praat je als ouder over de dood en hoe ondersteun je je kind bij verdriet?",
        "body": """Als opa of oma overlijdt, heb je als ouder vaak twee taken tegelijk: je rouwt om je eigen vader of moeder, en je wilt je kind helpen met zijn of haar verdriet. Dat is zwaar. Veel ouders vragen zich af hoeveel ze moeten vertellen, of hun kind mee moet naar de uitvaart en hoe ze kunnen merken of het wel goed gaat.

## Kinderen rouwen in stukjes

Jonge kinderen rouwen vaak met tussenpozen. Het ene moment huilen ze, het volgende spelen ze vrolijk verder. Dat is geen teken dat het verlies ze niets doet, maar een natuurlijke manier om het verdriet te doseren. Ook stellen kinderen soms steeds dezelfde vragen, omdat ze het verlies stap voor stap proberen te begrijpen. Naarmate ze ouder worden, komt het verdriet soms opnieuw terug, omdat ze het verlies dan op een andere manier gaan snappen.

## Tips voor ouders

- gebruik eerlijke, concrete woorden zoals dood en overleden, in plaats van ingeslapen of weggegaan
- laat je kind meedoen aan afscheidsrituelen als het dat wil, en bereid het goed voor op wat het gaat zien
- laat gerust je eigen verdriet zien, zodat je kind leert dat huilen mag
- houd vaste routines zo veel mogelijk in stand, dat geeft veiligheid
- vertel juf of meester wat er is gebeurd

## Let op signalen

Kinderen uiten verdriet niet altijd in woorden. Buikpijn, slecht slapen, driftbuien of terugvallen in gedrag dat ze eigenlijk al ontgroeid waren, zoals bedplassen, kunnen ook signalen zijn. Meestal verdwijnt dit met de tijd. Houdt het lang aan, of maak je je zorgen, dan kan een kinderpsycholoog met jullie meekijken.""",
    },
    {
        "key": "ouderschap-01",
        "topics": ("ouderschap",),
        "category": "relaties",
        "title": "Grenzen stellen bij je kind zonder te schreeuwen",
        "summary": "Duidelijk zijn en tegelijk warm blijven: zo stel je grenzen in de opvoeding zonder dat het uitloopt op een schreeuwpartij.",
        "body": """Het is half acht, je zoon wil niet naar bed, je dochter weigert haar tanden te poetsen en jij voelt je geduld wegglippen. Voor je het weet sta je te schreeuwen, terwijl je dat helemaal niet wilde. Grenzen stellen is een van de lastigste kanten van het ouderschap. Hoe ben je duidelijk zonder hard te worden?

## Waarom kinderen grenzen nodig hebben

Kinderen voelen zich veilig als ze weten waar ze aan toe zijn. Grenzen geven structuur en laten zien dat jij als ouder het overzicht houdt. Dat kinderen er tegenaan duwen, is volkomen normaal. Zo ontdekken ze hoe de wereld werkt en of jouw regels echt gelden.

## Warm en duidelijk

Effectief opvoeden combineert twee dingen: warmte en duidelijkheid. Je erkent het gevoel van je kind, maar houdt vast aan de regel. Bijvoorbeeld: ik snap dat je nog wilt spelen, en het is nu bedtijd. Een paar tips:

- zeg wat je wél wilt in plaats van wat niet mag
- houd je boodschap kort, en herhaal die rustig in plaats van uit te leggen
- kondig overgangen van tevoren aan, zoals nog vijf minuten en dan opruimen
- wees consequent, zodat een nee ook echt nee blijft
- geef aandacht aan gewenst gedrag, niet alleen aan wat misgaat

## Als je toch uitvalt

Geen enkele ouder blijft altijd kalm. Ben je tegen je kind uitgevallen, dan kun je dat later herstellen door je excuses aan te bieden en uit te leggen wat er gebeurde. Daarmee leer je je kind iets waardevols: dat fouten maken mag en dat je ze kunt goedmaken. Merk je dat je vaak uit je slof schiet, dan kan opvoedondersteuning helpen.""",
    },
    {
        "key": "ouderschap-02",
        "topics": ("ouderschap",),
        "category": "relaties",
        "title": "Als de slaapkamerdeur dichtgaat: contact houden met je puber",
        "summary": "In de puberteit lijkt je kind zich af te sluiten. Hoe blijf je in verbinding met je tiener zonder te veel te pushen?",
        "body": """Waar je kind vroeger honderduit vertelde over school, krijg je nu hooguit een gemompeld prima als antwoord. De deur van de slaapkamer blijft dicht en de telefoon lijkt vastgegroeid aan de hand. Veel ouders van pubers herkennen het gevoel dat hun kind steeds verder van hen af drijft. Toch heeft een tiener zijn ouders nog net zo hard nodig, alleen op een andere manier.

## Wat er in de puberteit gebeurt

In de puberteit maakt het brein een grote verbouwing door. Het deel dat emoties en beloning verwerkt, ontwikkelt zich sneller dan het deel dat plant en afremt. Daardoor reageren pubers soms heftig, nemen ze meer risico's en zijn vrienden ineens erg belangrijk. Loskomen van je ouders is een noodzakelijke stap op weg naar volwassenheid.

## Tips om in contact te blijven

- zoek momenten naast elkaar in plaats van tegenover elkaar, bijvoorbeeld in de auto of tijdens het koken
- toon interesse in hun wereld, ook als je hun muziek of games niet begrijpt
- luister eerst, en houd je oordeel of advies even voor je
- geef vertrouwen en verantwoordelijkheid, passend bij de leeftijd
- spreek duidelijke afspraken af over de dingen die je echt belangrijk vindt

## Wanneer maak je je zorgen?

Wat humeurigheid en teruggetrokkenheid horen bij de puberteit. Maar als je kind zich helemaal afsluit, niet meer naar school wil, slecht eet of slaapt, of uitlatingen doet over zichzelf iets aandoen, is het goed om verder te kijken. Bespreek je zorgen met je kind en schakel zo nodig de huisarts of een jeugdpsycholoog in.""",
    },
    {
        "key": "ouderschap-03",
        "topics": ("ouderschap",),
        "category": "emoties",
        "title": "Goed genoeg is goed genoeg: over schuldgevoel bij ouders",
        "summary": "Veel ouders voelen zich schuldig dat ze niet genoeg doen voor hun kind. Waarom een goed-genoeg-ouder precies is wat je kind nodig heeft.",
        "body": """Je kind zat te lang achter een scherm, je was kortaf tijdens het avondeten en je bent vergeten dat het vandaag gymdag was. Veel ouders gaan 's avonds naar bed met een knagend schuldgevoel. Op sociale media lijken andere moeders en vaders moeiteloos geduldig, creatief en gezond te koken. Jouw opvoeding voelt daarbij vergeleken al snel tekortschietend.

## De goed-genoeg-ouder

De Britse kinderarts en psychoanalyticus Donald Winnicott introduceerde al in de vorige eeuw het begrip good enough mother: de goed-genoeg-ouder. Hij zag dat kinderen geen perfecte ouders nodig hebben. Sterker nog, het is juist goed voor kinderen als ouders soms tekortschieten. Zo leren ze omgaan met kleine teleurstellingen en ontdekken ze dat een relatie een ruzie of misverstand kan overleven, zolang het daarna weer goedkomt.

## Wat je kind werkelijk nodig heeft

- een ouder die meestal beschikbaar en betrokken is
- warmte en het gevoel geliefd te zijn, ook na een conflict
- duidelijke grenzen en een zekere voorspelbaarheid
- een volwassene die fouten erkent en herstelt

## Omgaan met schuldgevoel

Schuldgevoel laat vooral zien dat je het belangrijk vindt om een goede ouder te zijn. Maar als het je voortdurend achtervolgt, kost het energie die je liever aan je gezin besteedt. Probeer aan het eind van de dag ook op te merken wat wel goed ging. En vraag jezelf af: zou ik zo streng oordelen over een vriendin die hetzelfde deed?

Loopt het schuldgevoel zo hoog op dat je er niet meer van geniet om ouder te zijn? Dan kan een gesprek met een psycholoog helpen om het weer in verhouding te zien.""",
    },
    {
        "key": "ouderschap-04",
        "topics": ("ouderschap",),
        "category": "werk-en-zorg",
        "title": "De dagelijkse spagaat tussen werk en gezin",
        "summary": "Kinderen, een baan, een huishouden: veel ouders lopen op hun tenen. Hoe houd je het combineren van werk en opvoeding vol?",
        "body": """De wekker gaat, de kinderen moeten naar school en opvang, om negen uur heb je een overleg en om vijf uur sta je alweer bij het kinderdagverblijf. Ondertussen moet de was nog, is er een verjaardag in het weekend en wil je ook nog aandacht hebben voor je kinderen zelf. Werk en ouderschap combineren voelt voor veel ouders als een dagelijkse spagaat.

## Altijd tekortschieten

Een veelgehoorde klacht van werkende ouders is het gevoel dat je nergens helemaal goed bent. Op je werk ben je met je hoofd bij een ziek kind, thuis denk je aan die onafgemaakte taak. Die voortdurende schakeling kost veel energie. Als er weinig ruimte is voor herstel, kan dat op den duur leiden tot uitputting.

## Wat kan helpen?

- verdeel zorgtaken bewust met je partner en bespreek dat regelmatig opnieuw
- maak afspraken met je werkgever over flexibele werktijden of thuiswerken
- laat perfectie los in het huishouden: niet alles hoeft elke week
- vraag hulp aan grootouders, buren of andere ouders voor het halen en brengen
- plan ook momenten voor jezelf, al is het maar een half uur per week

## Kiezen wat belangrijk is

Soms helpt het om een stap terug te zetten en je af te vragen wat je echt belangrijk vindt in deze levensfase. Misschien past het nu beter om tijdelijk minder te werken, of juist om de zorg anders te organiseren. Er is geen goede of foute keuze, wel een keuze die bij jouw gezin past.

Merk je dat je al lange tijd moe bent, prikkelbaar reageert op je kinderen en nauwelijks nog oplaadt? Neem die signalen serieus en praat erover, met je partner, je huisarts of een psycholoog.""",
    },
    {
        "key": "ouderschap-05",
        "topics": ("ouderschap",),
        "category": "emoties",
        "title": "Wat gebeurt er eigenlijk tijdens een driftbui van je peuter?",
        "summary": "Een peuter die krijsend op de grond ligt: elke ouder maakt het mee. Waarom driftbuien horen bij de ontwikkeling en hoe je ze begeleidt.",
        "body": """Je peuter wil de blauwe beker en niet de rode, en binnen een paar seconden ligt hij krijsend op de keukenvloer. Of het gebeurt natuurlijk midden in de supermarkt, met alle blikken op jou gericht. Driftbuien zijn voor veel ouders van jonge kinderen een dagelijkse realiteit. Gelukkig zijn ze ook een volkomen normaal onderdeel van de ontwikkeling.

## Een brein in aanbouw

Peuters ontdekken dat ze een eigen wil hebben, maar kunnen hun grote gevoelens nog niet goed hanteren. Het deel van de hersenen dat emoties afremt, is bij jonge kinderen nog lang niet uitgerijpt. Een kind in een driftbui is dus niet aan het manipuleren, maar wordt letterlijk overspoeld door frustratie. Vermoeidheid, honger en drukte maken die kans groter.

## Hoe begeleid je een driftbui?

- blijf zelf zo rustig mogelijk, jouw kalmte helpt je kind om te kalmeren
- zorg dat je kind zich niet kan bezeren, en blijf in de buurt
- benoem het gevoel kort: je bent boos omdat je de blauwe beker wilt
- ga niet in discussie of onderhandelen tijdens de bui zelf
- bied na afloop troost aan, zodat je kind merkt dat de band veilig is

## Voorkomen is makkelijker

Veel buien ontstaan op voorspelbare momenten, zoals aan het eind van een drukke dag. Door ritme en rustmomenten in te bouwen, keuzes te geven waar dat kan en overgangen aan te kondigen, verklein je de kans op uitbarstingen. Ook je eigen emotieregulatie speelt mee: een ouder die zelf op de toppen van zijn tenen loopt, heeft minder geduld. Duren de buien erg lang of zijn ze heel heftig, bespreek het dan eens met het consultatiebureau.""",
    },
    {
        "key": "ouderschap-06",
        "topics": ("ouderschap", "relaties"),
        "category": "relaties",
        "title": "Van geliefden naar ouders: je relatie na de komst van een baby",
        "summary": "Een baby zet je relatie flink op z'n kop. Over ruzies, vermoeidheid en hoe je als stel verbonden blijft in het jonge ouderschap.",
        "body": """Een kind krijgen is een van de mooiste dingen die er is, en tegelijk een van de grootste beproevingen voor je relatie. Ineens ben je niet alleen partners, maar ook ouders. Je slaapt weinig, de taken stapelen zich op en tijd samen lijkt een luxe. Onderzoek laat zien dat de relatietevredenheid bij veel stellen in de eerste jaren van het ouderschap daalt.

## Waar het schuurt

De komst van een baby brengt veel nieuwe vragen met zich mee. Wie staat er 's nachts op? Wie gaat minder werken? Hoe streng of los wil je opvoeden? Vaak blijkt dat je daar verschillende ideeën over hebt, die je eerder nooit hoefde te bespreken. Door vermoeidheid is ieders lontje korter, waardoor kleine irritaties snel oplopen tot ruzie. Ook intimiteit schiet er vaak bij in.

## Verbonden blijven als stel

- bespreek verwachtingen over de taakverdeling, liefst al voor de geboorte en daarna opnieuw
- plan regelmatig tijd samen zonder kind, al is het een wandeling van een half uur
- vraag elkaar niet alleen hoe de baby het doet, maar ook hoe het met de ander gaat
- spreek waardering uit voor wat je partner doet, ook voor de onzichtbare taken
- bedenk dat je allebei aan het leren bent en dat jullie manier van ouderschap mag verschillen

## Hulp bij aanhoudende spanning

Het is normaal dat het een tijd duurt voordat jullie een nieuw evenwicht vinden. Maar als de ruzies blijven terugkomen of jullie steeds verder langs elkaar heen leven, kan relatietherapie helpen. Daar leer je weer naar elkaar te luisteren en samen een team te vormen, als partners én als ouders.""",
    },
    {
        "key": "relaties-01",
        "topics": ("relaties",),
        "category": "relaties",
        "title": "Steeds dezelfde ruzie met je partner? Zo doorbreek je het patroon",
        "summary": "Veel stellen maken keer op keer dezelfde ruzie. Wat zit er onder die terugkerende conflicten, en hoe stap je uit de vicieuze cirkel?",
        "body": """Het begint met iets kleins: de vaatwasser die niet is uitgeruimd, of een laat appje dat je later thuis bent. Binnen een paar minuten zitten jullie weer midden in dezelfde ruzie als vorige week, en de week daarvoor. Veel stellen herkennen dat. De onderwerpen wisselen, maar het patroon is telkens hetzelfde.

## Het gaat zelden over de vaatwasser

Terugkerende conflicten in een relatie gaan meestal over diepere behoeften. Onder de irritatie over de vaat zit misschien het gevoel er alleen voor te staan. Achter de boosheid over dat late appje schuilt de angst om niet belangrijk te zijn. Zolang jullie alleen over het oppervlakkige onderwerp ruziën, blijft die onderliggende behoefte ongezien.

## De dans van aanvallen en terugtrekken

Vaak ontstaat er een vast patroon: de een gaat harder praten en kritiek geven om contact te krijgen, de ander trekt zich terug om de rust te bewaren. Hoe meer de een achter de ander aan gaat, hoe verder die ander zich terugtrekt, en andersom. Allebei proberen jullie eigenlijk de relatie veilig te houden, maar het effect is tegenovergesteld.

Wat kan helpen:

- benoem het patroon samen, in een rustig moment: daar gaan we weer
- praat over je gevoel in plaats van over wat de ander fout doet
- neem een time-out als het te hoog oploopt, en spreek af wanneer je het gesprek hervat
- vraag door naar wat er voor de ander echt op het spel staat

## Samen uit de cirkel

Een patroon doorbreken lukt niet in één gesprek. Het vraagt oefening en geduld met elkaar. Lukt het jullie niet om samen uit de vicieuze cirkel te komen, dan kan een relatietherapeut helpen om zicht te krijgen op wat er tussen jullie gebeurt.""",
    },
    {
        "key": "relaties-02",
        "topics": ("relaties",),
        "category": "relaties",
        "title": "Luisteren om te begrijpen, niet om te antwoorden",
        "summary": "Goede communicatie in een relatie begint bij echt luisteren. Praktische tips om elkaar beter te horen en misverstanden te voorkomen.",
        "body": """Terwijl je partner vertelt over een vervelende dag, ben je in gedachten al bezig met je antwoord. Je onderbreekt, geeft advies of vertelt over je eigen dag. De ander voelt zich niet gehoord en het gesprek loopt vast. Communicatieproblemen zijn een van de meest genoemde redenen waarom stellen hulp zoeken. Vaak begint de oplossing niet bij beter praten, maar bij beter luisteren.

## Wat actief luisteren inhoudt

Actief luisteren betekent dat je je volledige aandacht geeft aan wat de ander zegt, en probeert te begrijpen wat hij of zij bedoelt en voelt. Je luistert niet om te reageren, maar om de ander werkelijk te snappen. Dat klinkt eenvoudig, maar het vraagt bewuste oefening, zeker als het gesprek over iets gevoeligs gaat.

## Zo oefen je het

- leg je telefoon weg en maak oogcontact
- vat af en toe samen wat je hoort: dus je baalde ervan dat...
- vraag door met open vragen, zoals: hoe was dat voor je?
- benoem het gevoel dat je opvangt, ook als je het niet helemaal deelt
- houd oplossingen voor je, tenzij de ander daar om vraagt

## Ik-boodschappen

Ook de manier waarop je zelf iets inbrengt, maakt verschil. Zinnen die beginnen met jij doet altijd of jij luistert nooit leiden snel tot verdediging. Een ik-boodschap, zoals ik voel me alleen als je de hele avond op je telefoon zit, nodigt eerder uit tot begrip.

Het kan helpen om een vast moment in de week te kiezen waarop jullie op deze manier met elkaar praten, bijvoorbeeld tijdens een wandeling. Zo wordt echt contact een gewoonte in plaats van iets wat alleen gebeurt als er al ruzie is.""",
    },
    {
        "key": "relaties-03",
        "topics": ("relaties",),
        "category": "therapie",
        "title": "Relatietherapie: wanneer en hoe?",
        "summary": "Veel stellen wachten lang voordat ze hulp zoeken. Wat houdt relatietherapie in, en wanneer is het zinvol om te beginnen?",
        "body": """Gemiddeld wachten stellen jaren voordat ze hulp zoeken bij relatieproblemen. Vaak zijn de ruzies dan al zo vastgeroest of is de afstand al zo groot, dat het veel moeite kost om weer nader tot elkaar te komen. Relatietherapie is niet alleen iets voor als het bijna mis is. Het kan ook helpen om op tijd bij te sturen.

## Wanneer is het zinvol?

Er is geen goed of fout moment, maar redenen om aan relatietherapie te denken zijn bijvoorbeeld:

- jullie maken steeds dezelfde ruzie zonder dat er iets verandert
- je voelt je eenzaam in je relatie of leeft langs elkaar heen
- er is vertrouwen beschadigd, bijvoorbeeld door een affaire
- een ingrijpende gebeurtenis, zoals ziekte of de komst van een kind, zet de relatie onder druk
- jullie twijfelen of jullie samen verder willen

## Hoe ziet het eruit?

Een relatietherapeut is geen scheidsrechter die bepaalt wie gelijk heeft. Hij of zij kijkt naar het patroon tussen jullie en helpt om te begrijpen wat ieder van jullie nodig heeft. In de eerste gesprekken brengt de therapeut in kaart hoe jullie relatie is ontstaan, wat er goed gaat en waar het vastloopt. Daarna ga je samen aan de slag, vaak met oefeningen voor thuis.

Een bekende vorm is emotionally focused therapy, afgekort EFT. Daarin staat de emotionele band tussen partners centraal en leer je elkaar je kwetsbaardere gevoelens te laten zien.

## Niet altijd samen verder

Soms leidt therapie tot de conclusie dat jullie beter uit elkaar kunnen gaan. Ook dan kan begeleiding waardevol zijn, om met respect afscheid te nemen, zeker als er kinderen zijn.""",
    },
    {
        "key": "relaties-04",
        "topics": ("relaties",),
        "category": "emoties",
        "title": "Waarom de een nabijheid zoekt en de ander afstand: hechtingsstijlen",
        "summary": "Je hechtingsstijl bepaalt mede hoe je je gedraagt in een liefdesrelatie. Over angstige en vermijdende hechting en wat dat betekent voor jullie samen.",
        "body": """Als je partner een dag niets van zich laat horen, raak jij misschien onrustig en stuur je het ene bericht na het andere. Je partner heeft daarentegen juist behoefte aan ruimte zodra het te close wordt. Zulke verschillen hebben vaak te maken met je hechtingsstijl: de manier waarop je als kind hebt geleerd om verbinding te maken met anderen.

## Hoe hechting ontstaat

Als baby leer je of je op je verzorgers kunt rekenen. Reageren zij meestal warm en voorspelbaar, dan ontwikkel je vaak een veilige hechting. Je vertrouwt erop dat anderen er voor je zijn en je kunt ook goed alleen zijn. Was die beschikbaarheid wisselend of beperkt, dan ontwikkel je strategieën om jezelf te beschermen. Die neem je mee in latere relaties.

## Drie herkenbare stijlen

- veilig gehecht: je kunt nabijheid en zelfstandigheid goed combineren
- angstig gehecht: je bent snel bang om verlaten te worden en zoekt veel bevestiging
- vermijdend gehecht: je voelt je ongemakkelijk bij te veel nabijheid en houdt liever afstand

Een angstig en een vermijdend gehechte partner vinden elkaar opvallend vaak. Dat kan een pijnlijke dynamiek opleveren, waarin de een steeds harder trekt en de ander steeds verder wegloopt.

## Je stijl is niet in steen gebeiteld

Het goede nieuws is dat hechtingspatronen kunnen veranderen, bijvoorbeeld door een stabiele relatie of door therapie. Het begint met begrijpen waarom je reageert zoals je reageert, zonder jezelf of je partner te veroordelen. Wanneer jullie elkaars patroon herkennen, wordt het makkelijker om elkaar op een andere manier tegemoet te komen.""",
    },
    {
        "key": "relaties-05",
        "topics": ("relaties",),
        "category": "relaties",
        "title": "Kan vertrouwen herstellen na ontrouw?",
        "summary": "Een affaire zet een relatie op zijn grondvesten. Over de weg naar herstel na vreemdgaan, voor de bedrogen partner en de partner die vreemdging.",
        "body": """De ontdekking dat je partner is vreemdgegaan, voelt voor veel mensen als de grond die onder hun voeten wegzakt. Woede, verdriet, vernedering en ongeloof wisselen elkaar af. Je vraagt je af of je je partner ooit nog kunt vertrouwen. Sommige relaties eindigen na ontrouw, andere komen er uiteindelijk sterker uit. Hoe dat afloopt, hangt af van wat beide partners bereid zijn te doen.

## Eerst de schok

In de eerste periode na de ontdekking zijn de emoties vaak overweldigend. De bedrogen partner kan last hebben van piekeren, slecht slapen en steeds opnieuw beelden voor zich zien. Dat is een normale reactie op een diepe kwetsuur. Het is dan nog te vroeg om grote beslissingen te nemen.

## Wat nodig is voor herstel

- de affaire moet volledig beëindigd zijn
- de partner die vreemdging neemt verantwoordelijkheid, zonder de schuld te verschuiven
- er is ruimte voor vragen en voor de pijn, ook als die steeds terugkomt
- beide partners kijken eerlijk naar wat er in de relatie al niet goed ging
- er komen nieuwe afspraken over openheid en transparantie

## Een lange weg

Vertrouwen herstelt niet door één goed gesprek, maar door herhaalde ervaringen dat de ander betrouwbaar is. Dat kost vaak maanden tot jaren. Voor de partner die vreemdging, kan het frustrerend zijn dat het zo lang duurt. Voor de bedrogen partner is het moeilijk om niet steeds te controleren.

Relatietherapie kan helpen om dit proces te begeleiden, zodat jullie niet blijven hangen in verwijten, maar samen kunnen onderzoeken of en hoe jullie verder willen.""",
    },
    {
        "key": "relaties-06",
        "topics": ("relaties", "zelfbeeld"),
        "category": "relaties",
        "title": "Jezelf kwijtraken in een relatie: over pleasen en onzekerheid",
        "summary": "Pas je je altijd aan aan je partner uit angst om afgewezen te worden? Over de rol van een laag zelfbeeld in je liefdesrelatie.",
        "body": """Je zegt ja tegen plannen waar je geen zin in hebt, houdt je mening voor je om geen ruzie te krijgen en voelt je verantwoordelijk voor het humeur van je partner. Langzaam weet je niet meer goed wat je zelf eigenlijk wilt. Veel mensen die zichzelf verliezen in hun relatie, kampen onder de oppervlakte met onzekerheid over hun eigen waarde.

## Pleasen als bescherming

Pleasen, jezelf voortdurend aanpassen om de ander tevreden te houden, komt vaak voort uit een laag zelfbeeld. Diep vanbinnen geloof je misschien dat je alleen de moeite waard bent als je het de ander naar de zin maakt. Kritiek of een boze partner voelt dan bedreigend, alsof de relatie op het spel staat. Door mee te buigen probeer je afwijzing te voorkomen. Op korte termijn levert dat rust op, maar op lange termijn raak je uitgeput en kan er wrok ontstaan.

## Signalen om op te letten

- je vraagt je voortdurend af of je partner wel tevreden over je is
- je verontschuldigt je vaak, ook als je niets verkeerd hebt gedaan
- je hebt moeite om je eigen behoeften te benoemen
- je voelt je schuldig als je tijd voor jezelf neemt

## Jezelf terugvinden

Een eerste stap is om op te merken wanneer je je aanpast terwijl je eigenlijk iets anders wilt. Oefen in kleine situaties met het uitspreken van je voorkeur. Merk op dat je partner daar meestal helemaal niet zo heftig op reageert als je vreest.

Werken aan je zelfvertrouwen is ook werken aan je relatie. Een gezonde relatie heeft ruimte voor twee mensen met eigen wensen. Soms helpt het om met een psycholoog te onderzoeken waar je onzekerheid vandaan komt.""",
    },
    {
        "key": "zelfbeeld-01",
        "topics": ("zelfbeeld",),
        "category": "emoties",
        "title": "Die strenge stem in je hoofd: omgaan met je innerlijke criticus",
        "summary": "Veel mensen hebben een innerlijke stem die voortdurend kritiek levert. Hoe je die criticus leert herkennen en temperen.",
        "body": """Je hebt een presentatie gegeven die eigenlijk prima ging, maar in je hoofd klinkt maar één ding: wat stond je daar stom te hakkelen. Die innerlijke criticus kent bijna iedereen. Bij mensen met een negatief zelfbeeld is die stem echter zo luid en zo aanwezig, dat hij hun zelfvertrouwen stelselmatig ondermijnt.

## Waar komt die stem vandaan?

De innerlijke criticus ontstaat vaak vroeg in het leven. Misschien kreeg je als kind veel kritiek, werd je vergeleken met een broer of zus of had je het gevoel pas goed te zijn als je presteerde. Die boodschappen heb je verinnerlijkt. De criticus probeert je eigenlijk te beschermen, tegen afwijzing of falen, maar doet dat op een harde en weinig helpende manier.

## De criticus herkennen

Een eerste stap is de stem opmerken zonder die meteen te geloven. Let op woorden als altijd, nooit, moeten en stom. Veel gehoorde uitspraken van de criticus zijn:

- je kunt ook nooit iets goed doen
- anderen vinden je vast saai
- als je nu faalt, ziet iedereen hoe je echt bent
- je moet harder je best doen

## Een ander geluid toevoegen

Het doel is niet om de criticus het zwijgen op te leggen, dat lukt meestal niet. Wel kun je er een mildere stem naast zetten. Vraag jezelf af: wat zou ik tegen een goede vriend zeggen in deze situatie? Schrijf dat op, en lees het hardop. Het voelt in het begin misschien onwennig of zelfs nep, maar met oefening wordt die vriendelijke stem sterker.

In therapie, bijvoorbeeld met schematherapie of compassiegerichte therapie, kun je hier gericht aan werken en leren om jezelf met meer respect te behandelen.""",
    },
    {
        "key": "zelfbeeld-02",
        "topics": ("zelfbeeld",),
        "category": "therapie",
        "title": "Waar komt een laag zelfbeeld vandaan?",
        "summary": "Een negatief zelfbeeld ontstaat meestal niet zomaar. Over de rol van ervaringen, kernovertuigingen en hoe je eraan kunt werken in therapie.",
        "body": """Ik ben niet goed genoeg, ik doe er niet toe, ik ben anders dan anderen. Veel mensen dragen zulke overtuigingen over zichzelf met zich mee, vaak zonder het precies te beseffen. Een laag zelfbeeld kleurt hoe je naar jezelf kijkt, hoe je met anderen omgaat en welke kansen je durft te grijpen. Maar hoe ontstaat zo'n negatief beeld eigenlijk?

## Kernovertuigingen

Psychologen spreken van kernovertuigingen: diepgewortelde ideeën over wie je bent. Ze ontstaan vaak in je jeugd, op basis van hoe belangrijke mensen op je reageerden en wat je meemaakte. Ervaringen die een rol kunnen spelen zijn:

- weinig erkenning of waardering thuis
- pesten op school of buitengesloten worden
- hoge verwachtingen waar je nooit aan leek te voldoen
- ingrijpende gebeurtenissen, zoals een scheiding van je ouders

Ook later in het leven kunnen ervaringen, zoals een afwijzing of een kritische leidinggevende, je zelfvertrouwen aantasten.

## Zelfbevestigende cirkel

Een negatieve kernovertuiging werkt als een filter. Je merkt vooral dingen op die erbij passen en negeert wat ermee in strijd is. Een compliment wuif je weg, een kritische opmerking onthoud je jarenlang. Zo blijft het beeld in stand, ook als de werkelijkheid genuanceerder is.

## Werken aan je zelfbeeld

In cognitieve gedragstherapie onderzoek je samen met een therapeut welke overtuigingen je hebt en hoe realistisch ze zijn. Je verzamelt bewijs voor een nieuwe, helpendere kijk op jezelf, bijvoorbeeld met een positief logboek. Competitive Memory Training, kortweg COMET, is een methode die speciaal is ontwikkeld om een negatief zelfbeeld te verbeteren. Ook schematherapie kan helpen als de patronen diep geworteld zijn.""",
    },
    {
        "key": "zelfbeeld-03",
        "topics": ("zelfbeeld",),
        "category": "werk-en-zorg",
        "title": "Het gevoel dat je door de mand gaat vallen: het impostorsyndroom",
        "summary": "Veel succesvolle mensen zijn bang dat anderen zullen ontdekken dat ze eigenlijk niets kunnen. Over het impostorfenomeen en hoe je ermee omgaat.",
        "body": """Je hebt een nieuwe baan, goede beoordelingen en collega's die je om advies vragen. Toch knaagt er iets: straks ontdekken ze dat je het eigenlijk helemaal niet kunt. Je successen schrijf je toe aan geluk of toeval, en elke nieuwe taak voelt als een test waarop je kunt zakken. Dat is het impostorsyndroom, ofwel het bedriegersgevoel.

## Meer mensen dan je denkt

Het impostorfenomeen is geen officiële diagnose, maar wel een heel veelvoorkomende ervaring. Naar schatting heeft een groot deel van de mensen er in een bepaalde periode last van, vooral bij een nieuwe stap in hun loopbaan. Opvallend genoeg komt het juist veel voor bij mensen die hoog presteren. Het zegt dus niets over je werkelijke kunnen, wel over hoe je naar jezelf kijkt.

## Hoe het zich uit

- je vindt complimenten ongemakkelijk en praat ze weg
- je bereidt je overmatig voor, uit angst om tekort te schieten
- je durft geen vragen te stellen, omdat je denkt dat je het al zou moeten weten
- je vergelijkt jezelf voortdurend met collega's die het wel lijken te kunnen

## Wat kun je doen?

Begin met je ervaringen bij te houden: schrijf op wat je hebt bereikt en welke positieve feedback je kreeg. Lees dat terug op momenten van twijfel. Praat er ook over met mensen die je vertrouwt. Vaak blijkt dat zij precies dezelfde twijfels kennen.

Probeer ook te accepteren dat niet alles weten bij leren hoort. Juist wie vragen stelt, groeit. Blijft de onzekerheid je werkplezier of je ambities in de weg zitten, dan kan coaching of therapie helpen om je zelfvertrouwen steviger te verankeren.""",
    },
    {
        "key": "zelfbeeld-04",
        "topics": ("zelfbeeld",),
        "category": "emoties",
        "title": "5 manieren om milder naar jezelf te kijken",
        "summary": "Zelfcompassie is geen zwakte of zelfmedelijden. Vijf praktische oefeningen om vriendelijker met jezelf om te gaan.",
        "body": """Tegen een vriend die een fout maakt, zeg je al snel: joh, dat kan gebeuren. Maar als je zelf iets verkeerd doet, ben je een stuk strenger. Zelfcompassie betekent dat je jezelf dezelfde vriendelijkheid en het begrip gunt die je een ander zou geven. Onderzoek laat zien dat mensen met meer zelfcompassie stabieler zelfvertrouwen hebben en minder last hebben van angst en somberheid.

## Geen zelfmedelijden

Sommige mensen zijn bang dat ze met zelfcompassie lui worden of zichzelf te makkelijk vrijpleiten. Het tegendeel is waar. Wie zichzelf na een misser niet afbrandt, durft sneller opnieuw te proberen en leert eerder van fouten.

## Vijf oefeningen

1. **Schrijf een brief aan jezelf** vanuit het perspectief van een liefdevolle vriend, over iets waar je jezelf kwalijk om neemt.
2. **Gebruik een geruststellend gebaar**, zoals een hand op je borst, op momenten dat je jezelf afkraakt. Je lichaam reageert op die aanraking met rust.
3. **Herinner jezelf eraan dat iedereen worstelt.** Onzekerheid en falen horen bij het mens-zijn, je bent daarin niet alleen.
4. **Let op je woordkeuze.** Vervang ik ben zo dom door ik vond dat lastig.
5. **Neem een korte pauze** als je vastloopt en vraag jezelf: wat heb ik nu nodig?

## Oefening baart kunst

Zelfcompassie voelt in het begin vaak onwennig, zeker als je gewend bent hard voor jezelf te zijn. Misschien roept het zelfs verdriet of weerstand op. Dat is normaal. Begin klein en herhaal de oefeningen regelmatig. Lukt het niet om de kritische kijk op jezelf te verzachten, dan kan een psycholoog je daarin begeleiden.""",
    },
    {
        "key": "zelfbeeld-05",
        "topics": ("zelfbeeld",),
        "category": "emoties",
        "title": "Scrollen en vergelijken: wat sociale media doen met je zelfbeeld",
        "summary": "Perfecte plaatjes op Instagram en TikTok kunnen je onzeker maken over je lichaam en leven. Hoe bewaak je je zelfwaardering online?",
        "body": """Na een kwartiertje scrollen voel je je ineens minder mooi, minder succesvol en minder interessant dan al die mensen op je scherm. Sociale media laten een eindeloze stroom zien van strakke lichamen, verre reizen en perfecte huizen. Het is vrijwel onmogelijk om je daar niet mee te vergelijken, en dat kan flink aan je zelfbeeld knagen.

## Vergelijken zit in ons

Mensen vergelijken zich van nature met anderen. Zo bepalen we hoe we ervoor staan. Vroeger vergeleken we ons met de mensen in ons dorp of onze klas, nu met duizenden zorgvuldig geselecteerde, gefilterde plaatjes. Je ziet de hoogtepunten van een ander naast jouw gewone, rommelige dagelijkse leven. Die vergelijking valt bijna altijd in jouw nadeel uit.

## Signalen dat het je raakt

- je voelt je na het scrollen vaak somber, jaloers of ontevreden
- je bent steeds kritischer geworden over je uiterlijk
- je post pas iets als het perfect is, en checkt daarna steeds de likes
- je vergelijkt je leven voortdurend met dat van anderen

## Bewuster omgaan met je tijdlijn

- ontvolg accounts waar je je slechter door gaat voelen
- volg juist mensen die een realistischer beeld laten zien
- stel een dagelijkse limiet in voor je apps
- vraag jezelf na het scrollen af hoe je je voelt, en neem dat serieus

Je zelfwaardering hoort niet af te hangen van hoeveel hartjes je krijgt. Merk je dat je onzekerheid over je uiterlijk of je leven je dagelijks beheerst, of dat je gaat lijnen of je terugtrekt? Dan kan het helpen om daar met een psycholoog naar te kijken.""",
    },
    {
        "key": "zelfbeeld-06",
        "topics": ("zelfbeeld", "burn-out"),
        "category": "werk-en-zorg",
        "title": "Nooit goed genoeg: perfectionisme als route naar een burn-out",
        "summary": "Perfectionisten leggen de lat steeds hoger en gunnen zichzelf geen rust. Waarom perfectionisme een risicofactor is voor opgebrand raken.",
        "body": """Je leest een mail vijf keer na voordat je op verzenden drukt, een rapport dat al af is blijf je verbeteren en een compliment van je leidinggevende voelt niet verdiend. Perfectionisme wordt op het werk vaak gezien als een sterke eigenschap. Maar wie altijd foutloos wil zijn en zijn eigenwaarde laat afhangen van prestaties, loopt een flink risico om uitgeput te raken en in een burn-out te belanden.

## Gezond streven of perfectionisme?

Er is niets mis met hoge standaarden. Het wordt problematisch als je nooit tevreden bent, bang bent om fouten te maken en jezelf veroordeelt zodra iets niet lukt. Dan draait het niet meer om plezier in goed werk, maar om het vermijden van falen. Perfectionisten werken vaak langer door, delegeren moeilijk en gunnen zichzelf weinig herstel. Zo raakt de batterij langzaam leeg, terwijl de lat alleen maar hoger komt te liggen.

## Herkenbare gedachten

- als ik het niet perfect doe, kan ik het beter niet doen
- anderen zullen me afwijzen als ik een fout maak
- rust nemen is pas verdiend als alles af is
- ik moet het zelf doen, anders gaat het niet goed

## De lat een stukje lager

Herstel van een burn-out vraagt vaak ook dat je naar je perfectionisme kijkt. Anders val je na je terugkeer in hetzelfde patroon. Oefen met bewust iets op tachtig procent afronden en kijk wat er gebeurt. Meestal merkt niemand het verschil. Maak onderscheid tussen taken waar het echt op aankomt en taken waar goed genoeg volstaat.

In therapie onderzoek je waar je eisen vandaan komen en leer je jezelf waarderen om wie je bent, niet alleen om wat je presteert.""",
    },
    {
        "key": "burn-out-01",
        "topics": ("burn-out",),
        "category": "werk-en-zorg",
        "title": "De eerste signalen van een burn-out herkennen",
        "summary": "Een burn-out ontstaat niet van de ene op de andere dag. Welke vroege waarschuwingssignalen kun je herkennen, en wat doe je ermee?",
        "body": """Een burn-out komt zelden als donderslag bij heldere hemel. Meestal gaat er een lange periode aan vooraf waarin je lichaam en geest steeds vaker aan de bel trekken. Omdat je gewend bent om door te gaan, negeer je die signalen makkelijk. Juist daarom is het belangrijk om de eerste tekenen van opgebrand raken op tijd te herkennen.

## Waarschuwingssignalen

De vroege signalen zijn vaak vaag en lijken onschuldig. Denk aan:

- je bent na het weekend of een vakantie niet meer uitgerust
- je wordt sneller geïrriteerd door collega's, je partner of je kinderen
- je vergeet afspraken of kunt je moeilijk concentreren
- je hebt vaker hoofdpijn, nekklachten of maagpijn
- je slaapt onrustig en wordt 's nachts wakker met je werk in je hoofd
- dingen die je vroeger graag deed, schiet je erbij in

## Waarom we ze negeren

Veel mensen die een burn-out krijgen, zijn plichtsgetrouw, betrokken en gewend om veel op zich te nemen. Ze denken dat het na die ene drukke periode wel weer rustiger wordt. Maar als de balans tussen belasting en herstel langdurig zoek is, raken je reserves uitgeput. Het moment dat je echt niet meer kunt, komt dan vaak onverwacht: je barst in tranen uit bij een kleinigheid of komt op een ochtend je bed niet meer uit.

## Op tijd aan de rem

Herken je meerdere van deze signalen? Neem ze serieus. Bespreek het met je leidinggevende of de bedrijfsarts en kijk wat er in je werk of privéleven anders kan. Plan bewust herstelmomenten in. Hoe eerder je ingrijpt, hoe korter het herstel meestal duurt. Een psycholoog kan je helpen om uit te zoeken wat je uitput en wat je nodig hebt.""",
    },
    {
        "key": "burn-out-02",
        "topics": ("burn-out",),
        "category": "werk-en-zorg",
        "title": "Waarom rust alleen niet genoeg is om te herstellen van een burn-out",
        "summary": "Na een burn-out is rust nodig, maar daarmee ben je er nog niet. De drie fases van herstel en wat elke fase vraagt.",
        "body": """Wie thuis komt te zitten met een burn-out, krijgt vaak het advies om vooral goed uit te rusten. Dat is in het begin ook precies wat nodig is. Toch merken veel mensen dat ze na weken op de bank nauwelijks beter worden. Herstel van een burn-out vraagt meer dan alleen rust: je moet ook begrijpen hoe het zo ver heeft kunnen komen.

## Drie fases van herstel

Het herstel verloopt vaak in drie overlappende fases.

**Fase 1: tot rust komen.** Je lichaam en hoofd zijn uitgeput. Je slaapt veel, kunt weinig hebben en voelt je soms schuldig dat je niets doet. Het doel is om de stress te laten zakken en een basisritme op te bouwen met slapen, eten en rustig bewegen.

**Fase 2: inzicht krijgen.** Als er weer wat energie is, ga je onderzoeken wat er is gebeurd. Welke omstandigheden, gewoontes en overtuigingen hebben bijgedragen aan je uitputting? Denk aan moeite met nee zeggen, een hoog verantwoordelijkheidsgevoel of een werkplek met te weinig steun.

**Fase 3: opbouwen en toepassen.** Je bouwt geleidelijk je activiteiten en werkuren weer op en oefent met de nieuwe inzichten in de praktijk. Wat doe je nu anders dan voorheen?

## Valkuilen tijdens het herstel

- te snel te veel willen, waardoor je na een goede dag weer instort
- alleen maar rusten en geen structuur aanbrengen in je dag
- je gevoelens wegduwen in plaats van ze toe te laten
- terugkeren zonder dat er iets aan de oorzaken is veranderd

Herstellen van een burn-out duurt gemiddeld enkele maanden tot een jaar. Begeleiding door een psycholoog kan je helpen om niet alleen weer aan het werk te gaan, maar ook een terugval te voorkomen.""",
    },
    {
        "key": "burn-out-03",
        "topics": ("burn-out",),
        "category": "stress-en-prikkels",
        "title": "Overspannen of burn-out: wat is het verschil?",
        "summary": "De termen overspannenheid en burn-out worden vaak door elkaar gebruikt. Hoe verschillen ze, en waarom maakt dat uit voor je herstel?",
        "body": """Ben ik overspannen of heb ik een burn-out? Die vraag krijgen huisartsen en psychologen regelmatig. In het dagelijks leven worden de woorden vaak door elkaar gebruikt, maar er zit wel degelijk een verschil tussen. Beide zijn reacties op langdurige stress, maar ze verschillen in ernst en in hoe lang het herstel duurt.

## Overspannenheid

Bij overspannenheid ben je tijdelijk uit balans door een opeenstapeling van spanning. Je voelt je gejaagd, prikkelbaar en moe, slaapt slecht en hebt het gevoel de grip kwijt te zijn. De oorzaak hoeft niet alleen bij je werk te liggen: ook een verhuizing, zorg voor een ziek familielid of relatieproblemen kunnen bijdragen. Met rust en het aanpakken van de stressbronnen knappen de meeste mensen binnen enkele weken tot een paar maanden op.

## Burn-out

Een burn-out is een ernstigere vorm van overspanning die langer heeft aangehouden. De klachten bestaan meestal al minstens een half jaar. Kenmerkend is een diepe, aanhoudende uitputting die niet overgaat met een nachtje goed slapen. Daarnaast voelen veel mensen een soort afstand tot hun werk: cynisme, onverschilligheid of het gevoel dat het allemaal geen zin meer heeft. Het herstel duurt vaak maanden en soms langer dan een jaar.

## Waarom het onderscheid ertoe doet

- bij overspannenheid volstaat vaak een kortere periode van minder werken
- bij een burn-out is een grondiger herstelplan nodig, met aandacht voor oorzaken
- wie overspanning negeert, loopt risico dat het uitgroeit tot een burn-out

Twijfel je wat er bij jou speelt? Bespreek het met je huisarts of een psycholoog. Een goede inschatting helpt om realistische verwachtingen te hebben over je herstel.""",
    },
    {
        "key": "burn-out-04",
        "topics": ("burn-out",),
        "category": "werk-en-zorg",
        "title": "Stap voor stap terug naar je werk na een burn-out",
        "summary": "Re-integreren na een burn-out is spannend. Tips voor een geleidelijke werkhervatting en het gesprek met je werkgever.",
        "body": """Na maanden thuis van een burn-out breekt het moment aan dat je weer aan het werk gaat. Dat voelt voor veel mensen dubbel. Aan de ene kant ben je blij dat je weer kunt, aan de andere kant ben je bang om terug te vallen in het oude patroon. Een goede re-integratie vraagt om een rustige opbouw en duidelijke afspraken.

## Het re-integratieplan

Samen met je leidinggevende en de bedrijfsarts maak je een plan voor je werkhervatting. Daarin staat hoeveel uur je begint, welke taken je oppakt en hoe snel je opbouwt. Vaak start je met een paar korte dagdelen en eenvoudige taken zonder deadlines. Het is verstandig om pas op te bouwen als de huidige belasting goed gaat, niet omdat het schema het voorschrijft.

## Tips voor de eerste weken

- bereid je voor op vragen van collega's en bepaal vooraf wat je wilt vertellen
- plan pauzes echt in en neem ze ook
- houd bij hoe je energie verloopt, zodat je signalen van overbelasting tijdig ziet
- spreek af wie je aanspreekpunt is als het niet goed gaat
- zeg nee tegen extra taken, ook als je je daar ongemakkelijk bij voelt

## Terugval voorkomen

Een veelgemaakte fout is dat mensen bij de eerste goede weken meteen te veel hooi op hun vork nemen. De energie die je hebt, is in deze periode nog kwetsbaar. Een kleine tegenslag kan dan flink aantikken. Blijf dus ook buiten werktijd zorgen voor voldoende herstel: slaap, beweging en ontspanning.

Kijk ook kritisch naar wat er in je werk moet veranderen. Is je functie nog passend? Zijn er afspraken nodig over werkdruk of bereikbaarheid? Een psycholoog of loopbaancoach kan je helpen om die vragen scherp te krijgen.""",
    },
    {
        "key": "burn-out-05",
        "topics": ("burn-out",),
        "category": "werk-en-zorg",
        "title": "Als zorgen voor een ander je uitput: mantelzorg en opgebrand raken",
        "summary": "Veel mantelzorgers raken overbelast zonder dat ze het merken. Over de signalen van een mantelzorg-burn-out en waar je steun vindt.",
        "body": """Je zorgt al jaren voor je moeder met dementie, een kind met een beperking of een partner die chronisch ziek is. Naast je baan, je gezin en je eigen leven. Mantelzorg doe je uit liefde, maar het kan ook ongemerkt uitputtend worden. Een groot deel van de mantelzorgers voelt zich zwaar belast, en sommigen raken volledig opgebrand.

## Ongemerkt over je grens

Mantelzorg groeit vaak geleidelijk. Eerst doe je de boodschappen, daarna de administratie, later ook de persoonlijke verzorging. Omdat het stap voor stap gaat, merk je niet hoe zwaar het is geworden. Bovendien voelt het voor veel mantelzorgers als falen of verraad om hulp te vragen of te zeggen dat het te veel is. Juist daardoor blijven ze te lang doorgaan.

## Signalen van overbelasting

- je bent voortdurend moe en herstelt niet meer
- je hebt geen tijd of energie meer voor vrienden en hobby's
- je voelt je schuldig als je iets voor jezelf doet
- je bent prikkelbaar of emotioneel, soms ook naar degene voor wie je zorgt
- je eigen gezondheid gaat achteruit

## Zorg ook voor jezelf

Om goed voor een ander te kunnen blijven zorgen, moet je ook voor jezelf zorgen. Dat is geen egoïsme, maar noodzaak. Denk aan respijtzorg, waarbij de zorg tijdelijk wordt overgenomen zodat jij even op adem kunt komen. Ook de mantelzorgconsulent in je gemeente kan meedenken over ondersteuning. Bespreek met je werkgever of er mogelijkheden zijn voor zorgverlof of flexibele uren.

Merk je dat je uitgeput raakt en de zorg je boven het hoofd groeit? Praat erover met je huisarts of een psycholoog. Je hoeft het niet alleen te dragen.""",
    },
    {
        "key": "burn-out-06",
        "topics": ("burn-out", "overprikkeling"),
        "category": "stress-en-prikkels",
        "title": "Na een burn-out komt alles harder binnen",
        "summary": "Veel mensen zijn tijdens en na een burn-out extra gevoelig voor geluid, licht en drukte. Waarom dat zo is en hoe je ermee omgaat.",
        "body": """Het geroezemoes in de supermarkt, de radio op de achtergrond, een kind dat door het huis rent. Voor je burn-out merkte je het nauwelijks op, nu lijkt elk geluid rechtstreeks je hoofd in te gaan. Veel mensen die opgebrand zijn, merken dat ze opvallend snel overprikkeld raken. Dat kan verwarrend zijn, zeker als je jezelf nooit als gevoelig zag.

## Een uitgeput zenuwstelsel

Onze hersenen filteren voortdurend welke prikkels belangrijk zijn en welke niet. Dat filteren kost energie. Na een langdurige periode van stress is je zenuwstelsel overbelast en is er weinig energie over voor dat filterwerk. Daardoor komen prikkels ongefilterd binnen en raak je sneller vermoeid, geïrriteerd of overweldigd. Ook je concentratie lijdt eronder: een gesprek volgen in een rumoerige ruimte kan ineens enorm veel moeite kosten.

## Omgaan met prikkelgevoeligheid tijdens herstel

- doseer drukke situaties en plan er rust omheen
- gebruik oordopjes of een koptelefoon in lawaaiige omgevingen
- doe boodschappen op rustige momenten van de dag
- beperk schermtijd en nieuws, ook die zijn prikkels
- zoek de natuur op, daar herstelt je hoofd vaak sneller

## Het wordt meestal beter

Voor de meeste mensen neemt de prikkelgevoeligheid af naarmate het herstel van de burn-out vordert. Het is wel een belangrijk signaal: zolang je snel overprikkeld raakt, is je batterij nog niet vol. Gebruik dat als graadmeter bij het opbouwen van je werk en activiteiten.

Blijft de overprikkeling lang aanhouden, of herken je het ook van vóór je burn-out? Dan kan het zinvol zijn om met een psycholoog te onderzoeken of er meer speelt, bijvoorbeeld hooggevoeligheid.""",
    },
    {
        "key": "overprikkeling-01",
        "topics": ("overprikkeling",),
        "category": "stress-en-prikkels",
        "title": "Als je emmer overloopt: wat is overprikkeling?",
        "summary": "Te veel geluid, licht en indrukken kunnen je hoofd laten overlopen. Wat overprikkeling is en hoe je het herkent bij jezelf.",
        "body": """Aan het eind van een verjaardag, een dag op kantoor of een middag winkelen voel je je leeg, gespannen en prikkelbaar. Het liefst kruip je in een donkere, stille kamer. Herkenbaar? Dan ben je waarschijnlijk overprikkeld. Overprikkeling ontstaat wanneer je meer indrukken binnenkrijgt dan je hersenen op dat moment kunnen verwerken.

## Het emmermodel

Een handige manier om naar overprikkeling te kijken, is het beeld van een emmer. Elke prikkel die binnenkomt, zoals geluid, licht, geuren, gesprekken, maar ook gedachten en emoties, doet een beetje water in je emmer. Rust, slaap en ontspanning laten de emmer weer leeglopen. Als er meer bijkomt dan er wegloopt, raakt de emmer vol. Dan is één extra druppel genoeg om hem te laten overlopen. Hoe groot je emmer is, verschilt per persoon en per dag.

## Signalen van een volle emmer

- je raakt geïrriteerd door geluiden die je normaal niet opvallen
- je kunt je niet meer concentreren of een gesprek volgen
- je voelt je opgejaagd, onrustig of juist leeg en afgevlakt
- je krijgt hoofdpijn, gespannen schouders of een drukkend gevoel achter je ogen
- je hebt een sterke behoefte om je terug te trekken

## Wat helpt?

Het begint met herkennen wanneer je emmer vol raakt, liefst voordat hij overloopt. Plan na drukke momenten bewust prikkelarme tijd in. Een korte wandeling, je ogen een paar minuten sluiten of even alleen zijn kunnen al helpen. Probeer ook overdag kleine pauzes te nemen in plaats van alles op te sparen voor de avond.

Raak je vaak overprikkeld en belemmert dat je in je werk of relaties? Dan kan een psycholoog je helpen om beter met prikkels om te gaan.""",
    },
    {
        "key": "overprikkeling-02",
        "topics": ("overprikkeling",),
        "category": "emoties",
        "title": "Hooggevoelig: een eigenschap, geen stoornis",
        "summary": "Ongeveer een op de vijf mensen is hooggevoelig. Wat betekent hoogsensitiviteit, en wat zijn de kwaliteiten en valkuilen?",
        "body": """Je merkt als eerste dat er iets gespannen is in een groep, je raakt diep ontroerd door muziek en je hebt na een drukke dag echt tijd nodig om bij te komen. Misschien ben je hooggevoelig. Hooggevoeligheid, ook wel hoogsensitiviteit of HSP genoemd, is een karaktereigenschap waarbij je prikkels intenser en dieper verwerkt dan gemiddeld.

## Wat zegt de wetenschap?

De term highly sensitive person werd in de jaren negentig geïntroduceerd door de Amerikaanse psycholoog Elaine Aron. Naar schatting is zo'n vijftien tot twintig procent van de mensen hooggevoelig. Het is geen diagnose of stoornis, maar een variatie in hoe mensen reageren op hun omgeving. Hooggevoelige mensen verwerken informatie grondiger, merken subtiele details op en voelen emoties sterk, zowel die van henzelf als die van anderen.

## Kwaliteiten en valkuilen

Hooggevoeligheid brengt veel moois met zich mee:

- een sterk inlevingsvermogen
- oog voor detail en schoonheid
- zorgvuldigheid en diepgang
- creativiteit en intuïtie

Tegelijkertijd raak je sneller overprikkeld, heb je meer hersteltijd nodig en kun je de emoties van anderen zo sterk meevoelen dat je jezelf vergeet. Ook kun je je anders voelen dan anderen, alsof je te gevoelig of te veel bent.

## Leven met je gevoeligheid

Het helpt om je gevoeligheid niet te zien als iets wat weg moet, maar als iets waar je rekening mee mag houden. Ontdek welke omgevingen je energie geven en welke je uitputten, en richt je leven daar zo veel mogelijk op in. Grenzen aangeven is daarbij essentieel.

Loop je vast omdat je je voortdurend overweldigd voelt? Dan kan een psycholoog met je meekijken naar wat je nodig hebt.""",
    },
    {
        "key": "overprikkeling-03",
        "topics": ("overprikkeling",),
        "category": "werk-en-zorg",
        "title": "Overleven in de kantoortuin als je snel overprikkeld raakt",
        "summary": "Open kantoren zitten vol geluid, beweging en onderbrekingen. Tips om prikkels op je werkplek te beperken en je energie te bewaken.",
        "body": """Telefoons die overgaan, collega's die achter je langs lopen, een gesprek twee bureaus verderop en het gezoem van de airco. Voor veel mensen is de kantoortuin gewoon de plek waar ze werken. Ben je prikkelgevoelig, dan kan een open kantoor een dagelijkse uitputtingsslag zijn. Aan het eind van de dag ben je overprikkeld, nog voordat je echt werk hebt kunnen afmaken.

## Waarom open kantoren zo vermoeiend zijn

In een open ruimte moeten je hersenen voortdurend filteren welke geluiden en bewegingen belangrijk zijn. Zeker gesprekken trekken onbewust je aandacht, omdat ons brein taal automatisch probeert te verwerken. Daarnaast word je vaker onderbroken, wat je concentratie telkens verstoort. Voor mensen die prikkels intens binnenkrijgen, kost dat disproportioneel veel energie.

## Praktische tips

- gebruik een koptelefoon met ruisonderdrukking, eventueel zonder muziek
- kies een werkplek met je rug naar de muur en weg van looproutes
- reserveer een stilteruimte of belcel voor werk dat concentratie vraagt
- spreek met collega's een signaal af waaraan ze zien dat je niet gestoord wilt worden
- plan lastige taken op de rustigste momenten van de dag
- loop in je lunchpauze naar buiten in plaats van in de kantine te blijven

## Bespreek het met je werkgever

Veel werkgevers zijn bereid mee te denken, maar weten niet wat je nodig hebt zolang je het niet vertelt. Misschien is het mogelijk om vaker thuis te werken of een vaste, rustigere plek te krijgen. Leg uit wat het je oplevert: als je minder prikkels krijgt, werk je geconcentreerder en productiever. Zo wordt het een gezamenlijk belang in plaats van een gunst.""",
    },
    {
        "key": "overprikkeling-04",
        "topics": ("overprikkeling",),
        "category": "relaties",
        "title": "Verjaardagen, bruiloften en etentjes: sociaal zijn zonder overprikkeld te raken",
        "summary": "Gezelligheid kan ook veel prikkels opleveren. Hoe geniet je van sociale gelegenheden zonder dat je daarna dagen moet bijkomen?",
        "body": """Je kijkt al weken uit naar de bruiloft van je vriendin, maar na twee uur muziek, gesprekken en felle lichten wil je alleen nog maar naar huis. De dag erna voel je je leeg en kun je weinig hebben. Voor mensen die snel overprikkeld raken, kunnen juist gezellige gelegenheden veel energie kosten. Dat betekent niet dat je ze moet vermijden, wel dat het helpt om ze slim aan te pakken.

## Waarom feestjes zo veel vragen

Op een feest komen veel prikkels tegelijk binnen: muziek, geroezemoes, veel mensen, etensgeuren en de sociale verwachting om steeds een praatje te maken. Daarbij voel je vaak ook de sfeer en emoties van anderen aan. Die combinatie maakt dat je prikkelbuffer snel vol zit, ook als je het eigenlijk naar je zin hebt.

## Tips voor een prikkelbewust feest

- zorg dat je uitgerust aankomt en plan de dag ervoor en erna rustig in
- spreek vooraf met jezelf af hoe laat je ongeveer weggaat
- zoek af en toe een rustig plekje op, bijvoorbeeld buiten of in de gang
- ga liever in gesprek met een of twee mensen dan steeds van groepje naar groepje
- vertel iemand die je vertrouwt dat je misschien eerder vertrekt
- neem oordopjes mee voor als de muziek te hard wordt

## Zonder schuldgevoel eerder weg

Veel mensen blijven langer dan goed voor ze is, uit angst om onaardig of ongezellig te lijken. Bedenk dat je vrienden meer hebben aan twee uur waarin jij er echt bent, dan aan een hele avond waarin je op de automatische piloot staat. Je eigen grenzen bewaken is niet asociaal, het is juist wat je in staat stelt om van mensen te blijven genieten.""",
    },
    {
        "key": "overprikkeling-05",
        "topics": ("overprikkeling",),
        "category": "stress-en-prikkels",
        "title": "Je zenuwstelsel uitgelegd: waarom prikkels je zo kunnen uitputten",
        "summary": "Overprikkeling is niet alleen iets in je hoofd, maar ook in je lichaam. Hoe je zenuwstelsel werkt en hoe je het kalmeert.",
        "body": """Bij overprikkeling denken we vaak aan een vol hoofd. Maar ook je lichaam reageert mee: je schouders trekken op, je ademhaling wordt hoog en je hart klopt sneller. Dat is geen toeval. Of je prikkels goed verwerkt, hangt nauw samen met hoe je zenuwstelsel op dat moment is afgesteld.

## Gas en rem

Je autonome zenuwstelsel werkt grofweg met twee systemen. Het sympathische systeem is het gaspedaal: het maakt je alert en klaar voor actie. Het parasympathische systeem is de rem: het zorgt voor rust, vertering en herstel. Als je veel prikkels binnenkrijgt, gaat het gaspedaal steeds verder in. Blijft de rem te lang buiten spel, dan raak je in een toestand van verhoogde alertheid waarin elke extra prikkel te veel is.

## Signalen dat je gaspedaal te ver in staat

- je schrikt sneller van geluiden of aanrakingen
- je ademhaling is oppervlakkig en snel
- je kaken of schouders zijn voortdurend gespannen
- je kunt niet meer ontspannen, ook niet als het stil is

## De rem activeren

Het goede nieuws is dat je je zenuwstelsel ook zelf kunt beïnvloeden. Een paar manieren:

- adem langzaam uit, langer dan je inademt, bijvoorbeeld vier tellen in en zes tellen uit
- beweeg ritmisch, zoals wandelen, fietsen of zwemmen
- zoek zachte, voorspelbare prikkels op, zoals een warme douche of een verzwaringsdeken
- neem een paar minuten om je aandacht naar je voeten op de grond te brengen

Door deze oefeningen regelmatig te doen, ook op rustige momenten, train je je zenuwstelsel om makkelijker terug te schakelen naar rust. Zo wordt je prikkelemmer minder snel vol.""",
    },
    {
        "key": "overprikkeling-06",
        "topics": ("overprikkeling", "trauma"),
        "category": "therapie",
        "title": "Altijd op je hoede: prikkelgevoeligheid na een nare ervaring",
        "summary": "Na een traumatische gebeurtenis kan je lichaam voortdurend alert blijven. Waarom geluiden en drukte dan zo hard binnenkomen.",
        "body": """Een deur die dichtslaat en je schrikt je rot. In een drukke trein voel je je opgejaagd en zoek je onbewust steeds naar de uitgang. Na een ingrijpende of traumatische ervaring merken veel mensen dat ze veel gevoeliger zijn geworden voor prikkels. Ze raken sneller overprikkeld en kunnen moeilijk ontspannen, ook als er niets aan de hand is.

## Een alarmsysteem dat op scherp staat

Na een traumatische gebeurtenis blijft je brein soms in de overlevingsstand staan. Het wil voorkomen dat je opnieuw in gevaar komt en scant daarom voortdurend je omgeving. Psychologen noemen dit hyperalertheid of hyperarousal. Je schrikt sneller, slaapt onrustig en hebt moeite met concentreren. Harde geluiden, drukte of onverwachte aanrakingen kunnen een heftige reactie oproepen, omdat je lichaam ze als mogelijke dreiging inschat.

## Anders dan gewone overprikkeling

Waar gewone overprikkeling vooral ontstaat door de hoeveelheid prikkels, speelt bij trauma ook de betekenis een rol. Een bepaalde geur, stem of situatie kan je onbewust herinneren aan wat er gebeurd is. Dan reageert je lichaam alsof het gevaar weer aanwezig is.

Wat kan helpen:

- leer je eigen triggers herkennen en schrijf ze op
- oefen met grondingstechnieken, zoals vijf dingen benoemen die je ziet
- zorg voor een voorspelbaar dagritme met voldoende rustmomenten
- vertel mensen om je heen wat je helpt als je schrikt of overweldigd raakt

## Behandeling

Als de hyperalertheid aanhoudt, is het zinvol om hulp te zoeken. Met traumabehandeling, zoals EMDR of traumagerichte cognitieve gedragstherapie, kan het alarmsysteem weer tot rust komen. Vaak neemt de prikkelgevoeligheid daarna duidelijk af.""",
    },
    {
        "key": "trauma-01",
        "topics": ("trauma",),
        "category": "emoties",
        "title": "Wat is een trauma eigenlijk?",
        "summary": "Niet elke nare ervaring is een trauma, en niet iedereen ontwikkelt klachten. Uitleg over trauma, PTSS en de verschillende reacties op schokkende gebeurtenissen.",
        "body": """Het woord trauma wordt tegenwoordig veel gebruikt, soms ook voor dingen als een mislukte vakantie. In de psychologie heeft het een specifiekere betekenis. Een trauma is een reactie op een schokkende gebeurtenis waarbij je leven of dat van een ander in gevaar was, of waarbij je ernstig gewond raakte of seksueel geweld meemaakte.

## Ingrijpende gebeurtenissen

Voorbeelden van zulke gebeurtenissen zijn een ernstig verkeersongeluk, een overval, mishandeling, oorlogsgeweld, een natuurramp of het plotseling verliezen van een dierbare door geweld. Ook getuige zijn van wat een ander overkomt, of beroepsmatig steeds met schokkende situaties te maken hebben, zoals hulpverleners, kan een traumatische impact hebben.

## Niet iedereen ontwikkelt klachten

De meeste mensen hebben na zo'n gebeurtenis een tijd last van nare herinneringen, schrikachtigheid of slecht slapen. Dat is een normale reactie, en bij het grootste deel zakt het in de weken daarna vanzelf. Een kleiner deel blijft klachten houden. Als die langer dan een maand aanhouden en het dagelijks leven ernstig verstoren, kan er sprake zijn van een posttraumatische stressstoornis, of PTSS.

Kenmerkende klachten bij PTSS zijn:

- herbelevingen, nachtmerries of indringende beelden
- vermijden van alles wat aan de gebeurtenis herinnert
- negatieve gedachten over jezelf of de wereld, zoals schuldgevoel of wantrouwen
- verhoogde waakzaamheid, prikkelbaarheid en schrikreacties

## Hulp is mogelijk

Traumagerelateerde klachten zijn goed te behandelen, ook als de gebeurtenis lang geleden is. Merk je dat een nare ervaring je leven nog steeds beheerst? Praat erover met je huisarts of een psycholoog. Je hoeft het niet alleen te verwerken.""",
    },
    {
        "key": "trauma-02",
        "topics": ("trauma",),
        "category": "therapie",
        "title": "EMDR: hoe werkt het en wat kun je verwachten?",
        "summary": "EMDR is een bewezen effectieve therapie bij traumaklachten. Hoe verloopt een sessie, en waarom helpen die oogbewegingen eigenlijk?",
        "body": """Eye Movement Desensitization and Reprocessing, kortweg EMDR, is een van de bekendste behandelingen voor mensen met traumaklachten. Het klinkt misschien wat vaag: je denkt terug aan een nare herinnering terwijl je de vingers van je therapeut volgt met je ogen. Toch is EMDR uitgebreid onderzocht en blijkt het bij veel mensen goed te werken.

## Hoe verloopt een sessie?

Eerst breng je samen met je therapeut in kaart om welke herinneringen het gaat en welke beelden het meeste spanning oproepen. Je kiest een beeld van het moment dat nu het meest naar aanvoelt. Daarna haal je dat beeld voor ogen, inclusief de gedachten, gevoelens en lichamelijke sensaties die erbij horen. Terwijl je dat doet, krijg je een afleidende taak: je volgt met je ogen een bewegende hand of een lichtbalk, of je luistert naar tikjes die afwisselend links en rechts klinken.

Na elke korte set vraagt de therapeut wat er naar boven komt. Vaak verandert het beeld, wordt het vager of minder beladen. Dat herhaal je tot de herinnering weinig spanning meer oproept.

## Waarom het werkt

Ons werkgeheugen heeft een beperkte capaciteit. Doordat je tegelijk aan de herinnering denkt en een afleidende taak uitvoert, wordt de herinnering minder levendig en emotioneel opgeslagen. Zo verliest ze haar lading.

## Wat je kunt verwachten

- een behandeling bestaat vaak uit een beperkt aantal sessies
- tijdens en na een sessie kunnen tijdelijk emoties of dromen opkomen
- je hoeft niet uitgebreid te vertellen wat er precies gebeurd is
- de herinnering blijft bestaan, maar doet minder pijn

EMDR wordt ingezet bij PTSS, maar ook bij andere klachten waarbij nare herinneringen een rol spelen.""",
    },
    {
        "key": "trauma-03",
        "topics": ("trauma",),
        "category": "emoties",
        "title": "Overvallen door het verleden: omgaan met flashbacks",
        "summary": "Bij een flashback voelt het alsof een traumatische gebeurtenis opnieuw plaatsvindt. Wat gebeurt er dan en hoe kom je weer in het hier en nu?",
        "body": """Je staat in de rij bij de bakker en ineens ruik je een bepaalde aftershave. Binnen een seconde ben je terug in die ene nacht, jaren geleden. Je hart bonst, je ziet de beelden weer voor je en even weet je niet meer waar je bent. Zo kan een flashback aanvoelen: het verleden dringt zich op alsof het nu gebeurt.

## Waarom herbelevingen ontstaan

Bij een traumatische ervaring wordt een herinnering anders opgeslagen dan een gewone herinnering. Ze is niet goed verbonden met tijd en plaats, waardoor je brein niet duidelijk registreert dat het voorbij is. Een prikkel die lijkt op iets van toen, zoals een geluid, geur of stemtoon, kan de herinnering in volle hevigheid activeren. Herbelevingen kunnen ook in de vorm van nachtmerries of plotselinge lichamelijke sensaties komen.

## Terug naar het hier en nu

Tijdens een flashback helpt het om je zintuigen te gebruiken om jezelf te laten weten dat je nu veilig bent. Dit heet gronden. Probeer bijvoorbeeld:

- noem vijf dingen die je ziet, vier die je hoort en drie die je voelt
- druk je voeten stevig op de grond en voel de stoel onder je
- zeg tegen jezelf: het is nu, ik ben hier, het is voorbij
- houd iets kouds vast of ruik aan iets met een sterke geur
- adem langzaam uit en tel daarbij tot zes

## Een plan maken

Het kan helpen om van tevoren met iemand die je vertrouwt te bespreken wat je nodig hebt als er een herbeleving komt. Blijven flashbacks vaak terugkomen, dan is dat een teken dat de herinnering nog niet verwerkt is. Met traumabehandeling kunnen herbelevingen sterk afnemen.""",
    },
    {
        "key": "trauma-04",
        "topics": ("trauma",),
        "category": "therapie",
        "title": "Als het onveilig was in je jeugd: over complex trauma",
        "summary": "Langdurige onveiligheid in je kindertijd kan diepe sporen nalaten. Wat is complex trauma en hoe ziet de behandeling eruit?",
        "body": """Niet elk trauma draait om één schokkende gebeurtenis. Sommige mensen groeiden op in een omgeving waar het langdurig onveilig was, door mishandeling, verwaarlozing, huiselijk geweld of een ouder met een verslaving. Zulke herhaalde nare ervaringen in de kindertijd kunnen leiden tot wat complex trauma wordt genoemd.

## Meer dan herinneringen

Bij complex trauma gaat het vaak niet alleen om nare herinneringen, maar ook om hoe je naar jezelf en anderen bent gaan kijken. Als kind pas je je aan om te overleven. Je leert bijvoorbeeld je gevoelens weg te stoppen, altijd alert te zijn op de stemming van een ander of jezelf de schuld te geven. Die strategieën waren toen nodig, maar zitten je als volwassene vaak in de weg.

Veelvoorkomende gevolgen zijn:

- moeite met het reguleren van emoties, zoals woede of paniek die snel opkomt
- een diep gevoel van schaamte of waardeloosheid
- moeite met vertrouwen en met nabijheid in relaties
- het gevoel jezelf kwijt te zijn of los van je lichaam te staan

## Behandeling in fases

De behandeling van complex trauma is vaak langer dan bij een enkelvoudig trauma, maar niet per se ingewikkelder. Tegenwoordig wordt steeds vaker gestart met traumagerichte behandeling, zoals EMDR of imaginaire exposure, soms gecombineerd met het versterken van vaardigheden in emotieregulatie. Ook schematherapie kan helpen om diepe patronen te veranderen.

## Het is niet jouw schuld

Wat je als kind meemaakte, was niet jouw verantwoordelijkheid. Wel kun je als volwassene kiezen om ermee aan de slag te gaan. Veel mensen ervaren dat het leven daarna lichter en vrijer wordt.""",
    },
    {
        "key": "trauma-05",
        "topics": ("trauma",),
        "category": "emoties",
        "title": "Na een ongeluk: normale reacties op een abnormale gebeurtenis",
        "summary": "Wie een ongeluk of geweld meemaakt, heeft vaak een tijd klachten. Welke reacties zijn normaal, en wanneer is hulp verstandig?",
        "body": """Een aanrijding op de fiets, een inbraak terwijl je thuis was of een familielid dat voor je ogen onwel wordt. Na zo'n schokkende, soms traumatische gebeurtenis voel je je vaak dagen of weken van slag. Je ziet de beelden steeds weer, slaapt slecht en schrikt van elk geluid. Veel mensen vragen zich dan af of dit normaal is, of dat ze een trauma aan het ontwikkelen zijn.

## Normale stressreacties

De eerste weken na een ingrijpende gebeurtenis zijn heftige reacties heel gewoon. Je hersenen proberen te verwerken wat er is gebeurd. Veel voorkomende reacties zijn:

- steeds terugdenken aan wat er gebeurde, ook als je dat niet wilt
- onrust, schrikachtigheid en moeite met slapen
- emotionele schommelingen, van verdriet en boosheid tot een verdoofd gevoel
- plekken of situaties mijden die je aan de gebeurtenis herinneren
- lichamelijke klachten, zoals hoofdpijn, trillen of misselijkheid

Bij de meeste mensen nemen deze klachten in de eerste vier tot zes weken geleidelijk af.

## Wat helpt in de eerste periode?

Praat over wat er gebeurd is met mensen die je vertrouwt, als je daar behoefte aan hebt. Je hoeft het niet te forceren. Probeer je dagelijkse ritme zo veel mogelijk vast te houden en zorg voor voldoende beweging en rust. Vermijd alcohol of drugs om de spanning te dempen, want dat vertraagt de verwerking.

## Wanneer hulp zoeken?

Word je na een maand nog steeds dagelijks overspoeld door herinneringen, vermijd je steeds meer of kun je niet meer functioneren op werk of thuis? Dan is het verstandig om hulp te zoeken. Een psycholoog kan inschatten of er sprake is van PTSS en een passende behandeling aanbieden.""",
    },
    {
        "key": "trauma-06",
        "topics": ("trauma", "angst"),
        "category": "therapie",
        "title": "Wanneer angst na een schokkende gebeurtenis blijft hangen",
        "summary": "Na een traumatische ervaring kan angst een vaste gast worden. Over de overgang van schrik naar blijvende angst en hoe behandeling helpt.",
        "body": """Sinds de overval op je werk durf je niet meer alleen af te sluiten. Na het auto-ongeluk krijg je het benauwd zodra je weer achter het stuur zit. Een traumatische ervaring kan een angst achterlaten die maanden of zelfs jaren blijft hangen. Wat eerst een logische schrikreactie was, wordt langzaam een patroon dat je leven steeds meer beperkt.

## Van gevaar naar voortdurende dreiging

Na een nare gebeurtenis leert je brein razendsnel om situaties die erop lijken als gevaarlijk te zien. Dat is een beschermingsmechanisme. Het probleem ontstaat als die angst generaliseert, dus niet alleen bij de plek van het ongeluk opkomt, maar bij elke auto, elke kruising of zelfs bij het idee om de deur uit te gaan. Soms krijgen mensen na een traumatische ervaring ook paniekaanvallen, zonder dat ze direct het verband zien met wat er gebeurd is.

## De rol van vermijding

Net als bij andere angstklachten houdt vermijding de angst in stand. Door de situatie te ontwijken, krijgt je brein nooit de kans te leren dat het nu wél veilig is. Signalen dat de angst de overhand krijgt:

- je wereld wordt kleiner omdat je steeds meer plekken ontwijkt
- je bent voortdurend alert op mogelijk gevaar
- je hebt lichamelijke angstreacties bij dingen die je aan de gebeurtenis herinneren
- je schaamt je voor je angst en praat er met niemand over

## Behandeling

Bij angst na een trauma wordt vaak eerst de herinnering zelf behandeld, bijvoorbeeld met EMDR of traumagerichte cognitieve gedragstherapie. Daarna of tegelijkertijd kan exposure helpen om stap voor stap weer de situaties op te zoeken die je bent gaan mijden. Zo krijg je het gevoel van veiligheid en bewegingsvrijheid terug.""",
    },
]
