"""Side effects present now, the red flags among them, and how severe they are."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .findings import Hit
from .lexicon import CARED_FOR, MED_ALIASES, MED_NAMES, MED_REF, PATIENT_TIE, RELATIONS
from .negation import is_denied_after, is_negated, is_past, is_resolved_after
from .normalize import Text
from .symptom_terms import CANONICAL, SEVERITY, SYMPTOM, TIRED_BY_MED

_WORD = re.compile(r"[a-z]+")
# "confused about the new dose" is a question, not delirium.
_INSTRUCTIONS = re.compile(
    r"\b(?:instructions?|label|directions|dosing|dose|dosage|schedule|insurance|bill|app|website"
    r"|portal|message|text|question|pharmacy|refill|prescription|which (?:pill|one)|when to take"
    r"|how (?:much|many)|appointment|form|whether|w food|with food|take it|take them)\b"
)
# ... which is about being confused, not about seeing or hearing what is not there: "since the dose went up i keep
# seeing people that arent there".
_MADE_OF = re.compile(r"\b(?:make|made|making|makes|build|built|turn|turned|cut|carve|carved|sew|sewed|knit|cook|cooked)\b(?: [a-z]+){0,4} $")
_CONFUSED_WORD = re.compile(r"\b(?:confus\w*|confundid[oa]s?|mixed up|lost|desorientad[oa]s?|out of it|not making sense|disoriented)\b")
_LITHIUM = re.compile(r"\b(?:lithium|lithobid|eskalith|litio)\b")
_CLOZAPINE = re.compile(r"\b(?:clozapine|clozaril|clozapina|versacloz|fazaclo)\b")
# "what should I do if I get a rash?", "can it cause a rash?": asked about, not reported.
_HYPOTHETICAL = re.compile(
    # ("take 2 if i cant sleep": the condition of a dose, the symptom right after the "if i")
    r"\b(?:if i (?:ever )?(?:get|got|develop|notice|see|start|have|break)|(?<!sure )(?<!know )(?<!wonder )(?<!wondering )(?<!asking )if i|in case i|what if|y si|si (?:no )?me (?:sale|salen|da|dan)|(?:as long as|if) i (?:dont|don t|do not) (?:get|break out in|develop|see)"
    # ("heard trazodone can cause erections that dont go away": the subject may come first)
    # ... or heard said of the pill: "mi prima dice que esa pastilla da convulsiones", "my aunt says those pills cause seizures"
    r"|(?:dice|dicen|dijo|dijeron|oi|escuche|lei|says|said|heard|read|thinks)(?: que| q| that)? (?:\w+ ){0,2}?(?:pastillas?|medicinas?|medicamentos?|meds|pills?"
    r"|medicine|medication) (?:da|dan|causa|causan|provoca|provocan|gives|give|causes|cause)(?! (?:me|him|her|us|them)\b)"
    r"|(?:puede|pueden|podria) (?:dar|causar|provocar)|(?:can|could|does|do|will|might|may) (?:(?:it|this|that|they|these|\w+) )?"
    r"(?:cause|give|lead to)|watch (?:out )?for|look out for|signs? of|risk of)\b(?:\s+\w+){0,3}\s*$"
)
# A wish to fall ill: "kinda wish id catch a cold so i could skip the party", "ojalá me dé gripa".
_WISHED_ILL = re.compile(
    r"\b(?:(?:wish|wishing|hope|hoping|praying) (?:i d |id |i would |i could |i might |i |that i )?(?:catch|come down with)"
    r"|ojala (?:me )?(?:de|diera|agarre|pegue|pegara|agarrara))\b(?:\s+\w+){0,3}\s*$"
)
# Atoms that are signs for rules, not complaints in themselves.
_NOT_A_COMPLAINT = frozenset({"energy_high", "euphoric", "mania", "big_purchase", "not_tired", "days_awake"})
# Someone else's body: "my sister's face swelled up", "a mi hija le salió un sarpullido",
# unless the patient comes back in before the symptom ("my husband says i was shaking").
# Pet names and slang for kin the shared list lacks: "my hubby", "mi vieja" (one's mother), "mi abuelito".
_MORE_KIN = r"compadre|comadre|hubby|wifey|vieja|viejo|viejita|viejito|abuelit[oa]|mamita|papito|granny|grandad|roomie|hermanit[oa]|hijit[oa]|boy|lad|kiddo|little one"
_OTHER_OWNER = re.compile(
    r"\b(?:(?:my|his|her|our|their|mi|su|sus|a mi|a su) (?:\w+ )?(?:" + RELATIONS + r"|" + _MORE_KIN + r")(?:s)?"
    r"|(?:my|the|his|her|mi|el|la|a mi) (?:dog|doggo|cat|kitty|kitten|pet|puppy|pup|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|michi|mascota)|(?:the (?:kids|children|baby|babies|twins|little ones)|(?:el|la|los|las) (?:nenes?|nenas?|bebes?|nin[oa]s?|chamac[oa]s?|peque))(?= (?:have|has|had|got|are|is|tiene|tienen|tuvo|tuvieron|anda|andan|esta|estan)\b))\b"
)
# A relative who only noticed or told of it: "my roommate noticed red blotches spreading".
_OBSERVER = re.compile(
    r" (?:\w+ )?(?:noticed|notices|saw|sees|says|said|told me|tells me|thinks|thought|pointed out|mentioned|spotted"
    r"|noto|vio|dice|dijo|me dijo|me dice)\b"
)
# ... unless the symptom is then placed on the relative: "noticed red blotches on her arm",
# "says she has a rash".
_ON_THEIRS = re.compile(r"(?:\s+\w+){0,4}?\s+(?:on|across|over|in|around) (?:his|her|their|su|sus)\b")
_THEY = re.compile(r"\b(?:he|she|they|hes|shes|theyre|his|her|their|el|ella|ellos|le)\b")
# (a first-person verb owns it too: "mi hija dice q le hablo a gente q no esta")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|myself|mine|mi|mis|yo|tengo|estoy|siento|tuve|ando|hablo|platico|converso)\b")
_ME_TOO = re.compile(r"\b(?:so do i|so have i|me too|and me|and i (?:do|have|got)|we both|both of us|yo tambien|a mi tambien|y yo)\b")
# Words between a symptom and the news that it is over: "the nausea from the first week is
# gone", "that little rash i told u about cleared up weeks ago". Not across "and" or "but",
# nor past words that keep it going ("the rash is still there").
_QUALIFIER = re.compile(
    r"(?:\s+(?!(?:and|but|y|pero|o|or|still|sigue|siguen|todavia|aun|not|no|keeps?|plus)\b)[a-z0-9]+){1,6}"
)
_WORD_END = re.compile(r"(?<=\w)(?=\s|$)")
# Sleeplessness given as the reason for taking more: "doubled my seroquel then tripled it bc i
# still couldnt sleep". The report is the extra dose; the sleeplessness is what it was taken for.
_MORE_TAKEN = re.compile(
    r"\b(?:doubled|tripled|double|triple|took|take|taking|popped|tome|tomo|tomando|me fui tomando|el doble|el triple)\b"
)
_BECAUSE_BEFORE = re.compile(
    r"\b(?:bc|because|cuz|cause|since|as|xq|porque|pq|por que|ya que)(?: i| yo)?(?: still| aun| todavia)?\s*$"
)
# The symptom asked and answered in one breath: "chest pain? no. headache? a little".
_ANSWERED_NO = re.compile(
    r"\s*[?:=\-]+\s*(?:no|nope|nah|never|not really|nada|ninguno|ninguna|negative|none|zero)\b"
    # ... and said twice: "hearing voices? no none of that"
    r"(?:[\s,]+(?:none of that|nothing like that|not at all|never|nada de eso|para nada|nunca|not once|none|nada))?\s*(?:[.!,;]|$)"
)
# A symptom prayed or waited away that then went: "prayed for the shaking to stop and it finally did".
_ENDED_AS_WISHED = re.compile(
    r"\s+(?:to|would|will|para que|que) (?:finally )?(?:stop|go away|end|ease up|let up|quit|se (?:me )?(?:quit\w*|pas\w*|fuer\w*)|pare|parara)"
    r"(?: already)?[,]? (?:and|y) (?:it|they|that|finally|por fin|al fin|ya)(?: (?:finally|eventually|actually|really|did|has|have|lo hizo|se (?:me )?(?:quito|paso|fue)|paro))+\b"
)
# Nights up at a task of one's own: "up all night repainting the house" (``find_symptoms``).
_BUSY_NIGHTS = re.compile(
    r"up all night(?:s)? (?!(?:rocking|feeding|nursing|caring|crying|worrying|tossing|coughing|throwing|puking|vomiting|sick|studying|cramming"
    r"|working|with|w|in|because|bc|from|thinking|overthinking|stressing)\b)[a-z]{3,}ing\b"
)
# A fit's shaking is the fit: "had a seizure, husband said i was shaking for a minute".
_FIT = re.compile(r"\b(?:seizure|seizures|fit|convuls\w*|convulsion\w*|ataque|epilep\w*)\b")
# A symptom someone else's place owns is still the writer's: "stomach bug going around my kids school".
_PLACE_AFTER = re.compile(r"(?: s)? (?:school|class|classroom|daycare|day care|office|work|job|house|place|team|party|escuela|colegio|guarderia|trabajo|casa)\b")
# Tiredness with an everyday cause right after it: "dead on my feet after a double shift", "muerta de cansancio con el
# trabajo", "agotada con los niños". Tiredness tied to the medication stays (see ``TIRED_BY_MED``).
_TIRED_NOUNS = (
    # (a double worked, not a double dose: "after my double at the hospital"; a party planned: "from planning my daughter's quince")
    r"(?:shifts?|doubles|dobles|double(?! (?:dose|dosis|the|my|up|it)\b)|doble(?! (?:dosis|de)\b)|planning|organizing|quince\w*|quinceanera|work|job|kids|children|baby|toddler|newborn|twins"
    r"|trabajo|chamba|jale|turnos?|ninos|ninas|hij[oa]s|bebe|chamacos|escuela|mudanza|moving|move|exams?|finals|midterms?|parciales|studying|school|travel\w*"
    # a baby's night feeds, a job lost: "tired bc of the night feeds", "no energy since the layoff"
    r"|feeds|feedings|tomas|layoff|lay off|despido"
    r"|trip|flight|wedding|party|practice|training|gym|workout|hike|overtime"
    # a trip, a move or a party: "muerto de cansancio del viaje", "dead tired from hauling boxes up 3 flights"
    r"|viajes?|manejad\w*|manejar|boda|fiesta|baile|parranda|desvelada|driving|drive|road ?trip|boxes|packing|unpacking|hauling|lifting"
    r"|cleaning|chores|yard ?work|dancing|partying|concert|funeral|velorio|graduation|graduacion"
    # night work: "dead tired from nights but honestly pretty good" ("nights of no sleep" is the sleep itself)
    r"|nights(?! (?:of|without|awake|up)\b)|night ?shifts?|overnights|graveyards?|graveyard shifts?"
    # a night of study or stock-taking: "half dead after the all nighter for my thesis", "dead tired from inventory at work"
    r"|all ?nighters?|thesis|inventory"
    # extra hours and a burial: "muerto de cansancio por las horas extra"
    r"|horas extras?|extra hours|entierro|sepelio|burial"
    # a class, a game or a child's sleepover: "wiped out from the 6am spin class", "after my daughter's sleepover"
    r"|caregiving|caretaking|cuidarl[oa]s?"
    r"|class|classes|clase|clases|sleepovers?|sleep overs?|slumber party|pijamada|piyamada|race|marathon|tournament|torneo|recital|rehearsal|errands)\b"
)
_TIRED_CAUSE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:from|after|with|w|because of|bc of|cuz of|thanks to|con|por|x|de|del|despues de|since|desde) (?:the |a |my |all (?:the |my )?|el |la |los |las "
    r"|mi |mis |tanto |tanta |this |that |two |2 |back to back |el dia de )?(?:\w+ ){0,2}(?:at |in |on )?" + _TIRED_NOUNS
)
# ... or said outright to be the cause, even in answer to the side-effects question: "cansadísima pero es pq la bebé no me deja
# dormir", "ando muy cansado pero es porq estoy haciendo doble turno"
_TIRED_BECAUSE = re.compile(
    r"[\s,]+(?:\w+\s+){0,2}?(?:but|pero) (?:creo (?:q|que) |i think |pretty sure |seguro (?:q|que) )?(?:es |its |it s |thats |that s |is |that is |just )?(?:porque|porq|pq|por que|xq|bc|because|cuz|cause|por|from|(?<=es )(?:que|q))"
    r" (?:\w+ ){0,4}?" + _TIRED_NOUNS
    # ... or named as the thing itself: "tired but that's the newborn", "cansada pero es la bebé"
    + r"|[\s,]+(?:but|pero) (?:thats|that s|its|it s|es|son) (?:just |all |solo |nomas )?(?:the|my|el|la|los|las|mi|mis) (?:\w+ )?" + _TIRED_NOUNS
    # ... or the cause given at once, without the "but": "muerta de cansancio pq hice doble turno"
    + r"|[\s,]+(?:porque|porq|pq|xq|bc|because|cuz|cause) (?:\w+ ){0,4}?" + _TIRED_NOUNS
    # ... or the load told as going on: "she's more tired than usual but she's been picking up night shifts"
    + r"|[\s,]+(?:\w+\s+){0,3}?(?:but|pero) (?:(?:she|he|i|they)(?: s| ve| m| has| have| is| am)?|shes|hes|ive|im|been|ha estado|he estado|anda|ando) "
    r"(?:been |estado )?(?:picking up|working|pulling|doing|covering|taking|haciendo|cubriendo|trabajando) (?:\w+ ){0,3}?" + _TIRED_NOUNS
    # ... or the night work told in the present: "muy cansada, pero trabajo de noche en el hospital", "tired but i work nights"
    + r"|[\s,]+(?:\w+\s+){0,3}?(?:but|pero) (?:i |yo )?(?:trabajo|work|chambeo|hago) (?:\w+ ){0,2}?(?:de noche|nights|night ?shifts?|overnights|turnos? de noche"
    r"|guardias|doubles|dobles|(?:12|twelve) hour shifts)\b"
    # ... or owned as one's own doing: "a little tired today but thats on me", "cansada pero es culpa mia"
    + r"|[\s,]+(?:\w+\s+){0,3}?(?:but|pero) (?:thats|that s|its|it s|eso es|es) (?:all |totally |solo )?(?:on me|my (?:own )?fault|culpa mia|mi culpa)\b"
)
# ... or a night out told after it, in its sentence: "muerta de cansancio, ayer fue la boda de mi hermana y bailamos hasta las 4"
_TIRED_EVENT_AFTER = re.compile(
    # (a burial or a hen party too: "hoy fue la despedida de soltera de mi prima")
    r"\b(?:(?:ayer|anoche|hoy|last night|yesterday|today) (?:fue|was|tuvimos|we had|had)\b[^.!?]{0,30}?\b(?:boda|fiesta|wedding|party|graduacion|graduation"
    r"|quince\w*|cumple\w*|birthday|bautizo|baile|concierto|concert|posada|reunion|funeral|velorio|mudanza|move|entierro|sepelio|burial"
    r"|despedida|bachelorette|bachelor|baby shower)"
    r"|(?:bailamos|baile|bailando|danced|dancing|partied|partying|estuvimos|we were out|we stayed up|nos desvelamos) (?:\w+ ){0,3}?(?:hasta|until|til|till) (?:las )?(?:\d|midnight|dawn|sunrise|sunup|medianoche|la madrugada|el amanecer|amanecer)"
    # an extra shift worked: "pulled a double at the diner", "worked a 12 hour shift" (a double dose is taken, not pulled)
    r"|(?:pulled|pulling|worked|working|covered|covering|picked up|did|doing) (?:a |an |another |two |2 |three |3 |back to back |my )?(?:double|doubles|double shift|overtime|night shift"
    r"|extra shift|graveyard|all ?nighter|\d+ hour shift|\w+ hour shift|12s|12 s|twelves|(?:12|twelve) hour shifts)"
    r"|(?:doble turno|turno doble|dobles turnos|doble guardia|guardia doble|turno de noche|guardia de noche)"
    # a run of work nights: "fried from closing at the restaurant 6 nights straight"
    r"|(?:closing|opening|working|worked|closed|opened|covering|covered) (?:\w+ ){0,3}?(?:\d+|two|three|four|five|six|seven) (?:nights|days|shifts|doubles)"
    r" (?:straight|in a row|back to back)"
    # a drive or a shift at dawn: "drove my aunt to her surgery at 5am" ("woke up at 4am" may be the sleep itself)
    r"|(?:drove|drive|driving|worked|working|hauled|hauling|took|taking|left for work) [^.!?]{0,50}?\b(?:at|since|by) (?:like )?[1-6](?::\d\d)? ?(?:am|a m|in the morning)"
    # a relative taken to a treatment: "exhausted from taking my mom to chemo"
    r"|(?:drove|driving|taking|took|llevar|llevando|lleve) (?:my |mi |a mi |her |his )?(?:\w+ )?(?:" + RELATIONS + r"|" + _MORE_KIN + r"|aunt|uncle|tia|tio) (?:\w+ )?(?:to|a|al|a la) (?:her |his |their |su |the )?(?:\w+ )?"
    r"(?:chemo|quimio|dialysis|dialisis|surgery|cirugia|appointments?|citas?|hospital|doctor|radiation|therapy|terapia|treatments?))\b"
)
# ... or told before it in the reply: "ayer fue el entierro de mi tío ... estoy tranquila pero cansada" (``_TIRED_EVENT_AFTER`` before the word)
# ... or a spell of hard work told bare in the next sentence: "tired. been fencing all week in the wind"
# ("tired. been sleeping all day" is the tiredness itself)
_TIRED_DOING_AFTER = re.compile(
    r"[\s.,;!-]+(?:(?:i ve been|ive been|i been|been|was|im|i m) )?(?!(?:sleep|nap|rest|lay|lie|ly|yawn|feel|stay|be|do|go)ing\b)[a-z]{3,}ing\b"
    r"(?: \w+){0,2}? (?:all|the whole|every) (?:day|week|weekend|morning|night|month)\b"
)
# ... or a night's work told as the very next sentence: "dead tired but good, 4. night shift in the ER was wild"
_NIGHT_WORK_NEXT = re.compile(
    r"[.!?;]+\s*(?:(?:the|my|that|this|last|el|la|mi|ese|esa) )?(?:(?:\w+ )?night ?shifts?|overnights?|graveyard(?: shifts?)?|double shifts?|doubles"
    r"|all ?nighters?|turnos? de noche|desveladas?|guardias?(?: de noche)?)\b"
)
# ... or nights spent up with someone, told in the next sentence: "just wiped out. Leo's had the flu all week and I'm up
# with him every night", "me desvelo con el niño todas las noches"
_UP_WITH_NEXT = re.compile(
    r"\b(?:(?:im|i m|i am|i ve been|ive been|been|i was|was) up (?:with|w) (?:him|her|them|the (?:baby|kids?|twins)|my \w+|\w+)"
    r"(?: \w+){0,2}? (?:every|all|each) night|(?:me desvelo|me he desvelado|ando desvelad[oa]) con (?:el|la|los|las|mi|mis) \w+)\b"
)
# ... and the work that has them worn out, told first: "el trabajo limpiando oficinas me tiene agotada"
_TIRED_CAUSE_BEFORE = re.compile(
    r"\b(?:el trabajo|la chamba|el jale|los turnos|work|my job|the job|the kids|los ninos|mis hijos|the baby|el bebe|la bebe"
    r"|la mudanza|the move|moving|el viaje|the trip|la escuela|school"
    r"|(?:mi|mis|my|el|la|los|las|the) (?:roomie|roomies|roommates?|companer[oa] de cuarto|compa de cuarto|vecin[oa]s?|neighbou?rs?))\b(?: [^.!?,;]{0,40}?)?"
    r" (?:me tiene|me tienen|me trae|me traen|me deja|me dejan|has me|have me|got me|is making me|are making me|leaves me|left me)\s+$"
)
# Sleep kept away by a baby or a child, not by the pill: "la bebé no me deja dormir", "the baby keeps me up".
_KEPT_UP_BY = re.compile(r"\b(?:bebe|baby|newborn|ninos|kids|toddler|twins|hij[oa]s?|nin[oa])(?: recien nacid[oa]s?| nuev[oa]| new)?(?: (?:que|q|who|that))?\s+(?:no me (?:deja|dejan|dejo|dejaron|dejaba|dejaban|ha dejado|han dejado)\s+|keeps? me\s+|kept me\s+|wont let me\s+|wouldnt let me\s+)?$")
# A new baby or children up at night told anywhere in the reply, the pill not named beside the tiredness: "had the baby
# Sunday!! exhausted but so happy", "grandbaby #3 arrived tuesday! tired but happy", "mi niño de 4 meses no me deja dormir".
_NEW_BABY = re.compile(
    r"\b(?:had (?:the|a|our|my) (?:baby|twins)|(?:baby|babies|grandbaby|grandbabies|grandson|granddaughter|twins|nieto|nieta|bebe|bebita|bebito)"
    r"(?: #? ?\d+| \w+)? (?:arrived|was born|were born|came|is here|are here|nacio|nacieron|llego|llegaron)"
    r"|(?:bebe|baby|nin[oa]|hij[oa]|newborn|bebita|bebito)(?: \w+)? de (?:\d+|un|una|dos|tres|cuatro|cinco|seis) (?:semanas|meses|dias)"
    # ... in English, the baby counted in weeks and fed through the night: "Mia is 5 weeks and eats every 2 hrs"
    r"|(?:is|s) (?:only |just )?(?:[1-9]|1[0-9]|one|two|three|four|five|six|seven|eight) (?:weeks?|wks?|days?)(?: old)?\b(?=[^.!?]{0,30}?\b(?:eats|feeds|nurses|wakes|cries)\b)"
    # (a bare "newborn" is not enough: "up 3 nights with the newborn, exhausted" stays a report)
    r"|baby (?!blues\b)[a-z]+ (?:is |s )?(?:finally )?(?:doing|sleeping|slept)\b"
    r"|(?:bebe|baby|ninos|kids|toddler|twins|hij[oa]s?|nin[oa]s?)(?: \w+)? (?:no me (?:deja|dejan|dejo|dejaron) dormir|keeps? me up|kept me up|wont let me sleep))"
)
# ... or by a pain of its own: "el dolor de la neuropatía no me dejó dormir", "the pain wouldnt let me sleep".
_KEPT_UP_BY_PAIN = re.compile(r"\b(?:dolor(?:es)?|pain|aches?)(?: (?:de|del|in|of|from) (?:la |el |los |las |mi |mis |my |the )?\w+)?\s+$")
# ... or by caring for someone through the night: "caring for dad w dementia 24/7, no sleep".
_CARING_FOR = re.compile(
    r"\b(?:caring for|taking care of|looking after|nursing|up with|cuidando (?:a|al)|cuidar (?:a|al)|atendiendo (?:a|al)|velando (?:a|al)?)"
    r" (?:my |mi |mis |the |el |la |los |las )?(?:\w+ )?(?:" + RELATIONS + r"|" + _MORE_KIN + r"|baby|bebe|newborn)\b"
)
# ... the same load wearing them out, told anywhere in the reply: "estaba en el hospital cuidando a mi papá ... yo cansada
# pero bien", "my wifes in chemo so im wiped out from driving her back and forth to the cancer center"
_CARE_LOAD = re.compile(
    r"\b(?:caring for|taking care of|looking after|nursing|cuidando (?:a|al)|atendiendo (?:a|al)|velando (?:a|al)?)\b"
    r"|\b(?:driving|drive|take|taking|llevo|llevando|llevar) (?:her|him|them|my \w+|la|lo|a mi \w+) (?:back and forth|to (?:all )?(?:her|his|the|their) "
    r"(?:chemo|dialysis|appointments|treatments|cancer center)|a (?:todas )?(?:las|sus) (?:citas|quimios?|dialisis|consultas))\b"
    r"|\b(?:in|en) (?:el )?hospital (?:con|with|cuidando)\b"
    # a night kept beside a relative in hospital: "im at the hospital w him", "sitting up all night in the waiting room"
    r"|\b(?:at|in) the (?:hospital|er|icu|emergency room) (?:with|w) (?:him|her|them|my)\b|\b(?:in|at) the (?:hospital |er |icu )?waiting room\b"
    # "yo la cuido de noche y ando agotadísima"
    r"|\b(?:yo )?(?:la|lo|los|las) (?:cuido|estoy cuidando|cuidamos|velo)\b"
    # a relative in hospice, in intensive care or at dialysis: "my husband is on hospice at home now", "daughters in the NICU",
    # "mi viejo salió de la diálisis muy cansado y yo también"
    r"|\b(?:on|in|at|en|de|del|from|out of) (?:the |la |el |home |hospice |su )?(?:hospice|hospicio|nicu|picu|icu|uci|terapia intensiva|cuidados intensivos"
    r"|dialysis|dialisis|hemodialisis)\b"
    # a relative in hospital, the writer there with them: "mi papá está en el hospital y me la paso ahí"
    r"|\b(?:" + RELATIONS + r"|" + _MORE_KIN + r")(?: s| is| esta| sigue| has been| lleva \w+ \w+)? (?:en el|in the|in) hospital\b"
)
# ... put down to the baby by a pronoun: "con la bebé recién nacida ... muerta de cansancio, pero eso es por ella"
_PUT_ON_THEM = re.compile(
    r"[\s,]+(?:but|pero) (?:eso|esto|that|thats|that s|its|it s|this|es)(?: es| is| s)? (?:todo |solo |nomas |just |all )?(?:por|from|because of|bc of|de|cuz of)"
    r" (?:ella|el|ellos|ellas|her|him|them|the baby|la bebe|el bebe)\b"
)
# A "none" that then sets one thing aside: "none, unless u count being dead on my feet after the night shift".
_NONE_UNLESS = re.compile(
    r"\W*(?:none|nope|no|nah|nada|ninguno|ninguna|nothing|not really)(?: side effects| new side effects| efectos)?\b[\s,.!]*(?:really |at all )?(?:unless|except|other than|aside from|besides|apart from|just|only"
    r"|salvo|excepto|aparte de|nomas que|solo que)\b"
)
# Shaking from a fright or the cold is no tremor: "quedé temblando del susto", "shaking from the cold".
_SHOOK_BY = re.compile(
    r"\s+(?:\w+\s+)?(?:del|de|from|with|of) (?:the |puro |pura )?(?:susto|miedo|nervios|coraje|rabia|frio|emocion|fear|fright|cold|shock|adrenaline|nerves"
    r"|rage|anger|excitement)\b"
)
_MED_WORD = re.compile(TIRED_BY_MED[3:-1])
# ... or by a new baby named beside it: "id kill for a decent nights sleep with this newborn".
_WITH_BABY = re.compile(r"\b(?:with|con) (?:this |the |my |a |our |el |la |mi |este |esta |nuestr[oa] )?(?:new baby|newborn|baby|bebe|recien nacid[oa])\b")
# A writer who said they write for a relative, then sets themselves apart with an emphatic "yo": the trouble is
# the writer's, not the patient's ("soy la mamá de Jenifer ... ahorita está dormida y yo no he dormido nada").
_WRITER_SELF = re.compile(r"\byo (?:no |ya no |casi no |tampoco |tambien )?$")
# A frightening film or story told before a sleepless night: "mi hijo me puso un documental de asesinos y no pude dormir",
# "watched a horror movie and couldnt sleep".
_SCARY_WATCH = re.compile(
    r"\b(?:documental(?:es)?|peliculas?|pelis?|series?|movies?|films?|documentar(?:y|ies)|shows?|podcasts?|stor(?:y|ies)|historias?|videos?)\b"
    r"[^.!?]{0,30}?\b(?:terror|miedo|horror|asesin\w*|crimen(?:es)?|crime|scary|creepy|serial killers?|ghosts?|fantasmas?|paranormal|zombies?)\b"
    r"|\b(?:horror|scary|creepy|true crime|terror|miedo)\s(?:movies?|films?|shows?|stor(?:y|ies)|podcasts?|documentar(?:y|ies))\b"
)
# ... or a carer who sets their own illness apart: "hes doing great. im the one with the flu lol. his wife" (the carer
# said anywhere, even signed at the end)
_WRITER_THE_ONE = re.compile(r"\b(?:im|i m|i am|yo soy) (?:the one|el que|la que) (?:with|who has|who s got|that has|sick with|que tiene|con)(?: the| a| this| la| el)? $")
_SIGNED_OFF = re.compile(r"(?:[.,!]|\s-)\s*-?\s*(?:his|her|their|su) (?:" + RELATIONS + r")\W*$")


# ... or with that pain named as the cause first: "con el dolor de la artritis no duermo bien", "with the back pain i cant sleep"
_WITH_PAIN_BEFORE = re.compile(
    r"\b(?:con|por|from|with|because of|bc of|due to) (?:el|los|the|my|mi|mis|this|este|tanto|all the) (?:\w+ )?(?:dolor(?:es)?|pain|aches?)"
    r"(?: (?:de|del|in|of|from) (?:la |el |los |las |mi |mis |my |the )?\w+)?,? (?:i |yo |me )?$"
)


def _kept_up_by_pain(norm: str, start: int) -> bool:
    """Return True when a pain of no medication's keeps sleep away ("the pain from the new dose" is the pill's)."""
    m = _KEPT_UP_BY_PAIN.search(norm, max(0, start - 40), start)
    return m is not None and not _MED_WORD.search(norm, m.start(), start)
# Exercise in the same sentence as the heart or the bruise: "heart was pounding on the hills on my run",
# "football practice left me w bruises everywhere", "knuckles bruised from boxing class".
_EXERCISE = re.compile(
    r"\b(?:run|runs|running(?! (?:a )?(?:\d+|fever|temp|temperature|hot|a temp|late|low|out)\b)|ran|jog\w*|workout|working out|worked out|gym|hike|hiking|hiked|hills?|sprint\w*|cardio|spin class"
    r"|exercis\w*|training|(?<!band )(?<!choir )(?<!piano )(?<!music )(?<!orchestra )practice|race|marathon|football|soccer|basketball|boxing|sparring|rugby|hockey|wrestling|karate|jiu jitsu|mma"
    r"|lacrosse|volleyball|baseball|softball|skateboard\w*|climbing(?! (?:up )?(?:the |a |my |our )?(?:few |\d+ |two |three |four )?(?:stairs|flights?|steps|to (?:my|the|our)\b))|correr|corriendo|corri|gimnasio|entrenamiento|entrenando|ejercicio"
    r"|futbol|partido|caminata|box"
    # a class of its own: "i sweat buckets at kickboxing"
    r"|kick ?boxing|muay thai|crossfit|zumba|pilates|hot yoga|paintball)\b"
)
_AT_REST = re.compile(r"\b(?:had to (?:sit|lie|lay) (?:down|on)|(?:almost|nearly) (?:fainted|passed out|blacked out)|tuve que (?:sentarme|acostarme)"
                      r"|casi me desmayo|even|not|at rest|resting|sitting|lying|laying|for no reason|out of nowhere|aunque|sin hacer nada|en reposo|still"
                      # the exercise denied: "sudo como en el sauna y ni estoy haciendo ejercicio"
                      r"|ni (?:siquiera )?(?:estoy|ando|estaba|andaba|he|hago|hice)|no (?:estoy|ando|estaba|andaba) haciendo"
                      # asleep, or exercise only as a simile: "night sweats like i ran a marathon in my sleep"
                      r"|in my sleep|asleep|night sweats?|dormid[oa]|durmiendo|like i (?:just )?(?:ran|had run|d run|did)|as if i|como si (?:hubiera|hubiese))\b")
# "a ver si así ya no siento nada": numbness sought, not reported.
_SOUGHT = re.compile(r"\b(?:a ver si|para (?:que )?|so (?:that )?|to see if|hoping|hope|esperando que|ojala)(?: (?:asi|ya|so|then|maybe|i|i d|id))*\s*$")
# "has gone on for days", "went up again": going on, not gone.
_NOT_OVER = re.compile(
    r"(?:\s+\w+){0,4}?\s+(?:gone|went|going) (?:on|up|through|into|to|worse|downhill|crazy|from)\b"
    # what the symptom stopped them doing: "mareos tan fuertes q ya no manejo"
    r"|\s+ya no (?:puedo |pude |quiero )?(?:manej|conduzc|conduc|trabaj|sal[gi]|salir|voy|fui|estudi|camin|hago|hice|cocin|cuido|cuid|escrib|duerm|dorm)\w*"
    # "el temblor en las manos ya no me deja escribir": kept from a task, not gone
    r"|(?:\s+\w+){0,4}?\s+ya no me (?:deja|dejan|permite|permiten)\b"
)
# The next clause or sentence closes the one before: "... but tums fixed it", ". its gone now".
_CLOSED_NEXT = re.compile(
    # ("pero ya se me quitaron": the "ya" may follow the "but")
    r"[\s.,;!]*(?:but |pero |and |y |though |now |ahora |ya )?(?:ya )?(?:(?:\w+ ){0,2}?(?:fixed|took care of|cleared|sorted|got rid of)"
    r" (?:it|that|them|those)(?: up)?|(?:it|its|it s|it is|that|thats|that s|they|theyre|they re|those|all|it has|its all)"
    # ("its better than last month" is eased, not gone)
    r" (?:all |totally |completely |mostly )?(?:gone|better(?! than\b)|over|fine|went away|passed|stopped|cleared up)"
    # ("it goes away by lunch" comes back the next day: still there)
    r"|(?:it|that|they) (?:went away|(?:go|goes) away(?! (?:by|after|around|in the|within|later|once|when|until|til|till|each|every|at)\b))|se me (?:quito|quitaron|paso|pasaron)|(?:ya )?se (?:me )?(?:fue|fueron|quito|quitaron|paso|pasaron)"
    r"|ya (?:paso|se fue|no (?:lo|la|los|las) tengo)"
    # the subject left out: "headaches the first week, gone now"
    r"|(?:all |totally |completely |long )?(?:gone|over|cleared up|went away) (?:now|since|already|by now)(?=\s*(?:[.!?,;]|$))"
    # a clause of its own that ends it: "antes me daban pesadillas pero ya no", "... but not anymore"
    r"|(?:ya no|not (?:anymore|any more)|no more)(?: (?:tho|though|lol|really|thankfully|gracias a dios|jaja\w*|haha\w*))?"
    r"(?=\s*(?:[.!?,;]|$)))\b"
)
# "ayer vomité ..., hoy estoy bien": a day-old symptom with a good today.
# ... or weeks ago with all well now: "had a stomach bug last month with puking, all fine now".
_YESTERDAY = re.compile(
    r"\b(?:yesterday|last night|the other day|ayer|anoche|antier|antes de ayer|last (?:week|weekend|month|year)"
    r"|(?:a|one|two|three|a few|a couple(?: of)?) (?:weeks|months) ago|la semana pasada|el mes pasado|el ano pasado"
    r"|hace (?:una|dos|tres|unas) (?:semanas?|mes(?:es)?)|hace un mes"
    # a weekday gone by: "had a stomach bug monday, threw up a few times, fine now"
    r"|(?:on |last |this past )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
)
_FINE_NOW = re.compile(
    r"\b(?:today|now|hoy|ahora|ya)\W+(?:(?:i m|im|i am|i feel|feeling|estoy|me siento|ando) )?(?:totally |completely |muy |re )?"
    r"(?:fine|ok|okay|good|better|great|bien|mejor|normal|perfect[oa]?)\b"
    # the good today said second: "threw up last night after bad sushi, fine this morning"
    r"|\b(?:fine|ok|okay|good|better|great|bien|mejor|normal) (?:this morning|today|now|esta manana|hoy|ahora)\b"
    r"|\b(?:all|its all|it s all|everything s|everythings|everything is|everything|todo) (?:totally |completely )?(?:fine|ok|okay|good|better"
    r"|great|bien|normal|clear|cleared up) (?:now|ahora|ya|since|these days)\b"
)
# A symptom named only as a fear: "scared of getting that rash", "me dio miedo lo del sarpullido" ...
_FEAR = (r"\b(?:scared|afraid|worried|nervous|paranoid|terrified|frightened|freaked out|concerned|fear\w*|miedo|temor"
         r"|preocupa\w*|asusta\w*|susto)")
_FEARED_BEFORE = re.compile(
    _FEAR + r"\b(?:\s+\w+){0,2}?\s+(?:(?:of |about )?(?:getting|developing|breaking out in|catching|the risk of)"
    r"|(?:a |de |por )?(?:lo del|lo de la|lo de|que me (?:de|den|salga|salgan|aparezca|vaya a (?:dar|salir))))"
    r"(?:\s+(?:a|an|the|that|un|una|el|la))?\s*$"
)
# ... or "scared of that rash thing i read about": the thing read or heard of, not the patient's own.
_FEARED_THING = re.compile(
    _FEAR + r"\b\s+(?:of |about |by |de |a |por )?(?:that|the|this|those|these|all the|ese|esa|el|la|lo del)?\s*$"
)
_THING_AFTER = re.compile(
    r"\s+(?:\w+ )?(?:thing|things|stuff|business|warning|risk)\b|(?:\s+\w+){0,3}?\s+(?:i|we|you) (?:read|heard|saw|was told|were told)"
    r" about\b|(?:\s+\w+){0,3}?\s+que (?:lei|vi|escuche|me dijeron|me contaron)\b"
)
# Gone, said before the symptom: "ya se me quitó lo de sudar en la noche", "finally got rid of the nausea".
_GONE_BEFORE = re.compile(
    r"\b(?:ya )?se me (?:quito|quitaron|paso|pasaron|fue|fueron|acabo|acabaron) (?:por fin |al fin |ya )?(?:todo )?(?:lo de |eso de |el |la |los |las )?$"
    r"|\b(?:finally |already |fully )?(?:got rid of|shook off|kicked) (?:the|my|that|all the) (?:\w+ )?$"
    # "ya no me da náusea", "finally said goodbye to the insomnia", "me despido del insomnio"
    # ("ya no siento esa inquietud en las piernas")
    r"|\bya no (?:me )?(?:da|dan|ha dado|han dado|tengo|siento|causa|provoca|dio) (?:la |el |los |las |tanta |tanto |nada de |esa |ese |esas |esos |esta |este )?$"
    # ... told of the patient by a carer: "ya no tiene la náusea de antes", "ya no le dan mareos"
    r"|\bya no (?:le )?(?:da|dan|ha dado|han dado|tiene|siente|causa|provoca|dio) (?:la |el |los |las |tanta |tanto |nada de |esa |ese |esas |esos |esta |este )?$"
    r"|\b(?:said|saying|say|waved|wave) (?:goodbye|bye|bye bye) to (?:the |my |that )?$|\b(?:me despido|me despedi|despedirme|me despedi por fin) (?:del |de la |de los |de las |de mi |de mis )$"
    # "adiós a las náuseas por fin"
    r"|\badios (?:por fin |al fin )?a (?:la |el |los |las |mi |mis |esa |ese |esas |esos )?$"
    # "ya desaparecieron las náuseas de las primeras semanas", "the nausea disappeared"
    r"|\b(?:ya )?(?:se (?:me )?)?(?:desaparecio|desaparecieron|han desaparecido|ha desaparecido) (?:por fin |ya )?(?:todo )?(?:lo de |el |la |los |las |mis |mi )?$"
    # the verb that is the symptom, no longer: "ya no le tiemblan las manos", "ya no me mareo"
    r"|\bya no (?:me |le |les |te )?$"
)
# "nada más la boca seca", "nothing but a dry mouth": only this one, not none.
_ONLY_BEFORE = re.compile(
    r"\b(?:nada mas|nomas|nada mas que|nada excepto|nada salvo|nothing but|nothing except|nothing else but|nothing other than)"
    r" (?:(?:la|el|los|las|un|una|a|an|the|some|my|mi|mis|un poco de|algo de|a bit of|a little) )?$"
)
# Words of the over-and-done rules above (``_CLOSED_NEXT``, ``is_resolved_after``).
_OVER_WORD = re.compile(
    r"\b(?:gone|went|away|cleared|resolved|stopped|(?<!rear )ended|ceased|disappeared|better|over|fine|healed|control|subsided"
    r"|settled|down|past|fixed|care of|sorted|rid of|passed|quito|quitaron|paso|pasaron|fue|fueron|desaparec\w*|ya no"
    r"|ya paso|calmo|no (?:lo|la|los|las) tengo|anymore|any more|no more|faded|fading|goodbye|bye|adios|despido|despedi)\b"
)
# All of them said to be over later on: "tired + headachey the first week, both gone now",
# "the sweating stopped, nausea too. nothing now".
_ALL_OVER_AFTER = re.compile(
    r"\b(?:both|both of (?:them|those)|all of (?:it|them|those|that)|it all|ambos|ambas|los dos|las dos|todo eso)(?: (?:are|r|s|have|has|now|ya|se|me))*"
    r" (?:gone|over|went away|cleared up|stopped|quitaron|fueron|pasaron|desaparecieron)\b(?! (?:but|pero)\b)"
    r"|\b(?:nothing|nada|none) (?:now|ahora|anymore|ya|these days)\W*$"
)
# Adjectives a negation reaches across: "no weird erections", "no bad headaches".
_SOFT_MODIFIERS = frozenset({
    "weird", "strange", "odd", "unusual", "crazy", "bad", "major", "big", "little", "noticeable",
    "funny", "real", "serious", "extra", "nuevos", "nuevas", "raros", "raras", "extranos",
})
# Atoms whose finding stands even when a later clause says "it's fine now" or "today I'm ok":
# a red flag that passed is still a red flag.
_RED_FLAG_ATOMS = frozenset({
    "stay_awake", "rash", "mouth_sores", "hives", "wheals", "swelling", "breathing", "chest_pain", "fainting", "seizure",
    "confusion", "yellow", "dark_urine", "priapism", "mania", "slurred", "unsteady", "fever", "stiffness",
})
# ... and the atoms of a red flag told of a close relative first hand: "my husband is sweating buckets, twitching,
# super agitated and hes burning up", "my gf says her heart is skipping and she got super lightheaded".
_CARER_FLAG_ATOMS = _RED_FLAG_ATOMS | {"palpitations", "dizziness", "twitching", "sweating", "agitation"}
# Surprise and sleep idioms: "nearly fainted when i saw the bill", "passed out on the couch watching tv".
_FAINT_IDIOM = re.compile(
    # a thing that fell out, not a person: "dreamt my teeth fell out", "a filling fell out"
    r"(?:teeth|tooth|hair|fillings?|crowns?|braces|eyelash\w*|lashes|nails?|stitch\w*|screws?|bolts?|pieces?|bits|pills?|tablets?|contents|bottom)"
    r" (?:all |just |kinda |both |had |have |has )?fell out\b|"
    r"(?:nearly|almost|about to|practically|basically|just about) (?:faint\w*|pass(?:ed)? out|died)\s+(?:when (?:i|we|she|he|they) "
    r"(?:saw|see|heard|hear|found out|read|got|opened|looked at|checked|realized)|at the (?:price|bill|news|sight|total|score)"
    r"|from (?:the )?(?:shock|surprise|excitement|joy)|(?:seeing|hearing|reading) |(?:from |with )?laugh(?:ing|ter)\b)"
    # the same surprise in Spanish: "casi me desmayo cuando vi el recibo de la luz", "por poco me desmayo al ver la cuenta"
    r"|(?:casi|por poco|ya merito|poquito mas y) (?:me )?(?:desmay\w*|muero|caigo)\s+(?:cuando (?:vi|veo|escuche|oi|lei|abri|me dijeron|me dijo"
    r"|llego|supe)|al (?:ver|oir|escuchar|leer|abrir|saber|enterarme)|(?:del|de la) (?:susto|impresion|sorpresa|emocion|risa|gusto))"
    # laughing or delighted "to fainting": "me privé de la risa con mi sobrino" ("me privé del susto" is a faint)
    r"|(?:me )?priv(?:e|o|a|aba|ado|ada|andome)\s+(?:de (?:la )?(?:risa|gusto|alegria|emocion)|del gusto)"
    r"|pass(?:ed|ing)? out (?:on the (?:couch|sofa)|in (?:bed|my bed)|in front of the tv|watching|early|by \d|at \d"
    r"|like a (?:baby|log|rock))"
    r"|pass(?:ed|ing)? out\b[^.!?]{0,40}?\bslept (?:great|well|so well|good|like a)"
    # the power, not the person: "power blacked out in the ice storm", "a blackout in the whole neighborhood"
    r"|(?:power|electricity|lights?|grid|luz|city|town|neighbou?rhood|block|street|area|(?:the )?whole (?:house|building|town|city|street))"
    r" (?:\w+ )?(?:blacked out|blackouts?|went out|was out|se fue)\b|(?:power|electric\w*|rolling|storm) blackouts?\b"
    r"|blackouts?\b (?:in|across|on|during|from|after|hit|hits|took)\b(?: \w+){0,3}? (?:storm|neighbou?rhood|city|town|block|street|grid|area|power)\b"
    # falling asleep at once: "slept like a rock, passed out the second my head hit the pillow"
    r"|pass(?:ed|ing)? out\b(?: cold)?[^.!?]{0,40}?\b(?:(?:head|face) (?:hit|touched) the pillow|hit the (?:pillow|sack|hay|bed))"
    r"|(?:slept|sleeping) (?:like a (?:rock|log|baby|stone)|great|so well|hard)\b[^.!?]{0,30}?\bpass(?:ed|ing)? out"
    # a power cut: "we had a blackout last night", "during the blackout"
    r"|(?:we|there|they|power|rolling|citywide|(?:the|our) (?:city|town|area|neighbou?rhood|building|street|block|power))"
    r" (?:had |has |have |was |is |were |got )?(?:a |another |an? \w+ )?(?:power )?blackouts?\b"
    r"|(?:during|after|before|in|since|from) (?:the|that|a) (?:power )?blackout"
    r"|blackouts? (?:in|across|hit|on) (?:the|our|my) (?:city|town|area|neighbou?rhood|building|street|block)"
)
# Dream or thought content, not how bad the side effect is: "veo cosas horribles en los sueños".
_CONTENT_BEFORE = re.compile(
    r"(?:cosas|things|stuff|imagenes|images|scenes|escenas|pictures)(?: (?:muy|tan|re|bien|super|so|really|pretty))?\s+$"
)
_KEPT_FROM_WORK = re.compile(
    r"(?:sent|send|sending|pulled|took|taken|taking|kicked|kept) me (?:home|off)\b"
    # ... in Spanish: "mi jefe me mandó a mi casa"
    r"|(?:me )?(?:mandaron|enviaron|regresaron|mando|envio|regreso) (?:a|pa|para) (?:mi |la )?casa\b"
)
_LIFE_BEFORE = re.compile(
    r"\b(?:work|works|job|jobs|school|class|classes|traffic|weather|heat|commute|boss|the week|this week|the month|this month|finals|exams?"
    r"|midterms|deadlines?|rent|bills|prices|el trabajo|la chamba|el jale|la escuela|el trafico|el clima|el calor|el frio|la semana|el mes"
    r"|mi jefe|mi jefa|los examenes|las cuentas|pollen|allergies|allergy season|the pollen|el polen|la alergia|las alergias"
    # a night's drinking: "traigo una cruda horrible, ayer fue la boda"
    r"|cruda|hangover|resaca|la cruda|the hangover)(?:s been|s| s| is| are| has been| have been| was| were| been| esta| estan| ha estado| anda| estuvo)?"
    r"(?: (?:so|really|just|pretty|kinda|super|bien|muy|re|tan|absolutely))? $"
)
# A denial carried on to the one symptom it names: "ninguno, ni siquiera el dolor de cabeza del principio", "none, not even the headache".
_NONE_NOT_EVEN = re.compile(
    r"\W*(?:ninguno|ninguna|nada|none|nothing|nope|no)\W+(?:ni siquiera|not even)(?: (?:el|la|los|las|mi|mis|the|my|that|those|ese|esa|esos|esas))? "
)
_DREAM_BEFORE = re.compile(r"\b(?:pesadillas?|suenos?|nightmares?|dreams?)(?: (?:muy|tan|re|bien|super|so|really|pretty))?\s+$")
_DREAM_AFTER = re.compile(r"s?\s+(?:nightmares?|dreams?|pesadillas?)\b")
_CONTENT_AFTER = re.compile(r"\s+(?:things|stuff|images|scenes|pictures|thoughts)\b")
# Someone writing for the patient: "this is her daughter texting", "soy la hija de ...".
_PROXY = re.compile(
    r"\b(?:this is|its|it s|im|i am|soy|le escribe|te escribe|habla|les escribe) (?:her|his|their|the patient s|su|la|el)"
    r" (?:\w+ )?(?:" + RELATIONS + r")\b"
    r"|^\W*(?:her|his|their) (?:" + RELATIONS + r") (?:again|here)\b"
    # the writer's name first: "le escribe Rosa, la hija de don Julio", "this is Ann, his wife"
    r"|\b(?:this is|soy|le escribe|te escribe|les escribe|habla) [a-z]+,? (?:her|his|their|the patient s|su|la|el) (?:" + RELATIONS + r")\b"
    # ... the patient named with the tie: "soy Ginny, esposa de Carlos", "this is Jen, Mark's wife"
    r"|\b(?:this is|soy|le escribe|te escribe|les escribe|habla) [a-z]+,? (?:(?:la|el) )?(?:" + RELATIONS + r") de [a-z]+\b"
    r"|\bthis is [a-z]+,? [a-z]+ ?s (?:" + RELATIONS + r")\b"
    # the writer told in passing: "(le escribo yo, su mamá)", "writing this, his wife"
    r"|\b(?:escribo|escribe|les escribo|le escribo|writing|texting|writing this|texting this)(?: yo| i)?,? (?:su|his|her|their) (?:" + RELATIONS + r")\b"
    r"|\b(?:texting|writing|messaging|replying|answering|escribo|escribiendo|contesto)"
    r" (?:for|on behalf of|por|de parte de) (?:my|mi) (?:" + RELATIONS + r")\b"
)
# ... or the writer says, anywhere, that they write in the relative's place: "le escribo yo porque ella está dormida",
# "im texting for him since hes asleep"
_WRITES_IN_PLACE = re.compile(
    r"\b(?:le |les )?(?:escribo|contesto|respondo) yo (?:porque|pq|xq|ya que|como) (?:ella|el) (?:esta|sigue|no puede|anda)\b"
    r"|\b(?:im |i m |i am )?(?:texting|writing|answering|replying) (?:for|on behalf of) (?:her|him) (?:because|bc|since|cause|cuz|as) (?:she|he)"
    r" (?:is|s|cant|can t|cannot)\b|\b(?:texting|writing|answering|replying) (?:for|on behalf of) (?:her|him) (?:because|bc|since|cause|cuz|as) (?:shes|hes)\b"
)
# A red flag long past with nothing since: "fainted once back in 2019, nothing since".
_OVER_SINCE = re.compile(
    r"\b(?:nothing (?:new |else |more )?since|none since|not since|never since|hasnt happened (?:again|since)|never (?:happened )?again"
    # "used to hear voices ... havent heard them since"
    r"|(?:havent|haven t|have not|hasnt|has not) (?:heard|seen|had|felt) (?:them|it|any|that|those|one) (?:again|since)"
    r"|no (?:problems|issues|episodes) since|desde entonces (?:nada|no)|no me ha vuelto a pasar)\b"
)


# Faded like a rash fades: "the spots on my arm faded out after a few days".
_FADED_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|all|just|kinda|mostly|totally|completely|pretty much|slowly|finally)\s+){0,2}"
    r"(?:faded|fade away|faded away|faded out|se (?:me )?(?:borraron|borro|desvanecieron|desvanecio|aclararon)"
    # quit like a pain quits: "headaches finally quit", "the nausea let up"
    # ... or ended: "the hallucinations i had on the old med ended in august" ("ended up" is no end)
    r"|quit|(?<!rear )ended(?! up)|ceased|let up|eased off|eased up|died down|died off|calmed down|settled down|se (?:me )?(?:calmo|calmaron|aplaco)|vanished|evaporated|went poof|is history|are history)\b(?! (?:my|the|her|his|their|work|job|school|taking)\b)"
)
# Worn off or much improved, said right after the symptom: "the grogginess wore off after the first couple
# weeks", "my back pain is so much better since the cymbalta" (unless a "but still" keeps it going).
_WORE_OFF = re.compile(
    r"\s*(?:(?:has|have|had|finally|mostly|kinda|totally|all|pretty much|just)\s+){0,2}(?:wore|worn|wearing) off\b"
    r"|\s*(?:is|are|s|has been|have been|got|gotten|feels?|has gotten) (?:so |much |a lot |way |so much |heaps |all |loads )+better\b"
    r"(?![^.!?]{0,25}?\b(?:but|still|though|tho|pero|except)\b)"
)
# A symptom given, in the past tense, as what made them stop: "ya no me la tomo, me hacía sentir como zombi",
# "dejé el litio porque me daba asco". What it did then is not what they have now.
_STOP_SAID = re.compile(
    r"\b(?:stopped|quit|came off|went off|took (?:myself|herself|himself) off|deje|(?:ha|he|han|has) dejado|suspendi\w*|ya no (?:me |se |le )?(?:la |lo |las |los )?(?:tomo|estoy tomando|toma|esta tomando|doy|damos|estoy dando|estamos dando)"
    r"|no (?:me )?(?:la|lo|las|los) (?:he|e|ha) tomado (?:desde|en|hace)"
    # "havent taken it in like 10 days, it was making me ...", "dont take it anymore, it made me ..."
    r"|(?:havent|haven t|have not|hasnt|hasn t) (?:taken|had|touched) (?:it|them|any|the \w+|my \w+) (?:in|for)"
    r"|(?:dont|don t|do not|doesnt|doesn t) take (?:it|them|the \w+|my \w+) (?:anymore|any more)|no longer tak\w+"
    r"|(?:la|lo|las|los) deje)\b"
)
_CAUSED_THEN = re.compile(
    r"\b(?:(?:me|le|les) (?:daba|daban|hacia|hacian|provocaba|provocaban|causaba|causaban|ponia|ponian|dejaba|tenia|tenian|traia|traian|quitaba|quitaban)"
    # how it felt then, in Spanish: "ya no me la tomo, me sentía como robot"
    r"|(?:me|se) (?:sentia|sentian|senti)"
    # how the patient was then, told after the stop: "quit it 5 days ago, i was sleeping through my alarms", "she was too sleepy"
    r"|(?:i|he|she|they|we) (?:was|were)"
    # ... the subject left out after the stop: "nah i quit it, was sleeping thru my alarms"
    r"|(?<=, )(?:was|were)"
    r"|(?:it|they|that|those|the \w+) (?:made|gave|was giving|was making|were giving|were making|kept making|kept giving|used to (?:give|make)) me"
    # what it was doing then: "quit the wellbutrin cold turkey, it was killing my appetite"; how it felt then: "quit it 2 weeks ago, felt like a zombie"
    r"|(?:it|they|that|those) (?:was|were)|(?:i )?(?:felt|was feeling|used to feel)"
    # ... turning one into something then: "quit the seroquel, it was turning me into a zombie"
    r"|(?:it|they|that|those|the \w+) (?:was|were|kept) (?:turning|making|giving) me(?: into)?"
    # ... and in the Spanish progressive: "la dejé porque me estaba mareando", "me estaba dando mucho sueño"
    r"|(?:me|le) (?:estaba|estaban)(?: (?:dando|poniendo|haciendo|causando|provocando))?"
    r"|(?:it|they|that|those|the \w+) had me|(?:made|gave) me"
    # what could not be borne then: "stopped the seroquel cold turkey, couldnt handle how groggy i was"
    r"|(?:couldnt|couldn t|could not|cant|can t|could no longer) (?:handle|stand|take|deal with|live with|bear|put up with) (?:how|the|being|all the|feeling)"
    # the reason given for the stop: "stopped it 5 days ago bc of the sexual side effects"
    r"|(?:bc|because|cuz|coz|cause) of(?: the| those| these| all the| all those)?|due to(?: the)?)"
    r"(?: (?:sentir|feel|so|too|tan|muy|mucho|mucha|muchos|muchas|like|como|un|una|a|an|el|la))*\s*$"
)
# A wish for a time without it: "id kill for one morning where im not groggy" has it every morning.
_WISHED_WITHOUT = re.compile(
    r"\b(?:kill|die|dying|give anything|do anything|pray|wish|praying|hoping) (?:for )?(?:one|a|just one|a single|1) (?:\w+ )?"
    r"(?:day|morning|night|afternoon|week|evening)s? (?:where|when|that|without) (?:i m |im |i am |i )?(?:not |dont |don t |do not |wasnt |am not )?"
    r"(?:feeling |so |all )?(?:these |the |those |my |any |this )?$"
)
# A symptom asked to be treated away is present: "can i take it earlier so im not so groggy?",
# "¿puedo tomarla en la noche para no andar tan mareada?"
_REMEDY_PURPOSE = re.compile(
    r"\b(?:can|could|should|may|would it help if|puedo|podria|podemos|debo|deberia)\b[^.!?]{0,80}?\b(?:so(?: that)?|para(?: que)?)"
    r"(?: i| i m| im| i am| i ll| i d| it| yo)? (?:dont|do not|wont|will not|not|isnt|arent|am not|no)"
    r"(?: (?:so|as|too|feel|be|feeling|get|andar|ande|estar|este|sentirme|me|sienta|tan|este|tanto))*\s*$"
)
# An ache with an everyday cause is no side effect: "my feet are killing me from the hike".
_EXERTION = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:from|after) (?:the |a |my |all (?:the |that )?|so much |too much |a long )?(?:hike|hiking|gym|workout|working out"
    r"|run|running|walk|walking|standing|shift|game|practice|yard ?work|gardening|moving|lifting|dancing|climbing|training|marathon"
    r"|leg day|arm day|chest day|back day|roller derby|derby|rugby|hockey|skating|skateboarding|boxing|sparring|jiu ?jitsu|bjj|karate|crossfit|yoga|pilates"
    r"|soccer|football|basketball|tennis|day at work|heels)\b"
    # hours on one's feet: "feet are killing me after 12 hrs on the med surg floor"
    r"|\s+(?:\w+\s+){0,2}?(?:from|after) (?:\d+|eight|ten|twelve|fourteen|a few|several|long) (?:hrs?|hours?) (?:on|of|at|standing|walking|working)\b"
    r"|\s+(?:\w+\s+){0,2}?(?:de|por) (?:tanto )?(?:caminar|correr|el gimnasio|el gym|estar parad[oa]|cargar|bailar|entrenar|la caminata)\b"
)
# A symptom named as what a medicine treats: "las de los nervios", "my anxiety meds".
_INDICATION_BEFORE = re.compile(
    r"\b(?:pastillas?|pildoras?|medicinas?|medicamentos?|tabletas?|gotas|las|los|unas|unos|otras|otros|meds?|pills?|medication"
    # the pill named by what it treats: "me tomé la de la ansiedad"
    r"|medicine|tablets?|something|pastillita|pastillitas|pildorita|gotitas|tecito|te|la|una|otra) (?:de|para|pa|for) (?:los |la |las |el |mi |mis |my |the )?$"
)
_INDICATION_AFTER = re.compile(r" (?:meds?|medications?|medicines?|pills?|tablets?|prescriptions?|doctor|dr|clinic)\b")


# Cravings after giving up a habit are the habit's: "quit smoking monday and the cravings are killing me".
_QUIT_HABIT = re.compile(
    r"\b(?:quit|quitting|stopped|stopping|gave up|giving up|off|deje|dejando|dejar de) (?:the )?(?:smoking|cigarettes|cigs|vaping|the vape"
    r"|nicotine|drinking|alcohol|booze|sugar|caffeine|coffee|fumar|el cigarro|los cigarros|el alcohol|tomar|beber|el azucar|el cafe)\b"
)


# A fever or a temperature named, unless denied just before ("no fever"): stiffness then keeps its red flag.
_FEVERISH = re.compile(r"(?<!\bno )(?<!\bsin )(?<!\bnot )\b(?:fever\w*|fiebre|calentura|temp(?:erature)?|thermometer|termometro|burning up|\d{3}(?:[.,]\d)?\b)")
_NONE_YET = re.compile(
    r"\b(?:none|nothing|no sign|not yet|nada|ninguna|ninguno|ni rastro)(?: of (?:it|that|one))? (?:so far|yet|thus far|hasta ahora|por ahora|todavia|aun|de momento)\b"
)
# "my left arm is kinda numb": a limb, not the feelings; "killed 200 zombies on the xbox": a game.
_LIMB_BEFORE = re.compile(r"\b(?:arm|arms|leg|legs|hand|hands|foot|feet|fingers?|toes?|face|lips?|side|jaw|tongue)"
                          r" (?:is |are |feels |went |goes |gets |got |has gone )?(?:\w+ )?$")
_GAME_KILL = re.compile(r"\b(?:kill\w*|shot|shoot\w*|slay\w*|xbox|playstation|ps5|video ?games?|videojuegos?|mate|matamos)\b")
# A zombie dreamt of, or giving chase, is a creature: "anoche soñé que me perseguía un zombi".
_DREAMT = re.compile(r"\b(?:sone|sonaba|dreamt|dreamed|(?:i|i was) dreaming|persegu\w*|chasing|chased)\b")
_PET = re.compile(r"\b(?:dog|doggo|cat|kitty|kitten|pet|puppy|pup|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|michi|mascota|lomito)\b")
# A carer writes about the patient: a relative on the treatment, or a writer who says who they are
# ("soy la esposa de don Ernesto. Mi marido se desmayó").
_PATIENT_TIE = re.compile(PATIENT_TIE)
_CARED_FOR = re.compile(r"(?:my|mi|our|a mi|nuestr[oa]) (?:\w+ )?" + CARED_FOR + r"\b")
# ... unless the reply sets the relative's trouble apart from the writer's own health or gives it a
# cause of its own: "my sister's face swelled up from a bee sting, scary! im fine though".
_WRITER_FINE = re.compile(
    r"\b(?:(?:im|i m|i am|me|myself) (?:doing |\w+ but |\w+ and )?(?:fine|ok|okay|good|great|alright)|(?:yo )?estoy bien|as for me|en cuanto a mi"
    r"|yo (?:ando|sigo) bien|yo bien"
    # "no side effects for me", "nada para mí"
    r"|(?:no|nothing|none|zero) (?:side effects|issues|problems|symptoms|new side effects)? ?(?:for|on|with) me|(?:nada|ningun efecto|sin efectos) (?:para|en) mi)\b"
    # the writer set apart as a question: "me? just the usual dry mouth"
    r"|(?:^|[.!,;] )(?:and |as for )?me\? "
)
_OWN_CAUSE = re.compile(
    r"\b(?:from|after|by) (?:a |an |the )?(?:bee|wasp|bug|insect|spider|sting|stings|allergy|allergic|food|peanuts?|shellfish"
    r"|heat|sun|fall|accident|injury|surgery|flu|covid|cold|virus|strawberr\w*|shrimp|seafood|nuts|shellfish|eggs|milk)\b"
    r"|\bpor (?:una )?(?:picadura|abeja|alergia|golpe|caida|calor)\b|\b(?:le|les) (?:cayo|cayeron) mal (?:un |el |los |unos )?(?:marisco|mariscos|camarones|fresas)\b"
    r"|\b(?<!\blike )(?<!\blike hes )(?<!\blike shes )(?<!\bcomo )(?<!\bcomo si estuviera )(?:drunk|borrach\w*|poison (?:ivy|oak)|hiedra|dementia|demencia|alzheimer\w*|epilep\w*|pneumonia|neumonia|stroke"
    r"|derrame|in the hospital|en el hospital"
    # a childhood illness that brings spots of its own
    r"|hand foot (?:and|n|&) mouth|chicken ?pox|measles|varicela|sarampion|mano pie (?:y )?boca)\b"
)
# The writer speaks of their own treatment, so the relative is not the patient: "my son has a fever,
# i am on clozapine".
_WRITER_TREATED = re.compile(
    r"\b(?:(?:i am|im|i m|ive been|i ve been|i was) (?:on|taking|started on)|i (?:take|started)|my (?:new )?" + MED_REF
    # ("se tomó la pastilla", the accent dropped, is the relative's dose, not the writer's)
    + r"|(?:estoy|sigo) tomando|(?<!\bse )(?<!\ble )(?:yo )?tomo (?:la|el|mi|mis)|mi (?:pastilla|medicina|medicamento|dosis|tratamiento))\b"
)
# "the rash never came back", "la náusea no ha vuelto": over, like "is gone" ...
_NEVER_BACK = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:(?:never|hasnt|has not|hasn t|havent|have not|didnt|did not) (?:\w+ )?(?:came|come|coming|returned)"
    r" back|(?:nunca|no) (?:ha |han |me ha |me han )?(?:vuelto|volvio|volvieron|regreso|regresado)\b)"
)
# ... but a lost function that never came back is the complaint: "my appetite never came back".
_FUNCTION = re.compile(r"appetite|apetito|hambre|libido|sex|deseo|desire|energy|energia|sleep|sueno|ganas|hair|pelo|cabello")
# ... and one lost that has come back is over: "appetite disappeared the first week but it's back", "se me fue el hambre pero ya volvió".
_FUNCTION_BACK = re.compile(
    r"[^.!?]{0,40}?\b(?:but|pero|now|ahora)\b(?: (?:its|it s|it is|it has|it|ya|se me|me))* (?:back|came back|come back|regreso|volvio|ha vuelto)\b"
    r"(?! (?:worse|again|otra vez|peor)\b)"
)
# A symptom given as the reason a stop was made, with a better now: "la dejé hace una semana porque me
# sentía como un zombi. Ahora estoy mejor": what made them stop is over with the medication.
_STOPPED_BECAUSE = re.compile(
    r"\b(?:stopped|quit|came off|went off|(?:la|lo|las|los) deje|deje de tomar\w*|suspendi\w*)\b[^.!?]{0,40}?"
    r"\b(?:because|bc|cuz|cause|since|as|porque|pq|xq|ya que|por que)\b"
)
_BETTER_NOW = re.compile(
    r"\b(?:now|ahora|these days|hoy|ya)\b[^.!?]{0,15}?\b(?:better|fine|ok|okay|good|great|mejor|bien|normal)\b"
)


# Long ago or lifelong, in the symptom's sentence and with nothing current in its clause: "had a rash when i was a
# kid from amoxicillin", "de niña me salió un sarpullido", "se me traba la lengua ... desde chiquita", "my dad had
# seizures when he was younger". Not new, so not a side effect ("not long ago" is recent).
_YEARS_AGO = re.compile(r"\b(?:(?:years|yrs|ages|(?<!not )long) ago|hace (?:muchos|varios|\d+) anos)\b")
_LONG_GONE_NEXT = re.compile(
    r"[\s.,;]*(?:(?:it|that|which|and|y) )?(?:cleared(?: up)?|went away|healed|resolved|se (?:me |le )?(?:quito|fue|paso|curo))(?: \w+)?"
    r" (?:(?<!not )long ago|years ago|ages ago|hace (?:mucho|anos|muchos anos))\b"
    # "... when i first started but its long gone"
    r"|[\s.,;]*(?:but |pero |and |y )?(?:its|it s|it is|thats|that s|theyre|they re|they are|those are|ya) (?:long gone|long since gone|gone for (?:months|ages|years))\b"
    r"(?![^.!?]*\b(?:new one|another one|again|came back|back now|but now|now (?:i|theres|there s|its|it s|i ve|ive)|otra vez|de nuevo|volvio)\b)"
)
# ... not the years since someone died: "asking for my dad who passed 10 yrs ago"
_DIED = re.compile(r"\b(?:passed|passed away|died|murio|fallecio|se nos fue)\b")
_FAR_PAST = re.compile(
    r"\b(?:when (?:i|he|she|they) (?:was|were) (?:a kid|a child|a baby|a teen|a teenager|little|young|younger|small|in (?:school|high school))"
    r"|as a (?:little |small |young )?(?:kid|child|baby|teen|teenager|girl|boy)"
    # (what is made for a child is no time of life: "una tienda de ropa de bebe")
    r"|(?<!ropa )(?<!cosas )(?<!cuarto )(?<!fotos )(?<!comida )(?<!juguetes )(?<!zapatos )(?<!articulos )(?<!tienda )de (?:nin[oa]|chiquit[oa]|pequen[oa]|chic[oa]|joven|bebe)"
    r"|desde (?:chiquit[oa]|nin[oa]|pequen[oa]|chic[oa]|siempre|que tengo memoria)|cuando (?:era|estaba) (?:nin[oa]|chiquit[oa]|pequen[oa]"
    r"|chic[oa]|joven|bebe)|(?:my|his|her) (?:whole|entire) life|all my life|toda (?:mi|la|su) vida"
    r"|since (?:i was (?:a kid|little|a child|small|a baby)|childhood|birth)"
    # a year named as the past: "back in 2019 i heard voices ... nothing like that in years"
    r"|back in (?:19|20)\d\d)\b"
)
_NOW_WORD = re.compile(
    r"\b(?:now|ahora|again|de nuevo|otra vez|today|hoy|this (?:week|morning)|esta (?:semana|manana)|yesterday|ayer|anoche|last night"
    r"|since (?:starting|i started|the)|desde (?:que|q) (?:empece|me (?:subieron|cambiaron|dieron))|back(?! in (?:19|20)\d\d)|volvio|volvieron|regreso)\b"
)
# A near-faint is dizziness as well: "feel like im gonna pass out" (the fainting red flag stands).
_ABOUT_TO = re.compile(r"\b(?:gonna|going to|about to|might|like i could|me (?:voy|iba) a|casi me|almost|nearly)\s+$")
# "la fiebre del mundial": a craze, not a temperature.
_FEVER_IDIOM = re.compile(r" (?:del|de la|de los|de) (?:mundial|futbol|copa|clasico|sabado|compras|oro|juego|baile|fiesta)\b")
# The skin of food: "pelando la piel del pollo pa la cena".
_FOOD_SKIN = re.compile(
    r" (?:del|de la|de los|de las|de) (?:pollo|pescado|salmon|papas?|naranjas?|frutas?|platanos?|manzanas?|salchichas?|cebollas?|ajo"
    r"|tomates?|duraznos?|mangos?|cerdo|pavo|chorizo|uvas?)\b"
)
# Dark urine put down to drinking too little is no liver sign: "pee is dark yellow when i dont drink enough water".
_DRANK_LITTLE = re.compile(
    r"\b(?:dont|don t|didnt|do not|not|forget to) drink(?:ing)? (?:enough|much|a lot of|more)?(?: water)?|dehydrat\w*|deshidrat\w*"
    r"|no tomo (?:suficiente |mucha )?agua|tomo poca agua|sin tomar agua\b"
)
# Short of breath on the stairs or a climb is effort, not an allergic reaction: "me falta el aire cuando subo los 4 pisos".
_ON_CLIMB = re.compile(
    r"\b(?:cuando|al) (?:subo|subir|camino|caminar|corro|correr) (?:(?:las|los|unas|unos|\d+|tres|cuatro|cinco) ){0,2}(?:escaleras|pisos"
    r"|gradas|cuadras|cerro|loma|subida)|\b(?:climbing|walking up|going up|run up|running up|take|taking) (?:the |a few |\d+ |two |three )?"
    r"(?:stairs|flights?(?: of stairs)?|steps|hill)\b"
)
# A pill hard to get down is its size, not the throat: "can i cut it in half? its really hard to swallow".
_PILL_HARD = re.compile(
    r"\b(?:it|its|it s|it is|they|theyre|they re|they are|the (?:pills?|tablets?|capsules?|caps|tabs)|these (?:pills|tablets|capsules))"
    r"(?: (?:is|are|s|really|so|kinda|kind of|a bit|too|pretty|very|super|just|still))* (?:hard|difficult|tough) to swallow\b"
)
# ... said only where the reply is about the pill itself.
_PILL_TALK = re.compile(
    r"\b(?:pills?|tablets?|capsules?|caps|tabs|(?:cut|split|break|crush|halve) (?:it|them|the \w+)|in half|whole thing|too big|so big|huge)\b"
)
_HEART_WORD = re.compile(
    r"\b(?:heart|corazon|pulse|pulso|palpitat\w*|latidos?|dizz\w*|light ?headed|mare\w*)\b(?! (?:normal|bien(?! (?:rapido|rapidisimo|acelerad[oa]|fuerte|duro|recio|raro|feo))|fine|ok|okay|tranquilo|is fine|is normal|esta bien|esta normal)\b)"
)
# A symptom told before and since explained as harmless: "el dolor en el pecho q le conté era acidez".
_EXPLAINED = re.compile(
    r"(?:\s+\w+){0,7}?\s+(?:era|fue|resulto(?: ser)?|was (?:just|only)|turned out to be|turned out it was) (?:solo |nada mas |just |only |puro |pura )?"
    r"(?:acidez|agruras|gases|reflujo|heartburn|reflux|gas|indigestion|muscular|un musculo|a pulled muscle|nada|nothing)\b"
)
_NO_FEVER_NOW = re.compile(r"\b(?:sin fiebre|no (?:tengo |he tenido )?(?:mas )?fiebre|ya no tengo fiebre|no (?:more )?fever|fever s gone|fever is gone)\b")
# A wish said "so bad" is no severity: "need a nap so bad", "want a burger so badly".
_WANTED_BEFORE = re.compile(r"\b(?:need|needs|needed|want|wants|wanted|wanna|miss|missing|craving|crave)\b(?: \w+){0,3} $")
# A household's restless night is the night's, not akathisia: "baby was up teething so the whole house had a restless night".
_HOUSE_NIGHT = re.compile(r"\b(?:whole house|whole family|everyone|every one|we all|all of us|the house|toda la casa|todos)(?: \w+){0,2} $")
# Swelling with a cause of its own: "face was swollen after the dentist pulled my wisdom tooth".
_SWELL_CAUSE = re.compile(
    r"(?: \w+){0,2}? (?:after|from|because of|bc of|due to|despues de|por) (?:the |my |a |an |el |la |mi |una |un )?(?:dentist|dental|oral surgeon|tooth|teeth|wisdom"
    r"|surgery|bee|wasp|sting|bug bite|bite|fall|punch|dentista|muela|muelas|cirugia|picadura|golpe|caida)\b"
)
# A heart that skipped a beat at news is an idiom: "my heart skipped a beat when he proposed".
_HEART_IDIOM = re.compile(r"(?: \w+){0,2}? (?:skipped|skips|skip) a beat (?:when|as|at|because|bc|cuz|reading|seeing|hearing|lol|haha)\b")
# Disgust at oneself is no nausea: "me doy asco".
_SELF_DISGUST = re.compile(r"\b(?:me doy|te das|se da|doy|que|q|ke|k)\s+$")
# ... nor is disgust at one's own thoughts: "tengo pensamientos de ..., me dan asco pero no se van".
_DISGUST_AT_THOUGHTS = re.compile(r"\b(?:pensamientos|ideas|imagenes|thoughts|lo que pienso|lo q pienso)\b")
# A symptom named only as what something is not for: "bought a bunch of tylenol. not for headaches if im being honest".
_NOT_FOR_BEFORE = re.compile(
    r"\b(?:not|no es|no son|no era|no eran|isnt|wasnt|aint|arent|werent) (?:really |just |even |realmente )?(?:for|para)"
    r" (?:my |the |a |mis |mi |los |las |el |la |un |una )?$"
)
# Sleep sought with an overdose or a pill is no side effect: "took 8 so id just stay knocked out".
_SLEEP_SOUGHT = re.compile(
    r"\b(?:so (?:that )?(?:i d|id|i would|i could|i can)|para (?:que )?(?:me )?(?:quede|quedar|quedarme|estar|dormir))(?: (?:just|stay|be|get|keep))*\s+$"
)
# Tiredness foreseen for a day ahead: "mañana es la mudanza, me voy a morir de cansancio".
_FUTURE_BEFORE = re.compile(
    r"\b(?:me voy a|voy a (?:estar|quedar|andar)|i m going to be|im going to be|im gonna be|i m gonna be|gonna be|going to be|i ll be|ill be"
    r"|will be)(?: \w+){0,2}?\s+$"
)
_DAY_AHEAD = re.compile(
    r"\b(?:manana|tomorrow|tonight|esta noche|next week|la semana que viene|la proxima semana|this weekend|el finde|pasado manana)\b"
)
# "ando bien apagada" answering the mood question tells the mood, not a blunting.
_MOOD_STATE = re.compile(r"\b(?:ando|andaba|estoy|ando como|(?:lo|la) veo|se ve|anda)(?: (?:bien|medio|muy|re|toda|todo|super|mas|un poco mas))?\s+$")
# A relative tied to the treatment by its start: "hes been sleepy in class since starting fluoxetine".
_STARTED_ON = re.compile(
    r"\bsince (?:starting|he started|she started|they started|going on|he went on|she went on)(?: on)? (?:the |his |her |their )?(?:" + MED_REF + r")\b"
)


@dataclass
class SymptomReport:
    """Symptoms present now: canonical side effects, red-flag and severity hits."""

    side_effects: set[str] = field(default_factory=set)
    hits: list[Hit] = field(default_factory=list)
    complaint: bool = False  # any side effect or symptom reported as present
    denied: bool = False  # some symptom named only to say it is absent or gone


# Signs of mania a carer tells of a relative ("mi hija no duerme, lleva días hablando sin parar"): the
# relative is the patient only when together they make the red flag; a relative's bad night alone is theirs.
_JOINED = re.compile(r"\s*,?\s*(?:y|e|and)\s+")
_MANIA_PARTS = frozenset({"energy_high", "no_sleep_days", "big_purchase", "euphoric", "days_awake", "not_tired", "insomnia"})
# On lithium, a relative's gut upset or shaking told beside the slurring or stumbling a carer reports of the patient
# ("mi hijo tiene diarrea ..., está tembloroso y habla raro") is the patient's too, when together they make the red flag.
_LITHIUM_PARTS = frozenset({"vomiting", "diarrhea", "tremor"})
# Spanish third-person forms ("le duele la barriga", "no duerme", "lleva 4 noches sin dormir", "está amarilla")
# are read only with a relative named just before them.
_THIRD_PERSON = re.compile(r"le |no duerme\b|lleva |llevan ")
# A symptom put down to something else, the medication ruled out: "bruises on my legs r from soccer lol not the meds".
_NOT_THE_MEDS = re.compile(
    r"\b(?:r|are|is|s|were|was|son|es|fueron|vienen) (?:from|de|por) [^.!?]{1,30}?\b(?:not|no (?:es|son))(?: (?:from|de|por))?"
    r" (?:the|my|la|las|mis|el|los) (?:meds|pills|medications?|medicine|pastillas?|medicinas?)\b"
)


# ... or blamed elsewhere in the same sentence, said after it ("exhausted but that's the double shifts, not the lithium",
# "haven't slept right since she left, but that's heartbreak not the pill") or just before it ("agotada pero no es la
# pastilla, es q no duermo por ella").
_BLAMED_AFTER = re.compile(
    # (a "that one" after an "and" clears only the item it points back to: "dry mouth, the sweats, and my mother in law visiting
    # (that one's not the pills lol)")
    r"\b(?:(?:but|pero|its|it s|thats|that s|es|eso es)\b[^.!?]{0,50}?|(?:and|y)\b(?:(?!\b(?:that|this) ones?\b|\b(?:ese|esa|eso) (?:ultim[oa] )?no\b)[^.!?]){0,50}?)\b(?:not|no es|no son|isnt|is not|aint|no(?= (?:por|de|del|la|el|las|los|mi|mis) ))(?: (?:from|de|por|due to|because of))?"
    r" (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b"
    # ... or set off bare after a comma: "dead tired after 3 night shifts in a row, not the meds"
    r"|[,;] (?:(?:but|pero|and|y) )?(?:not|no es|no son|isnt|aint|no(?= (?:por|de|del) ))(?: (?:from|de|por|due to|because of))?"
    r" (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b"
    # nothing from the pill: "wiped after a double, but nothing from the meds", "con gripa ..., pero de la pastilla nada"
    r"|\b(?:but|pero)\b (?:(?:nothing|nada|none|ninguno)(?: (?:from|de|del|por))? (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine"
    r"|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b|(?:de|del|from) (?:the |my |la |las |mis |el |los )?(?:meds|med|pills?|medications?|medicine"
    r"|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r") (?:nada|nothing|ninguno|none)\b)"
    # ... or in a clause of its own after it: "cansada pero es porque ..., de la pastilla nada", ". las pastillas sin problema"
    r"|[,.;] (?:(?:de|del|from) )?(?:the |my |la |las |mis |el |los )(?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?|medicamentos?"
    r"|tablets?|" + MED_NAMES + r") (?:nada|nothing|sin (?:problemas?|novedad)|bien|fine|ok|okay|no problems?)\b"
    # the pill doubted as the cause: "no duermo bien, no creo q sea la pastilla", "i dont think its the meds"
    r"|\b(?:no creo (?:q|que)|dont think|don t think|do not think|doubt)(?: (?:its|it s|it is|thats|that s|sea|sean|es|son))?(?: (?:from|de|por))?"
    r" (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b"
    # an illness named as the cause: "pero creo q es la gripa q me pego mi hijo", "but pretty sure thats the hangover"
    r"|\b(?:but|pero) (?:(?:i think|i m pretty sure|im pretty sure|pretty sure|i m sure|im sure|probably|prob|creo (?:q|que)|seguro|seguro (?:q|que)) )?"
    # (told in the past too: "vomité toda la noche pero fue la cruda")
    r"(?:its|it s|thats|that s|es|eso es|fue|eso fue|it was|that was|was) (?:just |solo |nomas )?(?:the|a|my|la|el|una|un|mi) (?:\w+ ){0,2}?(?:resfri\w*|gripa|gripe|catarro|cold|flu|covid"
    r"|virus|bug|hangover|cruda|alergias?|allergies|allergy|infeccion|infection)\b"
    # ... or brought home by someone: "threw up this morning, mateo brought a stomach bug home from daycare"
    r"|[,;] (?:\w+ ){1,3}?(?:brought|trajo|me pego|gave me|passed me) (?:a |the |un |una |el |la |his |her |su )?(?:\w+ )?(?:bug|flu|cold|virus|gripa"
    r"|gripe|resfriado|infeccion|infection)\b"
)
# ... or in the next sentence, set off on its own: "headache and coughing, opened all the windows. not the meds, just telling u"
_NOT_THE_MEDS_NEXT = re.compile(
    r"[.!]+\s*(?:(?:but|pero) )?(?:not|no es|no son|isnt)(?: (?:from|de|por))? (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine"
    r"|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b"
)
_BLAMED_BEFORE = re.compile(
    r"\b(?:not|no es|no son|isnt|is not)(?: (?:from|de|por|due to|because of))? (?:the|my|la|las|mis|el|los) (?:meds|med|pills?|medications?|medicine"
    r"|pastillas?|medicinas?|medicamentos?|tablets?|" + MED_NAMES + r")\b,? (?:es|its|it s|thats|that s|just|solo|nomas)\b[^.!?]{0,30}$"
)


# "No side effects" said outright: "nada de efectos", "ningún efecto raro", "sin efectos", "none, no side effects", "nada de la pastilla".
_NO_EFFECTS = re.compile(
    r"\b(?:no|zero|sin|nada de|ningun|ninguno|ningunos|not any|cero)(?: \w+)? (?:side effects?|efectos?)\b(?! (?:yet|todavia|aun)\b)"
    r"|\b(?:nada|nothing|none|ninguno)(?: (?:de|from|del|por))? (?:the |my |la |las |el |los |mis )?(?:pastillas?|pills?|meds?|medicinas?"
    r"|medicamentos?|medication|" + MED_NAMES + r")\b"
    # the pills said to be fine: "las pastillas sin problema", "con ella y sin problema"
    r"|\b(?:(?:the |my |la |las |el |los |mis )?(?:pastillas?|pills?|meds?|medicinas?|medicamentos?|medication|" + MED_NAMES + r")|con ella|con el)"
    r" (?:y )?sin (?:ningun )?(?:problemas?|novedad|molestias?)\b"
)
# A cause told right after the symptom: "el cansancio es de la quimio", "muerto del cansancio por la chamba",
# "cansada porque estamos en temporada de cosecha", "muerta de cansancio pero es por la bebé" (not the pill: "tired from the new dose")
_CAUSE_AFTER = re.compile(
    r"[^.!?]{0,25}?\b(?:(?:pero|but) )?(?:(?:es|son|its|it s|thats|that s|is|are|s|just|solo|nomas) )*(?:porque|porq|pq|por que|xq|por|x|(?<!antes )(?<!despues )(?<!ganas )de|(?<!antes )(?<!despues )(?<!ganas )del|from"
    r"|because(?: of)?|bc(?: of)?|cuz|due to|thanks to|(?<=\bpero )eso es|(?<=\bbut )thats|(?<=\bbut )that s)\b (?!(?:the |la |las |el |los |mis |mi |my |this |esta |este |that |esa |ese )?(?:\w+ )?"
    r"(?:meds?|pills?|pastillas?|medicinas?|medicamentos?|medication|dose|dosis|tablets?|" + MED_NAMES + r")\b)"
)
# ... an illness or the day's load as that cause: "es por el resfriado", "es de la quimio"
_OTHER_CAUSE = re.compile(
    # (a few words of the cause's own before it: "bc i was at a frat party", "xq mi suegra esta internada")
    r"(?:the |el |la |los |las |un |una |a |an |my |mi |mis |this |este |esta )?(?:\w+ ){0,4}?(?:resfri\w*|gripa|gripe|catarro|cold|flu|covid|virus|quimio|chemo"
    r"|alergias?|allergies|allergy|sinus\w*|infeccion|infection|cruda|hangover|regla|period|menopausia|menopause|embarazo|pregnancy|bebe|baby"
    r"|trabajo|chamba|work|cosecha|harvest|turnos?|shifts?|ninos|kids"
    # the clocks, the years of a trade, the nights worked, a late game: "thats the clocks changing", "thats 20 yrs of roofing"
    r"|clocks?|time change|daylight saving\w*|cambio de horario|horario|yrs|years|anos|nights|night ?shifts?|partido|juego|game|newborn"
    # school's crunch, a night out, the coffee: "no he dormido en 3 dias x los finales", "headache bc i was at a party til 3"
    r"|finales|finals|exams?|examen(?:es)?|parciales|midterms?|tesis|thesis|fiesta|party|parties|frat|desvelada|cafe|coffee|caffeine|cafeina"
    r"|internad[oa]|hospitalizad[oa]|balonazo|pelotazo)\b"
)
# An illness named as the cause of another complaint: "dolor de cabeza pero es por el resfriado".
_AS_CAUSE_BEFORE = re.compile(
    r"\b(?:es|son|its|it s|thats|that s|just|solo|nomas)? ?(?:por|de|from|because of|bc of|due to) (?:el |la |un |una |the |a |my |mi )?$"
    # named as the thing itself: "pero es la gripa, no la medicina"
    r"|\b(?:es|son|its|it s|thats|that s) (?:solo |nomas |just )?(?:el |la |un |una |the |a |my |mi )$"
)


def _put_down_to_other(text: Text, start: int, end: int, name: str) -> bool:
    """True when the symptom is told as another thing's, with the medication cleared of it: a cold or the flu named
    as a cause or beside a "no side effects", or a symptom given a cause that is an illness or the day's load, or
    any cause beside a "no side effects" ("nada de efectos. ando muerta de cansancio pero es por la bebé")."""
    norm = text.norm
    if name == "flu":
        return _AS_CAUSE_BEFORE.search(norm, max(0, start - 25), start) is not None or _NO_EFFECTS.search(norm) is not None
    cause = _CAUSE_AFTER.match(norm, end, text.sentence_bounds(start)[1])
    # the pill beside it keeps it the pill's: "exhausted from work since the new dose"
    if cause is None or _MED_WORD.search(norm, text.clause_bounds(start)[0], max(text.clause_bounds(start)[1], text.clause_bounds(cause.end())[1])):
        return False
    return _NO_EFFECTS.search(norm) is not None or _OTHER_CAUSE.match(norm, cause.end()) is not None


# An illness the household shares is no side effect: "bit of a headache but ive got a cold, the whole house does",
# "diarrea toda la semana ..., mi esposo también anda igual".
_SHARED = re.compile(
    r"\b(?:the whole (?:house|family|household|office|class|daycare|school|team)(?: \w+)? (?:does|has|have|is|are|got|had)\b"
    r"|everyone (?:at|in) (?:\w+ ){0,2}?(?:has|have|got|had|is)\b|(?:mi|my) \w+ (?:\w+ )?(?:tambien|too|also) (?:anda|esta|tiene|tuvo|has|is|got|had)\b"
    r"|(?:mi|my) \w+ (?:anda|esta|tiene|tuvo) (?:igual|lo mismo)\b|(?:todos|toda la (?:casa|familia)) (?:en (?:la )?casa )?(?:andamos|estamos|tenemos|anda|esta|tiene)"
    r" (?:igual|lo mismo|enferm[oa]s|malos|malas)\b"
    # everyone at the party: "fue el ceviche de la fiesta, todos los invitados andan igual", "everyone at the bbq got sick"
    r"|(?:todos|todas) (?:los|las) \w+ (?:andan|estan|tienen|tuvieron|quedaron|se pusieron) (?:igual|lo mismo|enferm[oa]s|malos|malas)\b"
    r"|everyone (?:else )?(?:who|that) (?:ate|was there|went)\b)"
)
# Nerves about news or a decision over the treatment, not a side effect: "super happy but nervous about the lexapro",
# "estoy embarazada!! me muero de los nervios".
_NEWS = re.compile(r"\b(?:pregnan\w*|embarazad[oa]|expecting|engaged|comprometid[oa])\b")
_ABOUT_MED = re.compile(r" (?:about|over|de|por|sobre) (?:the |my |this |la |el |mi |las |los |mis |esta |este )?(?:" + MED_REF + r")\b")
# A fright over something thought or seen: "panicked tuesday bc i thought i doubled up".
_FRIGHT_CAUSE = re.compile(
    r"(?: \w+){0,2}? (?:bc|because|cuz|cause|when|porque|pq|cuando) (?:i |yo )?(?:thought|realized|saw|found|forgot|couldnt find|pense|crei|vi|no encontraba)\b"
)
_ANXIOUS = re.compile(r"\b(?:anxi\w*|ansie\w*|ansios[oa]|nervio\w*|nervous\w*|panic\w*)")
_VOICE = re.compile(r" (?:la|mi) voz\b| voice\b")
# A rash with a cause of its own, now gone: "the rash from the poison ivy on our camping trip is gone too".
_RASH_CAUSE = re.compile(
    # (the cause may be named as what it was: "the rash from last month was poison ivy from camping")
    r"(?: \w+){0,4}? (?:from|after|de|del|por|was|were|fue|era|turned out to be) (?:just |only |solo )?(?:the |my |a |some |el |la |una |un )?(?:poison (?:ivy|oak|sumac)|hiedra venenosa|mosquito\w*"
    r"|bug bites?|picaduras?|sunburn|quemadura de sol|diaper|panal|chlorine|cloro)\b"
)
_RASH_GONE = re.compile(
    r"\b(?:is|are|s|has|have|had)(?: (?:all|since|long|totally|completely|already))? (?:gone|cleared(?: up)?|healed|went away)\b|\b(?:ya )?se (?:me )?(?:quito|fue|curo)\b"
    r"|\b(?:all|totally|completely) (?:cleared up|gone|healed(?: up)?)\b"
)
# The shaking itself stopped: "her hands stopped shaking", "finally quit sweating" ("stopped sleeping" is insomnia, not read here).
_STOPPED_BEFORE = re.compile(
    r"\b(?<!wont )(?<!won t )(?<!will not )(?<!cant )(?<!can t )(?<!never )(?<!doesnt )(?<!dont )(?<!didnt )(?<!no )"
    r"(?:finally |have |has |had |already )?(?:stopped|quit|dejaron de|dejo de) $"
)
# Food not kept down with the vomiting denied after it: "cant keep breakfast down but not actually throwing up".
_KEEP_DOWN = re.compile(r"(?:cant|can t|cannot|couldnt|unable to|not able to) keep\b")
_NOT_VOMITING = re.compile(
    r"\b(?:but |pero )?(?:not|never|no|havent|haven t|hasnt|didnt|dont|im not|i m not)(?: (?:actually|really|quite|yet|been|ever|todavia|aun|realmente))*"
    r" (?:throw(?:ing|n)? up|threw up|vomit\w*|puk\w*|barf\w*)"
)
# Sunburn after a day out is the sun's: "took the dog to the lake sunday. sunburned but happy".
_OUTING = re.compile(
    r"\b(?:lake|beach|pool|river|camping|hike|hiking|fishing|boat|picnic|bbq|game|parade|festival|playa|alberca|piscina|rio|lago|paseo|campamento)\b"
)
# Sleep gone back to good: "sleeping way better now".
_SLEEP_BETTER = re.compile(
    r"\b(?:sleeping|slept|sleep|durmiendo|duermo) (?:so |way |much |a lot |mucho |muchisimo )?(?:better|mejor)(?: now| ahora| again| these days| ya)?\b"
)
# Sleep kept away by a worry: "no duermo de la preocupación", "cant sleep from worrying about him".
_WORRY_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:de|por|from|with|over|for) (?:la |el |tanta |tanto |pura |puro |the |all the |so much )?(?:preocupacion|angustia|pendiente"
    r"|worry|worrying|worries)\b"
)
# A fear of a thing named right after the panic: "le da pánico la aguja", "panic about needles".
_FEARED_OBJECT = re.compile(
    r"\s+(?:(?:a|de|of|to|about|around|with) )?(?:la |las |los |el |the |any )?(?:agujas?|inyecci\w*|needles?|shots?|sangre|blood|piquetes?"
    r"|blood draws?|dentista|dentist|volar|flying|heights|alturas|aviones?|planes?)\b"
)
# The whole household or street shaken by the day: "andamos todos con los nervios de punta", "we're all so on edge".
_ALL_OF_US = re.compile(
    r"\b(?:(?:andamos|estamos|quedamos) todos|todos (?:andamos|estamos|quedamos)|todo el mundo (?:anda|esta)|we re all|were all|we are all"
    r"|everyone s|everyones|everyone is|everybody s|everybodys|everybody is)(?: (?:con|so|super|really|bien|muy|de|a bit|kinda))*(?: (?:los|las|el|la))?\s+$"
)
# Sleeplessness as a condition, not a report: "ok to take the trazodone with benadryl on nights i cant sleep?".
_SLEEP_CONDITION = re.compile(
    r"\b(?:on (?:the )?nights? (?:when |that )?|las noches (?:que|en que) )(?:i |she |he |they |yo |ella |el )?$"
)


def _blamed_elsewhere(text: Text, start: int, end: int, name: str = "") -> bool:
    """True when the sentence of a symptom says it is not the medication's (not asked: "is it not the meds?")."""
    norm = text.norm
    sent_start, sent_end = text.sentence_bounds(start)
    if norm.startswith("?", sent_end):
        return False
    return bool(_BLAMED_AFTER.search(norm, end, sent_end) or _BLAMED_BEFORE.search(norm, max(sent_start, start - 60), start)
                or _NOT_THE_MEDS_NEXT.match(norm, sent_end) or _put_down_to_other(text, start, end, name))


def find_symptoms(text: Text, medications: tuple[str, ...], asked: str) -> SymptomReport:
    """Return what the reply reports as present now, with the red flags it raises."""
    norm = text.norm
    raw = [(m.lastgroup, m.start(), m.end()) for m in SYMPTOM.finditer(norm)]
    if not raw and asked != "side_effects":
        return SymptomReport()
    # "no fever or sore throat": a negation reaches across symptoms it already denied, but
    # not across one that stands ("haven't slept in days and full of energy").
    crossable: frozenset[str] = frozenset()
    atoms: dict[str, list[tuple[int, int]]] = {}
    denied = False
    # The slower scope rules run only on replies that hold their words.
    over = _OVER_WORD.search(norm) is not None
    far_past = _FAR_PAST.search(norm) is not None or _YEARS_AGO.search(norm) is not None or "long gone" in norm
    fine_now = _FINE_NOW.search(norm) is not None and _YESTERDAY.search(norm) is not None
    wishes = "wish" in norm or "hop" in norm or "pray" in norm or "ojala" in norm
    stop_reason = _STOPPED_BECAUSE.search(norm)
    if stop_reason and not _BETTER_NOW.search(norm, stop_reason.end()):
        stop_reason = None
    meds = {MED_ALIASES.get(m.strip().lower(), m.strip().lower()) for m in medications}
    on_lithium = "lithium" in meds or bool(_LITHIUM.search(norm))
    on_clozapine = "clozapine" in meds or bool(_CLOZAPINE.search(norm))
    held: dict[str, list[tuple[int, int]]] = {}
    others: list[Hit] = []
    # a relative's signs that only make mania together: "mi hermano lleva días sin dormir y gastando todo"
    others_parts: dict[str, list[tuple[int, int]]] = {}
    others_end: int | None = None
    for name, start, end in raw:
        third = None
        if name == "yellow_third" or _THIRD_PERSON.match(norm, start):
            third = _last_owner(text, start)
            # a relative named in an earlier sentence still owns it: "mi hijo tiene 24. hoy le dio un ataque ..."
            if third is None:
                third = _last_owner_before(text, start)
            # with no relative named, a writer who said they write for the patient tells the patient's
            # ... and so does a bare answer to "any side effects?" that names no one: "tiene mucha hambre ... ya no le cierran los pantalones"
            # ... and so does a red flag told of "him" or "her" in a reply that names nobody else: "dice q le duele el pecho"
            # (a missed red flag is the dangerous mistake; the pronoun can only be the patient's)
            if third is None and not _PROXY.search(norm, 0, start) and not (asked == "side_effects" and not _NAMES_SOMEONE.search(norm)) \
                    and not (name in _RED_FLAG_ATOMS and not _NAMES_ANYONE.search(norm) and not _PET.search(norm)):
                continue
        if name == "yellow_third":
            name = "yellow"
        if name in _NEEDS_OWNER:
            if not _NEEDS_OWNER[name].search(norm, max(text.clause_bounds(start)[0], start - 60), start):
                continue
            name = _OWNED_AS.get(name, name)
        if name == "confusion" and _INSTRUCTIONS.search(norm, *text.clause_bounds(start)) and _CONFUSED_WORD.search(norm, start, end):
            continue
        # a thing made of something: "threatened to make a rug out of it"
        if name == "confusion" and norm.startswith("out of it", start) and _MADE_OF.search(norm, max(0, start - 40), start):
            continue
        if _HYPOTHETICAL.search(norm, text.clause_bounds(start)[0], start) or _is_feared(text, start, end) \
                or (wishes and _WISHED_ILL.search(norm, text.clause_bounds(start)[0], start)):
            # "told me to watch for a rash, none so far": the one looked for is absent
            if _NONE_YET.search(norm, end):
                denied = True
            continue
        if name == "fainting" and _is_faint_idiom(text, start, end):
            denied = True  # read as sleep or surprise, not unparsed
            continue
        if name == "palpitations" and norm.startswith("heart", start) and _HEART_IDIOM.match(norm, start + 5):
            continue
        if name == "restlessness" and _HOUSE_NIGHT.search(norm, max(0, start - 40), start) and norm.startswith(" night", end):
            continue
        if name == "swelling" and _SWELL_CAUSE.match(norm, end):
            denied = True
            continue
        if (far_past and (_is_long_ago(text, start) or _gone_long_ago(text, start))) or (name == "fever" and _FEVER_IDIOM.match(norm, end)) \
                or (name == "rash" and _FOOD_SKIN.match(norm, end)) \
                or (name == "chest_pain" and _EXPLAINED.match(norm, end, text.clause_bounds(start)[1])):
            denied = True
            continue
        if name not in _RED_FLAG_ATOMS and _WRITER_SELF.search(norm, max(0, start - 12), start) and _PROXY.search(norm, 0, start):
            continue
        if name not in _RED_FLAG_ATOMS and _WRITER_THE_ONE.search(norm, max(0, start - 30), start) and (_PROXY.search(norm) or _SIGNED_OFF.search(norm)):
            continue
        if name == "dark_urine" and _DRANK_LITTLE.search(norm, *text.sentence_bounds(start)):
            name = "other_symptom"
        if name == "breathing" and _ON_CLIMB.search(norm, *text.sentence_bounds(start)) and not _HEART_WORD.search(norm):
            name = "other_symptom"
        if name == "breathing" and _PILL_TALK.search(norm) \
                and any(m.start() <= start < m.end() for m in _PILL_HARD.finditer(norm, max(0, start - 40), end + 2)):
            continue
        if name == "nausea" and norm.startswith("asco", start) and _SELF_DISGUST.search(norm, max(0, start - 10), start):
            continue
        if _NOT_FOR_BEFORE.search(norm, max(0, start - 30), start):
            continue
        if name == "nausea" and "asco" in norm[start:end] and _DISGUST_AT_THOUGHTS.search(norm, text.sentence_bounds(start)[0], start):
            continue
        # food not kept down, with the vomiting itself denied, is the nausea: "cant keep breakfast down but not actually throwing up"
        if name == "vomiting" and _KEEP_DOWN.match(norm, start) and _NOT_VOMITING.search(norm, end, text.sentence_bounds(start)[1]):
            name = "nausea"
        if name == "drowsiness" and (_SLEEP_SOUGHT.search(norm, text.clause_bounds(start)[0], start) or (
                _FUTURE_BEFORE.search(norm, text.clause_bounds(start)[0], start) and _DAY_AHEAD.search(norm, *text.sentence_bounds(start)))):
            continue
        if name == "emotional_blunting" and asked == "mood" and norm.startswith("apagad", start) \
                and _MOOD_STATE.search(norm, max(0, start - 20), start):
            continue
        if name == "insomnia" and _SLEEP_CONDITION.search(norm, max(0, start - 30), start):
            continue
        if name == "insomnia" and _BECAUSE_BEFORE.search(norm, max(0, start - 20), start) \
                and _MORE_TAKEN.search(norm, text.sentence_bounds(start)[0], start):
            continue
        carers = False
        # a sign joined straight onto a relative's ("lleva días sin dormir y gastando todo") is the relative's too
        joined = name in _MANIA_PARTS and others_end is not None and _JOINED.fullmatch(norm, others_end, start) is not None
        if joined or _someone_elses(text, start, end, name, third, asked):
            if joined or (name not in _MANIA_PARTS and not (on_lithium and name in _LITHIUM_PARTS)) \
                    or _someone_elses(text, start, end, "mania" if name in _MANIA_PARTS else "slurred", third, asked):
                # someone else's emergency is still read by a person: "my grandma had a seizure yesterday"
                # (a pet's is not: "a mi perrito le dieron convulsiones")
                if name in _RED_FLAG_ATOMS and not _PET.search(norm, text.sentence_bounds(start)[0], start):
                    others.append(Hit("third_party_symptom", start, end))
                elif name in _MANIA_PARTS:
                    others_parts.setdefault(name, []).append((start, end))
                    others_end = end
                continue
            carers = True
        # (an unnamed ache too: "my knees are killing me but that's 20 yrs of roofing")
        if name not in _RED_FLAG_ATOMS and (_NOT_THE_MEDS.search(norm, end, text.sentence_bounds(start)[1])
                                            or ((CANONICAL[name] or name == "other_symptom"
                                                 or (name == "flu" and not _CLOZAPINE.search(norm) and "clozapine" not in medications))
                                                and _blamed_elsewhere(text, start, end, name))):
            denied = True
            continue
        if name in _SPARED_ATOMS and _SPARED_ME.search(norm, start, text.sentence_bounds(start)[1]):
            continue
        if name == "other_symptom" and _EXERTION.match(norm, end):
            continue
        # sore from the gym, said with no fever: "legs are stiff from leg day at the gym lol, no fever"
        if name == "stiffness" and _EXERTION.match(norm, end) and not _FEVERISH.search(norm):
            continue
        # (a pounding heart beside a blackout keeps its red flag, at the gym too)
        if name in ("other_symptom", "palpitations", "sweating") and _on_exercise(text, start, end) \
                and not (name == "palpitations" and _BLACKED_OUT.search(norm)):
            continue
        # (the pill told in an earlier clause is the adherence, not the cause: "im taking my pills, just tired from being up nights with him")
        if name == "drowsiness" and asked != "side_effects" and _NIGHT_WORK_NEXT.match(norm, text.sentence_bounds(start)[1]) \
                and not _MED_WORD.search(norm):
            continue  # "dead tired but good, 4. night shift in the ER was wild": the night's work told next
        if name == "drowsiness" and asked != "side_effects" and not _MED_WORD.search(norm):
            nxt = text.sentence_bounds(start)[1]
            if nxt < len(norm) and _UP_WITH_NEXT.search(norm, nxt, text.sentence_bounds(min(len(norm) - 1, nxt + 2))[1]):
                continue
        if name == "drowsiness" and (asked != "side_effects" or _NONE_UNLESS.match(norm)) and (_TIRED_CAUSE.match(norm, end) or _TIRED_EVENT_AFTER.search(norm, end, text.sentence_bounds(start)[1])
                                                                  or _TIRED_EVENT_AFTER.search(norm, 0, start) or _TIRED_DOING_AFTER.match(norm, end)) \
                and not _MED_WORD.search(norm, text.clause_bounds(start)[0], text.sentence_bounds(start)[1]):
            continue
        because = _TIRED_BECAUSE.match(norm, end) if name == "drowsiness" else None
        # (a pill told after the cause, in a clause of its own, is the adherence: "... pero es q el bebé no nos deja dormir, ella
        # se sigue tomando su litio")
        if because and not _MED_WORD.search(norm, text.sentence_bounds(start)[0], text.clause_bounds(because.end() - 1)[1]):
            denied = True
            continue
        if name in ("drowsiness", "insomnia") and asked != "side_effects" and _NEW_BABY.search(norm) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # up with a new baby or sick children: their nights, not the pill's
            continue
        if name == "drowsiness" and (because or _TIRED_CAUSE_BEFORE.search(norm, max(0, start - 60), start)) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # read, and put down to the day: not unparsed
            continue
        if name == "insomnia" and norm.startswith(("no me dej", "keep", "kept", "wont let", "wouldnt let"), start) and _KEPT_UP_BY.search(norm, max(0, start - 30), start):
            denied = True
            continue
        if name == "insomnia" and norm.startswith(("no me dej", "keep", "kept", "wont let", "wouldnt let", "didnt let"), start) \
                and _kept_up_by_pain(norm, start):
            denied = True
            continue
        if name == "insomnia" and _WITH_PAIN_BEFORE.search(norm, max(0, start - 50), start) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True
            continue
        if name == "insomnia" and (_CARING_FOR.search(norm, text.sentence_bounds(start)[0], start) or _WITH_BABY.search(norm, *text.sentence_bounds(start))
                                   or _CARE_LOAD.search(norm)) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True
            continue
        if name == "insomnia" and _SCARY_WATCH.search(norm, text.sentence_bounds(start)[0], start) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # "vimos un documental de asesinos y no pude dormir": kept up by a fright of the evening
            continue
        if name == "insomnia" and _WORRY_AFTER.match(norm, end) and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # "no duermo de la preocupación": kept up by a worry of the day
            continue
        if name == "anxiety" and _FEARED_OBJECT.match(norm, end):
            continue  # "le da pánico la aguja": a fear of needles, no side effect
        if name not in _RED_FLAG_ATOMS and _ALL_OF_US.search(norm, max(0, start - 40), start):
            denied = True  # "mataron a un vecino ... y andamos todos con los nervios de punta": everyone's, the day's
            continue
        if name == "insomnia" and _SLEEP_BETTER.search(norm, end):
            denied = True  # "it was keeping me up ... sleeping way better now"
            continue
        if name == "drowsiness" and _PUT_ON_THEM.match(norm, end) and _WITH_BABY.search(norm, *text.sentence_bounds(start)) \
                and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # "con la bebé recién nacida ... ando muerta de cansancio": worn out by the baby
            continue
        if name in ("drowsiness", "appetite_change") and _CARE_LOAD.search(norm) and not _MED_WORD.search(norm, *text.sentence_bounds(start)):
            denied = True  # worn out by caring for someone, too busy there to eat
            continue
        if name not in _RED_FLAG_ATOMS and (name != "flu" or not on_clozapine) and _SHARED.search(norm, start, text.sentence_bounds(start)[1]):
            denied = True  # the household has it too
            continue
        if name == "anxiety" and ((_NERVES.match(norm, start) and (_NEWS.search(norm) or _ABOUT_MED.match(norm, end)))
                                  or (norm.startswith(("panick", "freak"), start) and _FRIGHT_CAUSE.match(norm, end))):
            continue
        if name == "tremor" and _ANXIOUS.search(norm) and (_VOICE.match(norm, end) or norm.endswith("voice ", 0, start)):
            continue  # a voice shaking with nerves
        if name in ("tremor", "sweating", "twitching") and norm.startswith(("shak", "trembl", "sweat", "twitch"), start) \
                and _STOPPED_BEFORE.search(norm, max(0, start - 30), start):
            denied = True  # "her hands stopped shaking"
            continue
        if name == "rash" and _RASH_CAUSE.match(norm, end) and _RASH_GONE.search(norm, end, text.sentence_bounds(start)[1]):
            denied = True
            continue
        if name == "other_symptom" and norm.startswith("sunburn", start) and _OUTING.search(norm):
            denied = True
            continue
        if name == "tremor" and norm.startswith(("shak", "tembl"), start) and _SHOOK_BY.match(norm, end):
            denied = True
            continue
        if name == "tremor" and norm.startswith(("shak", "tembl"), start) and _FIT.search(norm):
            continue
        if name == "emotional_blunting" and _SOUGHT.search(norm, text.clause_bounds(start)[0], start):
            continue
        if name == "emotional_blunting" and (
                (norm.startswith("numb", start) and _LIMB_BEFORE.search(norm, max(0, start - 30), start))
                or ("zombi" in norm[start:end] and (_GAME_KILL.search(norm, *text.sentence_bounds(start))
                                                          or _DREAMT.search(norm, *text.sentence_bounds(start))))):
            continue
        if name == "appetite_change" and norm.startswith(("crav", "antoj"), start) \
                and _QUIT_HABIT.search(norm, *text.sentence_bounds(start)):
            continue
        if name == "anxiety" and (_INDICATION_BEFORE.search(norm, max(0, start - 25), start) or _INDICATION_AFTER.match(norm, end)):
            continue
        if name == "anxiety" and _NERVES.match(norm, start) and _nerves_for_an_event(text, start, end):
            continue
        if name == "chest_pain" and _sat_on_by(text, start, end):
            continue
        if (is_negated(text, start, crossable | _SOFT_MODIFIERS) and not _is_wished_away(text, start)
                and not _ONLY_BEFORE.search(norm, max(0, start - 30), start)) \
                or (over and name not in _RED_FLAG_ATOMS and _GONE_BEFORE.search(norm, text.clause_bounds(start)[0], start)) \
                or _is_over_after(text, end) \
                or (_ALSO_AFTER.match(norm, end) and _GONE_JOINED_BEFORE.search(norm, max(0, start - 60), start)) \
                or (wishes and _ENDED_AS_WISHED.match(norm, end)) \
                or (_NEVER_BACK.match(norm, end) and not _FUNCTION.search(norm, start, end)) \
                or (_FUNCTION.search(norm, start, end) and _FUNCTION_BACK.match(norm, end, text.sentence_bounds(start)[1])) \
                or (stop_reason is not None and name not in _RED_FLAG_ATOMS and _is_stop_reason(text, start, end, stop_reason)) \
                or (name not in _RED_FLAG_ATOMS and _is_past_stop_reason(text, start, end)) \
                or is_denied_after(text, end) or _ANSWERED_NO.match(norm, end) \
                or _NONE_NOT_EVEN.fullmatch(norm, 0, start) is not None \
                or (_OVER_SINCE.search(norm) and is_past(text, start, end)) \
                or (over and _is_resolved_later(text, end)) \
                or (over and name not in _RED_FLAG_ATOMS and _ALL_OVER_AFTER.search(norm, end)) \
                or ((name not in _RED_FLAG_ATOMS or (name == "fever" and _NO_FEVER_NOW.search(norm, end))) and (over or fine_now)
                    and _is_over_now(text, start, end, over, fine_now)):
            denied = True
            crossable |= frozenset(_WORD.findall(norm[start:end]))
            continue
        (held if carers else atoms).setdefault(name, []).append((start, end))

    if held:
        merged = {**held, **atoms}
        flags = {flag for flag, _ in _red_flags(merged, on_lithium, False)}
        for name, spans in held.items():
            if ("mania" in flags and name in _MANIA_PARTS) or ("lithium_toxicity" in flags and name in _LITHIUM_PARTS):
                atoms.setdefault(name, []).extend(spans)
    if others_parts and any(flag == "mania" for flag, _ in _red_flags(others_parts, False, False)):
        others.extend(Hit("third_party_symptom", s, e) for spans in others_parts.values() for s, e in spans)
    report = SymptomReport(denied=denied, hits=others)
    # a walk "como mareado" is unsteady and dizzy both: "ando como mareado, tropezando con todo"
    if "unsteady" in atoms and any("mare" in norm[s:e] for s, e in atoms["unsteady"]):
        report.side_effects.add("dizziness")
    if "fainting" in atoms and any(_ABOUT_TO.search(norm, max(0, s - 20), s) for s, _ in atoms["fainting"]):
        report.side_effects.add("dizziness")
    # mouth sores beside a sore throat or the flu are that illness, not a rash (the red flags stay); beside a fever
    # alone they stay a rash, as a severe skin reaction starts that way
    sores_of_illness = "mouth_sores" in atoms and not ({"rash", "wheals"} & atoms.keys()) \
        and bool({"sore_throat", "flu"} & atoms.keys())
    for name, spans in atoms.items():
        term = CANONICAL[name]
        if term and not (name == "mouth_sores" and sores_of_illness):
            report.side_effects.add(term)
        if name not in _NOT_A_COMPLAINT:
            report.complaint = True
            report.hits.extend(Hit("side_effects", start, end) for start, end in spans)

    # nights spent on a project, beside euphoria or boundless energy, are days awake: "now im up all night repainting the
    # house ... feel amazing" (a night up with the baby, in pain or in worry is not)
    if ("euphoric" in atoms or "energy_high" in atoms) and "days_awake" not in atoms:
        busy = [(s, e) for s, e in atoms.get("insomnia", ()) if _BUSY_NIGHTS.match(norm, s)]
        if busy:
            atoms["days_awake"] = busy
    for flag, names in _red_flags(atoms, on_lithium, on_clozapine):
        for name in names:
            for start, end in atoms[name]:
                report.hits.append(Hit("red_flag:" + flag, start, end))

    if "restlessness" in atoms and not _CAN_SIT.search(norm):
        report.hits.extend(Hit("restlessness", s, e) for s, e in atoms["restlessness"])
    if report.complaint or asked == "side_effects":
        for m in SEVERITY.finditer(norm):
            if _CONTENT_BEFORE.search(norm, max(0, m.start() - 30), m.start()) or _CONTENT_AFTER.match(norm, m.end()):
                continue
            # said of life, not of a symptom: "work's brutal this month", "el tráfico está horrible"
            # (a boss who sends one home or takes one off a task acts on the symptom: "my boss sent me home twice")
            if _LIFE_BEFORE.search(norm, max(0, m.start() - 40), m.start()) and not _KEPT_FROM_WORK.match(m.group()):
                continue
            # a nightmare's horror is what it shows, not how severe: "pesadillas horribles todas las noches"
            if m.group().startswith(("horribl", "terribl", "awful")) and (
                    _DREAM_BEFORE.search(norm, max(0, m.start() - 30), m.start()) or _DREAM_AFTER.match(norm, m.end())):
                continue
            if m.group().startswith("so bad") and _WANTED_BEFORE.search(norm, max(0, m.start() - 40), m.start()):
                continue
            if not is_negated(text, m.start()):
                report.hits.append(Hit("severe_side_effects", m.start(), m.end()))
    return report


# Nerves over an event are the event's, not a side effect: "el examen me tenía muerta de nervios pero lo pasé",
# "nervous about my interview tomorrow". Anxiety, panic and jitters named as such still count.
_NERVES = re.compile(r"nervous|nervios")
_EVENT = (
    r"(?:exams?|examen(?:es)?|tests?|quiz|final|finals|midterms?|interview|entrevista|presentation|presentacion|exposicion|speech"
    r"|discurso|wedding|boda|audition|audicion|recital|competition|competencia|tournament|torneo|game|partido|flight|vuelo|surgery"
    r"|cirugia|operacion|results|resultados|first day|primer dia|date|driving test|job|trabajo nuevo|new job)"
)
_EVENT_CAUSE_BEFORE = re.compile(
    r"\b(?:el|la|los|las|mi|mis|my|the|this|that|este|esta|ese|esa)(?: \w+)? " + _EVENT
    + r"(?: \w+){0,3}? (?:me|had me|has me|made me|got me|left me|is making me|me tenia|me tiene|me puso|me pone|me dejo)\b"
)
_EVENT_AFTER = re.compile(
    r"(?: \w+)?? (?:about|for|before|ahead of|over|de|por|antes de|para) (?:the |my |a |an |this |that |tomorrow s |el |la |mi |los |las |mis )?"
    r"(?:\w+ )?" + _EVENT + r"\b"
)


# A pet or a child sitting on the chest: "my cat was sittin on my chest this morning lol".
_SAT_ON_BY = re.compile(
    r"\b(?:cat|cats|dog|dogs|puppy|kitten|kitty|baby|toddler|kid|kids|son|daughter|grandson|granddaughter|gato|gata|perro|perra"
    r"|bebe|nino|nina|hij[oa])\b(?: \w+){0,2}? (?:sitting|standing|laying|lying|sleeping|napping|sat|sits|stood|sleeps|slept|lays|lies"
    r"|jumped|jumping|curled up|was on|is on) on (?:my|the) chest\b"
)
# ... unless it is a simile: "feels like my dog is sitting on my chest".
_AS_IF = re.compile(r"\b(?:like|as if|as though|como si|como)\b")


def _on_exercise(text: Text, start: int, end: int) -> bool:
    """Return True for a heart, sweat or bruise told beside exercise in its sentence, not at rest."""
    lo, hi = text.sentence_bounds(start)
    return _EXERCISE.search(text.norm, lo, hi) is not None and _AT_REST.search(text.norm, lo, hi) is None \
        and not _MED_WORD.search(text.norm, lo, hi)


def _sat_on_by(text: Text, start: int, end: int) -> bool:
    """Return True when the weight on the chest is a pet or a child told as such, not as a simile."""
    clause_start, _ = text.clause_bounds(start)
    m = _SAT_ON_BY.search(text.norm, clause_start, end)
    return m is not None and _AS_IF.search(text.norm, clause_start, m.start()) is None


def _nerves_for_an_event(text: Text, start: int, end: int) -> bool:
    """Return True when nerves are told as caused by an event named beside them, or as past nerves in an event's sentence."""
    clause_start, _ = text.clause_bounds(start)
    return _EVENT_CAUSE_BEFORE.search(text.norm, clause_start, start) is not None \
        or _EVENT_AFTER.match(text.norm, end) is not None or _GOOD_NERVES.match(text.norm, end) is not None \
        or (_PAST_NERVES_BEFORE.search(text.norm, max(0, start - 25), start) is not None
            and _EVENT_IN_SENTENCE.search(text.norm, *text.sentence_bounds(start)) is not None)


# Nerves told as the good kind: "im nervous but in a good way", "nerviosa pero de los buenos".
_GOOD_NERVES = re.compile(r"(?: \w+){0,4}?,? (?:but |pero )?(?:in a good way|the good kind|(?:the )?good (?:nervous|nerves)|de los buenos|en el buen sentido|de buena manera)\b")
# Nerves told in the past, the event beside them in its sentence: "me fue super bien en el examen, me morí de nervios pero pasé".
_PAST_NERVES_BEFORE = re.compile(r"\b(?:me mori de|me estaba muriendo de|estaba muert[oa] de|andaba muert[oa] de|(?:i )?was (?:so|super|really|soo+))\s*$")
_EVENT_IN_SENTENCE = re.compile(r"\b" + _EVENT + r"\b")


def _is_resolved_later(text: Text, end: int) -> bool:
    """Return True when a few words on, in the same clause, the symptom is said to be over."""
    _, clause_end = text.clause_bounds(end)
    m = _QUALIFIER.match(text.norm, end, clause_end)
    if m is None:
        return False
    # Try each word end in turn: "from last month | is totally gone".
    for w in _WORD_END.finditer(text.norm, end + 1, m.end()):
        if _is_over_after(text, w.start()):
            return True
    return False


# A second symptom joined onto one just told as gone: "la náusea ya se me quitó y los dolores de cabeza también".
_GONE_JOINED_BEFORE = re.compile(
    r"(?:se me (?:quito|quitaron|paso|pasaron|fue|fueron)|se (?:fue|fueron|quito|quitaron)|(?:is|are|s|re) (?:all )?gone|went away|cleared up"
    r"|(?:is|are|s|re) over)[\s,]+(?:y|and) (?:\w+ ){0,3}$"
)
_ALSO_AFTER = re.compile(r"\s*(?:tambien|too|as well)\b")


def _is_over_after(text: Text, pos: int) -> bool:
    """Return True when the words from ``pos`` say the symptom is over ("is gone", "se me quitó")."""
    over = (is_resolved_after(text, pos) and not _NOT_OVER.match(text.norm, pos)) or _FADED_AFTER.match(text.norm, pos) is not None \
        or _WORE_OFF.match(text.norm, pos) is not None
    # "my erection problems wont go away": the "go away" is denied
    return over and _WONT_BEFORE.search(text.norm, max(0, pos - 12), pos) is None


def _is_long_ago(text: Text, start: int) -> bool:
    """Return True when the symptom's sentence places it long ago or lifelong and its clause says nothing current."""
    clause = text.clause_bounds(start)
    if _FAR_PAST.search(text.norm, *text.sentence_bounds(start)) is None and not any(
            abs(m.start() - start) <= 40 and not _DIED.search(text.norm, max(clause[0], m.start() - 25), m.start())
            for m in _YEARS_AGO.finditer(text.norm, *clause)):
        return False
    return _NOW_WORD.search(text.norm, *clause) is None


def _gone_long_ago(text: Text, start: int) -> bool:
    """Return True when the next clause says the symptom went long ago ("a rash last yr, cleared up long ago")."""
    _, clause_end = text.clause_bounds(start)
    return clause_end < len(text.norm) and _LONG_GONE_NEXT.match(text.norm, clause_end) is not None


def _is_wished_away(text: Text, start: int) -> bool:
    """Return True when the negation before a symptom is the aim of a requested change ("so im not so groggy")."""
    lo = text.sentence_bounds(start)[0]
    return _REMEDY_PURPOSE.search(text.norm, lo, start) is not None or _WISHED_WITHOUT.search(text.norm, lo, start) is not None


def _is_over_now(text: Text, start: int, end: int, over: bool, fine_now: bool) -> bool:
    """Return True when the next clause closes the symptom ("... but tums fixed it", ". its gone now")
    or a day-old symptom is followed by a good today ("ayer vomité, hoy estoy bien")."""
    norm = text.norm
    _, clause_end = text.clause_bounds(end)
    _, sent_end = text.sentence_bounds(end)
    if over and clause_end < len(norm) and _CLOSED_NEXT.match(norm, clause_end):
        return True
    if over and sent_end < len(norm) and sent_end != clause_end and _CLOSED_NEXT.match(norm, sent_end):
        return True
    if not fine_now:
        return False
    sent_start, _ = text.sentence_bounds(start)
    fine = _FINE_NOW.search(norm, end, sent_end)
    # the day may come before the symptom or after it: "ayer vomité, hoy bien", "nausea last week, all fine now"
    return fine is not None and _YESTERDAY.search(norm, sent_start, fine.start()) is not None


# ... or as what to watch for, or what someone said might come: "me dijeron q vigile si me mareo", "poison control said id just be
# extra sleepy"
_WATCHED_FOR = re.compile(
    r"\b(?:(?:vigile|vigilar|vigila|checar|cheque|watch|check|look out)(?: (?:for|out for))? (?:si|if|whether) (?:me |i )?(?:get |gets |start )?"
    r"|(?:said|says|dijo|dijeron|told me) (?:i d|id|i would|i might|i may|i could|me (?:iba|podria|puede)) (?:just )?(?:be|feel|get|dar|sentir)"
    r" (?:\w+ )?)$"
)

_CAME_AFTER = re.compile(r"[.!,]*\s*(?:and |y )?(?:i am|im|i m|i do|i was|yep|yup|si|y si|and yes|ya me)\b")


def _is_feared(text: Text, start: int, end: int) -> bool:
    """Return True when the symptom is named only as a fear, not as something the patient has."""
    clause_start, _ = text.clause_bounds(start)
    lo = max(clause_start, start - 60)
    if _FEARED_BEFORE.search(text.norm, lo, start):
        return True
    # (unless it came: "pharmacist said id just be extra sleepy. i am lol")
    if _WATCHED_FOR.search(text.norm, lo, start) and not _CAME_AFTER.match(text.norm, text.sentence_bounds(start)[1]):
        return True
    return _FEARED_THING.search(text.norm, lo, start) is not None and _THING_AFTER.match(text.norm, end) is not None


# Everyone ill but the writer: "los niños trajeron la gripe, todos malos menos yo" (the patient is the one spared).
_SPARED_ATOMS = frozenset({"flu", "fever", "sore_throat"})
_SPARED_ME = re.compile(r"\b(?:menos yo|excepto yo|salvo yo|menos a mi|except me|except for me|but me|everyone but me|all but me)\b")


def _is_faint_idiom(text: Text, start: int, end: int) -> bool:
    """Return True for "nearly fainted when i saw the bill" or "passed out on the couch watching tv"."""
    lo, hi = text.sentence_bounds(start)
    return any(m.start() <= start < m.end() or start <= m.start() < end
               for m in _FAINT_IDIOM.finditer(text.norm, lo, hi))


def _is_stop_reason(text: Text, start: int, end: int, stop_reason: re.Match) -> bool:
    """Return True when the symptom is the reason for a stop told in its sentence, and the reply
    says things are better now ("quit it because it made me a zombie, now im fine")."""
    sent_start, _ = text.sentence_bounds(start)
    return sent_start <= stop_reason.start() and stop_reason.end() <= start \
        and _BETTER_NOW.search(text.norm, end) is not None


def _is_past_stop_reason(text: Text, start: int, end: int | None = None) -> bool:
    """Return True when a stop is told before the symptom and the symptom is what the medication did
    then ("ya no me la tomo, me hacía sentir como zombi", "quit it, it made me so dizzy", "quit it last
    month, the sweating at work was too embarrassing")."""
    # a stop only wished or planned leaves the symptom there: "he wants to quit the cymbalta because of the sweating"
    stop = next((m for m in _STOP_SAID.finditer(text.norm, 0, start)
                 if not _STOP_WISHED.search(text.norm, max(0, m.start() - 40), m.start())), None)
    if stop is None or (_CAUSED_THEN.search(text.norm, max(stop.end(), start - 40), start) is None
                        and (end is None or _WAS_TOO_AFTER.match(text.norm, end) is None)
                        # the past tense inside the symptom's own words: "quit it 2 weeks ago. felt flat"
                        and not _PAST_FELT.match(text.norm, start)):
        return False
    # "... it made me dizzy and i still am", "quit it, felt dizzy ever since": kept going after the stop
    return _STILL.search(text.norm, start, text.sentence_bounds(start)[1]) is None \
        and _SINCE_THEN.search(text.norm, start, text.sentence_bounds(start)[1]) is None


_PAST_FELT = re.compile(r"(?:felt|was feeling|used to feel|me sentia|me daba|me hacia)\b")
# A stop wished, planned or asked about, not made: "wants to quit", "quiere dejar", "thinking about stopping".
_STOP_WISHED = re.compile(
    r"\b(?:wants?|wanted|wanna|want|going|gonna|planning|plans?|thinking (?:about|of)|about|trying|hoping|would like|d like|can (?:i|he|she)|should (?:i|he|she)"
    r"|quiero|quiere|quieren|queremos|voy a|va a|vamos a|piensa|pienso|planea|planeo|puedo|puede|deberia)(?: to)?\s+$"
)
# The symptom judged in the past tense right after it: "the sweating at work was too embarrassing".
_WAS_TOO_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:was|were|got|had gotten) (?:just |way |really )?(?:too|so|unbearable|embarrassing)\b")
_SINCE_THEN = re.compile(r"\b(?:ever since|since then|since (?:quitting|stopping)|desde entonces|desde que (?:la|lo|las|los) deje)\b")


# Atoms read at a word that is a symptom only with the right owner just before it: the colour with the
# person ("im looking yellow", "me estoy poniendo amarilla"; not "my room yellow"), the punch with the pill
# ("the trazodone hits hard"; not "the news hit hard"), the "wont let me sit" with the legs or a feeling
# (not "my kids wont let me sit down").
_NEEDS_OWNER = {
    "yellow_self": re.compile(
        r"\b(?:im|i m|i am|i|ive|i ve|me|estoy|ando)(?:\s+(?:look|looking|looked|looks|turning|turned|turn|going|gone|got|getting|get|kinda"
        r"|kind|of|a|bit|little|all|so|pretty|really|been|very|slightly|super|more|medio|bien|toda|todo|muy|un|poco|algo|poniendo|puse"
        r"|puesto|he|estoy|veo|ven|siento|vuelto)){0,4}\s+$"
    ),
    "med_hits_hard": re.compile(
        r"\b(?:" + MED_NAMES + r"|med|meds|medication|medicine|pills?|dose|dosis|pastillas?|medicina)(?:\s+(?:really|just|definitely"
        r"|always|still|kinda|honestly|def))?\s+$"
    ),
    "weight_self": re.compile(
        r"\b(?:me (?:tiene|tienen|puso|pusieron|ha puesto|han puesto|esta poniendo|estan poniendo|dejo|deja)|me estoy poniendo|me he puesto"
        r"|me puse|ando|estoy|me veo|(?:made|makes|making|has|had|got|getting) me)(?: (?:bien|muy|re|super|tan|mas|toda|todo|bastante|so"
        r"|really|all|kinda|pretty))?\s+$"
    ),
    "sleepy_self": re.compile(
        r"\b(?:(?:ando|anda|andaba|andamos)(?: (?:tan|muy|bien|re|super|medio|todo el dia))*|(?:estoy|me siento|paso|vivo)"
        r"(?: (?:tan|muy|bien|re|super))+)\s+$"
    ),
    "hungry_by_med": re.compile(
        r"\b(?:" + MED_NAMES + r"|med|meds|medication|medicine|pills?|dose)(?:\s+(?:is|s|has been|been|really|just|still|always|kinda))*\s+$"
    ),
    "restlessness_let": re.compile(
        r"\b(?:legs?|feet|body|feeling|sensation|itch\w*|urge|restless\w*|inquiet\w*|jitter\w*|this|it|motor|energy|piernas|pies|cuerpo)"
        r"(?:\s+(?:just|still|really|simply|literally|never|always))?\s+$"
    ),
}
_OWNED_AS = {"hungry_by_med": "appetite_change", "yellow_self": "yellow", "restlessness_let": "restlessness", "weight_self": "weight_gain", "sleepy_self": "drowsiness"}
# Restlessness that still lets them sit is an ordinary side effect, not akathisia: "a bit restless in the
# evenings but i can still sit and watch tv", "inquieta pero sí puedo estar sentada".
_CAN_SIT = re.compile(
    r"\b(?:can|could|am able to|im able to|i m able to|still able to) (?:still )?(?:sit|stay seated|stay sitting|relax and sit)\b"
    r"(?! (?:still )?(?:for )?(?:more than |maybe |like |about |only |just )?(?:a (?:second|minute|sec|min)|(?:\d+|two|five|ten|a few)"
    r" (?:seconds|secs|minutes|mins)))"
    r"|\b(?:si|aun|todavia|bien que) (?:me )?puedo (?:estar |quedar(?:me)? )?(?:sentad[oa]|quiet[oa])\b"
    # the contrast says it: "me pongo inquieto a ratos pero puedo quedarme sentado"
    r"|\b(?:pero|aunque|y) (?:si |aun |todavia )?(?:me )?puedo (?:estar |quedar(?:me)? )?(?:sentad[oa]|quiet[oa])\b"
    # (what they sit through may come between: "puedo estar sentada viendo la tele sin problema")
    r"|(?<!\bno )(?<!\bni )\bpuedo (?:estar |quedar(?:me)? )(?:sentad[oa]|quiet[oa]) (?:(?:viendo|leyendo|comiendo|en) (?:\w+ ){0,3}?)?(?:tranquil[oa]|bien|sin problema)\b"
    # sitting through something whole: "i can get through a whole movie with the kids fine"
    r"|\b(?:can|could|still) (?:still )?(?:get|sit|make it) through (?:a |an |the )?(?:whole |entire |full )?(?:movie|film|show|episode|meal|dinner|class|meeting|service|mass)\b"
)
_WONT_BEFORE = re.compile(r"\b(?:wont|won t|will not|doesnt|does not|dont|don t|never|cant|can t|just wont)$")
_STILL = re.compile(r"\b(?:still|todavia|aun|sigue|siguen|keeps?|anyway|de todos modos)\b")


def _is_someone_elses(text: Text, start: int, end: int, name: str = "", asked: str = "open") -> bool:
    """Return True when the symptom belongs to a relative or pet named just before it, and that
    relative is not the patient a carer is writing about."""
    sent_start, sent_end = text.sentence_bounds(start)
    last = None
    proxies = None
    for m in _OTHER_OWNER.finditer(text.norm, sent_start, start):
        if _PLACE_AFTER.match(text.norm, m.end()):
            continue
        # "this is her daughter texting": the writer is a relative, the symptoms are the patient's
        if proxies is None:
            proxies = [p.span() for p in _PROXY.finditer(text.norm, sent_start, start)]
        if not any(p_start <= m.start() < p_end for p_start, p_end in proxies):
            last = m
    # The patient may come back in inside the symptom itself: "says the whites of my eyes look yellow".
    # (a pet's, told on: "my dog had a seizure last night and the vet thinks epilepsy")
    # (a relative far back still owns it when the writer asks if it could happen to them too:
    # "mi hermana dice que a ella la sertralina le dio un salpullido horrible, ¿a mí me puede pasar?")
    gap = start - last.end() - sum(len(m.group()) for m in _ASIDE.finditer(text.norm, last.end(), start)) if last is not None else 0
    if last is None or (gap > 40 and not _PET.search(last.group())
                        and not (start - last.end() <= 80 and _COULD_I_TOO.search(text.norm, end))
                        and not (start - last.end() <= 80 and _HE_THEN.search(text.norm, last.end(), start))):
        return False
    # (a symptom told in the third person is the relative's: "my cousin says he hears voices")
    if _OBSERVER.match(text.norm, last.end()) and not _ON_THEIRS.match(text.norm, end) \
            and not _THEY.search(text.norm, last.end(), start) and not _HE_SHE.match(text.norm, start):
        return False
    if _FIRST_PERSON.search(text.norm, last.end(), end) or _me_too(text.norm, start, sent_end):
        return False
    # what the relative says of their own body is told of them like "le aprieta el pecho": "my husband says his chest
    # feels tight"
    told_of = _OBSERVER.match(text.norm, last.end()) is not None and _THEIR_BODY.search(text.norm, last.end(), end) is not None
    return not _is_carers_patient(text, last, start, name, told_of=told_of, asked=asked)


_BLACKED_OUT = re.compile(r"\b(?:blacked out|black out|passed out|fainted|me desmaye|se desmayo)\b")
_THEIR_BODY = re.compile(r"\b(?:(?:says|said|dice|dijo) (?:that |que |q )?(?:his|her|their|su|sus)|(?:he|she|they|hes|shes|he s|she s) (?:has|feels|is|s|can t|cant))\b")


_ASIDE = re.compile(r"\([^()]{0,60}\)")
_HE_SHE = re.compile(r"(?:he|she|they|hes|shes|theyre)\b")
# The relative taken up again by a pronoun that opens the symptom's clause: "took my nephew fishing, he gutted his first
# catfish and almost threw up" (the writer's own words in between keep it theirs: ``_FIRST_PERSON``).
_HE_THEN = re.compile(r"(?:[,;]|\b(?:and|y))\s*(?:he|she|they|el|ella)\s[^.,;!?]{0,50}$")
_COULD_I_TOO = re.compile(
    r"\b(?:(?:a mi )?(?:tambien )?me (?:tambien )?(?:puede|podria|va a|pudiera) (?:pasar|dar|salir)|(?:could|can|will|would|might) (?:that|this|it|the same)"
    r" (?:\w+ )?happen to me|(?:could|can|will|might) i (?:\w+ )?get (?:it|that|one|the same)\b)[^.!;?]*\?"
)
# "¿a mí también me puede pasar?", "could i get it too?": the writer asks, and has it not.
_ASKED_AFTER = re.compile(r"[^.!;?]*\?")


def _me_too(norm: str, start: int, end: int) -> bool:
    """Return True when the writer says they share the symptom ("me too", "y yo también"), not when they ask if they might."""
    return any(not _ASKED_AFTER.match(norm, m.end()) for m in _ME_TOO.finditer(norm, start, end))


def _last_owner(text: Text, start: int) -> re.Match | None:
    """Return the last relative named before ``start`` in its sentence (a third-person symptom's owner)."""
    last = None
    for m in _OTHER_OWNER.finditer(text.norm, text.sentence_bounds(start)[0], start):
        last = m
    return last


# Anyone named at all, a relative or another person: the bare third person of a side-effects answer is then theirs.
# Someone named by kin or as a group, not by a bare pronoun (Spanish "el" is as often the article).
_NAMES_ANYONE = re.compile(r"\b(?:" + RELATIONS + r"|" + _MORE_KIN + r"|amig[oa]s?|gente|alguien|someone|somebody|people|everyone|todos)\b")
_NAMES_SOMEONE = re.compile(r"\b(?:" + RELATIONS + r"|" + _MORE_KIN + r"|amig[oa]s?|gente|alguien|someone|people|ella|el|he|she|they)\b")


def _last_owner_before(text: Text, start: int) -> re.Match | None:
    """Return the last relative named anywhere before ``start`` (not a place: "my kids school")."""
    last = None
    for m in _OTHER_OWNER.finditer(text.norm, 0, start):
        if not _PLACE_AFTER.match(text.norm, m.end()):
            last = m
    return last


def _someone_elses(text: Text, start: int, end: int, name: str, third: re.Match | None, asked: str = "open") -> bool:
    """A third-person symptom belongs to its relative however far back they were named; others as usual."""
    if third is not None:
        return not _is_carers_patient(text, third, start, name, told_of=True, asked=asked)
    return _is_someone_elses(text, start, end, name, asked)


def _is_carers_patient(text: Text, owner: re.Match, start: int, name: str, told_of: bool = False, asked: str = "open") -> bool:
    """Return True when the relative who owns a symptom is the patient, told by a carer: the writer
    said who they are ("this is his daughter", "soy la esposa de ..."), the relative is tied to the
    treatment ("mi hijo que toma clozapina", "after her morning dose"), or a close relative's red flag
    is told first hand ("my wife had a convulsion at the dinner table"), not set apart from the
    writer's own health nor given a cause of its own. A symptom told in the third person ("mi marido
    dice que le aprieta el pecho") is the relative's own, whoever says it."""
    norm = text.norm
    if _PET.search(owner.group()):
        return False
    # the writer asks whether it could happen to them: they are the patient ("a mi cuñada le salieron ronchas con su
    # medicina, ¿a mí me puede pasar?")
    if _COULD_I_TOO.search(norm, start) and not _PROXY.search(norm, 0, start):
        return False
    if _PROXY.search(norm, 0, start) or _tied_to_treatment(norm, owner) or _STARTED_ON.search(norm) or _WRITES_IN_PLACE.search(norm):
        return True
    # a close relative's trouble given as the answer to "any side effects?" is the patient's, told by a carer:
    # "mi hijo no se puede quedar sentado ni 5 minutos" (unless set apart from the writer's own health or given a cause)
    if asked == "side_effects" and _CARED_FOR.match(norm, owner.start()) is not None and not is_past(text, start, start + 1) \
            and not _WRITER_FINE.search(norm) and not _OWN_CAUSE.search(norm) and not _WRITER_TREATED.search(norm):
        return True
    return name in _CARER_FLAG_ATOMS and _CARED_FOR.match(norm, owner.start()) is not None \
        and (told_of or not _OBSERVER.match(norm, owner.end())) and not is_past(text, start, start + 1) \
        and not _WRITER_FINE.search(norm) and not _OWN_CAUSE.search(norm) and not _WRITER_TREATED.search(norm)


# A tie by a bare possessive ("sus pastillas nuevas", "her meds") makes the patient only a relative a carer looks
# after (a parent, a partner, a child): a sister or a sister-in-law with "her pills" is someone with pills of her own.
_POSSESSIVE_TIE = re.compile(r"(?:his|her|their|su|sus) ")


def _tied_to_treatment(norm: str, owner: re.Match) -> bool:
    """Return True when the reply ties a relative to the treatment (``PATIENT_TIE``), a possessive tie only for a
    relative one cares for."""
    cared_for = _CARED_FOR.match(norm, owner.start()) is not None
    return any(cared_for or not _POSSESSIVE_TIE.match(m.group()) for m in _PATIENT_TIE.finditer(norm))


def _red_flags(atoms: dict, on_lithium: bool, on_clozapine: bool):
    """Yield (red flag name, atoms that show it) for every red flag the atoms raise."""
    has = atoms.__contains__
    if has("rash"):
        yield "rash", ["rash"]
    if has("mouth_sores"):
        yield "rash", ["mouth_sores"]
    if has("hives") or has("wheals") or has("swelling"):
        yield "allergic_reaction", [n for n in ("hives", "wheals", "swelling") if has(n)]
    palpitations = has("palpitations")
    if has("breathing") and not palpitations:
        yield "allergic_reaction", ["breathing"]
    if has("chest_pain"):
        yield "chest_pain", ["chest_pain"]
    if has("fainting"):
        yield "fainting", ["fainting"]
    if has("seizure"):
        yield "seizure", ["seizure"]
    partners = [n for n in ("dizziness", "fainting", "breathing") if has(n)]
    if palpitations and partners:
        yield "heart_rhythm", ["palpitations"] + partners
    agitated = [n for n in ("anxiety", "restlessness", "agitation") if has(n)]
    if has("fever") and (has("stiffness") or has("confusion")):
        yield "nms_serotonin", ["fever", *[n for n in ("stiffness", "confusion") if has(n)]]
    elif agitated and has("sweating") and (has("twitching") or has("fever")):
        yield "nms_serotonin", [*agitated, "sweating", *[n for n in ("twitching", "fever") if has(n)]]
    elif has("twitching") and has("sweating") and (has("palpitations") or has("fever")):
        yield "nms_serotonin", ["twitching", "sweating", *[n for n in ("palpitations", "fever") if has(n)]]
    elif has("twitching") and has("fever"):
        yield "nms_serotonin", ["twitching", "fever"]
    if has("confusion") or has("stay_awake"):
        yield "confusion", [n for n in ("confusion", "stay_awake") if has(n)]
    if on_lithium:
        gut = [n for n in ("vomiting", "diarrhea") if has(n)]
        neuro = [n for n in ("tremor", "unsteady", "slurred", "confusion") if has(n)]
        if gut and neuro:
            yield "lithium_toxicity", gut + neuro
        elif has("unsteady") or has("slurred"):
            yield "lithium_toxicity", [n for n in ("unsteady", "slurred") if has(n)]
    if on_clozapine:
        signs = [n for n in ("fever", "sore_throat", "flu", "mouth_sores") if has(n)]
        if signs:
            yield "infection_on_clozapine", signs
    liver = [n for n in ("yellow", "dark_urine") if has(n)]
    if liver:
        yield "liver", liver + (["stomach_pain"] if has("stomach_pain") else [])
    if has("priapism"):
        yield "priapism", ["priapism"]
    if has("mania"):
        yield "mania", ["mania"]
    elif has("energy_high") and (has("no_sleep_days") or has("insomnia") or has("days_awake")):
        yield "mania", ["energy_high", *[n for n in ("no_sleep_days", "insomnia", "days_awake") if has(n)]]
    elif (has("euphoric") or has("not_tired")) and (has("no_sleep_days") or has("days_awake")):
        # days awake on top of the world: "up 3 days straight and feel amazing"
        yield "mania", [n for n in ("euphoric", "not_tired", "no_sleep_days", "days_awake") if has(n)]
    elif has("big_purchase") and (has("euphoric") or has("energy_high") or has("no_sleep_days")):
        # days without sleep and the month's money spent: "no ha dormido en 4 dias ... se gasto todo lo del mes"
        yield "mania", ["big_purchase", *[n for n in ("euphoric", "energy_high", "no_sleep_days") if has(n)]]
