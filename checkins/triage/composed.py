"""Crisis statements read by composing small concept lexicons rather than listing sentences.

A reply earns a match when a *frame* (desire, intent, plan, preparation, rumination,
"would be better if") governs a *target* (death, nonexistence, self-harm, overdose)
within a few words of the same clause, in English or Spanish. New combinations
("hoping to just vanish", "planeando dejar de existir") are caught without listing
them. Each target carries its own scope guard, so "disappear into a good book",
"vanish from the group chat" or "desaparecer de las redes" stay harmless. Matches are
handed to ``find_crisis``, which applies the usual negation, third-party, topic and
past guards; every pattern runs on normalised text (see ``normalize.py``).
"""

from __future__ import annotations

import re

from .lexicon import MED_REF, alt
from .scanner import Scanner

# Up to ``n`` words that stay inside one clause.
def _gap(n: int) -> str:
    return r"(?:(?!(?:dont|not|never|doesnt|didnt|wont|cant|no|nunca|ni|nothing)\b)[a-z0-9#]+ ){0," + str(n) + "}?"


# ---------------------------------------------------------------- English
# Desire, intent, plan, rumination and "better if" frames.
FRAME_EN = alt([
    "want", "wants", "wanted", "wanting", "wanna", "wish", "wishes", "wishing", "hope",
    "hoping", "rather", "prefer", "ready", "planning", "plan", "plan on", "going", "gonna",
    "about", "should", "need", "deserve", "tempted", "longing", "praying", "pray",
    "thinking", "thinkin", "think", "thought", "thoughts", "idea", "fantasize", "fantasizing",
    "dream", "dreaming", "keep thinking", "cant stop thinking", "obsessing", "on my mind",
    "better", "easier", "best", "nicer", "peaceful", "relief",
    "looking up", "looked up", "googling", "googled", "researching", "searching",
    "decided", "deciding", "time", "urge", "urges", "lowkey", "kinda", "would", "could",
])
# Death and nonexistence: the same concept in many words. Guards stop idioms.
_FREE = r"(?=\s*(?:$|[.!?,;:)]|and |or |but |so |tbh|lol|honestly|rn|tonight|today|soon|already|anymore|any more|forever|for good|permanently|please|\W))"
TARGET_EN = alt([
    r"di+e+\b(?! (?:my|it|the|her|his|hair|them|for|without|from|than|on me|down|out|off|young|happy|old|laughing|of (?:laughter|laughing|embarrassment|boredom)|laughing))",
    r"dying\b(?! (?:for|to|of (?:laughter|boredom|embarrassment)|laughing|my))",
    r"be dead", r"being dead", r"my (?:own )?death",
    r"(?:vanish|vanishing|disappear|disappearing|be gone|being gone|fade away|fading away)"
    r"(?! (?:from|into|in|for (?:a|an|the|one|two|few|\d)|to (?:the|my|a)|on|at|with|under|of the|until|till|tho|by \d)\b)"
    + _FREE,
    r"not (?:be|being) (?:here|around|alive)(?! (?:for|on|at|when|this|next|tomorrow|today)\b)",
    r"(?:not|stop|cease|ceasing|ceased|quit) (?:to )?exist(?:ing)?\b",
    r"sleep forever(?! (?:on|with|after|because|from|when|if|these|this|in)\b)", r"(?:go to |fall )?sleep (?:for good|permanently)\b", r"(?:not|never) wak(?:e|ing) up\b(?! (?:on time|early|in time|at|before|for)\b)",
    r"check(?:ing|ed)? out (?:permanently|for good|forever|of (?:life|this world|here))",
    r"end(?:ing)? (?:it|things|everything|my life|it all)\b(?! (?:with|between|for (?:him|her|them)))",
    r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|off|offing) myself\b",
    r"unaliv\w*", r"kms\b", r"ctb\b", r"suicide\b", r"overdos\w*",
])

# Taking a whole supply at once, in either language; food and drink stay harmless.
_INGEST = alt([
    "took", "take", "taking", "swallowed", "swallow", "swallowing", "downed", "popped",
    "me tome", "tome", "me trague", "trague", "me tomo", "tomarme", "me bebi",
    "he tomado", "me he tomado", "he tragado", "me he tragado", "ate", "me comi",
])
_TOTAL = alt([
    "everything", "all", r"the whole(?! (?:pill|tablet|capsule|dose|one)\b)", r"the entire(?! (?:pill|tablet|capsule|dose)\b)",
    "the rest", "every pill", "every last",
    r"a (?:whole |full )?(?:bottle|box|pack|handful|month)", r"\d{2,}",
    "todo", "todas", "todos", "toda", r"(?:un|una|el|la) (?:frasco|caja|bote|botella|tira|blister|paquete)",
])
_NOT_PILLS = (
    r"(?![^.!?]{0,30}\b(?:galletas|chocolates?|dulces|cereal|leche|jugo|pizza|donas|helado|cerveza"
    r"|vino|refresco|agua|te|cafe|sopa|comida|cookies|chips|candy|water|wine|beer|coffee|tea|soda"
    r"|juice|food|dinner|pizza|cake|day off|selfies?|credit|blame|class|course)\b)"
)
OVERDOSE = (
    _INGEST + r" " + _TOTAL + r"\b" + _NOT_PILLS
    + r"[^.!?]{0,35}?\b(?:" + MED_REF + r"|pill ?(?:box|organizer|case)|pastillero|at once|in one go"
    r"|de golpe|de una vez|enteros?|enteras?|at the same time)\b"
    r"|(?:(?:la|mi|my) (?:dosis|dose)) (?:dos|tres|cuatro|\d) (?:veces|times)\b(?= (?:hoy|today|seguidas|in a row))"
    r"|(?:fueron|eran|tome|me tome|took) (?:demasiadas|too many) (?:pastillas|pills|dosis|doses)"
)

# Preparations said with a participle: "pills saved up for when", "pastillas guardadas para cuando".
PREPARATION = (
    r"(?:" + MED_REF + r") (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|ahorrad[oa]s|acumulad[oa]s|saved|stashed|hidden|hoarded)"
    r"(?: up)? (?:para cuando|para el dia|for when|for the day)"
)

# Harm to someone else: intent + violent act + a person or their body.
HARM_OTHER = (
    r"(?:gonna|going to|will|im going to|ill|i ll|want to|wanna|about to|voy a|quiero|le voy a)\s+"
    r"(?:smash|bash|beat|break|punch|kick|slam|stab|cut|hit|choke|strangle|romper|partir|golpear)"
    r"\s+(?:in\s+)?(?:his|her|their|your|the|su|la|le)\s+(?:face|head|skull|neck|throat|teeth|cara|cabeza|madre)\b"
)

# ---------------------------------------------------------------- Spanish
FRAME_ES = alt([
    "quiero", "quisiera", "kiero", "deseo", "desearia", "ojala", "pienso", "pensando", "pense",
    "he pensado", "pensar", "ganas de", "me gustaria", "prefiero", "preferiria", "voy a",
    "lista para", "listo para", "seria mejor", "es mejor", "estaria mejor", "mejor",
    "busque", "buscando", "busco", "formas de", "maneras de", "como", "planeo", "planeando",
    "no dejo de pensar en", "intente", "intento", "trate de", "a veces", "necesito", "sueno con",
])
TARGET_ES = alt([
    r"morir(?:me)?\b(?! de (?:risa|hambre|sueno|calor|frio|ganas|verguenza|aburrimiento|nervios|miedo|sed|cansancio|amor))",
    r"mi muerte", r"desaparecer(?! (?:de|del|un|una|unos|unas|por|en|este|esta|hasta|mientras|\d+|el (?:finde|fin|puente|sabado|domingo))\b)",
    r"dejar de (?:existir|vivir)", r"no (?:existir|despertar(?:me)?|vivir)\b",
    r"irme (?:para siempre|de este mundo|de aqui para siempre)", r"quitarme la vida",
    r"matarme", r"suicidarme", r"acabar con (?:todo|mi vida)(?! (?:el|la|lo) )",
    r"no (?:estar|seguir) (?:aqui|viv[oa]|en este mundo)", r"no haber nacido",
    r"dormir(?:me)? para siempre", r"ahorcar(?:me)?\b", r"ahogarme\b(?! (?:de|en (?:trabajo|deudas|tareas|problemas|pendientes)))", r"envenenar(?:me)?\b", r"tirarme\b",
    r"cortarme\b(?! el (?:pelo|cabello|fleco))", r"hacerme dano",
])
# "me intenté ahorcar": the clitic before the verb.
ATTEMPT_ES = (
    r"me (?:intente|trate de|quise|iba a|voy a|quiero|qiero|kiero|quisiera|quiera) (?:ahorcar|matar|suicidar|envenenar|cortar las venas|tirar de|tirar del)"
    # ... not a symptom said to be about to kill one: "me dijeron q me iba a matar la náusea"
    r"(?! (?:el|la|los|las) (?:nauseas?|dolor|mareos?|calor|frio|sueno|hambre|trafico|trabajo|efectos?|pastillas?|medicinas?|ansiedad|cabeza|diarrea"
    r"|comezon|picazon|sed)\b)"
)

# The alternatives, each from a word start; ``COMPOSED`` finds them.
COMPOSED_PATTERN = (
    FRAME_EN + r"\b[^.!?;]{0,4}?\s*(?:to |2 |of |about |bout |on |that i |if i |i |i could |i can |i would |i should |just |to just |i just |being |me )*"
    + _gap(2) + TARGET_EN
    + r"|" + FRAME_ES + r" " + r"(?:en |que |a |de |la |el |mucho |solo |ya |nomas |simplemente |formas de |maneras de |como |mejor )*" + _gap(1) + TARGET_ES
    + r"|" + OVERDOSE + r"|" + PREPARATION + r"|" + HARM_OTHER + r"|" + ATTEMPT_ES
    + r"|(?:ceasing|ceased) to exist|stop existing|dejar de existir|no haber nacido"
    + r"|(?:dont|doesnt|do not|does not|not) (?:plan|planning|expect|expecting) (?:on|to) (?:be|being)"
    r" (?:here|around|alive) (?:much )?(?:longer|for long|anymore)"
)
COMPOSED = Scanner([("open", COMPOSED_PATTERN)])


# ---------------------------------------------------------------- scope guards
# Whatever rule found it, a nonexistence word aimed at a place, a time span or an
# activity is an ordinary wish: "disappear for the weekend", "desaparecer un rato del trabajo".
_NONEXIST_END = re.compile(
    r"(?:disappear|disappearing|vanish|vanishing|be gone|being gone|existing|exist|desaparecer"
    r"|irme|ir)$"
)
_PLACE_OR_SPAN = re.compile(
    # (a pause may come first: "i just want to disappear... to a beach in cancun")
    r"(?:\s*(?:\.\.+|\u2026)\s*|\s+)(?:for (?:a|an|the|one|two|few|couple|\d+|some)\b|into\b|from\b(?! (?:this|the) (?:world|earth|planet|life)\b)|under\b"
    r"|to (?:a|the|my)\b"
    r"|at (?:this|my|the|work)\b|on (?:vacation|holiday|a trip|social media|insta\w*|facebook|fb|tiktok|twitter|snap\w*|the internet)\b"
    r"|online\b|off (?:the(?! face of)|social|to)\b"
    r"|un (?:rato|tiempo|ratito|dia|fin)\b|una (?:temporada|semana)\b|por un\b|unos dias\b|del\b"
    r"|de (?:la|las|el|los|mi|mis|este trabajo|vacaciones|viaje)\b|de (?:este|ese|esta|esa) (?!mundo\b|vida\b|planeta\b)\w+|a (?:la|el|mi) \w+\b"
    # something made to disappear: "quisiera desaparecer estas ojeras"
    r"|(?:estas?|estos?|esas?|esos?|mis|las|los|these|those) \w+)"
)
# Ingesting a whole box of something that is food or drink, or the usual daily doses.
_INGEST_START = re.compile(
    r"(?:took|take|taking|swallowed|downed|popped|me tome|tome|me tomo|tomo|me trague|trague|me bebi|(?:me )?he (?:tomado|tragado))\b"
)
_FOOD = re.compile(
    r"[^.!?]{0,30}?\b(?:galletas|chocolates?|dulces|cereal|leche|jugo|pizza|donas|helado|cerveza|vino"
    r"|refresco|agua|sopa|comida|cafe|te|cookies|chips|candy|water|wine|beer|coffee|tea|soda|juice|food|coca|coca cola|pepsi|sprite|gatorade"
    r"|latte|lattes|frappuccino|frappe|smoothie|boba|espresso|espressos|red bull|energy drinks?)\b"
)
# ... not a drink the pills went down with: "me tomé como 20 de las de dormir con una cerveza"
_WASHED_DOWN = re.compile(r"\b(?:con|with|w) (?:un |una |el |la |unas |unos |a |some |my |mi )?\w+$")
_ROUTINE_DOSE = re.compile(
    r"[^.!?]{0,30}?\b(?:like always|as usual|like usual|same as always|as (?:prescribed|directed)|like (?:im|i am) supposed to|como siempre"
    r"|como (?:me )?(?:indico|indicaron|dijeron|receto)|como debe ser|todos los dias|cada (?:dia|manana|noche)|a diario|diariamente|daily"
    r"|una (?:al|por) dia|one a day|one per day|como corresponde"
    r"|this (?:week|month)|(?:esta|la) semana|este mes|at night|in the morning|at bedtime|before bed|with (?:breakfast|dinner|food)"
    r"|(?:each|every) (?:night|morning|day)|(?:en|por|a) la (?:noche|manana)|con (?:el desayuno|la cena|comida)"
    # "took all my meds today ✅": the day's doses, said as done
    r"|today(?=\s*(?:[.!\u2705\U0001F44D\U0001F642\U0001F60A]|$| like| as| on time| no problem))|on time|on schedule|a tiempo|a su hora"
    r"|like a good (?:girl|boy|patient))\b"
)
_ALARMING = re.compile(
    r"[^.!?]{0,40}?\b(?:at once|in one go|de golpe|de una vez|de un jalon|de un trago|enter[oa]s?|whole bottle|on purpose"
    r"|a proposito|doubl\w*\b(?![ -]?check)|tripl\w*|by mistake|by accident|el doble|el triple|de mas|too many|too much|mas de la cuenta"
    r"|[1-9][0-9]+|diez|quince|veinte|treinta|ten|fifteen|twenty|thirty"
    # what is left of a supply: "took the rest of the bottle before bed"
    r"|the rest|el resto|lo que quedaba|whole bottle|whole box|todo el frasco|toda la caja|juntas|juntos|all together)\b"
)
# A day's dose taken again and again: "took my pills like 4 times today".
_TIMES_TODAY = re.compile(
    r"\b(?:[3-9]|three|four|five|six|several|multiple|tres|cuatro|cinco|varias) (?:times|veces)"
    r" (?:today|tonight|this morning|this afternoon|in a row|in an hour|hoy|esta manana|seguidas)\b"
)
_PILLS = re.compile(r"\b(?:pills?|pastillas?|tabletas?|pildoras?|capsulas?|meds|" + MED_REF + r")\b")
# Preparation words about an errand: "pills saved up for the trip".
_PREP_END = re.compile(r"(?:saved|stashed|stockpiled|hidden|guardad[oa]s|juntad[oa]s)(?: up)?$")
_ERRAND = re.compile(r"\s+(?:for|para) (?:the |my |a |el |la |mi )?(?:trip|travel|vacation|holiday|flight|refill|viaje|vacaciones|vuelo)\b")
# An everyday cut or burn on one body part: "me quemé la mano con el sartén".
_CLITIC_HARM_END = re.compile(r"(?:me (?:corte|queme|corto|quemo|he cortado|he quemado)|cortarme|quemarme)$")
_INCIDENTAL_PART = re.compile(
    r"(?:\s+(?:un poco|un poquito|poquito|tantito|feo|bien feo|sin querer))?"
    r"\s+(?:el|la|las|los|un|una) (?:pelo|cabello|unas|fleco|dedo|mano|pie|rodilla|lengua|labio|tobillo|codo|barba|flequillo)\b"
    # the chore named: "me corté rasurándome las piernas", "me he cortado ... pelando patatas"
    r"|(?:\s+(?:el|la) (?:brazo|pierna|mano|dedo|pulgar|muneca))?\s+(?:rasurandome|afeitandome|depilandome|cocinando|pelando|picando|rebanando"
    r"|planchando|haciendo (?:de )?comer|en la cocina)\b"
    # any tool at a chore: "me quemé con el encendedor prendiendo las velas", "casi me corto con el cuchillo pelando papas"
    r"|\s+con (?:el|la|un|una) \w+(?: de cocina)? (?:pelando|picando|cocinando|cortando|rebanando|prendiendo|encendiendo|planchando|haciendo)\b"
    r"|(?:\s+con (?:el|la|un|una) \w+)?\s+al (?:rasurarme|afeitarme|depilarme|cocinar|pelar|picar|cortar|abrir)\b"
    # or on a kitchen or household tool, the body part named or not: "me quemé con el comal haciendo tortillas",
    # "me quemé el brazo con el horno haciendo arepas"
    r"|(?:\s+(?:un poco|un poquito|poquito|tantito|feo))?(?:\s+(?:el|la) (?:brazo|pierna|muneca|panza|cara|cuello))?\s+con (?:el|la|los|las|un|una) (?:comal|sarten|plancha|horno|estufa|olla"
    r"|aceite|agua caliente|vapor|cafe|sopa|parrilla|asador|rizador|tenazas?|secadora|cuchillo de cocina|abrelatas|tijeras de cocina|mandolina"
    # a shaver is for shaving: "me corté con la rasuradora esta mañana"
    r"|rasuradora|afeitadora|maquina de afeitar|maquinita de afeitar"
    r"|pelador|pelapapas|rallador|licuadora|lata)\b"
    # the sun at the beach: "me quemé todito con el sol"
    r"|(?:\s+(?:todo|toda|todito|todita|bien feo|feo|horrible|la espalda|los hombros|la cara)){0,2}\s+(?:con el sol|en la playa|asoleandome|en la alberca)\b"
    # broken glass from an accident named: "me corté con el vidrio de la ventana que rompió el balón"
    r"|\s+con (?:el|la|un|una) (?:vidrio|cristal|clavo|alambre|espina)\b(?= (?:de|del) (?:la |el |una |un )?(?:ventana|vaso|puerta|carro|mesa|foco"
    r"|plato|botella|lampara|espejo)\b| (?:que|q) (?:se )?(?:rompio|quebro|cayo|estrello))"
)
# Not existing has no holiday in it: "stop existing for a while" is still a wish not to exist.
_EXIST_END = re.compile(r"(?:existing|exist|existir)$")
_SPAN = re.compile(r"\s+(?:for (?:a|an|one|two|few|couple|\d+|some)\b|un (?:rato|tiempo|ratito)\b|una temporada\b|por un\b|unos dias\b)")
# "... for a while, or forever": the span was no limit after all.
# "... or forever", or said again after a break: "disappear for a while. permanently"
_OR_FOREVER = re.compile(
    r"[^!?]{0,30}?(?:\b(?:or|maybe|o|tal vez) (?:just )?|[.,;] *)(?:forever|for good|permanently|para siempre)\b"
    # ... or the place said to be meant: "desaparecer del mapa pero de verdad, no de vacaciones"
    r"|[^.!?]{0,20}?\b(?:pero|but) (?:en serio|de verdad|for real|like for real)\b"
    # ... or with no one to look for one ever again: "desaparecer del mapa y que nadie me busque nunca más"
    r"|[^.!?]{0,30}?\by (?:que )?nadie me (?:busque|encuentre|extrane) (?:nunca mas|jamas|nunca)\b"
)
# A head hit in a faint or a fall: "me desmayé en el baño, me pegué en la cabeza".
_BUMPED = re.compile(r"me (?:pegue|pego|golpee|golpeo) (?:en|contra)\b|(?:hit|bumped|banged|smacked|cracked) my head\b")
_FALL_BEFORE = re.compile(r"\b(?:desmay\w*|me cai|caerme|resbal\w*|tropec\w*|fell|fainted|passed out|slipped)\b")
# A bare "ya no aguanto" after a symptom is said of the symptom: "no me puedo quedar quieto, camino todo el día, ya no aguanto".
_CANT_STAND = re.compile(r"(?:ya )?no (?:aguanto|puedo|soporto)(?: mas)?|(?:i )?(?:cant|can t|cannot) (?:take|stand|handle) (?:it|this) (?:anymore|any more)")
_SYMPTOMS = (
    r"(?:quiet[oa]|inquiet\w*|dolor\w*|duele\w*|nausea\w*|mare\w*|comezon|picazon|sudor\w*|insomnio|no (?:puedo|logro) dormir|restless\w*"
    r"|pain|itch\w*|dizz\w*|sweat\w*|nause\w*|headaches?|migran\w*|temblor\w*|shak\w*|tremor\w*|vomit\w*|diarrea|acidez|ardor"
    # ... or the weather: "el frío en Puebla y sin gas en la casa, ya no aguanto"
    r"|frio|calor|heat|humedad)\b"
)
_SYMPTOM_BEFORE = re.compile(r"\b" + _SYMPTOMS)
# ... or the symptom named right after: "cant take it anymore with this nausea"
_SYMPTOM_AFTER = re.compile(
    r"\s*,?\s*(?:with|from|because of|bc of|cuz of|con|por) (?:(?:this|the|these|my|all this|all the|esta|este|estas|estos|el|la|los|las|tanto|tanta) )?"
    r"(?:\w+ )?" + _SYMPTOMS
)
_LIFE_AFTER = re.compile(r"[\s,.]*(?:(?:la|mi|esta) vida|vivir|seguir|quiero morir|me quiero morir|con todo)\b")
# Goodbyes said on retiring or leaving a job, or in a dream: "retired today! said goodbye to everyone", "vivid dreams,
# last one i was saying goodbye to everyone at an airport". Dreaming *of* saying goodbye is a wish, not a dream told.
_GOODBYE = re.compile(r"\b(?:goodbyes?|adios|despedi\w*|despido|farewell)\b")
_LEFT_A_JOB = re.compile(
    r"\b(?:retir(?:e|ed|ing|ement|es)|me jubil\w*|se jubil\w*|jubilacion|last day (?:at|of) (?:work|the job|teaching|school|my job)"
    r"|ultimo dia (?:de|en (?:el|la)) (?:trabajo|chamba|jale|oficina|empresa|escuela|laburo|curro|pega)"
    # a last day at any place of work: "mañana es mi último día en la panadería" (not "en este mundo")
    r"|(?:ultimo dia|last day) (?:en|at) (?:la |el |mi |my |the |this |esta |este )?(?!(?:mundo|world|tierra|earth|vida|life)\b)\w+"
    r"|farewell (?:party|lunch)|handed in my (?:keys|badge|notice)"
    # a job quit or a program finished: "finally quit my awful job", "hoy terminó el programa de terapia de grupo"
    r"|quit (?:my|the) (?:\w+ )?job|left my (?:\w+ )?job|renunci(?:e|o) (?:a|al|a la|a mi)\b|me sali del (?:trabajo|jale|curro|laburo)"
    r"|termino el (?:programa|grupo|curso|taller)|(?:ultima|last) (?:sesion|session|class|clase)|(?:program|group|course) (?:ended|is over|finished)"
    # a contract that runs out: "my contract at the depot ends friday"
    r"|(?:contract|assignment|gig|internship|contrato) (?:at (?:the )?\w+ )?(?:ends|is ending|ended|runs out|termina|se acaba))\b"
)
_DREAM_BEFORE = re.compile(r"\b(?:dreams?|dreamt|dreamed|nightmares?|pesadillas?|sone|sonaba|en el sueno|en mi sueno)\b")
# A dream told: "anoche soñé q me moría y me desperté riéndome", "dreamt i died and woke up laughing".
_DREAMT = re.compile(
    r"\b(?:sone|dreamt|dreamed|had a dream|tuve un sueno)(?: that| que| q| donde| where)?(?: i| yo)?(?: was| estaba)?\s*$"
    # dreams or nightmares told as the side effect they are: "these dreams where im killing people", "nightmares about shooting people"
    r"|\b(?:dreams?|nightmares?|pesadillas?|suenos?) (?:where|in which|about|of|that|donde|de que|en (?:las|los) que) (?:(?:i m|im|i am|i was|i|yo) )?$"
)
_DREAM_OF = re.compile(r"\b(?:dream|dreaming|dreams|sueno|sonando|sueno con) (?:of|about|con)\b")
# Scratching an itch: "scratching my arms all night, theres a red bumpy rash".
_SCRATCH = re.compile(r"\b(?:scratch\w*|rasgun\w*|aran\w*)")
# (or what scratches in a garden or a house: "scratched my arm up gardening, blackberry bushes")
_ITCH = re.compile(r"\b(?:rash|itch\w*|hives|bites?|bumps|bumpy|eczema|ronchas?|comezon|picazon|sarpullido|pica(?:n)?|piquetes?"
                   r"|gardening|bush|bushes|brambles?|thorns?|blackberr\w*|rose ?bush\w*|the cat|my cat|kitten|espinas?|rosal|el gato|mi gato)\b")
# The day's doses, named as such: "ya me tomé todas las de hoy", "took all of today's pills, morning and night".
_DAYS_DOSES = re.compile(
    r"\b(?:todays|today s|de hoy|del dia|for today|for the day|que me toca\w*|que me corresponde\w*|que me (?:mandaron|recetaron)"
    r"|all [2-5] of my (?:morning|evening|night|nightly|bedtime|daily|am|pm) (?:meds|pills|doses|medications)"
    r"|morning and (?:night|evening|bedtime) (?:ones|pills|meds)?|la de la manana y la de la noche"
    # the day's different medications counted: "took all 3 of my meds this am"
    r"|all (?:[2-4]|two|three|four) of my (?:meds|medications|medicines)"
    # one time of day's set: "todas las pastillas de la mañana", "all my morning meds"
    r"|(?:las |los )?(?:pastillas |medicinas |pildoras )?de la (?:manana|tarde|noche)"
    r"|(?:morning|evening|am|pm|breakfast|lunch|dinner|bedtime) (?:pills|meds|medications|doses)"
    # "the 3 morning ones", "just the normal ones", "las normales", "my usual meds"
    r"|the (?:[2-5]|two|three|four|five) (?:morning|evening|night|bedtime|am|pm) ones|(?:just |only )?the (?:normal|usual|regular) ones"
    r"|(?:las|los) (?:normales|de siempre|de diario)|my (?:usual|normal|regular) (?:meds|pills|doses?|medications)"
    # each named by what it treats: "un puñado: la del azúcar, la de la presión, la del colesterol"
    r"|(?:la|el) del? (?:la )?(?:azucar|presion|colesterol|tiroides|corazon|diabetes|nervios)\b[^.!?]{0,30}?\b(?:la|el) del? (?:la )?\w+)\b"
)
# A habit asked about: "i take all my pills at once at breakfast, is that ok?"
_HABIT_START = re.compile(r"(?:take|me tomo|tomo)\b")
_MEAL_OR_HOUR = re.compile(
    r"\b(?:breakfast|lunch|dinner|bedtime|every (?:morning|night|day)|each (?:morning|night|day)|in the morning|at night"
    r"|desayuno|comida|cena|cada (?:manana|noche|dia)|en la (?:manana|noche)|en las mananas|en las noches|todos los dias)\b"
)
# ... unless the next days' come with them: "all of today's and tomorrow's", "las de hoy y las de mañana".
_MORE_DAYS = re.compile(
    r"\b(?:tomorrows|tomorrow s|for tomorrow|(?:la|las|el|los) de manana|para manana|week|weeks|semana|month|mes|next"
    r"|plus|leftovers?|extra|ademas|sobrantes?|de mas|total|and then|y luego|y despues"
    # a heap is no day's set: "me tomé un montón de las de la tarde"
    r"|un monton|a bunch|a ton)\b"
)
# Taken together because that is how they are prescribed: "la de 50 y la de 25 juntas como dice la receta".
_AS_PRESCRIBED = re.compile(
    r"\b(?:(?:thats|that s|that is) how i always (?:do it|take them|take it)|como dice la receta|como (?:dice|dijo|me dijo|indico|me indico)"
    r" (?:el|la) (?:doctor|doctora|dr|dra|medico|medica|receta|farmacia|farmaceutico)|like the (?:doctor|dr|label|pharmacist) (?:said|says)"
    r"|as the (?:doctor|dr|label|bottle) says|as prescribed|como me (?:la |las |lo |los )?recetaron"
    # the change agreed with the prescriber: "like we talked about for the titration", "like the new instructions said"
    r"|like the (?:pill |new )?(?:chart|schedule|calendar|organizer|label|box) (?:says|said)"
    r"|(?:like|as) (?:we|you) (?:talked about|discussed|agreed|said)|like (?:dr|doctor|doc) \w+ (?:said|says|told me)|like the (?:new )?instructions (?:said|say)|per the (?:new )?instructions"
    r"|como (?:quedamos|hablamos|acordamos)|for the titration|you (?:ok d|okd|okayed|approved)|que me (?:autorizaron|autorizo|aprobaron|aprobo)"
    # a second tablet the prescriber allowed: "dr patel said i could if needed"
    r"|(?:the )?(?:dr|doctor|doc|dra|doctora)(?: \w+)? (?:said|says|told me) i (?:could|can|may)|(?:el|la) (?:dr|dra|doctor|doctora)(?: \w+)?"
    r" me dijo (?:que|q) (?:podia|puedo))\b"
)
# A number that is a strength or a clock time, not a count: "me tomé la de 50", "me la tomé a las 11".
_NOT_A_COUNT = re.compile(
    r"\b(?:a las|a la|la de|las de|el de|los de|at|around|de las) (?:[1-9][0-9]*|diez|once|doce)\b|\d+ ?(?:mg|mgs|miligramos|am|pm)\b"
    # a strength named by its tablets or as the dose: "2 of the 25s", "the full 200"
    r"|\b(?:the|las|los) \d+s\b|\bfull \d+\b|\bso \d+ now\b"
)
_COUNT = re.compile(r"\b(?:[1-9][0-9]+|diez|quince|veinte|treinta)\b")
_TIMES = re.compile(r"\b(?:veces|times)\b")
_PILL_COUNT = re.compile(
    r"\b(?:[3-9]|tres|cuatro|cinco|seis|siete|ocho|nueve|three|four|five|six|seven|eight|nine)"
    r" (?:pastillas|pildoras|tabletas|pills|tablets|tabs|doses|dosis)\b"
)
# A pack finished as directed: "took the rest of the starter pack", "the rest of my antibiotics".
_PACK_FINISHED = re.compile(
    r"(?:of )?(?:the |my )?(?:starter|titration|sample|trial|dose|taper|z|medrol|steroid)[ -]?(?:pack|kit)\b|(?:of )?(?:the |my )?"
    r"(?:antibiotics?|course|prednisone|amoxicillin|zpack)\b"
)
# "Took" as carried: "took the whole month's supply with me on the trip".
_CARRIED = re.compile(
    r"\s+(?:with me|w me|along|back (?:to|into)\b|on (?:the|my) (?:trip|vacation|flight|plane|cruise)|in my (?:bag|purse|suitcase|carry ?on|backpack)"
    r"|to (?:work|school|the (?:trip|cabin|airport|pharmacy)))\b"
)
# All taken and none forgotten: "me tomé todas, sí. ninguna se me olvidó".
_NONE_MISSED = re.compile(
    r"\b(?:(?:ninguna|ni una) se me (?:olvido|paso)|no se me (?:olvido|paso) ninguna|no me falto ninguna"
    r"|(?:didnt|did not|havent|have not|never) miss(?:ed)? (?:one|any|a single one|a dose)|none missed)\b"
)
# One whole tablet where half was meant: "took the whole tablet instead of half".
_WHOLE_FOR_HALF = re.compile(
    r"(?:took|tome|me tome) (?:the|a|one|1|la|una) (?:whole|full|entera|completa)? ?(?:tablet|pill|tab|one|thing|pastilla|tableta)"
    r"(?: (?:entera|completa))?(?: last (?:night|nite)| anoche)? (?:instead of|en vez de|en lugar de) (?:(?:a|the|la) )?(?:half|mitad|media"
    r"|splitting it|cutting it|halving it|breaking it|partirla)\b"
)
# The prescriber doubled it: "doc doubled my dose last week and im doing good on it".
_PRESCRIBER_BEFORE = re.compile(
    r"\b(?:doc|doctor|dr|dra|psychiatrist|prescriber|np|nurse practitioner|provider|she|he|they)\s+(?:\w+\s+)?$"
)
# The old strength used up before the new: "took the rest of the old 50s before starting the 100s".
_OLD_STRENGTH = re.compile(
    r"\s*(?:of |de )?(?:the |my |las |los |mis )?(?:de )?(?:old |previous |last |viej\w* |anterior\w* )?(?:\d+s?|\d+ ?mg|ones|bottle|script|prescription)?"
    r"[^.!?]{0,25}?\b(?:before (?:starting|switching|opening|moving)|antes de (?:empezar|cambiar|abrir|pasar))\b"
)
# A double dose feared and then ruled out: "thought i mightve doubled up but checked ... so no, just took the one".
_FEARED = re.compile(r"\b(?:thought i|i thought i|i think i|worried i|was afraid i|pense que|pense q|crei que|crei q|creia que)\b[^.!?]{0,15}$")
# ... or asked of oneself: "¿me tomé la pastilla dos veces? ... solo falta la de hoy"
_ASKED_AFTER = re.compile(r"\s*\?")
_RULED_OUT_AFTER = re.compile(
    r"[^!]{0,130}?\b(?:so no|but no|nope|turns out (?:i )?(?:didnt|did not|hadnt)|just (?:took )?the one|(?:only|solo) (?:took )?(?:the )?one"
    r"|solo (?:me tome )?una|no me la tome doble|no era doble|(?:solo|only) (?:falta|faltaba|missing) (?:la|el|the) (?:de hoy|one for today))\b"
)
# A goodbye, a giving away or a means bought for a plain errand named beside it: "giving away most of my stuff, moving to
# ohio", "me despedí de todos, mañana me voy a trabajar con mi primo", "compré una soga pa amarrar las matas", "made my
# will bc of the knee surgery". Never when the reply says there is no coming back.
_SETTING_OFF = re.compile(
    r"\b(?:giv\w* away|gave away|regal\w*|goodbyes?|despedi\w*|despido|adios|busque\w*|look(?:ing)? for me|find me|todo listo|affairs in order|asuntos en orden"
    r"|papeles en orden|(?:wont|won t|not gonna|not going to) be (?:here|around)|(?:wont|won t|dont|don t) need (?:it|them|this|that)|no voy a estar|no voy a necesitar|last (?:text|message"
    r"|reply|answer)|ultim[oa] (?:mensaje|respuesta)|will|testamento|gun|rope|soga|cuerda)\b"
)
# "giving my cat to the neighbor": a giving away with its taker named
_GIVING = re.compile(r"(?:giv(?:e|ing|en)|gave) (?:my|our) ")
_GIVEN_TO = re.compile(r"\s+to (?:(?:the|my|a|her|his|our|their) |(?:friends|family|neighbou?rs|goodwill|charity|coworkers|cousins)\b)")
_ERRAND_NAMED = re.compile(
    r"\b(?:mov(?:ing|e|ed) (?:to|out|in|into|back|across|away to|house|in with|downtown|upstate|abroad|closer|home)\b|(?:me|nos) mud\w*|mudanza|me voy a vivir (?:a|con)"
    r"|(?:the |my )?move is (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this weekend)"
    r"|new (?:apartment|house|place|city|state|job|number|phone|pharmacy|prescriber|doctor|clinic|psychiatrist|psych|provider|insurance|studio"
    r"|therapist)|(?:otro|otra|nuev[oa]) (?:medic[oa]|doctor[a]?|psiquiatra|clinica|obra social|seguro|aseguradora)"
    r"|(?:cambie|me cambie|cambiamos|cambio) de (?:obra social|seguro|aseguradora|clinica|medico|doctor|psiquiatra)"
    # a trip named by its destination: "el lunes me voy a madrid" (not "me voy a morir", "a un lugar mejor")
    r"|(?:me voy|nos vamos|salgo|vuelo|viajo|viajamos) (?:a|pa|para) (?!(?:\w+(?:ar|er|ir)(?:me|te|se|nos|lo|la|le)?|un lugar|otro lugar"
    r"|un sitio|otro mundo|el cielo|el otro lado|lejos|siempre|descansar)\b)\w+|(?:casa|depa|departamento|trabajo|numero"
    r"|telefono) nuev[oa]|nuev[oa] (?:casa|depa|trabajo|numero|telefono)"
    r"|vacation|vacaciones|holiday|trip|viaje|viajar|flight|vuelo|cruise|crucero|(?:a|pa|para) trabajar|deploy\w*"
    r"|surgery|cirugia|operacion|operation|procedure|procedimiento|lawyer|attorney|abogad[oa]|notari[oa]|downsiz\w*|condo|lease"
    r"|(?:grandpa|grandma|abuel[oa]|uncle|aunt|tio|tia|dad|mom|papa|mama|friend|amig[oa])s? (?:funeral|velorio|wake|memorial|burial|entierro)"
    r"|broke up|break ?up|ended things w(?:ith)? (?:my|him|her)|termine con (?:mi|el|ella)|(?:a|to) (?:cuidar a|take care of|care for) "
    r"|(?:me cambio|switching) (?:a|to) (?:una|otra|another|a) (?:clinica|clinic)"
    r"|(?:farmacia|pharmacy) (?:de |en |over |out )?(?:alla|alli|there|nueva)|update my address|mi direccion|visiting|a visitar|de visita"
    r"|for my birthday|pa(?:ra)? mi cumple\w*"
    # a trip in English, by destination or by occasion: "off to lisbon for my sisters hen do"
    r"|(?:off to|flying to|headed to|heading to|going to) (?!(?:be|die|end|kill|sleep|a better place|heaven|the other side|bed)\b)\w+ (?:for|on|till|until)"
    r" (?:my|a|the|our|\d+|two|three|a few|the weekend|work)\b|hen do|stag do|bachelorette|bachelor party|honeymoon|conference|retreat|festival"
    r"|tournament|reunion"
    # a return date: "me voy pa santiago donde mi mai hasta enero"
    r"|hasta (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el (?:lunes|martes|miercoles|jueves"
    r"|viernes|sabado|domingo)|la (?:otra|proxima) semana|el (?:otro|proximo) mes|fin de mes)"
    r"|(?:until|till) (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|next (?:week|month)))\b"
)
# ... and a rope or a gun for its chore: "pa tender la ropa", "for my husband's hunting rifles"
_MEANS = re.compile(r"\b(?:gun|rope|soga|cuerda)\b")
_CHORE_NAMED = re.compile(
    r"\b(?:tender la ropa|tendedero|clothesline|laundry|matas|plantas|jardin|garden|tomat\w*|hunting|cacer\w*|rifles|boat|trailer|tent"
    r"|camping|lancha|tienda de campana|canoe|kayak|tie (?:down|up)|tarp|truck|fence|deck|porch|swing|tree ?house|hammock"
    r"|columpio|barda)\b"
)
# "not for hunting" names the errand only to rule it out.
_NOT_FOR = re.compile(r"\b(?:not|no|ni|wasnt|wasn t|isnt|isn t|werent|aint|nothing to do with|no era|no es)(?: (?:for|para|pa|to|about|de))?(?: (?:the|my|la|el|mi))? $")
_NO_RETURN = re.compile(
    r"\b(?:not coming back|wont be back|won t be back|never coming back|need (?:them|it|those|these|that|any of (?:it|them)) where (?:im|i m|i am) going|not (?:planning|going) to come back|for good|para siempre|forever"
    r"|no (?:pienso|voy a|vamos a|creo) (?:volver|regresar)|sin regreso|one way|de ida nomas|no regreso|no vuelvo|(?:ultimo|last|final) (?:viaje"
    r"|trip)|al otro mundo|al cielo|(?:a|to) (?:un lugar mejor|a better place|heaven)|con dios|with god"
    r"|(?:wont|won t) need(?! (?:it all|all (?:of )?(?:it|that|this|my \w+)|(?:so|that) much|the (?:space|room|car|extra))\b)"
    r"|no (?:voy a|vas a|van a) necesitar"
    # a place picked to hang from: "ya compre la cuerda y escogi el arbol"
    r"|(?:escogi|elegi|encontre|ubique|picked|found|chose) (?:el|un|the|a) (?:arbol|viga|puente|tree|beam|bridge)"
    # the purpose left unsaid: "bought a rope last week for, you know"
    r"|for,? (?:you know|ya know|u know)(?=\s*(?:[.!,;]|$))|para,? (?:ya sabe|ya sabes|tu sabes|usted sabe)(?=\s*(?:[.!,;]|$)))\b"
)
_TWICE = re.compile(r"\b(?:twice|double|doble|dos veces|(?:2|two|both) doses)\b")
# A dose taken twice by mistake and checked with someone who said it was fine: "doubled up on my lexapro by mistake,
# poison control said one extra is ok". Only a second dose: a handful is an overdose whoever was called.
_AGAIN_BY_MISTAKE = re.compile(
    r"\b(?:by mistake|by accident|accidentally|accidental|forgot i (?:had )?(?:already )?took|por error|por equivocacion|sin querer"
    r"|sin darme cuenta|(?:se me olvido|olvide|no me acorde) que ya|(?:couldnt|couldn t|could not) remember|lost track|no me acordaba)\b"
)
_CHECKED_FINE = re.compile(
    r"\b(?:poison control|pharmacist|pharmacy|farmac\w+|doctor|dr|nurse|on ?call|consultorio|clinica|medic[oa]|enfermer[ao]|toxicolog\w*)\b"
    r"[^!?]{0,80}?\b(?:(?:is|was|its|it s|thats|that s|would be|should be) (?:ok|okay|fine|safe|not dangerous)|no pasa nada|no hay (?:problema|peligro)"
    r"|(?:estoy|im|i m|i am|me siento|feel|feeling) (?:totally |totalmente )?(?:fine|ok|okay|bien|normal|good)|solo observar|just (?:watch|monitor)"
    r"|skip)\b"
)
# ... or one the writer feels fine after and asks about: "took it twice by accident ... feel fine. skip tmrw?"
# (asked, it is the worry itself: "me tome doble dosis sin querer hoy ... estoy bien?")
_FEEL_FINE = re.compile(r"\b(?:feel|feeling|felt|i feel|me siento|me senti|ando|estoy) (?:totally |totalmente |just |perfectly )?(?:fine|ok|okay|normal|bien)\b(?!\s*\?)")
_ALMOST_BEFORE = re.compile(r"\b(?:almost|nearly|casi|por poco)(?: (?:i|me|lo|la))? $")
# Words of leaving, not being here, being in the way or throwing oneself, said of a place, a job or an outing named
# right after them: (how the match ends, what follows it).
_SAID_OF_A_PLACE = (
    # leaving a job or a town for good: "me voy para siempre... de este trabajo, renuncié"
    (re.compile(r"(?:para siempre|por siempre|forever|for good)$"),
     re.compile(r"\s+(?:de|from) (?:este|ese|esta|esa|mi|la|el|this|that|my|the) (?!mundo\b|vida\b|world\b|life\b|planet\b|planeta\b)\w+"
                # ... or a city left for a job: "me voy para siempre de lima, ya conseguí trabajo en santiago"
                r"|\s+(?:de|from) (?!(?:aqui|aca|here|todo|todos|everyone|everything|ustedes|you|la|el|este|esta|mi|my|this|the)\b)\w+\W+"
                r"(?:\w+\W+){0,6}?(?:trabajo|job|chamba|work|beca|scholarship|universidad|university|college)\b")),
    # not wanting to be here, of a place or weather: "ya no quiero estar aquí en este frío"
    (re.compile(r"(?:estar aqui|be here|being here)$"),
     re.compile(r"\s+(?:en (?:este|esta) (?:frio|calor|pueblo|ciudad|trabajo|lugar|pais|clima|casa|depa|hospital|escuela|oficina)"
                r"|in this (?:cold|heat|town|city|job|weather|country|house|apartment|place|hospital|school|office))\b")),
    # in the way at work: "me siento un estorbo en el trabajo desde que me cambiaron de puesto"
    (re.compile(r"\b(?:estorbo|carga|burden)(?: en)?$"),
     re.compile(r"\s*(?:(?:en )?(?:el trabajo|la chamba|la oficina|el equipo)|at work|at the office|on the team)\b")),
    # still here, in a queue: "why am i still here lol pharmacy line is an hour long"
    (re.compile(r"still here$"),
     re.compile(r"[\s,.!]*(?:(?:lol|lmao|smh|ugh|jaja\w*)[\s,.!]*)?(?:at |in )?(?:the |this )?(?:pharmacy|line|queue|dmv|waiting room|airport|office"
                r"|meeting|class|lobby|clinic|lab|bank|store|traffic|parking lot)\b")),
    # gone for a span or a trip: "im gonna be gone 2 weeks visiting my mom"
    (re.compile(r"\bgone$"),
     re.compile(r"\s+(?:for )?(?:(?:\d+|a|an|one|two|three|four|a few|a couple(?: of)?) (?:days?|weeks?|months?|nights?)|(?:on|for) (?:a |my |the )?"
                r"(?:trip|vacation|holiday|work trip|business)|visiting|this (?:weekend|week))\b")),
    # going out, "tirarme pa la playa" in Caribbean Spanish ("tirarme al río" is no outing)
    (re.compile(r"(?:tirarme|aventarme)$"),
     re.compile(r"\s+(?:pa|para|a|en) (?:la|el) (?:playa|fiesta|calle|tienda|cama|sofa|sillon|piscina|alberca|parque|centro|mall|disco|rumba)\b")),
)
_DELIBERATE = re.compile(r"\b(?:on purpose|a proposito|adrede|felt good|se sintio bien|to feel something|para sentir algo)\b")
_ON_PURPOSE = re.compile(r"\b(?:a proposito|apropocito|adrede|otra vez|de nuevo|on purpose|again|para sentir algo|to feel something|me encerre)\b")


# Pills no longer needed, said of pills just stopped or thrown out: "done with the zoloft. threw the rest of the pills out
# last week, i dont need them" (not "... where im going", a farewell).
_NEED_THEM_END = re.compile(r"need(?:ing)? (?:them|it)$")
_MEDS_STOPPED_BEFORE = re.compile(
    r"\b(?:threw|thrown|tossed|flushed|trashed|quit|quitting|stopped|stopping|done with|came off|coming off|took myself off|went off|got off"
    r"|weaned (?:myself )?off|tire|bote|deje|dejando)\b[^.!?]{0,60}?\b(?:pills?|meds?|medications?"
    r"|pastillas|" + MED_REF + r")\b"
)
_FAREWELL_AFTER = re.compile(r"(?: anymore| any more)?\s*(?:where im going|where i m going|after (?:this|tonight|today)|much longer)")


def checked_and_fine(norm: str, start: int, matched: str, clause_end: int) -> bool:
    """Return True when ``matched`` is a second dose taken by mistake that someone checked and called fine."""
    return bool((matched.startswith("doubled") or _TWICE.search(matched)) and _AGAIN_BY_MISTAKE.search(norm, max(0, start - 40), clause_end)
                and (_CHECKED_FINE.search(norm, start) or (_FEEL_FINE.search(norm, start) and "?" in norm)))


def _a_double(matched: str) -> bool:
    """True when ``matched`` tells of a dose doubled or taken twice."""
    return matched.startswith(("doubled", "tripled")) or _TWICE.search(matched) is not None


def told_as_dream(norm: str, start: int) -> bool:
    """Return True when a dream is told just before ``start``: "last night i dreamed i was stabbing my coworker"."""
    return _DREAMT.search(norm, max(0, start - 30), start) is not None


# A dose change the weeks since are counted from: "since i doubled the dose ive been sweating buckets".
_SINCE_BEFORE = re.compile(r"\b(?:since|ever since|desde que) (?:i |we |they |he |she )?$")


def harmless_scope(norm: str, start: int, end: int, matched: str, clause_end: int) -> bool:
    """Return True when what follows a crisis-looking match makes it ordinary."""
    if _NONEXIST_END.search(matched) and _PLACE_OR_SPAN.match(norm, end) \
            and not _OR_FOREVER.match(norm, end) and not (_EXIST_END.search(matched) and _SPAN.match(norm, end)):
        return True
    if _BUMPED.match(matched) and _FALL_BEFORE.search(norm, max(0, start - 60), start):
        return True
    if _CANT_STAND.fullmatch(matched) and (_SYMPTOM_BEFORE.search(norm, max(0, start - 80), start) or _SYMPTOM_AFTER.match(norm, end)) \
            and not _LIFE_AFTER.match(norm, end):
        return True
    if told_as_dream(norm, start):
        return True
    if _GOODBYE.search(matched) and (_LEFT_A_JOB.search(norm) or (
            _DREAM_BEFORE.search(norm, max(0, start - 60), start) and not _DREAM_OF.search(norm, max(0, start - 20), start))):
        return True
    if _SCRATCH.search(matched) and _ITCH.search(norm) and not _DELIBERATE.search(norm):
        return True
    if _INGEST_START.match(matched) and _ordinary_dose(norm, start, end, matched, clause_end):
        return True
    # a double dose nearly taken was not taken: "double checked cuz i almost took it twice"
    if _a_double(matched) and _ALMOST_BEFORE.search(norm, max(0, start - 15), start):
        return True
    if (_a_double(matched) or "doble" in matched) \
            and (_FEARED.search(norm, max(0, start - 40), start) or _ASKED_AFTER.match(norm, end)) \
            and _RULED_OUT_AFTER.match(norm, end):
        return True
    # a drink doubled ("doubled up on the pumpkin spice latte"), or a dose doubled as prescribed
    if matched.startswith(("doubled", "tripled")) and (_food_not_pills(norm, start, start, clause_end)
                                                       or _PRESCRIBER_BEFORE.search(norm, max(0, start - 20), start)
                                                       or _SINCE_BEFORE.search(norm, max(0, start - 20), start)
                                                       or _AS_PRESCRIBED.search(norm, end, clause_end)):
        return True
    if _NEED_THEM_END.search(matched) and _MEDS_STOPPED_BEFORE.search(norm, max(0, start - 100), start) \
            and not _FAREWELL_AFTER.match(norm, end):
        return True
    if _PREP_END.search(matched) and _ERRAND.match(norm, end):
        return True
    if _CLITIC_HARM_END.search(matched) and _INCIDENTAL_PART.match(norm, end) \
            and not _ON_PURPOSE.search(norm, start, clause_end):
        return True
    if any(ending.search(matched) and place.match(norm, end) for ending, place in _SAID_OF_A_PLACE):
        return True
    if (_SETTING_OFF.search(matched) or (_GIVING.match(matched) and _GIVEN_TO.match(norm, end))) and not _NO_RETURN.search(norm):
        lo, hi = max(0, start - 120), end + 120
        named = list(_ERRAND_NAMED.finditer(norm, lo, hi))
        if _MEANS.search(matched):
            named += _CHORE_NAMED.finditer(norm, lo, hi)
        return any(not _NOT_FOR.search(norm, max(0, m.start() - 25), m.start()) for m in named)
    return False


# "took all of them - i mean, both of last night's": the count corrected at once to a night's doses.
_CORRECTED = re.compile(
    r"[\s.,;!-]*(?:i mean|quiero decir|digo|o sea),? (?:both|the two|just the|only the|las dos|los dos|ambas|solo las?) "
    r"(?:of )?(?:last nights|tonights|todays|this mornings|my|de anoche|de hoy|de la noche|de la manana|\w+s)?\b"
)
# "taking all my meds, bloods done on tues": taking them all told as a habit, not as one sitting.
# ... or in Spanish, the present told as a habit: "me tomo todo sin falta".
_TAKEN_AS_A_HABIT_ES = re.compile(
    r"\s+(?:sin falta|diario|a diario|todos los dias|todas las noches|a tiempo|puntual\w*|como (?:me )?(?:dijeron|indicaron|recetaron))\b"
)
_TAKING_AS_A_HABIT = re.compile(r"\s*(?:[.,;!]|$|(?:every|each|daily|on time|as|like|regularly|religiously|still|and|y)\b)")


# A dose made of smaller tablets: "me tomé 2 de 75 en vez de 1 de 150", "took 2 of the 25s instead of one 50".
_SPLIT_STRENGTH = re.compile(
    r"\b([2-4]|dos|tres|cuatro|two|three|four) (?:de|of the|of) ([0-9]+)s?(?: ?mg)? (?:en vez de|en lugar de|instead of) (?:1|una|un|one|a|la|the)"
    r"(?: (?:de|of the|of))? ?([0-9]+)\b"
)
_NUMBER = {"2": 2, "3": 3, "4": 4, "dos": 2, "tres": 3, "cuatro": 4, "two": 2, "three": 3, "four": 4}


def _same_total(norm: str, start: int, clause_end: int) -> bool:
    m = _SPLIT_STRENGTH.search(norm, start, clause_end)
    return m is not None and _NUMBER[m.group(1)] * int(m.group(2)) == int(m.group(3))


def _food_not_pills(norm: str, start: int, at: int, clause_end: int) -> bool:
    """True when food or a drink is named from ``at`` in the clause, with no pills between ``start`` and it and not as
    what pills went down with."""
    food = _FOOD.match(norm[:clause_end], at)
    return bool(food) and not _PILLS.search(norm, start, food.end()) and not _WASHED_DOWN.search(food.group())


def _ordinary_dose(norm: str, start: int, end: int, matched: str, clause_end: int) -> bool:
    """Return True when the ingestion ``matched`` is food, a day's doses or a dose told as prescribed."""
    if _same_total(norm, start, clause_end):
        return True
    if _NONE_MISSED.search(norm, end, min(len(norm), end + 60)) and not _ALARMING.match(norm[:clause_end], end) \
            and not _ALARMING.match(matched):
        return True
    if matched.startswith("took") and _CARRIED.match(norm, end):
        return True
    if matched.startswith("taking all") and _TAKING_AS_A_HABIT.match(norm, end):
        return True
    if matched.startswith(("me tomo todo", "tomo todo")) and _TAKEN_AS_A_HABIT_ES.match(norm, end):
        return True
    if _CORRECTED.match(norm, end):
        return True
    if _food_not_pills(norm, start, end, clause_end):
        return True
    repeated = _TIMES_TODAY.search(norm, start, clause_end) is not None
    if _ROUTINE_DOSE.match(norm[:clause_end], end) and not _ALARMING.match(norm[:clause_end], end) \
            and not _ALARMING.match(matched) and not repeated:
        return True
    times = _TIMES.search(norm, start, clause_end) is not None
    if _DAYS_DOSES.search(norm, start, clause_end) and not _MORE_DAYS.search(norm, start, clause_end) \
            and not _COUNT.search(norm, start, clause_end) and not times and not _PILL_COUNT.search(norm, start):
        return True
    # a count left once strengths and clock times are set aside: "la de 50 y la de 25" counts nothing
    counted = _COUNT.search(_NOT_A_COUNT.sub(" ", norm[start:clause_end])) is not None
    if _AS_PRESCRIBED.search(norm, start, clause_end + 60) and not counted and not repeated:
        return True
    if _COUNT.search(matched) and not counted and not times:
        return True
    if "the rest" in matched and _PACK_FINISHED.match(norm, end):
        return True
    if ("the rest" in matched or "el resto" in matched) and _OLD_STRENGTH.search(norm, start, min(len(norm), end + 60)):
        return True
    if _WHOLE_FOR_HALF.match(norm, start):
        return True
    return bool(_HABIT_START.match(matched) and _MEAL_OR_HOUR.search(norm, start, clause_end) and not counted)
