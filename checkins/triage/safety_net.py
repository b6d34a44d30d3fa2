"""Crisis safety net: a deliberately broad, last-resort reading of crisis concepts.

The phrase and frame rules (``crisis_terms.py``, ``composed.py``) are precise; this net
is consulted only when they find no crisis. It looks for the writer's own death,
not existing, not waking, harming themself, or giving up on life, in English or
Spanish, by concept rather than by sentence: a few small lexicons (death, sleep that
does not end, life as a whole, methods, burden) meet a first-person or subjectless
reference. Spelling slips in the key words are tolerated in the patterns themselves
("disapear", "amaneciera").

It returns candidate spans only; ``find_crisis`` passes each through the same guards
as every other match (idiom, negation, someone else, past or resolved, media, a
question about a medication's risk, dose and time units). Under-triage is the
dangerous mistake, so the net errs toward firing.
"""

from __future__ import annotations

import re

from .crisis_terms import (
    _THAN_A_CHORE, FOR_A_WHILE, NOT_A_NAMED_PLACE, NOT_FOR_GOOD, NOT_OF_A_THING, NOT_THERE, NOT_WITH_LEAVE, ON_WITH_A_CHORE,
    TO_A_THING,
)
from .lexicon import alt
from .scanner import Scanner

# A few words that stay inside one clause and carry no negation or new subject.
_NEG = r"(?:dont|not|never|doesnt|didnt|wont|cant|no|nunca|ni|nothing|nadie)"
_OTHER = r"(?:my|the|this|that|it|its|his|her|their|our|your|phone|battery|car|plant|mi|el|la|su|mis|sus)"


# Spanish verbs of the idiom "me tiene muerta", "me quedé muerto", "dice que se muere", and of a thing brought dead ("me
# trajo una lagartija muerta").
_IDIOM_VERB_ES = r"(?:tiene|tienen|trae|traen|trajo|trajeron|quede|quedo|dejo|dejan|deja|dice|dicen|se)"


def _gap(n: int, other: bool = False, extra: str = "") -> str:
    bad = _NEG + (r"|" + _OTHER if other else "") + (r"|" + extra if extra else "")
    return r"(?:(?!(?:" + bad + r")\b)[a-z0-9]+ ){0," + str(n) + "}?"


# ---------------------------------------------------------------- concept lexicons
# Life as a whole, the thing given up on or tired of.
_LIFE_EN = alt([
    "living", "life", "my life", "being alive", "existing", "being here", "being me",
    "being around", "waking up every day", "staying alive", "this life", "it all",
])
_LIFE_ES = alt([
    "vivir", "la vida", "mi vida", "estar aqui", "estar viva", "estar vivo", "existir",
    "ser yo", "seguir", "esta vida", "estar en este mundo", "despertar cada dia",
])
# Staying alive or carrying on.
_GO_ON_EN = alt([
    "live", "living", "stay alive", "be alive", "keep going", "keep living", "go on", "be here",
    "stick around", "carry on", "wake up",
])
# Death and the end of oneself.
_DEATH_EN = r"(?:di+e+|dy?ing|(?:be|being|was|were|am|off) dead|death|suicid\w*)"
_DEATH_ES = r"(?:mor[iy]\w*|muer[ae]\w*|muert[oa]s?|muerte|suicid\w*)"
_NOT_IDIOM_EN = (
    r"(?! (?:tired|inside|laughing|my|it|the|her|his|hair|them|without|than|here|with|of (?:laughter|boredom|embarrassment|hunger|thirst|cold|heat)"
    r"|for|from|to (?:see|try|know|get|go|hear|eat)|on (?:my|the)|happy|in (?:a|the) (?:game|movie|dream)"
    # a count of deaths is a game's: "my daughter made me die like 40 times playing zombie tag"
    r"|(?:like |about |over |almost |nearly )?(?:\d+|two|three|four|five|ten|twenty|a (?:few|couple|dozen|hundred|million)|so many|many) times))"
)
_NOT_IDIOM_ES = (
    r"(?! (?:con (?:la|el|tu|su|esa|ese|lo) |de (?:(?:la|el) )?(?:risa|hambre|sueno|calor|frio|ganas|verguenza|aburrimiento|nervios|miedo|sed"
    r"|cansancio|amor|pena|dolor|envidia|celos)|por (?:un|una|ir|ver|comer|salir)))"
)
# Methods one might stare at or think about.
_METHOD = alt([
    "bridge", "ledge", "rope", "train tracks", "tracks", "gun", "cliff", "roof", "balcony",
    "rooftop", "noose", "razor", "razors", "blade", "blades", "puente", "cuerda", "soga",
    "vias del tren", "vias", "pistola", "azotea", "balcon", "navaja", "cuchilla", "precipicio",
])
# ... unless looked at for an everyday reason: "looked at the tracks to see if the train was coming".
_LOOKED_FOR_A_REASON = (
    r"(?! (?:to see|to check|for (?:the |a )?(?:train|bus|car|traffic|view)|while (?:waiting|we)|waiting for|para ver|a ver si"
    r"|esperando)\b)"
)

_EN = [
    # talk of one's own death: "i think about dying", "hope i die in my sleep", "let me die"
    r"\b(?:i|im|ill|id|me)\b " + _gap(4, other=True) + _DEATH_EN + r"\b" + _NOT_IDIOM_EN + _THAN_A_CHORE,
    # not being here: "if i was gone", "when im not around anymore"
    r"(?:if|when|once|after) (?:i|im) (?:was |were |am |m |just )?(?:gone|not (?:here|around|alive)"
    r"|wasnt (?:here|around|alive)|werent (?:here|around|alive)|died|disappeared|dead|didnt exist)"
    r"(?! (?:on|for|to|from|at|this|next|tomorrow|today|tonight|until|till|by|in \d)\b)",
    r"(?:better|happier|easier|fine|ok|okay|freer|lighter|relieved)\b " + _gap(3)
    + r"(?:without me\b|if i (?:wasnt|werent|was not|were not) (?:here|around|alive))"
    r"(?! (?:while|on|for|at|during|this|next|tomorrow|today|tonight|all week|lol|lmao|haha|jaja)\b)" + FOR_A_WHILE,
    r"(?:deserve|deserves)(?: a| an| someone)? better\b " + _gap(2) + r"than me\b",
    r"(?:wont|will not|not gonna|not going to) be (?:around|here|alive) (?:much longer|for long|anymore|any longer)",
    # not waking, sleep that does not end
    r"(?:hope|hoping|hopefully|wish|wishing|want|wanna|pray|praying|rather)\b " + _gap(5)
    + r"(?:not|never|dont|wont) (?:to )?wak(?:e|ing)\b"
    r"(?! (?:up )?(?:early|on time|in time|at|before|for|until|till|with|tired|late|groggy|sick|in (?:the|pain)))",
    r"(?:sleep|asleep) (?:and|&) (?:stay asleep|never wake|not wake)(?! (?:all|through|at|for|till|until|longer))",
    r"(?:sleep|rest|asleep) (?:forever|for ever|eternally|for good)\b(?! (?:on|with|after|because|from|when|if|in)\b)",
    r"(?:eternal|endless|permanent) (?:sleep|rest)",
    r"dis+a+p+e+a+r\w* (?:\w+ )?(?:for good|forever|permanently|for ever)",
    # giving up on life, tired of it, no future
    r"(?:gave|give|giving|given) up on (?:" + _LIFE_EN + r"|me|myself|the future|my future)\b",
    r"(?:tired|sick|exhausted|done|over) (?:of|with) (?:" + _LIFE_EN + r")\b"
    r"(?! (?:with|at|in (?:the|this) (?:job|city|house)|for (?:work|school)))",
    r"(?:no|zero|any|a|not one|dont have a|cant find a|cant see a|cant think of a) (?:reason|point|purpose)s? "
    + _gap(2) + r"(?:to|for|in) (?:me to )?(?:" + _GO_ON_EN + r")\b(?! (?:with|on|at|in|to|for|like this with)\b)",
    r"nothing (?:left )?(?:to live for|worth living for|to stay for)",
    r"point (?:of|in) (?:me|my existence|my life|me being (?:here|alive)|existing)\b",
    r"(?:cant|can not|cannot|dont|do not) see (?:a |any )?(?:future|way out|tomorrow)(?: for me| for myself)?(?=\s*(?:$|[.!?,;]|anymore|any more|at all|honestly|tbh|lol))",
    r"(?:no|dont have a|dont have any) future(?: for me| left)?(?=\s*(?:$|[.!?,;]|anymore|any more|honestly|tbh))",
    r"(?:cant|can not|cannot|dont|do not) see (?:myself|me) (?:making it|being (?:here|alive|around)|alive|around|living|surviving|getting through)",
    r"how (?:much )?(?:longer|long) (?:i|im|i can|can i|i will|ill)\b " + _gap(2)
    + r"(?:keep (?:living|going|on)|go on|live|hold on|last|survive|do this)\b",
    NOT_OF_A_THING + r"(?:cant|can not|cannot) (?:keep )?(?:living|go on|going on|keep going)(?=\s*(?:$|[.!?,;]|like this|anymore|any more|any longer|honestly|tbh))"
    # ... with a symptom named, it is the symptom: "cant go on like this with the nausea"
    r"(?! like this with (?:the|this|these|my|all (?:the|this)) (?!life\b)\w+)",
    r"(?:im|i am|i feel like|i feel|feel like)\b " + _gap(2) + r"(?:a |such a |just a )?burden\b",
    r"(?:want|wanna|need) out\b(?! (?:of (?!(?:this life|life|here|this world|it all|everything))|for|with|to|on|at)\b)",
    r"(?:want|wish|need|wanna)\b " + _gap(3) + r"(?:the world|everything|it all|my life|life) (?:to )?(?:stop|end|be over)\b",
    # hoping for an accident or an end that comes to them
    r"(?:wish|hope|hoping|wishing|pray|praying|want)\b " + _gap(4) + r"(?:would |will |to )?(?:hit|run over|kill|take|crash into)s? me\b",
    r"(?:hope|wish|hoping)\b " + _gap(3) + r"(?:dont|do not|wont|never) (?:make it|survive)\b",
    # methods
    r"(?:looking|look|looked|staring|stare|stared|thinking|think|thought|picturing|keep \w+ing) (?:at|about|of) (?:the |that |a |this )?" + _METHOD + r"\b"
    + _LOOKED_FOR_A_REASON,
    # heaven, farewells
    r"(?:want|wanna|ready|wish|need|long)\b " + _gap(3) + r"(?:to )?(?:go |be )?(?:\w+ ){0,3}?(?:in heaven|home to (?:god|jesus)|with (?:god|jesus))\b",
    r"(?:this is|heres) (?:my )?(?:goodbye|farewell)" + TO_A_THING + r"|goodbye (?:forever|world|cruel world)",
]

_ES = [
    # (not a "se me murió": something died on the writer, "pesadillas de que se me muere un paciente")
    r"(?<!\bse )\b(?:me|yo)\b " + _gap(4, extra=_IDIOM_VERB_ES) + _DEATH_ES + r"\b" + _NOT_IDIOM_ES,
    r"si (?:yo )?(?:me muero|muero|muriera|me muriera|desapareciera|me fuera para siempre"
    r"|no estuviera|ya no estuviera|no existiera|no hubiera nacido|dejara de existir)" + NOT_THERE,
    # the future without oneself: "para que la lea cuando ya no esté", "cuando me haya ido"
    r"(?:cuando|para cuando|una vez que|el dia que) (?:yo )?(?:ya no (?:este|exista|viva)|me (?:haya ido|muera|haya muerto))"
    r"(?=\s*(?:[.!?,;]|$|aqui|en este mundo|para siempre))",
    r"(?:mejor|mejores|felices|tranquil[oa]s|en paz) " + _gap(3) + r"sin mi\b" + NOT_FOR_GOOD,
    r"(?:merecen|merece) (?:a )?(?:alguien |una |un )?(?:mejor|algo mejor)\b " + _gap(2) + r"que yo\b",
    # not waking
    r"(?:ojala|quisiera|quiero|kiero|deseo|desearia|me gustaria|ganas de|espero|rezo por)\b " + _gap(4)
    + r"(?:no|nunca|ya no) (?:\w+ )?(?:despert\w*|amanec\w*)\b(?! (?:temprano|a las|con|cansad\w*|tarde))",
    # ("me lo tomo para dormir y ya, nada más" is that and nothing else)
    r"(?:dormir(?:me)?|quedarme dormid[oa]|dormirme) (?:y ya\b(?!,? (?:no (?:me )?(?:tomo|tome|hago|uso) nada mas|nada mas|es todo|solo eso))"
    + NOT_WITH_LEAVE + r"|y no (?:despertar|volver)|para siempre|eternamente)",
    r"(?:sueno|descanso) eterno",
    r"desaparecer(?:me)? (?:para siempre|por siempre|definitivamente)",
    r"(?:irme|ir|me voy|me quiero ir|me ire) (?:de aqui |de este mundo |de esta vida )?(?:para siempre|por siempre)"
    r"(?! (?:de (?:vacaciones|viaje)|a (?:otro|otra|la|el|mi)|jaja|de (?:este|ese|esta|esa|mi|la|el) (?!mundo\b|vida\b)\w+))",
    # giving up, tired of living, no future
    r"(?:me rendi|me rindo|rendirme|me voy a rendir|me doy por vencid[oa]|me di por vencid[oa]) (?:con|en|de) (?:" + _LIFE_ES + r")\b",
    r"(?:cansad[oa]|hart[oa]|agotad[oa]|me canse|me harte|me cansa|me harta|fastidiad[oa]) (?:de|con) (?:" + _LIFE_ES + r")\b"
    r"(?! (?:con|en el trabajo|en este trabajo|en esta casa|esperando))",
    r"(?:no|ya no) (?:le )?(?:veo|encuentro|tiene|tengo) (?:el |ningun |ninguna |mas )?(?:caso|sentido|razon|motivo|proposito|chiste)"
    r" (?:a |de |para |en )?(?:la vida|vivir|seguir|estar aqui|existir|mi vida|seguir viv[oa]|levantarme)\b(?! (?:con|asi con|en (?:el|este) trabajo))"
    + ON_WITH_A_CHORE,
    r"(?:nada|nadie) (?:por|para) (?:que|quien|lo que) vivir|no tengo (?:por|para) (?:que|quien) vivir|sin (?:razon|motivo|ganas) (?:para|de) vivir",
    r"(?:no|ya no) (?:veo|hay|tengo) (?:ningun )?futuro(?: para mi)?(?=\s*(?:$|[.!?,;]|ya|la verdad))",
    r"no me veo (?:viv[oa]|aqui|llegando|sobreviviendo|en (?:un|unos|el) (?:ano|anos|futuro))",
    r"(?:no|ya no) (?:puedo|aguanto|soporto) (?:mas )?(?:seguir viviendo|vivir asi|la vida|con mi vida|seguir asi|estar viv[oa]|existir)\b",
    r"(?:no|ya no) (?:quiero|deseo|kiero) (?:seguir )?(?:estar|vivir|seguir) (?:en este mundo|en esta vida|viv[oa]|aqui)\b(?! (?:en|con) (?:este|esta|el|la|mi) (?!mundo|vida))"
    + NOT_A_NAMED_PLACE,
    r"(?:quitarme|quitarse) (?:de en medio|del camino)|(?:sobro|estorbo) (?:en|aqui)|siento que (?:sobro|estorbo)|(?:soy|me siento) (?:una )?carga\b",
    r"(?:que|me) (?:se )?(?:acabe|termine|terminara|acabara) (?:mi vida|la vida|todo ya|mi existencia)",
    r"(?:ojala|quisiera|quiero|espero)\b " + _gap(4) + r"me (?:atropell\w*|mat\w*|lleve|pase algo)\b(?! (?:de (?:risa|hambre|sueno)))",
    r"(?:mirando|miro|pienso en|pensando en|veo) (?:el |la |las |los |ese |esa )?" + _METHOD + r"\b" + _LOOKED_FOR_A_REASON,
    r"(?:estar|irme|reunirme) (?:con \w+ )?(?:\w+ )?(?:en el cielo|con dios)",
    r"(?:esta es mi despedida|adios para siempre|adios mundo|adios a todos para siempre)",
    r"(?:me )?(?:lastime|hice dano|pegue|queme|corte)\w* (?:\w+ )?(?:a proposito|adrede|apropocito)",
]

NET = Scanner([("net", _EN + _ES)])


def net_candidates(masked: str) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of broad crisis-concept matches in idiom-masked text."""
    return [(m.start(), m.end(), m.group()) for m in NET.finditer(masked)]
