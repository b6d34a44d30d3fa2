"""SMS keywords, requests in words to stop the texts, and replies that carry no concern."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from .concerns import RECEIVED, THANKED_FOR
from .lexicon import CARED_FOR, MED_NAMES, RELATIONS
from .normalize import Text
from .scanner import Scanner

KEYWORDS: dict[str, str] = {
    **dict.fromkeys(
        ["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke",
         "parar", "baja", "cancelar", "detener"], "stop"),
    **dict.fromkeys(["start", "unstop"], "start"),
    **dict.fromkeys(["help", "info", "ayuda"], "help"),
}
# Only long keywords are safe to match loosely: "cancer" must never read as "cancel".
_LONG_KEYWORDS = tuple(k for k in KEYWORDS if len(k) >= 8)
_TRAILING = re.compile(r"[\W_]+$")
_COURTESY = re.compile(r"^(?:please|pls|plz|por favor)\W+|\W+(?:please|pls|plz|now|thanks|thank you"
                       r"|thx|por favor|gracias)$")
_INNER_GAPS = re.compile(r"[\s\-_.]+")

_STOP_REQUEST = Scanner([(
    "opt_out",
    # ("dont stop texting me", "no dejen de mandarme mensajes": asked to keep them coming)
    r"(?<!dont )(?<!don t )(?<!do not )(?<!never )(?:stop|quit|cease|no more|dont|do not|please dont|pls dont|never) (?:texting|text"
    r"|messaging|message|sending|send|contacting|contact|spamming|msging|txting)"
    r"(?: me)?(?! (?:my|the|about (?:my|the)) (?:refill|prescription|results))"
    # bothering and bugging only said to someone, at the head of a clause or after a plea: "please stop bugging me", "quit
    # bothering me" (not of a symptom: "my back pain finally quit bothering me")
    r"|(?:^|(?<=[.!?,;:] )|(?<=please )|(?<=pls )|(?<=plz )|(?<=just )|(?<=can you )|(?<=could you )|(?<=would you )|(?<=you to )"
    r"|(?<=ok )|(?<=so )|(?<=now ))(?:stop|quit|cease) (?:bothering|bugging|pestering|harassing) me\b"
    r"|stop (?:these|the|your|all|all the|all these|all of the|all of these|this) (?:texts?"
    r"|messages?|msgs?|reminders?|check ?ins?|notifications?|alerts?|spam)"
    r"|(?:take|remove|delete|drop|unsubscribe|unenroll|unenrol) (?:me|my (?:number|name|phone(?: number)?|cell|info))"
    r" (?:off|from|out of) (?:this|the|your|these|all|ur)"
    # the list left unnamed at the end, or the texts declined: "please take my number off", "id rather not get these anymore"
    r"|(?:take|remove|delete) my (?:number|name|phone(?: number)?|cell) off\b(?=\s*(?:[.!?,]|$|please|pls|thanks|thank you))"
    # ... or the texts wished to stop, passed on for the patient: "he wants these texts to stop coming"
    r"|(?<!dont )(?<!don t )(?<!do not )(?<!doesnt )(?<!does not )(?<!never )(?:want|wants|wanted|would like|d like) (?:these|the|your|all the|all these"
    r"|all your) (?:texts?|messages?|reminders?|check ?ins?) to stop\b"
    # ... or this number, passed on by whoever has it now: "she got a new phone, please take this number off your list"
    r"|(?:take|remove|delete) (?:this|that|the old|her old|his old|my old) (?:number|phone(?: number)?|cell(?: number)?) (?:off|from) (?:your|the|this|ur)"
    r" (?:list|texts?|messages?|system|program)\b"
    # ... or with no "off" at all: "whoever this is, remove my number"
    r"|(?:remove|delete|erase) my (?:number|phone(?: number)?|cell(?: number)?)\b(?=\s*(?:[.!?,]|$|please|pls|thanks|thank you|now))"
    r"|(?:d rather not|would rather not|prefer not to|rather not) (?:get|receive) (?:these|the texts|your texts|the messages|these texts|them) (?:anymore|any more)\b"
    # a carer asking for the relative: "please take my mom off this list" (the list named: "take my mom off the lithium" is the drug)
    r"|(?:take|remove|delete|drop|unsubscribe|unenroll|unenrol) (?:my (?:\w+ )?" + CARED_FOR + r"|him|her|them)"
    r" (?:off|from|out of) (?:this|the|your|these|ur) (?:list|texts?|messages?|program|reminders?|check ?ins?|service|mailing list|texting list)\b"
    # ("unsubscribe from life", "opt out of existing": a wish not to exist, not a request about the texts)
    r"|(?:unsubscribe|opt) me\b(?! (?:from|out of) (?:life|living|existence|existing|everything|this world|the world|being alive|humanity|la vida)\b)"
    r"|opt (?:me )?out\b(?! (?:of|from) (?:life|living|existence|existing|everything|this world|the world|being alive|humanity|la vida)\b)"
    r"|unsubscribe\b(?! (?:me )?(?:from|out of|to) (?:life|living|existence|existing|everything|this world|the world|being alive|humanity"
    # ... or from oneself: "would happily unsubscribe from being me"
    r"|reality|la vida|being me|being myself|being human|myself|me)\b)"
    r"|no more (?:texts?|messages?|msgs?|reminders?|check ?ins?)"
    r"|remove me\b(?! (?:from|off) (?:my|the) (?:meds?|medication|\w+ dose))"
    # "i want off this list", "wanna be off the texts"
    r"|(?:want|wanna|need|like) (?:out of|to leave|to exit|to be removed from|to get off|to be off|be off|off(?: of)?) (?:this"
    r"|the|your|these|ur) (?:program|texts?|list|service|messages?|reminders?)"
    r"|get me off (?:this|the|your|these|ur) (?:program|texts?|list|service|messages?|reminders?)"
    r"|(?:dont|do not|no|no longer|dont really|do not really) (?:want|need|wanna) (?:any more |anymore |these |the |your |those |ur )?(?:check ?ins? )?(?:texts?"
    r"|messages?|msgs?|txts?|reminders?|check ?ins?)(?! (?:to )?(?:stop|end|stopping|ending)\b)"
    r"|(?:want|like|wish|need) to (?:stop|quit|leave|cancel|end|unsubscribe from|opt out of"
    r"|get out of|be removed from) (?:the|these|this|your) (?:(?:mailing|texting|text|sms) list|texts?|messages?|program|check ?ins?"
    r"|reminders?|service|list)"
    r"|cancel (?:my |the |these |this )?(?:subscription|texts?|messages?|reminders?|check ?ins?)"
    r"|(?<!no )(?<!nunca )(?:dejen|deja|dejar) de (?:mandar|enviar|escribir|mandarme|enviarme|escribirme)"
    # "quiero dejar de recibir estos mensajes"
    r"|dejar de recibir (?:estos |esos |sus |tus |los |las )?(?:mensajes|textos|recordatorios|mensajitos)"
    r"|no mas (?:mensajes|textos|recordatorios)"
    # (... or passed on for the patient: "mi mama ya no quiere q le manden mensajes")
    r"|(?:no|tampoco) (?:quiero|deseo|quiere|desea) (?:seguir )?(?:recibir |recibiendo |(?:que|q|k) (?:me|le|les) (?:sigan )?(?:manden|envien|escriban|mandando|enviando|escribiendo) |(?:que|q|k) (?:me|le|les) (?:sigan )?(?:lleguen|llegando) )?(?:mas )?"
    r"(?:estos |esos |sus |tus |los |las )?(?:mas )?(?:mensajes|textos|recordatorios)"
    # ... or passed on for the patient: "dice que gracias pero que no quiere recibir más mensajes"
    r"|no (?:quiere|desea) (?:seguir )?(?:recibir|recibiendo) (?:mas )?(?:estos |esos |sus |los )?(?:mas )?(?:mensajes|textos|recordatorios)"
    # ... but not a thing other than texts: "no me manden la receta" is about the refill
    r"|(?:ya )?no (?:(?:me )?(?:manden|envien|escriban|mande|envie)|(?:le|les|nos) (?:manden|envien|escriban))"
    r"(?!(?: mas)? (?:la|el|los|las|mi|mis|su|sus|un|una) (?!(?:mensajes|textos|recordatorios|mensajitos)\b))"
    # ... nor mail to an old address: "ya me mudé, no manden nada a la casa vieja"
    r"(?! (?:nada|cosas|paquetes|correo|cartas|papeles)(?: mas)? (?:a|al|para|por) (?:la |el |mi |esa |esta |mis )?(?:casa|direccion|domicilio|depto"
    r"|departamento|apartamento|depa|oficina|trabajo|dire)\b)"
    r"(?: mas)?(?: mensajes)?"
    # the request put as an infinitive: "favor de ya no mandarme mensajes"
    r"|(?:ya )?no (?:mandarme|enviarme|escribirme|mandar|enviar)(?: mas)? (?:mas )?(?:mensajes|textos|recordatorios)"
    # "quiero salir" and "quiero cancelar" alone or of the texts; "quiero cancelar mi cita", "quiero salir a caminar" are not
    r"|(?:dar(?:me)?|darme|quiero darme|dadme|denme|deme|dame) de baja(?! (?:del|de la|de el|de mi|de su|de los|de las) (?!(?:programa|lista|servicio|mensajes|textos|recordatorios|sistema)\b)\w+)"
    # asked for a relative, the texts named: "quiero que la den de baja de los mensajes"
    r"|(?:que )?(?:la|lo|me|nos|los|las) (?:den|de|dé|des) de baja (?:de|del) (?:los |las |este |estos |el |la )?(?:mensajes|textos|recordatorios|programa|lista|servicio)\b"
    r"|quiero (?:salir|cancelar)(?=\s*(?:[.!?,;]|$)| (?:ya|todo|esto|de esto|por favor|porfa|gracias|(?:de|del|de la|de los|de estos|de estas|los|las|el|la|mi|mis)"
    r" (?:programa|lista|servicio|mensajes|textos|recordatorios|suscripcion)|de aqui)\b)"
    r"|(?:sac|saqu|quit|borr|elimin|baj)(?:arme|ame|eme|enme|anme|ame|ar) de (?:la|esta|estos|estas|los|su|tu|sus|este|el)"
    r" (?:lista|programa|servicio|mensajes|textos|recordatorios)"
    r"|cancelar (?:los )?mensajes|parar (?:los )?mensajes"
    # the texts told to stop, imperative: "ya paren los mensajes", "paren de mandar mensajes"
    r"|(?:paren|parenle|pare|parele|paren ya|pare ya) (?:ya )?(?:con )?(?:los|estos|esos|sus|tus|las|de (?:mandar|enviar)(?:me)?) (?:mensajes|textos|recordatorios|mensajitos)\b"
    # "quiero que me quiten de los mensajes"
    r"|(?<!no quiero )(?<!no quiere )(?:que|q) (?:me|la|lo|nos) (?:quiten|saquen|borren|eliminen) de (?:los |estos |las |la lista de (?:los )?)?"
    r"(?:mensajes|textos|recordatorios)\b",
)], suffix=r"\b")

# A stop request held to a time, an hour or a day asks for other times, not to leave: "stop texting me at
# 6am, can you do afternoons", "stop texting me so early", "dejen de mandarme mensajes a las 6", "stop texting
# me on weekends". Read right after the request, with no pause between; "stop texting me at all", "stop
# texting me, i'm done" and "ya no me manden mensajes, esta noche ..." stay requests to stop.
_NUMBER_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
_WEEKDAYS = (r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?"
             r"|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines? de semana)")
# ... and no check-in wanted at all outweighs the hour named: "stop texting me at 7am, no need to check on me".
_NO_CHECKS_WANTED = re.compile(
    r"\b(?:no need to|(?:you )?(?:dont|don t|do not) need to|no hace falta|no es necesario|no tienen que|no tienes que) (?:keep )?"
    r"(?:check(?:ing)? (?:in )?on me|check in|text(?:ing)? me|message me|preguntarme|escribirme|checarme)\b"
)
_AT_A_TIME = re.compile(
    r"(?: me)?(?: (?:these |those |the |your |los |sus |tus |mas )?(?:texts?|messages?|msgs?|reminders?|mensajes|textos|recordatorios)"
    r"| (?:these|those|them|em|estos|esos))?"
    r" (?:(?:so|this|that|too|super|really|tan|muy|bien) )?(?:"
    r"(?:early|late|temprano|de madrugada|de mananita|first thing)\b|tarde\b(?! o temprano)"
    r"|(?:at|before|after|around|til|till|until|a las|antes de las|despues de las|a eso de las|desde las) " + _NUMBER_WORD + r"(?:[:.]\d\d)?(?: ?(?:am|pm|a m|p m|hrs))?\b"
    r"|at (?:night|midnight|dawn|this hour|these hours|that hour|the crack of dawn|lunch|lunchtime)\b"
    r"|(?:in|during) the (?:mornings?|evenings?|night|middle of the night|day|week|workday)\b"
    r"|(?:every|each|on|on the|during|during the) (?:mornings?|nights?|evenings?|" + _WEEKDAYS + r")\b"
    r"|(?:a|de|en|por) (?:la|las|esa|esas|estas|esta) (?:manana|mananas|madrugada|noche|noches|hora|horas)\b"
    r"|(?:los|en|el|cada|en (?:el|los)) " + _WEEKDAYS + r"\b)"
)

# A warm word of address closes a thank-you as well: "ok thank you dear", "asere, recibido 👌", "gracias compa".
_ACK_WORDS = frozenset("""
ok okay k kk okk okie okey thanks thank thx ty tysm tyvm you u ya so much very gracias muchas
mil got it will do sounds good cool great perfect noted sure alright appreciate appreciated
de acuerdo vale listo entendido dale bueno perfecto again for the reminder message check in hi
doctora dra enfermera senora senor
hello hey hola lol haha have a nice day good dr doc doctor nurse bye see soon take care
understood roger yes yep np bless god muy amable igualmente buenas buenos dias tardes noches
recibido recibida enterado enterada saludos fine im doing well all i am bet sorted
cya ttyl thnx thanx tks
va licenciada licenciado lic
grax grx grasias set yesterday ayer
okas okis oki okii sm
okis oki okiss okidoki pues
dokey dokie doky okeydokey okiedokie
dear hon honey sweetie asere compa bro amigo amiga mija mijo tio tia che wey guey pana parce chamo
robot bot friend
ta bien mi
por el los recordatorio recordatorios mensaje mensajes aviso
""".split())
# The words news of a received refill is made of (``concerns.RECEIVED``).
_RECEIVED_WORDS = frozenset("""
got picked up received grabbed collected just already finally the my your it them a new refill refills prescription
prescriptions script rx meds medication medications pills message text reminder came arrived was ready went through
ya me llego llegaron recibi recogi surti pase por la las mi mis el los receta recetas medicina medicinas pastillas
medicamento medicamentos mensaje mensajes resurtido esta lista listo salio medicine
en farmacia pharmacy at from
a al walgreens cvs walmart costco kroger
""".split())
# Religious and warm closings thank as well: "God bless you and your staff 🙏", "que Dios la bendiga",
# "thank you for checking on me".
_BLESSING = re.compile(
    r"\b(?:(?:may )?god bless(?: you| u| yall| y all| you all| all of you| everyone)?(?: and (?:your|ur|the) (?:staff|team|family|nurses|office))?"
    r"|(?:que )?(?:dios|diosito|el senor) (?:te|la|lo|los|las|les|me los|me la|me lo|se lo|se la)? ?(?:bendiga|bendice|cuide|acompane|pague)"
    r"(?: (?:a usted|a todos|a ustedes|siempre|mucho))?"
    r"|bendiciones|blessings|god is good|praise (?:the lord|god)|gracias a dios|thank (?:the lord|god)|amen"
    # praise closes a thank-you: "u guys are lifesavers", "you're the best", "son unos angeles"
    r"|(?:you|u|y all|yall|you guys|u guys|you all|ustedes)(?: (?:are|r|re|son))? (?:all )?(?:the best|lifesavers?|life savers?|amazing|awesome"
    r"|angels|the greatest|los mejores|lo maximo|unos angeles|unos sol(?:es)?)"
    r"|(?:youre|you re|ur|your) (?:the best|a lifesaver|a life saver|amazing|awesome|an angel)"
    r"|(?:ustedes )?son (?:unos angeles|lo maximo|los mejores)"
    # (a bare "thanks for checking" too)
    r"|(?:for )?(?:checking|check) (?:in )?on me|(?:for|por) (?:checking in|checking|preguntar|estar al pendiente|su atencion|your (?:help|care|time)))\b"
)
# A see-you closes a thank-you as well: "ok sounds good, see u tuesday", "ok gracias, ahí nos vemos el martes".
_DAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lunes|martes"
         r"|miercoles|jueves|viernes|sabado|domingo)")
_SEE_YOU = re.compile(
    r"\b(?:see (?:you|u|ya|yall)|talk (?:to (?:you|u) )?(?:soon|then|later|tomorrow|tmrw|tmr|tmw)|(?:bye|goodbye|adios|chao|chau) for now|(?:ahi |alli |ahorita )?nos vemos|hasta (?:el|la|luego|pronto|manana"
    r"|entonces)"
    # "ahí estaré el lunes", "ill be there tuesday"
    r"|(?:ahi|alli|aca|aqui) (?:estare|estaremos|nos vemos)|(?:ill|i ll|i will|we ll|we will) be there)(?: (?:on the |on |el |la |this |next |el proximo |en la |at the |the |del |de la )?(?:" + _DAYS + r"|tomorrow|manana|then|soon|pronto|luego"
    r"|next week|la (?:otra|proxima) semana|semana|week|appointment|appt|visit|cita|consulta|next time|la proxima|proxima"
    r"|(?:at |a las )?\d{1,2}(?: \d\d)?(?: ?(?:am|pm|st|nd|rd|th))?"
    # the month of the next visit: "see you in june", "nos vemos en junio"
    r"|(?:in |en )(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|a (?:few|couple of) (?:weeks|months)|(?:two|three|\d) (?:weeks|months)"
    r"|(?:un|dos|tres) (?:mes|meses|semanas))))*\b"
)
_THANKS_ALL = re.compile(r"\b(?:gracias|muchas gracias|mil gracias|thanks|thank you|thank u) (?:por|for) (?:todo|everything)\b")
# An appointment confirmed is an acknowledgement: "confirming tuesday at 10, thanks", "confirmo mi cita del lunes".
_CONFIRMED = re.compile(
    r"\b(?:confirming|confirmed|confirm|confirmo|confirmado|confirmada|confirmando)(?: (?:my |mi |the |la |for |para |el |del )?"
    r"(?:appointment|appt|cita|consulta|visit|" + _DAYS + r"|tomorrow|manana|(?:at |a las )?\d{1,2}(?: \d\d)?(?: ?(?:am|pm))?))*\b"
)
# Help thanked for: "me ayudan un montón", "you guys help so much", "really appreciate you" (read only when
# "ayud", "help" or "apprec" is in the reply).
_THANKED_HELP = re.compile(
    r"\b(?:(?:me|nos) (?:ayudan|ayuda|ayudaron|ayudo|han ayudado|ha ayudado) (?:un monton|mucho|muchisimo|bastante|un chingo|tanto)"
    # what someone explained, thanked for: "me sirvió mucho lo que me explicó la enfermera"
    r"|(?:me|nos) (?:sirvio|sirvieron|ha servido|han servido) (?:mucho|muchisimo|bastante|un monton|de mucho)(?: (?:lo que|lo q) (?:me |nos )?"
    r"(?:explico|explicaron|dijo|dijeron|comento|recomendo) (?:la|el) (?:enfermera|enfermero|doctora|doctor|dra|dr|medico|medica|farmaceutic[oa]))?"
    r"|(?:you|u|you guys|u guys|y all|yall|you all) (?:help|helped|have helped|ve helped) (?:me |us )?(?:so much|a lot|a ton|tons"
    r"|more than you know)"
    # the program itself thanked: "this program has honestly helped me a lot", "estos mensajes me han ayudado mucho"
    r"|(?:this|the|these|your) (?:program|service|texts?|check ?ins?|reminders?|messages?)(?: (?:has|have|s|really|honestly|truly|genuinely|seriously))*"
    r" (?:helped|help|helps) (?:me |us )?(?:so much|a lot|a ton|tons|more than you know)"
    r"|(?:este|el) programa (?:me |nos )?(?:ha|han) (?:ayudado|servido) (?:mucho|muchisimo|bastante|un monton)"
    r"|(?:really |truly |so |very )?(?:appreciate|appreciated) (?:you|u|it|y all|yall|you guys|u guys|you all|everything|all you do"
    # a call already made: "appreciate the call back yesterday"
    r"|(?:the|your) (?:call ?back|callback|call|quick reply|reply)(?: (?:yesterday|today|this morning|last night))?))\b"
)
_THANKS_X = re.compile(r"\b(gracias|grax|grasias) x(?= )")
# A kindness in a hard time, thanked for to the end of the reply: "gracias por la tarjeta cuando murió mi mamá, significó mucho",
# "thank you for the flowers after my dad passed, meant a lot".
_THANKED_KINDNESS = re.compile(
    r"\b(?:thanks|thank you|thank u|thx|ty|gracias|muchas gracias|mil gracias)(?: (?:so|very) much| again| de nuevo)? (?:for|por|x) "
    r"(?:the|your|la|su|tu|sus|tus|las|el|los) (?:card|cards|flowers|note|kind words|words|condolences|tarjeta|tarjetita|flores|notita|nota"
    r"|palabras|condolencias|pesame|mensaje de pesame)\b[^.!?]{0,50}?"
    r"(?:[.,!]?\s*(?:(?:it|that|eso|esto) )?(?:significo|significa|meant|means|really meant) (?:mucho|muchisimo|a lot|so much|the world)"
    r"(?: (?:para mi|para nosotros|to me|to us))?)?(?=[^\w]*$)"
)
# The refill fetched by someone at home is news of it received: "my dad picked up the refill for me", "mi hija recogió la receta".
_FETCHED_BY_KIN = re.compile(
    r"\b(?:my|mi) (?:" + RELATIONS + r") (?:picked up|got|grabbed|collected|recogio|me recogio|fue por|paso por|surtio)"
    r" (?:the |my |mi |la |el |las |los |mis )?(?:refills?|prescriptions?|script|rx|meds|pills|receta|resurtido|medicina|medicinas|pastillas)"
    r"(?: (?:for me|por mi|ayer|yesterday|today|hoy))*\b"
    # ... or ready at the pharmacy, told beside the thanks: "walgreens on main had it ready"
    r"|\b(?:the )?(?:pharmacy|farmacia|cvs|walgreens|rite aid|walmart|costco|kroger)(?: (?:on|in|at|by|de|en) [a-z]+(?: (?:st|street|ave|avenue|rd|road))?)?"
    r" (?:actually |finally |already |ya )?(?:had|has|tenia|tiene) (?:it|them|em|la|las|lo|los) (?:ready|lista|listas|listo|listos)\b"
)
_THANKED_FOR = re.compile(r"\b" + THANKED_FOR + r"\b")
# Safe and among one's own, told beside a thank-you, answers the check-in: "gracias por preguntar, estoy a salvo y con mi familia".
_SAFE_AND_WELL = re.compile(
    r"\b(?:estoy|estamos|im|i m|i am|were|we re|we are) (?:a salvo|safe|safe and sound|sano y salvo|sana y salva)"
    r"(?: (?:y|and) (?:con|en|with|at|home with) (?:mi|my|la|the) (?:familia|family|casa|home|gente|people|kids|hijos))?\b"
)
# A carer's signature closes a thank-you as well: "ok thanks. - Rick's wife", "gracias, su esposa", "de parte de la
# familia de don Beto" (only at the very end, after a pause, and only a relation or a name introduced by "de parte de").
_SIGNED = re.compile(
    r"(?:[.,!]|\s-|^-)\s*-?\s*(?:(?:\w+s|his|her|their|su|sus) (?:" + RELATIONS + r")"
    r"|de parte de (?:(?:la familia|su (?:" + RELATIONS + r")|sus hijos) de )?(?:(?:don|dona|la senora|el senor|el|la) )?[a-z]+)"
    r"(?:\s*[^\w\s]+)?\s*$"
)
# An errand for the treatment done without trouble is news that asks nothing: "blood draw went fine, thanks for the
# reminder", "los análisis salieron bien, gracias".
_WENT_FINE = re.compile(
    r"\b(?:the |my |la |el |los |mis )?(?:blood draw|blood work|bloodwork|blood test|labs?|lab work|level check|toma de sangre|analisis|estudios"
    r"|examenes) (?:went|was|were|came back|salio|salieron|fue|fueron) (?:fine|well|ok|okay|good|great|smoothly|smooth|normal|bien|normales)\b"
)
# A carer's promise to pass the message on closes a thank-you as well: "ok thank u, ill tell him", "gracias, le aviso"
# (what follows it still counts: "ill tell him to stop taking it" is no acknowledgement).
_PASS_IT_ON = re.compile(
    r"\b(?:i ll|ill|i will|will|we ll|we will) (?:tell (?:him|her|them)|let (?:him|her|them) know|pass (?:it|that|this) (?:on|along))"
    # ... to the one named: "gracias, le digo a mi papá 👍"
    r"|\b(?:yo )?(?:le|les) (?:aviso|digo|paso el (?:mensaje|recado)|comento)(?: a (?:mi|mis|su|sus) (?:" + RELATIONS + r"))?(?=\s*[^\w\s]*\s*$)"
    # regards sent by someone at home close a thank-you as well: "gracias 👍 mi esposa le manda saludos", "my wife says hi"
    r"|\b(?:mi|my) (?:" + RELATIONS + r") (?:(?:le|les|te|lo|la) )?(?:manda|envia|sends|says) (?:(?:muchos|sus|her|his) )?"
    r"(?:saludos|regards|hi|hello|hola)(?: too| also| as well| tambien)?(?=\s*[^\w\s]*\s*$)"
)
_NAME_AFTER_TITLE = re.compile(r"\b(?:dr|doc|doctor|nurse|dra|ms|mr|mrs|miss)\.?\s+[a-z]+")
_WORDS = re.compile(r"[a-z]+")
_ACK_EMOJI = frozenset("\U0001F44D\U0001F64F\U0001F60A\U0001F642\u263A\u2764\U0001F44C\u2705"
                       "\U0001F600\U0001F603\U0001F604\U0001F601\U0001F495\U0001F917\U0001F389"
                       "\U0001F970\U0001F60D\U0001F4AA\u2600\U0001F31E"
                       # flowers and hearts close a thank-you as warmly: "mil gracias doctora 🌸"
                       "\U0001F338\U0001F337\U0001F339\U0001F33A\U0001F33B\U0001F33C\U0001F490"
                       "\U0001F496\U0001F497\U0001F49C\U0001F499\U0001F49A\U0001F49B\U0001F9E1\U0001F91D"
                       # a wave goodbye
                       "\U0001F44B"
                       # the robot the service is called, in kind: "thanks robot friend 🤖"
                       "\U0001F916")

# "None", "nope all good", "no side effects": an answer that reports nothing (and the diminutive: "ningunito", "nadita").
_NOTHING_TO_REPORT = re.compile(
    r"^\W*(?:nonee?|nopee?|nop|nahh?|nothing|nadaa?|ningun[oa][oa]?|ningunit[oa]|nadita|not really|zero|nothing really"
    r"|none so far|nothing at all|all good|todo bien|nothing new|no issues|no problems|sin novedad(?:es)?"
    r"|no complaints)\b"
    # the nothing after a greeting or a thanks: "bien gracias, nada", "good thanks, none"
    r"|^\W*(?:(?:bien|muy bien|fine|good|ok|okay|oki|todo bien|thanks|thank you|thx|gracias|muchas gracias)[\s,!.]+)+(?:nada|none|nothing|nope|ninguno|ninguna)\b(?=\W*$)"
    # nothing changed, beside the medicine kept: "still on the zoloft, no changes"
    r"|\bno (?:new )?changes\b(?=\s*(?:[.!,;]|$))|\bsin (?:ninguna )?novedad(?:es)?\b(?=\s*(?:[.!,;]|$))"
    # a Spanish "no" before a pronoun negates a verb ("no le veo caso a esta pastilla"),
    # unless what it denies is "nada" ("no me ha dado nada")
    r"|^\W*no\b(?! (?:le|me|te|se|lo|la|les|los|las|nos)\b(?![^.!?,;]*\bnada\b))"
    r"|\b(?:no|zero|without|sin|ningun|ningunos?) (?:other |new |more |further |otros? |nuevos? |mas )?(?:side effects?|issues|problems|complaints"
    r"|efectos?(?: secundarios?)?|problemas|molestias)\b|\bnothing else\b|\ball good\b"
    r"|\bno (?:new |other )?(?:symptoms|concerns)\b|\bfeeling (?:good|great|fine)\b"
    r"|\bnothing (?:new |else |much |more )?to (?:report|tell|add)\b|\bnada (?:nuevo |mas )?(?:que (?:reportar|contar|decir)|de nuevo)\b"
    # anywhere in the reply: "mato por unos tacos jaja. todo bien con la medicina", "gracias, todo en orden"
    r"|(?<!no )\btodo (?:bien|en orden|tranquilo|tranqui|normal|perfecto|de maravilla|chido|cool|chevere|chilero|bacan|fino|pura vida)\b|\bnada raro\b|\bnothing weird\b"
    r"|\b(?:ninguna|ni una|cero) molestias?\b|(?<!no )\b(?:ta )?to bien por (?:aqui|aca)\b|\b(?:otherwise|other than that|aside from that|besides that) (?:nothing|all good|fine|good)\b"
    r"|\bya no me duele nada\b"
    # the answer passed on by someone beside them: "mi esposo dice que ni una", "he says none"
    r"|\b(?:dice|dijo|says|said) (?:que )?(?:ni una|ninguna|ninguno|none|nothing)(?=\s*(?:[.!?,;]|$))"
    # nothing from the pill, beside what is the day's: "wiped after a double at the restaurant, but nothing from the meds"
    r"|\b(?:but|pero) (?:(?:nothing|nada)(?: (?:from|de|del))? (?:the |my |la |las |mis |el |los )?(?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?|" + MED_NAMES + r")"
    r"|(?:de|del|from) (?:the |my |la |las |mis |el |los )?(?:meds|med|pills?|medications?|medicine|pastillas?|medicinas?) (?:nada|nothing))\b"
    r"|\befectos?(?: secundarios?)? (?:ninguno|ningunos|nada|cero)\b"
    # the writer or the pill said to be fine beside other news: "yo bien con el depakote", "la sertralina bien", "yo to bien",
    # "yo tranquila con mi pastilla", "fuera de eso bien" ("yo bien mal" is not fine)
    # (the writer said fine only with the pill or an "all": "yo bien, asustada" after a neighbour's violence is still read by a person)
    r"|\b(?:(?:la|las|mi|mis) (?:pastillas?|medicinas?|medicacion)|(?:el|mi) medicamento|fuera de eso|aparte de eso|por lo demas"
    r"|(?:la|el) (?:" + MED_NAMES + r"))(?: (?:ta|esta|va|van|sigue|siguen))? (?:bien|perfect[oa]|de maravilla|genial|excelente|todo bien)"
    r"(?=\s*(?:[.!?,;]|$)| (?:gracias|jaja\w*|y|eh|po|nada|sin)\b)"
    # "ya llevo una semana con ella y sin problema"
    r"|\b(?:y |todo )?sin (?:ningun )?problemas?(?=\s*(?:[.!?,;]|$))"
    r"|\byo (?:to|toy|todo) bien\b|\byo (?:ando |sigo |estoy |me siento )?(?:bien|tranquil[oa]) con (?:el|la|los|las|mi|mis) (?:pastillas?|medicinas?"
    r"|medicamentos?|medicacion|tratamiento|" + MED_NAMES + r")\b|\beverything(?: is|s)? (?:good|fine|ok|okay|in order)\b"
)


def whole_message_keyword(raw: str) -> str | None:
    """Return 'stop', 'start' or 'help' when the whole message is a keyword."""
    if len(raw) > 40:  # keywords are single words; skip the folding work for sentences
        return None
    text = fold_keyword(raw)
    if not text:
        return None
    if text in KEYWORDS:
        return KEYWORDS[text]
    bare = _TRAILING.sub("", _COURTESY.sub("", text))
    if bare in KEYWORDS:
        return KEYWORDS[bare]
    squeezed = _INNER_GAPS.sub("", text)
    if squeezed in KEYWORDS:
        return KEYWORDS[squeezed]
    return _fuzzy_keyword(squeezed)


def fold_keyword(raw: str) -> str:
    """Return the message trimmed, lower-cased, accent-free, without trailing punctuation."""
    folded = unicodedata.normalize("NFD", raw.strip().lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _TRAILING.sub("", folded)


@lru_cache(maxsize=4096)
def _fuzzy_keyword(word: str) -> str | None:
    """Return the keyword a long misspelt keyword stands for ("unsubcribe"), else None."""
    if len(word) < 7 or not word.isalpha():
        return None
    limit = 1 if len(word) <= 8 else 2
    for keyword in _LONG_KEYWORDS:
        if OSA.distance(word, keyword, score_cutoff=limit) <= limit:
            return KEYWORDS[keyword]
    return None


def stop_request(text: Text) -> tuple[int, int] | None:
    """Return the span of a request in words to stop the texts, if any."""
    norm = text.norm
    pos = 0
    while (m := _STOP_REQUEST.search(norm, pos)) is not None:
        if not _AT_A_TIME.match(norm, m.end()) or _NO_CHECKS_WANTED.search(norm, m.end()):
            return m.span()
        pos = m.end()
    return None


def is_acknowledgement(text: Text) -> bool:
    """Return True for "ok", "thanks!", "👍", "thank u dr patel 🙏" and the like."""
    norm = _BLESSING.sub(" ", text.norm)
    if "ayud" in norm or "help" in norm or "apprec" in norm or "sirv" in norm or "servi" in norm:
        norm = _THANKED_HELP.sub(" ", norm)
    if "see " in norm or "vemos" in norm or "hasta " in norm or "talk " in norm or " for now" in norm or "estare" in norm \
            or "be there" in norm:
        seen = _SEE_YOU.sub(" ", norm)
        # thanks for everything is a sign-off only beside a see-you ("gracias por todo" alone may be a farewell)
        norm = _THANKS_ALL.sub(" ", seen) if seen != norm else seen
    if "confirm" in norm:
        norm = _CONFIRMED.sub(" ", norm)
    if "thank" in norm or "gracias" in norm or "thx" in norm:
        norm = _THANKS_X.sub(r"\1 por", norm)  # "gracias x el recordatorio": "x" texted for "por"
        norm = _THANKED_FOR.sub(" ", _SAFE_AND_WELL.sub(" ", norm))
        norm = _FETCHED_BY_KIN.sub(" ", _THANKED_KINDNESS.sub(" ", norm))
    norm = _WENT_FINE.sub(" ", _SIGNED.sub(" ", norm))
    if "tell" in norm or "let" in norm or "pass" in norm or "le" in norm or "my " in norm:
        norm = _PASS_IT_ON.sub(" ", norm)
    if norm != text.norm and not norm.strip(" .,!~-:;)(*"):
        return True  # "God bless!", "bendiciones", "see you tuesday"
    norm = _NAME_AFTER_TITLE.sub(" ", norm)
    if norm != text.norm and not norm.strip(" .,!~-:;)(*"):
        return True  # "appreciate the call back this morning, Dr. Ruiz"
    words = _WORDS.findall(norm)
    others = [w for w in words if w not in _ACK_WORDS]
    if others and all(w in _RECEIVED_WORDS for w in others):
        # "thanks, got the refill": news of a refill or message received thanks as well
        norm = RECEIVED.sub(" ", norm)
        words = _WORDS.findall(norm)
        if not norm.strip(" .,!~-:;)(*"):
            return True  # "gracias por la receta, ya la recogí": nothing left but the news
    rest = [c for c in _WORDS.sub("", norm) if not c.isspace() and c not in "!.,?~-:;)(*\u00a1\u00bf"]  # "¡gracias!"
    if not words:
        return bool(rest) and all(c in _ACK_EMOJI for c in rest)
    return all(w in _ACK_WORDS for w in words) and all(c in _ACK_EMOJI for c in rest)


_YES_WORDS = frozenset({"yes", "yeah", "yea", "yep", "yup", "si", "sip", "ya"})


def affirms(text: Text) -> bool:
    """Return True when the reply says yes ("yes", "yep 👍", "sí")."""
    return any(w in _YES_WORDS for w in _WORDS.findall(text.norm))


def reports_nothing(text: Text) -> bool:
    """Return True when the reply says there is nothing to report."""
    return _NOTHING_TO_REPORT.search(text.norm) is not None
