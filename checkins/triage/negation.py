"""Scope rules shared by the detectors: negation, resolution, subject and time.

Each function looks at the text around one finding in a normalised ``Text`` and
answers one question about it: is it denied, is it over, whose is it, when was it.
"""

from __future__ import annotations

import re

from .lexicon import FILLERS, NEGATORS, RELATIONS
from .normalize import Text

# Phrases that negate as a unit: "no longer", "stopped having", "se me quito".
_MULTI_NEGATOR = re.compile(
    r"\b(?:no longer|not any ?more|no more|stopped (?:having|getting|feeling)|got rid of"
    r"|free (?:of|from)|rid of|ya no|se (?:me )?(?:quito|quitaron|fue|fueron|paso)|ni de broma|ni en broma|ni loc[oa]"
    r"|no (?:esta|anda|se siente|se ve|estaba)|no es (?:que|q)|nada que ver con(?: querer| pensar en)?|not that|it s not that|its not that|ni de chiste|ni de cona|ni de cono|ni en pedo|ni a palos"
    r"|ni se me pasa por la (?:mente|cabeza)"
    r"|para nada|de ninguna manera|no way|nothing like|nada de querer|not in an?)\b"
)
# Phrases that look negative but keep the statement: "can't stop thinking about",
# "not sure I want to live", "not gonna lie".
_NEUTRALISER = re.compile(
    r"\b(?:not sure|dont know|do not know|not certain|cant stop|cannot stop|couldnt stop"
    r"|cant help|cant get (?:it|them|this|the thoughts?) out|not gonna lie|not going to lie"
    r"|no lie|no joke|not kidding|no kidding|not joking|no puedo dejar de|no se si"
    r"|no estoy segur[oa]|cant shake|dont want to but|no matter"
    # a double negative keeps the statement: "cant say i havent thought about it", "i dont NOT want to"
    r"|(?:cant|cannot|wont|couldnt) (?:say|pretend|lie and say) (?:that )?(?:i (?:havent|hadnt|dont|didnt|never|wasnt|am not|m not)|im not)"
    r"|(?:dont|do not|didnt) not)\b"
)
_WORD = re.compile(r"[a-z_]+")
# "no" right before a pronoun is an answer ("no i stopped"), not a negation.
_INTERJECTION_NEXT = frozenset({
    "i", "im", "ive", "id", "ill", "my", "it", "its", "they", "he", "she", "we", "yo",
    "honestly", "but", "just", "actually",
})
# ... except Spanish "no he tenido" (I have not had), which is a negation.
_SPANISH_PERFECT = re.compile(r"he \w+(?:ado|ido|to|cho|so)$")
_ANSWERS = frozenset({"nope", "nah"})
_WINDOW = 6

_RESOLVED_AFTER = re.compile(
    r"\s*(?:(?:is|are|has|have|had|s|seems?|seem to be|finally|totally|completely|all|pretty"
    r"|much|mostly|now|been|got|went|basically|entirely|fully|is all|have all|are all|ya|pero|honestly|honest|but (?:that|it|they|those)"
    r"|and (?:that|it|they) (?:has|have|s)?)\s+){0,3}"
    r"(?:gone|went away|go away|cleared(?: up)?|cleared|resolved|stopped(?! (?:me|my|us|him|her|them|working|sleeping"
    r"|eating)\b)|disappeared|better now"
    r"|over now|fine now|healed|under control|away now|subsided|settled(?: down)?|went down"
    # "the urge to hurt myself hasn't been there since the dose went up"
    r"|(?:hasnt|hasn t|has not|havent|haven t|have not) been (?:there|around|back) since"
    r"|a thing of the past|se (?:me )?(?:quito|quitaron|fue|fueron|paso)|desaparecio"
    r"|not anymore|not any more"
    r"|ya se fue|ya paso|ya no(?! (?:aguant\w*|pued\w*|soport\w*|quier\w*|doy|se\b|hay|vale|sirv\w*|veo|tanto|tan|mucho|tengo (?:fuerzas"
    r"|ganas|razon))))\b"
)
_JOKE_AFTER = re.compile(
    r"\b(?:obviously not|(?<!not )(?<!kinda )jk|(?<!not )just kidding|(?<!not )(?<!no )(?<!im not )(?<!really )(?<!even )kidding|not literally|(?<!no )es broma|(?<!no )es un chiste"
    r"|no es en serio|obvio no|eso no(?=\s*(?:[.!]|$)))\b(?![.!,\s]*(?:(?:jk|lol|haha\w*|jaja\w*)[.!,\s]+)*(?:kinda|kind of|sort of|or am i|or not|maybe|tho"
    r"|not really|half|o no|bueno no|mas o menos|medio|not jk|not joking|not kidding|no es broma"
    # ... nor a joke the writer does not laugh at: "he says he wants to hurt himself and then goes jk jk. not funny"
    r"|not funny|its not funny|it s not funny|no es gracioso|no tiene gracia|no me da risa"
    # ... nor one the writer knows is no joke: "then said he was just kidding. he does not kid about stuff like that"
    r"|(?:he|she) (?:does not|doesnt|doesn t|never) (?:kid|joke)s?\b|(?:el|ella) no bromea))"
)
# "hacerme daño ni de coña": an idiom of refusal right after the finding
_NO_WAY_AFTER = re.compile(
    r"[\s,?!.]*(?:ni de cona|ni de broma|ni en suenos|ni loc[oa]|ni muert[oa]|ni hablar|de ninguna manera|no way|hell no|never ever)\b"
)
_DENIED_AFTER = re.compile(
    r"\s*[?:=\-]*\s*(?:no|none|nope|nah|never|not really|not anymore|not any more|no more"
    r"|not lately|not now|nada|ninguno|ninguna|negative|zero|denied|ya no)\b"
    r"(?:[\s.!,]+(?:eso |that s |thats )?(?:no|none|nope|nada|ninguno|ninguna|never|nunca|at all|para nada))*"
    # ... closing the answer, or the sentence before the next question: "thoughts of hurting myself? no. of hurting dev? also no"
    r"(?:[\s.!,]*$|\s*[.!]+\s)"
)

# Spanish "he" before a participle is "I have": "me he vuelto a cortar", "he escrito una carta".
_SUBJECT = re.compile(
    r"\b(?P<perfect>he(?= \w*(?:ado|ido|ito|to|cho)\b))"
    # "to my mom", "a mi mamá" name whom it is for, not who does it, and "60 of my gf's xanax" whose
    # ("one of my clients overdosed" is still someone else)
    r"|\b(?<!de )(?<!del )(?<!from )(?<!to )(?<!for )(?<!with )(?<!(?<!one )(?<!some )(?<!two )(?<!three )(?<!few )(?<!all )(?<!both )(?<!many )of )(?<!a )(?<!para )(?<!con )(?P<third>he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|ella|ellos|ellas|someone|somebody|alguien"
    # someone met somewhere: "a kid at my school OD'd on pills"
    r"|[a-z]+s (?:grandson|granddaughter|son|daughter|kid|kids|husband|wife|brother|sister|mom|dad|boyfriend|girlfriend|bf|gf)\b"
    r"|(?:my|mi|our) \d+ ?(?:yo|y o|year old|yr old)\b"
    r"|(?:(?:a|some|this|one|the|my|our) )?(?:kid|guy|girl|boy|dude|friend|buddy|pal|classmate|coworker|teammate|crewmate|student|neighbou?r|woman"
    r"|man|lady|senior|junior) (?:at|from|in|on) (?:my|our|the) \w+"
    r"|(?:my|mi|mis|our|his|her|a|the|su|sus|nuestro|nuestra) (?:late |difunt[oa] |fallecid[oa] |best |older |younger |little |big |oldest |youngest "
    r"|baby |twin |step |ex |mejor |teenage |teen |adult |grown |eldest |middle |old |army |navy |battle |work |gym |school |other |otro |otra )?" + RELATIONS
    # ... not whose pills: "found my grandmas old pills and swallowed all of them"
    + r"(?!(?:s| s) (?:\w+ )?(?:pills|meds|medication|medicine|pastillas|pildoras|medicinas?|bottle|frasco|script|prescription|stash"
    r"|xanax|adderall|oxy\w*|percs?)\b)s?"
    # people in one's care or at work: "one of my patients came in after an overdose"
    # ("her patient" is often the writer speaking of themself to the prescriber)
    + r"|(?:my|mi|mis|our|nuestr[oa]s?) (?:\w+ )?(?:patients?|clients?|students?|pacientes?|alumn[oa]s?|clientes?))\b"
    # a Spanish verb in the first person names its subject: "mi esposo se fue y siento que ..."
    # ("someone in my group" is the someone: a "my" after "in" is not a subject)
    r"|\b(?<!\bin )(?<!\ben )(?P<first>i|im|ive|id|ill|me|myself|yo|my|mi|siento|pienso|creo|estoy|tengo|quiero|necesito|puedo"
    r"|deje|escribi|hice|dije|compre|tome|guarde|regale)\b"
)

RECENT = re.compile(
    r"\b(?:again|last night|yesterday|(?<!ago )(?<![1-5] )today(?! (?:a |im a |i m a |id say a |i d say a |like a )?[1-5]\b)|tonight|this (?:morning|week|weekend|afternoon"
    r"|evening|month)|earlier|(?:an?|one|two|few|couple|\d+) (?:hours?|hrs?|days?|nights?|weeks?)"
    r" ago|hours ago|days ago|last week|lately|recently|right now|just now|currently"
    r"|these days|every (?:night|day)|keep|keeps|(?:is|are|came|coming|come) back|relapsed"
    r"|anoche|ayer|hoy(?! (?:un |una |estoy en |me siento (?:como )?(?:un )?)?[1-5]\b)|still do|now too|ahora tambien|aun"
    r"|otra vez|de nuevo|volvi a|(?:went and )?bought (?:another|a new one)|compre (?:otra|otro)|esta (?:semana|manana|noche)|hace (?:un rato|poco"
    r"|\d+ (?:horas|dias))|todavia|(?<!aqui )(?<!aca )sigo(?!,? (?:viv[oa]|bien|muy bien|mejor|estable|tranquil[oa])\b)|ultimamente)\b"
)
_STRONG_PAST = re.compile(
    r"\b(?:(?:\d+|a few|many|several|couple of|couple|some|two|three|four|five|ten)\s+(?:years|yrs)"
    r"\s+(?:ago|back)|years ago|yrs ago|used to|when i was (?:a |younger|little|in|\d+)"
    r"|as a (?:kid|teen|teenager|child)|at age \d\d|at (?!1[0-2]\b)\d\d(?! ?(?:am|pm|tonight|last night|this morning|in the morning|at night)\b)|back in (?!my (?:wallet|purse|bag|drawer|room|car|pocket|hands?|life)\b)|in (?:19|20)\d\d|in high school"
    r"|cuando tenia (?:\d+|\w+ anos)|a los \d+(?: anos)?|de chic[oa]|en la (?:prepa|secundaria|universidad)"
    r"|en (?:19|20)\d\d|the old me|my old self|(?:el|la) (?:yo|vieja yo|viejo yo) de antes"
    r"|in college|as a teenager|in my (?:teens|twenties|20s)"
    r"|in middle school|history of|(?:a|one|over a|more than a) year ago"
    # a crisis recalled to the reader: "remember last year when i told you ..."
    r"|remember (?:last \w+ )?when i|(?:te )?(?:acuerdas|acordas|recuerdas) (?:de )?cuando (?:te dije|yo)"
    # "hace años que quiero morirme" is "for years now", not "years ago"
    r"|hace (?:como |mas de )?(?:anos|muchos anos|varios anos|(?:\d+|un par de|unos|dos|tres|cuatro|cinco|seis|siete|ocho|diez)"
    r" anos|(?:once|doce|quince|veinte|treinta|cuarenta) anos|un ano)(?! (?:que|y (?:sigo|todavia|aun))\b)|de (?:joven"
    r"|adolescente|nin[oa])|cuando era|solia)\b"
)
_WEAK_PAST = re.compile(
    r"\b(?:once|months ago|a while (?:ago|back)|last year|last yr|in the past|previously"
    # the first weeks of the treatment: "al principio del tratamiento tenía pensamientos feos pero eso ya pasó"
    r"|al principio(?: del tratamiento)?|at (?:the )?(?:start|beginning)(?: of (?:the )?treatment)?|when i (?:first )?started (?:it|the meds|treatment)"
    # "before bed", "antes de dormir": a time of day, not of life
    r"|before(?! (?:bed|sleep|sleeping|i (?:sleep|go|fall)|going|work|school|dinner|breakfast|lunch)\b)"
    r"|antes(?! de (?:dormir|acostarme|ir|irme|salir|comer|desayunar|cenar|trabajar)\b)"
    r"|el ano pasado|el ano pasao|hace (?:meses|tiempo|mucho(?: tiempo)?)(?! que\b)|last month|el mes pasado|hace (?:como |unos )?(?:un|dos|tres|cuatro|unos|\d+) mes(?:es)?"
    r"|(?:a few|a couple of|couple|few|\d+|two|three|four|six) months back"
    r"|last (?:winter|spring|summer|fall|autumn|christmas)|(?:el|la) (?:invierno|verano|primavera|otono|navidad) pasad[oa]"
    r"|in (?:january|february|march|april|june|july|august|september|october|november|december)"
    r"|(?:in|back in|en) (?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b"
)
# A year or more since, counted on the day: "today marks a year since my overdose". The
# "today" is the anniversary, not the crisis.
_ANNIVERSARY = re.compile(
    r"\b(?:(?:today|tonight|this week) )?(?:marks|makes|is|its|it s|it has been|has been|been)? ?(?:exactly |over |more than"
    r" |almost )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:full )?years? since"
    r"|\b(?:hoy )?(?:se )?(?:cumple|cumplen|hace|hacen) (?:exactamente )?(?:un|\d+|dos|tres|cuatro|cinco) anos? (?:de|desde|que)\b"
    # "5 years ago this week", "the 2nd anniversary of my overdose"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|yrs?) ago (?:this|today|tonight)(?: (?:week|month|weekend))?\b"
    # ... and in Spanish: "hace tres años hoy me corté", "hoy hace dos años"
    r"|\bhace (?:exactamente )?(?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) anos? (?:hoy|esta semana|este dia)\b"
    r"|\bhoy hace (?:exactamente )?(?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) anos?\b"
    # the day said to have been yesterday, before the bare words (which leave "yesterday" behind): "the anniversary of
    # my suicide attempt was yesterday. 4 years."
    r"|\b(?:anniversary|aniversario) (?:of|de) [^.!?]{0,40}?\b(?:was|is|fue|es|sera) (?:yesterday|today|tomorrow|ayer|hoy|manana|this (?:week|month)|esta semana|este mes)\b"
    # (not a loved one's: "no quería estar despierta pal aniversario de mi papá")
    r"|\b(?:(?:today|tonight|this (?:week|month|weekend)|hoy|esta semana|este mes) (?:is|marks|es) (?:the |el )?)?"
    r"(?:\d+(?:st|nd|rd|th)? |first |second |third |fourth |fifth |primer |segundo |tercer )?(?:anniversary|aniversario) (?:of|de)\b"
    r"(?! (?:(?:the )?(?:death|passing)|(?:la )?muerte|(?:el )?fallecimiento)\b| (?:my|mi|our|nuestr[oa]|his|her|su) (?:late |difunt[oa] )?"
    r"(?:" + RELATIONS + r"|boda|wedding|marriage|matrimonio)\b)"
    # years kept safe, counted on the day: "hoy cumplo 5 años tranquila"
    r"|\b(?:hoy )?(?:cumplo|cumplimos|llevo) (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) anos? (?:tranquil[oa]|limpi[oa]|sin|bien|estable"
    r"|de sobri[oa]|sobri[oa]|de vida)\b"
    r"|\b(?:hoy )?(?:cumplo|se cumplen|hacen|hace) (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) anos? (?:del|de mi|desde (?:el|mi)) (?:intento"
    r"|sobredosis)\b"
    # a day that closes the story: "y hoy me dieron de alta del grupo de apoyo"
    r"|\b(?:today|hoy) (?:i |me )?(?:got discharged|was discharged|graduated|me dieron (?:de )?alta|me gradue|termine (?:el|la|mi) (?:programa|grupo|terapia))\b"
    r"|\b(?:today|hoy) (?:por primera vez |for the first time )?(?:pude|i could|i was able to) (?:contarlo|hablarlo|hablar de (?:eso|ello)|talk about it"
    r"|tell (?:it|about it))\b"
)
# The good present set after a past crisis: "... and today i graduated as a nurse".
_NOW_AFTER = re.compile(r"(?:,|\band|\by|\bbut|\bpero)\s+(?:today|hoy|now|ahora|ahorita|these days|hoy en dia)\b")
_GOOD_NOW = re.compile(
    r"\b(?:proud|orgullos[oa]|graduat\w*|me (?:recibi|gradue|titule)|my first|mi primer[oa]?|celebrat\w*|celebr\w*"
    r"|married|me case|promoted|thriving|grateful|thankful|agradecid[oa]|happy|feliz|doing (?:well|great|good)"
    r"|(?:estoy|sigo) (?:muy )?(?:bien|mejor|feliz|estable)|(?:di|dar|doy|dando|gave|give|giving) (?:una |un |a )?(?:platica|charla|conferencia"
    r"|testimonio|talk|speech)|new job|trabajo nuevo|nuevo trabajo|sober|in recovery|recovered|alive and well"
    r"|nada de eso|estoy en otra|por suerte|todo tranquilo|estoy tranquil[oa]|(?:estoy|me siento|ando) (?:muy |bien |super |re )?(?:distint[oa]|otra persona)"
    r"|con (?:muchas )?ganas(?: de vivir)?|hace (?:\w+ ){0,2}(?:anos|meses) que (?:nada|no)\b"
    r"|planted|garden\w*|went hiking|baked|danced|how far (?:i ve|ive|i have) come|(?:ando|estoy|i m|im|i am)(?: like)? (?:en )?(?:un|a) [45]\b"
    r"|anniversary|aniversario|ni lo pienso|ya lo supere|(?:muy |bien )?lejos de eso|far (?:away )?from (?:that|there)"
    # a morning met gladly: "hoy me levanté a ver el amanecer con mi hija", "this morning i got up early to run"
    r"|me levante (?:temprano )?(?:a|para) (?:ver|correr|caminar|disfrutar)|got up (?:early )?to (?:watch|see|run|walk|enjoy))\b"
)
# Words that bring a past crisis back into the present.
_AGAIN = re.compile(r"\b(?:too|also|same|tambien|igual|lo mismo)\b")


def _good_now_starts(text: Text, end: int, sent_end: int) -> int | None:
    """Return where a clause about a good present begins after a past crisis, if one does."""
    m = _NOW_AFTER.search(text.norm, end, sent_end)
    if m is None:
        return None
    rest = text.norm[m.end():sent_end]
    if _GOOD_NOW.search(rest) and not RECENT.search(rest) and not _AGAIN.search(rest):
        return m.start()
    return None


# "used to want to die": the wish is the past habit's.
_HABIT = re.compile(r"\b(?:used to|use to|would|solia|solias)\b")
# Present-tense wishes and thoughts, said at or just before a crisis finding.
_PRESENT = re.compile(
    r"\b(?<!didnt )(?<!did not )(?<!didn t )(?<!estuve )(?<!estaba )(?<!was )(?:want|wants|wanna|wish|think|thinking|keep|feel like|am|im|quiero|pienso"
    r"|pensando|deseo"
    r"|tengo ganas|sigo|estoy|me dan ganas)\b"
)
_RESOLUTION = re.compile(
    r"\b(?:better (?:now|place)|(?:a )?good place|(?:much|way|a lot) better|im (?:ok|okay|safe|fine|good|alright)"
    r"(?: now)?|safe now|doing (?:much |way |a lot )?better|doing (?:well|good|ok|okay|fine|great|amazing)"
    r"|clean (?:for|since)|in recovery|recovered|got help|not anymore|no longer|ya estoy bien"
    r"|no lo he vuelto a hacer|no lo volvi a hacer|never did it again|havent done it since|haven t done it since"
    r"|(?:this|that|it) (?:feels|is) like (?:a )?(?:win|progress|a new life)|how far (?:ive|i ve|i have) come|saved me|me salvo|me salvaron"
    r"|lo lejos (?:que|q) (?:he llegado|llegue)|(?:estamos|estoy) (?:mucho|muy|bastante) mejor"
    r"|(?:thats|that s|its|it s|that is|all) (?:long |well |way |all )?behind me"
    # a year told against the year of the crisis: "last year i tried ... this year im engaged"
    r"|(?:this year|este ano) (?:im|i m|i am|we re|were|estoy|estamos) (?:engaged|married|working|back|sober|clean|happy|good|great|doing|comprometid[oa]|casad[oa])"
    r"|(?:not|no longer) in (?:a|that) dark place(?: anymore)?|ya no (?:pienso|me siento) (?:asi|igual)"
    r"|(?:good|glad|grateful|nice) to be on the other side|on the other side of (?:it|that|this)|no (?:more )?urges"
    r"|(?:\w+ )?(?:years?|months?|yrs?) (?:of |in )?(?:recovery|clean|sober|sobriety)"
    r"|(?:years?|months?) (?:clean|sober|safe)|(?:tengo|llevo|cumpli|cumplo) (?:\w+ ){0,2}(?:anos?|meses|semanas) limpi[oa]"
    # a dose mistake checked and found harmless: "me hicieron niveles y todo salió bien", "levels came back fine"
    r"|todo salio bien|salio todo bien|(?:levels|labs|bloodwork|everything|it all) (?:were|came back|are) (?:fine|normal|ok|okay|good)"
    r"|(?:niveles|examenes|analisis) (?:salieron )?(?:bien|normales)"
    r"|estoy (?:mucho |muchisimo |bastante |super |muy )?mejor|(?:ahora )?me va (?:muy |super )?bien|ya ni me acuerdo|ya lo supere|ya paso|ya eso paso|eso ya paso|ahora ya no|ya no (?:lo )?(?:siento|pienso)|quedo atras|look forward to"
    r"|(?:aqui|aca) sigo,? (?:viv[oa],? )?(?:y )?(?:agradecid[oa]|feliz|bien|de pie)|sigo viv[oa] y (?:agradecid[oa]|feliz|bien)"
    # a good present season after a bad one: "last winter i didnt want to wake up. this winter im building a snowman"
    r"|(?:this|these) (?:winter|spring|summer|fall|autumn|year|days) (?:im|i m|i am) \w+ing\b|(?:este|esta) (?:invierno|primavera|verano|otono"
    r"|ano) (?:estoy|ando) \w+(?:ando|iendo)\b"
    r"|(?:im|i am|i m) not there anymore|not in that place anymore|ya no estoy ahi|(?:it|that|that feeling|those feelings|those thoughts)"
    r" (?:passed|went away|lifted|faded)|the (?:new )?(?:dose|med|meds|medication|medicine) (?:helped|has helped|really helped)"
    r"|(?:im|i am|i m) in a (?:good|better|great|much better) place|(?:thats|that s|that is|its|it s) (?:all )?behind me"
    r"|(?:are|is|have|has) (?:\w+ )?(?:gone|went away|disappeared|stopped)|(?:none|nothing) since"
    # a good present told in its own words: "now i actually enjoy things again", "hoy estoy muy bien"
    r"|(?:enjoy|enjoying|love|loving) (?:things|life|living|my life) (?:again|now)|(?:feel|feeling) like (?:myself|me) again"
    r"|im (?:doing )?(?:great|happy|well) (?:now|again|these days)"
    r"|estoy (?:muy |super |bastante |mucho )?(?:bien|feliz|content[oa]|tranquil[oa]|estable)"
    r"|(?:ya )?lo (?:he superado|supere)|disfruto (?:la vida|las cosas|vivir) (?:otra vez|de nuevo)"
    # a habit long given up: "hace tres años que no lo hago", "haven't done it in years"
    r"|hace (?:\w+ ){0,2}(?:anos|meses) que no|(?:havent|have not|hasnt|not) (?:done (?:it|that)|cut|self harmed"
    r"|hurt myself|felt (?:like )?that(?: way)?|had (?:those|these|any) thoughts) (?:in|for) (?:\w+ )?(?:years|months)"
    r"|(?:its|it s|it has) been (?:\w+ ){0,2}(?:years|months) since"
    # the same counted as time gone by without it: "ya llevo dos años sin hacerlo"
    r"|llevo (?:\w+ ){0,2}(?:anos?|meses) sin (?:hacerlo|cortarme|lastimarme|hacerme dano|quemarme|intentarlo)"
    r"|(?:gone|went|been|going on) (?:\w+ ){0,2}(?:years?|months?) without (?:doing (?:it|that)|cutting|hurting myself"
    r"|self harm\w*|burning myself)"
    r"|me siento (?:muy |super |bastante |mucho )?(?:bien|mejor|tranquil[oa]|estable)"
    # shown or said to be over: "hoy por fin me animé a usar manga corta", "they're totally gone"
    r"|por fin (?:me anime|me atrevi|pude|use|me puse)|finally (?:wore|felt brave|had the (?:guts|courage|nerve)|could wear)"
    r"|(?:cicatrices|marcas) viejas|old scars|(?:they|those|the thoughts)(?:re| re| are)? (?:totally|completely|all|entirely) gone"
    r"|ya estoy estable|(?:im|i m|i am) stable now"
    # "but thats long gone", "been clean 14 months now", "estoy re bien"
    r"|long gone|(?:thats|that s|that is) (?:all )?(?:over|behind me)|clean (?:for )?(?:\d+|a|one|two|three|six|several|many) (?:weeks?|months?|years?)"
    r"|estoy (?:re |muy |super )?bien)\b"
)


def is_negated(text: Text, start: int, extra_fillers: frozenset[str] = frozenset()) -> bool:
    """Return True when a negator governs the finding that starts at ``start``."""
    clause_start, _ = text.clause_bounds(start)
    prefix = text.norm[clause_start:start]
    if not prefix.strip():
        return False
    prefix = _MULTI_NEGATOR.sub(" not ", prefix)
    prefix = _NEUTRALISER.sub(" _ ", prefix)
    words = _WORD.findall(prefix)
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _WINDOW), -1):
        word = words[i]
        if word in _ANSWERS:
            return False  # "nope, forgot all week" answers; it does not negate what follows
        if word in NEGATORS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if word == "no" and nxt in _INTERJECTION_NEXT and not _SPANISH_PERFECT.match(
                    " ".join(words[i + 1:i + 3])):
                return False
            return True
        if word == "_" or word in FILLERS or word in extra_fillers:
            continue
        return False
    return False


# Spanish puts the body part between: "el temblor de manos ya se me quitó".
_RESOLVED_AFTER_ES = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?ya (?:se (?:me )?(?:quito|quitaron|fue|fueron|paso|calmo)|desaparecio|no (?:lo |la |los |las )?tengo)\b"
    # ... or gone since a change: "las ideas de hacerle daño a mi mamá se fueron desde que me subieron la clozapina"
    r"|\s*(?:[a-z]+\s+){0,3}?se (?:me )?(?:fueron|quitaron|fue|quito) (?:desde|hace|con)\b"
)


# "... pensaba en quitarme la vida, ya no, hoy estoy en un 4": a bare "ya no" set off by commas.
_YA_NO_AFTER = re.compile(r"\s*[,;]\s*(?:pero |but )?(?:ya no|not anymore|no more)\s*(?:[,.;!]|$)")


def is_resolved_after(text: Text, end: int) -> bool:
    """Return True when the words after a finding say it is over ("rash is gone")."""
    return any(p.match(text.norm, end) is not None for p in (_RESOLVED_AFTER, _RESOLVED_AFTER_ES, _YA_NO_AFTER))


def is_denied_after(text: Text, end: int) -> bool:
    """Return True when the clause answers the finding with a no ("self harm? no")."""
    _, clause_end = text.clause_bounds(end)
    if _NO_WAY_AFTER.match(text.norm, end):
        return True
    # The answer often sits after a "?" that also ends the clause.
    tail = text.norm[end:min(len(text.norm), clause_end + 12)]
    if _DENIED_AFTER.match(tail) is not None:
        return True
    # Said as a joke and taken back in the same sentence: "gonna off myself over a parking ticket, obviously not".
    _, sent_end = text.sentence_bounds(end)
    return _JOKE_AFTER.search(text.norm, end, min(len(text.norm), sent_end + 20)) is not None


def subject_is_other(text: Text, start: int, verb: str = "") -> bool:
    """Return True when the nearest subject before ``start`` is someone else.

    ``verb`` is what starts at ``start``: an English verb that cannot agree with one other person is the
    writer's, the "i" dropped ("my mom called again, dont want to live anymore"; "my friends want to" stays theirs).
    """
    sent_start, _ = text.sentence_bounds(start)
    last = None
    # Search past ``start`` so that "he" can see the participle after it ("me he tomado").
    for m in _SUBJECT.finditer(text.norm, sent_start):
        if m.end() > start:
            break
        last = m
    if last is None or last.lastgroup != "third":
        return False
    return not (_BARE_VERB.match(verb) and not _PLURAL.search(last.group()))


_BARE_VERB = re.compile(r"(?:want|wanna|dont|don t|do not|wish|need|am|have|keep|cant|can t)\b")
_PLURAL = re.compile(r"(?:s|they|theyre|theyve|theyd|people|children|family|familia)$")


def _without_resolved_clauses(text: Text, lo: int, hi: int, start: int) -> str:
    """Return text[lo:hi] with other clauses that speak of recovery blanked out.

    "last year i overdosed, today im celebrating a year of recovery": the "today" is
    about the recovery, not the overdose.
    """
    own_start, own_end = text.clause_bounds(start)
    pieces = []
    pos = lo
    while pos < hi:
        c_start, full_end = text.clause_bounds(pos)
        c_end = min(max(full_end, pos + 1), hi)
        piece = text.norm[pos:c_end]
        if not own_start <= pos < own_end and _RESOLUTION.search(text.norm, c_start, full_end):
            piece = " " * len(piece)
        pieces.append(piece)
        pos = c_end
    return "".join(pieces)


# A long quiet spell that has just ended: "... clean for months, at least until last night".
# ("hasta hoy", "until now" are "to this day": the spell goes on.)
_UNTIL_RECENTLY = re.compile(
    r"\b(?:until|till|til|hasta)\s+(?:last night|yesterday|this (?:morning|week|weekend|afternoon)|a few days ago"
    r"|(?:a|one|two|few|couple) (?:of )?(?:days|nights) ago|anoche|ayer|antier|esta (?:semana|manana|tarde)"
    r"|hace (?:un rato|poco|unos dias|\d+ dias))\b"
)


def is_past(text: Text, start: int, end: int) -> bool:
    """Return True when a finding is clearly in the past and over."""
    sent_start, sent_end = text.sentence_bounds(start)
    if _UNTIL_RECENTLY.search(text.norm, end, sent_end):
        return False
    sentence = text.norm[sent_start:sent_end]
    now_start = _good_now_starts(text, end, sent_end)
    hi = min(sent_end, end + 40) if now_start is None else min(now_start, end + 40)
    local = _without_resolved_clauses(text, max(sent_start, start - 60), hi, start)
    local = _ANNIVERSARY.sub(lambda m: " " * len(m.group()), local)
    if RECENT.search(local):
        return False
    clause_start, _ = text.clause_bounds(start)
    # A wish told in the present cannot be past: "years ago i tried, now i also want to die".
    present = _PRESENT.search(text.norm, max(clause_start, start - 12), end) is not None \
        and _HABIT.search(text.norm, max(clause_start, start - 20), start) is None
    if _STRONG_PAST.search(sentence) or _ANNIVERSARY.search(sentence):
        return not present
    if not (_WEAK_PAST.search(sentence) and _RESOLUTION.search(text.norm)):
        return False
    # A loose "before" cannot outweigh a crisis told in the present: "before i sleep i want to die".
    return not present
