"""Mood: a 1-5 score read from numbers, and good / in-between / bad words."""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .lexicon import MED_NAMES, RELATIONS
from .negation import is_negated, subject_is_other
from .normalize import Text
from .scanner import Scanner
from .symptom_terms import TIRED_BY_MED

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}
_WORD_NUM = "(?:" + "|".join(_WORD_NUMBERS) + ")"
_DIGITS = r"\d{1,3}(?:[.,]\d+)?"
_NUM = rf"(?:{_DIGITS}|{_WORD_NUM})"
_RANGE = rf"(?P<n>{_NUM})(?:\s*-?\s*ish)?(?:\s*(?:-|to|or|and|/|a|o|y)\s*(?P<n2>{_NUM})\b)?"
# A number followed by one of these is a count or a time, not a mood.
_UNITS = (
    r"(?:days?|weeks?|wks?|hours?|hrs?|hr|h|minutes?|mins?|am|pm|lbs?|pounds?|kg|kilos?|mg|ml"
    r"|pills?|tabs?|tablets?|times|x|years?|yrs?|months?|mo|nights?|doses?|dollars|bucks|k|kids"
    r"|cups?|beers?|drinks?|oclock|of|more|th|st|nd|rd|percent|dias?|semanas?|horas?|meses|mes"
    r"|anos?|veces|pastillas?|libras|am|times|in the|at night|credit|businesses|cards?"
    # a size or a tally: "got a 6 point buck", "a 3 pointer"
    r"|points?|pointers?)"
)
_SCALE = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUM})\s*(?:/|out of|outta|of|de|sobre)\s*(?P<d>5|10|five|ten|cinco|diez)"
    r"\b(?!\s*(?:mg|min|minutes|days|pm|am|pills))"
)
_NAMED = re.compile(
    r"\b(?:mood|moods|animo|estado de animo|humor)\b[^.!?\d]{0,25}?(?<![\w.,])" + _RANGE
    + r"(?![\w/])"
)
# ... or further on, the score given with its article: "lo del ánimo que me preguntaron ayer, pues un 2"
_NAMED_FAR = re.compile(
    r"\b(?:mood|animo|estado de animo)\b[^.!?\d]{0,50}?\b(?:un|una|a)\s+" + _RANGE + rf"(?![\w/]|[.,]\d)(?!\s*{_UNITS}\b)"
)
# The mood named after its number: "2 de ánimo y además ...", "3 for mood, 5 for sleep".
_NAMED_AFTER = re.compile(
    r"(?<![\w.,])" + _RANGE + r"\s+(?:de|en|for|on|in) (?:(?:el|mi|my) )?(?:animo|estado de animo|mood|humor)\b(?! swings?\b)"
)
# A sound or a filler may open the score: "ugh 2 today, couldnt get outta bed", "meh 3", "pues 4".
# ... and so may a word of how it goes, set off before the score: "bien, tres. mi hermano vino ..."
_OPENER = (r"(?:(?:u+g+h+|u+h+|u+m+|h+m+|m+e+h+|e+h+|m+m+|a+y+|u+f+|idk|ok|okay|well|honestly|tbh|ngl|lowkey|fr|so|yeah|yea|pues|ps|pos|este|bueno|hoy|today"
           r"|bien|mal|regular|fine|good|bad"
           r"|ah|oh|hm+|la verdad|la neta|sinceramente|honestamente)\W*\s+){0,2}")
# (a half after the score is part of it: "tres y medio. ando con ansias ...")
_START = re.compile(r"^\W*" + _OPENER + _RANGE + r"(?:\s+(?:and a half|y medio|y media))?" + rf"(?![\w/]|[.,]\d)(?!\s*{_UNITS}\b)")
_ARTICLE = re.compile(
    # (the "a" of a Spanish range is no article: "2 a 3" is 2)
    r"(?<!\d )\b(?:a|an|un|una|like a|maybe a|about a|around a|prob a|probably a|solid|at a|im a|feel"
    r" like a|feeling like a|como un|como una|un|diria que|diria un|like|maybe|about|around"
    r"|probably|prob|prolly|honestly|idk|maybe like|tal vez|quizas|como|es|es un|es una|seria un"
    # a range said with its opening word: "entre 2 y 3", "somewhere between 2 and 3"
    r"|entre|between|somewhere between|anywhere between|like between|algo entre"
    r"|diria|id say|i d say|i would say|im at|i m at|estoy en|estoy en un|ando en"
    # the score set by the writer: "i'd put it at 2", "would rate it a 3", "le pondría un 3"
    r"|put it at|put it at a|put myself at|put myself at a|rate it|rate it a|rate it at|rate myself|rate myself a|le pondria|le pondria un|me pondria un"
    # the score with a word of its tone between: "ive been a grumpy 2 all week", "un triste 2", "a shaky 3"
    r"|(?:a|an|un|una|like a|como un|como una) (?:grumpy|grouchy|cranky|moody|rough|shaky|wobbly|sad|tired|stressed|anxious|happy"
    r"|decent|sturdy|strong|weak|low|high|meh|triste|bajo|bajito|buen|mal|solido|chillon|enojon|grunon))\s+" + _RANGE
    + rf"(?![\w/]|[.,]\d)(?!\s*{_UNITS}\b)"
)
# "feeling like a 4 today": a score given in any reply, without the word mood.
_FEELING = re.compile(
    # ... and "ando en un 4", "ando bien, un 4", "doing fine, a 4"
    # ... and low, with the score after it: "ando un poco bajoneada, como un 3", "feeling kinda down, like a 2"
    r"\b(?:feel|feeling|feelin|felt|me siento|me sento|i m|im|ando en|estoy en|(?:ando|estoy|me siento|doing|im|i m|i am|feeling)"
    r" (?:(?:un poco|un poquito|medio|algo|muy|bien|super|bastante|kinda|kind of|a bit|a little|really|very|pretty|so) )?(?:bien|fine|good|ok|okay|mejor"
    r"|better|alright|tranquil[oa]|chill|bajonead[oa]|triste|decaid[oa]|down|low|meh|regular|so so"
    # a worry or a strain named with its score: "yo ando nerviosa, un 3", "feeling stressed, like a 2"
    r"|nervios[oa]|preocupad[oa]|estresad[oa]|afectad[oa]|agobiad[oa]|nervous|worried|stressed|anxious|overwhelmed)"
    # ... with what it is about: "ando preocupada por mi hermano, un 3"
    r"(?: (?:por|con|de|about|for|with|over) (?:\w+ ){0,2}?\w+)?,?"
    # "todo bien, un 5 hoy", "all good, a 4"
    r"|(?:todo|all) (?:bien|good),?)(?: like| como)? (?:a|an|un|una) "
    + _RANGE + rf"(?![\w/]|[.,]\d)(?!\s*{_UNITS}\b)"
)
# A bare score closing a free message in a sentence or clause of its own: "ya no quiero hacer nada ... eh. un 2",
# "ando triste por lo de mi abuelita. un 3" (a number alone at the end, with its article, is the score asked daily).
_CLOSING_SCORE = re.compile(
    # ... or set by the writer: "... llorando en el baño. diria q un 2", "i'd say a 2"
    r"(?:^|[.!,;]\s*)(?:(?:yo )?(?:diria|id say|i d say|i would say)(?: que| q)? )?(?:(?:como|like|maybe|tal vez) )?(?:un|una|a) (?P<n>[1-5])(?P<n2>)(?![\w/]|[.,]\d)\s*[.!]*\s*$"
)
# A carer's score for the patient, on the scale only: "mi papá está como en 3 hoy", "mi esposa dice que está en 1",
# "she's 1 today" ("hes 97 and healthy as a horse" is an age).
_CARER_SCORE = re.compile(
    r"\b(?:esta en|esta como en|anda en|anda como en|como en|shes|she s|hes|he s|she is|he is)\s+(?P<n>[1-5])(?P<n2>)(?![\w/]|[.,]\d)(?!\s*" + _UNITS + r"\b)"
)
# Words that may trail a closing score: "... 4 tho", "3 i guess", "cuatro creo".
_TRAIL = (r"(?:\s+(?:tho|though|lol|lmao|haha\w*|jaja\w*|i guess|i think|maybe|prob|probably|honestly|tbh|overall|btw|fr|ngl"
          r"|lowkey|no cap|for real"
          r"|today|tonight|rn|hoy|creo|supongo|nomas|this week|esta semana"
          # the score set beside the news: "4 otherwise", "3 bc of that"
          r"|otherwise|other than that|apart from that|aside from that|(?:bc|because|cuz|cause) of (?:that|it)|por eso))*")
_END = re.compile(
    r"(?<![\w/$#.,])(?<!\bat )(?<!\bfor )(?<!\bby )(?<!\btook )(?<!\btake )(?<!\bevery )"
    r"(?<!\bsince )(?<!\bafter )(?<!\buntil )" + _RANGE + _TRAIL + r"\W*$"
)
# A score standing as its own sentence inside a longer reply: "good morning! 4 today. also ..."
# ("great week, 5! but my lips ..." counts: a clause of its own, closed by "!" or ".")
_OWN_SENTENCE = re.compile(
    # (a "lol" closes a sentence as a full stop does: "killing it today lol 5. closed on the house")
    r"(?:^|[.!?;:,]\s*|\b(?:lol|lmao|haha+|jaja+|jeje+)\s+)(?:(?:meh|eh|ok|okay|fine|good|bad|great|alright|idk|hm+|um+|uh+|ugh|so so|honestly|prob|probably|maybe"
    r"|regular|bien|mal|pues|bueno|este|mmm+|anyway|anyways|also|btw|so)\W{0,2}\s+)?" + _RANGE + r"(?:\s+(?:today|tonight|rn|right now|this week|hoy|esta semana|honestly|tbh"
    # a score hedged: "ni sé. 2 creo. la artritis ..."
    r"|creo|i think|i guess|supongo|probably|prob))?"
    # "me? 4, doing fine", "... curved. 4, still taking it every day"
    # ("... lol. 4 tho, payday friday", "... spring break. 4, meds fine")
    r"(?:\s*[.!?;]|\s+(?:tho|though)\b|\s*,\s*(?=(?:doing|going|still|feeling|pretty|not bad|all good|fine|ok|okay|good|thanks|thank you|gracias|todo bien|ando|estoy|me siento|sigo"
    r"|meds?|pills?|medication|the meds|my meds|taking|took"
    r"|no (?:issues|problems|complaints|probs|side effects)|nothing (?:new|else|special|much)|nada (?:especial|special|nuevo|fuera de lo normal|del otro mundo)|sin (?:novedad|problemas|efectos)"
    # the one complaint after the score: "ando bien, 4, nomás con el estómago revuelto"
    r"|nomas con|nada mas con|solo con|just (?:some|a bit of|the)|only (?:some|a bit of|the))\b))"
)
# ... or set off by an emoji: "i'd kill for a vacation 😂 5 tho, feeling solid"
_AFTER_EMOJI = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*" + _RANGE + r"(?:\s+(?:tho|though|today|tonight|rn|honestly|tbh|hoy))?\s*[.!?;,]"
)
# A number word that opens the reply as its own sentence or clause is a score: "two. i don't
# care anymore", "cuatro, aunque el tráfico me está matando", "cuatro jaja pero ...".
# (dictated punctuation too: "Tres punto.", "Three comma I think")
# (an emoji closes it too: "cuatro 💅 ya me pagaron en el trabajo")
_SENTENCE_END = re.compile(r"\s*(?:[.!;:,]|(?:jaja|haha|jeje|lol|lmao)\w*\b|(?:punto|coma|comma|period|full stop)\b|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
# A score run into the words around it: "feelinglikea3todaynotbadnotgreat".
_GLUED = re.compile(
    r"(?:feel|feeling|like|mood|im|a|an|at|un|una|como|animo|its)(?P<n>[1-5])(?P<n2>)(?![\d.,/%])(?=[a-z]{2}|\W*$)"
)
_TOKENS = re.compile(r"[a-z0-9]+")
# The score told as the kind of day it is: "no thoughts of ending anything. just a 2 day" ("a 2 day trip" is a length).
_A_DAY = re.compile(r"\b(?:a|an|un|una)\s+(?P<n>[1-5])(?P<n2>)\s+(?:kind of |sort of |type of )?day(?=\s*(?:today|tbh|honestly|lol)?\s*(?:[.!?]|$))")
# A score passed on for the patient: "mom says tell u 'two and a half'", "he says tell them 5, i got the apprenticeship".
_TOLD_TO_SAY = re.compile(
    r"\b(?:(?:tell|tells|told) (?:u|you|them|ya|yall|y all)\b|(?:ponles|ponle|pongales|pongale|diles|dile|digales|digale)(?: (?:que|q))?"
    # the score set by the patient for the carer to send: "he said to put 2", "me dijo q pusiera un 3"
    r"|(?:said|says|told me|tells me|asked me|wants me|wanted me) to (?:put|say|send|text|write|answer|tell (?:you|u|them|yall))"
    r"|(?:dijo|dice|me dijo|me dice|me pidio|me pide) (?:que|q) (?:le |les )?(?:pusiera|ponga|pusiese|dijera|diga|mandara|mande|contestara|conteste|escribiera|escriba))[\s,:]*(?:(?:its|it s|shes|she s|hes|he s|im|i m|a|an|like a|un|una)\s+)?" + _RANGE
    + r"(?:\s+and a half|\s+y medio|\s+y media)?(?![\w/]|[.,]\d)(?!\s*" + _UNITS + r"\b)"
)
# ... or the answer passed on, set off on its own: "mi mamá contesta 2, pero que no le hagan caso"
_PASSED_ON = re.compile(
    # ("mi esposo dice que 2. desde que ...")
    # ... the one who said it named after the verb, and the day after the score: "dice mi mamá q 4, hoy fue al
    # mercado", "he said 4 today, good day at the park"
    r"\b(?:contesta|contesto|responde|respondio|dice|dijo|answers|answered|says|said)(?: (?:mi|my|su|his|her) (?:" + RELATIONS + r"))?"
    r" (?:(?:que|q) )?(?:(?:un|una|a|an)\s+)?" + _RANGE
    # ... or held up against what the carer sees: "she says 3 but i read her journal"
    + r"(?:\s+and a half|\s+y medio|\s+y media)?(?:\s+(?:today|tonight|hoy|rn|right now))?(?=\s*(?:[.!?,;]|$)|\s+(?:but|pero|tho|though|although|aunque)\b"
    # ... and what else they said joined on: "she said 2 and that she wants to ...", "dijo q 2 y q ..."
    + r"|\s+(?:and|y) (?:that|que|q)\b"
    # ... or agreed with: "she says 3 and i agree", "dice que 3 y estoy de acuerdo"
    + r"|\s+(?:and|y) (?:i |yo )?(?:agree|concur|estoy de acuerdo|coincido)\b)"
)
# The score after the feeling verb, set off by a stop or a comma: "me siento 2, mi novio me gritó", "Me siento 1. Le dije ..."
# (only a digit on the scale: "me siento 100% mejor" is no score)
_FELT_SCORE = re.compile(
    r"\b(?:me siento|me sento|i feel|im feeling|i m feeling|feeling)\s+(?P<n>[1-5])(?P<n2>)(?=\s*(?:[.!;,]|$))(?![.,]\d)"
)
# A digit on the scale opening a sentence after the first, its news joined by a comma: "great week!! 5, crushed my
# practice test", "... lol. 4, just wiped from the night shifts"
_LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<n>[1-5])(?P<n2>)\s*,\s+(?=[a-z])")
# A number word that is the reply's whole last sentence is a score: "... perdón que no contesté antes. cinco".
_LAST_SENTENCE = re.compile(r"[.!?;]\s*$")
# ... and one that opens the reply hedged: "tres más o menos. hoy fue a misa ..."
_HEDGED = re.compile(r"\s+(?:mas o menos|more or less|o asi|or so|creo|i think|i guess|supongo)\b")
_ANY_NUMBER = re.compile(rf"\d|\b{_WORD_NUM}\b")


class MoodNumber(NamedTuple):
    """A number read as a mood: ``value`` is None when it falls outside the scale."""

    value: int | None
    start: int
    end: int


# A score taken back for another: "3 lmao jk its a 1", "un 4, mentira, un 2": the second one stands.
_TAKEN_BACK = re.compile(
    # ("4!! jk its more like a 1")
    r"^\W*(?:\d|" + _WORD_NUM + r")\b[^?]{0,15}?\b(?:jk|j k|just kidding|kidding|nah|no wait|wait no|actually|mentira|bueno no|no es cierto)\W+"
    r"(?:(?:its|it s|more like|like|really|honestly|es|mas bien|como|prob|probably)\s+)*(?:a |un )?(?P<n>[1-5])\b(?!\s*(?:/|out of|de)\s*10)"
)

# A score said to be today's, beside one told of another time: "was a 1 back in january ..., but today im a 4".
_NOW_SCORE = re.compile(
    r"\b(?:but |pero )?(?:honestly |really |la verdad )?(?:today|right now|now|these days|hoy|ahora|hoy en dia|estos dias),? "
    r"(?:(?:honestly|really|tho|though|la verdad) )?(?:im|i m|i am|its|it s|id say|i d say|i feel like|estoy en|ando en|me siento como|soy)"
    r" (?:a |an |un |una |like a |at a |en un |como un )?" + _RANGE + r"(?!\s*(?:" + _UNITS + r")\b)(?!\s*(?:/|out of|de)\s*10)"
)
_OTHER_TIME = re.compile(
    r"\b(?:back in|back when|last (?:week|month|year|time)|when i was|cuando estaba|cuando estuve|el mes pasado|la semana pasada"
    r"|el ano pasado|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b"
)


_OWN_OVER_OTHERS = re.compile(
    r"\b(?:says|said|thinks|thought|dice|dijo|cree|piensa)\b[^.!?]{0,40}?\b(?:[1-5]|one|two|three|four|five|uno|dos|tres|cuatro|cinco)\b"
    r"[^.!?]{0,20}?\b(?:id say|i d say|i would say|i say|ill say|i ll say|im going with|im gonna say|i think its|yo digo|yo le pongo|yo diria|yo creo (?:que|q))"
    r",?\s+(?:(?:its|a|an|un|una|like a|more like a|como un|mas bien un)\s+)?" + _RANGE + r"(?![\w/]|[.,]\d)(?!\s*" + _UNITS + r"\b)"
)


def read_mood_number(text: Text, asked: str) -> MoodNumber | None:
    """Return the mood number the reply gives, or None when it gives none."""
    norm = text.norm
    if not _ANY_NUMBER.search(norm):
        return None
    scale_m = _SCALE.search(norm)
    # the mood word before or after its number, whichever comes first ("3 for mood, 5 for sleep")
    found = [m for m in (_NAMED.search(norm), _NAMED_AFTER.search(norm)) if m] or [m for m in (_NAMED_FAR.search(norm),) if m]
    named = min(found, key=lambda m: m.start("n")) if found else None
    # a scale is the mood's unless the mood is named with a number of its own elsewhere: "mood 3 i guess. hips are an
    # 8 out of 10" ("mood 8 out of 10" is the one number)
    if scale_m and not (named and named.start("n") != scale_m.start("n") and _plain(named) is not None):
        scale = 10 if scale_m.group("d") in ("10", "ten", "diez") else 5
        return MoodNumber(_scaled(scale_m.group("n"), scale), scale_m.start(), scale_m.end())
    if named:
        return MoodNumber(_plain(named), named.start("n"), named.end())
    if asked == "mood":
        # the writer's own score set against someone else's: "my husband says im a 4 but id say 3", "mi esposa dice q 4,
        # yo digo 3 y medio", "my gf thinks i should say 1 but ill say 2"
        m = _OWN_OVER_OTHERS.search(norm)
        if m and _plain(m) is not None:
            return MoodNumber(_plain(m), m.start("n"), m.end())
        m = _TAKEN_BACK.search(norm)
        if m:
            return MoodNumber(int(m.group("n")), m.start("n"), m.end("n"))
        # today's score over one told of another time
        m = _NOW_SCORE.search(norm)
        if m and _OTHER_TIME.search(norm, 0, m.start()) and _plain(m) is not None:
            return MoodNumber(_plain(m), m.start("n"), m.end())
    if asked != "mood":
        m = _FEELING.search(norm)
        value = _plain(m) if m else None
        if value is None:
            m = _CLOSING_SCORE.search(norm)
            value = _plain(m) if m else None
        return MoodNumber(value, m.start("n"), m.end()) if value is not None else None
    short = len(_TOKENS.findall(norm)) <= 4
    for pattern in (_START, _ARTICLE, _FELT_SCORE, _END, _OWN_SENTENCE, _AFTER_EMOJI, _A_DAY, _TOLD_TO_SAY, _PASSED_ON, _CARER_SCORE,
                    _LATER_SENTENCE):
        for m in pattern.finditer(norm):
            if not short and not m.group("n")[0].isdigit() and pattern is not _ARTICLE and pattern is not _TOLD_TO_SAY and pattern is not _PASSED_ON \
                    and not (pattern is _START and (_SENTENCE_END.match(norm, m.end()) or _HEDGED.match(norm, m.end()))) \
                    and not (pattern is _END and _LAST_SENTENCE.search(norm, 0, m.start("n"))):
                continue  # "one" in a sentence is rarely a score
            return MoodNumber(_plain(m), m.start("n"), m.end())
    m = _GLUED.search(norm)
    if m:
        return MoodNumber(_plain(m), m.start("n"), m.end("n"))
    return None


def _number(token: str) -> float:
    if token in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[token])
    return float(token.replace(",", "."))


def _scaled(token: str, scale: int) -> int | None:
    """Return a score out of 5 from N/5 or N/10 (ceil(N/2), at least 1)."""
    x = _number(token)
    value = math.ceil(x / 2) if scale == 10 else math.floor(x)
    value = max(1, value)
    return value if value <= 5 else None


def _plain(m: re.Match) -> int | None:
    """Return the lower whole number of a score or range, None outside 1-5."""
    low = _number(m.group("n"))
    if m.group("n2"):
        second = _number(m.group("n2"))
        if second > low and second <= 5:
            low = min(low, second)
        elif second <= low:
            return None if not 1 <= math.floor(low) <= 5 else math.floor(low)
    value = math.floor(low)
    return value if 1 <= value <= 5 else None


# --- words -----------------------------------------------------------------------------

_PREDICATE = (
    r"(?:feel|feeling|feels|felt|im|i am|been|doing|mood(?: is| s|s)?|me siento|estoy|ando|seguimos|estamos|andamos"
    r"|me he sentido|things are|life is|its been|everything is|overall|ive been|had an?|it was an?"
    r"|it s been|this week was|week was|day was|today was|all)\s+(?:so |really |pretty |very "
    r"|kinda |kind of |super |muy |bastante |a bit |a little |quite |extremely |just |totally "
    r"|actually |mostly |generally |honestly |overall |feeling |doing "
    # a change told: "ya me siento más tranquila", "feeling more hopeful"
    r"|mas |mucho mas |un poco mas |more |much more |a bit more |a little more )*"
)
_NEG_MID = (
    # both halves denied is in between: "not bad not good", "not good but not bad either"
    r"(?:not|neither) (?:bad|terrible|awful)(?: and|,| but| nor)? (?:not|nor) (?:good|great)"
    r"|(?:not|neither) (?:good|great)(?: and|,| but| nor)? (?:not|nor) (?:bad|terrible|awful)(?: either)?"
    r"|not (?:so |too |very |that |really )?great|no muy bien|no tan bien|not (?:too |that |so |as )?"
    r"(?:bad|terrible|awful|horrible)|no tan mal|no (?:esta|estoy) mal|not the (?:best|worst)"
)
_NEG_BAD = (
    r"(?:not|no|isnt|aint)(?: so| too| very| that| really| feeling| doing)? (?:good|well|ok|okay"
    r"|fine|alright)\b|no (?:estoy|me siento|ando) bien"
)
_NOT_DOWN_TO = (r"(?! to (?:my |the |our |his |her |just |only |like |about |maybe )?(?:last|\d+|one|two|three|four|five|a few|a couple|half"
                r"|nothing|the last|\w+ (?:pills|tablets|caps|capsules|doses|days))\b)")
_BAD = (
    # an intensifier may sit inside the simile: "like absolute garbage", "like total crap"
    r"awful|terrible|horrible|horrendous|miserable|crappy|crap|shitty|like (?:absolute |total |complete |utter |pure |hot |straight )?"
    r"(?:shit|crap|garbage|trash|hell|dirt|poop)|bad|low(?! (?:dose|energy|appetite|libido|sex|grade|blood|key|iron))"
    # ("im down to my last few pills" is a count, not a mood)
    r"|(?:feel|feeling|felt|im|i am|been|pretty|really|so|kinda|a bit|bit|very|quite) down\b" + _NOT_DOWN_TO + r""
    r"|depressed|depressing|sad|sadder|struggling|rough|(?<!\bto )(?<!laughed so )(?<!laughing so )(?<!laugh so )hard(?! to (?:say|tell|breathe"
    r"|swallow|sleep|finish|climax|orgasm|come|cum|pee|focus|concentrate|see|hear|walk|stand|wake|stay awake|sit still)| down there|,? and (?:it|that) (?:wont|won t|will not|doesnt|isnt) go down)|tough|worst|empty|lonely|hopeless(?! at\b| with (?:money|numbers|directions|tech|computers))|hate myself|hate my life|crying"
    r"|cry all (?:day|the time)|(?:no paro|no dejo|no puedo (?:parar|dejar)|no para|no deja) de llorar|(?:cant|can t|cannot|couldnt) stop crying"
    r"|lloro (?:todo el dia|todos los dias|a cada rato|diario|todas las noches)|dark place|worthless|not myself|fatal|mal|muy mal|malisimo"
    r"|pesim[oa]|jodid[oa]|triste|tristeza|deprimid[oa]|depre|bajon|bajo de animo|decaid[oa]|peor|llorando"
    r"|vaci[oa]|fatal|lowest (?:ive|i ve|i have|its|it s|it has|ever|in (?:years|months|a long time|ages|forever))"
    r"|(?:feel|feeling|im|i am) (?:at )?(?:my|the) lowest|por el piso|por los suelos|por el suelo|bajonead[oa]|hech[oa] (?:pelota|mierda|polvo|bolsa|trizas)"
    r"|de la patada|del asco|(?<!\bque )(?<!\bda )(?<!\bdan )de pena"
    # the bare verdict in a mood answer: "garbage tbh", "trash", "una basura" ("took out the garbage" is a chore)
    r"|(?<!the )(?<!out )(?<!take )(?<!took )(?<!my )(?<!a )(?:absolute |total |pure |hot )?(?:garbage|trash)"
    r"(?! (?:can|cans|bin|bins|day|bag|bags|truck|man|disposal|collection|pickup|pick up|fire|out|tv|food)\b)"
    r"|(?:una|de la|como (?:una )?) basura"
    # "rock bottom this week", "tocando fondo" ("rock bottom prices" is a sale)
    r"|rock bottom(?! (?:prices?|deals?|rates?|sale))|(?:tocando|toque|toco|tocado|llegue al) fondo"
    # "a wreck", "a total mess" ("been a mess since mom's overdose" alone reads as the day's upset, not a low mood)
    r"|(?:a |an )?(?:total |complete |absolute |emotional |nervous |hot )?wreck|(?:a |an )?(?:total|complete|absolute|emotional|hot)"
    r" mess(?! (?:of a|up)\b)|falling apart|devastated"
    r"|heartbroken|shattered|destrozad[oa]|deshech[oa]|hech[oa] (?:un desastre|pedazos)|devastad[oa]"
    r"|dreadful|lousy|crummy|wretched|glum|in the dumps|(?<!\bball )(?<!\bballs )(?<!\bcar )(?<!\bkeys )(?<!\bphone )(?<!\bleaves )in the gutter(?! (?:ball|clean|guard|clog)\w*)|(?<=feel )blue|(?<=feeling )blue|(?<=felt )blue"
)
_MID = (
    r"meh|so so|soso|could be better|hanging in there|hangin in there|surviving|getting by"
    r"|up and down|ups and downs|mixed|average|eh|blah|mas o menos|masomenos|regular|ahi vamos"
    r"|ahi voy|ahi va|asi asi|ni bien ni mal|"
    # getting by: "bien, ahí la llevamos" ("ahí la llevo diario" carries the pill)
    r"(?:aqui|aca|ahi) la (?:llevo|llevamos|vamos llevando|voy llevando)(?! (?:diario|a diario|todos los dias|cada|conmigo|en)\b)|ni mejor ni peor|tirando|mediocre|so and so|not bad|okish|ok ish"
    r"|kinda ok|sort of ok|i guess|(?:medio|un poco|un poquito|algo) (?:bajonead[oa]|bajona|bajon)"
)
# Only an answer to "how is your mood?" makes these mood words.
_MID_WEAK = r"ok|okay|k|alright|aight|fine|normal|same|the same|about the same|no change|decent|idk|igual"
_GOOD = (
    r"great|good(?! (?:or|and) bad| morning| night| afternoon| evening| luck)|amazing|awesome"
    r"|fantastic|excellent|wonderful|happy|happier|better|well|stable|content|positive"
    # ("todo bn": "bien" as texted)
    r"|never better|best|fabulous|super|terrific|bien|(?<=todo )bn|(?<=muy )bn|(?<=estoy )bn|mejor|excelente|genial|feliz|content[oa]"
    r"|tranquil[oa]|estable|de maravilla|chido|perfect|perfecto|thriving|peaceful|calm|hopeful"
    # regional praise: "de lujo" (Spain), "de pelos", "chévere", "bacán", "bárbaro"
    r"|de lujo|de pelos|chevere|bacan|barbaro"
    r"|optimistic|motivated|relaxed|lighter|brighter|improving|improved|cheerful|upbeat"
    # steady and with more energy: "feeling solid", "ya me siento con más energía" ("solid 4" is the score; "solid food" a meal)
    r"|solid(?! (?:\d|food|foods|stools?|meal|meals)\b)|con (?:mas|mucha mas|muchisima mas) energia|(?:more|much more|a lot more) energ(?:y|etic)"
)
# Good news about the treatment: "the new dose is really working", "la pastilla me está funcionando".
_MED_WORKING = re.compile(
    r"\b(?:dose|dosis|med|meds|medication|medicine|pills?|it|pastilla|medicina|medicamento|tratamiento|" + MED_NAMES + r")"
    r" (?:is|s|are|has been|have been|seems(?: to be)?|really|finally|definitely)(?: really| totally| definitely| finally| actually)?"
    r" (?:working|helping)\b(?! (?:on|for|with|against)\b)"
    r"|(?:me )?(?:esta|estan) (?:funcionando|sirviendo|ayudando)(?: (?:muy )?bien| mucho)?\b"
)
_WORKING_WORDS = ("working", "helping", "funcionando", "sirviendo", "ayudando")
_ANYWHERE = Scanner([
    ("mid_n", _NEG_MID), ("bad_n", _NEG_BAD), ("bad", _BAD), ("mid", _MID), ("weak", _MID_WEAK),
    ("good", _GOOD),
], suffix=r"\b")
_PREDICATIVE = Scanner([
    ("mid_n", [f"{_PREDICATE}(?:{_NEG_MID})"]), ("bad_n", [f"{_PREDICATE}(?:{_NEG_BAD})"]),
    ("bad", [f"{_PREDICATE}(?:{_BAD}|down{_NOT_DOWN_TO})"]),
    # (pride in oneself, said bare: "got through my root canal today, proud of myself"; one's own part told well after
    # another's trouble: "el gato tiene diabetes ... por mi parte bien con la fluoxetina")
    ("good", [f"{_PREDICATE}(?:{_GOOD})", r"proud of myself|orgullos[oa] de mi mism[oa]",
              r"(?:por mi parte|de mi parte) (?:todo )?(?:bien|de maravilla|excelente)\b"]),
    ("bad3", "(?:total|complete|absolute|hot|emotional|nervous) (?:wreck|mess)\\b(?! (?:of a|up)\\b)"),
    ("mid", "meh|so so|could be better|hanging in there|mas o menos|up and down|ups and downs"
            # only sad, said bare beside other news: "no side effects, just sad", "nada, solo triste"
            "|(?<![a-z] )(?:just|only|solo|nomas) (?:a (?:bit|little) |un poco )?(?:sad|triste)(?=\\s*(?:[.!,;]|$))"
            # a little low, said as such: "ando un poco bajona, pero se me pasará"
            "|(?:ando|estoy|me siento|andaba|estaba) (?:un poco|un poquito|medio|algo) (?:bajonead[oa]|bajona|bajon|desanimad[oa]|decaid[oa])"
            "|ni bien ni mal|(?:im|i m|i am|been|we re|were) (?:still )?holding up(?! (?:the|a|an|my|our|traffic|everyone|everybody)\b)"
            # a weight carried, in between: "its heavy but im safe", "not about me, im ok, just heavy"
            "|(?:just|its|it s|it is|feeling|feels|been|im|i m|i am) (?:a bit |a little |kinda |so |really |pretty )?heavy\\b"
            "(?! (?:lifting|rain|traffic|period|periods|bleeding|flow|bags?|boxes|box|load|loads|machinery|equipment|sleeper|drinker|smoker|metal|cream)\\b)"
            # grief named as such: "im not in a bad place, just grieving", "estoy de duelo"
            "|(?:im|i m|i am|just|been|still|we re|were|we are) (?:still )?grieving\\b|(?:estoy|ando|estamos|seguimos) de (?:duelo|luto)\\b"
            # missing someone lost is sadness in between: "se murió mi mamá, la extraño mucho" ("extraño el calor" is no one)
            "|(?:la|lo|los|las) extrano (?:mucho|muchisimo|un monton|tanto)|(?:la|lo|los|las) echo (?:mucho )?de menos"
            "|i miss (?:her|him|them) (?:so much|a lot|so bad|every day)"
            # fed up, said twice or in slang: "estoy harta, harta", "estoy q me lleva la fregada"
            "|(?:estoy|ando) hart[oa],? hart[oa]|(?:estoy|ando) (?:que|q) me lleva (?:la fregada|la chingada|el diablo|la trampa)"),
    # a broken heart, in Spanish: "tengo el corazón roto porque terminé con mi novia"
    ("bad4", "(?:tengo|traigo|ando con|con) el corazon (?:roto|partido|destrozado|hecho pedazos)"
             # tears that will not stop, told of oneself: "no paro de llorar", "no puedo dejar de llorar"
             # (the English "cant stop crying" beside someone else's crisis is the day's upset: left to a number)
             "|(?:no paro|no dejo|no puedo (?:parar|dejar)) de llorar"
             "|lloro (?:todo el dia|todos los dias|a cada rato|diario|todas las noches)"),
    ("bad2", "depressed|deprimid[oa]|miserable|hopeless(?! at\\b| with (?:money|numbers|directions|tech|computers))|really low|so low|very low|triste"
             "|hate myself|hate my life"),
    ("good2", "much better|way better|a lot better|doing (?:really |very |pretty )?well"
              "|never better"
              # the day's work going well: "slaying it at the new job", "crushing it lately"
              "|(?:slaying|crushing|rocking|smashing|nailing) it\\b|killing it (?=at |in |lately|this week|at work|today)"
              # "best i've felt in months", "first decent night's sleep in ages"
              "|(?:the )?best (?:i ve|ive|i have|i|i d|id) (?:felt|been|slept)(?: in (?:months|years|ages|a long time|forever|a while|weeks))?"
              "|first (?:decent|good|real|full) nights? (?:of )?sleep in (?:ages|months|weeks|forever|a long time|years|a while)"
              "|(?:bien|re|muy|super|tan|mas) content[oa]s?|(?:so|super|really|very|sooo*) excited"
              "|(?:feel|feeling|felt) like (?:my ?self|me) again|me siento (?:yo )?(?:mism[oa]|yo) (?:otra vez|de nuevo)"
              # "gracias doctora, me siento mucho mejor", "slept great all week", "estoy durmiendo mucho mejor"
              # ... or of a child, by the teacher's word: "la maestra dice que va mucho mejor"
              "|(?:^|(?<=\\bme siento )|(?<=\\bme siento ya )|(?<=\\bva )|(?<=\\bva ya ))(?:mucho|muchisimo|bastante) mejor"
              "|(?<!not )(?<!never )(?<!havent )(?<!haven t )(?<!no )(?:slept|sleeping|durmiendo|dormi|duermo)"
              " (?:so |really |super |very |mucho |muy |muchisimo )?(?:great|well|better|amazing|mejor|bien|de maravilla)"
              "(?! (?:but|pero|until|till|hasta)\\b)"),
], suffix=r"\b")
_GROUP_TONE = {
    "mid_n": "mid", "bad_n": "bad", "bad": "bad", "mid": "mid", "weak": "mid", "good": "good",
    "bad2": "bad", "bad3": "bad", "bad4": "bad", "good2": "good",
}

_GOOD_EMOJI = frozenset("\U0001F60A\U0001F642\U0001F600\U0001F603\U0001F604\U0001F601\u263A"
                        "\U0001F970\U0001F60D\U0001F917\U0001F44D\U0001F44C\U0001F4AA\U0001F389"
                        "\u2764\U0001F495\U0001F64F\u2705\U0001F973\U0001F60E\u2600\U0001F31E")
_BAD_EMOJI = frozenset("\U0001F622\U0001F62D\U0001F61E\U0001F614\u2639\U0001F641\U0001F629"
                       "\U0001F62B\U0001F494\U0001F623\U0001F616\U0001F97A\U0001F63F\U0001F625")
_MID_EMOJI = frozenset("\U0001F610\U0001F611\U0001F937\U0001F615\U0001FAE4\U0001F636\U0001F644")
_ALL_EMOJI = _GOOD_EMOJI | _BAD_EMOJI | _MID_EMOJI


# A bad word about a crowd's mood, not the writer's: "toda la colonia anda triste".
_CROWD = re.compile(
    r"\b(?:everyone|everybody|todos|todo el mundo|la gente|(?:the whole|all the|toda la|todo el|the|la|el|my|mi|our)"
    r" (?:colonia|barrio|pueblo|neighbou?rhood|town|office|team|school|family|familia|casa|house|oficina|equipo))\b"
)


# A thing that is empty: "bottle's been empty since the weekend", "el frasco está vacío".
_THING_EMPTY = re.compile(
    # (a space cleared out too: "spring cleaning weekend, garage is finally empty")
    r"\b(?:bottles?|pill ?box|pill ?boxes|box|boxes|blister pack|organizer|tank|fridge|inbox|wallet|account|frasco|caja|car|truck|gas"
    r"|garage|closets?|attic|basement|shed|storage(?: unit)?|drawers?|cabinets?|cupboards?|pantry|trunk|hamper|sink|cochera|garaje|bodega|armario|ropero)\b(?: \w+){0,3}"
    r" ?$"
    # a tank given back drained: "borrowed my car and brought it back on empty"
    r"|\b(?:brought|bring|brings|left|leaves|returned|returns|gave|gives) (?:it|them|her|him|the \w+|my \w+) back on $"
)


# Sleep, appetite or a body part called bad is the symptom's, not the mood: "sleeps been bad since the wellbutrin",
# "my stomach has been so bad", "el sueño ha estado fatal".
_BODY_BAD = re.compile(
    r"\b(?:sleeps?|sleeping|appetite|stomach|tummy|head|skin|acne|nausea|headaches?|back|sueno|apetito|estomago|panza)"
    r"(?: (?:s|is|has|have|been|was|were|gets|got|getting|ha estado|esta|anda|estuvo))*(?: (?:so|really|pretty|kinda|real|super|muy|bien|re))? ?$"
)


# A home left empty by a loss: "house feels so empty" beside a score of 3 tells of the loss, not a low mood.
_PLACE_EMPTY = re.compile(r"\b(?:house|home|apartment|apt|room|casa|cuarto|depa|departamento)\b(?: \w+){0,3} ?$")


# Beside a score above low, a passing bad word tells of the day, not the mood: "3. grandma passed last
# week, sad but coping", "worst plant mom ever lol. 4". Words of depression itself still count.
_DEPRESSION_WORDS = re.compile(
    r"depress|deprimid|hopeless|worthless|miserable|hate (?:myself|my life)|dark place|empty|vaci[oa]|lowest|desesper"
    r"|sin esperanza|no vale la pena"
)


# Sadness given, in the past tense, as the reason a dose was changed: "me subió la sertralina porque seguía triste".
_PAST_REASON = re.compile(
    r"\b(?:subio|subieron|aumento|aumentaron|cambio|cambiaron|raised|upped|increased|changed|bumped)\b[^.!?]{0,40}?"
    r"\b(?:porque|pq|xq|because|bc|since) (?:yo )?(?:seguia|estaba|andaba|me sentia|i was|i was still|i felt|was still) (?:muy |tan |so |really |still )?$"
)
# Hopeless about the treatment, not about life or the mood: "feel hopeless about this med, third one that hasnt
# worked", "sin esperanza con estas pastillas".
_ABOUT_TREATMENT = re.compile(
    r"(?:\s+\w+)?\s+(?:about|with|over|regarding|on|that|con|sobre|de que) (?:this|these|the|my|another|any|a|esta|estas|este|estos|la|el"
    r"|las|los|mi|mis|otra|otro) (?:new |next |current |nueva |nuevo )?(?:med|meds|medication|medications|medicine|pill|pills|treatment"
    r"|dose|doses|drug|drugs|antidepressants?|pastillas?|medicinas?|medicamentos?|tratamientos?|dosis|" + MED_NAMES + r")\b"
)


# Years ago: "in college", "back in", "hace 10 años", "de joven" ("depressed since college" goes on). Also
# read by past_and_others.py for attempts told as long past.
LONG_AGO = re.compile(
    r"(?<!since )(?<!desde )\b(?:in (?:college|high school|middle school|my (?:teens|twenties|20s))|(?:\w+ )?years (?:ago|back)|yrs ago|back in"
    r"|when i was (?:a kid|a teen|younger|little|in school|\d+)|as a (?:kid|teen|teenager|child)|hace (?:\d+|muchos|varios|unos|dos|tres"
    r"|cinco|diez) anos|de (?:joven|adolescente|nin[oa])|cuando (?:era|estaba en la)|en la (?:prepa|secundaria|universidad))\b"
)
# A low mood told of years ago must be in the past tense: "had a rough patch in college", "de joven estuve muy
# deprimida".
_TOLD_AS_PAST = re.compile(
    r"\b(?:had|was|were|went through|got|felt|used to be|used to feel|fue|fui|tuve|estuve|estaba|pase|andaba|era|me sentia)\b"
)
# ... unless the sentence brings it back: "i was depressed years ago and it feels the same now".
_BACK_NOW = re.compile(r"\b(?:still|again|same|now too|these days|lately|todavia|sigo|otra vez|de nuevo|igual que|ultimamente)\b")
_TIRED_BY_MED = re.compile(r"hech[oa] polvo(?:" + TIRED_BY_MED + r"|(?=[^.!?]{0,40}?\bbostez))")


def _long_ago(text: Text, start: int, end: int) -> bool:
    """Return True when a bad mood word is told in the past tense of years ago, and not brought back."""
    if _TOLD_AS_PAST.search(text.norm, text.clause_bounds(start)[0], end) is None:
        return False
    sent_start, sent_end = text.sentence_bounds(start)
    return LONG_AGO.search(text.norm, sent_start, sent_end) is not None and _BACK_NOW.search(text.norm, sent_start, sent_end) is None


def _tired_by_med(norm: str, start: int, end: int) -> bool:
    """Return True when the bad words are "hecho polvo" said of the medication or the whole day."""
    m = _TIRED_BY_MED.search(norm, start) if "polvo" in norm else None
    return m is not None and m.start() < end


class Tone(NamedTuple):
    """A mood word: tone is 'good', 'mid' or 'bad'."""

    tone: str
    start: int
    end: int


# Sad, but held up by people or coping: "estoy triste pero con mi familia", "sad but coping", "triste pero tranquila"
# is in between, not low ("sad but i cant see the point anymore" is not held).
_MILD_SAD = re.compile(r"\b(?:sad|triste|heartbroken|corazon (?:roto|partido|destrozado|hecho pedazos))$")
# A hard time told with the writer held up after it: "been hard but im ok", "its been rough but im managing".
_HARD_TIME = re.compile(r"\b(?:hard|rough|tough|dificil)$")
# A film, a book or a song that is sad: "watched a documentary about suicide, really sad but interesting",
# "leí una novela muy triste pero hermosa".
_SAD_WORK = re.compile(
    r"\b(?:movie|film|documentary|doc|show|series|episode|book|novel|song|album|play|podcast|pelicula|peli|documental|serie|capitulo"
    r"|episodio|libro|novela|cancion|obra)\b"
)
_WORK_VERDICT = re.compile(
    r"\W*(?:but|pero|and|y|though|tho|aunque)\s+(?:(?:so|really|very|super|muy|re|bien|tan)\s+)?(?:interesting|good|great|beautiful|worth it"
    r"|amazing|well made|powerful|moving|interesante|buena|bueno|hermosa|hermoso|bonita|bonito|preciosa|precioso|vale la pena|genial)\b"
)
_SAD_BUT_HELD = re.compile(
    # ("estuvo muy triste pero ya ando más tranquila": calmer now)
    # (the cause may come between: "tengo el corazón roto porque terminé con mi novia, pero estoy saliendo adelante")
    # (... or told in a sentence of its own: "Triste. Hoy fue el velorio de mi comadre. Pero estoy bien")
    r"(?:\s+(?:porque|pq|xq|because|bc|cuz|since|after|desde que)\b[^.!?]{0,60}?|[.!]\s+[^.!?]{1,60}?"
    # a second feeling beside it: "sad and shaken but safe", "triste y cansada pero bien"
    r"|\s+(?:and|y|&) (?:a bit |a little |kinda |so |really |muy |un poco |bien )?[a-z]+)?"
    r"\W*(?:pero|but|aunque|though|tho)\s+(?:(?:ya|now)\s+)?(?:(?:yo|me)\s+)?(?:(?:im|i m|i am|estoy|ando|me siento|feeling)\s+)?"
    r"(?:(?:mas|un poco mas|mucho mas|a bit|a little)\s+)?(?:con (?:mi|el apoyo de mi|mis|la) (?:familia|gente"
    r"|esposo|esposa|pareja|hij[oa]s|amig[oa]s|mama|papa)|acompanad[oa]|tranquil[oa]|bien|ok|okay|coping|managing|hanging in|holding up"
    r"|with (?:my )?(?:family|friends|people|support)|surrounded by|supported|doing ok(?:ay)?"
    # the danger ruled out beside the grief: "im sad but im not in any danger"
    r"|not in (?:any )?danger|safe"
    # not the sadness that worries: "im sad but not like that, im safe", "triste pero no de esa forma"
    r"|not (?:like that|in that way|that kind of sad|in a bad way|in a scary way)|no (?:de esa forma|de esa manera|en ese sentido|como para preocuparse)"
    # grief carried: "estoy triste pero aguantando", "sad but hanging in there"
    r"|aguantando|echandole ganas|sobrellevandolo|hanging in there|getting through it|getting by"
    # carrying on: "triste pero aquí seguimos", "sad but we keep going"
    r"|(?:aqui|aca|ahi) (?:seguimos|sigo|estamos|ando|vamos|la llevamos)|seguimos adelante|sigo adelante|we keep going|keeping on|carrying on"
    r"|saliendo adelante|moving on|getting better)\b"
)
# Only sad, said to play it down: "nomás ando triste por lo de mi papá", "im just sad".
_ONLY_SAD = re.compile(r"\b(?:solo|solamente|nomas|nada mas|just|only)\s+$")
# A bad place denied, the word before the place: "definitely not in a dark place tho", "no longer in that dark place".
_NOT_IN_IT = re.compile(r"\b(?:not|no longer|nowhere near|far from|out of)(?: (?:in|at))? (?:a|the|that|any) $")
# The mood word carries its own first-person verb, the Spanish subject left unsaid: "mi prima intentó ... y estoy muy mal por eso".
_OWN_VERB = re.compile(r"(?:estoy|ando|me siento|me encuentro|no paro de|no dejo de|no puedo (?:parar|dejar) de|lloro)\b")
# A mood answer a carer passes on is the patient's, however it is worded: "mi mamá dice que mal, muy mal", or signed
# by the relative ("shes doing awful. wont eat, barely talks. her mom", "... soy su hijo").
# ... or sent word for word: "she says to tell you 'awful'", "dice que les diga que mal"
_RELAYED = re.compile(r"\b(?:dice|dijo|says|said|tells me|told me) (?:(?:to |que (?:les |le |te )?)(?:tell|say|text|write|diga|dijera|ponga|pusiera|mande|escriba)"
                      r" (?:(?:you|u|yall|them) )?(?:que )?)?(?:que |that )?(?:(?:esta|anda|se siente|she s|shes|he s|hes|she is|he is|its) )?(?:\w+ ){0,2}$")
_SIGNED = re.compile(r"(?:^|[.!?,;:-]\s*)(?:soy |this is |its |it s |de parte de )?(?:her|his|their|su) (?:" + RELATIONS + r")\b\W*(?:[.!?]|$)|\bsoy su (?:" + RELATIONS + r")\b"
                     # ... or by a name with the tie in brackets: "- Sam (roommate)"
                     r"|(?:^|[.!?,;:-]\s*)\w+ \((?:her |his |their |su )?(?:" + RELATIONS + r")\)\W*$")
_ME_TOO = re.compile(r"\b(?:so am i|so have i|me too|and me|and i am|and im|we both|both of us|yo tambien|a mi tambien|y yo|we re|were all|we are)\b")


def read_mood_words(text: Text, asked: str) -> list[Tone]:
    """Return the mood words of the reply; outside a mood answer only "I feel X" forms."""
    pattern = _ANYWHERE if asked == "mood" else _PREDICATIVE
    tones = []
    weak = []
    for m in pattern.finditer(text.norm):
        tone = _GROUP_TONE[m.lastgroup]
        if m.lastgroup == "weak":
            weak.append(m.start())
        if tone == "bad" and _long_ago(text, m.start(), m.end()):
            continue  # "had a rough patch in college": the mood of years ago
        if tone == "bad" and _tired_by_med(text.norm, m.start(), m.end()):
            continue  # "hecha polvo" from the pill is tiredness, a side effect
        if tone == "bad" and m.lastgroup != "bad_n" and is_negated(text, m.start()):
            continue  # "not depressed, just tired"
        if tone == "bad" and m.group().endswith("empty") and _THING_EMPTY.search(text.norm, max(0, m.start() - 30), m.start()):
            continue  # "bottle's been empty since the weekend": the bottle, not the mood
        if tone == "bad" and _BODY_BAD.search(text.norm, max(0, m.start() - 30), m.start()):
            continue  # "sleeps been bad since we started the wellbutrin": the sleep, a side effect, not the mood
        if tone == "bad" and _NOT_IN_IT.search(text.norm, max(0, m.start() - 30), m.start()):
            continue  # "definitely not in a dark place tho"
        if tone == "bad" and m.group().endswith(("empty", "vacia", "vacio")) \
                and _PLACE_EMPTY.search(text.norm, max(0, m.start() - 30), m.start()):
            tones.append(Tone("mid", m.start(), m.end()))  # "everyone went home, house feels empty": a loss told, in between
            continue
        if tone == "bad" and _CROWD.search(text.norm, text.clause_bounds(m.start())[0], m.start()):
            continue
        if tone == "bad" and _PAST_REASON.search(text.norm, max(0, m.start() - 60), m.start()):
            continue  # "me subió la sertralina a 100 porque seguía triste": the reason for a change made, not today's mood
        if tone == "bad" and _ABOUT_TREATMENT.match(text.norm, m.end()):
            continue
        if tone == "bad" and _MILD_SAD.search(m.group()) and _SAD_WORK.search(text.norm, text.sentence_bounds(m.start())[0], m.start()) \
                and _WORK_VERDICT.match(text.norm, m.end()):
            continue  # "watched a documentary, really sad but interesting": the film's sadness, not the writer's mood
        if tone == "bad" and _MILD_SAD.search(m.group()) and _SAD_WORK.match(text.norm, m.end() + 1):
            continue  # "watched a sad movie": the film is sad
        if tone == "bad" and asked != "mood" and _MILD_SAD.search(m.group()) and _ONLY_SAD.search(text.norm, max(0, m.start() - 12), m.start()):
            # "no pienso en nada malo, solo estoy triste" beside other news: only sad, in between (a mood answer of "just sad" is the mood)
            tones.append(Tone("mid", m.start(), m.end()))
            continue
        if tone == "bad" and _SAD_BUT_HELD.match(text.norm, m.end()) and (_MILD_SAD.search(m.group()) or _HARD_TIME.search(m.group())):
            tones.append(Tone("mid", m.start(), m.end()))  # "estoy triste pero con mi familia": sad, and held
            continue
        if tone == "bad" and subject_is_other(text, m.start()) and not _ME_TOO.search(text.norm) \
                and not _OWN_VERB.match(m.group()) \
                and not (asked == "mood" and (_RELAYED.search(text.norm, max(0, m.start() - 40), m.start()) or _SIGNED.search(text.norm))):
            continue  # "my son's friend died and he's been struggling": his mood, not the writer's
        tones.append(Tone(tone, m.start(), m.end()))
    if weak and any(t.tone == "good" for t in tones):
        # "good energy this week, sleeping normal": "normal", "fine", "ok" beside a good word add nothing
        tones = [t for t in tones if t.start not in weak]
    if any(t.tone == "bad" for t in tones):
        number = read_mood_number(text, asked)
        if number is not None and number.value is not None and number.value >= 3:
            tones = [t for t in tones if t.tone != "bad" or (_DEPRESSION_WORDS.search(text.norm, t.start, t.end)
                     and not _PLACE_EMPTY.search(text.norm, max(0, t.start - 30), t.start))]
    if any(w in text.norm for w in _WORKING_WORDS):
        for m in _MED_WORKING.finditer(text.norm):
            if not is_negated(text, m.start()):  # "no me está funcionando"
                tones.append(Tone("good", m.start(), m.end()))
    emoji_only = not _TOKENS.search(text.norm)
    # Beside a score, an emoji reacts to what is told ("that show had me sobbing 😭 anyway 3"); the
    # score says how the mood is.
    if asked == "mood" and not emoji_only and _has_emoji(text.norm) and _gives_score(text, asked):
        return tones
    if asked == "mood" or emoji_only:
        for i, ch in enumerate(text.norm):
            if ch in _BAD_EMOJI:
                tones.append(Tone("bad", i, i + 1))
            elif ch in _MID_EMOJI:
                tones.append(Tone("mid", i, i + 1))
            elif ch in _GOOD_EMOJI:
                tones.append(Tone("good", i, i + 1))
    return tones


def _has_emoji(norm: str) -> bool:
    """Return True when the text holds a mood emoji."""
    return not norm.isascii() and any(ch in _ALL_EMOJI for ch in norm)


def _gives_score(text: Text, asked: str) -> bool:
    """Return True when the reply gives a mood score on the scale."""
    number = read_mood_number(text, asked)
    return number is not None and number.value is not None
