"""Demo-inhoud voor de blog: fictieve auteurs, categorieën en artikelen.

Wordt ingeladen met `python manage.py seed_demo`. Alle teksten zijn eigen, fictieve
voorbeeldteksten (psycho-educatie, geen diagnoses of beloftes). Datums zijn lokale tijd
(Europe/Amsterdam).
"""

AUTHORS = [
    {
        "key": "anne",
        "name": "Anne Verhoeven",
        "role": "GZ-psycholoog",
        "bio": "Anne werkt met volwassenen die vastlopen in relaties, zelfbeeld of stress. "
        "Ze combineert een warme, nuchtere houding met elementen uit schematherapie en compassiegerichte therapie.",
    },
    {
        "key": "thomas",
        "name": "Thomas Bakker",
        "role": "Klinisch psycholoog",
        "bio": "Thomas richt zich op stress, overbelasting en slaapproblemen. "
        "Hij vindt het belangrijk dat cliënten begrijpen wat er in hun hoofd en lichaam gebeurt.",
    },
    {
        "key": "sara",
        "name": "Sara El Idrissi",
        "role": "Psychotherapeut",
        "bio": "Sara begeleidt mensen bij rouw, perfectionisme en terugkerende patronen in relaties. "
        "In haar werk staat de therapeutische relatie centraal.",
    },
]

CATEGORIES = [
    {
        "slug": "emoties",
        "name": "Emoties",
        "description": "Over het herkennen, begrijpen en hanteren van je gevoelens.",
    },
    {
        "slug": "relaties",
        "name": "Relaties",
        "description": "Over verbinding, vertrouwen en communicatie met de mensen om je heen.",
    },
    {
        "slug": "stress-en-prikkels",
        "name": "Stress en prikkels",
        "description": "Over spanning, overprikkeling en piekeren, en hoe je weer tot rust komt.",
    },
    {
        "slug": "therapie",
        "name": "Therapie",
        "description": "Over hoe therapie werkt en wat je kunt verwachten van een behandeling.",
    },
    {
        "slug": "werk-en-zorg",
        "name": "Werk en zorg",
        "description": "Over de emotionele kant van werk en zorgtaken, en over het bewaken van je energie.",
    },
]

ARTICLES = [
    # ------------------------------------------------------------------
    {
        "slug": "grenzen-aangeven",
        "title": "Grenzen aangeven: waarom het zo lastig is en hoe je het oefent",
        "summary": "Ja zeggen terwijl je nee bedoelt? Lees waarom grenzen aangeven zo moeilijk kan zijn, "
        "hoe je merkt dat een grens is overschreden en hoe je ermee oefent.",
        "author": "anne",
        "categories": ["relaties", "emoties"],
        "published_at": "2025-06-03 09:00",
        "status": "published",
        "body": """Je zegt ja terwijl je eigenlijk nee bedoelt. Je blijft langer op een feestje dan je wilt, neemt nog een taak op je terwijl je agenda al overloopt, of laat een opmerking passeren die je eigenlijk kwetste. Grenzen aangeven klinkt eenvoudig, maar voor veel mensen is het een van de lastigste dingen die er zijn. Toch zijn grenzen onmisbaar, voor jezelf en voor je relaties.

## Wat zijn grenzen eigenlijk?

Een grens markeert wat voor jou goed voelt en wat niet. Dat kan gaan over tijd en energie, maar ook over lichamelijk contact, over hoe er tegen je gesproken wordt of over wat je wel en niet wilt delen. Grenzen zijn niet voor iedereen hetzelfde en ze kunnen ook veranderen, bijvoorbeeld wanneer je moe bent of een zware periode doormaakt.

Een grens is geen muur om mensen buiten te houden. Je kunt het eerder zien als een hek met een poort: jij bepaalt wie er binnenkomt en wanneer.

## Waarom het zo moeilijk kan zijn

Wie moeite heeft met grenzen, heeft daar meestal goede redenen voor. Misschien heb je geleerd dat aardig zijn betekent dat je altijd beschikbaar bent. Of je hebt ervaren dat nee zeggen leidde tot boosheid of afstand. Veelvoorkomende gedachten zijn:

> "Als ik nee zeg, vinden ze me egoïstisch."

> "Het is maar een kleine moeite, ik moet niet zo moeilijk doen."

Daarnaast speelt schuldgevoel vaak een grote rol. Dat gevoel betekent niet dat je iets verkeerd doet; het laat vooral zien dat je iets nieuws doet.

## Hoe je merkt dat een grens is overschreden

Je lichaam geeft vaak eerder een seintje dan je hoofd. Let bijvoorbeeld op:

- Een knoop in je maag of een gespannen kaak tijdens een gesprek
- Irritatie of wrok achteraf, terwijl je op het moment zelf niets zei
- Het gevoel dat bepaalde contacten je leegzuigen
- Uitstellen of ontwijken van afspraken die je eigenlijk niet wilde maken

Wie lang over zijn eigen grenzen heen gaat, loopt het risico op uitputting. Ook [overprikkeling](/blog/overprikkeling/) en [burn-outklachten](/blog/signalen-van-burn-out/) hangen er soms mee samen.

## Oefenen met grenzen aangeven

Grenzen aangeven is een vaardigheid: je kunt het leren, al gaat dat met vallen en opstaan. Een paar handvatten:

- Begin klein, bij iemand bij wie je je relatief veilig voelt
- Neem bedenktijd: "Ik kom er morgen op terug" is ook een antwoord
- Spreek vanuit jezelf: "Ik merk dat ik hier geen ruimte voor heb" in plaats van "Jij vraagt altijd te veel"
- Verantwoord je niet uitgebreid; een korte uitleg is genoeg
- Verwacht niet dat iedereen er meteen blij mee is, en weet dat dat oké is

Het kan helpen om achteraf te kijken hoe het ging. Vaak valt de reactie van de ander mee, en merk je dat je relatie er juist eerlijker door wordt.

Vind je het erg moeilijk om voor jezelf op te komen, of roept het veel angst of schuld op? In therapie kun je ontdekken waar dat vandaan komt en in een veilige omgeving oefenen met het aangeven van je grenzen, zodat het daarbuiten ook makkelijker wordt.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "perfectionisme",
        "title": "Perfectionisme: als goed nooit goed genoeg is",
        "summary": "Hoge eisen kunnen je helpen, maar ook uitputten. Ontdek het verschil tussen gezond streven "
        "en perfectionisme, en hoe je oefent met loslaten.",
        "author": "sara",
        "categories": ["emoties", "werk-en-zorg"],
        "published_at": "2025-06-19 09:00",
        "status": "published",
        "body": """Hoge eisen stellen aan jezelf is niet per se een probleem. Het kan je helpen om je best te doen, te groeien en trots te zijn op wat je bereikt. Maar wanneer de lat zo hoog ligt dat je er nooit overheen komt, wordt perfectionisme een bron van stress, uitstelgedrag en zelfkritiek. Hoe herken je dat, en wat kun je eraan doen?

## Gezond streven of perfectionisme?

Het verschil zit vaak niet in de hoogte van je doelen, maar in hoe je omgaat met fouten en tegenvallers. Iemand met gezonde ambitie baalt van een fout en gaat weer verder. Bij perfectionisme voelt een fout al snel als bewijs dat je tekortschiet. Je eigenwaarde gaat dan sterk afhangen van wat je presteert.

Signalen van perfectionisme zijn bijvoorbeeld:

- Je blijft schaven aan taken die allang goed genoeg zijn
- Je stelt dingen uit omdat je bang bent dat het resultaat tegenvalt
- Complimenten komen nauwelijks binnen, kritiek blijft dagen hangen
- Je vindt het moeilijk om taken aan anderen over te laten
- Na een succes voel je vooral opluchting, geen plezier

## Waar het vandaan komt

Perfectionisme ontwikkelt zich vaak als een manier om je veilig te voelen. Misschien kreeg je als kind vooral waardering als je presteerde, of was er veel onvoorspelbaarheid en gaf controle je houvast. Ook een werk- of schoolcultuur waarin fouten worden afgestraft, kan perfectionistische neigingen versterken. Het idee erachter is begrijpelijk: als ik alles goed doe, kan niemand me afwijzen.

> "Als ik nu niet alles geef, val ik door de mand."

## De rol van je gedachten

Perfectionisme wordt in stand gehouden door strenge, vaak automatische gedachten. Het helpt om die te herkennen en er een mildere versie tegenover te zetten. Niet om jezelf iets wijs te maken, maar om een realistischer perspectief te vinden.

| Niet-helpende gedachte | Helpende gedachte |
|---|---|
| "Het moet foutloos, anders heeft het geen zin." | "Goed genoeg is vaak echt goed genoeg." |
| "Als ik een fout maak, ben ik een mislukking." | "Een fout zegt iets over wat ik deed, niet over wie ik ben." |
| "Anderen doen het allemaal moeiteloos." | "Ik zie alleen de buitenkant van hoe het anderen vergaat." |
| "Ik mag pas rusten als alles af is." | "Rust helpt me om het straks weer goed te doen." |

## Oefenen met loslaten

Perfectionisme los je niet op door het nog beter te willen doen. Het gaat juist om bewust oefenen met imperfectie. Je kunt bijvoorbeeld:

- Van tevoren bepalen hoeveel tijd je aan een taak besteedt, en dan ook stoppen
- Expres iets inleveren dat 'gewoon voldoende' is en kijken wat er gebeurt
- Opschrijven wat er goed ging, naast wat beter kon
- Jezelf toespreken zoals je een goede vriend zou toespreken; meer daarover lees je in ons artikel over [zelfcompassie](/blog/zelfcompassie/)

Spannend? Dat is begrijpelijk. Het ongemak wordt meestal minder naarmate je merkt dat de gevreesde gevolgen uitblijven.

Levert perfectionisme je veel spanning, somberheid of [slapeloze nachten](/blog/piekeren-en-slapen/) op, dan kan therapie helpen. Samen met een psycholoog kun je de strenge regels die je voor jezelf hanteert onderzoeken, ontdekken welke functie ze hebben en stap voor stap mildere manieren vinden om met jezelf om te gaan.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "piekeren-en-slapen",
        "title": "Piekeren en slapen: als je hoofd 's nachts niet stil wordt",
        "summary": "Lig je wakker van je gedachten? Lees waarom piekeren juist 's nachts toeslaat en wat je "
        "overdag en in bed kunt doen om meer rust te vinden.",
        "author": "thomas",
        "categories": ["stress-en-prikkels", "emoties"],
        "published_at": "2025-07-08 09:00",
        "status": "published",
        "body": """Overdag heb je het druk en lukt het aardig om je zorgen op afstand te houden. Maar zodra je 's avonds het licht uitdoet, komen ze tevoorschijn: dat gesprek van vanmiddag, die rekening, de vraag of je het allemaal wel goed doet. Je draait van je ene zij op de andere en kijkt hoe laat het is. Piekeren en slecht slapen gaan vaak samen, en ze kunnen elkaar flink versterken.

## Waarom piekeren juist 's nachts toeslaat

Als het stil is en er geen afleiding meer is, krijgen gedachten vrij spel. Daarbij komt dat ons denken 's nachts vaak somberder en minder genuanceerd is. Problemen lijken groter en oplossingen verder weg dan overdag. Bovendien houdt piekeren je lichaam in een staat van paraatheid: je hartslag blijft wat hoger en je spieren ontspannen minder. Precies het tegenovergestelde van wat nodig is om in slaap te vallen.

> "Als ik nu niet slaap, ben ik morgen een wrak en gaat alles mis."

Zo'n gedachte over de slaap zelf zorgt vaak voor nog meer spanning. Zo ontstaat een vicieuze cirkel van piekeren, onrust en wakker liggen.

## Piekeren of nadenken?

Niet elke gedachte is piekeren. Nadenken is gericht op een oplossing en heeft een einde. Piekeren draait in rondjes, stelt steeds dezelfde vragen ('wat als...?') en levert weinig op behalve onrust. Een handige vraag aan jezelf is: brengt dit gedachtespoor me ergens, of loop ik in een kringetje?

## Wat kun je overdag al doen?

Veel van wat helpt tegen nachtelijk piekeren, begint al eerder op de dag:

- **Plan een piekerkwartier.** Schrijf op een vast moment, bijvoorbeeld om 19.00 uur, een kwartier lang op wat je bezighoudt. Komt de zorg later terug, dan kun je jezelf eraan herinneren dat die al een plek heeft gekregen.
- **Zorg voor een rustige overgang.** Geef je hoofd een uur voor het slapengaan de kans om af te schakelen, met minder schermen en geen werkmail.
- **Beweeg overdag.** Lichamelijke activiteit helpt om spanning kwijt te raken, al werkt zware inspanning vlak voor bedtijd vaak averechts.
- **Houd een regelmatig ritme aan.** Opstaan op ongeveer dezelfde tijd, ook in het weekend, helpt je biologische klok.

## En als je toch wakker ligt?

- Kijk niet steeds op de klok; dat voedt de spanning
- Richt je aandacht op je ademhaling of op wat je in je lichaam voelt
- Lig je langer dan ongeveer twintig minuten onrustig wakker, sta dan even op en doe iets rustigs bij gedempt licht
- Leg een notitieblok naast je bed om een gedachte tot de ochtend 'te parkeren'

Wees mild voor jezelf als het niet meteen lukt. Af en toe een slechte nacht is vervelend, maar je lichaam kan daar meestal beter mee omgaan dan je 's nachts denkt.

Blijf je langere tijd slecht slapen of nemen je zorgen steeds meer ruimte in, dan kan het helpen om hulp te zoeken. In therapie kun je leren anders met piekergedachten om te gaan en werken aan wat eronder ligt, zoals spanning, [perfectionisme](/blog/perfectionisme/) of onverwerkte gebeurtenissen.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "zelfcompassie",
        "title": "Zelfcompassie: vriendelijker zijn voor jezelf",
        "summary": "Voor een ander ben je vaak mild, voor jezelf streng. Lees wat zelfcompassie is, waarom "
        "zelfkritiek zo hardnekkig is en hoe je vriendelijkheid naar jezelf oefent.",
        "author": "anne",
        "categories": ["emoties", "therapie"],
        "published_at": "2025-07-29 09:00",
        "status": "published",
        "body": """Als een goede vriend een fout maakt of het moeilijk heeft, weet je meestal precies wat je kunt zeggen. Je bent begripvol, geduldig en warm. Maar hoe spreek je jezelf toe als het tegenzit? Voor veel mensen klinkt die innerlijke stem een stuk strenger. Zelfcompassie gaat over het leren geven van dezelfde vriendelijkheid aan jezelf die je zo makkelijk aan een ander geeft.

## Wat zelfcompassie is, en wat niet

Zelfcompassie betekent dat je met begrip reageert op je eigen pijn, tekortkomingen en moeilijke momenten. Psycholoog Kristin Neff, die veel onderzoek deed naar dit onderwerp, onderscheidt drie onderdelen:

- **Vriendelijkheid voor jezelf:** steunend reageren in plaats van hard oordelen
- **Gedeelde menselijkheid:** beseffen dat falen en lijden bij het mens-zijn horen, en dat je daarin niet alleen bent
- **Opmerkzaamheid:** je gevoelens erkennen zonder ze weg te drukken of erin te verdrinken

Zelfcompassie wordt weleens verward met zelfmedelijden of met jezelf overal mee laten wegkomen. Dat is het niet. Je neemt je verantwoordelijkheid nog steeds serieus, alleen zonder jezelf daarbij af te breken.

## Waarom zelfkritiek zo hardnekkig is

Veel mensen zijn bang dat ze lui of zelfingenomen worden als ze milder voor zichzelf zijn. De strenge stem voelt als een motor die je scherp houdt.

> "Als ik mezelf niet streng toespreek, kom ik nergens."

Toch wijst onderzoek erop dat harde zelfkritiek eerder samengaat met angst, uitstelgedrag en somberheid. Wie vriendelijk voor zichzelf is, durft vaak juist meer te proberen en herstelt makkelijker van tegenslag. Strenge zelfkritiek hangt regelmatig samen met [perfectionisme](/blog/perfectionisme/) en is meestal ooit ontstaan als bescherming.

## Zelfcompassie oefenen

Vriendelijker worden voor jezelf is een vaardigheid die je kunt trainen. Enkele oefeningen om mee te beginnen:

- **De vriendenvraag.** Vraag jezelf bij een moeilijk moment af wat je tegen een vriend in deze situatie zou zeggen. Probeer die woorden daarna tegen jezelf te zeggen.
- **Een compassievolle pauze.** Erken wat er is ('dit is moeilijk'), herinner jezelf eraan dat anderen dit ook kennen, en vraag je af wat je nu nodig hebt.
- **Een steunend gebaar.** Leg een hand op je borst of arm. Het klinkt misschien vreemd, maar aanraking kan je lichaam helpen tot rust te komen.
- **Een brief aan jezelf.** Schrijf over iets waarop je jezelf afrekent, vanuit het perspectief van iemand die onvoorwaardelijk om je geeft.

Verwacht niet dat het meteen natuurlijk voelt. Soms roept vriendelijkheid naar jezelf eerst verdriet op. Dat is begrijpelijk: het kan je raken als je merkt hoe lang je het zonder hebt moeten doen.

## Kleine momenten tellen

Zelfcompassie hoeft niet groots te zijn. Het zit in kleine keuzes: een pauze nemen als je moe bent, een fout benoemen zonder er een drama van te maken, toegeven dat iets je raakt. Hoe vaker je oefent, hoe makkelijker die mildere stem zich laat horen.

Merk je dat je innerlijke criticus erg luid is, of dat je jezelf steeds tekortdoet? In therapie kun je ontdekken waar die strenge stem vandaan komt en gericht oefenen met een mildere houding naar jezelf, in een tempo dat bij je past.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "rouw-en-verlies",
        "title": "Rouw: leren leven met verlies",
        "summary": "Rouw is een natuurlijke reactie op verlies, maar kan je overvallen. Lees hoe rouw zich "
        "kan uiten, wat kan helpen en wanneer extra steun zinvol is.",
        "author": "sara",
        "categories": ["emoties", "relaties"],
        "published_at": "2025-08-19 09:00",
        "status": "published",
        "body": """Wanneer je iemand verliest die belangrijk voor je is, verandert er iets wezenlijks. Rouw is de natuurlijke reactie op dat verlies. Het is geen probleem dat opgelost moet worden, maar een proces dat tijd en ruimte nodig heeft. Toch kan rouw je overvallen door de heftigheid ervan, en kun je je afvragen of wat je voelt wel 'normaal' is.

## Rouw heeft veel gezichten

Rouw gaat niet alleen over het overlijden van een dierbare. Ook het einde van een relatie, het verlies van je gezondheid, een miskraam, het afscheid van je werk of een kinderwens die niet uitkomt, kunnen rouw oproepen. Soms erkent de omgeving dat minder, waardoor je je extra alleen kunt voelen met je verdriet.

Rouw uit zich bovendien niet alleen in verdriet. Veel mensen ervaren ook:

- Boosheid, op de situatie, op anderen of op degene die er niet meer is
- Schuldgevoel over wat je wel of niet hebt gedaan of gezegd
- Opluchting, bijvoorbeeld na een lange ziekteperiode, en schaamte daarover
- Lichamelijke klachten zoals vermoeidheid, onrust of slecht slapen
- Moeite met concentreren, of het gevoel in een mist te leven

Al deze reacties kunnen bij rouw horen. Ze komen vaak niet netjes na elkaar, maar lopen door elkaar heen.

## Geen vaste fasen, wel een beweging

Vroeger werd rouw vaak beschreven als een reeks vaste fasen. Tegenwoordig kijken we er genuanceerder naar. Een bekend model beschrijft rouw als een slinger tussen twee kanten: momenten waarop je je richt op het verlies, en momenten waarop je je richt op het dagelijks leven en wat er nieuw is. Allebei zijn nodig. Even niet aan je verlies denken betekent niet dat je de ander vergeet.

> "Ik moest gisteren lachen om iets op tv en voelde me meteen schuldig."

Dat schuldgevoel is heel begrijpelijk, maar lachen en missen kunnen naast elkaar bestaan.

## Wat kan helpen?

Er is geen goede of foute manier van rouwen. Wat voor de een werkt, past niet bij de ander. Toch vinden veel mensen steun in:

- Praten over degene die je mist, met mensen die durven te luisteren
- Rituelen, zoals een kaarsje aansteken of een plek bezoeken die betekenis heeft
- Schrijven, bijvoorbeeld een brief aan degene die je verloor
- Een basisritme van eten, slapen en bewegen, ook als je daar weinig zin in hebt
- [Mild zijn voor jezelf](/blog/zelfcompassie/) op dagen dat het zwaarder is

## Wanneer extra steun zinvol is

Rouw heeft geen deadline. Verdriet kan na jaren nog opspelen, bijvoorbeeld rond een verjaardag of feestdag, en dat is normaal. Soms blijft rouw echter zo zwaar dat je dagelijks leven er langdurig door vastloopt, of raak je verstrikt in schuld, woede of het niet kunnen bevatten van het verlies.

Je hoeft niet te wachten tot het 'erg genoeg' is om hulp te zoeken. In therapie kun je ruimte maken voor wat je voelt, stilstaan bij wat het verlies voor je betekent en samen zoeken naar een manier om het een plek te geven in je leven.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "signalen-van-burn-out",
        "title": "Burn-out: de signalen op tijd herkennen",
        "summary": "Een burn-out ontstaat meestal geleidelijk. Lees welke signalen in je lichaam en hoofd "
        "aandacht verdienen en welke stappen je kunt zetten.",
        "author": "thomas",
        "categories": ["werk-en-zorg", "stress-en-prikkels"],
        "published_at": "2025-09-09 09:00",
        "status": "published",
        "body": """Een burn-out ontstaat zelden van de ene op de andere dag. Meestal gaat er een lange periode aan vooraf waarin je veel van jezelf vraagt en te weinig kunt herstellen. Omdat dat geleidelijk gaat, wennen veel mensen aan hun klachten. Je denkt dat het erbij hoort en dat het na die ene drukke periode wel beter wordt. Toch is het waardevol om signalen op tijd te herkennen, zodat je kunt bijsturen voordat je helemaal vastloopt.

## Wat is een burn-out?

Bij een burn-out gaat het om langdurige uitputting als gevolg van stress die je niet goed kon verwerken. Vaak speelt werk een grote rol, maar ook mantelzorg, een zware thuissituatie of hoge eisen aan jezelf kunnen bijdragen. Het is geen teken van zwakte; juist mensen die betrokken, plichtsgetrouw en gedreven zijn, lopen er regelmatig tegenaan. Of er werkelijk sprake is van een burn-out, kan alleen een professional beoordelen.

## Signalen in je lichaam en hoofd

Let op als je een aantal van deze signalen langere tijd bij jezelf herkent:

- Je bent moe, ook na een nacht slapen of een vrij weekend
- Je kunt je slecht concentreren en vergeet meer dan normaal
- Je hebt lichamelijke klachten zoals hoofdpijn, hartkloppingen of spierpijn
- Je slaapt onrustig of wordt vroeg wakker met een vol hoofd
- Je bent sneller geïrriteerd, emotioneel of juist vlak
- Dingen waar je vroeger plezier aan had, kosten je nu vooral energie
- Je trekt je terug uit sociale contacten

> "Ik moet me er gewoon even doorheen slaan, daarna neem ik wel rust."

Dat 'daarna' komt vaak niet. Er dient zich een nieuwe deadline of verplichting aan, en de rust schuift steeds verder op.

## Waarom je het soms zelf niet ziet

Wie onder druk staat, gaat vaak op de automatische piloot. Je richt je op wat moet en schakelt signalen van vermoeidheid uit. Bovendien kan het moeilijk zijn om toe te geven dat je het niet meer trekt, zeker als je gewend bent dat anderen op jou leunen. Soms zien mensen om je heen de veranderingen eerder dan jijzelf. Het is dus de moeite waard om te luisteren als iemand zegt dat je er moe uitziet of minder jezelf lijkt.

Ook het soort werk speelt mee. In beroepen waarin je de hele dag je emoties moet reguleren, zoals in de zorg of de horeca, raakt je energie sneller op. Meer daarover lees je in ons artikel over [emotional labor](/blog/emotional-labor-zorg-en-horeca/).

## Wat je kunt doen

Herken je jezelf in deze signalen, neem ze dan serieus. Deze stappen kunnen helpen:

- Bespreek je klachten met je huisarts, die ook kan nagaan of er een lichamelijke oorzaak is
- Praat met je leidinggevende of bedrijfsarts over je belasting
- Schrap of verplaats wat niet per se nu hoeft
- Plan herstelmomenten net zo serieus in als je afspraken
- Oefen met [grenzen aangeven](/blog/grenzen-aangeven/), ook als dat ongemakkelijk voelt

Herstel kost tijd, en dat kan frustrerend zijn als je gewend bent dingen snel op te lossen.

Een psycholoog kan je helpen begrijpen hoe je in deze situatie bent beland. In therapie kijk je niet alleen naar je klachten, maar ook naar de patronen erachter, zoals perfectionisme of moeite met nee zeggen. Zo kun je stap voor stap herstellen en verder op een manier die beter bij je past.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "emotional-labor-zorg-en-horeca",
        "title": "De rol van 'emotional labor' in de zorg en horeca",
        "summary": "Altijd vriendelijk blijven, ook als je je anders voelt: dat kost energie. Lees wat "
        "emotional labor is en hoe je er in de zorg en horeca goed mee omgaat.",
        "author": "thomas",
        "categories": ["werk-en-zorg", "stress-en-prikkels"],
        "published_at": "2025-09-30 09:00",
        "status": "published",
        "body": """Een verpleegkundige die vriendelijk blijft tegen een boze familie, een ober die glimlacht na een lange dienst, een doktersassistent die geduldig luistert terwijl de telefoon blijft gaan. In veel beroepen hoort het bij je werk om bepaalde emoties te tonen en andere juist in te slikken. Dat heet emotional labor, of emotiearbeid. Het is een onzichtbaar deel van het werk, maar het kan je veel energie kosten.

## Wat is emotional labor?

De term werd in de jaren tachtig geïntroduceerd door de Amerikaanse sociologe Arlie Hochschild. Zij beschreef hoe mensen in dienstverlenende beroepen hun gevoelens moeten 'managen' om aan de verwachtingen van hun werk te voldoen. Daarbij wordt vaak onderscheid gemaakt tussen twee manieren:

- **Oppervlakkig acteren:** je laat een emotie zien die je niet voelt, zoals een glimlach terwijl je geïrriteerd bent
- **Diep acteren:** je probeert je gevoel werkelijk te veranderen, bijvoorbeeld door je in te leven in de situatie van een lastige klant

Vooral voortdurend iets tonen wat je niet voelt, kan op den duur uitputten. Er ontstaat een kloof tussen wat er vanbinnen gebeurt en wat je naar buiten laat zien.

## Waarom zorg en horeca extra veel vragen

In de zorg en de horeca ben je de hele dag in direct contact met mensen, vaak op momenten dat zij gespannen, ziek, verdrietig of ongeduldig zijn. Daarbij is de werkdruk vaak hoog en is er weinig tijd om even bij te komen. Je schakelt van het ene contact naar het volgende, zonder ruimte om te voelen wat het vorige met je deed.

> "Ik ben de hele dag aardig voor iedereen, en thuis heb ik voor niemand meer geduld."

Dat is een herkenbaar gevolg. Het ingehouden gevoel verdwijnt niet; het zoekt vaak later een uitweg.

## Signalen om serieus te nemen

Emotiearbeid is niet vanzelf schadelijk. Het kan ook voldoening geven om iemand te helpen of een gast een fijne avond te bezorgen. Toch is het goed om alert te zijn op signalen zoals:

- Je voelt je na je werk leeg of afgestompt
- Je kunt thuis moeilijk omschakelen of blijft aan werksituaties denken
- Je merkt dat je cynischer wordt over de mensen voor wie je werkt
- Je slaapt slechter of bent vaker prikkelbaar

Houden zulke klachten lang aan, lees dan ook eens over [de signalen van een burn-out](/blog/signalen-van-burn-out/).

## Goed voor jezelf zorgen

Een paar dingen kunnen de last draaglijker maken:

- Neem na een intensief contact een kort moment om bewust uit te ademen en te voelen wat er speelt
- Bespreek lastige situaties met collega's; vaak ben je niet de enige die het zwaar vindt
- Sluit je werkdag af met een vast ritueel, zoals een wandeling of je omkleden
- Zoek bezigheden buiten je werk waarin je niemand hoeft te helpen of te pleasen

Ook werkgevers hebben hierin een rol, bijvoorbeeld door te zorgen voor intervisie, echte pauzes en een cultuur waarin het normaal is om te zeggen dat iets je raakte.

Merk je dat je werk je steeds meer uitput of dat je je eigen gevoelens kwijtraakt? In therapie kun je onderzoeken hoe je met de emotionele eisen van je werk omgaat en leren beter te herstellen, zonder dat je je betrokkenheid hoeft op te geven.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "effect-van-liegen-op-relaties",
        "title": "Het effect van liegen op je relaties",
        "summary": "Liegen doet iets met de ander, met de relatie en met jezelf. Lees waarom mensen liegen, "
        "wat het met vertrouwen doet en hoe je werkt aan eerlijkheid en herstel.",
        "author": "sara",
        "categories": ["relaties", "emoties"],
        "published_at": "2025-10-01 09:00",
        "status": "published",
        "body": """Bijna iedereen liegt weleens. 'Wat een leuk cadeau!' terwijl je het eigenlijk niets vindt, of 'het gaat prima' op een dag dat het helemaal niet prima gaat. Kleine leugens maken het sociale verkeer soms soepeler. Maar wanneer liegen een gewoonte wordt, of wanneer het om belangrijke dingen gaat, kan het veel schade aanrichten: bij de ander, in de relatie en ook bij jezelf.

## Waarom mensen liegen

Liegen komt zelden alleen voort uit kwade wil. Vaak zit er een begrijpelijke behoefte achter, zoals:

- Een conflict of teleurstelling willen vermijden
- Bang zijn voor afwijzing of straf
- Jezelf beter willen voordoen dan je je voelt
- Iemand anders willen beschermen tegen verdriet
- Schaamte over iets wat je hebt gedaan of voelt

Wie als kind heeft gemerkt dat eerlijkheid werd afgestraft, leert soms dat liegen veiliger is. Dat verklaart het gedrag, maar het maakt de gevolgen niet minder voelbaar.

## Wat liegen doet met de ander

Voor degene die wordt voorgelogen, gaat het vaak niet eens zozeer om de inhoud van de leugen. Wat pijn doet, is het besef dat je niet kon vertrouwen op wat je werd verteld. Dat roept vragen op: wat klopt er nog meer niet? Mensen beschrijven het als de grond die onder hun voeten wegzakt.

> "Het ergste vond ik niet wat hij had gedaan, maar dat hij maandenlang tegen me had gezegd dat er niets aan de hand was."

Vertrouwen is snel beschadigd en herstelt maar langzaam. Na een ontdekte leugen kan de ander wantrouwiger worden, meer gaan controleren of zich emotioneel terugtrekken. Zo verandert de sfeer in een relatie, soms ongemerkt.

## Wat liegen met jezelf doet

Liegen kost energie. Je moet onthouden wat je hebt gezegd, alert blijven op vragen en leven met de angst dat het uitkomt. Daarnaast ontstaat er afstand: als de ander niet weet wat er echt in je omgaat, voel je je ook niet echt gekend. Zelfs als de relatie op het oog goed loopt, kan dat eenzaam voelen.

Op den duur kan liegen ook je zelfbeeld aantasten. Je gaat jezelf misschien zien als iemand die niet te vertrouwen is. Dat roept weer schaamte op en maakt het nog lastiger om open te zijn.

## Werken aan eerlijkheid en herstel

Eerlijker worden begint met nieuwsgierigheid naar je eigen redenen. Vraag jezelf op momenten dat je de neiging hebt om te liegen: waar ben ik eigenlijk bang voor? Vaak blijkt de angst groter dan wat er werkelijk gebeurt als je de waarheid vertelt.

Als er al vertrouwen beschadigd is, helpt het om:

- Verantwoordelijkheid te nemen zonder jezelf te verdedigen
- Ruimte te geven aan de boosheid of het verdriet van de ander
- Geduld te hebben, omdat herstel tijd kost
- Betrouwbaar te zijn in kleine dingen

Een relatie waarin eerlijkheid mogelijk is, voelt uiteindelijk vaak [veiliger](/blog/emotionele-veiligheid/) voor beide partners.

Merk je dat liegen een patroon is geworden waar je moeilijk uitkomt, of worstel je met het herstellen van vertrouwen na een leugen? In therapie kun je zonder oordeel onderzoeken wat er onder het liegen ligt, en stap voor stap oefenen met eerlijker contact.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "positieve-overdracht-in-therapie",
        "title": "Positieve overdracht in therapie: oude gevoelens in een nieuwe relatie",
        "summary": "Sterke warme gevoelens voor je therapeut kunnen verwarrend zijn. Lees wat positieve "
        "overdracht is, hoe je het merkt en waarom het waardevol kan zijn.",
        "author": "sara",
        "categories": ["therapie", "emoties"],
        "published_at": "2025-10-14 09:00",
        "status": "published",
        "body": """In therapie praat je over wat je bezighoudt, maar er gebeurt ook iets tussen jou en je behandelaar. Soms merk je dat je gevoelens voor je therapeut hebt die sterker zijn dan je zou verwachten: veel bewondering, een diep vertrouwen of het verlangen om het je therapeut naar de zin te maken. Dat kan verwarrend zijn. Vaak is er dan sprake van positieve overdracht, een heel gewoon verschijnsel dat bovendien veel kan opleveren.

## Wat is overdracht?

Overdracht betekent dat je gevoelens en verwachtingen uit eerdere relaties, vaak met ouders of andere belangrijke mensen, onbewust 'overdraagt' op iemand in het hier en nu. Dat gebeurt overal, niet alleen in therapie. Je reageert op een leidinggevende zoals je ooit op een strenge ouder reageerde, of voelt je bij een oudere collega meteen geborgen.

Bij positieve overdracht gaat het om warme gevoelens: vertrouwen, genegenheid, bewondering. In therapie kunnen die extra sterk worden, omdat je je behandelaar veel vertelt en de aandacht helemaal op jou gericht is.

## Hoe je het kunt merken

Positieve overdracht kan zich op verschillende manieren laten zien:

- Je kijkt erg uit naar de sessies en mist je therapeut tussendoor
- Je wilt graag een 'goede cliënt' zijn en vindt het lastig om kritiek te uiten
- Je ziet vooral de goede kanten van je therapeut en idealiseert hem of haar
- Je vraagt je af wat je therapeut van je vindt of hoe diegene privé leeft
- Je voelt een sterke behoefte aan goedkeuring

> "Ik durf niet te zeggen dat de vorige sessie me niet hielp, want ik wil haar niet teleurstellen."

## Waarom het waardevol kan zijn

Positieve gevoelens richting je behandelaar zijn niet gek of ongepast. Een zeker vertrouwen is juist nodig om moeilijke onderwerpen aan te durven. Bovendien laat overdracht vaak iets zien van wat je hebt gemist of waar je naar verlangt. Misschien heb je weinig ervaren dat iemand echt naar je luisterde. Dan is het begrijpelijk dat die aandacht nu veel met je doet.

Een therapeut kijkt daar met je naar, zonder te oordelen. Zo ontstaat ruimte om te onderzoeken welke oude patronen meespelen, en kun je in een [emotioneel veilige](/blog/emotionele-veiligheid/) setting oefenen met iets wat elders lastig is, zoals je mening geven of teleurstelling uitspreken.

## Wat je ermee kunt doen

Het kan spannend zijn, maar vaak helpt het om je gevoelens bespreekbaar te maken. Je hoeft ze niet perfect te verwoorden. Je kunt bijvoorbeeld zeggen dat je merkt dat je erg naar de gesprekken uitkijkt, of dat je het moeilijk vindt om iets kritisch te zeggen.

Een goede behandelaar gaat daar zorgvuldig en professioneel mee om. De relatie blijft altijd een professionele relatie met duidelijke grenzen, en juist die grenzen maken het veilig om alles te mogen voelen en benoemen.

Overdracht is dus geen hindernis, maar kan een ingang zijn naar meer begrip van jezelf. In therapie kun je samen met je behandelaar ontdekken wat deze gevoelens vertellen over eerdere ervaringen, en hoe je dat inzicht meeneemt naar je relaties buiten de therapiekamer.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "overprikkeling",
        "title": "Wat kun je doen tegen overprikkeling?",
        "summary": "Geluid, licht en drukte kunnen soms te veel worden. Lees hoe overprikkeling voelt, "
        "waarom de ene dag zwaarder is dan de andere en wat je eraan kunt doen.",
        "author": "thomas",
        "categories": ["stress-en-prikkels"],
        "published_at": "2025-10-28 09:00",
        "status": "published",
        "body": """Een volle trein, een open kantoortuin, een verjaardag met harde muziek en drie gesprekken tegelijk: op een dag krijg je ontelbaar veel indrukken te verwerken. Meestal filtert je brein die vanzelf. Maar soms lukt dat niet meer en loopt het als het ware over. Dan spreken we van overprikkeling. Dat is geen karakterfout of aanstellerij, maar een signaal dat je systeem meer binnenkrijgt dan het op dat moment kan verwerken.

## Hoe overprikkeling voelt

Overprikkeling ziet er bij iedereen anders uit. Veel mensen herkennen een of meer van deze signalen:

- Geluiden, licht of aanrakingen voelen ineens te veel of te fel
- Je raakt sneller geïrriteerd, of wordt juist stil en afwezig
- Je kunt je moeilijk concentreren en maakt meer kleine foutjes
- Je krijgt hoofdpijn, een opgejaagd gevoel of een sterke behoefte om weg te gaan
- Na afloop ben je uitgeput, soms nog dagen

> "Iedereen lijkt het prima te vinden, waarom kan ik dit niet gewoon aan?"

Die vergelijking met anderen maakt het vaak zwaarder. Hoeveel prikkels iemand aankan, verschilt namelijk sterk per persoon en per moment.

## Waarom de ene dag zwaarder is dan de andere

Je draagkracht is niet elke dag hetzelfde. Slecht slapen, honger, zorgen of een emotioneel gesprek nemen allemaal ruimte in. Denk aan een emmer: als die al bijna vol is, is er maar weinig extra nodig om hem te laten overlopen. Ook prikkels van binnenuit tellen mee, zoals [piekergedachten die je wakker houden](/blog/piekeren-en-slapen/) of spanning die je de hele dag wegdrukt.

Sommige mensen zijn van nature gevoeliger voor prikkels. Bij anderen speelt langdurige stress een rol, waardoor het filter als het ware slijt. Ook na een periode van overbelasting merken veel mensen dat ze minder verdragen dan vroeger.

## Wat je kunt doen op het moment zelf

Merk je dat het te veel wordt, dan helpt het om minder prikkels binnen te laten en je lichaam tot rust te laten komen:

- Zoek even een rustige plek op, al is het maar het toilet of een stukje buiten
- Sluit je ogen of richt je blik op één vast punt
- Adem langzaam uit, langer dan je inademt
- Gebruik oordoppen of een koptelefoon zonder muziek
- Zeg eerlijk dat je even pauze nodig hebt

## Wat je kunt doen op de langere termijn

Voorkomen is vaak makkelijker dan herstellen. Kijk eens terug op je week: waar kostte iets je veel energie en waar kwam je juist tot rust? Plan hersteltijd bewust in, vooral na drukke momenten. Rust is geen beloning voor als alles af is, maar een voorwaarde om het vol te houden.

Het helpt ook om nee te durven zeggen tegen dingen die je te veel kosten. Dat is makkelijker gezegd dan gedaan; in ons artikel over [grenzen aangeven](/blog/grenzen-aangeven/) lees je hoe je daarmee kunt oefenen.

Houdt overprikkeling je langere tijd bezig, of merk je dat je steeds meer situaties gaat vermijden? Dan kan het zinvol zijn om dit met een psycholoog te bespreken. Samen kun je in kaart brengen wat je belast en wat je helpt, en werken aan manieren om beter voor je draagkracht te zorgen.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "emotionele-veiligheid",
        "title": "Emotionele veiligheid: ruimte om jezelf te zijn",
        "summary": "Bij de een praat je vrijuit, bij de ander weeg je elk woord. Lees wat emotionele "
        "veiligheid is, hoe je merkt dat die ontbreekt en hoe je eraan werkt.",
        "author": "anne",
        "categories": ["emoties", "relaties"],
        "published_at": "2025-11-13 09:00",
        "status": "published",
        "body": """Misschien ken je het: bij de ene persoon praat je vrijuit, terwijl je bij een ander voortdurend je woorden weegt. Dat verschil heeft veel te maken met emotionele veiligheid. Daarmee bedoelen we het gevoel dat je mag zijn wie je bent, met je twijfels, je verdriet en je boosheid, zonder bang te hoeven zijn voor spot, straf of afstand. Het is geen luxe, maar een basis: pas als je je veilig voelt, kun je echt ontspannen, leren en verbinding maken.

## Wat emotionele veiligheid precies is

Emotionele veiligheid betekent niet dat er nooit conflicten of ongemakkelijke momenten zijn. Ook in een veilige relatie wordt weleens iets verkeerd begrepen of loopt een gesprek uit de hand. Het verschil zit in wat er daarna gebeurt. Wordt er geluisterd? Is er ruimte om het goed te maken? Mag je zeggen dat iets je raakte?

Je merkt veiligheid vaak eerder in je lichaam dan in je hoofd. Je ademhaling is rustiger, je schouders zakken en je hoeft niet na te denken over hoe je overkomt.

## Signalen dat die veiligheid ontbreekt

Als je je niet veilig voelt, schiet je systeem in een beschermende stand. Dat kan er heel verschillend uitzien:

- Je past je voortdurend aan om de sfeer goed te houden
- Je houdt je mening of je gevoel liever voor je
- Je bent na een gesprek nog lang bezig met wat je wel en niet had moeten zeggen
- Je reageert fel op opmerkingen die een ander als onschuldig bedoelde
- Je trekt je terug zodra iemand dichtbij komt

> "Als ik laat zien dat ik het moeilijk heb, vinden ze me vast zwak."

Zo'n gedachte komt meestal niet uit het niets. Vaak heb je ooit geleerd dat het verstandiger was om je gevoel weg te stoppen, bijvoorbeeld in een gezin waar weinig ruimte was voor emoties, of in een relatie waarin je grenzen niet werden gerespecteerd. Die bescherming was toen logisch. Alleen kan ze later in de weg zitten, ook bij mensen die het goed met je voorhebben.

## Veiligheid in relaties

Veiligheid ontstaat tussen mensen. Je kunt haar niet in je eentje afdwingen, maar je kunt wel bijdragen aan een klimaat waarin ze kan groeien. Denk aan luisteren zonder direct te oordelen, nieuwsgierig blijven naar de ander en eerlijk zijn, ook als dat even ongemakkelijk is. Hoe eerlijkheid en vertrouwen samenhangen, lees je in [het effect van liegen op je relaties](/blog/effect-van-liegen-op-relaties/).

Een veilige relatie betekent niet dat je het altijd met elkaar eens bent. Juist wanneer verschillen er mogen zijn zonder dat de band op het spel staat, voel je dat je er echt mag zijn.

## Kleine stappen naar meer veiligheid

Meer emotionele veiligheid ervaren gaat geleidelijk. Je kunt beginnen met:

- Opmerken wanneer je lichaam spanning aangeeft in contact met anderen
- Bij mensen die je vertrouwt een klein stukje meer van jezelf laten zien
- Oefenen met het benoemen van wat je voelt, ook als het nog onhandig klinkt
- [Grenzen aangeven](/blog/grenzen-aangeven/) op momenten dat iets niet goed voelt

Gun jezelf daarbij tijd. Oude beschermingspatronen verdwijnen niet omdat je dat besluit; ze worden zachter naarmate je vaker ervaart dat het anders kan.

Soms is het fijn om dit niet alleen te hoeven uitzoeken. In therapie kun je in een rustige en voorspelbare setting onderzoeken welke patronen je hebt ontwikkeld en waar ze vandaan komen. De relatie met je behandelaar kan daarbij zelf een plek worden waar je oefent met je laten zien, in je eigen tempo.""",
    },
    # ------------------------------------------------------------------
    {
        "slug": "eerste-intakegesprek",
        "title": "Wat gebeurt er in een eerste intakegesprek?",
        "summary": "Je eerste afspraak bij een psycholoog kan spannend zijn. Lees wat er in een "
        "intakegesprek aan bod komt, hoe je je kunt voorbereiden en wat er daarna gebeurt.",
        "author": "anne",
        "categories": ["therapie"],
        "published_at": "2025-11-20 09:00",
        "status": "draft",
        "body": """Je hebt de stap gezet om hulp te zoeken, en nu staat je eerste afspraak in de agenda. Misschien vind je dat spannend. Wat ga je vertellen? Wat wordt er van je verwacht? En wat als je niet uit je woorden komt? Het is heel normaal om daar vooraf over te twijfelen. In dit artikel lees je wat je ongeveer kunt verwachten van een intakegesprek, zodat je weet waar je aan toe bent.

## Het doel van een intake

Een intakegesprek is een kennismaking. De psycholoog wil een goed beeld krijgen van wat er speelt, hoe lang al, en wat je graag anders zou willen. Tegelijk is het ook een moment voor jou om te ervaren of je je op je gemak voelt bij de behandelaar en de werkwijze. Je hoeft niet alles in één keer te vertellen; soms bestaat de intake uit meer dan één gesprek.

## Wat er aan bod kan komen

Elke praktijk werkt net iets anders, maar vaak gaat het over:

- De klachten of vragen waarmee je komt, en wanneer ze zijn ontstaan
- Hoe het gaat met je werk of studie, je relaties en je dagelijkse ritme
- Je achtergrond en belangrijke gebeurtenissen uit je leven
- Wat je al hebt geprobeerd en wat wel of niet hielp
- Wat je hoopt te bereiken met een behandeling

Daarnaast kan je gevraagd worden om vooraf of na afloop een of meer vragenlijsten in te vullen. Die helpen om je klachten in kaart te brengen en later te zien of er iets verandert.

> "Ik weet niet eens goed wat er met me aan de hand is. Mag ik dan wel komen?"

Ja. Je hoeft niet met een helder verhaal of een duidelijke hulpvraag binnen te komen. Samen uitzoeken wat er speelt, is juist onderdeel van het gesprek.

## Hoe je je kunt voorbereiden

Voorbereiden is niet nodig, maar voor sommige mensen geeft het rust. Je kunt bijvoorbeeld:

- Een paar steekwoorden opschrijven over wat je wilt vertellen
- Je eigen vragen noteren, bijvoorbeeld over de werkwijze of de wachttijd
- Je verwijsbrief en eventuele medicatiegegevens bij de hand houden
- Nadenken over wat er voor jou anders zou moeten zijn om te kunnen zeggen dat het beter gaat

Het is ook oké om te zeggen dat je iets (nog) niet wilt bespreken. Jij bepaalt in welk tempo je dingen deelt.

## Na de intake

Aan het einde van de intake, of in een volgend gesprek, vertelt de psycholoog wat hij of zij heeft gehoord en hoe hij of zij je klachten begrijpt. Samen kijk je welke behandeling passend is en welke doelen daarbij horen. Soms blijkt dat een andere vorm van hulp of een andere plek beter aansluit; ook dat wordt dan met je besproken.

Een goede samenwerking met je behandelaar is een belangrijke basis voor een behandeling. Hoe die relatie zich kan ontwikkelen, lees je in ons artikel over [positieve overdracht](/blog/positieve-overdracht-in-therapie/).

Een intake is het begin van die samenwerking. Je hoeft het niet alleen uit te zoeken: in therapie werk je samen met je behandelaar aan meer inzicht in wat je bezighoudt, in een tempo dat bij jou past.""",
    },
]
