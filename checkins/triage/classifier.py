"""Classify one reply: run every detector and take the highest level any finding earns."""

from __future__ import annotations

from .adherence import read_adherence
from .concerns import find_concerns
from .crisis import (
    back_again, denies_intent, find_crisis, hypothetical, ruled_out, said_not_the_patient, without_crisis_words,
)
from .crisis_model import bare_confirmation, overrules, says_crisis, short
from .findings import IDIOMATIC, REASON_ORDER, RULED_OUT, Hit, level_of
from .keywords import (
    affirms, is_acknowledgement, reports_nothing, stop_request, whole_message_keyword,
)
from .model import LEVEL_RANK, NONE, Classification, Reply, Thresholds
from .mood import read_mood_number, read_mood_words
from .past_and_others import find_past_and_others
from .normalize import Text, normalize
from .side_effects import find_symptoms

_KEYWORD_REASON = {"stop": "opt_out", "start": "opt_in", "help": "help"}
_SETS_NOTHING_ASIDE = RULED_OUT | {"third_party_crisis", "past_crisis"}
# Readings of crisis words that a near-certain model score overrules (``crisis_model.overrules``): all of those but an
# idiom, which has its own threshold (``_only_idioms``).
_OVERRULABLE = _SETS_NOTHING_ASIDE - {IDIOMATIC}
_DEFAULT_THRESHOLDS = Thresholds()


def classify(reply: Reply, thresholds: Thresholds = _DEFAULT_THRESHOLDS) -> Classification:
    """Return the classification of ``reply``; never raises on odd text."""
    raw = reply.text or ""
    keyword = whole_message_keyword(raw)
    if keyword:
        reason = _KEYWORD_REASON[keyword]
        start = len(raw) - len(raw.lstrip())
        span = (start, len(raw.rstrip()), reason)
        return Classification(
            triage=level_of(reason), keyword=keyword, reasons=(reason,), matches=(span,),
        )

    text = normalize(raw)
    asked = reply.asked
    hits: list[Hit] = []
    request = stop_request(text)
    if request:
        keyword = "stop"
        hits.append(Hit("opt_out", *request))
    crisis_hits = find_crisis(text)
    others = find_past_and_others(text)
    # a past crisis these readings found may be told as back: "tried once in 2019, the same thoughts are back"
    crisis_hits += back_again(text, crisis_hits + others)
    hits.extend(crisis_hits)
    hits.extend(others)
    symptoms = find_symptoms(text, reply.medications, asked)
    hits.extend(symptoms.hits)
    adherence, adherence_hits = read_adherence(
        text, asked, [h for h in crisis_hits if h.reason == "crisis"])
    hits.extend(adherence_hits)
    hits.extend(find_concerns(text))
    mood, mood_hits, good_mood = _read_mood(text, asked, thresholds)
    hits.extend(mood_hits)
    # A bare "sí, me tomé las pastillas" the rules read as taking it has nothing more in it for the model
    # to hear, and its words are the words of overdoses; a "yes, but ..." still has.
    # An answer the rules read for adherence or as a side effect ("i keep waking up at 3"), a short
    # reply they read at all ("could be better"), a "what if i ever", or the writer's word that they will do nothing
    # ("im not going to do anything myself"), is set aside like a guarded
    # phrase: none of these may alarm anyone on a score near the threshold.
    # A short request to stop the texts ("quiero darme de baja") is read; the model has no say on it; a longer
    # one ("i'd like to be removed from the mailing list") is set aside like the rest.
    # (A finding ruled out, "not pregnant", or someone else's attempt read the reply but set nothing aside: "my
    # brother attempted, me too" is for the model to hear.)
    idioms = _only_idioms(crisis_hits)
    # (where the writer says the one in danger is not the patient, "he's not your patient", the model has no say either way)
    if (not crisis_hits or idioms) and not (request and short(text.norm)) and not said_not_the_patient(text.norm, status_only=True) \
            and not (adherence == "taking" and bare_confirmation(text.norm)) and says_crisis(text.norm, set_aside=lambda norm: (
            request or adherence is not None or symptoms.complaint or (any(h.reason not in _SETS_NOTHING_ASIDE for h in hits) and short(norm))
            or hypothetical(norm) or ruled_out(norm) or denies_intent(norm)), beside_idiom=idioms):
        hits.append(Hit("crisis_model", 0, len(text.norm)))
    elif crisis_hits and all(h.reason in _OVERRULABLE for h in crisis_hits) and not said_not_the_patient(text.norm) \
            and overrules(text.norm, without_crisis_words(text.norm)):
        hits.append(Hit("crisis_model", 0, len(text.norm)))

    read = [h for h in hits if h.reason not in RULED_OUT]
    if len(read) < len(hits):
        hits = read
    elif not hits and not (
        good_mood or adherence == "taking" or symptoms.denied
        # "yes" to "any side effects?" names none: someone must ask which.
        or (is_acknowledgement(text) and not (asked == "side_effects" and affirms(text)))
        or (asked != "mood" and reports_nothing(text))
    ):
        hits.append(Hit("unparsed", 0, len(text.norm)))
    return _result(text, hits, keyword, mood, symptoms.side_effects, adherence)


def _only_idioms(crisis_hits: list[Hit]) -> bool:
    """True when every crisis word the rules found was an idiom ("un calor de muerte ... si mi mamá ve los
    brazos me mata. los cortes son nuevos"): the model may still hear danger beside them, on a near-certain
    score. Otherwise it speaks where the rules saw no crisis words at all; what they denied ("i don't want to die"
    scores high on its words alone) or read as past or someone else's stands unless the score overrules it
    (``overrules``); one a rule excluded inside itself ("cut myself shaving") needs a confident score (``says_crisis``). A good mood score does
    not silence it: "4. bought enough pills for tonight" is a crisis, and silencing such replies saved little
    in false alarms."""
    return bool(crisis_hits) and all(h.reason == IDIOMATIC for h in crisis_hits)


def _read_mood(text: Text, asked: str, thresholds: Thresholds):
    """Return (mood, hits, reads as good) from the number and the mood words."""
    hits: list[Hit] = []
    number = read_mood_number(text, asked)
    tones = read_mood_words(text, asked)
    bad = [t for t in tones if t.tone == "bad"]
    hits.extend(Hit("low_mood", t.start, t.end) for t in bad)
    if number is not None:
        if number.value is None:
            hits.append(Hit("unparsed", number.start, number.end))
            return None, hits, False
        if number.value <= thresholds.low_mood_max:
            hits.append(Hit("low_mood", number.start, number.end))
        elif number.value <= thresholds.routine_mood_max:
            hits.append(Hit("mid_mood", number.start, number.end))
        return number.value, hits, number.value > thresholds.routine_mood_max
    if bad:
        return None, hits, False
    mid = [t for t in tones if t.tone == "mid"]
    if mid:
        hits.extend(Hit("mid_mood", t.start, t.end) for t in mid)
        return None, hits, False
    return None, hits, any(t.tone == "good" for t in tones)


def _result(text: Text, hits: list[Hit], keyword, mood, side_effects, adherence) -> Classification:
    reasons = sorted(
        {h.reason for h in hits},
        key=lambda r: (-LEVEL_RANK[level_of(r)], REASON_ORDER.get(r, 0), r),
    )
    triage = level_of(reasons[0]) if reasons else NONE
    spans = sorted({(*text.span(h.start, h.end), h.reason) for h in hits})
    return Classification(
        triage=triage,
        crisis="crisis" in reasons or "crisis_model" in reasons,
        keyword=keyword,
        mood=mood,
        side_effects=tuple(sorted(side_effects)),
        adherence=adherence,
        reasons=tuple(reasons),
        matches=tuple(spans),
    )
