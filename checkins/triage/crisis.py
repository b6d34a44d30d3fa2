"""Crisis detection: risk of harm to self or others, stated as current or recent."""

from __future__ import annotations

import re

from .composed import COMPOSED, harmless_scope
from .crisis_terms import CRISIS, IDIOM, POINT_EMPTY, POINT_LIFE, POINT_TREATMENT
from .findings import DENIED, Hit
from .lexicon import NEGATORS
from .negation import (
    is_denied_after, is_negated, is_past, is_resolved_after, subject_is_other,
)
from .normalize import Text
from .safety_net import net_candidates

# What one wakes up to ("at 5am", "with a headache", "groggy") is about mornings, not death.
_WAKE_END = re.compile(r"(?:wake|waking|woke) up$|despertar(?:me)?$")
_WAKE_DETAIL = re.compile(
    r"\s+(?:at|with|groggy|tired|early|so|feeling|before|for|to|\d|every|sick|nauseous|dizzy"
    r"|exhausted|rested|refreshed|on time|in time|late|in the middle|in pain|and (?:feel|go|be|have)|temprano|con|a las|cansad[oa]"
    r"|maread[oa]|con dolor)\b"
)
# A topic rather than a deed: "a movie about suicide", "overdose prevention".
_TOPIC_BEFORE = re.compile(
    r"\b(?:movie|show|film|article|book|documentary|video|podcast|episode|story|news|class"
    r"|training|lecture|song|series|post|report|research|study|pelicula|articulo|libro|serie"
    r"|noticia|episodio|documental|programa|cancion|headline|novel|character|protagonista|movie|pelicula)s?\b"
    r"(?:\s+\w+){0,3}\s+(?:about|on|regarding|sobre|de|where|donde|in which|who|whose)\s+(?:\w+\s+){0,4}$"
)
_TOPIC_AFTER = re.compile(
    r"\s+(?:prevention|awareness|hotline|lifeline|risk|risks|warning|warnings|rates?|statistics"
    r"|stats|survivors?|walk|month|week|day|prevencion|riesgo)\b"
)
# "can sertraline cause suicidal thoughts?": a question about the drug, not a report.
_CAUSE_QUESTION = re.compile(
    r"\b(?:can|could|does|do|will|would|might|may|is it (?:normal|possible|common|true)|puede|pueden|podria)\b"
    r"(?:\s+\w+){0,4}\s+(?:cause|causes|give|gives|lead to|increase|raise|make|dar|causar|provocar)\s+(?:\w+\s+){0,2}$"
)
# A past crisis that is back: "tried in 2019 and i feel exactly like that again now".
_RECUR = re.compile(
    r"\b(?:feel|feeling|felt|im|i am)\b(?:\s+\w+){0,3}\s+(?:like that|that way|the same(?: way)?|like (?:i did )?then)"
    r"\s+(?:\w+\s+)?(?:again|now)\b|\b(?:thoughts?|urges?|feelings?|it|they)(?: are| is|s)? (?:coming )?back\b(?! (?:in|when|then|before|during|to|from|at|home|on))"
    r"|\b(?:otra vez|de nuevo) (?:me siento|siento|estoy) igual"
)
# A denial with a span of time speaks of a past crisis: "haven't cut in months".
_DENIED_FOR = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:in|for|en|desde hace|hace|since|desde)\s+(?:\d+\s+|a few\s+|several\s+|many\s+|varios\s+|muchos\s+)?"
    r"(?:months?|years?|weeks?|meses|anos|semanas|a (?:long )?while|mucho tiempo)\b"
)
# First person inside the match itself settles whose it is.
_FIRST_PERSON = re.compile(r"\b(?:i|im|id|ive|me|my|myself|mi|yo|kms)\b|(?:arme|erme|irme)\b")
_WORD = re.compile(r"[a-z]+")
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
)
# Someone else's crisis that the patient shares: "... and honestly me too".
_ME_TOO = re.compile(
    r"\b(?:me too|i do too|i have too|so do i|same here|i (?:also|too) (?:want|think|feel)"
    r"|i (?:want|think about|thought about|feel like) (?:to do |doing )?(?:it|that|the same)(?: too"
    r"| as well)?|(?:want|wanna) to (?:join|be with) (?:him|her|them)|yo tambien)\b"
)


# Whole replies too short to carry anything but a farewell or giving up: "cant anymore",
# "its time", "ya es hora". The same words inside a longer reply are ordinary.
_WHOLE_FAREWELL = re.compile(
    r"(?:i |i just |just |honestly i )?(?:cant|can t|cannot)(?: do (?:it|this))? (?:anymore|any more|no more)"
    r"|(?:ok |okay |well |so |i think )?(?:its|it is|it s|ya es) (?:time|hora)(?: now| ya)?"
    r"(?:[\s.!,;]+(?:goodbye|bye|adios|chao|ive made (?:my )?peace(?: with it)?|i made (?:my )?peace(?: with it)?"
    r"|i love you(?: all)?|sorry|forgive me|perdon\w*|los quiero|l[oa]s amo|te quiero|im ready|estoy list[oa]))*"
)


def find_crisis(text: Text) -> list[Hit]:
    """Return crisis, third_party_crisis and past_crisis hits in normalised coordinates."""
    whole = text.norm.strip(" .!?,;\u2026")
    if _WHOLE_FAREWELL.fullmatch(whole):
        return [Hit("crisis", 0, len(text.norm))]
    if CRISIS.search(text.norm) is None and COMPOSED.search(text.norm) is None:
        # Masking idioms can only remove matches, so skip it when there are none.
        idiom = IDIOM.search(text.norm)
        found = [Hit(DENIED, idiom.start(), idiom.end())] if idiom else []
        masked = IDIOM.sub(lambda m: "#" * (m.end() - m.start()), text.norm) if idiom else text.norm
        return found + _safety_net(text, masked, found)
    hits: list[Hit] = []
    masked = IDIOM.sub(lambda m: _masked(m, hits), text.norm)
    negated_ends: list[int] = []
    for kind, start, end, matched in _matches(masked):
        if kind not in ("third", "others") and harmless_scope(
                masked, start, end, matched, text.sentence_bounds(start)[1]):
            negated_ends.append(end)
            continue
        if kind == "point" and matched.endswith(("point", "purpose")):
            if not _point_is_about_life(text, end):
                continue
        if _WAKE_END.search(matched) and _WAKE_DETAIL.match(masked, end):
            negated_ends.append(end)
            continue
        if kind == "open" and (
            _TOPIC_BEFORE.search(masked, max(0, start - 60), start)
            or _TOPIC_AFTER.match(masked, end)
        ):
            # Someone else's crisis in the news or a story: a person still reads it.
            hits.append(Hit("third_party_crisis", start, end))
            continue
        if kind == "open" and _TOPIC_BEFORE.search(masked, max(0, start - 60), start) is None \
                and _CAUSE_QUESTION.search(masked, max(0, start - 50), start):
            continue
        if kind == "others" and NEGATORS.intersection(_WORD.findall(matched)):
            negated_ends.append(end)
            continue
        if is_negated(text, start) or is_denied_after(text, end):
            if kind == "self" and _DENIED_FOR.match(masked, end):
                hits.append(Hit("past_crisis", start, end))
            negated_ends.append(end)
            continue
        if kind == "third" or (kind != "about_me" and not _FIRST_PERSON.search(matched)
                               and subject_is_other(text, start)):
            hits.append(Hit("third_party_crisis", start, end))
            continue
        if is_resolved_after(text, end) or is_past(text, start, end):
            hits.append(Hit("past_crisis", start, end))
            continue
        hits.append(Hit("crisis", start, end))
    if not any(h.reason == "crisis" for h in hits):
        hits.extend(_second_thoughts(text, hits, negated_ends))
    if not any(h.reason == "crisis" for h in hits) and any(h.reason == "past_crisis" for h in hits):
        m = _RECUR.search(text.norm)
        if m:
            hits.append(Hit("crisis", m.start(), m.end()))
    hits.extend(Hit(DENIED, end, end) for end in negated_ends)
    if not any(h.reason == "crisis" for h in hits):
        hits.extend(_safety_net(text, masked, hits))
    return hits


# A dose or a span of time right after the words: "sleep forever 12 hours", "dead 2 days".
_UNITS = re.compile(r"\s*(?:\d+\s*)?(?:mg|mgs|hrs?|hours?|horas?|mins?|minutes?|minutos?|dias?|days?)\b")


def _safety_net(text: Text, masked: str, hits: list[Hit]) -> list[Hit]:
    """Return one crisis hit from the broad net when no existing guard explains it."""
    for start, end, matched in net_candidates(masked):
        if any(start < h.end and h.start < end for h in hits if h.end > h.start):
            continue  # already read: an idiom, someone else's or a past crisis
        if _TOPIC_BEFORE.search(masked, max(0, start - 60), start) or _TOPIC_AFTER.match(masked, end):
            continue
        if _CAUSE_QUESTION.search(masked, max(0, start - 50), start) or _UNITS.match(masked, end):
            continue
        if is_negated(text, start) or is_denied_after(text, end):
            continue
        if not _FIRST_PERSON.search(matched) and subject_is_other(text, start):
            continue
        if is_resolved_after(text, end) or is_past(text, start, end):
            continue
        return [Hit("crisis", start, end)]
    return []


def _matches(masked: str) -> list[tuple[str, int, int, str]]:
    """Return (kind, start, end, text) of the phrase matches, then composed ones they miss."""
    found = [(m.lastgroup, *m.span(), m.group()) for m in CRISIS.finditer(masked)]
    spans = [(s, e) for _, s, e, _ in found]
    for m in COMPOSED.finditer(masked):
        s, e = m.span()
        if not any(s < e2 and s2 < e for s2, e2 in spans):
            found.append(("open", s, e, m.group()))
    return found


def _masked(m: re.Match, hits: list[Hit]) -> str:
    """Return the idiom blanked out, noting that it was read."""
    hits.append(Hit(DENIED, m.start(), m.end()))
    return "#" * (m.end() - m.start())


def _point_is_about_life(text: Text, end: int) -> bool:
    """Return True when "what's the point" is about living rather than the treatment."""
    _, clause_end = text.clause_bounds(end)
    rest = text.norm[end:clause_end]
    if POINT_LIFE.match(rest):
        return True
    if POINT_TREATMENT.match(rest):
        return False
    return POINT_EMPTY.match(rest) is not None


def _second_thoughts(text: Text, hits: list[Hit], negated_ends: list[int]) -> list[Hit]:
    """Return crisis hits where a denial is taken back or another's crisis is shared."""
    found = []
    for end in negated_ends:
        m = _REVERSAL.search(text.norm, end)
        if m:
            found.append(Hit("crisis", m.start(), m.end()))
            break
    if any(h.reason == "third_party_crisis" for h in hits):
        m = _ME_TOO.search(text.norm)
        if m:
            found.append(Hit("crisis", m.start(), m.end()))
    return found
