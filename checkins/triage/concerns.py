"""Other findings: clear worsening, pregnancy, and questions for the prescriber."""

from __future__ import annotations

import re

from .findings import DENIED, Hit
from .lexicon import MED_REF, PATIENT_TIE, RELATIONS
from .negation import is_negated, subject_is_other
from .normalize import Text
from .scanner import Scanner

_WORSENING = (
    r"(?:much|way|a lot|so much|far|even|getting|got|gotten|keeps getting|becoming"
    r"|significantly|really|considerably|progressively|only getting|lots|a ton|waaay|wayy"
    r"|going) worse"
    r"|worse (?:and worse|than ever|than before|every day|each day|by the day|than last"
    r"|since|than (?:ive|i ve|i have|it s|its|it has) ever"
    # ... the spell named: "worse than ive been in years", "worse than its been in months"
    r"|than (?:ive|i ve|i have|it s|its|it has|things have)(?: ever)? (?:been|felt|had it|gotten) in (?:years|months|ages|a long time|forever|a while|a long while|a year|\w+ years))"
    r"|(?:feel|feeling|feels|felt|im|i am|been|doing|is|its|are|has been|have been|things are"
    r"|it s) (?:even |so |much |way |a lot |really )?worse(?! (?:in the|at night|when|after"
    r"|before|if|during|on|with|first thing))"
    r"|worst (?:its|it s|it has|ive|i ve|i have|ever|in (?:years|months|a long time|ages)|yet)"
    r"|the worst (?:its|ive|i ve|it s|it has) (?:been|felt|ever)"
    # told of the patient by a carer: "shes the worst shes ever been", "hes the worst hes been in years"
    r"|(?:the )?worst (?:shes|she s|she has|hes|he s|he has|theyve|they ve|they have) (?:ever )?(?:been|felt|seemed|looked)\b"
    # "the worst my depression has been in years", "lo peor que ha estado mi ansiedad"
    r"|(?:the )?worst (?:my|the|this) (?:\w+ ){0,2}?(?:has|have|s|is|was) (?:ever )?(?:been|felt|gotten|got)\b"
    r"|worst (?!part|thing|bit|memory|memories)(?:\w+ ){0,2}(?:of my (?:life|adult life)(?! (?:was|were|is over))|ive (?:ever )?(?:had|felt|been)|i ve (?:ever )?"
    r"(?:had|felt|been)|i have (?:ever )?(?:had|felt|been)|in (?:years|months|a long time|ages|forever))"
    r"|(?:el |la )?peor (?:\w+ ){0,2}de mi vida"
    # worse by the day, and the worst yet: "cada día peor, esta semana ha sido la peor de todas"
    r"|cada (?:dia|vez|semana|mes) (?:mas |me siento |estoy |ando )?peor|(?:ha sido|fue|es|esta siendo) (?:la|el) peor (?:\w+ )?(?:de todas|de todos|que (?:he|e) (?:tenido|pasado|vivido))"
    r"|(?:ansiedad|depresion|animo|panico|insomnio|tristeza|mareos?|nauseas?|dolor(?:es)?|sintomas?|temblor(?:es)?) (?:esta|anda|va|sigue|se puso|se ha puesto) (?:mucho |cada vez |bastante |aun |todavia |un poco )?peor\b"
    r"|going downhill|(?:spiral(?:l)?ing|spiralled|spiraled)(?: down)?"
    # the hardest spell in years: "the roughest stretch ive had in years", "lowest ive felt in a long time"
    r"|(?:roughest|hardest|toughest|darkest|lowest|rockiest|bleakest)(?: (?:stretch|time|patch|period|spell|few (?:weeks|months)|weeks?|months?|place|point))?"
    r" (?:ive|i ve|i have|its|it s|it has|things have)(?: ever)? (?:had|been|felt|gotten|gone through|been through)"
    r" (?:in (?:years|months|ages|a long time|forever|a while|over a year|\w+ years)|ever|since (?:i started|starting|the (?:last|start)))"
    r"|(?:getting|going|gotten) (?:really |so |a lot )?bad again"
    # ("estuve mucho peor en diciembre" is over)
    r"|(?<!estuve )(?<!estaba )(?<!anduve )(?<!andaba )(?:mucho|muchisimo|cada vez|bastante|mil veces|harto) peor|peor que nunca|empeor\w*|(?:me siento|estoy|voy|ando)"
    r" (?:mucho |muchisimo |bastante |re |super |bien |mil veces |todavia |aun )?peor"
)

_PREGNANCY = (
    r"pregnan\w*|preggo|expecting (?:a baby|a child|twins|again)|with child"
    # the idiom: "guess who's got a bun in the oven"
    r"|(?:a |got a |have a |has a |with a )?bun in (?:the|my|her) oven"
    r"|(?:were|we are|we re|im|i am|i m|she is|shes|she s|she was|they are|theyre|they re) expecting(?=\s*(?:[.!?,;]|$)| (?:again|our (?:first|second|third|\w+"
    r" (?:baby|child))|twins|a (?:boy|girl|baby|little)|at (?:my age|[2-5]\d)(?=\s*(?:[.!?,;]|$))|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)\w*|this (?:spring|summer|fall|winter)))"
    r"|(?:trying|try|plan(?:ning)?|want(?:ing)?|hoping|hope) (?:for a baby|to (?:get pregnant"
    r"|conceive|have a baby|have kids|start a family|have another))"
    r"|(?:trying|tryin) for (?:a )?(?:baby|kid|another|number \w+)|ttc|conceiv\w*"
    # fertility treatment is trying to conceive: "started IVF stims", "starting clomid next cycle", "tratamiento de fertilidad"
    r"|ivf|iui|in vitro|clomid|clomiphene|embryo transfers?|egg retrievals?|(?:fertility|reproductive) (?:treatments?|clinic|doctor|specialist"
    r"|meds|medications?|drugs|shots|injections|nurse|endocrinologist)|(?:tratamientos?|clinica|doctora?|especialista|medicamentos|inyecciones)"
    r" de (?:fertilidad|reproduccion asistida)|reproduccion asistida|fecundacion|inseminacion\w*|transferencia de embriones?"
    # a complication only a pregnancy has: "my OB wants me on baby aspirin for preeclampsia risk"
    r"|pre ?eclamp\w*|gestational diabetes|diabetes gestacional"
    # a period late by days counted: "im 6 days late and freaking out" ("im 2 days late on rent" is not it)
    r"|(?:im|i m|i am) (?:like |about |almost |nearly |over |more than |now )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]\d?|a few|a couple(?: of)?)"
    r" (?:days?|wks?|weeks?) late\b(?! (?:for|to|on|with|in|at|paying|replying|answering|again|getting|starting|taking|refilling|picking|filing|returning|submitting)\b)"
    r"|(?:missed|late) (?:my )?period|period (?:is )?(?:late|hasnt come)|positive (?:pregnancy )?test"
    # a late period counted: "my period is 2 wks late", "period's a week late", "still no period"
    r"|periods? (?:is |s |was |has been )?(?:like |about |almost |over |more than )?(?:a|one|two|three|\d+|a few|a couple of|several)"
    r" (?:days?|wks?|weeks?|months?) (?:late|overdue)"
    r"|(?:period|periods) (?:never came|didnt come|hasnt come|hasn t come|has not come|still hasnt|is overdue)"
    r"|(?:havent|haven t|have not|didnt|didn t) (?:gotten|had|got) (?:my|a) period (?:this month|in|since|yet)"
    r"|(?:pregnancy|preg|pee|hpt) tests? (?:was|is|came back|came out|turned out|turned|says|said|showed|shows|s) (?:\w+ )?positive"
    # the home test in lay words: "peed on a stick this morning and its positive", "two pink lines", "salieron dos rayitas"
    r"|(?:peed|pee|peeing) on (?:a|the) stick\b[^.!?]{0,40}?\b(?:positive|two lines|2 lines|two pink lines|plus sign|pregnant)"
    r"|(?:two|2|double) (?:pink |faint )?lines on (?:the|a|my) (?:test|stick)|(?:got|saw|see) (?:two|2) (?:pink )?lines\b"
    # the test first, the lines after: "took a test this morning, 2 pink lines", "me hice la prueba, dos rayitas"
    r"|(?:took|did|take|me hice|hice) (?:a |the |an? home |another |la |una |otra )?(?:pregnancy |preg |home )?(?:test|prueba)"
    r"\b[^.!?]{0,40}?\b(?:two|2|double|dos) (?:pink |faint |little |blue )?(?:lines|rayitas|rayas|lineas|lineitas)\b"
    r"|(?:salieron|salio|me salieron|me dio|dio|marco|marca) (?:las )?(?:dos|2) (?:rayitas|rayas|lineas|lineitas)"
    r"|(?:(?<=se me )|(?<=no me ))(?:retraso|atraso|esta retrasando|esta atrasando|ha bajado|baja|bajo|llega|ha llegado|llego) (?:la regla"
    r"|el periodo|la menstruacion|mi regla|mi periodo)"
    r"|(?:regla|periodo|menstruacion) (?:no me (?:ha bajado|baja|llega|ha llegado)|(?:viene|esta|va) (?:retrasad[oa]|atrasad[oa]))"
    r"|(?:(?<=tengo )|(?<=traigo )|(?<=llevo )|(?<=tengo un )|(?<=semana de )|(?<=semanas de )|(?<=dias de ))(?:retraso|atraso)"
    r" (?:en|de|con) (?:la regla|el periodo|mi regla|mi periodo|la menstruacion)"
    # "me hice la prueba y salió positiva", "took a test and it came back positive"
    r"|(?:me hice|hice|me hize|took|did|i took) (?:la |una |a |the |an? home )?(?:prueba|test)(?: (?:de )?(?:casa|farmacia))?"
    r"(?:\s+(?:y|and|it|then|luego|me|ya|pues|and it|y me))*\s+(?:salio|sali|dio|resulto|came back|came out|was|is|its|it s|turned out)"
    r" (?:\w+ )?positiv[oae]"
    # a positive test told in any order: "salió positiva la prueba", "two lines on the test"
    r"|(?:salio|salieron|dio|resulto|me salio|me dio) positiv[oa]s? (?:la |el |mi )?(?:prueba|test|examen)"
    r"(?! (?:de|del|para) (?:covid|coronavirus|influenza|gripe|dengue|strep|drogas?|antidoping|vih|hiv|tb|tuberculosis))\b"
    r"|(?:two|2|double|dos) (?:pink |blue |faint |little )?(?:lines|rayas|rayitas|lineas|rayitas) (?:on|in|en) (?:the|a|my|la|mi|el) (?:\w+ )?"
    r"(?:test|prueba|stick)"
    r"|(?:esperando|esperamos|vamos a tener|voy a tener) (?:(?:un|una|nuestro|nuestra|otro|otra|mi primer|mi segundo|nuestro primer"
    r"|el primer) )?(?:bebe|bebito|bebita)\b(?! (?:de|del) (?:mi|tu|su) (?:hij[oa]|hermana|prima|amiga|vecina|nuera))"
    r"|(?:esperando|esperamos|vamos a tener|voy a tener) (?:un|una|nuestro|nuestra|otro|otra|mi primer|mi segundo|nuestro primer)"
    r" (?:hij[oa]|nene|nena)\b"
    # weeks along, counted bare: "im 34 weeks and my feet are swollen", "tengo 31 semanas" ("im 3 weeks into the new
    # dose", "llevo 12 semanas con la pastilla" are a treatment's weeks)
    r"|(?:im|i m|i am|shes|she s|she is|estoy de|tengo|ya tengo|voy en|ya voy en|ando en) (?:about |almost |nearly |like |now |ya |casi )?(?:1\d|2\d|3\d|4[0-2])"
    r" (?:weeks|wks|semanas)(?: along)?(?=\s*(?:[.!?,;]|$)| (?:and|but|so|now|today|already|y|ya|pero|hoy)\b)"
    r"|breast ?feed\w*|nursing (?:my )?(?:baby|son|daughter|newborn)"
    r"|embaraz\w*|(?:buscando|intentando|queremos|quiero|quisieramos) (?:tener )?(?:un )?bebe"
    # the old euphemism: "estoy en estado, tengo 2 meses" ("en estado de shock" is not it)
    r"|(?:estoy|quede|quedo|ando|estaba) en estado(?: de buena esperanza| interesante|(?=\s*(?:[.!?,;]|$))| (?:de|desde) (?:hace )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho) (?:semanas|meses|mes)\b)"
    # "encargar un bebé" (River Plate Spanish): to conceive one
    r"|(?:buscando|intentando|queremos|quiero|quisieramos|vamos a|pensando en|tratando de) (?:tener|encargar|hacer|buscar)"
    r" (?:un |otro |el |nuestro )?(?:bebe|bebito|bebita|hij[oa]|nene|nena)\b"
    r"|(?:intentando|tratando de) (?:quedar|embarazarme)|lactan\w*|amamant\w*"
    # a late period and a bare positive test, in either order: "im late and the test came back positive"
    # ("late for work", and a covid or strep test, are not it)
    r"|(?:im|i m|i am|i was|estoy) (?:like |about |a few days |a couple days |\w+ days? |a week |\w+ weeks? )?late\b"
    r"(?! (?:for|to|on|with|again|getting|paying|replying|answering)\b)[^.!?]{0,50}?\b(?<!covid )(?<!strep )(?<!flu )(?<!drug )(?<!tb )(?<!antigen )(?:test|tests|prueba)\b"
    r"(?: \w+){0,3}? positiv[oae]\b"
    r"|(?<!covid )(?<!strep )(?<!flu )(?<!drug )(?<!tb )(?:test|prueba) (?:came back|came out|was|is|turned out|says|said|salio|dio|resulto)"
    r" (?:\w+ )?positiv[oae]\b(?=[^.!?]{0,50}?\b(?:im|i m|i am) (?:\w+ ){0,3}?late\b(?! (?:for|to|on|with)\b))"
    # ... the lateness counted without the "im": "two weeks late and the test was positive"
    r"|(?:a|one|two|three|four|five|six|[1-9]\d?|a few|a couple(?: of)?) (?:days?|wks?|weeks?) late\b(?! (?:for|to|on|with|paying|replying)\b)"
    r"[^.!?]{0,50}?\b(?<!covid )(?<!strep )(?<!flu )(?<!drug )(?<!tb )(?<!antigen )(?:test|tests|prueba)\b(?: \w+){0,3}? positiv[oae]\b"
    r"|(?:tengo|llevo|traigo|ando con) (?:un |una semana de |\w+ dias de |unos dias de )?(?:retraso|atraso)\b[^.!?]{0,50}?\b(?:prueba|test)\b"
    r"(?: \w+){0,3}? positiv[oa]\b"
)
# "not pregnant yet but we started trying this month": trying, said beside a pregnancy word, is
# trying to conceive (the pregnancy word may itself be negated).
_TRYING = re.compile(
    r"\b(?:we|were|we re|we are|weve|we ve|we have|i|im|i m|ive|i ve|i have|i am|hemos|estamos|ya)\b (?:just |finally |officially "
    r"|already |actually |been )?(?:started |start |began |begun |been |are |am |have been |still |now )?(?:trying|intentando|buscando)"
    r"(?=\s*(?:[.!?,;]|$)| (?:again|now|this (?:month|year|week|spring|summer|fall|winter)|since|last|for (?:a while|\d|months?|over"
    r"|about|almost|like|a year|a few|several)|a while|(?:de|otra) (?:nuevo|vez)|desde|hace|este (?:mes|ano)|ya)\b)"
)
_BABY_CONTEXT = re.compile(r"\b(?:pregnan\w*|embaraz\w*|baby|bebe|conceiv\w*|ovulat\w*|period|regla|fertility|fertilidad|ttc)\b")
_TIE = re.compile(PATIENT_TIE)
_PROXY_WRITER = re.compile(
    r"\b(?:this is|its|it s|im|i am|soy|le escribe|te escribe|habla) (?:her|his|their|the patient s|su|la|el) (?:\w+ )?"
    + RELATIONS + r"\b"
    # the writer named, then tied to the patient by name: "hey its marcus, leahs partner", "soy Ana, la esposa de Luis"
    r"|\b(?:this is|its|it s|im|i am|i m|soy|habla|le escribe) [a-z]+,? (?:[a-z]+ ?s (?:" + RELATIONS + r")\b|(?:la|el|su) (?:" + RELATIONS + r") de [a-z]+\b)"
)
_NOT_PREGNANT_AFTER = re.compile(r"\s*(?:test )?(?:was|is|came back|came out|salio) (?:negative|negativa|negativo)")
# Someone else's pregnancy matters only when it is the patient's partner's.
_PARTNER = re.compile(
    r"\b(?:wife|husband|girlfriend|boyfriend|gf|bf|partner|fiancee?|spouse|esposa|esposo|marido"
    r"|mujer|novia|novio|pareja|we|were|us|nosotros|me and|and i)\b"
)

_OTHERS_POSSESSIVE = re.compile(r"\b(?:\w+s|his|her|their|su|sus)\s+$")

_QUESTION_START = re.compile(
    r"\W*(?:(?:is|are|does|which|why|where|am|puedo|debo|cuando(?! (?:vi|vio|vimos|llego|llegue|me (?:dijeron|dijo|llego|enteré|entere)|escuche|oi|supe|abri|lei"
    r"|fui|estaba|era|tenia|me (?:tome|levante|desperte))\b)|como|cuanto)\b"
    # "es domingo y ...": the day told, not asked
    r"|es\b(?! (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|fin de semana)\b)(?! [a-z]+,? (?:la|el|su) (?:\w+ )?(?:" + RELATIONS + r"|esposa|esposo|hija|hijo|hermana|hermano|mama|papa|cuidador[a]?|nuera|yerno|sobrin[oa]|niet[oa]) de\b)"
    # "did" and "do" ask only of someone or something: "did u get my msg", "do the pills expire";
    # "did leg day", "do my best" tell
    # ("did the whole 30 days" tells a streak)
    r"|(?:do|did)\b(?! my (?:best|part|homework|job|thing|laundry|chores|exercises|workout|shift)\b)(?! the (?:whole|full|entire|complete)\b)"
    r"(?= (?:i|you|u|ya|we|they|he|she|it|the|this|that|these|those|my|your|ur|anyone|anybody|someone|somebody"
    r"|dr|doc|doctor|yall|y all|people|any|other|most|alcohol|" + MED_REF + r")\b)"
    # a modal with no subject is a statement: "could murder a pizza", "will do", "should be fine", "would love a nap"
    r"|(?:can|could|should|would|will|may)\b(?! (?:be|do|love|use|murder|kill|eat|go|really|totally|definitely|def|honestly"
    r"|seriously|literally|not|never|always|so|barely|hardly|sleep|cry|scream|try|say|tell|feel|get|work|sure|probably|prob"
    r"|easily|still|hopefully|maybe|also|just|only|even|actually)\b)"
    # a wish, a blessing or an exclamation opens with the same words: "que Dios me dé licencia ...",
    # "when the Lord calls me home ...", "what a relief", "how kind of you"
    r"|what\b(?! an?\b)|how\b(?! (?:nice|kind|lovely|wonderful|sweet|thoughtful|great|funny|cool)\b)"
    r"|que\b(?! (?:onda|tal|pedo|hubo|hubole|dios|diosito|el senor|la virgen|le vaya|te vaya|les vaya|tenga|tengan|pase|pasen|bueno|bien|padre|rico|lindo|chilero|chevere|chido|bacan|alivio|suave|tuanis|nota"
    r"|bonito|gusto|alegria|pena|bendicion|descanse|en paz"
    # a wish in the subjunctive: "que se acabe ya este invierno", "que llegue el viernes"
    r"|se acabe|se termine|se pase|se vaya|llegue|venga|vuelva|siga|sea|haya|salga|mejore|ya se acabe|ya llegue|ya sea|ya pase)\b)"
    r"|when\b(?! (?:the lord|god|jesus|my time|its my time|the good lord)\b))"
    r"(?! (?:a|the) (?:day|week)\b)(?! (?:un |una |como un |like a |a )?\d)"
)
_QUESTION = (
    r"(?:can|could|should|may|do|am) (?:i|u|you|we)\b (?:take|switch|stop|change|up|lower"
    r"|increase|decrease|get|have|send|call|split|drink|skip|double|go|try|use|make|move|talk"
    r"|see|schedule|refill|still"
    # a request for guidance: "could you tell me who to ask", "can u let me know"
    r"|tell me (?:who|what|where|when|how|if|whether)|let me know)"
    r"|\b(?:is it|would it|will it|is that|is this) (?:ok|okay|safe|normal|bad|fine|possible"
    r"|alright|dangerous)"
    # the pharmacy as the place of a story is no request: "threw a fit at the pharmacy earlier lol"
    # ... and one followed is none: "took 2 like the new script says"
    # ... nor one the writer keeps track of: "a tally so i know when to call in the refill"
    r"|\b(?<!like the )(?<!like the new )(?<!like my )(?<!as the )(?<!per the )(?<!per the new )(?<!per my )"
    r"(?<!when to call in the )(?<!when to call in my )(?<!when to order the )(?<!when to order my )(?<!when to get the )(?<!when to get my )"
    r"(?<!when to pick up the )(?<!when to pick up my )(?<!when to ask for the )(?<!when to ask for my )"
    # ... nor a pharmacy already got to put things right: "finally got the pharmacy to fix my wellbutrin"
    r"(?:refill|refills|prescription|script|rx|(?<!at the )(?<!at my )(?<!at a )(?<!from the )(?<!from my )(?<!from a )(?<!got the )(?<!got my )pharmacy(?! bills?\b| (?:actually |finally |already )?had (?:my|the) \w+ ready\b| (?:pickup|pick up|run|trip|line|parking lot)\b)"
    # the pharmacy in a story, no request: "the pharmacy gave me the 10s", "pharmacy was slow again"
    r"(?! (?:gave|handed|filled|dispensed|switched|sent) (?:me|it|them|my)\b| (?:is |was )?(?:slow|late|delayed|backed up) again\b)|reschedule"
    # an appointment only looked forward to is no request: "see you at the appointment"
    r"|(?<!see you at the )(?<!see you at my )(?<!ready for the )(?<!ready for my )(?<!before my )(?<!before the )(?<!since the )(?<!since my )(?<!since our )(?<!since last )"
    r"(?<!discussed at the )(?<!discussed at my )(?<!said at the )(?<!said at my )(?<!agreed at the )(?:appointment|appt)"
    r"|call me|call back|callback|talk to (?:dr|the doctor|someone|you)|dosage"
    # "quick q - my son is on risperidone and ..."
    r"|(?:quick|small|little|random|dumb) (?:q|qq|qs)\b"
    # the new dose taken or being taken is news: "took the new dose last night", "on the new dose every day"
    r"|(?<!took the )(?<!taking the )(?<!on the )(?<!started the )(?<!start the )(?<!took my )(?<!taking my )(?<!on my )(?<!started my )"
    r"new dose(?! (?:is|s|has been|seems(?: to be)?) (?:really |totally |definitely )?(?:helping|working|good|great|fine|better"
    # ... and one told as working or begun is news: "the new dose is doing its thing", "new dose started monday"
    r"|doing (?:its|it s|the) (?:thing|job|magic|trick)|kicking in)| (?:started|began|kicked in)\b)"
    r"|(?<!since the )(?<!since my )(?<!after the )(?<!after my )dose (?:change|increase|decrease|adjust\w*)|(?:increase|lower|raise|reduce|change|adjust"
    r"|switch|up) (?:my|the) (?:dose|dosage|med|meds|medication)"
    # the prescription followed is no request: "juntas como dice la receta"
    r"|(?<!como dice la )(?<!como dijo la )(?<!segun la )(?<!como indica la )(?<!como manda la )(?<!asi dice la )(?<!asi lo dice la )"
    r"(?<!asi dijo la )(?<!lo que dice la )(?<!asi indica la )(?<!asi manda la )(?<!tal cual la )(?<!tal como la )(?<!tal cual dice la )(?<!sin )(?<!compre la )(?<!compre mi )(?<!surti la )(?<!surti mi )receta|(?<!at the )(?<!at my )(?<!at a )(?<!en la )(?<!de la )"
    # the pharmacy visited or late, no request: "ya fui por más a la farmacia", "la farmacia otra vez con retraso"
    r"(?<!fui a la )(?<!mas a la )(?<!voy a la )(?<!pase a la )(?<!fuimos a la )(?<!flojera de ir a la )(?<!pereza de ir a la )farmacia"
    r"(?! (?:otra vez |de nuevo |siempre |ya )?(?:con retraso|se (?:tardo|tarda|atraso)|atrasad[oa]|me (?:dio|dieron|entrego|entregaron))\b)"
    r"|(?<!nos vemos en la )(?<!lista para la )(?<!listo para la )(?<!antes de la )(?<!hasta la )"
    # an appointment confirmed is an acknowledgement: "confirmo mi cita del lunes"
    r"(?<!confirmo )(?<!confirmo mi )(?<!confirmo la )(?<!confirmada la )(?<!confirmando la )(?<!confirmando mi )cita(?! (?:de|del|con el|con la|en el|en la) (?:migracion|inmigracion|consulado|embajada|asilo|uscis|banco|abogad[oa]|visa|pasaporte|dentista|notaria|registro))|llam(?:en"
    r"|ar)me|(?<!esa )(?<!la )pregunta|me pueden|pueden (?:mandar|enviar|llamar)|es normal(?<!pero eso es normal)(?<!pero esto es normal)(?<!y eso es normal)|es seguro|que hago"
    r"|what do i do|what should i do|need (?:a|more|my) (?:refill|meds|prescription)"
    # a hope or a check that asks all the same: "hope that's ok", "just checking thats ok", "necesito resurtido"
    r"|(?:hope|hoping|just checking|checking) (?:if |that |whether )?(?:thats|that s|that is|its|it s|it is|this is|thats all) (?:ok|okay|fine"
    r"|alright|right|safe)|necesito (?:mi |el |un |otro )?resurtido"
    # a refill said to be due: "ya me toca resurtir la venlafaxina", "its time for my refill", "due for a refill"
    r"|(?:ya )?(?:me|le) toca (?:resurtir|surtir|el resurtido|la receta|pedir (?:la receta|mas))|(?:time|due) for (?:a |my |the |another )?(?:refill|new script|new prescription)"
    # "all gone, need more pls", "necesito más pastillas"
    r"|(?:need|needs|needing|gonna need|will need) (?:some )?more(?: (?:pills|meds|tablets|of (?:them|it|these|those)))?(?= (?:pls|please|plz|asap|soon)\b|\s*(?:[.!?]|$))"
    r"|(?:need|needs|gonna need|will need) (?:some )?more (?:pills|meds|tablets)"
    r"|necesito (?:mas|otra caja de|otro frasco de) (?:pastillas|medicina|medicamento|pildoras|tabletas)"
    # a fill that came up short is for someone to sort out: "la farmacia me dio 20 pastillas de menos", "pharmacy shorted me 10 pills"
    r"|(?:me dio|me dieron|me entrego|me entregaron|me surtio|me surtieron) (?:\d+|una|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|varias|unas) (?:pastillas|tabletas|pildoras|capsulas|dosis)?"
    r" ?(?:de menos|menos de lo|menos de las)\b|(?:faltaban|faltan|me faltaron|me faltan) (?:\d+|unas|varias|dos|tres|cuatro|cinco|diez|veinte) (?:pastillas|tabletas|pildoras|capsulas)\b"
    # (a class of digits, not \d, so the scanner can file it under its first characters)
    # the worth of going on with the pill doubted, for the prescriber to take up: "why even bother w this med", "pa que me la sigo
    # tomando", "ya ni pa que le sigo con la venlafaxina"
    r"|why (?:even |do i even |do i |should i |would i |am i (?:even )?)?(?:bother|keep taking|still take|take)(?: (?:w|with|taking))? (?:(?:this|the|these|those|my) (?:\w+ )?(?:" + MED_REF + r")|it|them)\b"
    r"|(?:pa|para) (?:que|q) (?:me )?(?:la |lo |las |los |le )?(?:sigo|seguir|sigue) (?:tomando|con|tomandola|tomandolas)\b"
    r"|(?:shorted|short changed|shortchanged) me\b|(?:[0-9]+|a few|some|several|ten|twenty) (?:pills|tablets|capsules|doses) short\b"
    r"|(?:gave|filled|sent) (?:me )?(?:\d+|ten|twenty|a few|fewer) (?:fewer|less|too few) (?:pills|tablets|capsules)\b"
    # "your question" is the clinic's: "just answering ur question lol"
    # doubts about the treatment itself are for the prescriber to hear: "whats even the point of this pill",
    # "no le veo sentido a seguir con el escitalopram" ("... a seguir viviendo" is not about the pill)
    r"|(?:whats|what s|what is) (?:even |really )?the point (?:of|in) (?:taking )?(?:this|these|the|my) (?:pills?|meds?|medications?|medicine|" + MED_REF + r")"
    r"|(?:dont|don t|do not|cant|can t|cannot) see (?:the|any) point (?:of|in) (?:taking |continuing |staying on )?(?:this|these|the|my) (?:pills?|meds?"
    r"|medications?|medicine|treatment|" + MED_REF + r")"
    r"|(?:whats|what s|what is) (?:even |really )?the point (?:of|in) (?:taking|continuing|staying on) (?:this|these|them|it)\b[^.!?]{0,25}?\b(?:if|when)"
    r" (?:it|they) (?:doesnt|dont|does not|do not|isnt|arent|is not|are not) (?:do|doing|help|helping|work|working)"
    r"|(?:para|pa) (?:que|q) (?:sigo|seguir|continuar|continuo) (?:con|tomando) (?:el |la |los |las |esto del? |esta |este |estas |estos |mis |mi )?"
    r"(?:pastillas?|medicinas?|medicamentos?|tratamiento|terapia|remedios?|" + MED_REF + r")"
    r"|no (?:le )?veo (?:el )?sentido (?:a|de|en) (?:seguir (?:con|tomando) |tomar |tomarme )(?:tanta |tantas |la |el |las |los |esta |este |mi |mis )?"
    r"(?:pastillas?|medicinas?|medicamentos?|tratamiento|" + MED_REF + r")"
    # ... and asked as "what for": "pa que me tomo esta madre si no me hace nada", "why even take it if it does nothing"
    r"|(?:pa|para|pa q|para q|pa que|para que|why (?:do i|am i|should i)(?: even)?) (?:me )?(?:tomo|sigo tomando|take|taking|keep taking)"
    r"\b[^.!?]{0,25}?\b(?:si no|if it|if they) (?:me )?(?:hace|hacen|sirve|sirven|does|do|doesnt|dont|isnt|arent) (?:nada|nothing|anything|work\w*"
    r"|helping|de nada)"
    # ... in other words: "no le veo caso a esta pastilla", "que caso tiene esta pastilla", "perdí la fe en que me ayude",
    # "what good is it even doing", "why am i even bothering with these", "doesnt feel like its doing a thing"
    r"|no (?:le )?veo (?:el )?caso (?:a|de) (?:seguir (?:con|tomando) |tomar(?:me)? )?(?:la|el|las|los|esta|este|estas|estos|mi|mis) "
    r"(?:pastillas?|medicinas?|medicamentos?|tratamiento|" + MED_REF + r")\b"
    r"|(?:que|q) caso tiene (?:seguir (?:con|tomando) |tomar(?:me)? )?(?:la|el|las|los|esta|este|estas|estos|mi|mis) "
    r"(?:pastillas?|medicinas?|medicamentos?|tratamiento|" + MED_REF + r")\b"
    r"|(?:perdi|he perdido|e perdido|estoy perdiendo) (?:la )?(?:fe|esperanza) en (?:que|q) (?:me |la |el )?(?:ayude|sirva|funcione|haga algo)\b"
    r"|(?:perdi|he perdido|e perdido|estoy perdiendo) (?:la )?(?:fe|esperanza) en (?:la|el|las|los|esta|este|estas|estos|mi|mis) "
    r"(?:pastillas?|medicinas?|medicamentos?|tratamiento|" + MED_REF + r")\b"
    r"|what good (?:is|are|s) (?:it|they|this|these|the (?:pills?|meds?|medication|medicine|" + MED_REF + r")) (?:even |really |actually )?doing\b"
    r"|why (?:am i|are we|is she|is he) (?:even |still )?bothering (?:with|taking) (?:this|these|those|them|it|the|my)\b"
    r"|(?:doesnt|don t|dont|doesn t|does not|do not) (?:feel|seem) like (?:its|it s|it is|they re|theyre|they are) doing (?:a thing|anything|much|squat|jack)\b"
    r"|(?:does|would|will|could) (?:that|it|this) (?:matter|be a problem|make a difference) (?:for|with|on|if)"
    r"|wondering (?:if|whether|about)|(?<!your )(?<!ur )(?<!yur )"
    # a question already put to the writer is answered, not asked: "to answer the nurse's question", "that question on the form"
    # ... or a questionnaire's item: "that survey question freaked my husband out"
    r"(?<!answer the )(?<!answering the )(?<!nurse s )(?<!nurses )(?<!doctor s )(?<!doctors )(?<!that )(?<!the form s )"
    r"(?<!survey )(?<!questionnaire )(?<!quiz )(?<!form )(?<!screening )(?<!trivia )(?<!interview )(?<!exam )(?<!test )question"
    # asked indirectly: "dying to know if i can switch to the generic", "curious whether i could split it"
    r"|(?:dying|want|wanna|would like|id like|i d like|need|curious|trying) to (?:know|find out) (?:if|whether"
    r"|(?:how|when|what|why) (?:i|we) (?:can|could|should|am supposed to|need to|have to))"
    r"|curious (?:if|whether|about)|(?:if|whether) (?:i|we) (?:can|could|should|may|need to|have to|am supposed to|still)"
    r" (?:take|switch|stop|change|up|lower|increase|decrease|get|split|skip|double|go|try|use|move|drink|mix)"
    r"|(?:wanted|want|wanna|meant|needed|need|just wanted) to ask|(?:queria|quiero|quisiera|nomas queria|solo queria|quiere|queremos|quieren|queria saber)"
    r" (?:preguntar|saber)"
    # "me muero por saber cuándo me bajan la dosis": asked, with the idiom
    r"|(?:me muero (?:de ganas )?(?:por|x)|muero (?:por|x)|me muero de ganas de|tengo ganas de|me encantaria|necesito|me gustaria) saber"
    r" (?:si|cuando|cuanto|como|que|a que hora|por que|para cuando)\b|(?<!no )(?:puedo|podria|debo|deberia) (?:tomar\w*|cambiar\w*|partir\w*|subir\w*|bajar\w*"
    r"|dejar\w*|mezclar\w*|aumentar\w*|reducir\w*))"
    # the clinic's hours asked, and a talk about the treatment requested: "what time does the lab open",
    # "quiero hablar de cambiarlas"
    r"|(?:what time|when) (?:does|do|is|will) (?:the |your )?(?:lab|pharmacy|clinic|office|front desk)(?: \w+)? (?:open|close)"
    # how long to wait after a dose, asked without its mark: "how long after my dose can i drive"
    r"|how (?:long|soon) (?:after|before) (?:my |the |a |taking (?:my |the |it)?)?(?:dose|pill|meds?|it|them|" + MED_REF + r")\b[^.!?]{0,20}?\b(?:can|should|do|may) i\b"
    # the pills said to be useless, then "what's the point of them"
    r"|(?:pills?|meds?|medications?|medicine|" + MED_REF + r")\b[^.!?]{0,60}?\b(?:whats|what s|what is) (?:even |really )?the point (?:of|in) (?:taking )?(?:them|it)\b"
    r"|(?:quiero|quisiera|me gustaria|necesito) (?:hablar|platicar|ver) (?:de|sobre|lo de) (?:cambiar(?:la|las|lo|los|le)?|suspender(?:la|las|lo|los)?"
    r"|bajar(?:la|las|le)?|subir(?:la|las|le)?|la dosis)"
    r"|i (?:want|would like|d like|need) to (?:talk|discuss)(?: about)? (?:changing|switching|lowering|raising|the dose)"
    # something the clinic must do, asked as a need: "necesito q manden otra autorizacion", "i need you to fax the form"
    r"|(?:necesito|necesitamos|ocupo|ocupamos|necesita) (?:que|q) (?:me |le |nos )?(?:manden|envien|mande|envie|hagan|haga|llamen|llame|renueven|autoricen"
    r"|firmen|firme|llenen|llene|pasen|cambien|actualicen)\b"
    r"|(?:i|we) need (?:you|u|y all|yall|the (?:doctor|dr|office|clinic)) to (?:send|fax|call|sign|fill|renew|authorize|approve|update|change|resend|submit|redo)\b"
    # the pills given up on, the point asked at the end: "these meds will never work. whats even the point of taking them"
    r"|(?:whats|what s|what is) (?:even |really )?the point (?:of|in) (?:taking|continuing|staying on) (?:them|it|these|those)(?=\s*(?:[.!?]|$))"
)
# Thanks for something already done is no request: "thanks so much for calling in the refill!",
# "muchas gracias x mandar la receta", "gracias por llamarme ayer".
THANKED_FOR = (
    r"(?:thanks|thank you|thank u|thx|ty|tysm|gracias|muchas gracias|mil gracias)(?: (?:so|very) much| a lot| a ton| again| tanto| de nuevo)?"
    # (the one thanked named on the way: "thank you dr for calling my pharmacy", "gracias doctora por mandar la receta")
    r"(?: (?:dr|doc|doctor|doctora|dra|nurse|enfermera|maam|sir)(?: [a-z]+)??)?"
    # (a call returned is thanked for too: "thank you so much for calling back yesterday")
    r" (?:for|x|por) (?:(?:calling|sending|phoning|faxing|putting)(?: in| over| through| back)?|the call(?:ing)?(?: in)?|the heads up|letting me know"
    # ... in Spanish too: "gracias por la llamada de ayer"
    r"|(?:la|su|tu) llamada(?: de (?:ayer|hoy|esta manana|la manana|la tarde|anoche))?"
    r"|(?:avisar|avisarme|el aviso|recordarme|mandar|mandarme|enviar|enviarme|pasar|surtir|llamarme"
    r"|llamar|hablarme|renovar|renovarme)\b)(?: (?:the|my|me|in|it|la|el|mi|mis|las|los))*(?: (?:new|nueva|nuevo))?"
    r"(?: (?:refills?|prescriptions?|scripts?|rx|receta|recetas|resurtido|medicina|medicinas|pharmacy|farmacia|insurance|seguro))?(?: (?:yesterday|today|so fast|so quick|ayer|hoy|tan rapido))?"
    # a visit squeezed in, thanked for: "thank you for fitting me in tuesday"
    r"|(?:thanks|thank you|thank u|thx|ty|tysm|gracias|muchas gracias|mil gracias)(?: (?:so|very) much| a lot| again)? (?:for|x|por) (?:fitting|squeezing|getting|working) (?:me|us|him|her) in"
    r"(?: (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|so (?:fast|quick|soon)|last minute|early))?"
    # an appointment given, thanked for: "gracias por la cita, ahí estaré el lunes"
    r"|(?:thanks|thank you|thank u|thx|ty|gracias|muchas gracias|mil gracias) (?:for|x|por) (?:the|my|la|mi) (?:cita|appointment|appt)\b"
    # ... and a prescription already written: "gracias por la receta, ya la recogí"
    r"|(?:thanks|thank you|thank u|thx|ty|gracias|muchas gracias|mil gracias) (?:for|x|por) (?:the|my|la|mi|el|new|nueva|la nueva) (?:receta|resurtido|refill|prescription|script|rx)\b"
)
# A refill or message reported as received is news, not a request: "thanks, got the refill",
# "ya me llegó la receta".
RECEIVED = re.compile(
    r"\b(?:" + THANKED_FOR + r"|(?<!havent )(?<!haven t )(?<!didnt )(?<!not )(?<!cant )(?<!couldnt )(?<!never )(?<!no )(?<!to )(?<!yet )"
    r"(?:just |already |finally )?(?:got|picked up|received|grabbed|collected) (?:the |my |your |it|them|a |an )?(?:new |extra |early |next )?"
    r"(?:refills?|prescriptions?|script|rx|meds|medications?|pills|message|text|reminder)"
    r"|(?:the |my )?(?:refill|prescription|script|meds|pills) (?:came|arrived|was ready|went through|came through)"
    # a call already made, thanked for: "appreciate the call back yesterday"
    r"|(?:appreciate|thanks for|thank you for|thank u for|gracias por) (?:the|your|la|su) (?:call ?back|callback|call|llamada)(?: (?:yesterday|today|this morning|ayer|hoy))?"
    # "refill is ready for pickup tonight" ("when my refill is ready" still asks)
    r"|(?<!when )(?<!if )(?<!whether )(?<!til )(?<!till )(?<!until )(?<!when my )(?<!when the )(?<!if my )(?<!if the )"
    r"(?<!until my )(?<!until the )(?:the |my |your )?(?:refill|prescription|script|meds|pills) (?:is|s) ready"
    r"(?! yet)"
    # the pharmacy visited and the refill in hand: "pasé por la farmacia ayer y ya tengo el resurtido", "stopped by cvs and picked up the refill"
    r"|pase por la farmacia(?=[^.!?]{0,40}?\b(?:ya tengo|recogi|me dieron|surti|compre)\b)|ya tengo (?:el |la |mi |mis |las |los )"
    r"(?:resurtido|receta|medicina|medicinas|pastillas|medicamentos?)\b"
    r"|(?:pharmacy|cvs|walgreens) (?:actually |finally |already )?had (?:my|the) (?:refill|meds|prescription|order|pills) ready"
    # ... told with where it is, the refill named before: "walgreens on main had it ready"
    r"|(?:the )?(?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger)(?: (?:on|in|at|by) [a-z]+(?: (?:st|street|ave|avenue|rd|road))?)?"
    r" (?:actually |finally |already )?had (?:it|them|em) ready"
    r"|(?:stopped|swung|went) by (?:the )?(?:pharmacy|cvs|walgreens|rite aid|walmart)(?=[^.!?]{0,40}?\b(?:picked up|got) (?:the |my )?(?:refill|meds|pills|prescription))"
    # the refill named a moment before and picked up: "gracias por la receta, ya la recogí en la farmacia"
    r"|ya (?:la|las|lo|los) (?:recogi|recibi|surti|tengo)(?: en la farmacia)?"
    # ... or gone for already: "ya fui por el refill ayer"
    r"|ya (?:fui|fuimos|pase|pasamos) (?:por|a recoger) (?:el |la |mi |mis |las |los )(?:refill|resurtido|receta|medicina|medicinas|pastillas|medicamentos?)"
    r"|(?:ya )?(?:me )?(?:llego|llegaron|recibi|recogi|surti|pase por) (?:la |las |mi |mis |el |los )(?:receta|recetas|medicine|medicines|medicina"
    r"|medicinas|pastillas|medicamentos?|mensajes?|resurtido)"
    # ... where it came: "ya me llegó la receta a la walgreens"
    r"(?: (?:a|en|de) (?:la |el )?(?:farmacia|walgreens|cvs|walmart|costco|kroger|rite aid))?"
    r"|(?:la |mi |el )?(?:receta|resurtido|medicina|medicamento) (?:ya )?(?:llego|esta list[oa]|ya esta|salio))\b"
)
# The treatment said not to work: "estas pastillas nunca me van a servir", "the zoloft isnt doing anything", "la pastilla
# no me hace nada". Hopelessness about the treatment only is no crisis (spec); like the doubts asked of it ("what's the
# point of this pill", ``_QUESTION``) it is for the prescriber to hear, and reads as a ``question``.
_NOT_WORKING = (
    r"(?:" + MED_REF + r")s? (?:\w+ )?(?:(?:ya |todavia |aun )?no (?:me |le )?(?:sirve|sirven|funciona|funcionan|hace|hacen)"
    r" (?:nada|efecto|de nada|pa nada|para nada)|(?:ya |todavia |aun )?no (?:me |le )(?:sirve|sirven|funciona|funcionan)\b"
    r"|nunca (?:me |le )?(?:va|van) a (?:servir|funcionar|hacer efecto)"
    r"|(?:isnt|arent|is not|are not|still not|not|never|werent|wasnt|wont|will never|are never gonna|is never gonna|never gonna)"
    r" (?:going to |gonna )?(?:working|work|helping|help|doing (?:anything|a thing|much))\b)"
)
_CONCERNS = Scanner(
    [("worsening", _WORSENING), ("pregnancy", _PREGNANCY), ("not_working", _NOT_WORKING), ("question", _QUESTION)], suffix=r"\b",
)


# Life, not health, got worse: "traffic was the worst its ever been today", "el tráfico está peor que nunca".
_LIFE_WORSE = re.compile(
    r"\b(?:traffic|weather|commute|the heat|heat|pollen|prices|rent|my boss|the line|el trafico|el clima|el calor|el jefe|la fila)"
    r"(?: (?:was|is|has been|s been|s|esta|estuvo|ha estado))? $"
)


def find_concerns(text: Text) -> list[Hit]:
    """Return worsening, pregnancy and question hits."""
    hits = []
    norm = text.norm
    question = _QUESTION_START.match(norm)
    for m in _CONCERNS.finditer(norm):
        kind = m.lastgroup
        if kind == "not_working":
            kind = "question"
        if kind == "question":
            if not any(r.start() <= m.start() < r.end() for r in RECEIVED.finditer(norm)):
                question = question or m
            continue
        # ("no me ha bajado la regla" says the period is late: its "no" is the finding's own)
        if is_negated(text, m.start()) and not (kind == "pregnancy" and norm.endswith("no me ", 0, m.start())):
            if kind == "pregnancy":  # "not pregnant" was read: the reply is not unparsed
                hits.append(Hit(DENIED, m.start(), m.end()))
            continue
        if kind == "worsening" and _LIFE_WORSE.search(norm, max(0, m.start() - 30), m.start()):
            continue
        if kind == "pregnancy" and not _pregnancy_applies(text, m):
            if _NOT_PREGNANT_AFTER.match(norm, m.end()):
                hits.append(Hit(DENIED, m.start(), m.end()))
            continue
        hits.append(Hit(kind, m.start(), m.end()))
    if "trying" in norm or "intentando" in norm or "buscando" in norm:
        hits.extend(_trying_to_conceive(text))
    if "wks" in norm or "weeks" in norm or "semanas" in norm:
        hits.extend(_weeks_along(text))
    mark = _open_question_mark(norm)
    if question:
        hits.append(Hit("question", question.start(), question.end()))
    elif mark >= 0:
        hits.append(Hit("question", mark, mark + 1))
    return hits


def _pregnancy_applies(text: Text, m) -> bool:
    """Return False for a negative test or someone else's pregnancy: not a partner's, nor that of a
    relative who is the patient ("mi hija, que es su paciente, está embarazada")."""
    if _NOT_PREGNANT_AFTER.match(text.norm, m.end()):
        return False
    if subject_is_other(text, m.start()):
        sent_start, _ = text.sentence_bounds(m.start())
        partner = _PARTNER.search(text.norm, sent_start, m.end())
        # (someone else's partner is not the writer's: "my son's girlfriend is pregnant")
        if partner and _OTHERS_POSSESSIVE.search(text.norm, max(0, partner.start() - 12), partner.start()):
            partner = None
        return partner is not None or _TIE.search(text.norm) is not None or _PROXY_WRITER.search(text.norm) is not None
    return True




# Weeks along told bare, in a clause of their own, beside a pregnancy word: "thats the baby lol, 22 wks", "baby shower was
# saturday. 28 wks now" ("the baby is 16 weeks" is the baby's age; "12 weeks on the pill" a treatment's weeks).
_BARE_WEEKS = re.compile(
    r"(?:^|(?<=[.!?,;] ))(?:1[2-9]|[2-3][0-9]|4[0-2]) (?:wks|weeks|semanas)(?: (?:now|along|today|ya|pregnant|de embarazo))?(?=\s*(?:[.!?,;)]|$|lol\b|jaja))"
)
_PREGNANCY_CONTEXT = re.compile(
    r"\b(?:baby|bebe|babys|baby s|pregnan\w*|embaraz\w*|ob|obgyn|ob gyn|bump|pancita|panza|kicks|kicking|patadas|due date|due in|shower|onesies)\b"
)


def _weeks_along(text: Text) -> list[Hit]:
    """Return pregnancy hits for bare weeks along said beside a pregnancy word."""
    norm = text.norm
    if not _PREGNANCY_CONTEXT.search(norm):
        return []
    return [Hit("pregnancy", m.start(), m.end()) for m in _BARE_WEEKS.finditer(norm)
            if not (subject_is_other(text, m.start()) and _ANOTHER_MOTHER.search(norm, text.sentence_bounds(m.start())[0], m.start()))]


# Someone else who may be the one pregnant (the baby on the way is not: "thats the baby lol, 22 wks").
_ANOTHER_MOTHER = re.compile(r"\b(?:she|shes|she s|her|ella|" + RELATIONS + r")\b(?<!baby)(?<!bebe)(?<!babies)")


def _trying_to_conceive(text: Text) -> list[Hit]:
    """Return pregnancy hits for "we started trying" said beside a pregnancy word."""
    if not _BABY_CONTEXT.search(text.norm):
        return []
    return [Hit("pregnancy", m.start(), m.end()) for m in _TRYING.finditer(text.norm)
            if not is_negated(text, m.start()) and not subject_is_other(text, m.start())]


# A "?" answered at once is a checklist, not a question: "fever? nah. sore throat? nah".
_ANSWERED = re.compile(
    r"\?+\s*(?:no|nope|nah|none|nada|nothing|zero|yes|yeah|yep|yup|si|not really|a little|un poco|all good|todo bien)\s*(?:[.!,;]|$)"
    # a score given at once: "my dog cant sit still lol. me? 4", "me? a solid 4, doing fine"
    r"|(?<=\bme)\?\s*(?:(?:a|like a|solid|a solid|prob a|probably a|maybe a|un|like|about|honestly|honestly a)\s+)?(?:10|[0-9])(?:\s*(?:/|out of)\s*(?:5|10))?\s*(?:[.!,;]|$)"
)


# A tag that only seeks a nod asks nothing of the prescriber: "un 4, vale? el jefe me mata a trabajo pero bien".
_TAG = re.compile(r"(?:^|[.!,;] ?)(?:vale|sabes|sabe|me entiendes|ves|eh)$")


def _open_question_mark(norm: str) -> int:
    """Return the position of the first "?" that is not answered in the same breath, or -1."""
    mark = norm.find("?")
    while mark >= 0 and (_ANSWERED.match(norm, mark) or _TAG.search(norm, max(0, mark - 12), mark)):
        mark = norm.find("?", mark + 1)
    return mark
