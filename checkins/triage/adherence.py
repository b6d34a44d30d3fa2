"""Adherence: taking as prescribed, missed doses, or stopped (incl. ran out, about to stop)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .findings import Hit
from .lexicon import CONTRAST, MED_NAMES, MED_REF, RELATIONS
from .negation import is_negated, subject_is_other
from .normalize import Text
from .scanner import Scanner

# "her pills", "sus pastillas": a carer writes of the patient's medication.
# (one word may say what the pill is for: "the memory pill", "her sleeping pills", "my water pill")
_OBJ = (rf"(?:(?:my |the |this |these |all my |all the |his |her |their )[a-z]+ (?:pills?|meds?|medicine|tablets?)\b"
        rf"|(?:my |the |this |these |all my |all the |mi |mis |la |el |las |los |his |her |their |su |sus )?(?:{MED_REF}))")
_QUIT_VERB = (
    r"(?:stop|stopped|stopping|quit|quitting|quite|discontinu\w*|went off|came off|coming off"
    r"|took (?:myself|herself|himself) off|taken (?:myself|herself|himself) off|taking (?:myself|herself|himself) off"
    r"|come off|get off|getting off|go off|going off|wean\w* (?:myself )?off|taper\w* off"
    r"|ditch\w*|drop|dropped|dropping|give up|gave up|giving up)"
)
_DURATION = (
    r"(?:(?:(?:like|about|over|almost|nearly|around|como|unos|unas|casi|mas de) )?(?:a|an|one|two|three|four|five|six"
    r"|several|a few|a couple(?: of)?|\d+|una|dos|tres|unas|varias"
    # Spanish counts past three: "hace diez días que no la tomo"
    r"|un|un par de|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte"
    # English counts past six: "he hasnt taken it in about ten days"
    r"|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)?\s*(?:days?|weeks?|wks?"
    r"|months?|years?|long time|while|ages|semanas?|mes(?:es)?|dias?)|(?:last|this past)"
    # a weekday of last week is most of a week: "havent taken it since last tuesday" (a bare "since tuesday" may be two days)
    r" (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|last night|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # texting shorthand for the day: "been w/o it since thurs"
    r"|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b"
    r"|the weekend|ayer|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    # a holiday or a month is weeks ago: "havent taken it since christmas"
    r"|(?:last |this past )?(?:christmas|xmas|thanksgiving|easter|new years?|halloween|my (?:birthday|bday|b day)|spring break"
    r"|jan\w*|feb\w*|march|april|june|july|aug\w*|sept\w*|oct\w*|nov\w*|dec\w*)"
    r"|(?:last|this past) (?:year|summer|winter|spring|fall)|navidad|ano nuevo|semana santa|mi cumpleanos"
    r"|el (?:mes|ano) pasado"
    # an event dated a week or more back: "since the funeral last week", "desde la boda del mes pasado"
    r"|(?:the|el|la) [a-z]+ (?:last|this past) (?:week|month)|(?:el|la) [a-z]+ (?:de )?(?:la semana pasada|del mes pasado)"
    # ... or counted back in weeks: "since my dad's funeral 2 weeks ago", "desde el velorio hace dos semanas"
    # ("since the baby came, 3 weeks ago": a comma may set the count apart)
    r"|(?:the|my|our|el|la|mi) (?:[a-z]+,? ){1,2}?(?:a|one|two|three|four|five|six|several|a few|a couple(?: of)?|\d+) (?:weeks?|wks?|months?) ago"
    # ... or in days, past the two a missed dose covers: "not since the hospital discharge 10 days ago"
    r"|(?:the|my|our) (?:[a-z]+,? ){1,2}?(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|several) days ago"
    r"|(?:el|la|mi) (?:[a-z]+,? ){1,2}?(?:de )?hace (?:una|un|dos|tres|cuatro|varias|unas|\d+) (?:semanas?|mes(?:es)?)"
    # the whole week or month: "no la he tomado en toda la semana"
    r"|toda la semana|todo el mes|the whole week|the whole month|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
    # a date of the month: "since the 4th", "desde el 3"
    r"|the \d{1,2}(?:st|nd|rd|th)|el \d{1,2}\b(?! de la (?:manana|tarde|noche)))"
)

# A count of time hedged: "a week or so", "two weeks or more", "una semana o mas".
_HEDGE = r"(?: or so| or more| or longer| and a half| o mas| o asi| y pico| y media| y medio)?"
# The duration that ends a "not taken for ..." match decides missed or stopped.
_DURATION_AT_END = re.compile(
    r"(?:(?:in|for|since|en|desde|por|hace|van|son|was|on) |(?:without|w/o|w o) (?:it |them |em |my \w+ )?)(?P<dur>" + _DURATION + r")$"
)
# ... or, in Spanish, that opens it: "hace una semana que no me la tomo", "llevo tres días sin tomarla".
_DURATION_AT_START = re.compile(
    r"^(?:desde hace|hace|llevo|llevamos|lleva|ya llevo|ya son|ya tiene|tiene|desde|(?:ya )?(?:van|tengo|son)"
    r"|going on|its been|it s been|been|for|almost|nearly)? ?(?P<dur>" + _DURATION + r")" + _HEDGE + r",?(?: que| q| sin| no| without| w/o| w o| since)\b"
)
# Going without it since a weekday is running out: "pharmacy was out of stock so ive been without it since thursday".
# ... and in Spanish: "desde el domingo sin tomarla", "sin tomarla desde el domingo".
_WITHOUT = re.compile(r"^(?:been|gone|went) (?:without|w/o|w o)\b|^desde .+ sin\b|^sin .+ desde\b")
_WEEKDAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|the weekend"
    r"|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana))$"
)

# "las dejé en el buró": left somewhere, not given up.
_LEFT_AT = (
    r"(?! (?:en|sobre|encima de|debajo de|junto a|arriba de|adentro de|afuera de) (?:el|la|los|las|mi|mis|su|sus|un|una"
    r"|casa|tu|tus)\b| (?:con|a|para|donde|en casa de) (?:mi|mis|el|la|los|las|un|una|su|sus)\b)"
)

# "la he dejado" stands alone or gives a reason; "lo he dejado todo atado" leaves something else.
_PRONOUN_STOP = r"(?=\s*(?:[.!?,;]|$)|\s+(?:porque|pq|xq|desde|hace|por|de tomar|del todo|completamente)\b)"

_STOPPED = [
    # weeks of doses found hidden: "i found like 3 weeks worth hidden in his sock drawer"
    r"(?:found|find|finding|encontre|encontramos) (?:like |about |como )?(?:\d+|two|three|four|a few|several|dos|tres|cuatro|varias) (?:weeks?|months?|semanas|meses)"
    r"(?: s)? (?:worth )?(?:of (?:pills|meds|tablets) |de (?:pastillas|medicinas) )?(?:hidden|stashed|escondidas?|guardadas?)\b",
    # not taking it at all, with no spell named: "no she hasnt been taking it", "i havent been taking them"
    # ("havent been taking it every day" is some doses missed)
    rf"(?:hasnt|havent|has not|have not|haven t|hasn t|he s not|she s not|hes not|shes not|im not|i m not) been taking (?:it|them|em|{_OBJ})\b"
    r"(?! (?:regularly|every ?day|daily|consistently|on time|as (?:often|much|prescribed|directed)|like (?:i|he|she) should|properly|right|at the right time"
    r"|(?:in|for|since) |the way)\b)",
    # a carer's "quiere dejar la quetiapina": the patient about to stop it (the prescriber's plan is not: "la doctora quiere dejar la dosis igual")
    rf"(?<!doctor )(?<!doctora )(?<!dr )(?<!dra )(?<!medico )(?<!medica )(?<!psiquiatra )(?:quiere|piensa|planea|esta por|tiene ganas de|esta pensando en"
    rf"|anda pensando en) (?:dejar|suspender) (?:de tomar )?(?:la |el |las |los |su |sus )(?:{MED_REF})\b",
    # taken in front of others and hidden: "been palming the lithium at dinner", "cheeking my seroquel"
    rf"(?:palming|palmed|cheeking|cheeked|pocketing|pocketed) (?:the |my |mi |mis |la |las |el |los )?(?:{MED_REF})\b",
    rf"(?:pretending|pretend|pretended) to (?:take|swallow) (?:it|them|(?:the |my )?(?:{MED_REF}))\b",
    # about to end it with the pill: "kinda thinking about ending it with the wellbutrin"
    rf"(?:thinking (?:about|of)|want to|wanna|gonna|going to|ready to|about to) (?:end|ending|break|breaking) (?:it|things)(?: off)? (?:up )?with (?:the |my )?(?:{MED_REF})\b",
    # none left, in Spanish: "no me queda ni una"
    r"no me queda(?:n)? ni (?:una|uno|media)\b",
    # a stop the writer was told to make, reported (not asked): "el anestesiologo dice q tengo q dejar el clonazepam 3 dias antes",
    # "el doctor dijo q la tengo q dejar", "the surgeon said i have to stop the lithium 2 days before"
    rf"(?:dice|dijo|me dijo|me dice|dijeron|me dijeron|dicen) (?:que|q) (?:(?:la|lo|las|los) )?(?:tengo|tendre|voy a tener) (?:que|q) "
    rf"(?:dejar|suspender)(?:la|lo|las|los)?(?: de tomar(?:la|lo|las|los)?)?(?: (?:el|la|los|las|mi|mis) (?:{MED_REF}))?"
    # (not another thing given up: "tengo que dejar la cerveza por la trazodona")
    rf"\b(?![^.!?]{{0,40}}\?)(?! (?:el|la|los|las|mi|mis|de) (?!(?:{MED_REF})\b)\w+)",
    rf"(?:says|said|told me|tells me|told us) (?:that )?i (?:have to|need to|ll have to|will have to|gotta|must) (?:stop|hold|pause|come off|go off)"
    rf" (?:taking )?(?:it|them|{_OBJ})\b(?![^.!?]{{0,40}}\?)",
    # none on hand until the pharmacy opens: "wrecked the rest of my pills so ive got none until monday"
    rf"(?:{MED_REF})s?\b[^.!?]{{0,60}}?\b(?:ive got|i ve got|i have|i got|i ve|ive) (?:none|nothing) (?:left )?(?:until|til|till)\b",
    # the pills put by instead of taken: "been saving up my seroquel instead of taking it", "tengo guardadas las pastillas
    # del mes, no me las tomé" ("guardadas por si se me olvidan en la casa" is a spare supply, still taken)
    # ("kept all the quetiapine ... instead of taking it", "dumping them in a jar instead of swallowing"; the "no me las tomo" may
    # come in the next sentence: "me estoy guardando las pastillas ... ya junté un montón. no me las tomo")
    r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|kept|keeping|dumping|dumped|guardando|guarde|juntando|junte"
    r"|guardadas|guardados)\b"
    r"[^.!?]{0,60}?\b(?:instead of (?:taking|swallowing)|rather than (?:taking|swallowing)|not taking them|en vez de tom\w+|en lugar de tom\w+)\b"
    r"|(?:guardando|guarde|juntando|junte|guardadas|guardados)\b[^?]{0,80}?\bno me (?:las|los|la|lo) (?:tome|he tomado|estoy tomando|tomo)\b",
    # (one pill let fall is no stop: "must of dropped it last month", "dropped it under the couch")
    rf"(?:stopped|quit|quitting|stopping|discontinued|(?<!must of )(?<!must have )(?<!must ve )(?<!musta )(?<!might have )(?<!accidentally )"
    rf"(?<!almost )(?<!nearly )dropped(?! (?:it|them) (?:on|under|behind|in|into|down|between)\b)|ditched|going off|coming off"
    rf"|getting off|went off|came off|go off|get off|wean\w* (?:myself )?off|taper\w* (?:myself )?off)"
    rf" (?:of )?(?:taking |using )?(?:it|them|all (?:of )?(?:them|my (?:meds|pills|medications?)))\b",
    r"(?:wean\w*|taper\w*) (?:myself )?off\b",
    # a taper of one's own, the dose cut down with no prescriber: "me estoy bajando la venlafaxina yo solo", "tapering the
    # zoloft down on my own" (a taper the doctor set is not: "la doctora me está bajando la dosis")
    rf"(?:me estoy bajando|me voy bajando|me ando bajando|me baje|le estoy bajando|le voy bajando|estoy bajando|voy bajando|estoy tapering|tapering|cutting down|cutting back)"
    rf" (?:on )?(?:la dosis de |la dosis |the dose of |my dose of |my )?(?:la |el |las |los |mi |mis |the )?(?:{MED_REF}|dosis|dose|pastillas?|pills?|meds?)\b"
    rf"(?: (?:down|off))?(?=[^.!?]{{0,20}}?\b(?:yo sol[oa]|por mi cuenta|sin (?:preguntar|decirle|avisar)|on my own|by myself|without (?:asking|telling))\b)",
    # giving up the effort of taking it: "ive stopped bothering with it", "dont bother with them anymore"
    rf"(?:stopped|quit|given up|gave up) (?:even )?bothering (?:with|to take) (?:it|them|{_OBJ})\b",
    rf"(?:dont|do not|no longer|not) (?:even )?bother (?:with|taking) (?:it|them|{_OBJ}) (?:anymore|any more|these days)\b",
    rf"(?:dont|do not|not going to|not gonna|wont|will not|refuse to|im not) (?:want to |wanna )?"
    rf"take (?:it|them|this|these|{_OBJ}) (?:anymore|any more|any longer|again)",
    # every dose refused from a day on: "he's refused every dose since sunday", "she's been refusing all her pills"
    # (one dose refused is a missed dose: "refused last night's dose")
    rf"(?:refused|refuses|refusing|rejected|rejecting) (?:every|each|all|all of) (?:his |her |their |my |the |of )?(?:single )?(?:dose|doses|pills?|meds?|tablets?|{MED_REF})\b",
    # the supply poured away: "poured the bottle down the sink", "dumped the pills down the drain"
    rf"(?:poured|pour|pouring|emptied|empty|dumped|dumping|flushed|flushing|threw|tossed) (?:out )?(?:the |my |his |her |their |all (?:the |my |his |her )?|the whole )?"
    rf"(?:bottles?|pills|tablets|meds|{MED_REF}|them|it|em) (?:out )?(?:down|in|into) (?:the )?(?:sink|drain|toilet|garbage disposal)\b",
    # flushed, said bare: "my dad flushed them, says the lithium makes him stupid"
    r"(?:flushed|flushing) (?:them|em|all of them|all of em|all of it|the rest)\b(?! (?:out|through|with)\b)",
    rf"(?:threw|throw|tossed|toss|flushed|flush) (?:them|it|{_OBJ}|all|the rest)(?: of (?:them|it))?"
    rf" (?:out|away|down the toilet|in the trash)"
    # ("threw it out moving my dads couch" is a back)
    r"(?! (?:moving|lifting|carrying|shoveling|picking|playing|bending|working|reaching|helping|doing|at (?:work|the gym)|again)\b)",
    # "chucked the bottle last weekend", "tiré las pastillas a la basura"
    rf"(?:chucked|chuck|binned|trashed|dumped|ditched|tossed|threw out|threw away|flushed) (?:my |the |all my |all the |the whole )?"
    rf"(?:bottle|bottles|box|pill ?box|{MED_REF})\b(?! (?:in|into|on|onto) my (?:bag|purse|mouth|hand|car))",
    rf"(?:tire|bote) (?:la |las |el |los |mis |mi )?(?:caja|frasco|{MED_REF})s? (?:a la basura|al (?:bote|inodoro|escusado|water))",
    # not taken since a stay or an upheaval that lasts: "no la he tomado desde que salí del hospital", "haven't had it since the move"
    rf"(?:havent|haven t|have not|hasnt|has not|no (?:me )?(?:la|lo|las|los) (?:he|e|ha)) (?:taken|had|touched|tomado|tocado) (?:it |them |{_OBJ} )?"
    # (a move told with its verb too: "desde que nos cambiamos de casa", "desde que nos mudamos")
    r"(?:since|desde que|desde) (?:\w+ ){0,3}?(?:hospital|discharge|discharged|alta|surgery|cirugia|operacion|operaron|mudanza|moved|move|trip|viaje"
    r"|(?:cambiamos|cambie|cambiaron) de (?:casa|depa|departamento|ciudad)|mudamos|mude|mudaron"
    r"|vacation|vacaciones|funeral|velorio|divorce|divorcio|breakup|parto|rehab|jail|carcel|internaron|internado|hospitalizaron)\b",
    # "havent touched it since": the since names the moment of a stop
    rf"(?:havent|haven t|have not|hasnt|not) (?:touched|taken|had) (?:it|them|{_OBJ}) since(?=\s*(?:[.!?,;]|$|then\b))",
    # (a container let fall is no stop: "dropped my pill bottle behind the stove")
    rf"{_QUIT_VERB} (?:taking |using )?{_OBJ}\b(?! (?:bottles?|box|boxes|case|cases|organizers?|containers?|jars?|bags?|cups?|frasco|caja|pastillero)\b)",
    r"(?:stop|stopped|stopping|quit|quitting) taking\b(?! up\b)",
    # (a habit dropped cold turkey is no medication: "quit smoking cold turkey last week")
    r"(?<!smoking )(?<!drinking )(?<!vaping )(?<!cigarettes )(?<!cigs )(?<!nicotine )(?<!alcohol )(?<!booze )(?<!caffeine )(?<!coffee )(?<!soda )"
    r"(?<!sugar )(?<!weed )(?<!juul )cold turkey", r"stopped on my own",
    # a pause of one's own: "been taking a break from them since my bday", "tomándome un descanso de las pastillas"
    rf"(?:taking|take|took|taken|on|having) (?:a |a little |a short |a small |some )?(?:break|breather|holiday|vacation|pause|rest)"
    rf" (?:from|off|of) (?:it|them|em|{_OBJ})\b",
    rf"(?:descanso|pausa|vacaciones|descansando|descansar) (?:de|a) (?:la |el |las |los |mis |mi |esta |este |estas )?(?:{MED_REF})\b",
    # wanting off it: "i want off the paroxetine", "need off these meds asap"
    rf"(?:(?<=\bwant )|(?<=\bwanna )|(?<=\bneed )|(?<=\bneeds )|(?<=\bwants )|(?<=\blike )|(?<=\bready )|(?<=\bbegging )"
    rf"|(?<=want to get )|(?<=need to get )|(?<=wanna get )|(?<=want to come )|(?<=want to be )|(?<=trying to get )|(?<=ready to get )"
    rf"|(?<=ready to come )|(?<=\bwant me )|(?<=\bwants me ))(?<!dont want )(?<!don t want )(?<!do not want )(?<!dont wanna )(?<!dont need )(?<!not ready )"
    rf"off (?:of )?(?:it\b(?! (?:my chest|the list))|them\b|em\b|{_OBJ}\b)",
    # thrown away, "em" for them: "nah i tossed em"
    rf"(?:threw|throw|tossed|toss|flushed|flush|trashed|binned|chucked|dumped) (?:em|them|it) (?:all )?(?:out|away|down the toilet|in the trash"
    rf"|in the garbage)\b"
    r"(?! (?:moving|lifting|carrying|shoveling|picking|playing|bending|working|reaching|helping|doing|at (?:work|the gym)|again)\b)",
    # the clitic first: "la quiero dejar", "las voy a dejar ya"
    # ("no los quiero dejar solos" leaves people alone; "la voy a dejar por eso" gives the reason)
    r"(?:la|lo|las|los) (?:quiero|quiere|voy a|va a|pienso|piensa|quisiera|tengo ganas de|tiene ganas de|estoy pensando en|esta pensando en|ando pensando en|anda pensando en) (?:dejar|suspender|parar)\b"
    # (a time it will be left off at is a stop: "la voy a dejar en cuanto se me acaben")
    + _LEFT_AT + r"(?! (?:de|en(?! (?:cuanto|lo que|el momento que)\b)|a|con|para|por(?! (?:eso|lo mismo|es[oa]s? \w+)\b)|que|q|sol[oa]s?|solit[oa]s?)\b)",
    # getting out of it: "me quiero salir de la quetiapina", "quiero salirme de estas pastillas"
    rf"(?:(?<=\bquiero )|(?<=\bquisiera )|(?<=\bnecesito )|(?<=\bvoy a ))salir(?:me)? de (?:la |el |las |los |esta |este |estas "
    rf"|estos |mis |mi )?(?:{MED_REF})\b",
    # used up, said with the patient as subject: "me acabé las pastillas hace 3 días" (not a new box begun after it)
    rf"(?<!\bcasi )me (?:acabe|termine) (?:las|los|mis|la|el|mi) (?:{MED_REF})\b(?![^.!?]{{0,50}}\b(?:empece|abri|nuev[oa]s?|recogi|surti|compre|me dieron|ahora)\b)",
    # none left: "ya no tengo pastillas desde el viernes", "no me quedan pastillas", "dont have any meds left"
    # ("ya casi no me queda clonazepam" is running low: a refill asked in time, not a stop)
    rf"(?<!casi )(?:ya )?no (?:tengo|me quedan?|hay|tenemos|le quedan?) (?:mas |ningun[oa]s? |nada de )?(?:{MED_REF})s?\b"
    r"(?! (?:(?:\w+ )?(?:conmigo|aqui|aca|en (?:la|mi) (?:bolsa|cartera|mochila|trabajo|oficina))"
    r"|para (?:el|la) (?:dolor|gripa|gripe|tos|cabeza|presion))\b)",
    rf"(?:dont|don t|do not|didnt|didn t) have (?:any |my |the )?(?:more )?(?:{MED_REF})s? (?:left|since|anymore|any more)\b",
    rf"no (?:more )?(?:{MED_REF})s? left\b",
    # the medicine ended for oneself: "no more lexapro for me, tossed it monday"
    rf"no more {_OBJ} (?:for me|para mi)\b",
    # giving up, said with the idiom: "threw in the towel on the lamotrigine"
    rf"(?:threw|throw|throwing|thrown|tossed|toss) in the towel (?:on|with) {_OBJ}\b",
    # "i want to end the zoloft": ending a named medication, never "end it"
    rf"(?:thinking (?:about|of)|want to|wanna|going to|gonna|plan(?:ning)? (?:to|on)|about to|decided to|ready to"
    rf"|considering|like to) (?:end|ending) {_OBJ}\b",
    r"(?:thinking (?:about|of)|want to|wanna|going to|gonna|plan(?:ning)? (?:to|on)|about to"
    # asked to be talked through: "can we talk about stopping"
    r"|decided to|ready to|considering|talk about|talk to you about|discuss) (?:stop(?:ping)?|quit(?:ting)?|get(?:ting)? off"
    r"|com(?:e|ing) off|go(?:ing)? off)\b(?! (?:the |this |these |your |my )?(?:program|texts?"
    r"|messages?|list|service|study|check ?ins?|reminders?|job|smoking|drinking|vaping|alcohol"
    r"|coffee|caffeine|(?:night |day |morning |evening |late |weekend )?shifts?|work|gym|team|class|classes|course|band|choir|diet)\b)"
    # a symptom stopped is a wish to be rid of it: "i want to stop the night sweats", "want to stop feeling so dizzy"
    r"(?! (?:the |these |this |my |all the |all this )?(?:night sweats|sweats|sweating|nausea|headaches?|migraines?|shaking|tremors?"
    r"|itching|itchiness|dizziness|dizzy spells|vomiting|throwing up|diarrhea|cravings|weight gain|nightmares|bad dreams|dreams|insomnia"
    r"|panic attacks?|anxiety|crying|pain|twitch\w*|side effects?|symptoms?|feeling\b|being (?:so )?\w+)\b)",
    r"(?:ran|run|running|runs) outta\b",
    r"(?:bottle|bottles|supply|pills|meds|medicine|medication|prescription|script) (?:\w+ )?(?:ran|run|running|has run|went) dry\b",
    # ("send a new script before it runs out" asks ahead of time)
    # (a clause, lease or trial that runs out is no medication: "the suicide clause runs out in june")
    r"(?<!before it )(?<!before they )(?<!before i )(?<!before my meds )(?<!clause )(?<!contract )(?<!lease )(?<!warranty )(?<!trial )"
    r"(?<!visa )(?<!policy )(?<!plan )(?<!data )(?<!minutes )(?<!coverage )(?<!membership )(?<!subscription )(?<!permit )(?<!license )(?<!deal )(?<!offer )"
    r"(?<!almost )(?<!nearly )(?<!wanna )(?<!want to )(?<!pharmacy )(?<!pharmacy here )(?<!pharmacies )(?<!store )"
    # money or savings that run out are no medication: "a plan for when the money runs out"
    r"(?<!money )(?<!savings )(?<!cash )(?<!funds )(?<!paycheck )(?<!benefits )(?<!dinero )(?:ran|run|running|runs) out\b(?! of (?:time|patience|energy|money|gas|steam|battery|space"
    r"|ideas|options|ways|excuses|reasons|room|places|hiding spots|things to"
    # supplies that are no medication: "ran out of bandaids so its paper towels + tape"
    r"|band ?aids?|bandages?|gauze|tape|paper towels?|toilet paper|tissues|coffee|milk|food|groceries|dog food|cat food|data|cash|ink"
    r"|diapers|wipes|shampoo|soap|gas money"
    # toiletries of a day out: "ran out of sunscreen at the lake"
    r"|sun ?screen|sun ?block|bug spray|lotion|deodorant|toothpaste|water|snacks|ice)\b)"
    # out of a place, in a hurry: "ran out the door without it", "ran out to the store"
    r"(?! (?:the|my|of the|of my) (?:door|house|office|room|building|car|class|apartment|gym)\b| to (?:the|my|get|grab|catch)\b)",
    rf"out of (?:my )?(?:{MED_REF})",
    # the last pill gone is running out: "finished my last pill on friday and the refill isnt ready"
    rf"(?:finished|used up|took|had) (?:my|the) (?:very )?last (?:pill|dose|tablet|capsule|one|{MED_REF})s?\b"
    rf"(?! (?:of|for) (?:the|today|tonight)\b)(?!.{{0,100}}?\b(?:dont|don t|do not) (?:wanna|want to) run out\b)"
    # the next bottle due before the next dose: "took my last pill this morning, the new bottle comes tomorrow by mail"
    r"(?![^.!?]{0,40}?\b(?:(?:new|next) (?:bottle|box|pack|refill|supply|batch)|(?:the|my) refill) (?:comes|arrives|is coming|will come|gets here|should (?:come|arrive|get here))"
    r" (?:later )?(?:today|tonight|tomorrow|this afternoon|this evening)\b)",
    # ... in Spanish: "hoy me tome la ultima pastilla" (not "la ultima pastilla del dia")
    rf"(?:me tome|tome|se tomo|termine|me acabe) (?:la|mi|su) ultima (?:pastilla|tableta|capsula|pildora|{MED_REF})\b"
    r"(?! (?:del|de la|de hoy|en la|de esta|de este) ?(?:dia|hoy|noche|manana|tarde|semana|caja|frasco|blister|paquete)?\b)",
    # (away from home is no supply gone: "gonna be out in the deer stand all day")
    r"(?:about to|going to|gonna|almost|nearly|will"
    r"|soon) (?:run out\b|be out\b(?! (?:in|at|with|for|until|til|till|all|there|camping|hunting|fishing|late|and about|of (?:town|the house|state|the country)"
    r"|on (?:the|a|my) \w+)\b))",
    # (a week's supply or more is no running out: "only 10 pills left, will i have enough for the trip?")
    rf"(?:only|just) (?:[1-6]|one|two|three|four|five|six|a few|a couple(?: of)?) (?:pills?|doses?|days?) left",
    # (a carer's "she isnt taking her memory pill anymore")
    rf"(?:not|no longer|havent been|haven t been|not been|aint|isnt|arent|hasnt been) taking (?:it|them|(?:my|the|her|his|their) (?:\w+ )?\w+"
    rf"|{MED_REF}|any)?\s*(?:anymore|any more|lately|at all)\b",
    rf"no longer (?:taking|on) (?:it|them|{_OBJ})",
    rf"(?:not|never) taking (?:it|them|{_OBJ})\b(?! (?:with|at|in the|before|after|on an|and))",
    # "... and be done with it" closes a thought; it is no stop
    rf"(?:(?<!\bbe )done (?:with|w)|im off|i am off|been off|went off|off of) (?:it|them|{_OBJ})\b",
    # an empty bottle is running out: "bottle's been empty since the weekend" (not "the wine bottle is empty")
    r"(?<!water )(?<!wine )(?<!beer )(?<!milk )(?<!soda )(?<!shampoo )(?<!vodka )(?<!whiskey )(?<!juice )"
    r"(?:pill |med |meds |medicine |prescription )?(?:bottles?|pill ?box) (?:s |is |has been |s been |been |was |went |are |have been )?(?:totally "
    r"|completely |already |bone |basically )?empty\b"
    # the day's slots emptied as they should: "the whole pill box is empty on the right days"
    r"(?! (?:on|for) (?:the |all the )?(?:right|correct) days?\b| (?:just )?(?:like|as) (?:it )?should\b)",
    r"frasco (?:ya )?(?:esta |quedo |se quedo |se me quedo )?vacio\b",
    # not bought or filled: "este mes ya no la compré", "no me alcanzó para la medicina", "couldnt afford my meds"
    r"no (?:la|lo|las|los) (?:compre|he comprado|e comprado|pude comprar|he podido comprar|surti|he surtido|pude surtir"
    rf"|fui a (?:comprar|surtir|recoger))\b(?! (?:la|el|los|las|un|una|mi|mis) (?!(?:{MED_REF})\b)\w+)",
    rf"no (?:compre|he comprado|e comprado|pude comprar|he podido comprar|surti|he surtido|pude surtir|me alcanzo para|me alcanza para)"
    rf" (?:la |el |las |los |mi |mis )?(?:{MED_REF}|receta|resurtido)\b",
    rf"(?:couldnt|could not|cant|can t|cannot|didnt|did not) (?:afford|pay for) (?:to (?:refill|fill|buy|get|pick up) (?:it|them|{_OBJ})"
    rf"|{_OBJ}|(?:the |my )?(?:refill|copay|co pay|prescription))\b",
    rf"(?:couldnt|could not|didnt|did not|never) (?:fill|refill|pick up|buy) (?:it|them|{_OBJ}|(?:the |my )?(?:refill|prescription"
    rf"|script|rx))\b(?! (?:up|back|again)\b)",
    # "la otra semana dejo el prozac": the present tense for a stop planned (not "te dejo la receta", "dejo la pastilla en la mesa")
    rf"(?<!\bme )(?<!\bte )(?<!\ble )(?<!\bse )(?<!\bles )(?<!\bnos )dejo (?:de tomar(?:la|lo|las|los)?\b|(?:el |la |los |las |mi |mis )"
    rf"(?:{MED_REF})\b{_LEFT_AT})",
    # Spanish
    # ("ya no tomo 2": one tablet of the new strength instead of two)
    r"ya no (?:me )?(?:la |lo |las |los )?(?:estoy tomando|tomo|tomare|voy a tomar|quiero tomar)(?! (?:2|dos|3|tres|las dos|ambas|doble)\b)",
    # a carer's or a clitic-first form: "ya no se quiere tomar la quetiapina", "ya no me quiero seguir tomando el litio"
    r"ya no (?:me |se |te )?(?:la |lo |las |los )?(?:quiero|quiere|quiso|va a|voy a) (?:seguir |continuar |estar )?(?:tomar|tomando)\w*",
    r"ya no (?:se |le )?(?:la |lo |las |los )?(?:esta tomando|toma|tomara)\b",
    # kept on no longer: "ya no sigo con el litio", "ya no sigue tomando sus pastillas"
    rf"ya no (?:sigo|sigue|seguimos|siguen) (?:con|tomando) (?:(?:la|el|las|los|mi|mis|su|sus) )?(?:{MED_REF}|pastillas?|medicinas?|medicamentos?|tratamiento)\b",
    r"(?:(?:la|lo|las|los) )?(?:voy a|vamos a|va a|quiero|pienso|piensa|quiere) suspender(?:la|lo|las|los)?\b(?=\s*(?:[.!?,;]|$|ya\b|porque\b))",
    # refusing or spitting it out is not taking it: "dad has refused his lithium since sunday", "la escupe"
    rf"(?<!insurance )(?<!pharmacy )(?<!pharmacist )(?<!doctor )(?<!they )(?<!plan )(?:refus(?:es|ed|ing)|refuse)"
    rf" (?:to take (?:it|them|{_OBJ})|{_OBJ})\b",
    # refused outright, the pill understood: "he flat out refuses since he got out of hospital"
    r"(?:flat out|flatly|outright|just|totally|completely|still) refus(?:es|ed|ing)\b",
    # refused from a day on, the pill understood: "grandad refuses since sunday", "se niega desde el lunes"
    rf"(?<!insurance )(?<!pharmacy )(?<!pharmacist )(?<!doctor )(?<!they )(?<!plan )(?:refuses|has refused|has been refusing|been refusing|is refusing)"
    rf" (?:it |them |to take (?:it|them) )?(?:since|for) {_DURATION}",
    rf"se (?:niega|ha negado|rehusa) (?:a tomar\w* )?desde {_DURATION}",
    # a carer no longer giving it: "we're not giving it till school starts", "we stopped giving it to him"
    # ("stopped giving them my number" gives a thing to people)
    r"(?:stopped|quit|no longer) giving (?:it|them)(?: to (?:him|her|them))?\b(?! (?:my|a|an|the|any|some|our|his|her|their|money|rides?|advice)\b)"
    r"|(?:not|arent|aren t) giving (?:it|them)(?: (?:to|at) (?:him|her|them|all))? (?:anymore|any more|till|until|over the|during the"
    r"|for the (?:summer|break|holidays)|since)\b",
    rf"(?:wont|won t|will not) take (?:it|them|{_OBJ}) (?:anymore|any more|since)\b",
    # "Haven't taken it since Sunday. Not going back on it."
    rf"(?:not|never|im not|i m not|i am not|wont be|won t be|will not be|no plans? (?:on|of)) going back on (?:it|them|{_OBJ})\b",
    r"(?:se niega|se nego|se rehusa) a tomar\w*", r"no se (?:la|lo|las|los) (?:quiere|ha querido|han querido|quiso|queria) tomar",
    rf"no (?:ha|han) querido tomar(?:se|la|lo|las|los|sela|selas|selo|selos)? (?:la |el |las |los |su |sus )?(?:{MED_REF})\b",
    rf"no (?:quiere|quiso|queria) tomar(?:se|la|lo|las|los|sela|selas|selo|selos)? (?:la |el |las |los |su |sus )?(?:{MED_REF}) desde\b",
    # the month's pills kept back to be taken together on a day: "guardé las de litio de todo el mes ... para tomármelas juntas"
    r"(?:guarde|guardo|junte|junto|guardando|juntando|he guardado|he juntado) (?:las|los|mis|todas las|todos los)\b[^.!?]{0,30}?"
    r"\b(?:de todo el mes|del mes|de toda la semana|de la semana|de (?:\d+|dos|tres|cuatro|varios|muchos) (?:dias|semanas))\b"
    r"[^.!?]{0,40}?\bpara (?:tomarmelas|tomarmelos|tomarlas|tomarlos) (?:todas |todos )?(?:junt[oa]s|de golpe|de una vez)\b",
    rf"(?:(?:la|lo|las|los) escup\w*|escup\w* (?:la |las |el |los |sus |mis )?(?:{MED_REF}))",
    rf"(?:spits?|spitting|spat) (?:out )?(?:it|them|{_OBJ})(?: out)?\b",
    r"(?:la|lo|las|los) deje\b" + _LEFT_AT,
    # left off or halted all at once, or on one's own: "la dejó de golpe hace 5 días", "la paré yo solita el domingo"
    r"(?:la|lo|las|los) (?:dejo|deje|pare|paro|corto|corte|suspendio|suspendi) (?:yo |el |ella )?(?:de golpe|de un dia para otro|de repente|en seco|(?:solit[oa]|sol[oa])\b"
    r"|por (?:mi|su) (?:cuenta|propia cuenta)|hace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|varios|varias|unos|unas) (?:dias|semanas|mes|meses)\b)", rf"deje (?:de tomar(?:la|lo|las|los)?|{_OBJ}\b" + _LEFT_AT + ")",
    rf"(?:pare|paramos|paro|le pare|le paramos) (?:de tomar(?:la|lo|las|los)?|{_OBJ})\b",
    rf"(?:quiero|voy a|pienso|quisiera|me gustaria) (?:parar|suspender|quitarme) (?:la |el |los |las )?(?:de tomar|{_OBJ})",
    # thinking it over, an adverb between: "estoy pensando seriamente en suspender la fluoxetina"
    rf"(?:pensando|pienso|planeando|considerando) (?:\w+ )?(?:en )?(?:parar|suspender|quitarme|dejar) (?:la |el |los |las )?(?:de tomar|{_OBJ})",
    rf"(?:quiero|voy a|pienso|quisiera|me gustaria|pensando en|pienso en|planeo|estoy por|punto de|tengo ganas de"
    rf"|mejor) dejar(?:la|lo|las|los)?\s+(?:de tomar|{_OBJ})",
    r"(?:quiero|voy a|pienso|quisiera|me gustaria|pensando en|estoy por|punto de|mejor) dejar(?:la|lo|las|los)\b",
    # "he dejado la lamotrigina", "mejor la dejo"
    rf"(?<!\bno he )(?<!\bno ha )(?<!\bnunca he )(?:(?<=\bhe )|(?<=\bha )|(?<=hemos ))dejado (?:de tomar|{_OBJ}{_LEFT_AT})",
    # no wish left to go on with it: "ya no tengo ganas de seguir con la fluoxetina"
    rf"no (?:tengo|tiene|me quedan) (?:mas )?ganas de (?:seguir|continuar) (?:con |tomando )?(?:{_OBJ}|esta pastilla|estas pastillas|este medicamento)\b",
    r"(?:la|lo|las|los) he dejado" + _PRONOUN_STOP,
    r"(?:(?<=mejor )|(?<=creo que )|(?<=\bhoy )|(?<=\bya )|(?<=\bmanana ))(?:la|lo|las|los) dejo" + _PRONOUN_STOP,
    # ... but stress, patience or one's rope running out is no medication: "ya se me acabó el estrés", "se me acabó la cuerda"
    # the perfect, in Spain: "se me ha acabado la caja de escitalopram"
    # (a carer's too: "ya se le acabaron las pastillas hace 5 días", "se le acabaron y no hemos podido ir por más"; not a relative's
    # own supply: "a mi hermana q se le acabó el suyo")
    rf"se (?:me|le|les|nos) (?:acabo|acabaron|termino|terminaron|ha acabado|han acabado|ha terminado|han terminado)\b(?! (?:el|la|los|las) suy[oa]s?\b)(?! (?:el |la |los |las |mi |mis )?(?:estres|cuerda|paciencia|energia|fuerzas?"
    rf"|ganas|animo|suerte|tiempo|trabajo|vacaciones|dolor|ansiedad|tristeza|miedo|coraje|enojo|vida|bateria|pila"
    rf"|contrato|poliza|seguro|visa|licencia|permiso|suscripcion|membresia|garantia|prueba|renta|plazo)\b)",
    # (in Spain an exam or a subject is failed with it: "he suspendido tres asignaturas"; a job suspends one)
    r"suspendi\w*\b(?! (?:\w+ ){0,2}?(?:asignaturas?|materias?|examen\w*|parcial\w*|finales|final|pruebas?|cursos?|el curso|el ano|la evaluacion"
    r"|matematicas|mates|fisica|quimica|ingles|historia|lengua|selectividad|oposiciones|carnet|practico|teorico)\b| del (?:trabajo|colegio|instituto|equipo))",
    # "me quedé sin pastillas", "ando sin la medicina desde el lunes": ran out
    rf"(?:me quede|me quedo|nos quedamos|se quedo|me he quedado|ando|estoy|sigo|llevo \w+ \w+) sin {_OBJ}\b",
    # ... said bare, with the day it began: "sin pastillas desde el jueves"
    rf"(?<!\bno )(?<!\bni )sin {_OBJ} desde\b",
    # a carer's refusal told in the present, with its reason or its start: "no quiere tomar sus pastillas porque dice que lo quieren envenenar"
    rf"no (?:quiere|quiso|queria) tomar(?:se|la|lo|las|los|sela|selas|selo|selos)? (?:la |el |las |los |su |sus )?(?:{MED_REF})"
    r"(?= (?:porque|pq|xq|por que|dice|ya)\b|\s*(?:[.!;,]|$))",
    # (clothes that no longer fit are no stop: "ya no me quedan los pantalones")
    r"ya no me quedan\b(?! (?:\w+ )?(?:la |los |las |el |mis )?(?:ropa|pantalon\w*|jeans|vestidos?|camisas?|blusas?|zapatos|faldas?"
    r"|uniformes?|playeras?|camisetas?|botas|tallas?|shorts|brasieres?|bras?|sosten\w*"
    r"|bien|chic[oa]s?|grandes?|vicios|ganas|excusas|fuerzas|dudas|ideas|amigos)\b)",
    rf"(?:no quiero|ya no quiero|no quiere|ya no quiere|no voy a|ya no voy a|no va a|ya no va a|no pienso|no piensa) (?:seguir|continuar) (?:con |tomando )?(?:la |el |las |los "
    rf"|este |esta |mi |mis )?(?:{MED_REF}|tratamiento|medicina|medicamento|pastilla)s?\b",
    # the pill itself refused from now on: "i dont want to do this med anymore" ("dont want to do this job anymore" is work)
    rf"(?:dont|do not|don t|cant|can t|cannot) (?:want to |wanna )?(?:do|be on|take|deal with) {_OBJ} (?:anymore|any more|no more)\b",
    rf"(?:dont|do not|no longer) (?:want|wanna|plan) (?:to )?(?:continue|keep|stay on|keep taking|continue taking)"
    rf" (?:with )?(?:it|them|{_OBJ}|the treatment)\b",
    # the pill itself refused or ended in words: "ya no quiero la olanzapina", "quiero ponerle fin a esta pastilla",
    # "want to be done with these pills", "i want to end it with the lithium" (the medicine named: "ready to be done
    # with it" may be life itself; "ya no quiero la pastilla de la mañana, ¿la tomo de noche?" asks, and is read as such)
    rf"(?:ya )?no (?:quiero|quiere) (?:mas )?(?:la |el |las |los |esta |este |estas |estos |mi |mis |su |sus )(?:{MED_REF})\b(?! (?:de la|del|en la|por la) \w+)",
    rf"(?:quiero|voy a|pienso|quisiera) (?:ya )?(?:ponerle fin|poner fin|ponerle punto final|terminar(?: ya)? con|acabar(?: ya)? con) (?:a )?(?:la |el |las |los |esta |este"
    rf" |estas |estos |mi |mis )(?:{MED_REF})\b",
    rf"(?:want|wanna|going|gonna|need|ready)(?: to)? (?:be done with|put an end to|get off of|be off|end it with|end things with) {_OBJ}(?! (?:by|before|for) (?:my|the|surgery))\b",
    # the pill called names: "i need to stop this shit its making me worse"
    r"(?:need to|have to|gotta|got to|want to|wanna|going to|gonna) (?:stop|quit|ditch|get off) (?:this|these) (?:shit|crap|stuff|junk|garbage|poison)\b"
    r"(?=[,.]? (?:it|its|it s|they|theyre|they re|is|are) (?:making|make|makes|is making|are making|doing|does)\b)",
    # all of them left off at once: "dejé todas las pastillas", "deje todos mis medicamentos"
    rf"deje (?:todas|todos) (?:las |los |mis )(?:{MED_REF})\b",
    # a stop set for a day: "la dejo el lunes", "las dejo mañana" (not "te la dejo el lunes", "la dejo el lunes con mi mamá")
    r"(?:(?<=\bmanana )|(?<=\bya )|(?<=\bhoy ))(?:la|lo|las|los) deja" + _PRONOUN_STOP,
    # left off by the carers from an event on: "la dejamos desde que empezaron las vacaciones", "se las dejé de dar desde el lunes"
    r"(?<!\bte )(?<!\bme )(?<!\ble )(?<!\bles )(?<!\bnos )(?:la|lo|las|los) (?:deje|dejamos|dejo|dejaron|suspendimos|suspendi|quitamos|quite)"
    r"(?: de dar| de tomar)? desde (?:que|q|el|la|los|las|hace)\b",
    # a carer no longer giving it: "ya no se la estoy dando", "ya no le damos las pastillas"
    rf"ya no (?:se |le |les )?(?:(?:la|lo|las|los) (?:estoy dando|estamos dando|doy|damos|he dado|hemos dado)\b"
    rf"|(?:estoy dando|estamos dando|doy|damos|he dado|hemos dado) (?:la |el |las |los |sus |su )(?:{MED_REF})\b)",
    # refused since an event: "no ha querido tomarlas desde que se peleó con el novio", "no se la ha querido tomar desde el lunes"
    rf"no (?:se |me )?(?:la |lo |las |los )?(?:ha|han|he|hemos) querido tomar(?:se|la|lo|las|los|sela|selas|selo|selos)?"
    rf"(?: (?:la|el|las|los|sus|su|mis|mi) (?:{MED_REF}))? desde\b",
    # given up on it: "i gave up on it", "she's given up on her meds"
    rf"(?:gave up|given up|giving up) on (?:it|them|em|taking (?:it|them)|{_OBJ})\b",
    r"(?<!\bte )(?<!\bse )(?<!\bme )(?<!\ble )(?<!\bles )(?<!\bnos )(?:la|lo|las|los) (?:dejo|deja) (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|manana|pasado manana|esta semana|la (?:otra|proxima) semana|el (?:otro|proximo) mes|este fin)(?=\s*(?:[.!?,;]|$|porque\b|pq\b|xq\b|ya\b))",
]
_NOT_TAKEN_FOR = (
    rf"(?:havent|haven t|have not|hasnt|didnt|did not|not|no (?:la|lo|las|los) (?:he|e)) "
    rf"(?:taken|take|had|been taking|tomado) (?:it|them|my \w+|the \w+|his \w+|her \w+|their \w+|{MED_REF}|any)?\s*"
    # "no la he tomado desde hace una semana"
    rf"(?:in|for|since|en|desde hace|desde|por|hace) {_DURATION}"
    # not touched, said only of the medication: "havent touched my effexor in 10 days" ("my guitar" is a hobby)
    rf"|(?:havent|haven t|have not|hasnt|didnt|did not|no (?:la|lo|las|los) (?:he|e)) (?:touched|tocado) (?:it|them|em|{_OBJ})?\s*"
    rf"(?:in|for|since|en|desde hace|desde|por|hace) {_DURATION}"
    # ("been without my phone 3 days" is no medication)
    rf"|(?:been|gone|went) (?:without|w/o|w o) (?:it |them |em |(?:my |the )?(?:{MED_REF}) )?(?:(?:in|for|since) )?{_DURATION}"
    # the reflexive with the medication named: "no me he tomado la quetiapina en una semana"
    rf"|no me (?:la |lo |las |los )?(?:he|e) tomado (?:la |el |las |los |mis |mi )?(?:{MED_REF})?\s*"
    rf"(?:en|desde hace|desde|por|hace) {_DURATION}"
    # ... without the pronoun, or a carer's of the patient: "no he tomado el seroquel en dos semanas", "no se ha tomado la
    # sertralina en una semana"
    rf"|no (?:se )?(?:he|e|ha) tomado (?:(?:la |el |las |los |mis |mi |sus |su )?(?:{MED_REF}) )?(?:en|desde hace|desde|por|hace) {_DURATION}"
    # the Spanish count of time put first: "hace una semana que no me la tomo", "llevo 4 días sin tomarla"
    # texting shorthand too: "hace una semana q no me tomo la venlafaxina"
    # ... or a carer's, of the patient: "hace 10 dias q no se toma las pastillas"
    rf"|(?:desde hace|hace|ya son|ya tiene|tiene) {_DURATION} (?:que |q )?no (?:me |se )?(?:la |lo |las |los )?"
    rf"(?:tomo|toma|he tomado|ha tomado|e tomado|tomaba|estoy tomando|esta tomando|tengo\b(?! (?:esas?|esos?|estas?|estos?|ningun[oa]?|nada|ideas|pensamientos"
    rf"|problemas|sintomas|dolor\w*|crisis|ataques|episodios|efectos|pesadillas)\b))\b"
    # the present tense, the count after: "no se la toma desde hace como 10 dias", "no me la tomo desde el lunes"
    rf"|no (?:me |se )?(?:la|lo|las|los) (?:tomo|toma|toman) (?:desde hace|desde|hace|en) {_DURATION}"
    # the progressive: "no la estoy tomando desde hace como 2 semanas"
    rf"|no (?:me )?(?:la |lo |las |los )?(?:estoy|he estado|estaba) tomando (?:(?:la |el |las |los |mis |mi )?(?:{MED_REF}) )?"
    rf"(?:desde hace|desde|hace|en) {_DURATION}"
    rf"|(?:ya )?(?:llevo|llevamos|lleva|son) {_DURATION} sin (?:tomar(?:me)?(?:la|lo|las|los)?|(?:la |el |las |los |mis |mi |sus |su )?(?:{MED_REF})"
    rf"|ella|ellas)\b"
    # "ya van 4 días sin ella", "desde el domingo sin tomarla", "sin tomarla desde el domingo"
    rf"|(?:ya )?(?:van|tengo|desde) {_DURATION} (?:que |q )?sin (?:tomar(?:me)?(?:la|lo|las|los)?|(?:la |el |las |los |mis |mi |sus |su )?"
    rf"(?:{MED_REF})|ella|ellas)\b"
    rf"|sin (?:tomar(?:me)?(?:la|lo|las|los)|(?:la |el |las |los |mis |mi |sus |su )(?:{MED_REF})) (?:desde hace|desde) {_DURATION}"
    # "going on 4 days without it", "its been a week w/o my meds"
    # ... the count hedged: "been a week or so without it"
    rf"|(?:going on|its been|it s been|been|almost|nearly) {_DURATION}{_HEDGE} (?:without|w/o|w o) (?:it|them|em|my (?:meds|pills|medication)"
    rf"|{_OBJ})\b"
    # the count first: "4 days without my pills", "its been 3 days since my last pill"
    # (read from the unit, so that numbers are not dispatched on; ``_scan`` reads the count back)
    rf"|(?:(?<=[0-9] )|(?<=\btwo )|(?<=\bthree )|(?<=\bfour )|(?<=\bfive )|(?<=\bsix )|(?<=\bseven )|(?<=\bseveral )|(?<=\ba few )"
    rf"|(?<=\ba couple of )|(?<=\bdos )|(?<=\btres )|(?<=\bcuatro )|(?<=\bcinco )|(?<=\bseis )|(?<=\bsiete )|(?<=\bvarios ))"
    rf"(?:days?|dias|weeks?|semanas?) (?:without|w/o|w o|sin) (?:it|them|em|my (?:meds|pills|medication)|{_OBJ}|tomar(?:la|lo|las|los))\b"
    # ... the medicine left unsaid at the end, after it was named: "haven't picked up the lithium ... so like 6 days without"
    rf"|(?<=[0-9] )(?:days?|weeks?) (?:without|w/o|w o)(?=\s*(?:[.!?]|$))"
    # "its been a whole week since i took my lexapro" (a short spell counted is a missed dose: ``_DURATION_AT_START``)
    rf"|(?:its|it s|it has) been (?:a (?:whole|full|entire) |over a |more than a )?{_DURATION} since (?:i|he|she|they|we) (?:last )?(?:took|had|taken)"
    rf" (?:it|them|em|any|{_OBJ})\b"
    rf"|(?:its|it s|its been|it s been|been|it has been) {_DURATION} since (?:my|the|i took my|i took the) last (?:pill|dose|one|tablet"
    rf"|{MED_REF})\b"
    # nothing taken, the days counted after: "no ha tomado nada. ya van 10 días"
    rf"|no (?:se )?(?:ha|he|han|hemos|e) tomado nada(?:[.,;]? (?:y )?(?:ya )?(?:van|son|lleva|llevo|llevamos) | (?:en|desde hace|desde|por|hace) ){_DURATION}"
    # ... or the whole week forgotten after it: "no me he tomado nada, se me olvidó toda la semana"
    r"|no (?:me |se )?(?:ha|he|e) tomado nada[.,;]? (?:(?:y|es que|porque|pq) )?se (?:me|le) (?:olvido|olvidaron|paso|pasaron) (?:en )?(?:toda la semana|todo el mes)"
    # ... or counted first, the nothing taken after: "desde hace una semana, no he tomado nada"
    rf"|(?:desde hace|hace) {_DURATION}{_HEDGE},? (?:y )?(?:ya )?no (?:se )?(?:ha|he|han|hemos|e) tomado nada\b"
    # the last dose dated: "last dose was tuesday" (a short spell is a missed dose unless the supply is gone)
    rf"|(?:my |the |his |her )?last (?:dose|pill|one|tablet|capsule) (?:was|i took was|i had was|he took was|she took was) (?:on )?{_DURATION}"
)
_MISSED = [
    # the night's dose put off to the next day: "a veces me da flojera y me la tomo hasta el otro día"
    r"(?:me|se) (?:la|lo|las|los) (?:tomo|toma|tome|tomaba) (?:hasta|until) (?:el otro dia|el dia siguiente|la manana siguiente|el siguiente dia)\b",
    r"(?:take|took|takes) (?:it|them|my \w+) (?:the next|until the next) (?:day|morning)\b",
    # the count told with an emphatic "did", alone in its clause: "did miss a few, my cat knocked the bottle behind the fridge"
    r"(?:did|do) (?:miss|skip) (?:a|one|two|three|\d+|a couple|a few|some)(?: (?:doses?|pills?|days?|nights?|times))?(?=\s*(?:[.!?,;]|$))",
    # a night's dose refused, told of a relative: "anoche no se la quiso tomar" (a refusal from then on is a stop)
    r"(?:anoche|ayer|hoy|esta manana|en la manana|en la noche) no (?:se |me )?(?:la |lo |las |los )?(?:quiso|quise|quisiste) tomar\w*\b(?! desde\b)",
    # doses missed whenever they slip: "dizzy when i miss a dose", "cada vez que se me olvida me mareo"
    rf"(?:when|whenever|every time|anytime|any time|each time) i (?:miss|skip|forget)(?: to take)? (?:it|them|doses|a day|(?:a|one|my|the|a single) (?:\w+ )?(?:dose|doses|pills?|meds?|{MED_REF}))\b",
    r"(?:cada vez que|cuando) (?:se me (?:olvida|pasa)|no me (?:la|lo|las|los) tomo)\b",
    # a weekend let slip: "spaced it all weekend", "totally spaced on my meds" ("spaced them out" spreads them)
    r"spaced (?:on )?(?:it|them|taking (?:it|them)|my (?:pills?|meds?|doses?|medication))\b(?! out\b)",
    # the supply rationed: "la tomo cada tercer día pa que me rinde", "cutting them in half to make them last"
    # (asked about, it is no report: "¿la puedo partir a la mitad pa q me rinda más?")
    r"(?:pa|para) (?:que|q) me (?:rinda|rindan|dure|duren|alcance|alcancen)\b(?![^.!?]{0,20}\?)",
    r"(?:to|so) (?:make )?(?:it|them|they|the bottle|my pills|my meds) (?:last|stretch)(?: longer| till| until| to)?\b(?![^.!?]{0,20}\?)",
    # some days let slip: "más o menos, se me pasan algunos días"
    r"se me (?:pasan|pasa|pasaron|olvidan|olvida|olvidaron) (?:algunos|unos|varios|un par de|algun|uno que otro) dias?\b",
    # some put by rather than taken: "si me las tomo... bueno, algunas las estoy guardando"
    r"(?:algunas|algunos|unas|unos) (?:las |los )?(?:estoy guardando|guardo|he guardado|estoy juntando|junto|he juntado)\b",
    # the dose not at hand: "no la traía", "didn't have them with me"
    r"(?<!\bsi )no (?:me )?(?:la|lo|las|los) (?:traia|traje|traiba|lleve|llevaba|tenia)(?: conmigo| encima)?(?=\s*(?:[.!?,;]|$))",
    rf"(?:didnt|did not) (?:have|bring|pack) (?:it|them|any|(?:the |my )?(?:{MED_REF})) (?:with me|on me)\b",
    # days failed, counted: "la semana pasada fallé 3 días" (days of work are ``severe``)
    r"(?:falle|he fallado|e fallado) (?:\d+|un|una|dos|tres|cuatro|cinco|varios|varias|unos|unas|algunos|algunas) (?:dias?|veces|tomas|dosis|pastillas)\b"
    r"(?! (?:al|a la|a|en el|en la|a mi) (?:trabajo|chamba|jale|escuela|clases?|turno|oficina|gym|gimnasio)\b)",
    # taken, but not every time: "la tomo pero no siempre", "i take it but not every day" ("... not always at the same hour" is timing)
    r"(?:la|lo|las|los|me la|me lo|me las|me los) tomo,? (?:pero|but) no (?:siempre|todos los dias|diario|a diario|cada dia)\b"
    r"(?! (?:a la|a las|a tiempo|en|con|al|a la misma)\b)",
    r"(?:take|taking|took) (?:it|them|my \w+),? (?:but|pero) not (?:always|every ?day|every time|daily|each day)\b(?! (?:at|on time|in|with|the same)\b)",
    # "a veces se me pasa la de la noche"
    r"se me (?:pasa|pasan|paso) la de la (?:noche|manana|tarde)|se me (?:pasa|pasan|paso) la del (?:mediodia|almuerzo)",
    # ... or a weekday's: "a veces se me pasa la del sábado", "se me pasan las de los domingos"
    r"se me (?:pasa|pasan|paso|olvida|olvidan|olvido) (?:la|las) (?:del|de los) (?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fin de semana|fines de semana)\b",
    # one night's dose not taken: "esa noche no me tomé la trazodona por si acaso" ("si no me tomo" is a condition)
    rf"(?<!\bsi )(?<!\bque )(?<!\bq )no me tome (?:la |el |mi |las |los |mis )(?:{MED_REF})\b",
    r"(?<!\bsi )(?<!\bque )(?<!\bq )no (?:me|se) (?:la )?tom(?:e|o) la (?:de|del) (?:ayer|anoche|la noche|la manana|la tarde|hoy|anteayer|antier"
    r"|mediodia)\b",
    # (a time gone by, told as such, is no missed dose now: "old sertraline in the drawer from when i kept forgetting")
    r"(?<!thought i )(?<!thought id )(?<!thought i d )(?<!thought that i )(?<!from when i kept )(?<!back when i kept )(?<!from when i used to )"
    r"(?<!back when i used to )(?:forgot|forget|forgetting|forgotten)\b(?! to (?:tell|mention|ask|say|call|text|reply"
    r"|answer|respond|write|let))(?! (?:her|his|their|your|our|its|someone|somebody|everything|what"
    r"|where|why|how|who|which|whether|if|that|all (?:his|her|their|your|our))\b)(?! this\b(?! (?:morning|evening|afternoon|week|weekend|time)\b))"
    # "kept forgetting i already took it" took it twice, it missed nothing
    r"(?! (?:that )?i (?:(?:already|had|d|just) ){0,2}(?:took|taken|had taken|had (?:it|one|them|mine|my \w+)|did)\b)"
    # "keep forgetting to eat lunch" is appetite; "forgot an took more" is a dose too many, not one missed
    r"(?! to (?:eat|drink|sleep|shower|brush|feed|buy|pick|grab|lock|charge)\b)(?! (?:and|an|n|then|so) (?:took|take|taken|had|popped)\b)(?! (?:my|the) (?!(?:\w+ )?(?:" + MED_REF
    + r"|doses?|dosis|one|ones)\b)\w+)(?: (?:to take|about))?(?: (?:it|them|my \w+|a|one|two|three"
    r"|a couple|a few|some|the|\d+|yesterday|last night|this morning|twice|once|doses?|pills?"
    r"|meds?)\b)?",
    # ("missing my mom so much" misses a person, not a dose)
    r"(?!miss(?:ed|ing)? (?:my|her|his|our|the|mi) (?:" + RELATIONS + r"|family|friends?|home|ex|old (?:life|job|self)|dog|cat|kids?)\b)"
    r"(?!(?:skipped|skip|skipping) a beat\b)"
    # a period gone missing is no dose: "periods been missing 2 months"
    r"(?<!period )(?<!periods )(?<!period been )(?<!periods been )(?<!period has been )(?<!period s been )(?<!periods have been )"
    r"(?:missed|skipped|skip|skipping|missing) (?:like |about |around |maybe |probably |prob |just |only )?(?:a|one|two|three|\d+|a couple|a few|some"
    # an occasion of one's own or one's family: "skipped my sons recital", "missed my daughters game"
    r"|my(?!(?: \w+){0,2} (?:party|parties|gym|workout|wedding|reception|event|trip|concert|church|mass|funeral|reunion|recital|graduation|game|games"
    r"|practice|meeting|class|lecture|birthday|bday|dinner|lunch|show|play|ceremony|date|run|walk|flight|bus|train|ride"
    # a stop or turn on the way: "almost missed my stop at 59th st"
    r"|stops?|exit|turn|connection|transfer"
    r"|labs?|lab work|bloodwork|blood work|blood draw|blood tests?|level check|appointment|appt|checkup|check up)\b)"
    # "skip the rest of my life" is no dose
    r"|the(?! rest of (?:my |this |his |her |their )?(?:life|lives|days|existence)\b| (?:line|queue|small talk|drama|town)\b"
    # a part of life, not a dose: "skip the waking up part", "skip the boring bits"
    r"|(?: \w+){0,3} (?:part|parts|bit|bits|stuff)\b| waking\b"
    # a thing done, not a dose: "skip the office party", "skipped the gym"
    r"|(?: \w+)? (?:party|parties|gym|workout|wedding|reception|event|trip|concert|church|mass|funeral|reunion|dentist|intro|song|ads?"
    r"|commercials?|episode|shower|walk|run|bbq|barbecue|cookout|potluck|game|meeting|lecture|class|dessert"
    # a test or visit, not a dose: "missed the lab", "skipped the blood draw"
    r"|labs?|lab work|bloodwork|blood work|blood draw|blood tests?|level check|appointment|appt|checkup|check up)\b)"
    r"|yesterday|last night|this morning|this week|\w+days?"
    # the dose named by its time: "skipped tonights to be safe", "missed this mornings"
    r"|(?:tonight|last night|this morning|this evening|today)(?: s|s)(?! (?:show|party|game|event|concert|class|practice|meeting|plans?"
    r"|run|workout|walk|episode|lecture|shift)\b)"
    r"|doses?|pills?|meds?|once|twice|it"
    r"|them|days|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b(?! (?:(?:a|one|two|three|four|five|\d+|a few|few|several|some|a couple(?: of)?|couple(?: of)?) )?"
    r"(?:(?:whole |full |entire )?(?:days?|weeks?|shifts?|hours?|mornings?) )?(?:of |at |from )?(?:work"
    # ("missed 3 trains" waiting on the platform)
    r"|school|class|classes|appointments?|appts?|period|calls?|shifts?|bus|buses|trains?|subways?|flights?|meetings?|you|lunch"
    r"|breakfast|dinner|meals?|out|exams?|midterms?|finals?|lectures?|tests?|quiz\w*|deadlines?|practice|games?|the (?:train|deadline)|my (?:ride|turn)"
    # days of work told by the place: "missed two days on the line"
    r"|(?:on|at) the (?:line|floor|clock|rig|site|job|farm|ranch|docks?|plant|mill|warehouse)"
    # the check-ins themselves, or a stretch of life: "missed a few check ins", "skipping the year"
    r"|check ?ins?|texts?|messages?|reminders?|year|years)\b)",
    # not taken every day: "i havent been taking it every day", "she hasnt been taking it regularly"
    rf"(?:hasnt|havent|has not|have not|haven t|hasn t|im not|i m not) been taking (?:it|them|em|{_OBJ}) (?:regularly|every ?day|daily|consistently|on time"
    r"|like (?:i|he|she) should|properly|right)\b",
    # a carer's count of the patient's doses missed: "he missed his pills twice this week"
    r"(?:missed|skipped|skipping|missing|forgot) (?:his|her|their|su|sus) (?:\w+ )?(?:doses?|pills?|meds?|medications?|medicine|tablets?)\b",
    # the one day left out: "yes, except the day i was at my cousins funeral"
    # (after a yes or the doses' days: "works every day except the day of my shift" is a job)
    r"(?:(?<=\byes )|(?<=\byes, )|(?<=\byeah, )|(?<=\byep, )|(?<=\bsi, )|(?<=\bday )|(?<=\bday, )|(?<=\bnight )|(?<=\bnight, )|(?<=\bdias )"
    r"|(?<=\bdias, )|(?<=\bit )|(?<=\bthem )|(?<=\bem ))(?<!works every day )(?<!work every day )(?<!open every day )"
    r"(?:except|but not|excepto|menos|salvo) (?:for |on )?(?:the|that|el|ese) (?:one )?(?:day|night|dia|noche)\b",
    rf"(?:didnt|did not|couldnt|wasnt able to) take (?:it|them|{_OBJ})\b(?! (?:with|at|in|before"
    rf"|after))",
    rf"(?:havent|haven t|have not|hasnt|has not) (?:taken|had) (?:it|them|{_OBJ}) (?:today|yet|this morning|tonight|last night|yesterday)\b",
    # every day save one or two: "took it every day but one", "todos los días menos uno"
    r"(?:(?:took|taken|take|taking|had|tome|me (?:la|lo|las|los) tome) (?:it |them |em |my \w+ |la |las )?)?"
    r"(?:every (?:day|night|morning)|todos los dias|todas las (?:noches|mananas)) (?:but|except(?: for)?|apart from|menos|excepto|salvo)"
    r" (?:one|two|1|2|a couple|uno|una|dos|un par)\b",
    # another's forgetting as a habit: "he forgets like every other day" ("forgets a lot" may be memory)
    r"(?:i|he|she|they) (?:forget|forgets|forgot) (?:it |them |to take (?:it|them) )?(?:like |about |maybe )?(?:every other day|every few days"
    r"|half the time|most days|some days|a few times a week|once or twice a week)\b",
    rf"(?:take|taking|took|tomo|me la tomo) (?:it |them |{_OBJ} )?(?:most days|some days"
    rf"|every other day|when i remember|on and off|here and there|sometimes|most of the time"
    rf"|not every ?day|casi siempre|a veces|casi todos los dias|la mayoria de los dias"
    # "me la tomo cuando me acuerdo": only on the days it comes to mind
    rf"|cuando me acuerdo|cuando me (?:la|lo|las|los) acuerdo|si me acuerdo|when i remember to)",
    # ("se me olvida todo", "se me olvidan las cosas" is memory, not a dose)
    r"se me (?:(?:ha |han )?olvid\w*\b(?! (?:todo\b(?! el| la| los| las)|las cosas|cosas|donde|que|q|lo que|lo q|si\b|a que|como\b(?! (?:\d|una|dos|tres|cuatro|cinco)\b)|quien|nombres|palabras|las palabras"
    # an appointment or what was said: "se me olvidó la cita del martes", "se me olvidó lo q dijo la doctora"
    r"|la cita|mi cita|las citas|la consulta|mi consulta|el turno|mi turno|la llamada|la clave|la contrasena"
    r"|las llaves|mis llaves|el nombre|los nombres|a donde|para que|por que"
    # a meal: "la tomé en ayunas, se me olvidó desayunar"
    r"|desayunar|comer|almorzar|cenar|el desayuno|la comida|la cena|el almuerzo"
    # a reply owed, not a dose: "solo se me olvidó contestar ayer"
    r"|contestar\w*|responder\w*|el mensaje|los mensajes|tu mensaje|su mensaje"
    # another task: "se me olvidó cerrar la caja fuerte" (not "tomarla", "darle la pastilla", nor the pill left behind: "llevarla al viaje")
    r"|(?!tomar|dar|(?:llevar|traer|empacar)(?:la|lo|las|los)\b|ayer\b|anteayer\b|antier\b)[a-z]{2,}(?:ar|er|ir)(?:la|lo|las|los|le|les|me)?\b(?! (?:la|las|mi|mis|el|los) (?:pastillas?|medicinas?|dosis|pildoras?))"
    r")\b)"
    # forgotten, then taken late: "se me olvidó y me la tomé tarde"; or taken again: "se me olvidó y me las volví a tomar"
    # (a pain passing is no dose: "un dolor en el pecho, ya se me pasó un poco")
    r"(?!\w* (?:y|pero|asi que) (?:ya |luego |despues )?(?:me )?(?:la|lo|las|los) (?:tome|he tomado|volvi a tomar)\b)"
    r"|paso(?:(?<!\bya se me paso)|(?= (?:la|el|las|los|tomar\w*|una)\b))(?! la mano\b| un poco\b| poco a poco\b| solit[oa]\b| sol[oa]\b| rapido\b"
    # a pain over after a while: "me dio un dolor en el pecho, se me pasó al rato"
    r"| (?:al rato|al ratito|enseguida|en seguida|luego|despues|en (?:un|unos) (?:rato|ratito|minutos|segundos)|a los (?:pocos |\w+ )?minutos)\b"
    # a symptom or a feeling passing: "ya se me pasó el dolor de cabeza"
    r"| (?:el|la|los|las) (?:dolor\w*|mareos?|nauseas?|coraje|susto|sueno|efecto|miedo|enojo|ansiedad|malestar|comezon|calor|frio|gripa|gripe|resaca)\b)|pasaron)",
    # "a veces se me pasa" (the dose slips by); "hasta que se me pasa el coraje" is anger passing
    # ("muerto de sueño, pero se me pasa", "ya al mediodía se me pasa": a symptom wearing off)
    r"(?<!\bpero )(?<!\bpero ya )(?<!\bdespues )(?<!\by despues )(?<!\bmediodia )(?<!\bal rato )(?<!\brapido )(?<!\bluego )(?<!\btarde )(?<!\bpoco )(?<!\bhora )"
    # ... or after a meal: "náuseas en la mañana, ya después del lonche se me pasa"
    r"(?<!\blonche )(?<!\bcomida )(?<!\bcomer )(?<!\bdesayuno )(?<!\bdesayunar )(?<!\balmuerzo )(?<!\balmorzar )(?<!\bcena )(?<!\bcenar )(?<!\bcafe )"
    r"se me (?:pasa|pasan)(?=\s*(?:[.!?,;]|$))",
    r"se me (?:pasa|pasan) (?:tomarla|tomarlas|tomarlo|la (?:pastilla|dosis|hora|toma)|el horario|una|alguna|algunas)", r"(?:olvide|me olvide|olvido)\b(?! (?:de )?(?:desayunar|comer|almorzar|cenar|el desayuno|la comida|la cena|el almuerzo"
    r"|la cita|mi cita|la consulta|mi consulta|el turno|mi turno|lo que|lo q|si|como\b(?! (?:\d|una|dos|tres)\b)|donde|a que hora"
    r"|contestar\w*|responder\w*|el mensaje|los mensajes|tu mensaje|su mensaje"
    r"|(?!tomar|dar|(?:llevar|traer|empacar)(?:la|lo|las|los)\b|ayer\b|anteayer\b|antier\b)[a-z]{2,}(?:ar|er|ir)(?:la|lo|las|los|le|les|me)?\b(?! (?:la|las|mi|mis|el|los) (?:pastillas?|medicinas?|dosis|pildoras?))"
    r")\b)"
    # forgetting it was already taken is a dose too many: "se me olvidó que ya me la había tomado"
    r"(?! (?:que|q) (?:ya )?(?:me )?(?:la|lo|las|los) (?:habia|he|tome)\b)"
    r"(?! (?:y|pero|asi que) (?:ya |luego |despues )?(?:me )?(?:la|lo|las|los) (?:tome|he tomado|volvi a tomar)\b)(?: (?:tomar\w*)?)?",
    r"no (?:me )?(?:la|lo|las|los) tom[eo]\b",
    # a carer's: "se le olvidaron las pastillas dos días"
    rf"se (?:le|les) (?:ha |han )?olvid\w* (?:tomar(?:se)? )?(?:la |las |el |los |su |sus )(?:{MED_REF})\b",
    # ... or the days counted: "se le olvidaron dos días cuando se fue de viaje"
    r"se (?:le|les) (?:ha |han )?olvid\w* (?:un|una|dos|tres|cuatro|\d+|un par de|unos|unas|varios|varias|algunos|algunas) (?:dias|noches|dosis|veces|tomas)\b",
    # one dose spat out now and then: "he spat out the night one twice this week" (spitting out "them" all is a stop)
    r"(?:spits?|spitting|spat) (?:out )?(?:the|his|her|my|their) (?:morning|night|nighttime|evening|bedtime|noon|lunch|lunchtime|afternoon|am|pm) (?:one|dose|pill|tablet)s?\b",
    # pills found hidden where they were not taken: "i found 6 pills under the couch cushion", "encontré pastillas escondidas"
    r"(?:found|find|finding) (?:(?:\d+|a few|some|a couple(?: of)?|two|three|four|five|six|several|a bunch of|a pile of|a handful of) )?(?:of )?(?:his |her |their )?"
    r"(?:pills|meds|tablets)\b[^.!?]{0,25}?\b(?:under|behind|stuffed|hidden|stashed|in (?:the|his|her|their) (?:couch|trash|garbage|toilet|sock|shoe|pocket|plant|mattress))\b",
    r"(?:encontre|encontramos|hallé) (?:(?:\d+|unas|varias|dos|tres|cuatro|cinco|seis) )?(?:de )?(?:sus )?(?:pastillas|pildoras|medicinas)\b[^.!?]{0,25}?\b(?:debajo|abajo|detras|escondidas|en (?:la|el) (?:basura|sillon|sofa|colchon|cajon|zapato|calcetin))\b",
    # "no po, no me la he tomado", "todavía no me las he tomado hoy"
    r"no (?:me )?(?:la|lo|las|los) (?:he|e) tomado\b",
    # the early dose slept through: "the 6am one, i keep sleeping thru it", "me quedo dormida y se me pasa"
    r"(?:keep|keeps|kept|always|usually|often|sometimes) (?:sleeping|sleep|slept) (?:thru|through|past) (?:it|them|(?:the|my) (?:\d+ ?am|morning|early)"
    r" (?:one|dose|pill|meds?))\b",
    # the night's dose slept through and taken the next morning: "fell asleep on the couch after the game, took it this morning",
    # "me quedé dormido y me la tomé en la mañana"
    r"(?:fell asleep|dozed off|passed out|crashed|me quede dormid[oa])\b[^.!?]{0,50}?\b(?:took (?:it|them|em|my \w+)|(?:me )?(?:la|lo|las|los) tome)"
    r" (?:this morning|this am|the next morning|next morning|in the morning|when i woke up|late|esta manana|en la manana|al despertar)\b",
    r"(?:me quedo|me quede|me sigo quedando) dormid[oa] y (?:se me pasa|no (?:me )?la tomo|me la salto)", r"(?<!\bno )(?<!\bno me )(?<!\bnunca )(?<!\bnunca me )(?:me )?(?:(?:he|e) )?(?:salte|saltee|saltado) (?:una|dos|la|algunas|un par de|unas|varias) \w+",
    # a dose of the day skipped now and then, the present told: "a veces me salto la de la noche", "se salta la pastilla"
    r"(?:a veces|aveces|de vez en cuando|luego|seguido) me (?:salto|brinco) (?:la|las|una|algunas|unas) "
    r"(?:de la|de las|del|de los|dosis|pastillas?|tomas?|tabletas?)\b(?![^.!?]{0,40}\?)",
    # the count said bare: "me salté 2 pq andaba de viaje"
    r"(?:me )?(?:salte|saltee) (?:como |unos |unas |casi )?(?:[1-9]|una|dos|tres)(?=\s*(?:[.!?,;]|$)| (?:pq|porque|xq|por|esta|la semana|dias|veces|pastillas|dosis|tomas)\b)",
    r"^(?:casi todos los dias|la mayoria de los dias)\b",
    # the same answer behind a filler word, alone: "pues casi todos los días", "bueno, la mayoría de los días"
    r"(?:pues|bueno|este|mmm|eh|mm),? (?:casi todos los dias|la mayoria de los dias)(?=\s*[.!?]*\s*$)",
    r"(?:me )?(?:la|las|lo|los) (?:salte|saltee)\b",
    # "brincar" for skipping, as in Mexico: "me brinqué 2 días la semana pasada", "me la brinqué el sábado"
    r"(?:me )?(?:(?:he|e) )?(?:brinque|brincado) (?:[1-9]|una|dos|tres|algunas|algunos|unas|unos|varias|varios|un par de) (?:dias?|veces|pastillas|dosis|tomas|noches)\b",
    r"me (?:la|las|lo|los) (?:brinque|he brincado|brinco)\b",
    r"(?:\b[1-9]|\bone|\btwo|\bthree|\ba couple|\ba few) (?:doses? |pills? )?(?:missed|skipped) (?:this|last) (?:week|wk|month)\b",
    # the habit said first, English or Spanglish: "most days la tomo", "most days yeah"
    r"^(?:most days|most of the days|most of the time|some days|on and off|every other day)\b"
    # "some days i wish i could disappear" speaks of the days, not the doses
    r"(?! (?:i |im |i m |it |its |it s |life |everything |things |my |the )?(?:just |really |honestly |even |still )?(?:wish|feel|felt|want"
    r"|wanna|think|hate|cry|am|is|are|seems?|get|gets|dont|cant|can t|wonder|hope|wake|lie|stay|can|could)\b)",
    # "just took 10 of my lithium" is a number taken just now (too many), not too few
    r"(?!just (?:took|taken) (?:like |about )?(?:\d+|\w+) of (?:my|the|his|her|them|those|these)\b)"
    r"(?:only|just|solo) (?:took|taken|take|tome|me la tome) (?:it |them |la |lo |my \w+ )?(?:like "
    r"|about )?(?:\d+|once|twice|one|two|three|four|five|a few|a couple|una|dos|tres)(?: times| days"
    r"| veces| dias)?\b"
    # "just took like 8 trazodone at once": many at once is too many, not too few
    r"(?![^.!?,;]{0,25}?\b(?:at once|all at once|at the same time|in one go|de golpe|de una vez|juntas)\b)",
    # doses spaced out to make a supply last: "skipping every other day to stretch it", "me la salto un día sí y otro no para que me alcance"
    r"(?:skipping|skip|skipped|been skipping|missing|taking it|taking them|only taking it|only taking them|tomandola|tomandolas|me la salto|me las salto"
    r"|me la estoy saltando|la tomo|las tomo|me la tomo|me las tomo) (?:every other day|every second day|every few days|some days|a day here and there"
    r"|un dia si y (?:un dia|otro) no|cada tercer dia|dia de por medio|cada (?:dos|2|tres|3) dias|(?:un dia|algunos dias) si y (?:otro|otros|un dia) no)\b",
    # all the days but one: "every day but one", "all week but sunday"
    r"(?:every ?(?:single )?(?:day|night|morning|dose)|all week|todos los dias|todas las noches) (?:but|pero no|menos|except|cept|xcept|exept|excep|salvo) (?:for |on |el |un )?"
    r"(?:one|1|two|2|once|twice|a couple|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|yesterday"
    r"|the weekend|uno|una|dos|dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
    # "every day except tuesday"
    # ("echo de menos a mi abuela" misses a person)
    r"(?<!works )(?<!work )(?<!free )(?<!available )(?:except|cept|xcept|exept|but not|other than|excepto|(?<!echo de )(?<!echa de )(?<!echas de )(?<!echamos de )(?<!eche de )menos|salvo) (?:for |on |el |un )?(?:one|1|two|2|a|a couple"
    r"|a few|once|twice|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|yesterday|the weekend|dia|lunes"
    r"|martes|miercoles|jueves|viernes|sabado|domingo)\b",
]
# Not sure or forgetting it was taken is no report of taking it: "kept forgetting i already took it",
# "not sure if i took it today".
_UNSURE = (
    r"(?<!forgot i )(?<!forget i )(?<!forgetting i )(?<!forgotten i )(?<!forgot that i )(?<!forgetting that i )(?<!if i )"
    r"(?<!whether i )(?<!remember i )(?<!remember if i )(?<!thought i )(?<!sure i )(?<!think i )"
    # ... or unsure of a relative's dose: "not sure if she took her meds today"
    r"(?<!if she )(?<!if he )(?<!whether she )(?<!whether he )"
)
_TAKING = [
    # the stop denied: "no he dejado de tomarlo"
    r"(?:no|nunca) (?:he|e|ha) dejado de tomar(?:la|lo|las|los)?\b",
    # the medicine named first, then taken: "la clozapina la tomo bien", "El litio lo tomo, eso sí", "la sertralina la sigo"
    # ("la clozapina no la tomo" puts the "no" between)
    rf"(?:^|(?<=[.!,;] )|(?<=\by )|(?<=\bpero ))(?:el |la |los |las |mi |mis )(?:{MED_REF}) (?:si |ya |tambien )?(?:la|lo|las|los)"
    r" (?:tomo|sigo(?: tomando)?|estoy tomando|continuo)\b(?![^.!?]{0,30}\?)",
    r"(?:^|(?<=[.!,;] )|(?<=\by )|(?<=\bpero )|(?<=\bsi )|(?<=\bya ))(?:me )?(?:la|lo|las|los) (?:tomo|estoy tomando|toy tomando|sigo tomando)"
    r"(?: (?:todos|todas|cabal|religiosamente|puntual\w*|diario|bien|sin falta))?\b(?! (?:cuando|si|solo|a veces|casi|de vez)\b)(?![^.!?]{0,30}\?)",
    r"(?:dice )?(?:q|que) se (?:(?:la|lo|las|los) )?toma (?:todo|todas|todos|sus pastillas|su medicina)\b",
    # ... told straight, after a pause or a "but": "mi esposo anda triste pero se toma todo"
    r"(?:^|(?<=[.!,;] )|(?<=\bpero )|(?<=\by )|(?<=\bsi ))se (?:(?:la|lo|las|los) )?toma (?:todo|todas|todos|sus pastillas|su medicina)\b",
    # all the week's doses: "took all doses", "took em all this week" ("took all my pills" alone is an overdose, left to the crisis rules)
    r"(?:took|taken|have taken|ive taken|i ve taken) all (?:my |the |of my |of the )?doses\b",
    r"(?:took|taken|have taken|ive taken|i ve taken) (?:em|them) all (?:this|last|the whole) week\b",
    # not skipped even on a day of exception: "ni en la boda de mi hermana me la salté", "ni cuando me enfermé se me olvidó"
    r"ni (?:siquiera )?(?:en|el dia de|durante|cuando|con)\b[^.!?,;]{0,40}? (?:me (?:la|lo|las|los) (?:salte|saltee|olvide)|se me (?:olvido|paso))\b",
    # ... nor ever, put as "not even dead": "ni muerta se me olvida", "ni loco me la salto"
    r"ni (?:muert[oa]|loc[oa]|de chiste|de broma) (?:me (?:la|lo|las|los) (?:salto|olvido|paso)|se me (?:olvida|olvidan|pasa|pasan))\b",
    # a long-acting injection given: "got my abilify shot last tuesday at the clinic", "ya me pusieron la inyección del mes"
    # (a flu or covid shot is no medication of theirs)
    rf"(?:got|had|received|gotten|took) (?:my|his|her|the) (?:(?:{MED_NAMES}|monthly|depot|long acting|maintenance) )+(?:shot|injection|jab|inj)\b",
    rf"(?:me|le) (?:pusieron|aplicaron|dieron) (?:la|su|mi) (?:inyeccion|inyeccion mensual|ampolleta)(?: (?:de|del) (?:{MED_NAMES}|mes|cada mes))?\b",
    # the bare answer: "taking em 👍", "yep taking them"
    # ... or as the answer's first sentence, more news after it: "taking em. wife counts em out"
    # (at the very start: "(?<!.)" rather than "^\W*", so the scanner can file it under its first word)
    r"(?<!.)(?:(?:yes|yeah|yep|yup|ya|si)\W+)?(?:taking|takin) (?:em|them|it|mine|my meds|my pills)(?=[^\w]*$|\s*[.!;]\s)",
    # the week's doses taken on time: "me tomé todas las de la semana puntualito", "took all of them this week, right on schedule"
    r"(?:me )?tome todas (?:las|mis) (?:de la|de esta) semana (?:puntual\w*|a tiempo|a su hora|sin falta)",
    # the day's different medications counted: "took all 3 of my meds this am"
    r"took all (?:[2-4]|two|three|four) of my (?:meds|medications|medicines)\b",
    r"took all of them this week\b[^.!?]{0,40}?\b(?:on schedule|on time|like clockwork|every single one|every one|each one)",
    # no day without it: "ni un solo día sin tomarla esta semana"
    r"ni un (?:sol[oa] )?dia sin (?:tomarla|tomarlas|tomarlo|tomarlos|tomar(?:me)? (?:la|las|mis|mi) (?:pastillas?|medicinas?|dosis))\b",
    # the supply nearly gone and renewed is no stop: "almost ran out but grabbed the refill yesterday"
    r"(?:almost|nearly) ran out (?:but|and then|then) (?:i )?(?:got|grabbed|picked up)(?: \w+)? (?:the |my |a )?(?:refill|meds|pills|prescription)",
    # the extra dose only nearly taken: "casi me tomo doble dosis ... pero me di cuenta, no la tomé"
    r"casi me tomo (?:doble|otra|dos|una (?:extra|de mas))\b[^.!?]{0,60}?\bno (?:me )?(?:la|lo|las|los) tome\b",
    # the dose changed as told, and done: "doubled it like u said", "el dr me dijo q doblara la dosis y así lo hice"
    r"(?:doubled|upped|increased|raised|halved|lowered) (?:it|them|the dose|my dose)\b[^.!?]{0,10}?\b(?:like|as) (?:u|you|the (?:doc|dr|doctor)|dr \w+"
    r"|my (?:doc|doctor)) (?:said|told me|asked|suggested)\b",
    r"(?:me |nos )?(?:dijo|dijeron|indico|indicaron) (?:q|que) (?:doblara|subiera|aumentara|bajara|tomara|partiera)\b[^.!?]{0,30}?"
    r"\b(?:asi (?:lo |le )?hice|eso hice|ya lo hice|lo hice|y desde (?:antier|anteayer|ayer|hace \w+|el \w+)|ahora (?:son|tomo|me tomo))\b",
    # the strength switched as told and kept to: "me dijo que dejara la de 10 y empezara con la de 20, ya llevo una semana así"
    r"(?:dijo|dijeron|indico|indicaron) (?:q|que) (?:dejara la de [0-9]+ y )?(?:empezara|cambiara|pasara|siguiera) (?:con |a )?(?:la|el) de [0-9]+\b"
    r"[^.!?]{0,20}?\bya (?:llevo|van|tengo) (?:una|un|dos|tres|[0-9]+) (?:semanas?|dias|mes|meses) (?:asi|con (?:ella|esa|la nueva))\b",
    # ... and in English: "doc said to double the dose so im on 100mg now"
    r"(?:doc|dr|doctor|she|he|they) (?:said|told me) to (?:double|up|increase|raise|halve|lower|cut) (?:it|them|the dose|my dose)"
    r" (?:so|and) (?:now )?(?:im|i m|i am) (?:on|taking|at) (?:\d+|the|it|them)",
    # the label's count, taken: "the bottle says take 2 at night now, i took both"
    r"(?:bottle|label|box|prescription|doctor|doc|dr) says (?:to )?take (?:2|two|both)\b[^.!?]{0,40}?\bi took (?:both|them|em|2|two)\b",
    # a past dose, bare at a clause's end: "tomé mis pastillas, todo bien"
    r"(?:^|(?<=[.!,;] )|(?<=\bya )|(?<=\bsi ))(?:ya )?(?:me )?tome (?:mis|las|la|mi) (?:pastillas?|medicinas?|medicamentos?|pildoras?)(?=\s*[.!,;]|\s*$)",
    # ... told by a carer: "está muy afectada, pero se tomó su pastilla" ("se tomó todas sus pastillas" never reaches it)
    r"(?:^|(?<=[.!,;] )|(?<=\bya )|(?<=\bsi )|(?<=\bpero )|(?<=\by ))(?:ya )?se (?:la |lo )?tomo (?:su|sus) (?:pastillas?|medicinas?|medicamentos?|pildoras?)(?=\s*[.!,;]|\s*$)",
    # the named medicine taken without fail: "Yo bien, tomando la lamotrigina sin falta"
    rf"(?<!\bno )(?<!\bno estoy )tomando (?:la |el |las |los |mi |mis )(?:{MED_REF})\b (?:sin falta|todos los dias|a diario|diario|normal|como siempre)\b",
    # ("doing my meds every day", "remembering my pills every morning", a carer's "se la toma todos los días")
    rf"(?:taking|take|took|tomando|tomo|me la tomo|me lo tomo|me las tomo|me (?:la|lo|las|los) tome|tomandola|tomandolas|tomandolo|tomandolos"
    rf"|doing|remembering|remember|remembered|se (?:la|lo|las|los) toma|still on|been on|takes|toma|on)"
    # two named together: "doing my lithium + seroquel every night"; "my stuff" for all of them
    rf" (?:it |them |mine |{_OBJ}(?: (?:and|y|plus|&|\+) (?:my |mi |the |la |el )?(?:{MED_REF}))? |my stuff "
    rf"|la |lo |las |los )?"
    # a count of tablets between: "taking two of the 50s every morning"
    rf"(?:(?:one|two|three|four|both|half|\d+|una|dos|tres|media)(?: of)?(?: (?:the|my|them|em|las|los|de))?(?: \w+)? )?"
    rf"(?:every ?day|everyday|daily|every (?:morning|night|evening|single"
    rf" day)|each (?:day|morning|night)|as (?:prescribed|directed|normal|usual)|like (?:normal|usual)|religiously|like clockwork"
    rf"|on time|regularly|consistently|same as always|as always|like always|como (?:se |me )?(?:lo |la |los |las )?(?:recetaron|receto|indicaron|indico)"
    rf"|todos los dias|todas las (?:noches|mananas)|a diario|diario|diariamente|cada (?:dia|manana"
    rf"|noche)|diari[oa]s)",
    r"(?:never|havent|haven t|didnt|have not|not once|no) (?:missed|skipped|forgot(?:ten)?|miss"
    r"|skip|forget)\b",
    # the habit in texting spelling: "tomándola tó los días", "me la tomo toos los dias"
    r"(?:tomandola|tomandolas|tomandolo|tomandolos|tomandomel[ao]s?|tomando(?:la|las|lo|los)?|me (?:la|las|lo|los) tomo|(?:la|las|lo|los) tomo"
    r"|(?:tomandome|tomando|me tomo) (?:la|las|mi|mis) (?:pastillas?|medicinas?|medicine|pildoras?))"
    r" (?:to|toos|tos|todito|toditos|toditas|todos) los dias\b",
    # taken as told, at a meal: "taking the lithium and the seroquel together at dinner like I was told",
    # "me las tomo juntas en el desayuno como me indicaron" (a habit told with the instructions, never a one-off "took")
    r"(?:taking|take|i take|me (?:la|las|lo|los) tomo|(?:la|las|lo|los) tomo|(?:la|las|lo|los) estoy tomando|tomo)\b(?: \w+){0,6}? (?:at|with|en el|con el|en la|con la|a la|al)"
    r" (?:\w+ )?(?:dinner|breakfast|lunch|supper|bedtime|desayuno|almuerzo|cena|comida|hora de dormir)\b,? (?:\w+ )?(?:like (?:i was|i m|im|we were) told"
    r"|as (?:told|directed|prescribed|instructed)|like (?:you|u|the (?:doc|doctor)|dr \w+|my (?:doc|doctor)) (?:said|told me)|como me (?:indicaron|indico|dijeron|dijo"
    r"|recetaron|receto|explicaron|explico)|como (?:dijo|indico|dice) (?:el|la) (?:doctor|doctora|dr|dra|medico|medica|receta))",
    # one forgotten not once: "no he faltado ni un día", "haven't missed a single day"
    r"no (?:he |e |ha )?(?:faltado|fallado|saltado|olvidado|perdido)(?: \w+)? ni (?:un|una) (?:sol[oa] )?(?:dia|dosis|vez|pastilla|noche|toma)\b",
    r"(?:havent|haven t|have not|never|didnt|did not) (?:missed|skipped) (?:a|one) (?:single )?(?:day|dose|pill|night)\b",
    # a new dose taken as the prescriber changed it: "only taking 1 now since they lowered the dose",
    # "tomo dos en vez de una porque así me lo cambió el doctor"
    r"(?<!not )(?<!stopped )(?<!quit )(?<!no )(?<!dejar de )(?:taking|i take|tomo|me tomo|estoy tomando)\b[^.!?]{0,50}?\b(?:since|because|bc|cuz|porque|pq|ya que|como)"
    r"(?: (?:they|the (?:dr|doc|doctor)|my (?:dr|doc|doctor|psych\w*|prescriber)|dr \w+|el (?:doctor|medico|psiquiatra)|la (?:doctora|medica|psiquiatra)|asi|me lo|me la))+"
    r" (?:lowered|raised|changed|upped|increased|decreased|cut|bumped|bajo|subio|cambio|cambiaron|bajaron|subieron|indico|receto)\b",
    # a switch made as planned: "starting the new one tomorrow like the dr planned", "empiezo la nueva mañana como dijo la doctora"
    r"(?:starting|start|switching to|moving to|changing to|empiezo|empiezo con|cambio a) (?:the |my |a |la |el )?(?:new|nuev[oa]) ?(?:one|med|meds|pill|medication|pastilla|medicina)?\b"
    r"[^.!?]{0,30}?\b(?:like|as|per|como) (?:the |my |el |la |mi )?(?:dr|doc|doctor|doctora|psych\w*|prescriber|medic[oa]|psiquiatra)"
    r" (?:planned|said|told me|prescribed|ordered|wanted|explained|indico|dijo|me dijo|planeo|receto)\b",
    # the time of day moved, the pill kept: "taking it at night instead of the morning now"
    # (asked, it is a question: "can i switch to taking it at night instead?")
    r"(?<!not )(?<!stopped )(?<!switch to )(?<!switching to )(?<!start )(?<!starting )(?<!try )(?<!trying )(?<!about )(?<!think of )"
    r"taking (?:it|them|my \w+) (?:at night|at bedtime|in the (?:morning|evening)|with (?:dinner|breakfast|lunch|food))"
    r" (?:instead(?: of)?|now)\b(?![^.!?]{0,60}\?)",
    # the psychiatric pills kept up beside another course: "psych meds still every night"
    r"(?:psych |regular |usual |my |other )(?:meds|pills|medications?) still (?:every|each) (?:day|night|morning|evening)\b",
    # the streak counted: "3 weeks no misses!", "a month with zero missed doses"
    r"(?:no|zero|0|without any) (?:misses|missed (?:doses|days|pills))\b",
    # the old one kept on beside something given up: "dejé el café, la pastilla sí la sigo tomando"
    r"(?<!no )(?:si )?(?:la|lo|las|los) (?:sigo|continuo) tomando\b",
    r"(?<!no )(?:sigo|continuo) tomandol[oa]s?\b",
    # a new bottle begun with the last pill of the old: "last pill in this bottle but i already picked up the new one"
    r"last (?:pill|tab|tablet|one|dose|capsule) (?:in|of|from) (?:this|the|my) (?:bottle|pack|box|blister|strip)\b[^.!?]{0,30}?\b(?:but |and )?(?:i )?"
    r"(?:already |just )?(?:picked up|got|have|grabbed|collected) (?:the |my |a )?(?:new|next|next one|refill)\b",
    r"(?:ultima|la ultima) (?:pastilla|tableta|capsula) (?:de|del) (?:este|esta|el|la|mi) (?:frasco|caja|blister|paquete)\b[^.!?]{0,30}?\b(?:pero |y )?"
    r"(?:ya )?(?:recogi|tengo|compre|surti|me dieron) (?:la |el |otra |otro )?(?:nuev[oa]|siguiente|otr[oa]|resurtido)\b",
    # a new pack opened ("opened a new bottle and took them all" is an overdose)
    r"(?:caja|frasco|blister|paquete|tira) nuev[oa] abiert[oa]\b(?![^.!?]{0,40}?\b(?:todas|todos|toda|enter[oa]|de golpe|de una vez)\b)",
    r"(?:abri|empece) (?:la |el |una |un |otra |otro )?(?:caja|frasco|blister|paquete) nuev[oa]\b(?![^.!?]{0,40}?\b(?:todas|todos|toda|enter[oa]|de golpe|de una vez)\b)",
    r"(?:opened|started|cracked open) (?:a|the|my) new (?:bottle|pack|box|blister|strip)\b(?![^.!?]{0,40}?\b(?:all|whole|every|at once|handful|bunch)\b)",
    # the new tablets, swallowed with ease: "new strength pills are smaller, way easier to swallow"
    r"(?:pills|tabs|tablets|capsules|ones|pastillas|tabletas|capsulas)(?: \w+){0,4}? (?:are|r|is|son|estan)(?:,? \w+){0,4}?,? (?:easier|easy|mas faciles|faciles)"
    r" (?:to swallow|to take|de tragar|de tomar)\b(?![^.!?]{0,30}?\b(?:all|whole|every|handful|todas|todos|de golpe)\b)",
    # a count at the usual time: "took my 2 tabs at 9 like always"
    r"(?:took|take|taking|tome|me tome) (?:my |mis )?(?:\d+|one|two|three|una|dos|tres) (?:tabs|tablets|pills|pastillas|tabletas|capsules|capsulas"
    r"|of (?:the|my|las|los) [0-9]+s?)"
    r" (?:at \d+|a las \d+|this morning|tonight|esta manana|en la manana|en la noche)\b,? (?:like always|as always|as usual|como siempre|like normal)\b",
    # the usual count a day or a night, as always: "still only taking 1 a night like always", "sigo con una en la noche como siempre"
    r"(?:(?:still |only |still only |just )?(?:taking|take)|tomo|me tomo|sigo con|sigo tomando) (?:only |just |solo )?(?:[1-3]|one|two|una|dos)"
    r"(?: \w+)? (?:a night|a day|at night|each night|every night|en la noche|por la noche|en las noches|al dia|cada noche)\b,?"
    r" (?:like always|as always|as usual|like usual|como siempre|como de costumbre)\b",
    # the new dose being taken as the prescriber said: "taking 150 now instead of 100 as of monday per dr"
    r"(?:taking|tomando|me tomo|tomo) (?:\d+|the \d+) (?:mg |mgs )?(?:now )?(?:instead of|en vez de|en lugar de) (?:the )?\d+\b",
    rf"(?<!hasnt )(?<!havent )(?<!has not )(?<!have not )(?<!haven t )(?<!hasn t )(?<!s not )(?<!hes not )(?<!shes not )(?<!im not )"
    rf"(?:still|been|am|im|i am) taking (?:it|them|{_OBJ}|everything (?:like|as) (?:i should|i m supposed to|im supposed to|prescribed|directed))",
    # a dose said in passing at the end, after other news: "gotta run. took it tho"
    r"(?:^|(?<=[.!,;] ))(?:but |and )?(?:i )?took (?:it|them|em|my meds|my pills)(?: (?:tho|though|anyway|anyways|at least))(?=\s*[.!,;]|\s*$)",
    # "ive been good about the zyprexa"
    rf"(?:been|being|im|i m|i am) (?:really |pretty |super )?good (?:about|with) (?:taking )?(?:it|them|{_OBJ})\b(?![^.!?]{{0,30}}\b(?:until|till|til|but)\b)",
    # ... or "been good" with the days said after it: "don't worry I've been good, every day"
    r"i(?:ve| ve| have) been (?:really |pretty |super )?good,? (?:every ?day|every single day|daily|every night|every morning)\b",
    r"(?:todos los dias|every ?day|everyday) (?:sin falta|without fail|no matter what)",
    # "every night like clockwork": the habit said without the verb
    r"(?:every|each) (?:single )?(?:day|night|morning|evening) (?:like clockwork|without fail|religiously|no matter what)",
    r"(?:todos los dias|todas las noches|cada (?:dia|noche|manana)) (?:sin falta|como reloj|religiosamente)",
    # ("¿pa qué me la tomo si no me hace nada?" doubts the pill, it reports no dose)
    # ("no me la estoy tomando" says the opposite)
    r"(?<!\bno )(?<!\bno me )(?<!\bno te )(?<!\bno se )la estoy tomando", r"(?<!para que )(?<!pa que )(?<!por que )(?<!pa q )(?:me la|me lo) (?:tomo|estoy tomando)",
    # kept on with the named medicine: "sigo con la duloxetina sin falta", "estoy tomando la lamotrigina", "se toma su pastilla"
    # (not asked: "¿sigo con el depakote?"; not beside overdose words)
    # ("se tomó su medicina dos veces" is a past slip; "cuando me tomo la pastilla sin comer" dates a symptom;
    # "sigo con la sertralina o qué hago" asks)
    # (a question opened with "¿" asks however long it runs: "¿me tomo la pastilla a la misma hora aunque cambie el horario?")
    # (nor almost taken, nor someone else's: "casi me tomo la pastilla de la presión de mi marido")
    rf"(?<!\bno )(?<!\bya no )(?<!\bcuando )(?<!\bsi )(?<!\bque )(?<!\bq )(?<!\u00bf)(?<!\u00bf )(?<!\bcasi )(?<!\bpor poco )"
    # (nor told beside a pregnancy: "está embarazada de 6 semanas y sigue con el ácido valproico" asks, as earlier sets read it)
    rf"(?<!embarazada y )(?<!embarazada, )(?<!semanas y )(?<!semanas, )"
    rf"(?:(?:sigo|seguimos|sigue|continuo|continua) con|(?:sigo|estoy|sigue|esta) tomando|se toma|me tomo)"
    rf" (?:la |el |las |los |mi |mis |su |sus )(?:{MED_REF})\b(?![^.!?]{{0,40}}(?:\?|\bo (?:que|q|qu) hago\b|\bo no\b|\bo la dejo\b))"
    rf"(?![^.!?]{{0,30}}\b(?:todas(?! las (?:noches|mananas|tardes))|todos(?! los dias)|juntas|de golpe|de una vez|enter[oa]s?|doble)\b)"
    rf"(?![^.!?,]{{0,30}}\bde (?:mi|su|tu) (?:\w+ )?(?:{RELATIONS})\b)",
    # the tablet split as shown, each dose taken: "cutting the 50s in half like the pharmacist showed me",
    # "estoy partiendo la pastilla a la mitad como me enseñó el farmacéutico" ("should i cut it in half?" asks)
    r"(?<!\bi )(?<!\bcan )(?<!\bshould )(?<!\bpuedo )(?<!\bdebo )(?<!\bsi )(?:cutting|splitting|breaking|been cutting|been splitting|partiendo|parto|corto|cortando"
    r"|divido|dividiendo) (?:the |my |them |it |la |las |mi |mis |el |los )?(?:\w+ )?(?:in half|in two|in halves|a la mitad|por la mitad|en dos|en mitades)\b"
    r"(?=[^.!?]{0,40}?\b(?:like|as|como|segun) (?:the |my |el |la |me )?(?:\w+ )?(?:showed|told|said|ense\w*|dijo|indic\w*|explic\w*|pharmacist|doctor|doc|farmaceutic[oa]|doctora?)\b)",
    # the habit with a count: "i take 1 a night" ("do i take 2 a day?" asks)
    r"(?<!\bdo )(?<!\bshould )(?<!\bcan )(?<!\bif )\bi take (?:1|one|2|two|3|three|half) (?:a|every|each|per) (?:night|day|morning|evening)\b(?![^.!?]{0,30}\?)",
    # not one forgotten all week: "no se me ha olvidado ninguna", "no se me pasó ninguna en toda la semana"
    r"no se me (?:ha |han )?(?:olvidado|pasado|olvido|paso) (?:ninguna|ninguno|ni una)\b",
    # "no me he saltado ninguna dosis", "no me salté ni una"
    r"no (?:me )?(?:he |e |ha )?(?:saltado|salte|saltee|olvidado|olvide|perdido|perdi|fallado|falle) (?:ninguna|ninguno|ni una)\b",
    # "toda la semana sin fallar una", "all week without missing one"
    r"(?:toda la semana|todos los dias|todo el mes|all week|every day this week|all month)(?: \w+)? (?:sin (?:fallar|faltar|saltar(?:me)?|olvidar(?:me)?)"
    r"|without (?:missing|skipping|fail)\b)",
    r"sin (?:fallar|faltar|saltarme|olvidarme|olvidar) (?:ni )?(?:una|ninguna|un dia|ningun dia|un solo dia|una sola (?:vez|dosis|noche))\b",
    r"without (?:missing|skipping) (?:a|one|a single) (?:day|dose|pill|night)\b",
    # the pill taken after nearly taking another's: "took my own and put tape on the cap" ("took my own life" is a crisis)
    r"took my own(?= (?:and|pills?|meds?|dose|one|instead|after|then)\b|\s*[.,;!]|$)",
    r"ni una (?:sola )?(?:dosis|pastilla|toma|noche|vez) (?:falte|me falto|me salte|se me olvido|se me paso)\b",
    # plenty left while a refill is late: "still got 4 left", "todavía me quedan 5"
    r"(?:still|todavia|aun) (?:got|have|ve got|i ve got|ive got|me quedan|tengo) (?:like |about |como |unas? )?(?:\d+|a few|a couple|some|enough"
    r"|two|three|four|five|six|seven|dos|tres|cuatro|cinco|seis|siete|varias)\b(?:(?: \w+)? left\b| (?:pastillas|pills|de sobra))",
    # "took every dose" ("took every dose for the week at once" is an overdose)
    r"(?:took|taken|take|taking) (?:every|each) (?:single )?(?:dose|doses)\b(?! (?:today|tonight|for the (?:week|month)|i had|left)\b)"
    r"(?![^.!?,;]{0,30}?\b(?:at once|all at once|at the same time|together|in one go|de golpe|de una vez)\b)",
    # a span of days taken: "took them all week", "taken it every day this month" ("took them all" alone is an overdose)
    rf"(?:took|taken|taking|had) (?:it|them|{_OBJ}) (?:all|every day (?:this|last)|the whole|every single day this) (?:week|month|weekend)\b",
    # a dose reported as taken: "i took my pills today", "already took it", "ya me la tomé"
    # ("forgot i had already taken it" is another story, and "all my pills" is no dose)
    rf"(?<!havent )(?<!haven t )(?<!have not )(?<!hasnt )(?<!didnt )(?<!did not )(?<!not )(?<!never )(?<!had ){_UNSURE}"
    rf"(?:took|taken) (?:it|them|(?:my |the |mi |mis |his |her |su |sus )?(?:{MED_REF})) (?:today|this morning|tonight|this evening"
    rf"|last night|earlier|already|on time|just now|with (?:breakfast|dinner|lunch|food|coffee)|like (?:i was told|prescribed))\b",
    rf"(?<!had ){_UNSURE}(?:already|just) (?:took|taken) (?:it|them|(?:my |the |mi |mis |his |her )?(?:{MED_REF}))\b",
    # ("no me acuerdo si me la tomé": the "si" of a doubt, not a "sí")
    rf"(?:^|(?<=[.!,;] )|(?<=\bsi )(?<!acuerdo si )(?<!acordaba si )(?<!recuerdo si )(?<!acorde si )(?<!\bse si )(?<!seguro si )(?<!segura si )"
    rf"|(?<=\bya )|(?<=\bhoy ))(?:ya )?(?:me )?(?:la|lo|las|los) tome\b(?! (?:doble|dos veces|todas|todos)\b)",
    rf"(?<!no )(?:ya )?(?:me )?tome (?:la |las |mi |mis |el |los )(?:{MED_REF})\b (?:hoy|esta manana|anoche|temprano|a tiempo|ya)\b",
    # "taking it." said bare at the start of a sentence
    # ... or as told: "taking it like you said", "tomándola como me dijo"
    r"(?:^|(?<=[.!,;] ))(?:yes |yeah |yep |still )?(?:taking|tomando) (?:it|them|la|las|lo|los)(?=\s*[.!,;]|\s*$| (?:fine|ok|okay|no problem|sin problema"
    r"|(?:like|as) (?:you|u|the doc|the doctor|my doctor|dr \w+|she|he|they) (?:said|told me|showed me)|as (?:prescribed|directed|told)"
    r"|como (?:me )?(?:dijo|dijeron|dijiste|indico|indicaron|receto))\b)",
    # the named medicine said bare at the start of a sentence: "taking the trazodone, still waking up at 4"
    # (never beside overdose words: "taking the seroquel, all of it")
    r"(?:^|(?<=[.!;,] ))(?:yes |yeah |yep |still |im |i m |i am )?(?:taking|tomando|me tomo) (?:the |my |mi |la |el )?(?:" + MED_NAMES + r")(?=\s*[.!,;]|\s*$)"
    r"(?![\s\S]*\b(?:all|whole|bottle|handful|bunch|extra|double|too many|at once|together|todas|todos|frasco|de golpe|de una vez|juntas|\d+ (?:pills|tabs|of))\b)",
    # the whole regimen said bare: "Still taking everything.", "taking my meds, work is crazy", "sigo tomando todo"
    # ("but taking my meds and doing good", "yo bien, tomando todo")
    # ... after an "anyway" or an "i'm", with the habit or the instructions after it: "anyway taking my pills, mood's a 5",
    # "I'm taking everything as directed", "taking everything every day", "sigo tomando todo como me dijo",
    # "yo bien, tomando la medicación", "yo aguantando, tomo mis pastillas"
    # ("yo tomándome todo", "taking my stuff", "taking everything like you said")
    r"(?:^|(?<=[.!,;] )|(?<=\bbut )|(?<=\bpero )|(?<=\banyway )|(?<=\banyways )|(?<=\bim )|(?<=\bi m )|(?<=\bi am )|(?<=\band )|(?<=\by )|(?<=\byo ))(?:yes |yeah |still |and |y )?"
    r"(?:(?:still |been )?taking (?:everything|all (?:of )?my (?:meds|pills|medications?|stuff)|my (?:meds|pills|medications?|medicine|stuff))"
    r"|(?:sigo |estoy )?tomando (?:todo|todas (?:mis|las) (?:pastillas|medicinas)|mis (?:pastillas|medicinas|medicamentos)|(?:la|mi) (?:medicacion|medication))"
    r"|(?:sigo |estoy )?tomandome (?:todo|(?:la|las|mi|mis) (?:pastillas?|medicinas?|medicacion|medicamentos?))"
    r"|(?:me )?tomo (?:todas )?mis (?:pastillas|medicinas|medicamentos))"
    r"(?=\s*[.!,;]|\s*$| (?:fine|ok|okay|as usual|like normal|sin problema|bien|and|y|every ?day|daily|as (?:directed|prescribed|told)"
    r"|like (?:the )?(?:doc|doctor|dr) said|(?:like|as) (?:you|u|she|he|they) (?:said|told me|showed me)|como (?:me )?(?:dijo|dijeron|dijiste|indico|indicaron|receto)"
    r"|todos los dias|sin falta|a diario)\b)",
    # the habit said without a verb: "meds every morning.", "pastillas todas las noches"
    r"(?:^|(?<=[.!,;] ))(?:my |mis )?(?:meds|pills|pastillas|medicinas) (?:every (?:single )?(?:morning|night|day|evening)|daily|each (?:morning|night)"
    r"|todas las (?:mananas|noches)|todos los dias|cada (?:dia|manana|noche))(?=\s*[.!,;]|\s*$)",
    # "Took it, mood 4": the dose said first and bare (never beside overdose words)
    r"(?:^|(?<=[.!;] ))(?:took|taken) (?:it|my (?:meds|pills|dose))(?=\s*[.!,;]|\s*$)"
    r"(?![\s\S]*\b(?:bottle|frasco|whole|all|handful|too many|extra|again|twice|more|rest|[0-9]+ (?:pills|tabs|of))\b)",
    # the named pill taken beside other news, said with a "tho": "ran out of coffee lol. took my seroquel tho"
    rf"(?<!not )(?<!never )(?<!didnt )(?<!if i )(?:took|taken) my (?:{MED_REF}) (?:tho|though|anyway|anyways|at least|still)\b",
    # all of the day's doses: "took all of today's 👍" ("took all of today's at once" is an overdose)
    r"(?:took|taken|tome|me tome) all (?:of )?(?:today s|todays|tonight s|this morning s)(?: (?:pills|meds|doses))?\b(?![^.!?]{0,30}\b(?:at once|together|all at|whole|bottle|extra)\b)",
    # one's own taken after a near mix-up: "took mine tho", "me tomé la mía"
    r"(?<!nearly )(?<!almost )(?<!casi )(?:took|taken|tome|me tome) (?:mine|la mia|las mias|el mio|los mios)\b",
    # a dose split as told: "parti las de 50 en mitades como dijo el doctor", "1/2 tab like u said, splitting w a pill cutter"
    r"(?=[^.!?]{0,50}?\b(?:half|halves|in two|mitad|mitades|pill cutter|tabs?|tablets?|pills?|pastillas?|dosis|dose|las de \d+|\d+ ?mg)\b)"
    r"(?:parti\w*|parto|split\w*|cut\w*|halv\w*|(?:1/2|1 2) (?:a )?(?:tab|tabs|tablet|pill)|half (?:a )?(?:tab|tabs|tablet|pill)|media pastilla|mitad)\b"
    r"[^.!?]{0,40}?\b(?:como (?:(?:me )?(?:dijo|indico|dijeron|receto|recetaron)|me (?:dijo|indico))|like (?:u|you|the doc|the doctor|the pharmacist|dr \w+|my doctor) (?:said|told me)"
    r"|as (?:directed|prescribed|instructed|told)|per (?:the |my )?(?:doctor|dr|instructions))",
    # the last of the bottle taken, the next one due before the next dose: "took my last pill today, new bottle comes tomorrow"
    r"(?<!not )(?<!never )(?<!didnt )(?:took|taken) (?:my|the) (?:very )?last (?:pill|dose|tablet|capsule|one)s?\b(?=[^.!?]{0,40}?\b(?:(?:new|next) (?:bottle|box|pack"
    r"|refill|supply|batch)|(?:the|my) refill) (?:comes|arrives|is coming|will come|gets here|should (?:come|arrive|get here)) (?:later )?(?:today|tonight|tomorrow|this afternoon"
    r"|this evening)\b)",
    # the usual meds reported taken, beside other news: "took my meds, feeling good", "took all my morning meds like always"
    # ("took all my pills" alone, "took my meds with vodka" and "took my meds twice" are no habit; "forgot if i took my meds"
    # is unsure; "accidentally took my morning dose at night" and "took my dose then threw up" are a slip to ask about)
    # ... or by a carer of the patient's: "shes fine, took her meds" ("if she took her meds" is unsure)
    r"(?<!not )(?<!never )(?<!didnt )(?<!if i )(?<!whether i )(?<!forgot i )(?<!accidentally )(?<!mistakenly )"
    r"(?<!if she )(?<!if he )(?<!whether she )(?<!whether he )(?:took|taken)"
    r" (?:(?:all )?my (?:morning|evening|night|nighttime|bedtime|am|pm|daily) (?:meds|pills|medications?|ones)|(?:my|her|his) (?:meds|medications?|medicine))\b"
    r"(?![^.!?]{0,40}?\b(?:bottle|whole|extra|too many|twice|again|vodka|alcohol|booze|rest|handful|bunch|in one go|at once|all at once|double|\d+ (?:pills|tabs|of)))",
    # the pill taken as usual, Spanish: "tomándome la pastilla normal", "me tomo la pastilla como siempre"
    r"(?<!\bcuando )(?<!\bsi )(?:tomandome|tomandomela|me tomo|me estoy tomando|sigo tomando|tomando|tomo) (?:la |mi |las |mis |el |los )?(?:pastillas?|medicinas?|pildoras?|(?:" + MED_NAMES + r"))"
    r" (?:normal|como siempre|como debe ser|sin problema|bien|igual que siempre)\b",
    # one's own pills taken as usual beside another's news: "yo me tomo lo mío normal", "sigo tomándome las mías"
    r"(?<!\bno )(?<!\bno estoy )(?:sigo tomando|sigo tomandome|me tomo|tomando|tomandome|me sigo tomando) (?:lo mio|las mias|los mios|la mia)\b",
    # the usual dose had as always: "had my morning sertraline w coffee like always" ("had my coffee like always" is no pill)
    rf"(?:had|took|taken) my (?:morning |evening |night |nightly |bedtime |daily |am |pm )?(?:{MED_REF})\b[^.!?]{{0,40}}?"
    r"\b(?:like always|as always|as usual|like usual|like every (?:day|morning|night)|same as always)\b",
    # every pill on time over a span: "took every single pill on time this month"
    r"(?:took|taken|tome|me tome) (?:every|each|todas) (?:single )?(?:pill|dose|las pastillas)s? (?:on time|a tiempo|a su hora)\b",
    # kept on despite complaints: "shaky and dry mouth all day, but ill stick with it" ("stick with the diet" is food)
    r"(?:ill|i ll|i will|im gonna|i m gonna|going to|gonna|im going to|im|i m|i am) (?:stick|sticking) (?:with|it out with) (?:it|them|the (?:meds|pills|" + MED_NAMES + r")|it for now)\b",
    # doing well on the named medicine: "doing alright on the lexapro", "back to normal on my lithium" ("not ... on",
    # "no longer on the lithium" say otherwise). A bare "still on the X" or "doing fine on the meds" says nothing of
    # doses, as the labelled sets read it ("positive test this morning, still on the lamotrigine").
    rf"(?<!\bnot )(?<!\bno longer )(?<!\bif )(?:doing (?:alright|all right|well|good|fine|great|ok|okay|better|much better|pretty good|really well)"
    rf"|back to normal|stable|steady) on (?:the |my )(?:{MED_NAMES})\b(?![^.!?]{{0,30}}\?)",
    # kept on from now: "ill keep taking it w breakfast" (not "keep taking them until the bottle is empty")
    rf"(?:ill|i ll|i will|im gonna|i m gonna|gonna|going to|im going to|will) (?:keep|continue) (?:taking|on) (?:it|them|{_OBJ})\b"
    r"(?![^.!?]{0,30}\b(?:until|till|til|all|whole|bottle|more|extra|double)\b)",
    # the usual dose said as usual: "took my normal ritalin this am nothing extra", "tomo la dosis normal, no me pasé"
    rf"(?:took|taken|take|takes|had) (?:my|her|his|their|the) (?:normal|usual|regular) (?:dose|meds|pills|{MED_REF})\b"
    r"(?![^.!?]{0,30}\b(?<!nothing )(?<!no )(?:plus|then|more|again|twice|double|whole|bottle|rest|on top)\b)",
    r"(?<!\bno )(?<!\bsi )(?:tomo|me tomo|toma|se toma|tome|me tome) (?:la|mi|su) dosis (?:normal|de siempre|como siempre|indicada|recetada|de costumbre)\b",
    # a dose taken like a good child: "took all my pills today like a good girl"
    r"(?:took|taken|take|taking) (?:all )?(?:my|her|his) (?:pills|meds|medications?|medicine)\b[^.!?]{0,20}?\blike a (?:good|big) (?:girl|boy|patient|kid)\b",
    # a carer who gives it: "le estoy dando el litio en la mañana como dijo el doctor", "la consejera se lo da cada mañana"
    # (... or to the one named, or given as ever: "i give my husband his clozapine every night", "gave his seroquel at 9 like always")
    rf"(?:(?:le |les )?(?:estoy dando|doy|damos|da|dan) {_OBJ}|se (?:lo|la|los|las) (?:doy|damos|da|dan)"
    rf"|(?:give|gives|giving|gave) (?:(?:her|him|them|my (?:{RELATIONS})) )?{_OBJ})"
    rf"\b[^.!?]{{0,25}}?\b(?:cada (?:dia|manana|noche)|todos los dias|todas las (?:noches|mananas)|diario|like always|as always|as usual|como siempre"
    r"|como (?:dijo|indico|receto|lo receto) (?:el|la) (?:doctor|doctora|medico|medica|dr|dra)|every (?:day|morning|night)|daily"
    r"|as prescribed|like the (?:doc|doctor|dr) said)\b(?![^.!?]{0,30}\?)",
    # the treatment kept up to date: "con mi tratamiento al día", "al día con la medicación"
    r"(?:con|llevo) (?:mi|su) (?:tratamiento|medicacion|medicina|medicamento)s? al dia\b|al dia con (?:mi|su|la) (?:tratamiento|medicacion|medicina)\b",
    # the habit told with the count and the prescriber's word: "i take a 100 and a 25 together like the dr said",
    # "now i swallow a pair of the 100s at night" ("should i take ..." asks)
    r"(?<!\bshould )(?<!\bdo )(?<!\bcan )(?<!\bif )(?<!\bwhen )\bi (?:take|swallow) (?:a|one|two|a pair of|both|\d+)\b[^.!?]{0,35}?"
    r"\b(?:together|at night|in the morning|every (?:night|morning|day)|(?:like|as|per) (?:the |my )?(?:dr|doc|doctor|pharmacist) (?:said|told me))\b",
    # today's dose reported done at a clause's end: "took my lexapro, mood 4", "anyway took todays"
    # (a count or a "twice" after it is overdose talk and never reaches the clause end)
    rf"(?<!\bif i )(?<!\bnot )(?<!\bnever )(?<!didnt )(?<!forgot i )(?<!think i )(?<!sure i )(?<!whether i )(?<!wait i )"
    # ("took all my doses": the doses are the schedule, unlike "took all my pills")
    rf"\btook (?:my (?:{MED_NAMES}|meds|pills|medication|medicine|dose)|all (?:of )?my doses(?![^.!?]{{0,40}}?\b(?:bottle|whole|handful|at once|together|too many|extra|in one go)\b)|todays|today s|tonights|tonight s|this mornings)"
    rf"(?: (?:this morning|this am|today|tonight|on time|like always|as usual|like usual|like normal))?(?=\s*(?:[.!,;]|$| and (?:i|im|i m)\b| (?:mood|im|i m)\b))(?![^.!?]{0,40}?\b(?:again|twice|then (?:took|another|more))\b)",
    # the day's or the week's pills taken with the time said: "Took my 2 pills this am", "took everything on time"
    r"\btook (?:my (?:\d|one|two|three|both)(?: \w+)? (?:pills|tabs|tablets|capsules)|everything|the right (?:ones|one|dose|pills))"
    r"(?: \w+)? (?:this am|this morning|today|tonight|last night|on time|like always|as usual|even with|before|with)\b",
    r"\btook (?:the )?right (?:ones|one|dose|pills)(?=\s*(?:[.!,;]|$))",
    # kept up through a hard time: "kept taking my meds", "he's taking his clozapine" (a carer's)
    rf"(?<!should i )(?<!do i )(?<!can i )(?<!to )(?<!if i should )(?<!should she )(?<!should he )(?<!if i )(?:kept|keep|keeping|hes|he s|shes|she s|he is|she is) taking (?:it|them|{_OBJ})\b(?![^.!?]{{0,25}}\?)",
    # the week's pills taken, Spanish, with the span said ("me tomé todas mis pastillas" alone is overdose talk)
    r"(?<!\bno )(?:me )?tome todas (?:mis|las) (?:pastillas|pildoras|medicinas|dosis|tomas) (?:de )?(?:esta semana|toda la semana|a tiempo|a su hora"
    r"|cada dia|todos los dias|sin falta)\b",
    # the medicine kept on, said bare: "tomándome la sertralina.", "Sigo tomando el valproato", "sigo con mi Altruline sin falta"
    rf"(?:^|(?<=[.!,;] )|(?<=\by )|(?<=\bpero ))(?:tomandome|tomando) (?:la |el |mi |mis |las |los )(?:{MED_REF})(?=\s*(?:[.!,;]|$))",
    # ... in English, in a list of how things are: "shes doing well, mood good, eating fine, taking her prozac"
    rf"(?:^|(?<=[.!,;] )|(?<=\band ))(?:still )?taking (?:her|his|my|their) (?:{MED_REF})(?=\s*(?:[.!,;]|$))",
    # ... not asked ("sigo tomando la pastilla?") nor told beside a pregnancy, which earlier sets read as asking
    rf"(?:^|(?<=[.!,;] )|(?<=\by )|(?<=\bpero )|(?<=\byo ))(?<!embarazada y )(?<!embarazada, )(?<!semanas y )(?<!semanas, )"
    rf"(?:sigo|continuo) tomando (?:la |el |mi |mis |las |los )(?:{MED_REF})\b(?![^.!?,]{{0,25}}\?)",
    rf"(?<!\bno )sigo (?:firme |fiel |bien |juicios[oa] )?con (?:la |el |mi |mis |las |los )(?:{MED_REF}) (?:sin falta|todos los dias|a diario|diario|como siempre)\b",
    # all of them, taken right: "estoy tomando todo bien", "al día con mis pastillas", "nomás tomando la pastillita diario"
    r"(?<!\bno )(?:estoy|sigo|ando|voy) tomando (?:todo|todas|todos|mis \w+|la \w+|el \w+) (?:bien|al dia|sin falta|normal|como debe ser)\b",
    rf"al dia con (?:mis |las |la |el |los |mi )(?:{MED_REF}|pastillitas?)\b",
    r"(?<!\bno )tomando (?:la|mi|las|mis) (?:pastillitas?|pildoritas?) (?:diario|a diario|todos los dias|sin falta)\b",
    # a carer's report: "se ha tomado el ácido valproico bien", "se la toma todos los días"
    rf"(?:se ha tomado|se (?:la|lo|las|los) ha tomado|se (?:la|lo|las|los) toma) (?:(?:la|el|las|los|su|sus) (?:\w+ )?(?:{MED_REF}) )?(?:bien|sin falta|todos los dias|diario|a diario)\b",
    # a second dose nearly taken means the first was: "casi me tomo doble", "ya me la había tomado con la cena",
    # "almost gave me a second depakote, caught it before i swallowed", "ya no me he equivocado"
    r"(?:casi|por poco) me (?:tomo|tome|tomaba) (?:doble|otra|dos veces|(?:la|las|el|los) (?:de|del) (?:la )?\w+ dos veces)\b",
    r"(?:me acorde|recorde|me di cuenta|vi) (?:de )?(?:que|q) ya me (?:la|lo|las|los) (?:habia|he) tomado\b",
    r"(?:^|(?<=[,.!;] ))ya me (?:la|lo|las|los) (?:habia|he) tomado(?=\s*(?:[^\w\s]|$))",
    r"(?:almost|nearly) (?:gave me|took|taken|doubled up|double dosed)(?: (?:a second|another|an extra|my))?\b[^.!?]{0,40}?\b(?:caught it|before i (?:swallowed|took it)|organizer|pill ?box|checked)\b",
    r"(?:ya )?no me he (?:vuelto a )?equivocado\b(?= con (?:las|la|mis|el) (?:pastillas?|medicinas?|dosis)|\s*(?:[.!?]|$))",
    # a form answered: "meds: taking"
    r"\b(?:meds|medication|medications|pills|adherence)\s?[:=-] (?:taking|taken|all taken|yes|on track)\b",
    # the last pill of the bottle taken, the refill asked before it runs out: "took the last one, send the refill, dont wanna run out"
    r"\blast (?:pill|one|dose|tablet)\b.{0,80}?\brefill\b.{0,40}?\b(?:dont|don t|do not) (?:wanna|want to) run out\b",
    # a new strength begun: "la dosis nueva es de 150, ya la empecé"
    r"\b(?:dosis nueva|nueva dosis|new dose) (?:es |is )?(?:de |of )?\d+\b[^.!?]{0,15}?,? (?:ya )?(?:la |lo )?(?:empece|comence|started(?: it)?)\b",
    # the named medicines said with the habit, the verb left out: "lexapro + wellbutrin daily"
    rf"(?:^|(?<=[.!,;] ))(?:my |mis )?(?:{MED_REF})(?: (?:and|y|plus|&|\+) (?:my |mi )?(?:{MED_REF}))? (?:every (?:single )?(?:morning|night|day|evening)|daily"
    r"|each (?:morning|night)|todas las (?:mananas|noches)|todos los dias|cada (?:dia|manana|noche))(?=\s*[.!,;]|\s*$)",
]
_ADHERENCE = Scanner([
    # (a string: each top-level alternative is dispatched on its own first words)
    ("stopped_for", _NOT_TAKEN_FOR), ("stopped", _STOPPED), ("missed", _MISSED),
    ("taking", _TAKING),
])
# Up to two days away is a missed dose; longer is a stop (withdrawal, relapse).
_SHORT_DURATION = re.compile(
    r"^(?:(?:like|about|around|como|unos|unas|casi) )?(?:a|an|one|1|2|two|un|una|dos|a couple(?: of)?|un par de)?\s*(?:day|dia)s?$"
    r"|^(?:yesterday|last night|this morning|\w+day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|the weekend|ayer|anoche|el \w+)$"
)
# A stop aimed at something else: "stopped the energy drinks", "gave up on life", "dejé el café";
# the medication named after it keeps it a stop ("stopped the zoloft").
_ELSEWHERE = (
    # a call on the way: "stopped by cvs yesterday", "stopped at the pharmacy", "stopped in to pick it up"
    r"(?! (?:by|at|in|off at|off by|over)\b)"
    # something else quit, the medicine set apart: "i want to quit the night shift not the meds lol"
    rf"(?![^.!?]{{0,30}}\b(?:not|no|pero no) (?:the |my |mis |las |la |el |los )?(?:{MED_REF})\b)"
    r"(?! (?:the|my|all|those|these|that|this|drinking|smoking|vaping|eating|using|going"
    r"|on (?!(?:it|them)\b)|el|la|los|las|mi|mis|de (?!tomar))\b"
    rf"(?![^.!?,;]{{0,25}}\b(?:{MED_REF})\b))"
)
# "ya no" answers on its own; "ya no quiero estar viva" is about something else.
_BARE_NO = r"(?=\s*(?:[.!?,;]|$|(?:me )?(?:la|lo|las|los)\b|porque|desde|hace|pq|por que))"
# Only in answer to "are you taking it?": "i stopped", "not for like 2 weeks", "taking it".
_ASKED = re.compile(
    r"\b(?:(?P<stopped_for>(?:not|no|nope|nah|havent|haven t|have not)\b"
    # time without sleep, food or a shower is no time without the medication: "havent slept in days"
    r"(?! (?:really |even )?(?:slept|sleep|sleeping|been sleeping|eaten|eat|eating|showered|left|gone out|seen|talked|worked|felt"
    r"|been (?:able|out|eating|sleeping|outside|to)|had (?:sleep|any sleep|a (?:good|decent)|an appetite|energy))\b)"
    r"[^.!?]{0,12}?\b(?:for|in"
    r"|since) " + _DURATION + r")"
    r"|(?P<stopped>(?:i )?(?:stopped|quit|gave up|(?<!\ble )(?<!\bles )deje(?! (?:a|con|en|para) (?:mi|mis|su|sus|la|el|los|las|un|una)\b)"
    # the pills left somewhere are missed, not quit: "me dejé las pastillas en casa"
    r"(?!(?: \w+){1,2} (?:en|sobre|encima de|debajo de|junto a|adentro de) (?:casa|el|la|los|las|mi|mis|su|sus|un|una)\b))\b" + _ELSEWHERE
    # thrown away, said bare in the answer: "nah i tossed em"
    + r"|(?:tossed|threw out|threw away|trashed|binned|chucked|flushed|ditched|dumped|tire|bote) (?:em|them|it|all of (?:em|them)|las|los)\b"
    r"(?! (?:in|into|on|onto|back|over|at|to|around|across|up)\b)"
    + r"|(?:la|lo) deje\b" + _LEFT_AT + r"|ya no" + _BARE_NO
    + r"|(?:been|im|i am|was) out (?:of (?:it|them|my meds|meds|pills) )?(?:since|for (?:a|\d+|two"
    r"|three|a few|several)))"
    r"|(?P<missed>(?:(?:only|just|solo|nomas|nada mas|como) )?(?:la mitad de (?:la semana|los dias|las veces|el tiempo|el mes)"
    r"|half (?:the|of the) (?:time|week|days|month))\b"
    r"|\b(?:[1-6]|one|two|three|four|five|six|uno|dos|tres|cuatro|cinco|seis) (?:(?:days?|dias|nights?|noches) )?(?:out of|outta|of|de"
    r"|/) (?:7|seven|siete)\b|\b(?:[1-6]|one|two|three|four|five|six|uno|dos|tres|cuatro|cinco|seis)"
    r" (?:days?|dias|times|veces|nights?|noches) (?:a|per|out of the|of the|por|a la|de la|each|every) (?:week|semana)"
    # a yes qualified down to most of the time: "yes most nights", "sí pero a veces se me pasa"
    r"|^\W*(?:yes|yeah|yep|yup|si|mostly yes)\W*(?:(?:but|pero) )?(?:most (?:days|nights|mornings|evenings|of the (?:time|week))|mostly|usually"
    r"|casi siempre|casi todos los dias|la mayoria(?: de los dias| de las noches)?)(?=\s*(?:[.!?,;]|$))"
    # some days of the week let slip: "weekdays yes, weekends i slip up", "i slack off on weekends"
    r"|\b(?:on )?(?:the )?weekends? (?:i |im |i m )?(?:slip|slip up|slack|slack off|mess up|forget|miss|skip|fall off)\b"
    r"|\bi (?:slip|slip up|slack|slack off|mess up|forget|miss|skip|fall off)(?: (?:it|them))? (?:on |over )?(?:the )?weekends?\b"
    r"|^\W*(?:yes|yeah|yep|si)\W*(?:(?:but|pero) )?(?:a veces|aveces|de vez en cuando|sometimes) (?:se me (?:pasa|pasan|olvida|olvidan)|i forget|i miss|i skip)\b"
    r"(?! (?:el|la|los|las|un|una)\b)"
    # days let slip, said first in the answer: "falté 3 días, ...", "spaced on a few this week" ("falté 3 días al trabajo" is work)
    r"|^\W*(?:me )?falte (?:\d+|un|una|dos|tres|cuatro|cinco|unos|unas|varios|varias|algunos|algunas|un par de) (?:dias?|noches?|dosis|veces)\b"
    r"(?! (?:al|a la|a|de|del|en|con)\b)"
    r"|^\W*(?:i )?(?:spaced|blanked|slipped up) on (?:a few|a couple|some|one|two|three|\d+)\b)"
    r"|(?P<taking>(?:im |i am |yes |still )?taking (?:it|them|my \w+)\b(?! (?:with|off|out))"
    r"|i take (?:it|them)\b|(?:me )?la tomo|tomandola|(?:never|dont|do not|didnt) (?:miss|skip|forget)"
    # "took it, took the dog out": the answer's first words report the dose
    r"|^(?:yes |yep |yeah )?(?:i )?(?:took|taken|had) (?:it|them|my (?:meds|pills|dose))\b(?! (?:off|out|back|apart|twice|all|double|late))))"
)

# Answers to "are you taking it as prescribed?"
_YES = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|yup|yas|yess|ye|ya(?! no)|sure|of course|ofc|always|absolutely"
    r"|definitely|def|mhm|mm hmm|uh huh|i am|i do|i have|i did|correct|affirmative|si|claro"
    r"|por supuesto|siempre|asi es|simon|sip|sipi|sipo|sii+|every ?day|daily|everyday|todos los dias|yes maam"
    # the habit said for the answer: "every single morning w my coffee"
    r"|(?:every|each) (?:single )?(?:day|morning|night|evening)|cada (?:dia|manana|noche)|todas las (?:mananas|noches)|diario|diariamente"
    r"|yes sir|yessir|totally|religiously|you bet|for sure|\U0001F44D|\u2705|\U0001F44C)\b"
    r"|^\W*(?:\U0001F44D|\u2705|\U0001F44C)"
)
# A yes that is not the first word: "took them all yes", "yes." after a comma.
_YES_WORD = re.compile(
    r"(?:^|[.!?,;:]\s*)(?:(?:anyway|anyways|anyhow|but|so|oh|and|pero|bueno|pues|y|q|que|ps) )?(?:yes|yeah|yep|yup|si)\b(?! (?:but )?(?:no|not|never)\b)"
    r"|\b(?:yes|yeah|yep|yup)\b(?=\s*(?:[.!?,;]|$))"
)
_NO = re.compile(
    r"^\W*(?:like |um |uh |i d say |id say |probably |prob )?(?:no+|nope|nah|nel|nop|not really|not always|not every ?day|sometimes|mostly"
    r"|most (?:days|nights|mornings|evenings|of the week)|some (?:days|nights)"
    r"|almost|kinda|sort of|usually|most of the time|no siempre|a veces|casi(?! (?:me|se|le|nos|te)\b)|la mayoria"
    r"|every other day|on and off|here and there|not quite)\b(?!\s*(?:extra|extras|more than|double|doubled|additional)\b)"
)
_RANK = {"taking": 0, "missed": 1, "stopped": 2}
# "forgot to get the refill, been out since sat": out of the medication, not out of town.
_OUT_SINCE = re.compile(
    r"\b(?:been|im|i am|ive been|i ve been|i been|was) out (?:since|for|(?:like |about |almost |over )?(?:\d+|two|three|four|five"
    r"|a few|several|a couple(?: of)?) (?:days|weeks|nights))\b"
)
_NONE_LEFT = re.compile(
    r"\b(?:none|no pills|no meds|nothing) left (?:since|for|as of|til|till|until)\b"
    r"|\bno (?:tengo|me queda|me quedan|hay|tenemos|le queda|le quedan) (?:nada|ninguna|ni una) (?:pa|para|por) (?:\d+|dos|tres|cuatro|cinco|seis|siete|varios|unos) dias\b"
)
_SO_I_STOPPED = re.compile(r"\b(?:so|and|then|and then|so then|so now) (?:i|he|she|we) (?:just )?(?:stopped|quit)(?=\s*(?:[.!?;,]|$))")
_TAKE_BEFORE = re.compile(r"\b(?:take|took|taking|swallow\w*|tomar\w*|tome)\b")
_REFILL = re.compile(rf"\b(?:refill|refills|prescription|script|rx|pharmacy|{MED_REF})\b")


# A dose told as taken, in any context: "took it late today, like 2pm", "took my half tablet as usual", "swallowed it with
# applesauce", "ya me tomé la de la noche", "me tomé las dos como me dijo", "finished the old bottle, started the new one".
# Never beside overdose talk (``_OVERDOSE_TALK``): the crisis rules weigh that.
_AS_TOLD = (
    r"(?:like|as|per) (?:the |my |dr |doc )?(?:dr|doc|doctor|pharmacist|you|u|we|usual|prescribed|directed|discussed"
    r"|(?:the |my )?(?:new )?(?:script|label|schedule|instructions))\b"
    r"|como (?:me |se (?:lo|la|los|las) )?(?:dijo|dijeron|indico|indicaron|receto|recetaron|dice|siempre)\b"
    r"|(?:asi|como) (?:lo )?(?:dice|dijo|indica|manda|pide) (?:la|el) (?:receta|doctor|doctora|medico|medica|etiqueta|caja)\b"
    r"|(?:like|as) (?:she|he|they) (?:said|told me|told us|showed me|prescribed)\b"
)
# Three or four tablets said to be the prescribed dose: "took all 3 tabs this am as prescribed", "me tomé las 3 juntas en la
# mañana, así dice la receta nueva" (a count with no prescription beside it, or a larger one, stays overdose talk).
_PRESCRIBED_COUNT = re.compile(
    r"\b(?:took|taken|take|tome|me tome|tomo|me tomo)\b (?:all |all of |las |los |todas las |my |mis )?(?:3|4|three|four|tres|cuatro)\b"
    r"(?! ?(?:mg|mgs|ml)\b)(?! (?:more|extra|de mas|mas)\b)[^.!?]{0,35}?(?:as (?:prescribed|directed)|(?:like|per) (?:the |my )?(?:new )?(?:script|label|doctor|doc|dr)"
    r"(?: (?:says|said|told me))?|(?:asi|como) (?:lo )?(?:dice|dijo|indica|manda|pide) (?:la|el) (?:receta|doctor|doctora|medico|medica)"
    r"|como (?:me )?(?:dijo|indico|receto) (?:el|la) (?:doctor|doctora|medico|medica))\b"
)
_SKIPPED_AS_TOLD = re.compile(
    r"(?: (?:on|the|los|las|el|la|every|cada|during|in|en|de|a|all)){0,2}(?: \w+){0,2}? (?:" + _AS_TOLD.replace("|(?:the |my )?(?:new )?(?:script", "|(?:the |my )?(?:new )?(?:script") + r")")
_PRESCRIBED_HINT = re.compile(r"prescri|receta|script|doc|dr |directed|label|medic")


def _overdose_talk(norm: str) -> bool:
    """Return True for overdose talk outside a count told as the prescribed dose."""
    told = [p.span() for p in _PRESCRIBED_COUNT.finditer(norm)] if _PRESCRIBED_HINT.search(norm) else []
    return any(not any(a <= o.start() < b for a, b in told) for o in _OVERDOSE_TALK.finditer(norm))
_WHEN_TAKEN = (
    r"(?:late|early|today|tonight|this (?:am|morning|evening|afternoon)|last night|on time|at (?:\d+|noon|bedtime|night|dinner"
    r"|breakfast|lunch)|around (?:\d+|noon)|morning and night|and went for|and had (?:breakfast|dinner|lunch|coffee)|with (?:breakfast|dinner|lunch|food|applesauce|water|my (?:breakfast|dinner|lunch|coffee"
    r"|food|meal))|as usual|together|instead of|after(?=\s*(?:[.!?,;]|$))|after (?:dinner|breakfast|lunch|eating|work)"
    r"|before (?:bed|work|breakfast)|with (?:just |only )?(?:one|a|1|a single) (?:beer|drink|glass of wine|glass|coffee|soda)\b|" + _AS_TOLD + r")"
)
_DOSE_OBJ = (
    r"(?:it|em|them|both|both (?:pills|doses|of them|meds)|the one|the first one|my first (?:one|dose|pill)|(?:my |the )?half (?:a )?(?:tablet|tab|pill)|my half tablet"
    r"|(?:todays|tonights|this mornings|the new|my new|my usual|my regular) dose|my (?:morning |evening |night |bedtime |usual )?"
    r"(?:pill|pills|dose|meds|one|ones)|(?:the|my) whole (?:tablet|tab|pill|\d+)|all (?:of )?(?:todays|my morning|my evening|my night"
    r"|my bedtime) (?:pills|meds|doses)|all of todays (?:pills|meds|doses)|all my doses|(?:[12]|two) of the new \w+"
    r"|(?:2|two)(?=\s*(?:[,.;]|$| (?:like|as|per|of|pills|tabs|tablets|today|tonight|this|at|with|together|last|instead)\b))"
    r"|(?:my |the |1 |one |a )?(?:" + MED_NAMES + r"))"
)
_DOSE_TAKEN = Scanner([("taking",
    r"\b(?<!didnt )(?<!not )(?<!never )(?<!havent )(?<!if i )(?<!since i )(?<!since )(?<!after i )(?<!when i )(?<!should i )(?<!can i )(?<!forgot i )(?<!thought i )(?<!sure i )"
    r"(?:took|taken|swallowed) " + _DOSE_OBJ + r"\b(?! (?:off|out|back|apart|away|home|to)\b)[^.!?]{0,40}?\b" + _WHEN_TAKEN + r"\b"
    # a span of doses: "took all my doses this week", "took them all, morning and night doses"
    r"|\b(?:took|taken) all my doses (?:this week|today|all week)\b|\btook (?:them|em) all,? (?:morning|am) (?:and|&) (?:night|evening|pm)\b"
    r"|\btook all my (?:pills|meds) (?:this morning |today |tonight )?(?:like|as) usual\b"
    r"|\btook (?:an?|some) \w+ with my (?:pill|pills|meds|dose)\b|\btook some \w+(?: this morning| today)?,? then my (?:" + MED_REF + r")\b"
    r"|\ball (?:taken|tomadas) (?:on schedule|on time|a tiempo)\b"
    # "the nausea is gone since i started taking it with food"
    r"|\b(?:started|been|im|i m|i am|keep) taking (?:it|them|my \w+) (?:with|at|in the|before|after) (?:food|meals?|breakfast|dinner|lunch"
    r"|night|morning|bedtime|evening)\b"
    r"|\bon (?:the|my) (?:full|regular|new|target|normal|higher) dose now\b|\bfinished (?:the|my) titration\b"
    # taken anyway: "took my meds tho", "took one anyway", "me la tomé igual"
    # ("took tonights tho": the evening's dose named by its time)
    r"|\b(?<!not )(?<!never )(?<!didnt )(?:took|taken) (?:one|it|em|them|my (?:meds|pills|pill|dose|medication)|(?:tonights|todays|this mornings)(?: (?:dose|pill|pills|meds))?)\W{0,3}(?:tho|though|anyway|anyways"
    r"|anyhow|regardless)\b|\bme (?:la|lo|las|los) tome (?:de todos modos|de todas formas|igual|igualmente)\b"
    # the way it was told, kept: "the doctor said to take it with food and i have been"
    r"|\b(?:said|told me|dijo|indico)(?: to| que)? (?:take|tomar)(?:la|lo|las|los)?(?: it| them)? (?:with|at|in the|before|after|con|en la|antes|despues)\b"
    r"[^.!?]{0,30}?\b(?:i have been|ive been|i ve been|and i do|so i do|asi lo hago|asi la tomo|eso hago)\b"
    # a new strength begun: "started the new 20mg today", "me cambiaron a la de 20 mg, ya empecé hoy"
    r"|\b(?:started|empece|comence) (?:the |my |la |el |con la |con el )?(?:new |nueva |nuevo )?(?:de )?\d+ ?(?:mg|mgs)\b(?! (?:ago|hace)\b)"
    r"|\b(?:me (?:cambiaron|subieron|bajaron|pasaron|aumentaron)|switched me|moved me|bumped me(?: up)?) (?:a|to|up to) (?:la |the )?(?:de )?\d+ ?(?:mg|mgs)?\b"
    r"[^.!?]{0,25}?\b(?:ya )?(?:empece|la empece|comence|started (?:it|them|today|this morning|yesterday))\b"
    # two of the new strength, the habit told: "so i take 2 of them", "ahora tomo dos en la noche", "taking 2 pills now"
    r"|\b(?<!should i )(?<!do i )(?<!can i )(?<!if i )(?:so|now|and|ahora|y ahora) (?:i )?(?:take|taking|tomo|me tomo|estoy tomando) (?:2|two|both|dos|las dos)"
    r"(?: (?:pills|tabs|tablets|of (?:them|em|the \w+)|pastillas|tabletas|de (?:las|los) \w+))?\b(?! (?:more|extra|mas|de mas)\b)(?![^.!?]{0,25}\?)"
    r"|\b(?:taking|i take|tomo|me tomo|estoy tomando) (?:2|two|dos) (?:pills|tabs|tablets|pastillas|tabletas) (?:now|ahora)\b(?![^.!?]{0,25}\?)"
    # the starter pack done: "finished the starter pack", "ya terminé el paquete de inicio"
    r"|\b(?:finished|done with|completed|termine|acabe) (?:the |my |el |mi )?(?:starter (?:pack|kit|doses?)|titration pack|paquete de inicio"
    r"|kit de inicio|paquete inicial)\b"
    # the last of one bottle, the refill already in hand: "last pill of the bottle today but already picked up the refill"
    r"|\blast (?:pill|dose|tablet|capsule|one)s? (?:of|from|in) (?:the|my) (?:bottle|box|pack|blister)\b[^!?]{0,40}?\b(?:already|just) (?:picked up|got"
    r"|grabbed|have)\b (?:the |my |a )?(?:refill|new (?:bottle|box|pack|one)|next (?:bottle|box|pack))\b"
    r"|\bultima (?:pastillas? |pildoras? |tabletas? )?(?:de|del) (?:la |el )?(?:caja|frasco|bote|blister)\b[^!?]{0,40}?\bya (?:recogi|fui por|tengo|pase por"
    r"|compre)\b (?:el |la |mas\b|mi |otra|otro)"
    # a dropped pill replaced by one: "se me cayó una pastilla al piso y me tomé otra, solo una"
    r"|\b(?:se me cayo|dropped|se me fue) (?:una|la|mi|a|my|one) (?:pastillas?|pildoras?|tabletas?|pill|tablet|dose)\b[^.!?]{0,40}?\b(?:me tome|tome|took)"
    r" (?:otra|another(?: one)?)\b(?=[^.!?]{0,20}?\b(?:solo una|nada mas una|nomas una|just (?:the |that )?one|only (?:the |that )?one)\b)"
    # the pill box says it was taken: "the pill box slot was empty so i didnt take another"
    r"|\b(?:pill ?box|pillbox|pill organizer|pastillero)(?: (?:slot|compartment|spot|casilla|cajita))?(?: for today| de hoy)? (?:was|is|estaba|esta)"
    r" (?:already |ya )?(?:empty|vacio|vacia)\b[^.!?]{0,30}?\b(?:so i (?:didnt|did not) take (?:another|one|it)|already took|asi que ya me la habia tomado)\b"
    # Spanish: "ya me tomé la de la noche", "tomé las 2", "me tomé la pastilla como 3 horas tarde", "sí me he tomado la lamotrigina"
    # ("desde que tomé la pastilla" dates a symptom, it reports no dose)
    # ("se me olvidó si me tomé la pastilla" is unsure whether it was taken)
    r"|\b(?<!olvido si me )(?<!olvide si me )(?<!olvidaba si me )(?<!no se si me )(?<!no sabia si me )"
    r"(?<!no )(?<!no me )(?<!si no )(?<!desde que )(?<!desde q )(?<!desde que me )(?<!desde q me )(?<!despues de que )(?<!cuando )"
    r"(?:tome|he tomado|e tomado|trague) (?:la (?:de |d )(?:la |las |hoy\b|\d)|las (?:dos|2)\b"
    r"(?! (?:cajas|frascos|tiras|semanas|de golpe|de una)\b)|la pastillas?\b|mi pastillas?\b|la dosis\b|mi dosis\b|(?:la |el |mi )(?:"
    + MED_NAMES + r")\b|(?:2|dos|1|una) de las nuevas\b|(?:1|una) sola\b|todas las (?:pastillas )?de la (?:manana|noche|tarde)\b"
    r"|todo como me (?:dijo|dijeron|indico|indicaron)\b)"
    r"|\b(?<!no )(?<!no me )(?<!ni me )(?<!nunca me )(?:me )?(?:la|las) (?:he|e) tomado\b|\b(?<!no )me (?:la|las) tome (?:a las|despues|antes|tarde|temprano|con|hace)\b"
    r"|(?<=\bpero )(?:me )?(?:la|las) tome\b|\b(?:dijo|dijeron|indico|indicaron) (?:q|que)\b[^!]{0,100}?\bme (?:la|las|lo|los) tome asi\b|\bahora (?:me )?(?:tomo|estoy tomando) (?:las|la|los|el) nuev[oa]s?\b"
    # one bottle finished and the next begun: "finished the old bottle, started the new one tonight", "me tomé la última de la
    # caja y hoy recogí la nueva" (not "finished my last pill and the refill isnt ready")
    r"|\b(?:finished|used up|took|me tome|tome|termine|acabe|se (?:me )?acabo)\b[^.!?]{0,50}?\b(?:last|ultima|old|viej[oa]|anterior|bottle|frasco"
    r"|caja|box)\b[^!?]{0,80}?\b(?:started|opened|picked up|is ready|ya esta lista|recogi|recojo|abri|empece|empiezo|start|starting|on the \w+ now)\b"
    # "last pill of the bottle this morning, new bottle is already in the cabinet", "la última de la caja hoy, la nueva ya está en el cajón"
    r"|\blast (?:pill|dose|tablet|capsule|one) (?:of|from|in) (?:the|my) (?:old |current )?(?:bottle|box|pack|blister)\b[^!?]{0,60}?\b(?:new|next|another"
    r"|other|second) (?:bottle|box|pack|one|refill)\b[^.!?]{0,15}?\b(?:is |s )?(?:already |right )?(?:in|on|here|at home|home|ready|waiting)\b"
    r"|\bultima (?:pastilla |pildora |tableta )?(?:de|del) (?:la |el )?(?:caja|frasco|bote|blister)\b[^!?]{0,60}?\b(?:nueva|nuevo|otra|otro)"
    r"(?: (?:caja|frasco|bote))? (?:ya )?(?:esta|la tengo|lo tengo|me espera)\b"
)])
# Only in answer to "are you taking it?": "listo 👍", "done ✅", "vale, tomada", "took em", "2 pastillas como dijo el doc".
_ASKED_TAKEN = re.compile(
    # "todas las de la mañana ya, con el desayuno", "all the morning ones, done"
    r"^\W*(?:todas|ya todas|all|all of) (?:las de la (?:manana|noche|tarde)|(?:my |the )?(?:morning|evening|night|bedtime) ones)\b"
    r"(?=[^.!?]{0,30}?\b(?:ya|listo|lista|listas|done|already|with (?:breakfast|dinner|lunch)|con el (?:desayuno|almuerzo)|con la (?:cena|comida))\b)|"
    r"^\W*(?:listo|lista|aja|aha|dale|vale|done|k|kk|sii+|sip+|yess+|all good)\b(?! with\b)|^\W*y\W*$"
    r"|(?<!no )(?<!sin )\b(?:todas |ambas |las dos )?tomadas?\b|\bboth taken\b|\b(?:took|taken) (?:it|em|them|both|my (?:meds|pills|pill|dose|medication))(?=\W*$|\W*(?:tho|though)\b)"
    r"|^\W*(?:las dos|ambas|both(?: of them)?)\W+(?:la de la (?:manana|noche|tarde)|the (?:morning|night|evening|am|pm|bedtime) (?:one|dose|pill))\b"
    r"|\bya (?:me )?(?:la |las )?tome\W*$|\bya\W*$|\b(?:tome|me tome) (?:las|la) (?:2|dos)\b"
    r"|\b(?:[12]|two|dos|una|doble|double|doubled)\b[^.!?]{0,30}?(?:" + _AS_TOLD + r")"
    r"|\b(?:empece|started) (?:la|el|the|my) (?:de |new )?\d+s?\b|\b(?:im |i m |i am )?on (?:the|my) (?:new|full|regular) dose\b"
    r"|\b(?:started|opened|abri|empece) (?:the|a|my|el|la|un|una|mi) (?:new |next |nuev[oa] )?(?:bottle|box|pack|frasco|caja)\b"
    # "todo en orden con la pastilla"
    rf"|(?<!no )\btodo (?:en orden|bien|perfecto|normal) con (?:la |el |las |los |mi |mis )(?:{MED_REF})\b"
)
_ASKED_MISSED = re.compile(r"^\W*(?:(?:si|yes|yeah|yep|yup|sometimes)\W*,? (?:pero|but) )?(?:ayer|anoche|yesterday|last night|hoy|today|this morning|esta manana),? (?:no|nope|nah|not)\b(?:,? (?:pero |but )?(?:hoy|today)|\s*(?:[.,!;]|$)| (?:porque|pq|xq|because|bc|cuz)\b)")
_OVERDOSE_TALK = re.compile(
    r"\b(?:the rest|el resto|(?:whole|entire) (?:bottle|box|pack|strip|blister|thing)|todo el (?:frasco|bote|blister)|toda la caja"
    r"|(?:las|los|lo) que (?:quedaban|quedaba|tenia|habia)|them all(?!,? (?:morning|am) (?:and|&) )|all of (?:them|em)|too many|way too|a lot"
    r"|a bunch|handful|punado|extras?(?<!\bno extra)(?<!\bno extras)(?<!\bany extra)(?<!\bany extras)(?<!\bwithout extra)(?<!\bwithout extras)|de mas|demasiad\w*|overdos\w*|sobredosis|on purpose|a proposito|at once|all at once"
    r"|at the same time|in one go|de golpe|de una vez|a la vez|half (?:of )?(?:it|the bottle)|la mitad del (?:frasco|bote)"
    r"|with (?:vodka|whiskey|wine|alcohol|booze|liquor|tequila|a bottle)|con (?:alcohol|tequila|vodka|vino|cerveza)"
    # the same dose again, or by mistake: "took my lithium 3 times today", "me tomé otra igual", "by accident"
    r"|twice|(?:\d+|two|three|four|five|several|a few|like \d+) times|again|another(?<!didnt take another)(?<!not take another)(?!,? (?:just|only) (?:the |that )?one\b)|double (?:dose|up|dosis)|dosis doble|doubled up"
    r"|triple|otra (?:vez|igual|dosis|mas)|(?:me )?tomo otra|by (?:mistake|accident)|accidental\w*|sin querer|me equivoque|por error"
    r"|de toda la semana|en una sola vez|de (?:varios|muchos|\d+|dos|tres|cuatro|cinco) dias\b[^.!?]{0,15}?\bjunt[oa]s|lost track|no me acuerdo|(?:couldnt|could not|cant|can t|dont) remember|not sure (?:if|whether)"
    r"|(?:i think|i guess|creo (?:que |q )?)(?:i )?(?:me )?(?:took|tome)|dos veces|tres veces|varias veces"
    r"|(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|a dozen|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
    r" (?:more |extra |of (?:my|the|them|em) )?(?:pills|tablets|tabs|caps|capsules|pastillas|tabletas|pildoras|of them|de ellas))\b"
    r"|\b(?:and|then|y|luego|despues) (?:i )?(?:took|swallowed|downed|popped|me tome|tome|trague)\b[^.!?]{0,20}?\b(?:those|all|todas"
    r"|esas|las demas)\b"
)
_DOSE_WORDS = re.compile(
    r"took|taken|swallowed|tome|tomado|trague|taking|finished|dose|termine|acabe|tomo|last|ultima|take (?:2|two|both|it|them)\b"
    r"|started (?:the |my )?(?:new )?\d|empece|comence|pill ?box|pastillero|se (?:me )?acabo")


_URGED = re.compile(
    r"\b(?:says?|saying|said|thinks?|wants? me to|tells? me to|telling me to|keeps? (?:saying|telling me)|insists?)\b(?: (?:that )?i (?:should|need to|have to|ought to))?"
    r"[^.!?]{0,10}$"
    r"|\b(?:quiere|quieren|dice|dicen|insiste|insisten) (?:en )?que (?:yo )?$"
    r"|\b(?:dice|dicen) que (?:debo|deberia|tengo que) $"
)
_REFUSED = re.compile(
    r"\b(?:over my dead body|no way|not a chance|not happening|hell no|not gonna happen|absolutely not|no chance"
    r"|sobre mi cadaver|ni loca|ni loco|ni de chiste|ni muerta|ni muerto|ni hablar|de ninguna manera|jamas)\b"
)


def read_adherence(
    text: Text, asked: str, claimed: Sequence[Hit] = (),
) -> tuple[str | None, list[Hit]]:
    """Return (adherence or None, hits); stopped outranks missed, which outranks taking.

    Words inside a ``claimed`` span (a crisis) are not read again as adherence: "ya regalé mi ropa,
    ya no las voy a necesitar" gives away belongings, not the medication.
    """
    found = _unclaimed(_scan(_ADHERENCE.finditer(text.norm), text), claimed)
    # clothes named before it no longer fit: "los pantalones del uniforme ya no me quedan"
    if "ya no me quedan" in text.norm:
        found = [f for f in found if not (f[0] == "stopped" and text.norm.startswith("ya no me quedan", f[1])
                                          and _CLOTHES.search(text.norm, text.sentence_bounds(f[1])[0], f[1]))]
    # "took the last pills from the bottle, all of them": the last ones swallowed at once are an overdose, not a stop
    if any(k == "stopped" and _LAST_SWALLOWED.match(text.norm, s) for k, s, _ in found) and _overdose_talk(text.norm):
        found = [f for f in found if not (f[0] == "stopped" and _LAST_SWALLOWED.match(text.norm, f[1]))]
    # ... and a bottle found empty beside them all taken: "found her prozac bottle empty ... she took them all last night"
    if any(k == "stopped" and _EMPTY_BOTTLE.search(text.norm, s, e) for k, s, e in found) and _ALL_TAKEN.search(text.norm):
        found = [f for f in found if not (f[0] == "stopped" and _EMPTY_BOTTLE.search(text.norm, f[1], f[2]))]
    if " out " in text.norm:
        m = _OUT_SINCE.search(text.norm)
        if m and _REFILL.search(text.norm, 0, m.start()):
            found.append(("stopped", m.start(), m.end()))
    # none left, the pill named or its pharmacy in the reply: "none left since thursday, pharmacy says ...",
    # "no tengo nada pa 4 dias"; a stop told bare after the pill's story: "the abilify copay went up ... so i stopped"
    if _REFILL.search(text.norm):
        for m in _NONE_LEFT.finditer(text.norm):
            found += _unclaimed([("stopped", m.start(), m.end())], claimed)
        for m in _SO_I_STOPPED.finditer(text.norm):
            lo = text.sentence_bounds(m.start())[0]
            # (the pills as what was to be swallowed are no stop: "was gonna take all my pills ... and i stopped")
            med = re.search(rf"\b(?:{MED_REF})\b", text.norm[lo:m.start()])
            if med and not _TAKE_BEFORE.search(text.norm, max(lo, lo + med.start() - 30), lo + med.start()) \
                    and not _overdose_talk(text.norm) and not is_negated(text, m.start()):
                found += _unclaimed([("stopped", m.start(), m.end())], claimed)
    # someone else's urging refused: "my husband keeps saying I should come off the lithium. over my dead body"
    # ("mi esposo quiere que deje el litio, ¡sobre mi cadáver!"): the patient keeps taking it
    if any(k == "stopped" for k, _, _ in found) and _REFUSED.search(text.norm):
        kept = [f for f in found if not (f[0] == "stopped" and _URGED.search(text.norm[max(0, f[1] - 60):f[1]]))]
        if len(kept) < len(found):
            found = kept + [("taking", s, e) for k, s, e in found if k == "stopped" and (k, s, e) not in kept]
    # stopped, then resumed: a spell of missed doses
    stops = [f for f in found if f[0] == "stopped"]
    if stops and _RESUMED.search(text.norm, stops[-1][2]):
        found = [("missed", s, e) if k == "stopped" else (k, s, e) for k, s, e in found]
    switch = None
    if _DOSE_WORDS.search(text.norm):
        m = _DOSE_TAKEN.search(text.norm) or _PRESCRIBED_COUNT.search(text.norm)
        if m and not _overdose_talk(text.norm) and _unclaimed([("taking", m.start(), m.end())], claimed):
            switch = m
            # "took the last one this morning, refill is ready": the last pill of one bottle, the next one begun, is no stop
            found = [f for f in found if not (f[0] == "stopped" and m.start() <= f[1] < m.end())]
            if not found:
                found.append(("taking", m.start(), m.end()))
    if asked == "adherence" and not found:
        found = _unclaimed(_scan(_ASKED.finditer(text.norm), text), claimed)
        # what stopped is a symptom named as the subject: "the intrusive thoughts about my daughter stopped after week 6"
        # ... and "haven't had one since august" after it is one of them
        found = [f for f in found if not (f[0] == "stopped" and _THING_STOPPED.search(text.norm, text.sentence_bounds(f[1])[0], f[1]))]
    # someone else's missed dose beside the writer's own taking: "she said she missed a dose ... i haven't missed any"
    if any(k == "taking" for k, _, _ in found):
        found = [f for f in found if not (f[0] == "missed" and _THIRD_SUBJECT.search(text.norm, max(0, f[1] - 12), f[1]))]
    if asked == "adherence" and not found:
        m = _ASKED_MISSED.search(text.norm)
        if m:
            found.append(("missed", m.start(), m.end()))
    if asked == "adherence" and not any(k != "taking" for k, _, _ in found):
        m = _NO.search(text.norm)
        if m and not found:
            found.append(("missed", m.start(), m.end()))
        elif not found:
            m = _YES.search(text.norm) or _YES_WORD.search(text.norm)
            if m:
                found.append(("taking", m.start(), m.end()))
            else:
                m = _ASKED_TAKEN.search(text.norm)
                if m and not _overdose_talk(text.norm) and _unclaimed([("taking", m.start(), m.end())], claimed):
                    found.append(("taking", m.start(), m.end()))
    if found:
        extra = _EXTRA_DOSES.search(text.norm)
        # "si las tomo, pero anoche me tomé como 10": the habit told apart, with a "but", stands
        if extra and not any(_BUT.search(text.norm, e, extra.start()) for _, _, e in found if e <= extra.start()):
            return None, []
    if not found:
        return None, []
    best = max(_RANK[k] for k, _, _ in found)
    value = next(k for k, r in _RANK.items() if r == best)
    reason = {"stopped": "stopped_medication", "missed": "missed_doses"}.get(value)
    hits = [Hit(reason, s, e) for k, s, e in found if k == value] if reason else []
    return value, hits


_CLOTHES = re.compile(
    r"\b(?:ropa|pantalon\w*|jeans|vestidos?|camisas?|blusas?|zapatos|faldas?|uniformes?|playeras?|camisetas?|botas|shorts|brasieres?|sosten\w*|tallas?)\b"
)
_THING_STOPPED = re.compile(
    r"\b(?:thoughts?|urges?|nightmares?|dreams?|headaches?|symptoms?|zaps|voices|attacks?|cravings?|pains?|side effects|effects|nausea|rash"
    r"|pensamientos|ideas|pesadillas|sintomas|dolores|mareos|ataques)\b(?:(?!\b(?:i|yo|me)\b)[^.!?;])*$"
)
_THIRD_SUBJECT = re.compile(r"\b(?:she|he|they|ella|el)\s+$")


# Asking whether to stop is no stop: "should i come off the depakote first", "do i stop the sertraline before surgery".
_ASKS_TO_STOP = re.compile(
    r"\b(?:should i|should we|do i|do we|can i|could i|is it (?:ok|okay|safe|fine) to|debo|deberia|puedo"
    r"|(?:does|should|can|could) (?:he|she)|(?:do|should|can|could) they)(?: (?:just|need to|have to|has to|also))?\s*$"
    # asked for someone or indirectly: "she wanted me to ask if she has to come off the lithium first"
    r"|\b(?:if|whether) (?:i|she|he|we|they|you) (?:has to|have to|need to|needs to|should|must|can|could|ought to)(?: (?:just|also))?\s*$")
# The day the supply will end, with a refill asked: "i run out thurs. can u send the refill" (a request, routine)
_RUN_OUT_ON = re.compile(
    r"\s*(?:on |by |in |next |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
    r"|tomorrow|tmrw|tmr|(?:\d+|two|three|four|five|a few|a couple of) days|week|the weekend)\b")
_RUN_OUT_HEAD = re.compile(r"(?<=\bi )run out\b|(?<=\bit )runs out\b|(?<=\bthey )run out\b")


def _asks_or_plans_refill(text: Text, m: re.Match) -> bool:
    """Return True for a stop only asked about, or a run-out still days ahead with a refill requested."""
    if _ASKS_TO_STOP.search(text.norm, max(text.clause_bounds(m.start())[0], m.start() - 30), m.start()):
        return True
    return (_RUN_OUT_HEAD.match(text.norm, m.start()) is not None and _RUN_OUT_ON.match(text.norm, m.end()) is not None
            and "refill" in text.norm)


def _is_hypothetical(text: Text, m: re.Match) -> bool:
    """Return True for a dose missed only in a condition or a question ("if i skip one", "do i just
    skip it", "si no me las tomo"); "forgot it yesterday" and "skipped two" are told as done."""
    if not _BASE_FORM.match(m.group()):
        return False
    sent_start = text.sentence_bounds(m.start())[0]
    lo = max(sent_start, m.start() - 20)
    if _IF_BEFORE.search(text.norm, lo, m.start()):
        return True
    # the second of two options in a question: "do i double up the next day or just skip it"
    return text.norm.startswith(("or ", "o "), max(sent_start, m.start() - 8)) or (
        _IF_IN_SENTENCE.search(text.norm, sent_start, m.start()) is not None
        and re.search(r"\bor (?:just |should i |do i )?$", text.norm[lo:m.start()]) is not None)


def _unclaimed(found: list[tuple[str, int, int]], claimed: Sequence[Hit]) -> list[tuple[str, int, int]]:
    """Return the findings that do not lie wholly inside a claimed span."""
    return [f for f in found if not any(h.start <= f[1] and f[2] <= h.end for h in claimed)]


# A dose missed only in a question or a condition: "if i ever miss one do i double up or just skip it",
# "mi papá dice que lo voy a matar de un susto si no me las tomo".
_IF_BEFORE = re.compile(
    r"\b(?:if|what if|in case|unless|do i|should i|can i|could i|is it (?:ok|okay|fine|safe|bad) (?:to|if)|si|y si|en caso de que)"
    # a day named between: "¿pasa algo si hoy no lo tomo?", "what if tonight i skip it"
    r"(?: hoy| today| tonight| esta noche| manana| tomorrow| un dia| one day)?(?: i| yo)?(?: ever| alguna vez| just| solo)?\s*$"
)
_IF_IN_SENTENCE = re.compile(r"\b(?:if|what if|in case|do i|should i|can i|could i|si|y si)\b")
_BASE_FORM = re.compile(r"(?:skip|miss|forget|no (?:me )?(?:la|lo|las|los) tomo|se me olvidan?|se me pasan?)\b")


# "no, i stopped": the "no" answers the question, it does not deny what follows.
# ("no se me olvida nunca" is a negation: the "no" must stand apart, by a comma or an "i")
# (an emoji may stand for the comma: "no 😬 forgot it at my moms house")
_ANSWER_NO = re.compile(r"^\W*(?:(?:no|nope|nah|naw)\s*[^\w\s]+\s*(?:i |yo )?|(?:nope|nah|naw)\s+(?:i )?|no i )$")


def _answers_no(before: str, found: str) -> bool:
    """Return True when the "no" before a finding answers the question ("no, i stopped", "no i stopped")."""
    return _ANSWER_NO.match(before) is not None or (
        found.startswith(("i ", "yo ")) and _BARE_ANSWER_NO.match(before) is not None)


_BARE_ANSWER_NO = re.compile(r"^\W*(?:no|nope|nah|naw)\s+$")


# "found my blades and threw them out": a "them" or "it" thrown out or quit stands for the thing named
# before it, when that is not the medication.
_PRONOUN_STOP = re.compile(
    r"(?:threw|throw|tossed|toss|flushed|flush|trashed|binned|chucked|dumped|ditched|stopped|quit|gave up)\b[^.!?]{0,20}?\b(?:them|it|em)\b"
    # ... or a thing offered and not taken: "tried to give my bartender my truck keys. he didnt take them"
    r"|(?:didnt|did not|wouldnt|would not) take (?:them|it|em)\b"
)
_OTHER_THING = re.compile(
    r"\b(?:blades?|razors?|knife|knives|cigarettes?|cigs|vapes?|weed|alcohol|booze|beers?|liquor|wine|vodka|drugs|coke|food|leftovers"
    r"|clothes|letters|photos|pictures|candy|snacks|soda|energy drinks?|coffee|shoes|sheets|flowers|notes?|journals?|rope|gun|bullets"
    r"|keys|car keys|truck keys|money|cash|wallet|watch|ring|guitar|tools|gifts?|offer|advice"
    # old or someone else's pills cleared out, one's own kept: "found my old pills in the couch, threw them out. taking the new ones"
    r"|(?:old|expired|leftover|discontinued) (?:pills|meds|bottles?|prescriptions?)|(?:his|her|their) (?:old )?(?:pills|meds))\b"
)
_MED_WORD = re.compile(rf"\b(?:{MED_REF})\b")


def _pronoun_for_other_thing(text: Text, m: re.Match) -> bool:
    """Return True when a stop told with a pronoun ("threw them out") points back to a thing that is not
    the medication, named earlier in the sentence."""
    if _PRONOUN_STOP.match(m.group()) is None:
        return False
    thing = None
    start = text.sentence_bounds(m.start())[0]
    # the thing may be named in the sentence before: "wrote goodbye letters last year. found them and threw them out"
    if start > 1 and _MED_WORD.search(text.norm, start, m.start()) is None:
        start = text.sentence_bounds(start - 2)[0]
    for thing in _OTHER_THING.finditer(text.norm, start, m.start()):
        pass
    # a carer's "gave him his pills but he didnt take them" is the patient's dose missed
    if thing is not None and m.lastgroup == "missed" and _MED_WORD.search(thing.group()):
        return False
    return thing is not None and _MED_WORD.search(text.norm, thing.end(), m.start()) is None


# Days without it because it cannot be had is a stop: "insurance won't cover it anymore so i haven't had any since sunday".
_SUPPLY_LOST = re.compile(
    r"\b(?:insurance (?:\w+ )?(?:wont|won t|will not|doesnt|does not|stopped|quit|refused|denied|no longer)|(?:cant|can t|couldnt|could not|cannot)"
    r" (?:afford|get|find|pick up)|(?:pharmacy|they) (?:is |was |are |were )?(?:out|all out)\b|out of stock|back ?order\w*"
    r"|seguro (?:ya )?no (?:me )?(?:lo |la )?(?:cubre|paga)|no (?:la |lo )?(?:tenian|tienen|hay|habia) en la farmacia|no (?:me )?alcanza"
    # the cover refused in the past tense: "el seguro no la quiso cubrir y cuesta mucho", "insurance wouldnt cover it"
    r"|seguro (?:ya )?no (?:me )?(?:lo |la )?(?:quiso|quiere|va a|pudo) (?:cubrir|pagar)|seguro (?:me )?(?:la |lo )?(?:nego|rechazo)"
    r"|insurance (?:\w+ )?(?:wouldnt|would not|didnt|did not) (?:cover|pay)|cuesta (?:mucho|un dineral|carisima|carisimo|demasiado)"
    # the refill not fetched: "i keep forgetting to pick it up", "havent picked up the refill"
    r"|(?:forgot|forget|forgetting|havent|haven t|have not|didnt|did not|never) (?:to )?(?:go )?(?:pick(?:ed)? (?:it|them|em) up"
    r"|pick(?:ed)? up (?:my|the) (?:refill|meds|pills|prescription|script|rx)|(?:get|got|gotten) (?:my|the|a) refill)"
    # the refill refused: "me negaron el resurtido", "refill was denied"
    # the pharmacy's mix-up: "they gave me someone elses abilify", "me surtieron la pastilla equivocada"
    r"|(?:gave|give|filled|sent|handed|dispensed) (?:me|us|him|her) (?:the )?(?:wrong|someone elses|someone else s|somebody elses|somebody else s)\b"
    r"|(?:filled|dispensed) (?:it |them |my \w+ )?(?:wrong|with the wrong)\b|wrong (?:meds|pills|medication|prescription|strength) (?:from|at) the pharmacy"
    r"|(?:me|le|nos) (?:dieron|surtieron|entregaron|dio|surtio) (?:la|el|las|los|otra|otro) (?:\w+ )?equivocad[oa]s?\b"
    r"|(?:me|le|nos) (?:negaron|nego|rechazaron|rechazo) (?:el|la) (?:resurtido|receta|surtido|refill)|refill (?:was |got |has been )?(?:denied|refused|rejected)"
    # the supply that has not come: "no me llegan las pastillas por correo", "my meds never came in the mail"
    rf"|no (?:me |nos |le )?(?:llegan|llegaron|han llegado|ha llegado|llega|llego) (?:las |los |mis |la |el |mi |sus |su )?(?:{MED_REF})"
    rf"|(?:{MED_REF}) (?:never|didnt|did not|havent|have not|still havent|still have not) (?:came|come|arrived|arrive|shown up|showed up))\b"
)
# More than the dose taken is no adherence at all: "i took tomorrows and the next 20 days too", "me tomé 3 días juntos",
# "then 2 more ... then 2 more at lunch", "me tomé como 15 sin querer" (the crisis rules weigh it).
_EXTRA_DOSES = re.compile(
    r"\b(?:took|take|taken|tome|me tome)\b (?:\w+ ){0,3}?(?:tomorrow s|tomorrows|the next (?:\d+|two|few|several|couple) (?:days|weeks)"
    r"|(?:\d+|dos|tres|cuatro|cinco|varios) dias (?:juntos|de golpe|de una vez)|a weeks? (?:s )?worth|\d+ days (?:s )?worth)"
    r"|\b(?:took|tome|me tome)\b (?:like |about |como |unas |unos |around )?(?:1\d|[2-9]\d|fifteen|twenty|thirty|quince|veinte|treinta)\b"
    r"(?! ?(?:mg|mgs|mcg|ml|min|mins|minutes|minutos|am|pm|hours|hrs|horas|seconds|years|anos)\b)"
    r"|\bthen (?:again|\d+ more|two more|another(?: one)?)\b[^.!?]{0,50}?\bthen (?:again|\d+ more|two more|another(?: one)?)\b"
    # the same dose taken over and over, unsure it was taken: "took my night pills like 3 or 4 times last night, kept forgetting if i already did"
    r"|\b(?:took|taken|tome|me tome)\b (?:\w+ ){0,3}?(?:like |about |maybe |como )?(?:[2-9]|two|three|four|five|dos|tres|cuatro|cinco)(?: (?:or|o) (?:[2-9]|three|four|five|tres|cuatro|cinco))?"
    r" (?:times|veces)\b(?=[^.!?]{0,60}?\b(?:forgetting|forgot|forget|olvid\w*|already|ya (?:me )?(?:la|las|lo|los) (?:habia|tome))\b)"
    # "then like six more on purpose"
    r"|\b(?:like |about |como )?(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:more|mas)\b"
    r"(?= (?:on purpose|a proposito|de proposito)\b)"
    # a dose taken again and again: "taken my night meds twice. and then a third time bc i forgot"
    # (a count of forgettings is not: "forgot again, thats the 3rd time this week")
    r"|\b(?:then|and|y|luego|took it|taken it|took them|me la tome|me las tome) (?:a|one more|una|por) (?:third|3rd|fourth|4th|tercera|cuarta)"
    r" (?:time|dose|vez)\b"
)
_LAST_SWALLOWED = re.compile(r"(?:took|had|swallowed) (?:my|the) (?:very )?last\b")
_EMPTY_BOTTLE = re.compile(r"\b(?:empty|vacio)\b")
_ALL_TAKEN = re.compile(
    r"\b(?:took|swallowed|taken|tome|se tomo|me tome)\b[^.!?]{0,15}?\b(?:them all|all of (?:them|em)|the whole (?:bottle|thing)|the rest|todas|todo el frasco)\b"
)
_BUT = re.compile(r"\b(?:" + CONTRAST + r")\b")
# "a q hora me la tomo?": a question about taking it.
_ASKS_WHEN = re.compile(r"\b(?:a (?:que|q) hora|cuando|como|donde|when|what time|how)(?: \w+)?\s*$")


_SHARE_MINE = re.compile(
    r"\b(?:(?:some|any|a few|one|couple) of mine|(?:de )?(?:las|los|unas|unos) mias|(?:de )?(?:las|los) mios|(?:use|take|have|borrow|give (?:her|him|them))"
    r" (?:some of )?my (?:pills|meds|medication|medicine|tablets)|(?:darle|dar|prestarle|pasarle) (?:de )?(?:mis|las mias)(?: pastillas| medicinas)?)\b"
)
_UNIT_FIRST = re.compile(r"(?:days?|dias|weeks?|semanas?) ")
_COUNT_BEFORE = re.compile(
    r"(?<![\w])(?P<n>[0-9]+|two|three|four|five|six|seven|several|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|varios) $"
)


_STOP_CAUSE_AFTER = re.compile(
    r",? (?:porque |xq |pq |ya que |because |bc |cuz )?(?:me (?:daba|daban|hacia|causaba|ponia|provocaba)|(?:it|they) (?:made|was making|gave|was giving) me)\b"
    # ... told by a carer, of the patient: "hasnt taken it since the weekend, says it gives her a headache", "dice que le da mareo"
    r"|,? (?:and |y )?(?:she |he |they |ella |el )?(?:says|said|claims|dice|dijo) (?:that |que |q )?(?:it|they|la pastilla|las pastillas)?"
    r" ?(?:gives|gave|makes|made|le da|le daba|le hace|le hacia|le pone|le ponia|le cae mal) (?:her|him|them)?\b"
    # ... or with the pill refused: "hasnt taken his clozapine since friday, keeps saying its poison", "dice que es veneno"
    r"|,? (?:and |y )?(?:keeps |kept |still )?(?:saying|says|insists|swears|thinks|dice|insiste|jura|cree)(?: que| that)? (?:its|it s|they are|theyre|they re|es|son)"
    r" (?:poison\w*|veneno|dangerous|peligros[oa]s?)\b"
    r"|,? (?:and |y )?(?:refuses|won t take|wont take|will not take|se niega|no quiere|hides (?:it|them)|esconde)\b"
    # ... or an operation that keeps it from being swallowed: "since friday, had my tonsils out", "me operaron de la garganta"
    r"|,? (?:because |bc |cuz |porque |pq |xq )?(?:i )?(?:had|got) (?:my |a |an )?(?:\w+ ){0,2}?(?:out|removed|surgery|operation|procedure)\b"
    r"|,? (?:porque |pq |xq )?(?:me (?:operaron|sacaron|quitaron)|tuve (?:una )?(?:cirugia|operacion))\b"
)
_THING_TAKEN = re.compile(r"\b(?:veneno|raticida|cloro|lejia|poison|bleach)\b")
# A stop that has ended: "la dejé el finde ... pero ya la retomé", "stopped it for the trip but im back on it".
_RESUMED = re.compile(
    r"\b(?:pero |y |but |and )?(?:ya (?:la|lo|las|los) (?:retome|volvi a tomar|estoy tomando (?:de nuevo|otra vez))"
    r"|(?:im|i m|i am) back on (?:it|them|my meds)|(?:started|starting) (?:it|them) (?:again|back up)"
    # refilled the next day: "se me acabaron el viernes pero la farmacia me las surtió el sábado"
    r"|(?:la farmacia )?me (?:las|los|la|lo) (?:surtio|surtieron|resurtio|dieron|entregaron))\b"
)


def _scan(matches, text: Text) -> list[tuple[str, int, int]]:
    """Return (kind, start, end) for the matches that are not negated."""
    found = []
    for m in matches:
        kind = m.lastgroup
        if kind in ("stopped", "missed") and _pronoun_for_other_thing(text, m):
            continue
        # a relative out of their own pills who asks for the patient's: "my sister ran out of her meds, can she use some of mine?"
        if kind in ("stopped", "stopped_for") and _SHARE_MINE.search(text.norm) and subject_is_other(text, m.start()):
            continue
        if kind == "stopped_for":
            dur = _DURATION_AT_END.search(m.group()) or _DURATION_AT_START.search(m.group())
            if _UNIT_FIRST.match(m.group()):  # "2 days without it": the count stands just before the match
                count = _COUNT_BEFORE.search(text.norm, max(0, m.start() - 14), m.start())
                dur = count and _DURATION_AT_START.search(count.group("n") + " " + m.group())
            short = dur is not None and _SHORT_DURATION.match(dur.group("dur").strip()) is not None
            if short and _WITHOUT.match(m.group()) and _WEEKDAY.match(dur.group("dur").strip()):
                short = False
            # a short spell told with what the pill did is a stop: "no la he tomado desde el lunes, me daba mucho mareo"
            kind = "missed" if short and not _SUPPLY_LOST.search(text.norm) and not _STOP_CAUSE_AFTER.match(text.norm, m.end()) else "stopped"
        if kind == "missed" and _is_hypothetical(text, m):
            continue
        # doses left out as the prescriber said are taken as prescribed: "skipped it on weekends like the dr said"
        if kind == "missed" and _SKIPPED_AS_TOLD.match(text.norm, m.end()):
            found.append(("taking", m.start(), m.end()))
            continue
        # a thing named before the "lo" is what would be taken: "ya tengo el veneno ..., si esto sigue así me lo tomo"
        if kind == "taking" and _THING_TAKEN.search(text.norm, max(0, m.start() - 80), m.start()) and " lo " in f" {m.group()} ":
            continue
        if kind == "stopped" and _asks_or_plans_refill(text, m):
            continue
        if kind == "taking" and _ASKS_WHEN.search(text.norm, text.clause_bounds(m.start())[0], m.start()) and "?" in text.norm[m.start():]:
            continue
        # a Spanish question opened with its mark: "¿me la tomo en la mañana o en la noche?"
        if kind == "taking" and text.norm[text.sentence_bounds(m.start())[0]:m.start()].lstrip(" .!?;\n").startswith("\u00bf") \
                and text.norm.startswith("?", text.sentence_bounds(m.start())[1]):
            continue
        if kind != "taking" and is_negated(text, m.start()) and not _answers_no(text.norm[:m.start()], m.group()):
            # "never forget it", "i haven't stopped": a denial of missing is taking it.
            found.append(("taking", m.start(), m.end()))
            continue
        found.append((kind, m.start(), m.end()))
    return found
