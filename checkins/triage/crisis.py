"""Crisis detection: risk of harm to self or others, stated as current or recent."""

from __future__ import annotations

import functools
import itertools
import re

from .composed import COMPOSED, COMPOSED_PATTERN, checked_and_fine, harmless_scope, told_as_dream
from .crisis_terms import CRISIS, EMOJI, FOR_AN_ERRAND, GROUPS, IDIOM, POINT_EMPTY, POINT_LIFE, POINT_TREATMENT
from .findings import DENIED, IDIOMATIC, Hit
from .lexicon import MED_NAMES, MED_REF, NEGATORS, RELATIONS
from .negation import (
    is_denied_after, is_negated, is_past, is_resolved_after, subject_is_other,
)
from .normalize import Text
from .safety_net import net_candidates
from .scanner import Scanner, without_guards

# What one wakes up to ("at 5am", "with a headache", "groggy") is about mornings, not death.
_WAKE_END = re.compile(r"(?:wake|waking|woke) up$|despertar(?:me)?$|despierte$|despertara$")
_WAKE_DETAIL = re.compile(
    r"(?:me)?\s+(?:this morning|so early|tan temprano|tan tarde|from (?:that|the|a|my|this) dream|at|with|groggy|tired|early|so|feeling|before|for|to|\d|every|sick|nauseous|dizzy"
    r"|exhausted|rested|refreshed|on time|in time|late|in the middle|in pain|and (?:feel|go|be|have)|temprano|con|a las|cansad[oa]"
    r"|maread[oa]|con dolor|(?:la|el|mi) (?:alarma|despertador|perro|bebe|vecino|ruido)|los ninos"
    # a lie-in with its end named: "ganas de dormirme y no despertar hasta el lunes jaja"
    r"|hasta (?:el|la|las|manana|mediodia)|(?:until|till|til) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|tomorrow|the weekend|next week|\d))\b"
)
# A topic rather than a deed: "a movie about suicide", "overdose prevention".
_TOPIC_BEFORE = re.compile(
    r"\b(?:movie|show|film|article|book|documentary|video|podcast|episode|story|news|class"
    r"|training|lecture|song|series|post|report|research|study|pelicula|articulo|libro|serie"
    r"|noticia|episodio|documental|programa|cancion|headline|novel|character|protagonista|movie|pelicula|peli|novela|vid|tiktok|reportaje"
    r"|reel|meme|thread|clase|tarea|homework|assignment|essay|ensayo|proyecto|project|paper|presentation|presentacion|exposicion|charla"
    r"|seminar|taller|workshop)s?\b"
    r"(?:\s+\w+){0,4}\s+(?:about|on|regarding|sobre|de|where|donde|in which|who|whose|explaining|explains|showing|why)\s+(?:\w+\s+){0,6}$"
    # a character as the subject: "el protagonista se suicida al final"
    r"|\b(?:protagonista|personaje|character|main character|villain|villano|heroine|heroina)\s+(?:\w+\s+){0,2}$"
)
_TOPIC_AFTER = re.compile(
    r"\s+(?:prevention|awareness|hotline|lifeline|risk|risks|warning|warnings|rates?|statistics"
    r"|stats|survivors?|walk|month|week|day|prevencion|riesgo|scenes?|episodes?|plot|storyline|themes?|content"
    r"|escenas?|trama|en (?:adolescentes|jovenes|hombres|mujeres|veteranos)|among (?:teens|teenagers|youth|veterans|men|women)"
    r"|in (?:teens|teenagers|youth|veterans))\b"
)
# Someone nameless as the subject of an open match: "how some lady in a case overdosed", "una señora de la tele se mató".
_SOMEONE_BEFORE = re.compile(
    r"\b(?:some|a|this|that|the|una|un|esa|ese|la|el) (?:lady|guy|woman|man|girl|boy|kid|person|dude|senora|senor|muchacha|muchacho|chava"
    r"|chavo|tipo|tipa)\b(?: (?:in|from|on|at|de|en) (?:a|the|un|una|el|la) \w+)?\s+$"
)
# A message sent earlier, put right as meant for someone else or as a song: "that msg i sent earlier saying i want to die was for
# my sister", "el msj de ayer de 'me voy a morir' era la letra de una cumbia".
_MSG_SAYING = re.compile(r"\b(?:msg|message|text|mensaje|msj)\b[^.!?]{0,25}?\b(?:saying|that said|que decia|de)\s+(?:i\s+|yo\s+)?$")
_MEANT_FOR_OTHER = re.compile(
    r"\s+(?:was|were|fue|era) (?:for|meant for|para|pa) (?:my|mi) \w+|\s+(?:was|era) (?:(?:a|the|la|una) )?(?:song |cancion )?(?:lyrics?|letra)\b"
    r"|[^.!?]{0,60}?\b(?:wrong (?:chat|number|person)|me equivoque de (?:chat|numero|persona))"
)
# Words sung along to a song or said in a story are theirs: "screamed 'i sometimes wish id never been born'
# in the car, bohemian rhapsody", "en la novela la protagonista gritó 'prefiero morir'".
_SAID = re.compile(
    r"\b(?:sang|singing|sing|sung|screamed|screaming|yelled|shouted|says|said|belting|belted|cantamos|cantando|cante|cantaba"
    r"|gritamos|gritando|grito|dijo|dice)\b[^.!?]{0,30}$"
)
_STORY = re.compile(
    r"\b(?:song|songs|lyrics?|cancion|canciones|letra|rhapsody|album|karaoke|radio|spotify|chorus|coro|playlist"
    r"|novela|telenovela|serie|show|movie|pelicula|peli|protagonista|character|personaje|episode|episodio)\b"
)


def _quoted(masked: str, start: int) -> bool:
    return _SAID.search(masked, max(0, start - 40), start) is not None and _STORY.search(masked) is not None


# Someone's words repeated, quotes dropped: "my teen said i want to die bc her crush saw her trip", "my buddy dan always
# goes im gonna jump off a bridge when the browns lose" (not one's
# own head: "mi cabeza me dice que me corte").
_REPORTED = re.compile(
    r"\b(?:my|mi|his|her|our|their) (?!(?:head|brain|mind|cabeza|mente|cerebro|voices?|voz|voces|thoughts?|pensamientos?|heart|corazon|gut"
    r"|inner|own|intrusive)\b)(?:\w+ ){0,3}?(?:said|says|goes|jokes|joked|keeps saying|kept saying|yelled|screamed|texted me|dijo|dice|squawked|squawks|repeats|repeated|keeps repeating"
    r"|me dijo|grito|(?:anda|andaba|sigue) diciendo(?: q)?)\s+(?:that\s+|que\s+)?(?:i\s+|im\s+|yo\s+|me\s+)?(?:(?:gonna|going to|wanna|want to|will|just)\s+)?$"
)


# Someone else's worry or question, put right: "my friend thinks im suicidal bc ive been quiet but im honestly not",
# "mi psicóloga me preguntó si pensaba en matarme y le dije que no".
_THOUGHT_OF_ME = re.compile(
    r"\b(?:thinks?|thought|worries|worried|assumes?|assumed|asked (?:me )?if|asks (?:me )?if|piensa|piensan|penso|cree|creen|creyo"
    r"|creia|(?:me )?(?:pregunto|preguntaron|preguntaba|pregunta) si)(?: that| que)?(?: (?:im|i am|i m|i was|i might be|estoy|ando|estaba))?"
    r"(?: (?:pensaba|pienso|he pensado|habia pensado|think|thought|was thinking|am thinking|ever thought|had thoughts|have thoughts|tenia ideas"
    r"|tengo ideas)(?: en| of| about| de)?)?\s+$"
)
_NOT_SO = re.compile(
    r"[^.!?]{0,40}?\b(?:(?:but|pero) (?:(?:im|i am|i m) (?:\w+ )?not|(?:i|im|i m) (?:really |honestly )?(?:am not|m not)|no (?:lo )?(?:estoy|soy)"
    r"|no es asi|(?:its|it s|that s|thats) not (?:true|the case|like that))"
    r"|(?:y |and )?(?:le |les )?(?:dije|conteste|respondi|i said|i told (?:her|him|them)) (?:que )?no)\b(?! (?:so )?(?:sure|certain|convinced|seguro|segura))"
)


def _put_right(masked: str, start: int, end: int) -> bool:
    """True for someone's worry put right ("my friend thinks im suicidal ... but im not"), or for words of an earlier message put
    right as meant for someone else or as a song."""
    return (_THOUGHT_OF_ME.search(masked, max(0, start - 40), start) is not None and _NOT_SO.match(masked, end) is not None) or (
        _MSG_SAYING.search(masked, max(0, start - 45), start) is not None and _MEANT_FOR_OTHER.match(masked, end) is not None)


# Someone named, then the deed in a clause about them: "a memorial for my friend who overdosed last year".
_WHO_DID = re.compile(r"\b(?:my|mi|his|her|our|their|su|a|an|the|un|una|el|la) (?:\w+ ){0,2}?" + RELATIONS + r" (?:who|that|que|quien)\s+$")
# Another's, by the possessive alone: "with my wife after her overdose".
_THEIRS = re.compile(r"\b(?:his|her|their|su|sus) $")

# "can sertraline cause suicidal thoughts?": a question about the drug, not a report.
_CAUSE_QUESTION = re.compile(
    r"\b(?:can|could|does|do|will|would|might|may|is it (?:normal|possible|common|true)|puede|pueden|podria)\b"
    r"(?:\s+\w+){0,4}\s+(?:cause|causes|give|gives|lead to|increase|raise|make|dar|causar|provocar|hurt|harm|hacer(?:le|les)?)"
    r"\s+(?:\w+\s+){0,2}$"
    # the same said of the drug without a modal: "the dr said these pills make teens suicidal"
    r"|\b(?:pills|meds|medications?|antidepressants|they|these|it)\s+(?:make|makes|made|cause|causes|caused)\s+(?:\w+\s+){0,2}$"
    # a warning heard about overdoses in general: "pharmacist warned me a lithium overdose is no joke"
    r"|\b(?:warned|warns|explained|told me|told us)(?: me| us)?(?: that)? (?:a|an)(?: \w+)? $"
)
# A child or a pet into the writer's pills.
_GOT_INTO = re.compile(
    r"\b(?:my|mi|our|the|el|la) (?:toddler|kid|son|daughter|baby|grandson|granddaughter|dog|puppy|cat|nieto|nieta|hijo|hija|bebe|nino|nina"
    r"|perro|perrito|gato|lab|labrador|pup|kitten)\b[^.!?]{0,25}?\b(?:got into|got (?:my|the|into)|opened|chewed|agarro|abrio|mordio|se metio en)\b"
)
# An overdose asked about for another's sake: "cuantas pastillas de litio serian una sobredosis? pregunto porque mi mama tambien toma".
_ASKING_FOR_ANOTHER = re.compile(
    r"\b(?:pregunto|asking|i ask|lo pregunto|i m asking|im asking)\b[^.!?]{0,15}?\b(?:porque|xq|por que|because|bc|cuz|for)\b[^.!?]{0,10}?\b(?:mi|my|our|la|el)\b"
)
_ATE_THEM = re.compile(r"(?:ate|eaten|chewed|swallowed|se comio|se trago|comio|mordio)\b")
# The medicine as the one that might harm: "¿la sertralina le puede hacer daño al bebé?".
_DRUG_SUBJECT = re.compile(
    r"\b(?:" + MED_REF + r"|it|this|esta|esto)\b[^.!?]{0,25}?\b(?:can|could|will|would|does|might|may|puede|pueden|podria"
    r"|va a)\b[^.!?]{0,10}$"
)
# "no es que quiera morirme, es que estoy harta de todo": the death wish is denied, and what
# follows is weariness, not a second wish.
_NOT_THAT = re.compile(
    r"\b(?:no es (?:que|q)|not that|it s not that|its not that|it isnt that)\b[^.!?]{0,30}?\b(?:quiera|quisiera|want|wanna|wish)\b"
    r"[^.!?]{0,20}?(?:morir|die|matar|kill|dead|muert|suicid|end it|hacerme dano|lastimarme|hurt myself|harm myself)"
)
# Weariness followed by the word that it is no more: "tired of everything. not suicidal or anything, just sad".
_NOT_SUICIDAL_NEXT = re.compile(
    r"[^.!?]{0,20}?[\s.,;!-]{1,4}(?:but )?(?:(?:im|i m|i am) )?(?:not suicidal|no (?:soy|estoy) suicida|not (?:thinking|wanting) (?:of |about |to )?(?:dying|die"
    r"|hurting myself|killing myself)|no (?:pienso|quiero) (?:en )?(?:matarme|hacerme dano|morirme))\b"
)
# Nothing to be done, only weariness: "no voy a hacer nada, solo estoy cansada de todo" (the weariness read as denied).
_ONLY_WEARY = re.compile(
    r"\b(?:no (?:me )?voy a hacer(?:me)? nada|(?:im|i m) not (?:going to|gonna) do anything|i (?:wont|won t|will not) do anything)\b"
    r"[^.!?]{0,15}?\b(?:solo|nomas|just|only)\b"
)
_HEDGE_AFTER = re.compile(r"\b(?:pero|solo que|sino|es que|but|just|only)\b")
_WEARY = re.compile(r"\b(?:hart[oa]s?|cansad[oa]s?|tired|sick|done|fed up|pesa|pesan)\b")
# A past crisis that is back: "tried in 2019 and i feel exactly like that again now".
_RECUR = re.compile(
    r"\b(?:feel|feeling|felt|im|i am)\b(?:\s+\w+){0,3}\s+(?:like that|that way|the same(?: way)?|like (?:i did )?then)"
    r"\s+(?:\w+\s+)?(?:again|now)\b|\b(?:thoughts?|urges?|feelings?|it|they)(?: are| is|s)? (?:coming )?back\b(?! (?:in|when|then|before|during|to|from|at|home|on))"
    r"|\b(?:otra vez|de nuevo) (?:me siento|siento|estoy) igual"
    r"|\b(?:volvieron|regresaron|han vuelto|volvio|regreso|ha vuelto) (?:las|los|esas|esos|la|el) (?:ganas|pensamientos|ideas|deseos?)\b"
    r"|\b(?:me siento|estoy|ando) igual que (?:aquella vez|la vez|cuando)\b"
    # "ando igual o peor q esa vez, pensando lo mismo"
    r"|\b(?:me siento|estoy|ando) igual o peor (?:q|que) (?:esa vez|aquella vez|entonces|antes)\b|\bpensando lo mismo\b|\bthinking the same (?:things?|way) (?:again|now)\b|\bfeel (?:just |exactly )?like (?:i did )?(?:that time|when i)\b"
    # a clean streak broken: "18 months clean from cutting and i relapsed last night"
    r"|\b(?:relapsed|recai|slipped up|did it again|volvi a hacerlo|lo volvi a hacer|broke (?:my|the) streak)\b"
    # "remember when i told you i wanted to die? i still do"
    r"|\b(?:i )?still (?:do|does|feel (?:that way|like that|the same))\b|\b(?:todavia|aun|sigo) (?:lo (?:siento|pienso|quiero)|igual|asi)\b"
    # the urge back and strong: "no me corto hace una semana pero hoy tengo las ganas bien fuertes"
    r"|\b(?:pero|but) (?:hoy|ahora|today|tonight|esta noche|rn|right now) (?:tengo|traigo|siento|i have|the) (?:las |unas |muchas )?(?:ganas|urges?)"
    r"(?: are| is)? (?:bien |muy |super |really |so )?(?:fuertes|grandes|intensas|strong|bad|intense)\b"
)
# A denial with a span of time speaks of a past crisis: "haven't cut in months".
_DENIED_FOR = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:in|for|en|desde hace|hace|since|desde)\s+(?:\d+\s+|a few\s+|several\s+|many\s+|varios\s+|muchos\s+"
    r"|una\s+|un\s+|a\s+)?(?:months?|years?|weeks?|meses|mes|anos|ano|semanas|semana|a (?:long )?while|mucho tiempo)\b"
)
# ... or before it: "ya voy a cumplir un año sin lastimarme".
_CLEAN_FOR = re.compile(r"\b(?:anos?|meses|semanas|years?|months?|weeks?) (?:sin|without)\s+$")
# First person inside the match itself settles whose it is.
_FIRST_PERSON = re.compile(
    r"\b(?:i|im|id|ive|me|my|myself|mi|yo|kms|voy|quiero|pienso|compre|consegui|tengo|escribi|decidi|juro|veo|siento|aguanto|soporto|puedo)\b"
    r"|(?:arme|erme|irme)\b"
)
_WORD = re.compile(r"[a-z]+")
# Whose the pills are says nothing of who took them: "my daughter took a bunch of my trazodone", "my son took my xanax, like 10".
_OWNED = re.compile(r"\b(?:of|from) my\b|(?<=\btook )my\b")
# The one harmed is no voice of the writer's: "(he) keeps thinking about hurting my mom".
_VICTIM = re.compile(r"\b(?:my|mi|mis) (?:" + RELATIONS + r")\b")


def _owned_removed(kind: str, matched: str) -> str:
    """Return ``matched`` without the words that name whose something is, or who is harmed."""
    matched = _OWNED.sub(" ", matched)
    return _VICTIM.sub(" ", matched) if kind == "others" else matched


# "I said I wasn't suicidal last time but honestly I am now."
_REVERSAL = re.compile(
    r"\b(?:but|tho|though|however|pero|aunque|actually|honestly|now)\b.{0,30}?\b(?:i am|im|i do"
    r"|i have(?: been)?|i feel(?: that way| it)?|i think i am|lo (?:soy|estoy)|si lo)\s*(?:\w+\s+)?"
    r"(?:now|again|lately|today|tonight|these days|ahora|otra vez|de nuevo)\b"
    r"|\b(?:now|again|ahora) (?:i am|im|i do|lo estoy|lo soy)\s*[.!]*\s*$"
    # "no plan, but the thoughts are there"
    r"|\b(?:but|tho|though|pero)\b.{0,20}?\b(?:the |these |those |my |los |las )?(?:thoughts?|urges?"
    r"|feelings?|ideas|pensamientos|ganas)(?: are| r| is|s)? (?:still )?(?:there|here|present|back"
    r"|constant|strong|ahi|siguen|estan)"
    # "im not suicidal... well maybe a little": the denial softened
    r"|\bmentira\b[^.!?]{0,15}?\b(?:si|yes)\b"
    r"|\b(?:well|ok|okay|bueno|pero|but)\b[,.\s]+(?:maybe|tal vez|quiza|a lo mejor|honestly)? ?(?:a little|a bit|kinda|sort of|un poco"
    r"|poquito|un poquito)\b"
    # "no es q quiera matarme... bueno si, a veces si quiero": the denial taken back
    r"|\b(?:bueno|pues|well|ok|okay)[,.\s]+(?:si|yes|yeah)\b[,.\s]+(?:a veces|sometimes|a little|un poco|kinda|si (?:quiero|lo quiero)|i do)\b"
    r"|\ba veces si (?:quiero|lo quiero|lo pienso|los tengo|las tengo|los pienso|me dan)\b|\bsometimes i do\b"
    # "i didnt take too many. ok i did", "no me tomé de más, bueno sí": the denial owned up to
    r"|\b(?:ok|okay|well|fine|bueno|pues)[,.\s]+(?:yes |yeah |si )?(?:i did|i have|lo hice|me las tome|si)(?=\s*(?:[.,!;]|$))"
    # "pero la neta sí", "but honestly yes": the denial taken back outright; "then no promises", "kinda not jk"
    r"|\b(?:pero|but|bueno|well)\b[,.\s]+(?:la neta|la verdad|honestly|tbh|truthfully|en realidad)[,.\s]+(?:si|yes|yeah|i do|i am)\b"
    r"|\b(?:unless|except if|a menos que|salvo que|excepto si)\b[^.!?]{0,60}?\b(?:no promises|no prometo nada|cant promise|can t promise)\b"
    r"|\b(?:(?:kinda|kind of|maybe|actually|tbh) )?not (?:jk|joking|kidding)\b|\bno (?:es broma|estoy bromeando)\b"
    # "not really, not today anyway": other days left open
    r"|\bnot today(?:,)? (?:anyway|at least|i guess)\b|\bhoy no(?:,)? (?:por lo menos|al menos)\b"
    # "no me he cortado... bueno, el viernes sí": the denial corrected with a day
    r"|\b(?:bueno|well|ok|okay)[,.\s]+(?:el |la |on |ayer|anoche|hoy|esta |last |yesterday|this )[^.!?]{0,20}?\b(?:si|yes|i did|once)\b"
    # the denial given a term: "no me voy a hacer nada mientras viva mi mamá. después ya veremos"
    r"|\b(?:mientras|while|as long as|until|hasta que)\b[^.!?]{0,40}?[.!?,;]*\s*(?:despues|luego|after that|afterwards|then|and then) (?:ya )?"
    r"(?:veremos|we ll see|well see|who knows|quien sabe)\b"
    # "no pienso en matarme... aunque la verdad a veces sí", "not really wanting to die. well. some nights"
    r"|\b(?:bueno|well|pues|aunque|pero|but|though|tho)\b[,.\s\u2026]*(?:(?:la verdad|honestly|no se|idk|i dunno|no mucho|not much"
    r"|no como antes|not like before|no tant[oa]s? como antes|not as (?:much|often|many) as before|todavia|still|aun|o sea|maybe|tal vez|quiza"
    r"|quizas)[,.\s\u2026]+){0,3}(?:si )?(?:a veces|sometimes|some (?:nights|days)|algunas noches"
    r"|algunos dias|de vez en cuando|every now and then)(?: (?:at night|de noche|por la noche|en la noche))?"
    r"(?:\s*(?:[.!?\u2026]|$)| (?:si|yes|i do|lo pienso|i think about it|todavia|still|aun)\b| i (?:think|thought)\b| pienso en\b"
    r"| se me (?:cruza|viene|pasa)\b| (?:it )?crosses my mind\b)"
    # the denial narrowed to a time when alone: "not really i mean. maybe at night when the house is empty"
    r"|\b(?:maybe|tal vez|quiza|quizas|a lo mejor)\s+(?:at night|late at night|some nights|sometimes|when (?:i m|im|i am) alone|when the house is"
    r"|de noche|en la noche|por la noche|a veces|cuando estoy sol[oa]|cuando me quedo sol[oa])\b"
    # the denial narrowed to once or to "not much": "bueno, una vez el jueves", "bueno, no mucho"
    r"|\b(?:bueno|well|ok|okay|pero|but)[,.\s\u2026]+(?:(?:maybe|tal vez|quiza|quizas) )?(?:una vez|once|one time|un par de veces|a couple (?:of )?times"
    r"|twice|dos veces)\b"
    r"(?! (?:a|al|per|every|cada|por|in a|more|mas|que|that)\b)"
    r"|\b(?:bueno|well)[,.\s\u2026]+(?:no mucho|not much|not that much|not a lot|not often|no tanto|casi no)(?=\s*(?:[.!?,;\u2026]|$))"
    # "no dark thoughts... well, a few", "bueno, no tan jaja", "she's not suicidal... but then she said 'not today anyway'"
    r"|\b(?:well|bueno|ok|okay)[,.\s\u2026]+(?:(?:si|yes|yeah)[,.\s\u2026]+)?(?:a few|a couple|some|unos cuantos|unas cuantas|algunos|algunas|unos poquitos"
    r"|unas poquitas|unos pocos)\b"
    # ... or to most days: "no thoughts of hurting myself... well not most days anyway"
    r"|\b(?:well|bueno)[,.\s\u2026]+(?:not most days|not every day|not all the time|no todos los dias|no siempre)\b"
    r"|\b(?:bueno|well|ok|okay|pero|but)[,.\s\u2026]+(?:no tan|not so|not really|not entirely|not totally) (?:jaja\w*|jk|kidding|joking|broma"
    r"|de broma|haha\w*)"
    r"|\bnot (?:today|tonight)(?: anyway| at least| tho| though)?(?=\s*(?:$|[.!?,;\u2026]))"
    r"|\b(?:ok|okay|well|bueno|pero|but)[,.\s\u2026]+(?:thats|that s|that was|es|eso es|eso fue) (?:a lie|mentira|not true|not really true)\b"
    # "no voy a hacer ninguna tontería... aunque la verdad sí lo he pensado"
    r"|\b(?:bueno|well|pues|aunque|pero|but|though|tho)\b[,.\s\u2026]*(?:(?:la verdad|honestly|no se|o sea|anoche|last night|hoy|today|ayer"
    r"|yesterday)[,.\s\u2026]+){0,2}(?:si |yes |i )?"
    r"(?:lo he pensado|lo pienso|lo pense|lo he considerado|lo (?:estuve|estoy|he estado|ando) pensando|have thought about it|ve thought about it"
    r"|thought about it|(?:was|ve been|been) thinking about it)\b"
    # "bueno, tal vez el domingo un poquito"
    r"|\b(?:bueno|well)[,.\s\u2026]+(?:tal vez|quiza|quizas|maybe|a lo mejor)\b[^.!?]{0,30}?\b(?:un poco|un poquito|poquito|a little|a bit"
    r"|kinda|si|yes|once|una vez)\b"
    # the denial kept only mostly: "im not suicidal. mostly. idk"
    r"|[.!?,\u2026]\s*(?:mostly|for the most part|mas o menos)\s*(?:[.!?,\u2026]\s*(?:idk|i dunno|i guess|i think|lol|no se)?\s*)*$"
    r"|[.!?,\u2026]\s*(?:mostly|for the most part|mas o menos)\s*[.!?\u2026]+\s*(?:idk|i dunno|i guess|no se)\b"
    # the denial owned up to as a lie, or narrowed to one person: "no suicidal thoughts last time but... i lied",
    # "no thoughts of hurting anyone... well except my ex's new bf", "no pienso en hacerle daño a nadie... bueno a mi papá a veces sí"
    r"|\b(?:but|pero|well|bueno|ok|okay|honestly|la verdad)\b[,.\s\u2026]*(?:i lied|i was lying|menti|te menti|le menti|era mentira)\b"
    r"|(?:\b(?:well|bueno|pues|but|pero)\b[,.\s\u2026]*|[.!?\u2026]\s*)(?:except|excepto|menos|salvo) (?:for )?(?:my|mi|this|that|ese|esa|este|esta|his"
    r"|her|el|la) \w+"
    r"|\b(?:bueno|well|pero|but)[,.\s\u2026]+(?:a|al|a la|to) (?:mi|my) \w+ (?:a veces|sometimes|si|yes|i do)\b"
    # the joke taken half back: "kidding. mostly."
    r"|\b(?:kidding|jk|just kidding|es broma|bromeando|de broma)\b[.,!\s\u2026]*(?:mostly|kinda|sort of|half|maybe|not really|or not"
    r"|mas o menos|medio|creo|no del todo|not entirely)\b"
)
# A denial doubted or narrowed right after it: "no me voy a matar... creo", "not hurting anyone else. just myself".
_DOUBTED = re.compile(
    # past the reader's worry named: "no me voy a matar si es lo q le preocupa. o sea no creo"
    r"(?:\s*(?:,\s*)?(?:si es (?:lo )?(?:que|q) (?:le|te|les) preocupa(?: a (?:la |el |mi )?\w+)?|if (?:that s|thats|that is) what (?:\w+ ){0,3}?(?:is |was |were |are )?"
    r"(?:worried|asking|wondering) about)\b)?"
    r"[\s.,!]*(?:(?:o sea|i mean|bueno|well|pues)[,.\s]+)?(?:(?:no creo|creo (?:que|q) no|probably not|probably|prolly|i dont think so|i don t think so)"
    r"(?=\s*(?:[.!?,;\u2026]|$))|(?:creo|i think|idk|maybe|tal vez|no se|ya no se|not sure|quien sabe|who knows|supongo|prob)\b)"
    # "no se preocupen" is "don't worry", no doubt
    r"(?! (?:preocup\w*|apur\w*|asust\w*|alarm\w*|angusti\w*))"
    r"|(?: else)?[\s.,!]*(?:just|only|solo|nomas|but) (?:myself|me|a mi|a mi mism[oa])\b(?=\s*(?:$|[.!?,;]))"
)
# Someone else's crisis that the patient shares: "... and honestly me too".
_ME_TOO = re.compile(
    r"\b(?:me too|i do too|i have too|so do i|same here|i (?:also|too) (?:want|think|feel)"
    r"|i wish i (?:had|d) (?:done|succeeded at) it(?: too)?|(?:i )?wish it (?:was|were|had been) me"
    r"|i (?:want|think about|thought about|feel like) (?:to do |doing )?(?:it|that|the same)(?: too"
    r"| as well)?|(?:want|wanna) to (?:join|be with) (?:him|her|them)|yo tambien(?! (?:soy|estoy en|me atiendo|voy con|soy paciente)\b)"
    r"|(?:ahora )?yo (?:tambien )?(?:estoy pensando|pienso|ando pensando|quiero hacer)(?: en)?(?: hacer)? lo mismo"
    # "no paro de pensar en hacer lo mismo", "lately i keep thinking about doing the same"
    r"|(?:no (?:paro|dejo) de pensar en|tengo ganas de|quisiera|me dan ganas de) hacer lo mismo"
    r"|(?:keep|keeps|cant stop) thinking (?:about|of) doing the same(?: thing)?|(?:seguirle|seguirla) los pasos)\b"
    r"(?! (?:with|in|at|for|con|en|para)\b)"
)
# "Our grandson overdosed", "his brother tried to end his life": a third person even when a carer writes.
_OUR = re.compile(
    r"\b(?:our|nuestr[oa]s?) \w+|\b(?:his|her|their) (?:\w+ )?" + RELATIONS + r"\b"
    # someone from their class or team: "un compañero de su clase se suicidó", "a kid in her grade"
    # a neighbour or a coworker: "mi vecina intentó ahorcarse y la encontré yo"; a relative of the patient's: "su prima Yesenia"
    r"|\bsu (?:prima|primo|tia|tio|sobrina|sobrino|amiga|amigo|novia|novio|ex|vecina|vecino|cunada|cunado)\b"
    r"|\b(?:mi|my) (?:vecin[oa]|neighbou?r|coworker|co worker|companer[oa] de trabajo|jefe|jefa|boss)\b"
    r"|\b(?:un|una|a|some|mi|my) (?:companer[oa]|amig[oa]|vecin[oa]|chic[oa]|muchach[oa]|kid|classmate|friend|guy|girl|boy|student)"
    r" (?:de|del|in|from|at|on) (?:(?:su|la|el|his|her|their|my|mi) )?(?:clase|escuela|salon|trabajo|equipo|colegio|grupo|prepa|class|school|grade|team"
    r"|crew|shift|unit|squad|job|work|office|church|gym|iglesia|turno|cuadrilla)\b"
    # a relative of a relative, or one said not to be the patient: "la hermana de mi esposo", "my other son (not ur patient)"
    r"|\b(?:la|el) (?:hermana|hermano|mama|papa|madre|padre|hija|hijo|prima|primo|tia|tio|sobrina|sobrino|abuela|abuelo|amiga|amigo|ex|vecina|vecino)"
    r" de (?:mi|su|nuestr[oa]) \w+|\b(?:my|mi) (?:other|otro|otra) " + RELATIONS + r"\b"
    r"|\b(?:my|mi) \w+,? (?:\()?(?:que no es|who is not|who isn t|whos not|who s not|not) (?:su|your|ur) (?:paciente|patient)\b"
    # a neighbour's or another's child named by the possessive: "the neighbors teenage son"
    r"|\b(?:the |a )?(?:neighbors|neighbours|vecinos|coworkers|friends|cousins)(?: \w+)? (?:son|daughter|kid|boy|girl|husband|wife)\b"
)
_HE_SHE = re.compile(r"\b(?:he|she|hes|shes|he s|she s|el|ella)\b")
# Someone else's attempt told without its words: "my brother tried it last year and now i get why".
_OTHER_TRIED = re.compile(
    r"\b(?:my|mi) (?:\w+ )?" + RELATIONS + r" (?:tried|attempted|did) it\b|\b(?:my|mi) (?:\w+ )?" + RELATIONS + r" attempted\b"
    r"|\bafter (?:an|his|her|their) attempt\b|\blo intento\b"
)
# How a relative or carer who writes names themself: "Tanya's mom here", "(Ray, husband)".
_WRITER = (
    r"(?:mom|mum|mother|dad|father|wife|husband|gf|bf|girlfriend|boyfriend|sister|brother|son|daughter|partner|aunt|uncle|grandma"
    r"|grandpa|roommate|caregiver|fiance|fiancee)"
)
# A relative or carer writing for the patient: what they report of "her" or "him" is the patient's.
_FOR_PATIENT = re.compile(
    # (after a greeting or an apology for writing: "perdón q escriba aquí, soy la tía de Mateo")
    r"^\W*(?:[1-5](?:/5)?[.,]\s*)?(?:(?:hi|hello|hey|hola|buenas(?: tardes| noches)?|buenos dias|dear [\w ]{1,30}?|doctora?|dra?|dr [a-z]+|che|oye|oiga|(?:perdon|disculpe|disculpa|perdone|sorry)"
    r"(?: (?:q|que|for|to|la|el|por) [\w ]{1,25}?)?)[\s,.!]+)?(?:this is|it s|its|i m|im|i am|este es|esta es"
    r"|soy|le escribe|le escribo por|les escribo por|te escribo por|le hablo por|les hablo por|escribo de parte de|le escribo de parte de"
    r"|hablo de parte de|le hablo de parte de|les escribe|te escribe"
    r"|habla|my name is|me llamo) (?:[\w,]+ ){0,3}?(?:son|daughter|wife|husband|sister|brother"
    r"|mother|mom|father|dad|caregiver|carer|partner|nurse|grandson|granddaughter|niece|nephew|cousin|hija|hijo|esposa|esposo|marido"
    r"|mujer|nuera|yerno|hermana|hermano|mama|papa|madre|padre|cuidador|cuidadora|nieta|nieto|sobrina|sobrino|enfermera|aunt|uncle"
    r"|grandma|grandpa|grandmother|grandfather|roommate|roomie|boyfriend|girlfriend|fiance|fiancee|tia|tio|abuela|abuelo|novio|novia"
    r"|stepmom|stepmother|stepdad|stepfather|madrastra|padrastro|support worker|care worker|case worker|caseworker|social worker|aide"
    r"|pareja|companera de cuarto|companero de cuarto)\b"
    # introduced by the relation alone: "buenas, la mamá de Josué." (not "la novia de mi hermano", the writer's relative's)
    r"|^\W*(?:(?:hola|buenas(?: tardes| noches)?|buenos dias|(?:perdon|disculpe|disculpa|perdone)(?: (?:la|el|que|q|por) [\w ]{1,25}?)?)[\s,.!]+)?"
    r"(?:(?:la|el) )?(?:mama|papa|madre|padre|hermana|hermano|esposa|esposo|tia|tio"
    r"|abuela|abuelo|hija|hijo|novia|novio|pareja|nieta|nieto|sobrina|sobrino|nuera|yerno|cuidador|cuidadora|primo|prima) de (?:(?:la senora|el senor|don|dona"
    r"|la sra|el sr) )?(?!(?:mi|mis|tu|tus|su|sus)\b)[a-z]+\b"
    # answering for the patient, who cannot use the phone: "contesto por mi tío Chuy, el no sabe usar el cel", "mi mama no le sabe al cel"
    r"|\b(?:contesto|respondo|le contesto|le respondo|escribo) por (?:mi|mis|la|el) \w+|\b(?:im |i m )?(?:answering|replying|responding) for (?:my|her|him)\b"
    r"|\bno (?:le )?sabe (?:usar )?(?:el|al) (?:cel|celular|telefono)\b"
    # ... or cannot write just now, or whose dose the writer confirms: "mi novia no puede escribir ahorita", "si se tomo la pastilla"
    r"|\b(?:no puede|can t|cant|cannot) (?:escribir|contestar|responder|text|answer|reply)\b"
    r"|^\W*(?:si|yes|sip|yeah|yep),? (?:ya )?se (?:la |las )?tomo (?:la|su|sus) (?:pastillas?|medicinas?)\b|\b(?:doesnt|does not|can t|cant) (?:know how to )?(?:text|use (?:her|his|the) phone)\b"
    r"|(?<!no )\b(?:es (?:su )?paciente(?: suy[oa]| de usted)?|is (?:your|ur|yr) patient|(?:hes|shes|he s|she s) (?:your|ur|yr) patient"
    r"|(?:hes|shes|he s|she s|he is|she is|[0-9]+,?) on (?:your|ur|yr) (?:list|program|caseload|patient list)|(?:ella|el|she|he|(?:mi|my) \w+) (?:es|is|s) (?:la|el|the) (?:paciente|patient)"
    r"|(?:hes|shes) the patient|(?:case manager|caseworker|case worker|social worker) here|(?:esta|estan) en su (?:programa|lista)|is in your program"
    # writing on the patient's phone: "it's Andre on Keisha's phone, she asked me to answer", "desde el cel de mi mamá"
    r"|\b(?:on|from|using) [a-z]+s (?:phone|cell|cellphone)\b|\b(?:she|he) asked me to (?:answer|reply|respond|text (?:you|u) back|write back)\b"
    r"|\b(?:desde|en) el (?:cel|celular|telefono) de (?:mi )?[a-z]+\b"
    # a parent telling of a child who hears voices: "mi hijo dice q escucha una voz q le ordena ..."
    r"|(?:mi|my) (?:hijo|hija|son|daughter)\b[^.!?]{0,30}?\b(?:escucha|oye|hears|is hearing) (?:una |unas |a |the )?(?:voz|voces|voice|voices)"
    r"|^\W*(?:(?:hi|hello|hey|hola)[\s,.!]+)?(?:the )?(?:aunt|uncle|mom|mother|dad|father|sister|brother|wife|husband|daughter|son|grandma"
    r"|grandpa|niece|nephew) (?:of|for|to) [a-z]+ here|(?:you|usted|ud) (?:le )?(?:prescribed|receto)"
    r"|(?:el|ella) toma (?:la |el |su )?\w+)\b"
    # a relative who took the pills of a psychiatric medicine named: "mi hijo brayan se tomo las pastillas de la quetiapina"
    r"|\b(?:my|mi) (?:" + RELATIONS + r") (?:[a-z]+ )?(?:se tomo|se toma|toma|tomo) (?:las|los) (?:pastillas|pildoras) de (?:la|el|su) (?:" + MED_NAMES
    + r")\b"
    # the writer's name, then the relative: "this is bev. my husband frank took his lithium ..."
    r"|^\W*(?:(?:hi|hello|hey|hola)[\s,.!]+)?(?:this is|its|it s|soy) [a-z]+[.,!]+\s+(?:my|mi) (?:" + RELATIONS + r")\b"
    r"|(?:is|esta) on your (?:list|caseload|roster)|(?:shes|hes|she s|he s|she is|he is) your (?:patient|client)"
    # the writer's name, then whose parent they are: "hi its rosa (tyler's mom)"; the patient "16 and on your fluoxetine"
    r"|(?:this is|its|it s) [a-z]+ \((?:[a-z]+ s|his|her) (?:mom|mother|dad|father|wife|husband|sister|brother|grandma|grandmother|aunt|partner)\)"
    r"|(?:hes|shes|he s|she s|he is|she is) (?:[0-9]+ and )?on (?:your|ur) (?:" + MED_REF + r")\b"
    # "my daughter ava (shes the one on your program, 16)"
    r"|(?:shes|hes|she s|he s|she is|he is) the one (?:on|in) (?:your|ur) (?:program|list|caseload|check ins)"
    # "she's been your patient since june", "who's in your program", "answering for my daughter", "es el paciente d ustedes",
    # "(14, sees dr. kim at your clinic)"
    r"|(?:shes|hes|she s|he s|she has|he has) been (?:your|ur) (?:patient|client)|(?:whos|who s|who is|que esta) (?:in|en) (?:your|su) (?:program|programa)"
    r"|(?:answering|replying|responding) (?:for|on behalf of) (?:my|mi) \w+|es (?:el|la) paciente (?:de|d) (?:ustedes|usted|uds|ud)\b"
    r"|\b(?:sees|seeing|is seen by|goes to|ve a|va con)\b[^!?]{0,25}\b(?:at|en) (?:your|ur|su) (?:clinic|clinica|office|practice|consultorio)"
    r"|(?:esta|sigue) en tratamiento con (?:ustedes|usted)|(?:is|s) (?:in treatment|being treated|a patient) (?:with|by|of) you"
    # a writer who says they text behind the patient's back or for them: "she doesn't know I'm texting", "typing for him"
    r"|(?:she|he) (?:doesnt|does not|doesn t) know (?:i m|im|i am) (?:texting|writing|messaging|telling)"
    r"|(?:she|he)(?: d| would|d) be (?:mad|upset|angry|furious) (?:that )?(?:i m|im|i am) (?:telling|texting|writing)"
    r"|(?:typing|texting|writing|replying|answering) (?:for|on behalf of) (?:him|her)\b"
    # "I am writing about my father", "mi esposo me pidió que le escribiera", "his older brother is the one texting"
    r"|(?:i am|im|i m) writing (?:about|regarding|on behalf of) my\b|(?:me pidio|me pidieron) (?:que|q) (?:le|les|te) escrib\w+"
    r"|(?:asked|wants|wanted) me to (?:text|write|message|reach out to|contact|answer) (?:you|the clinic)|(?:is|am) the one (?:texting|writing)\b"
    r"|(?:asked|wants|wanted) me to (?:reach out|answer you)|(?:you re|youre|you are) (?:his|her|their) (?:psychiatrist|doctor|prescriber|provider|np)\b"
    # a dash and a name to sign: "... I'm worried. - Tom", "- Beth (wife)"
    r"|\s[-\u2013]\s*[a-z]+(?:\s*\((?:wife|husband|mom|mother|dad|father|son|daughter|sister|brother|partner|esposa|esposo|mama|papa|hija|hijo)\))?\s*$"
    # ... or the relation signed with a possessive, in brackets or after the last sentence: "- Jordan's partner", "- Linda (his mum)",
    # "... im outside the door rn. her husband", "... his friend alex", "... su mamá", "... soy su pareja"
    r"|\s[-\u2013]\s*[a-z]+s " + _WRITER + r"\s*$"
    # ... with the writer's name first: "-- Tom, Ana's husband", "- Mrs. Haddad, Nour's mom"
    r"|\s[-\u2013]{1,2}\s*(?:[a-z.]+,?\s+){1,3}[a-z]+s " + _WRITER + r"\s*[.!]*\s*$"
    # "le contesto yo, su hermano", "caseworker for Tanya here, she's enrolled in your check-ins"
    r"|\b(?:le |les )?(?:contesto|respondo) yo\b|(?:is|s|she s|he s|shes|hes) enrolled in (?:your|ur) (?:check ?ins|program|texts)"
    r"|(?:caseworker|case manager|social worker|aide) for [a-z]+(?: [a-z]\.?)? here\b"
    # ... after a score, "1. this is tom her husband"; texting for a named relative; following the clinic's advice; a carer who gives the
    # pills ("yo se la doy"); an aide or support worker; the pills told of as doing nothing for him
    r"|^\W*[1-5](?:/5)?[.,]?\s*(?:this is|its|it s|soy) (?:[a-z]+,? )?(?:her|his|su) " + _WRITER + r"\b"
    r"|(?:texting|writing|typing) (?:for|on behalf of) (?:my|mi) (?:" + _WRITER + r"|grandpa|grandma|grandfather|grandmother|abuelo|abuela)\b"
    r"|(?:like|as) (?:you|the doctor|the nurse|dr [a-z]+|the clinic) (?:told|asked) (?:us|me) to\b"
    r"|\byo (?:mism[oa] )?(?:se (?:la|las|lo|los) doy|le doy (?:la|las|su|sus) (?:pastilla|pastillas|medicina|medicinas))\b|\bi give (?:him|her) (?:his|her|the) (?:pills|meds)\b"
    r"|\b(?:support worker|home aide|aide|home health aide|group home|caregiver|cuidadora|cuidador)\b[^.!?]{0,30}?\b(?:here|from|de|aqui)\b"
    r"|(?:this is|i m|im|soy) (?:her|his|su) (?:home )?(?:aide|support worker|caregiver|cuidadora|cuidador)\b"
    r"|\b(?:these|the|his|her|sus|las) (?:pills|meds|medication|pastillas)\b[^.!?]{0,30}?\b(?:hes|shes|he s|she s|he is|she is|sigue) (?:exactly |just |still )?"
    r"(?:the same|igual)\b"
    r"|\s[-\u2013]\s*[a-z]+\s*\((?:his|her|their) " + _WRITER + r"\)\s*$"
    r"|(?:^|[.!?,;]\s*)(?:(?:soy|i m|im|i am) )?(?:su|her|his) (?:" + _WRITER + r"|friend|best friend|mama|papa|madre|padre|esposa|esposo"
    r"|hermana|hermano|hija|hijo|pareja|novia|novio|abuela|abuelo|tia|tio|amiga|amigo)(?: [a-z]+)?\s*[.!]*\s*$"
    # ... or introduced mid-reply, or texting from the patient's phone: "she's asleep, this is her husband.", "his mom here btw",
    # "soy su esposa, escribo desde su cel", "danny's on your list", "mi mamá (la paciente de ustedes)"
    r"|(?:^|[.!?,;(]\s*)(?:this is|its|it s|soy) (?:her|his|su) (?:" + _WRITER + r"|esposa|esposo|mama|papa|hija|hijo|hermana|hermano|pareja|novia"
    r"|novio)(?: [a-z]+)?\s*(?:[.!?,;)]|$|here\b|writing\b|texting\b)"
    r"|(?:^|[.!?,;]\s*)(?:her|his|their) " + _WRITER + r" here\b"
    r"|(?:escribo|le escribo|te escribo|les escribo|texting|writing|typing) (?:desde|from|on) (?:su|his|her) (?:cel|celular|telefono|phone|cell)\b"
    r"|\b(?!(?:its|thats|whats|theres|this|his|hers)\b)[a-z]+s on (?:your|ur) (?:list|caseload|roster)\b"
    r"|(?<!no es )(?<!not )\b(?:la|el) paciente de (?:ustedes|usted|ud|uds|aqui|aca|la clinica)\b"
    # "mi hijo el q ven ustedes cada mes", "mi hermano (paciente de la clínica)", "Genesis (14 años, paciente de ustedes)"
    r"|\b(?:el|la) (?:que|q) (?:(?:ustedes|usted|ud|uds) (?:atienden|atiende|ven|tratan|trata)|(?:atienden|atiende|ven|tratan|trata) (?:ustedes|usted|ud|uds))\b"
    # a guardian, or a score relayed with who gave it: "(I'm her guardian)", "4, dice ella"
    r"|(?:i m|im|i am|soy) (?:her|his|su) (?:legal )?(?:guardian|tutora?|conservator)\b"
    r"|^\W*[1-5](?:/5)?[.,]?\s*(?:dice|says|said|dijo) (?:ella|el|she|he)\b"
    # ... or the patient's phone named: "Sofia's phone, her mom."
    r"|^\W*(?!(?:this|his|its|yes|was|has|is|as|us)\b)[a-z]+s (?:phone|cell|cellphone)\b"
    # ... or the patient marked as such: "shes on ur list", "my son, your patient,", "my partner jess (ur patient)"
    r"|(?:shes|hes|she s|he s) on (?:your|ur) (?:list|caseload|roster)|(?:,|\()\s*(?:your|ur) (?:patient|client)\b"
    r"|\((?:el|la) (?:que|q) (?:ustedes|usted|ud|uds) (?:atienden|atiende|ven|tratan|trata)\)"
    r"|(?:had|has|kept|keeps|tenia|tiene) (?:your|ur|the clinics|the clinic s|su) (?:clinics |clinic s |offices |office s )?(?:number|numero)\b"
    # ... or "someone" is the writer, veiled: "what happens if someone took a weeks worth of effexor at once. hypothetically"
    r"|\b(?:someone|somebody|a person|alguien)\b[^.!?]{0,80}?[.?!,]*\s*(?:hypothetically|asking for a friend|just curious|hipoteticamente"
    r"|por pura curiosidad)\b"
    # ... or on the patient's phone, or as a school or care professional, or as a roommate: "this is my mom's phone"
    r"|(?:this is|its|it s) (?:my|his|her) (?:\w+ )?(?:moms|mom s|dads|dad s|wifes|wife s|husbands|husband s|sons|son s|daughters|daughter s)"
    r" (?:phone|cell)|(?:celular|telefono|cel) de mi (?:mama|papa|esposa|esposo|hijo|hija|abuela|abuelo)"
    r"|^\W*(?:(?:hi|hello|hey|hola|buenas)[\s,.!]+)?(?:i m |im |this is |soy )?(?:the |a |la |el )?(?:school )?(?:counselor|counsellor|teacher"
    r"|therapist|social worker|consejera|orientadora|maestra|maestro|terapeuta|trabajadora social)\b"
    r"|comparto (?:cuarto|piso|depa|departamento|habitacion) con [a-z]+|(?:i|we) share (?:a |an )?(?:room|apartment|dorm) with [a-z]+"
    # an apology for the hour, then the relative: "Buenas noches, perdón la hora. Mi esposa se tomó ..."
    r"|^\W*(?:(?:buenas noches|buenas|hola|hi)[\s,.!]+)?(?:perdon|disculpe|disculpa|perdone|sorry)(?: (?:la|el|por la|for the) (?:hora|molestia"
    r"|late text|hour))?[\s,.!]+(?:mi|my) (?:esposa|esposo|marido|mujer|hija|hijo|mama|papa|wife|husband|son|daughter|mom|dad)\b"
    # a relation named after the patient's name, or alone, at the start or as a signature: "Tanya's mom here", "Mia's dad.",
    # "wife here texting for him", "(Ray, husband)"
    r"|^\W*(?:[1-5](?:/5)?[.,]?\s*)?(?:(?:hi|hello|hey)[\s,.!]+)?(?!(?:mom|dad|mother|father|wife|husband|sister|brother)s\b)[a-z]+s "
    + _WRITER + r"(?: here\b|\s*[.,:;!\-]| typing| writing| texting)"
    r"|^\W*(?:(?:hi|hello|hey)[\s,.!]+)?" + _WRITER + r" here\b"
    r"|^\W*\(\s*[a-z]+,? (?:her |his |the )?" + _WRITER + r"\s*\)"
    r"|[(\-]\s*[a-z]+,? (?:her |his |the )?" + _WRITER + r"\s*\)?\s*$"
    # someone answering for them: "hes like a 1 today", "She's missed a few this week"
    r"|^\W*(?:hes|shes|he s|she s|he is|she is) (?:like |about |maybe )?(?:a |an )?(?:[1-5]|one|two|three|four|five)\b(?= today| this week|\s*/\s*5| out of 5|\s*[.,!]|$)"
    r"|^\W*(?:she|he)(?: s|s| has| is)? (?:missed|taking|been taking|taken|skipped|not taking|hasnt taken|hasn t taken)\b"
    # a Spanish third person on the treatment: "Toma clozapina", "Está con escitalopram desde enero", "ha dejado la lurasidona"
    r"|(?:(?:^|[.!?]\s*)toma|\b(?:esta|sigue) (?:con|tomando)|\bha dejado) (?:la |el |su )?" + MED_REF + r"\b"
    # "her husband here", "hermano de Julio aquí"
    r"|^\W*(?:(?:hi|hello|hey|hola)[\s,.!]+)?(?:(?:her|his|their) (?:husband|wife|mom|mother|dad|father|son|daughter|sister|brother|partner)"
    r"|(?:el |la )?(?:hermano|hermana|esposo|esposa|mama|papa|hijo|hija|tio|tia|abuela|abuelo|novio|novia|pareja) de [a-z]+) (?:here|aqui|aca)\b"
    # a parent telling of a child on the treatment: "mi hijo de 16 está tomando la fluoxetina sin falta"
    r"|(?:mi|my) (?:hijo|hija|son|daughter|esposo|esposa|husband|wife|mama|mom|papa|dad)\b[^.!?]{0,12}?\b(?:esta tomando|sigue tomando|toma|is taking"
    r"|takes|is on|on|has been taking) (?:la |el |su |sus |his |her |the )?" + MED_REF + r"\b"
    # a carer who finds them in the act writes about the one in danger now: "la encontré juntando pastillas en un frasco"
    # (not one found once, told with no act: "mi nieta de 16 se corta los brazos, la encontre ayer")
    r"|\b(?:(?:la|lo) (?:encontre|halle|cache|pesque)\b[^.!?]{0,25}?\b(?:\w+ando(?:se|me)?|\w+iendo(?:se)?|con (?:el|la|los|las|un|una|unas|unos)"
    r" (?:frasco|pastillas|cuchillo|navaja|cuerda|soga|cinturon|pistola|arma|cortadas|cortes|brazos))"
    r"|(?:(?<![a-z] )|\bi )(?:found|caught) (?:her|him) (?:with|collecting|hoarding|stashing|cutting|holding|trying))\b"
    # the one written about is on the treatment: "... telling kids he wants to die. hes on the fluoxetine"
    r"|\b(?:he|she|hes|shes|he s|she s|el|ella) (?:[0-9]{1,2},? (?:and |y )?)?(?:takes|is on|s on|on|has been on|been on|was started on|esta tomando|esta con)"
    r" (?:the |his |her |su |la |el )?(?:new )?" + MED_REF + r"\b(?! (?:too|also|as well|like me|tambien|igual que yo)\b)"
    # ... or, after a relative, the medicine alone: "mi hijo dice que ... toma aripiprazol"
    r"|(?:^|[.!?;] )(?:toma|esta tomando) (?:la |el )?" + MED_REF + r"\b(?! (?:tambien|igual que yo)\b)"
)


# A relative's own medicine taken all at once: "my daughter says she took a bunch of her lexapro", "Emma ... took all her prozac"
# (not a roommate's or a sibling's: "my roommate took a bunch of his adderall" is someone else's)
_OWN_MEDICINE_ALL = re.compile(
    r"\b(?:took|swallowed|downed|se tomo|se trago) (?:a bunch of|a handful of|all(?: of)?|todas|un monton de|varias de) (?:(?:his|her|sus?) (?:\w+ )?"
    + MED_NAMES + r"\b"
    # ... named as the mood pills among others: "se tomó todas las pastillas de la presión y las del ánimo"
    r"|(?:las|sus|her|his|the)\b[^.!?]{0,40}?\b(?:del animo|de la depresion|de los nervios|antidepresivos|antidepressants|mood (?:pills|meds)"
    r"|psych meds))"
    # ... or a whole bottle of it: "mi esposo se tomó todo el frasco de venlafaxina"
    r"|\b(?:todo el frasco|el frasco entero|toda la caja|the whole bottle|a whole bottle|the entire bottle) (?:de |of )(?:(?:his|her|sus?|la|el) )?"
    + MED_NAMES + r"\b"
)
_NOT_CARED_FOR = re.compile(
    r"\b(?:my|mi) (?:\w+ )?(?:roommate|roomie|friend|bestie|sister|brother|cousin|coworker|co worker|neighbou?r|amig[oa]|herman[oa]|prim[oa]"
    r"|vecin[oa]|companer[oa]|bf|gf|boyfriend|girlfriend)\b"
)


@functools.lru_cache(maxsize=1)
def _for_patient(norm: str) -> bool:
    """True when a relative or carer writes for the patient; searched only when another's words need it (the search is long)."""
    if _FOR_PATIENT.search(norm) is not None:
        return True
    m = _OWN_MEDICINE_ALL.search(norm)
    return m is not None and _NOT_CARED_FOR.search(norm, 0, m.start()) is None


# Words run together by a slip of the thumb: "iwannadie", "andnever wakeup". Searched with the
# spaces taken out, only where nothing matched the spaced text, and only where the reply really
# ran words together: the same words spaced normally ("ya no puedo mas con este calor") are the
# rules' to read.
_RUN_TOGETHER_PHRASES = [
    "wanna die", "want to die", "wan to die", "wish i was dead", "wish i were dead", "kill myself", "kil myself",
    "kill myslef", "dont wanna be alive", "dont want to be alive", "dont want to live", "dont wanna live",
    "no quiero vivir", "ya no quiero vivir", "no doy mas", "ya no puedo mas", "better off without me", "gonna jump",
    "me tiro del", "me tomo todas", "tengo la pistola", "gonna end it", "ending it tonight", "end my life",
    "ending my life", "end myself", "sleep and never wake up", "sleep and not wake up", "better off dead",
    "quiero morir", "me quiero morir", "quiero matarme", "kiero morir", "kiero matarme", "suicidarme",
    "quitarme la vida",
]
_WORD_COUNT = {phrase.replace(" ", ""): len(phrase.split()) for phrase in _RUN_TOGETHER_PHRASES}
_RUN_TOGETHER = re.compile(
    r"(?<!dont)(?<!not)(?<!never)(?<!nunca)(?<!no)(?:"
    + "|".join(sorted(_WORD_COUNT, key=len, reverse=True)) + ")"
)


_NOT_LETTER = re.compile(r"[^a-z]+")


def _run_together(masked: str) -> bool:
    """Return True when a crisis phrase appears with some of its words run together."""
    squeezed = _NOT_LETTER.sub("", masked)
    if _RUN_TOGETHER.search(squeezed) is None:
        return False  # the usual case: no phrase at all, so no positions to map back
    kept = [i for i, ch in enumerate(masked) if "a" <= ch <= "z"]
    for m in _RUN_TOGETHER.finditer(squeezed):
        span = masked[kept[m.start()]:kept[m.end() - 1] + 1]
        if len(re.findall(r"[a-z]+", span)) < _WORD_COUNT[m.group()]:
            return True
    return False


# What one wakes up to at an alarm is a morning, not death: "alarm went off and i did NOT want to wake up".
_ALARM_BEFORE = re.compile(r"\b(?:alarm|snooze|despertador|alarma)\b")
# Hypothetical: "text 988 if i ever feel suicidal".
_HYPOTHETICAL = re.compile(
    r"\b(?:if i ever|in case i ever|should i ever|if ever i|si alguna vez|si algun dia|si un dia|if one day|if someday"
    # a question put to the patient, told back: "nurse asked if i was suicidal, i said no"
    r"|ask(?:ed|s|ing)? (?:me )?(?:if|whether) i|me pregunt(?:o|aron|a) si"
    # a dose question: "should i take 2 tonight to make up for it?"
    r"|should i (?:take|double)|can i (?:take|double)|is it ok(?:ay)? to (?:take|double))\b"
)
# A physical symptom told as a simile: "chest pressure ... felt like i was dying".
_SIMILE = re.compile(r"\b(?:like|thought|pense (?:que|q)|como si|siento (?:que|q)|as if)(?: i| i was| im| i m| yo| que)?\s+$")
# ... or said of feeling itself: "me siento morir, fiebre y dolor de garganta"
_FEEL_DYING = re.compile(r"(?:me siento morir|siento (?:que|q) me (?:muero|voy a morir))\b")
_BODY = re.compile(
    r"\b(?:chest|heart|breath\w*|breathe|pain|pressure|dizzy|panic attack|throat|pecho|corazon|dolor|aire|presion"
    r"|fever|fiebre|temperatura|vomit\w*|throwing up|puking|diarrh?ea|garganta|desmay\w*|fainted|passed out|mare\w*|flu|gripa|gripe|sudo|sudando"
    r"|sweat\w*|panico|panic|ansiedad)\b"
)


# "thought i doubled up and now im dizzy": a dose is no simile.
_DOSE_WORDS = re.compile(r"(?:took|swallowed|downed|popped|doubled|tripled|me tome|tome|me trague|trague|overdos\w*)\b")


# "feel like driving off the road" is a wish, not a simile: a feeling like a doing.
_FEEL_LIKE_DOING = re.compile(r"\b(?:feel|feels|feeling|felt) like\s+$")
_GERUND = re.compile(r"\w+ing\b")


def _told_as_simile(masked: str, start: int) -> bool:
    """Return True when the words starting at ``start`` describe a bodily symptom by a simile."""
    if _GERUND.match(masked, start) and _FEEL_LIKE_DOING.search(masked, max(0, start - 20), start):
        return False
    return (_SIMILE.search(masked, max(0, start - 20), start) is not None
            or _FEEL_DYING.match(masked, start) is not None) and _BODY.search(masked) is not None


# Whole replies too short to carry anything but a farewell, giving up or a relapse: "cant anymore",
# "its time", "ya es hora", "cut again". The same words inside a longer reply are ordinary.
_WHOLE_REPLY = re.compile(
    r"(?:i |i just |just |honestly i )?(?:cant|can t|cannot)(?: do (?:it|this))? (?:anymore|any more|no more)"
    # a low mood, an apology and a formal farewell are the whole reply: "1. sorry. goodbye"
    r"|(?:[1-3][.,]?\s*)?(?:im |i m )?(?:sorry|so sorry|lo siento|perdon|perdoname)[.,!\s]+(?:goodbye|adios)(?: (?:everyone|all|a todos))?"
    # a relapse told in two words is the whole reply: "cut again"
    r"|(?:cut|burned|burnt|me corte|me queme) (?:again|otra vez|de nuevo)(?: (?:last night|tonight|today|anoche|hoy))?"
    r"|(?:ok |okay |well |so |i think )?(?:its|it is|it s|ya es) (?:time|hora)(?: now| ya)?"
    r"(?:[\s.!,;]+(?:goodbye|bye|adios|chao|ive made (?:my )?peace(?: with it)?|i made (?:my )?peace(?: with it)?"
    r"|i love you(?: all)?|sorry|forgive me|perdon\w*|los quiero|l[oa]s amo|te quiero|im ready|estoy list[oa]))*"
)


def find_crisis(text: Text) -> list[Hit]:
    """Return crisis, third_party_crisis and past_crisis hits in normalised coordinates."""
    whole = text.norm.strip(" .!?,;\u2026")
    if _WHOLE_REPLY.fullmatch(whole):
        return [Hit("crisis", 0, len(text.norm))]
    phrases = list(CRISIS.finditer(text.norm))
    if not phrases and COMPOSED.search(text.norm) is None and not _emoji(text.norm):
        # Masking idioms can only remove matches, so skip it when there are none.
        idioms: list[Hit] = []
        masked = _mask_idioms(text.norm, idioms)
        found = idioms[:1]  # one idiom is enough to say the text was read
        shared = _second_thoughts(text, found, [])
        if shared:
            return found + shared
        if _run_together(masked):
            return found + [Hit("crisis", 0, len(text.norm))]
        return found + _safety_net(text, masked, found)
    hits: list[Hit] = []
    masked = _mask_idioms(text.norm, hits)
    not_that = _NOT_THAT.search(text.norm) is not None
    negated_ends: list[int] = []
    for kind, start, end, matched in _matches(masked, phrases if masked == text.norm else None):
        if kind == "past":
            hits.append(Hit("past_crisis", start, end))
            continue
        sentence_end = text.sentence_bounds(start)[1]
        if checked_and_fine(masked, start, matched, sentence_end):
            # over and checked, yet a person should still read it
            hits.append(Hit("past_crisis", start, end))
            continue
        if kind not in ("third", "others") and harmless_scope(masked, start, end, matched, sentence_end):
            negated_ends.append(end)
            continue
        if kind == "others" and told_as_dream(masked, start):
            negated_ends.append(end)
            continue
        if _told_as_simile(masked, start) and not _DOSE_WORDS.match(matched):
            negated_ends.append(end)
            continue
        if kind == "point" and matched.endswith(("point", "purpose", "use")):
            about = _point_is_about(text, start, end)
            if about != "life":
                if about == "treatment":
                    # read like an idiom: the model needs a near-certain score beside it
                    hits.append(Hit(IDIOMATIC, start, end))
                continue
        if _woken_by_day(text, masked, start, end, matched):
            negated_ends.append(end)
            continue
        if _put_right(masked, start, end):
            negated_ends.append(end)
            continue
        if _HYPOTHETICAL.search(masked, max(0, start - 30), end):
            continue
        if _quoted(masked, start):
            hits.append(Hit("third_party_crisis", start, end))
            continue
        if _REPORTED.search(masked, max(0, start - 50), start):
            hits.append(Hit("crisis" if _for_patient(text.norm) else "third_party_crisis", start, end))
            continue
        if (kind == "open" or not _FIRST_PERSON.search(matched)) and (
            _TOPIC_BEFORE.search(masked, max(0, start - 60), start)
            or _TOPIC_AFTER.match(masked, end)
        ):
            # Someone else's crisis in the news or a story: a person still reads it.
            hits.append(Hit("third_party_crisis", start, end))
            continue
        # an overdose asked about once a child or a pet got into the pills: "is an overdose of lamotrigine dangerous? my
        # toddler got my purse open"; a person still reads it
        if kind == "open" and "?" in masked[start:sentence_end + 1] and (_GOT_INTO.search(masked) or _ASKING_FOR_ANOTHER.search(masked, end)):
            hits.append(Hit("third_party_crisis", start, end))
            continue
        # ... or eaten by the child or the pet that got into them: "my lab got into my purse and ate half my sertraline bottle"
        if _ATE_THEM.match(matched) and _GOT_INTO.search(masked, max(0, start - 60), start):
            hits.append(Hit("third_party_crisis", start, end))
            continue
        if kind == "open" and _SOMEONE_BEFORE.search(masked, max(0, start - 40), start):
            hits.append(Hit("third_party_crisis", start, end))
            continue
        # (an "open" match with a topic before it was read as someone else's just above)
        if kind == "open" and _CAUSE_QUESTION.search(masked, max(0, start - 50), start):
            continue
        if kind == "others" and _DRUG_SUBJECT.search(masked, max(0, start - 50), start):
            continue
        if kind == "others" and NEGATORS.intersection(_WORD.findall(matched)):
            negated_ends.append(end)
            continue
        if is_negated(text, start) or _denied_after(text, end, matched) or (_WEARY.search(matched) and (
                not_that or _ONLY_WEARY.search(masked, 0, start) or _NOT_SUICIDAL_NEXT.match(masked, end))):
            if not_that and _HEDGE_AFTER.search(masked, end, sentence_end):
                # "no es que me quiera matar, pero ...": a hedge, not a denial; the model hears the rest
                continue
            if kind == "self" and (_DENIED_FOR.match(masked, end) or _CLEAN_FOR.search(masked, max(0, start - 20), start)):
                hits.append(Hit("past_crisis", start, end))
            negated_ends.append(end)
            continue
        if kind == "third" or (kind != "about_me" and not _FIRST_PERSON.search(_owned_removed(kind, matched))
                               and (subject_is_other(text, start, matched) or _WHO_DID.search(masked, max(0, start - 40), start)
                                    or _THEIRS.search(masked, max(0, start - 12), start))):
            current = not (_over_after(text, end, matched) or is_past(text, start, end))
            # harm threatened by the patient to a relative is still the patient's: "told his sister the voice wants her dead"
            mine = current and (_for_patient(text.norm) or _tied_before(text, start)) and (
                kind == "others" or not _someone_elses_relative(text, start))
            hits.append(Hit("crisis" if mine else "third_party_crisis", start, end))
            continue
        if _over_after(text, end, matched) or is_past(text, start, end):
            hits.append(Hit("past_crisis", start, end))
            continue
        hits.append(Hit("crisis", start, end))
    if not any(h.reason == "crisis" for h in hits):
        hits.extend(_second_thoughts(text, hits, negated_ends))
    hits.extend(back_again(text, hits))
    hits.extend(Hit(DENIED, end, end) for end in negated_ends)
    if not any(h.reason == "crisis" for h in hits):
        hits.extend(_safety_net(text, masked, hits))
    hits.extend(_over_as_before(text, negated_ends))
    return hits


# "ya no pienso en morirme como antes", "i dont want to die like i used to": crisis words denied as no
# longer there, the way they were, tell of a past crisis that is over; a person still reads it.
_NO_LONGER_AS_BEFORE = re.compile(
    r"\b(?:ya no|no longer|not anymore|not|dont|don t|do not|no)\b[^.!?]{0,50}?\b(?:como antes|like before|like i used to|the way i used to"
    r"|como solia|como (?:lo )?hacia(?: antes)?|as much as before|tanto como antes|(?:de|from) (?:antes|before)|i used to have"
    # ... or as left behind, or gone since a change: "thats all behind me", "desde q me subieron la dosis todo cambió"
    r"|(?:thats|that s|its|it s|that is) (?:all )?behind me|(?:ya )?(?:quedo|quedaron) atras|de hace (?:\w+ )?(?:anos|meses|tiempo)"
    r"|desde (?:que|q) me (?:subieron|cambiaron|ajustaron|bajaron) (?:la|el) (?:dosis|medicamento|medicina|pastilla)"
    # ... or said to have stopped: "no thoughts of ending things, those stopped back in the spring"
    r"|(?:those|they|that|it|the thoughts|los pensamientos|esos|eso)(?: all)? (?:stopped|went away|ended|faded|quit|pararon|se fueron|se quitaron"
    r"|desaparecieron|se acabaron))\b"
)


def _over_as_before(text: Text, negated_ends: list[int]) -> list[Hit]:
    """Return a past_crisis hit for denied crisis words whose sentence says they are no longer there,
    as they were before."""
    for end in negated_ends:
        if end > 0:
            sent_start, sent_end = text.sentence_bounds(end - 1)
            if _NO_LONGER_AS_BEFORE.search(text.norm, sent_start, sent_end):
                return [Hit("past_crisis", sent_start, end)]
    return []


# A dose or a span of time right after the words: "sleep forever 12 hours", "dead 2 days".
_UNITS = re.compile(r"\s*(?:\d+\s*)?(?:mg|mgs|hrs?|hours?|horas?|mins?|minutes?|minutos?|dias?|days?)\b")
_ERRAND = re.compile(FOR_AN_ERRAND)


_TOLD_TO = re.compile(r"\b(?:told|texted|messaged|warned|le dijo a|le conto a|le escribio a) $")
_SAW_THEM = re.compile(r"\s+(?:saw|found|caught|noticed|heard|vio|encontro|cacho)\s+(?:her|him|la|lo)\b")


# A relative marked in brackets as the patient, shortly before the words with no other relative named between: "mi hermano
# (paciente de la clínica) dice q ... se va a aventar", "Génesis (14 años, paciente de ustedes). Subió un video despidiéndose".
_TIED_BEFORE = re.compile(
    r"(?:\((?![^)]*\b(?:no|not|ni)\b)[^)]{0,30}?\b(?:paciente|patient)\b[^)]{0,40}\)|,\s*(?:su |la |el |your )?(?:paciente|patient)(?: de \w+)?,)"
    r"(?:(?!\b(?:mi|my|su|sus|his|her|el|la|los|las) (?:" + RELATIONS + r")\b)[^()]){0,100}$"
)


def _tied_before(text: Text, start: int) -> bool:
    return _TIED_BEFORE.search(text.norm, max(0, start - 200), start) is not None


def _someone_elses_relative(text: Text, start: int) -> bool:
    """True when a relative of someone else's ("our son", "her brother") is the last one named before ``start`` with no
    "he" or "she" after it: "he told his sister he wants to jump" is still his."""
    last = None
    for m in _OUR.finditer(text.norm, text.sentence_bounds(start)[0], start):
        if text.norm[max(0, m.start() - 1):m.start()] != "(":  # the writer's own bracket: "she asked me (her mom)"
            last = m
    # (one who saw them is a witness, not the one in danger: "her coworker saw her scratching her wrists")
    # (nor one told something: "my grandson told his girlfriend hes going to end it all" is still his)
    return last is not None and _HE_SHE.search(text.norm, last.end(), start) is None and not _SAW_THEM.match(text.norm, last.end()) \
        and not (_TOLD_TO.search(text.norm, max(0, last.start() - 20), last.start()) and _HE_SHE.match(text.norm, start))


def back_again(text: Text, hits: list[Hit]) -> list[Hit]:
    """Return a crisis hit where a past crisis is read and the reply says it is back: "tried once back in 2019 and
    lately the same thoughts are back"."""
    if any(h.reason == "crisis" for h in hits) or not any(h.reason == "past_crisis" for h in hits):
        return []
    m = _RECUR.search(text.norm)
    return [Hit("crisis", m.start(), m.end())] if m else []


def _woken_by_day(text: Text, masked: str, start: int, end: int, matched: str) -> bool:
    """True for not waking said of a morning: "not wake up until monday", "the alarm went off and i didnt want to wake up"."""
    # (no point in waking up is no morning: "i dont see the point of waking up every day")
    return _WAKE_END.search(matched) is not None and "point" not in matched and (
        _WAKE_DETAIL.match(masked, end) is not None
        or _ALARM_BEFORE.search(masked, text.sentence_bounds(start)[0], start) is not None)


def _safety_net(text: Text, masked: str, hits: list[Hit]) -> list[Hit]:
    """Return one crisis hit from the broad net when no existing guard explains it."""
    for start, end, matched in net_candidates(masked):
        if any(start < h.end and h.start < end for h in hits if h.end > h.start):
            continue  # already read: an idiom, someone else's or a past crisis
        if _TOPIC_BEFORE.search(masked, max(0, start - 60), start) or _TOPIC_AFTER.match(masked, end):
            continue
        if _CAUSE_QUESTION.search(masked, max(0, start - 50), start) or _UNITS.match(masked, end) \
                or _ERRAND.match(masked, end):
            continue
        if is_negated(text, start) or _denied_after(text, end, matched) or _put_right(masked, start, end):
            continue
        if not _FIRST_PERSON.search(matched) and subject_is_other(text, start, matched):
            continue
        if _REPORTED.search(masked, max(0, start - 50), start) and not _for_patient(text.norm):
            continue  # someone else's words: "my kid said im literally dying bc the wifi was down"
        if _over_after(text, end, matched) or is_past(text, start, end):
            continue
        if _told_as_simile(masked, start):
            continue
        if _HYPOTHETICAL.search(masked, max(0, start - 30), end):
            continue
        if harmless_scope(masked, start, end, matched, text.sentence_bounds(start)[1]) or _woken_by_day(text, masked, start, end, matched):
            continue  # the same ordinary readings as a phrase the rules matched, a dream told among them
        return [Hit("crisis", start, end)]
    return []


# A negative phrase followed by "no more" is one statement said twice, not a "no" answering it:
# "i dont wanna live no more", "ya no quiero vivir ya no".
_CONCORD = re.compile(r" (?:no more|no mas|ya no)\b")


def _said_twice(text: Text, end: int, matched: str) -> bool:
    return _CONCORD.match(text.norm, end) is not None and bool(NEGATORS.intersection(_WORD.findall(matched)))


def _denied_after(text: Text, end: int, matched: str) -> bool:
    return not _said_twice(text, end, matched) and is_denied_after(text, end)


def _over_after(text: Text, end: int, matched: str) -> bool:
    return not _said_twice(text, end, matched) and is_resolved_after(text, end)


def _matches(masked: str, phrases: list[re.Match] | None = None) -> list[tuple[str, int, int, str]]:
    """Return (kind, start, end, text) of the phrase matches, then composed ones they miss.

    ``phrases`` are the phrase matches already found in ``masked``, when the caller has them.
    """
    if phrases is None:
        phrases = list(CRISIS.finditer(masked))
    found = [(m.lastgroup, *m.span(), m.group()) for m in phrases]
    spans = [(s, e) for _, s, e, _ in found]
    for kind, more in (("open", COMPOSED.finditer(masked)), ("self", _emoji(masked))):
        for m in more:
            s, e = m.span()
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                found.append((kind, s, e, m.group()))
                spans.append((s, e))
    return found


def _emoji(norm: str) -> list[re.Match]:
    """Return the emoji rules' matches; every one needs an emoji, and most texts are plain ASCII."""
    return [] if norm.isascii() else list(EMOJI.finditer(norm))


def _mask_idioms(norm: str, hits: list[Hit]) -> str:
    """Return ``norm`` with its idioms blanked out, noting each one as read in ``hits``."""
    pieces, last = [], 0
    for m in IDIOM.finditer(norm):
        hits.append(Hit(IDIOMATIC, m.start(), m.end()))
        pieces += [norm[last:m.start()], "#" * (m.end() - m.start())]
        last = m.end()
    return "".join(pieces) + norm[last:] if pieces else norm


_NEW_CLAUSE = re.compile(r"\s*[,;:\u2026-]+\s*(?=\w)")
_TREATMENT_BEFORE = re.compile(
    r"\b(?:" + MED_REF + r"|therapy|treatment|tratamiento|meds?|pills?|pastillas?|medicin\w*|medicament\w*|medication)\b"
)


def _point_is_about(text: Text, start: int, end: int) -> str | None:
    """Return "life" or "treatment" for what "what's the point" is about, or None when the words do not say."""
    _, clause_end = text.clause_bounds(end)
    rest = text.norm[end:clause_end]
    if POINT_LIFE.match(rest):
        return "life"
    if POINT_TREATMENT.match(rest):
        return "treatment"
    # a new clause after it says what it is about: "whats the point, nothing changes" (life),
    # "whats the point, the zoloft isnt doing anything" (the treatment), unless the treatment came just
    # before: "so done w this zoloft, whats the point, 3 months and nothing"
    after = _NEW_CLAUSE.match(rest)
    if after:
        if POINT_TREATMENT.match(rest, after.end()) or _TREATMENT_BEFORE.search(text.norm, max(0, start - 80), start):
            return "treatment"
        return "life"
    return "life" if POINT_EMPTY.match(rest) is not None else None


_CLAUSE_CLOSES = re.compile(r"\s*(?:[.!?,;\u2026]|$)")
# A denial of doing "anything", with no crisis word to deny: "no es q vaya a hacer algo", "not gonna do anything".
_VEILED_DENIAL = re.compile(
    r"\b(?:(?:no es (?:que|q)|not that|it s not like|its not like|no es como si) (?:i d|id|i would|i m gonna|im gonna|i m going to"
    r"|im going to|i will|i ll|ill|i|vaya a|fuera a|voy a|lo vaya a)|(?:i m |im |i am )?(?:not gonna|not going to|wont|won t)"
    r"|no voy a) (?:do|hacer) (?:anything|something|algo|nada|ninguna (?:tonteria|locura|estupidez))(?: (?:stupid|dumb|bad|tonto|malo|loco))?\b"
    # too many pills denied: "i didnt take too many. ok i did"
    r"|\b(?:i )?(?:didnt|did not|didn t) (?:take|swallow) (?:too many|too much|extras?|more than i (?:should|was supposed to))\b"
    r"|\bno (?:me )?tome (?:de mas|demasiadas|mas de la cuenta)\b"
    # dark thoughts denied: "no dark thoughts or anything... well, a few"
    r"|\b(?:no|not any|zero) (?:dark|bad|scary|ugly) thoughts\b|\b(?:ningun|ni un|nada de) (?:pensamiento|pensamientos) (?:feos?|malos?|oscuros?)\b"
)


def _second_thoughts(text: Text, hits: list[Hit], negated_ends: list[int]) -> list[Hit]:
    """Return crisis hits where a denial is taken back or another's crisis is shared."""
    found = []
    # denied crisis words first, then veiled denials, searched only when those found nothing
    denials = itertools.chain(((end, False) for end in negated_ends),
                              ((m.end(), True) for m in _VEILED_DENIAL.finditer(text.norm)))
    for end, veiled in denials:
        m = _REVERSAL.search(text.norm, end) or _DOUBTED.match(text.norm, end)
        # doing "nothing" may be the day's plan, so a doubt must close it: "no voy a hacer nada... creo"
        if m and not (veiled and m.re is _DOUBTED and not _CLAUSE_CLOSES.match(text.norm, m.end())):
            found.append(Hit("crisis", m.start(), m.end()))
            break
    if any(h.reason in ("third_party_crisis", "past_crisis") for h in hits) or _OTHER_TRIED.search(text.norm):
        m = _ME_TOO.search(text.norm)
        if m:
            found.append(Hit("crisis", m.start(), m.end()))
    return found


@functools.cache
def _unguarded() -> tuple[Scanner, Scanner]:
    groups = [(name, [without_guards(p) for p in patterns]) for name, patterns in GROUPS]
    return Scanner(groups), Scanner([("open", without_guards(COMPOSED_PATTERN))])


def ruled_out(norm: str) -> bool:
    """Return True when a crisis phrase is present but one of the rules' guards set it aside
    ("cut myself shaving", "don't want to live like this with the nausea"): the learned
    model then has no say, as for any other guarded finding."""
    scanner, composed = _unguarded()
    return scanner.search(norm) is not None or composed.search(norm) is not None


# The writer says the one in danger is not the patient: "my neighbor earl, not me, said ...", "he's not a patient there".
_NOT_A_PATIENT = (
    r"(?:is|s|isnt|isn t) not (?:a|the|your|ur) patient|(?:isnt|isn t) (?:a|the|your|ur) patient|not (?:a|the|your|ur) patient"
    r"|no es (?:su |tu )?paciente|no es paciente"
    # ... or that the writer is: "mi hija de 16 se esta cortando ... yo soy la paciente"
    r"|yo soy (?:la|el) paciente|(?:i m|im|i am) the patient"
)
_NOT_THE_PATIENT = re.compile(r"\b(?:not me|no soy yo|" + _NOT_A_PATIENT + r")\b")
# ... said of the patient's status alone: a bare "not me" may be the writer's own ("i know thats not me but the thought keeps coming")
_NOT_THE_PATIENT_STATUS = re.compile(r"\b(?:" + _NOT_A_PATIENT + r")\b")


def said_not_the_patient(norm: str, status_only: bool = False) -> bool:
    return (_NOT_THE_PATIENT_STATUS if status_only else _NOT_THE_PATIENT).search(norm) is not None


def without_crisis_words(norm: str) -> str:
    """Return ``norm`` with every crisis phrase the rules know blanked out."""
    spans = [m.span() for m in CRISIS.finditer(norm)] + [m.span() for m in COMPOSED.finditer(norm)]
    out = list(norm)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


def hypothetical(norm: str) -> bool:
    """Return True for a "what if i ever" or "in case i ever" question or plan."""
    return _HYPOTHETICAL.search(norm) is not None


# The writer's own word that they will do nothing: "im not going to do anything myself", "no voy a hacerme nada"
# (not "anything but sit here").
_DENIES_INTENT = re.compile(
    r"\b(?:(?:im|i m|i am) not (?:going to|gonna) do|(?:i|ill|i ll) (?:wont|will not|would never|d never|never) do|not gonna do"
    r"|(?:yo )?no (?:voy a|pienso|planeo) hacer(?:me|le)?) (?:anything|nada|something stupid)\b(?! (?:but|except|else|pero|mas que|excepto)\b)"
    # "no se me cruza nada raro por la cabeza"
    r"|\bno se me (?:cruza|pasa|ocurre) nada (?:raro|malo|feo|de eso) por la cabeza\b"
)


def denies_intent(norm: str) -> bool:
    return _DENIES_INTENT.search(norm) is not None
