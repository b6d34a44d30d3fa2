"""Crises told as over or as someone else's, in words the crisis rules leave to the grammar.

The crisis rules (``crisis.py``) read each crisis phrase they match as current, past or someone
else's. These readings are of replies with no such phrase, or with one the rules do not know: an
attempt "years ago", a neighbour who "se quitó la vida", months "without cutting". Each is a
``past_crisis`` or ``third_party_crisis`` hit, routine, so a person still reads the reply.
"""

from __future__ import annotations

import re

from .findings import Hit
from .lexicon import RELATIONS
from .mood import LONG_AGO
from .negation import is_negated
from .normalize import Text

# An attempt told as long ago, without the words for suicide: "hace 10 años tuve un intento pero gracias a dios
# ya estoy muy bien", "had an attempt back in college". Recent ones are the crisis rules' (they stay urgent).
_PAST_ATTEMPT = re.compile(
    r"\b(?:tuve|hice|had|made|survived) (?:un|an|a|mi|my) (?:intento|attempt)\b(?! (?:de|at|to|of) (?!suicid|quitarme|matarme)\w)"
    # an overdose told the same way: "had an od in 2017, 2 days in the icu"
    r"|\b(?:tuve|had|survived) (?:un|una|an|a|mi|my) (?:od|overdose|sobredosis)\b"
    # the verb alone: "i attempted back in 2016, been stable for years"
    r"|\bi attempted\b(?! (?:to|the|a|an|my|it|this|that|some|one|two|every)\b)"
    r"|\bmy (?:last |only |first |one )?(?:suicide )?attempt (?:was|in|back)\b"
    # the deed left unnamed: "tried once back in 2019"
    r"|\b(?:i )?(?:tried|attempted) (?:once|twice|before)\b(?! (?:to|the|a|an|it|that|this|yoga|again)\b)"
)
# A year well past: "had an od in 2017".
_YEARS_BACK = re.compile(r"\b(?:in|back in|en|en el|since) (?:19[5-9][0-9]|20[01][0-9])\b")
# Someone else's overdose told in lay words: "mi prima se tomó un frasco de pastillas el fin", "my brother swallowed a
# bottle of pills"; the crisis rules read the writer's own.
_OTHERS_OVERDOSE = re.compile(
    r"(?:\b(?:my|mi|his|her|our|su|nuestr[oa]|a|an|some|one|the|un|una) |^\W*)(?:\w+ )?" + RELATIONS + r"\b (?:\w+ ){0,3}?(?:(?:se tomo|se trago|took|swallowed|downed)"
    r" (?:(?:un|una|a|the|a whole|the whole|todo el|toda la|whole) (?:\w+ )?(?:frasco|caja|bote|botella|bottle|box|pack|blister)"
    r"|(?:todas (?:sus|las)|all (?:her|his|their|the)|unas|varias|un monton de) (?:pastillas|pills))"
    r"|overdosed|od d|oded|tuvo una sobredosis|had an overdose"
    # a child into someone's pills: "neighbors toddler got into his grandmas pills"
    r"|(?:got into|got ahold of|se metio con|agarro) (?:\w+ ){0,2}?(?:pills|meds|medicine|pastillas|medicinas)"
    # "OD'd" with the apostrophe dropped: "my friend OD'd last month"
    r"|odd(?= (?:last|yesterday|this|on|in|a few|over|the other|twice|again|and|at|back)\b))\b"
)
# Someone else's attempt, told in words the crisis rules leave to the grammar: "mi vecina se quitó la vida la semana
# pasada", "my sister is in the psych ward after an attempt". A person still reads it.
_OTHERS_LIFE = re.compile(
    r"\b(?:se quito la vida|se quiso quitar la vida|(?:intento|trato de) quitarse la vida|took (?:his|her|their) (?:own )?life"
    r"|ended (?:his|her|their) (?:own )?life)\b"
)
_OTHERS_ATTEMPT = re.compile(
    r"\b(?:my|mi|his|her|our|su|nuestr[oa]) (?:\w+ )?" + RELATIONS + r"\b[^.!?]{0,60}?\b(?:after|following|because of|from|despues de"
    r"|tras|por) (?:an?|her|his|their|su|un|una) (?:suicide |suicidal |failed )?(?:attempt|intento|overdose|sobredosis)\b(?! (?:at|to|de|of)\b)"
    r"|\b(?:my|mi) (?:\w+ )?" + RELATIONS + r" (?:\w+ ){0,2}?(?:attempted|made an attempt|had an attempt|tuvo un intento|hizo un intento)\b"
    r"(?! (?:to|at|de|of)\b)"
)
# A wish to be gone spoken of as a thing that passed: "lo de querer desaparecer ya pasó hace rato",
# "the wanting to disappear stuff is over".
_WISH_PASSED = re.compile(
    r"\b(?:lo de|eso de|the|that|those|all the) (?:querer|pensar en|andar pensando en|wanting to|wishing i could|thinking about"
    r"|thoughts? (?:of|about)) (?:\w+ ){0,2}?(?:desaparecer|morirme|morir|matarme|no despertar|quitarme la vida|disappear\w*|dying|die"
    r"|not waking up|not being here|ending it)(?: (?:stuff|thing|thoughts?))? (?:ya (?:paso|se (?:me )?paso|se (?:me )?quito|quedo atras)"
    r"|(?:is|are|s) (?:\w+ )?(?:over|gone|behind me|in the past))\b"
)
# A crisis told as over, with time clean since: "no cutting in 8 months now", "llevo un año sin cortarme",
# "a year ago i had the bottle in my hand. today i went hiking". A person still reads it (``past_crisis``).
_CLEAN_SINCE = re.compile(
    r"\b(?:no|zero|without|free of|clean from|clean of|sin) (?:any )?(?:cutting|self ?harm\w*|sh|burning myself|hurting myself|cortarme|lastimarme"
    r"|autolesion\w*|hacerme dano)\b (?:in|for|since|en|desde hace|por) (?:over |almost |nearly |more than |like |about |mas de |casi )?(?:\d+|a|an|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|several|many|varios|muchos)"
    r" (?:weeks?|months?|years?|yrs?|semanas?|mes(?:es)?|anos?)\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (?:weeks?|months?|years?|yrs?) (?:clean|free|sober)"
    r" (?:from|of) (?:cutting|self ?harm\w*|sh|hurting myself)\b"
    r"|\b(?:llevo|tengo|cumpli|cumplo) (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos) (?:semanas?|mes(?:es)?|anos?)"
    r" (?:sin|limpia de|limpio de) (?:cortarme|lastimarme|hacerme dano|autolesionarme)\b"
    # "havent cut in 8 months", "no me he cortado desde hace un año"
    r"|\b(?:havent|haven t|have not|hasnt|has not|not) (?:cut|self ?harmed|hurt myself|burned myself)(?: myself)? (?:in|for|since) (?:over |almost |nearly |more than |like |about )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:weeks?|months?|years?|yrs?)\b"
    r"|\bno me (?:he|e) (?:cortado|lastimado|hecho dano) (?:en|desde hace|por) (?:mas de |casi )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos)"
    r" (?:semanas?|mes(?:es)?|anos?)\b"
)
# Wishes or thoughts of dying told as over: "antes rezaba para no despertar. ya no", "i thought about giving up
# but that was 2 years ago", "used to pray not to wake up, not anymore".
_WISHED_ONCE = re.compile(
    r"\b(?:antes|before|i used to|used to|solia|en un tiempo)(?: \w+)? (?:rezaba|pedia|queria|deseaba|pensaba en|pray(?:ed)?|wish(?:ed)?|want(?:ed)?|hoped|think about)"
    r" (?:para |por |to |en |for |a dios )?(?:no despertar|morirme|morir|no amanecer|desaparecer|not (?:to )?wake up|not waking up|die|dying|disappear)\b"
    r"[^.!?]{0,20}?[.!?,;]* (?:pero |but )?(?:ya no|not anymore|no more|not these days|not now|now i dont|ahora ya no)\b"
    r"|\b(?:i |yo )?(?:thought|was thinking|pense|pensaba|pensaba en|pense en) (?:about |of |en )?(?:giving up|ending it|ending my life|dying|not being here"
    r"|rendirme|acabar con todo|quitarme la vida|morirme)\b[^.!?]{0,30}?\b(?:but |pero )?(?:that was|thats been|eso fue|fue hace|eso era hace|was) (?:like |about |over |como |mas de )?"
    r"(?:\d+|a|an|one|two|three|four|five|un|una|dos|tres|cuatro|cinco) (?:years?|yrs?|months?|anos?|meses)(?: ago)?\b"
)
# Someone else's wish that others were better off without them: "mi primo dice q su familia estaría mejor sin él".
_OTHERS_BETTER_OFF = re.compile(
    r"\b(?:my|mi) (?:\w+ )?" + RELATIONS + r"\b[^.!?]{0,40}?\b(?:better off without (?:him|her|them)|(?:estaria|estarian|estan|estarias)"
    r" mejor sin (?:el|ella|ellos|ellas))\b(?=\s*(?:[.,!?;]|$|y\b|jaja|lol|de verdad|dice|says))"
)
# Self-harm told as a habit given up years ago: "used to cut back in high school but havent in years".
_USED_TO_HARM = re.compile(
    r"\bused to (?:cut|self ?harm|burn myself|hurt myself)\b[^.!?]{0,40}?\b(?:but |pero )?(?:havent|haven t|have not|hasnt|not)"
    r" (?:\w+ )?(?:in|for) (?:years|months|a long time|ages|a while)\b"
)
_HELD_ONCE = re.compile(
    r"\b(?:(?:a|one|two|three|\d+) (?:year|years|yrs?|months?) ago|hace (?:un|una|\d+|dos|tres) (?:ano|anos|mes|meses)|(?:\w+ )?years ago)"
    r"[, ]+(?:i |yo )?(?:had|held|was holding|tenia|tuve|sostenia) (?:the|a|that|those|el|la|un|una|las|los) (?:bottle|pills|rope|knife|gun|blade|razor"
    r"|frasco|pastillas|cuerda|soga|cuchillo|pistola|navaja)\b (?:in my hands?|en (?:la|mis|las) manos?)"
)


def find_past_and_others(text: Text) -> list[Hit]:
    """Return past_crisis and third_party_crisis hits; cheap word checks gate each pattern."""
    norm = text.norm
    hits: list[Hit] = []
    attempt = "intento" in norm or "attempt" in norm or "tried " in norm
    overdose = "overdose" in norm or "sobredosis" in norm or " od" in norm
    if attempt or overdose:
        hits.extend(_past_attempt(text))
        hits.extend(_others_crisis(text, _OTHERS_ATTEMPT))
    if overdose or "pastillas" in norm or "pills" in norm or "oded" in norm:
        hits.extend(_others_crisis(text, _OTHERS_OVERDOSE))
    if "without" in norm or "mejor sin" in norm:
        hits.extend(_others_crisis(text, _OTHERS_BETTER_OFF))
    if "used to" in norm:
        hits.extend(Hit("past_crisis", m.start(), m.end()) for m in _USED_TO_HARM.finditer(norm))
    if "la vida" in norm or " life" in norm:
        hits.extend(_others_crisis(text, _OTHERS_LIFE))
    if "querer " in norm or "wanting " in norm or "wishing " in norm or "thinking about " in norm or "thought" in norm \
            or "pensar en " in norm:
        hits.extend(Hit("past_crisis", m.start(), m.end()) for m in _WISH_PASSED.finditer(norm) if not is_negated(text, m.start()))
    if ("antes" in norm or "used to" in norm or "before" in norm or "solia" in norm or "thought" in norm or "thinking" in norm
            or "pense" in norm or "pensaba" in norm) and ("ya no" in norm or "any" in norm or "no more" in norm or "not " in norm
                                                         or "ago" in norm or " was " in norm or "fue " in norm or "hace " in norm):
        hits.extend(Hit("past_crisis", m.start(), m.end()) for m in _WISHED_ONCE.finditer(norm) if not is_negated(text, m.start()))
    if "cutting" in norm or "harm" in norm or "sin " in norm or " sh " in norm or "hand" in norm or "mano" in norm or " cut " in norm \
            or "cortado" in norm:
        hits.extend(Hit("past_crisis", m.start(), m.end()) for m in _CLEAN_SINCE.finditer(norm))
        hits.extend(Hit("past_crisis", m.start(), m.end()) for m in _HELD_ONCE.finditer(norm))
    return hits


def _past_attempt(text: Text) -> list[Hit]:
    """Return past_crisis hits for an attempt told as years ago, in its own sentence."""
    hits = []
    for m in _PAST_ATTEMPT.finditer(text.norm):
        sent_start, sent_end = text.sentence_bounds(m.start())
        if (LONG_AGO.search(text.norm, sent_start, sent_end) or _YEARS_BACK.search(text.norm, sent_start, sent_end)) \
                and not is_negated(text, m.start()):
            hits.append(Hit("past_crisis", m.start(), m.end()))
    return hits


def _others_crisis(text: Text, pattern: re.Pattern) -> list[Hit]:
    """Return third_party_crisis hits for someone else's attempt the crisis rules left to the grammar."""
    return [Hit("third_party_crisis", m.start(), m.end()) for m in pattern.finditer(text.norm) if not is_negated(text, m.start())]
