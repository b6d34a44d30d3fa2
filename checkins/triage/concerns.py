"""Other findings: clear worsening, pregnancy, and questions for the prescriber."""

from __future__ import annotations

import re

from .findings import Hit
from .negation import is_negated, subject_is_other
from .normalize import Text
from .scanner import Scanner

_WORSENING = (
    r"(?:much|way|a lot|so much|far|even|getting|got|gotten|keeps getting|becoming"
    r"|significantly|really|considerably|progressively|only getting|lots|a ton|waaay|wayy"
    r"|going) worse"
    r"|worse (?:and worse|than ever|than before|every day|each day|by the day|than last"
    r"|since)"
    r"|(?:feel|feeling|feels|felt|im|i am|been|doing|is|its|are|has been|have been|things are"
    r"|it s) (?:even |so |much |way |a lot |really )?worse(?! (?:in the|at night|when|after"
    r"|before|if|during|on|with|first thing))"
    r"|worst (?:its|it s|it has|ive|i ve|i have|ever|in (?:years|months|a long time|ages)|yet)"
    r"|the worst (?:its|ive|i ve|it s|it has) (?:been|felt|ever)"
    r"|worst (?!part|thing|bit|memory|memories)(?:\w+ ){0,2}(?:of my (?:life|adult life)(?! (?:was|were|is over))|ive (?:ever )?(?:had|felt|been)|i ve (?:ever )?"
    r"(?:had|felt|been)|i have (?:ever )?(?:had|felt|been)|in (?:years|months|a long time|ages|forever))"
    r"|(?:el |la )?peor (?:\w+ ){0,2}de mi vida"
    r"|going downhill|(?:spiral(?:l)?ing|spiralled|spiraled)(?: down)?"
    r"|(?:getting|going|gotten) (?:really |so |a lot )?bad again"
    r"|(?:mucho|cada vez|bastante) peor|peor que nunca|empeor\w*|(?:me siento|estoy|voy|ando)"
    r" (?:mucho |bastante )?peor"
)

_PREGNANCY = (
    r"pregnan\w*|preggo|expecting (?:a baby|a child|twins|again)|with child"
    r"|(?:were|we are|im|i am) expecting(?=\s*(?:[.!?,;]|$)| (?:again|our (?:first|second|third|\w+"
    r" (?:baby|child))|twins|a (?:boy|girl|baby|little)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)\w*|this (?:spring|summer|fall|winter)))"
    r"|(?:trying|try|plan(?:ning)?|want(?:ing)?|hoping|hope) (?:for a baby|to (?:get pregnant"
    r"|conceive|have a baby|have kids|start a family|have another))"
    r"|(?:trying|tryin) for (?:a )?(?:baby|kid|another|number \w+)|ttc|conceiv\w*"
    r"|(?:missed|late) (?:my )?period|period (?:is )?(?:late|hasnt come)|positive (?:pregnancy )?test"
    r"|breast ?feed\w*|nursing (?:my )?(?:baby|son|daughter|newborn)"
    r"|embaraz\w*|(?:buscando|intentando|queremos|quiero|quisieramos) (?:tener )?(?:un )?bebe"
    r"|(?:intentando|tratando de) (?:quedar|embarazarme)|lactan\w*|amamant\w*"
)
_NOT_PREGNANT_AFTER = re.compile(r"\s*(?:test )?(?:was|is|came back|came out|salio) (?:negative|negativa|negativo)")
# Someone else's pregnancy matters only when it is the patient's partner's.
_PARTNER = re.compile(
    r"\b(?:wife|husband|girlfriend|boyfriend|gf|bf|partner|fiancee?|spouse|esposa|esposo|marido"
    r"|mujer|novia|novio|pareja|we|were|us|nosotros|me and|and i)\b"
)

_QUESTION_START = re.compile(
    r"\W*(?:can|could|should|would|is|are|do|does|did|will|when|how|what|which|why|where"
    r"|am|may|puedo|debo|es|cuando|como|cuanto|que)\b(?! (?:a|the) (?:day|week)\b)"
    r"(?! (?:un |una |como un |like a |a )?\d)"
)
_QUESTION = (
    r"(?:can|could|should|may|do|am) (?:i|u|you|we)\b (?:take|switch|stop|change|up|lower"
    r"|increase|decrease|get|have|send|call|split|drink|skip|double|go|try|use|make|move|talk"
    r"|see|schedule|refill|still)"
    r"|\b(?:is it|would it|will it|is that|is this) (?:ok|okay|safe|normal|bad|fine|possible"
    r"|alright|dangerous)"
    r"|\b(?:refill|refills|prescription|script|rx|pharmacy|reschedule"
    # an appointment only looked forward to is no request: "see you at the appointment"
    r"|(?<!see you at the )(?<!see you at my )(?<!ready for the )(?<!ready for my )(?<!before my )(?<!before the )"
    r"(?:appointment|appt)"
    r"|call me|call back|callback|talk to (?:dr|the doctor|someone|you)|dosage"
    r"|new dose(?! (?:is|s|has been|seems(?: to be)?) (?:really |totally |definitely )?(?:helping|working|good|great|fine|better))"
    r"|dose (?:change|increase|decrease|adjust\w*)|(?:increase|lower|raise|reduce|change|adjust"
    r"|switch|up) (?:my|the) (?:dose|dosage|med|meds|medication)|receta|farmacia"
    r"|(?<!nos vemos en la )(?<!lista para la )(?<!listo para la )(?<!antes de la )(?<!hasta la )cita|llam(?:en"
    r"|ar)me|pregunta|me pueden|pueden (?:mandar|enviar|llamar)|es normal|es seguro|que hago"
    r"|what do i do|what should i do|need (?:a|more|my) (?:refill|meds|prescription)"
    r"|wondering (?:if|whether|about)|question"
    r"|(?:wanted|want|wanna|meant|needed|need|just wanted) to ask|(?:queria|quiero|quisiera|nomas queria|solo queria)"
    r" (?:preguntar|saber)|(?<!no )(?:puedo|podria|debo|deberia) (?:tomar\w*|cambiar\w*|partir\w*|subir\w*|bajar\w*"
    r"|dejar\w*|mezclar\w*|aumentar\w*|reducir\w*))"
)
_CONCERNS = Scanner(
    [("worsening", _WORSENING), ("pregnancy", _PREGNANCY), ("question", _QUESTION)], suffix=r"\b",
)


def find_concerns(text: Text) -> list[Hit]:
    """Return worsening, pregnancy and question hits."""
    hits = []
    norm = text.norm
    question = _QUESTION_START.match(norm)
    for m in _CONCERNS.finditer(norm):
        kind = m.lastgroup
        if kind == "question":
            question = question or m
            continue
        if is_negated(text, m.start()):
            continue
        if kind == "pregnancy" and not _pregnancy_applies(text, m):
            continue
        hits.append(Hit(kind, m.start(), m.end()))
    mark = norm.find("?")
    if question:
        hits.append(Hit("question", question.start(), question.end()))
    elif mark >= 0:
        hits.append(Hit("question", mark, mark + 1))
    return hits


def _pregnancy_applies(text: Text, m) -> bool:
    """Return False for a negative test or someone else's (not a partner's) pregnancy."""
    if _NOT_PREGNANT_AFTER.match(text.norm, m.end()):
        return False
    if subject_is_other(text, m.start()):
        sent_start, _ = text.sentence_bounds(m.start())
        return _PARTNER.search(text.norm, sent_start, m.end()) is not None
    return True
