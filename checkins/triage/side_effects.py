"""Side effects present now, the red flags among them, and how severe they are."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .findings import Hit
from .lexicon import MED_ALIASES, RELATIONS
from .negation import is_denied_after, is_negated, is_past, is_resolved_after
from .normalize import Text
from .symptom_terms import CANONICAL, SEVERITY, SYMPTOM

_WORD = re.compile(r"[a-z]+")
# "confused about the new dose" is a question, not delirium.
_INSTRUCTIONS = re.compile(
    r"\b(?:instructions?|label|directions|dosing|dose|dosage|schedule|insurance|bill|app|website"
    r"|portal|message|text|question|pharmacy|refill|prescription|which (?:pill|one)|when to take"
    r"|how (?:much|many)|appointment|form)\b"
)
_LITHIUM = re.compile(r"\b(?:lithium|lithobid|eskalith|litio)\b")
_CLOZAPINE = re.compile(r"\b(?:clozapine|clozaril|clozapina|versacloz|fazaclo)\b")
# "what should I do if I get a rash?", "can it cause a rash?": asked about, not reported.
_HYPOTHETICAL = re.compile(
    r"\b(?:if i (?:ever )?(?:get|got|develop|notice|see|start|have|break)|in case i|what if|y si|si me (?:sale|salen|da|dan)"
    r"|(?:puede|pueden|podria) (?:dar|causar|provocar)|(?:can|could|does|do|will|might|may) (?:it|this|that|they|these|\w+)"
    r" (?:cause|give|lead to)|watch (?:out )?for|look out for|signs? of|risk of)\b(?:\s+\w+){0,3}\s*$"
)
# Atoms that are signs for rules, not complaints in themselves.
_NOT_A_COMPLAINT = frozenset({"energy_high", "euphoric", "mania", "big_purchase"})
# Someone else's body: "my sister's face swelled up", "a mi hija le salió un sarpullido",
# unless the patient comes back in before the symptom ("my husband says i was shaking").
_OTHER_OWNER = re.compile(
    r"\b(?:(?:my|his|her|our|their|mi|su|sus|a mi|a su) (?:\w+ )?(?:" + RELATIONS + r")(?:s)?"
    r"|(?:my|the|his|her|mi|el|la) (?:dog|cat|pet|puppy|perr[oa]|gat[oa]|mascota))\b"
)
# A relative who only noticed or told of it: "my roommate noticed red blotches spreading".
_OBSERVER = re.compile(
    r" (?:\w+ )?(?:noticed|notices|saw|sees|says|said|told me|tells me|thinks|thought|pointed out|mentioned|spotted"
    r"|noto|vio|dice|dijo|me dijo|me dice)\b"
)
# ... unless the symptom is then placed on the relative: "noticed red blotches on her arm",
# "says she has a rash".
_ON_THEIRS = re.compile(r"(?:\s+\w+){0,4}?\s+(?:on|across|over|in|around) (?:his|her|their|su|sus)\b")
_THEY = re.compile(r"\b(?:he|she|they|hes|shes|theyre|his|her|their|el|ella|ellos|le)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|myself|mine|mi|mis|yo|tengo|estoy|siento|tuve|ando)\b")
_ME_TOO = re.compile(r"\b(?:so do i|so have i|me too|and me|and i (?:do|have|got)|we both|both of us|yo tambien|a mi tambien|y yo)\b")
# A red flag long past with nothing since: "fainted once back in 2019, nothing since".
_OVER_SINCE = re.compile(
    r"\b(?:nothing since|none since|not since|never since|hasnt happened (?:again|since)|never (?:happened )?again"
    r"|no (?:problems|issues|episodes) since|desde entonces (?:nada|no)|no me ha vuelto a pasar)\b"
)


@dataclass
class SymptomReport:
    """Symptoms present now: canonical side effects, red-flag and severity hits."""

    side_effects: set[str] = field(default_factory=set)
    hits: list[Hit] = field(default_factory=list)
    complaint: bool = False  # any side effect or symptom reported as present
    denied: bool = False  # some symptom named only to say it is absent or gone


def find_symptoms(text: Text, medications: tuple[str, ...], asked: str) -> SymptomReport:
    """Return what the reply reports as present now, with the red flags it raises."""
    norm = text.norm
    raw = [(m.lastgroup, m.start(), m.end()) for m in SYMPTOM.finditer(norm)]
    if not raw and asked != "side_effects":
        return SymptomReport()
    # "no fever or sore throat": a negation reaches across symptoms it already denied, but
    # not across one that stands ("haven't slept in days and full of energy").
    crossable: frozenset[str] = frozenset()
    atoms: dict[str, list[tuple[int, int]]] = {}
    denied = False
    for name, start, end in raw:
        if name == "confusion" and _INSTRUCTIONS.search(norm, *text.clause_bounds(start)):
            continue
        if _HYPOTHETICAL.search(norm, text.clause_bounds(start)[0], start):
            continue
        if _is_someone_elses(text, start, end):
            continue
        if is_negated(text, start, crossable) or is_resolved_after(text, end) \
                or is_denied_after(text, end) or (_OVER_SINCE.search(norm) and is_past(text, start, end)):
            denied = True
            crossable |= frozenset(_WORD.findall(norm[start:end]))
            continue
        atoms.setdefault(name, []).append((start, end))

    report = SymptomReport(denied=denied)
    for name, spans in atoms.items():
        term = CANONICAL[name]
        if term:
            report.side_effects.add(term)
        if name not in _NOT_A_COMPLAINT:
            report.complaint = True
            report.hits.extend(Hit("side_effects", start, end) for start, end in spans)

    meds = {MED_ALIASES.get(m.strip().lower(), m.strip().lower()) for m in medications}
    on_lithium = "lithium" in meds or bool(_LITHIUM.search(norm))
    on_clozapine = "clozapine" in meds or bool(_CLOZAPINE.search(norm))
    for flag, names in _red_flags(atoms, on_lithium, on_clozapine):
        for name in names:
            for start, end in atoms[name]:
                report.hits.append(Hit("red_flag:" + flag, start, end))

    if "restlessness" in atoms:
        report.hits.extend(Hit("restlessness", s, e) for s, e in atoms["restlessness"])
    if report.complaint or asked == "side_effects":
        for m in SEVERITY.finditer(norm):
            if not is_negated(text, m.start()):
                report.hits.append(Hit("severe_side_effects", m.start(), m.end()))
    return report


def _is_someone_elses(text: Text, start: int, end: int) -> bool:
    """Return True when the symptom belongs to a relative or pet named just before it."""
    sent_start, sent_end = text.sentence_bounds(start)
    last = None
    for last in _OTHER_OWNER.finditer(text.norm, sent_start, start):
        pass
    # The patient may come back in inside the symptom itself: "says the whites of my eyes look yellow".
    if last is None or start - last.end() > 40:
        return False
    if _OBSERVER.match(text.norm, last.end()) and not _ON_THEIRS.match(text.norm, end) \
            and not _THEY.search(text.norm, last.end(), start):
        return False
    return not _FIRST_PERSON.search(text.norm, last.end(), end) \
        and not _ME_TOO.search(text.norm, start, sent_end)


def _red_flags(atoms: dict, on_lithium: bool, on_clozapine: bool):
    """Yield (red flag name, atoms that show it) for every red flag the atoms raise."""
    has = atoms.__contains__
    if has("rash"):
        yield "rash", ["rash"]
    if has("mouth_sores"):
        yield "rash", ["mouth_sores"]
    if has("hives") or has("swelling"):
        yield "allergic_reaction", [n for n in ("hives", "swelling") if has(n)]
    palpitations = has("palpitations")
    if has("breathing") and not palpitations:
        yield "allergic_reaction", ["breathing"]
    if has("chest_pain"):
        yield "chest_pain", ["chest_pain"]
    if has("fainting"):
        yield "fainting", ["fainting"]
    if has("seizure"):
        yield "seizure", ["seizure"]
    partners = [n for n in ("dizziness", "fainting", "breathing") if has(n)]
    if palpitations and partners:
        yield "heart_rhythm", ["palpitations"] + partners
    agitated = [n for n in ("anxiety", "restlessness", "agitation") if has(n)]
    if has("fever") and (has("stiffness") or has("confusion")):
        yield "nms_serotonin", ["fever", *[n for n in ("stiffness", "confusion") if has(n)]]
    elif agitated and has("sweating") and (has("twitching") or has("fever")):
        yield "nms_serotonin", [*agitated, "sweating", *[n for n in ("twitching", "fever") if has(n)]]
    elif has("twitching") and has("sweating") and (has("palpitations") or has("fever")):
        yield "nms_serotonin", ["twitching", "sweating", *[n for n in ("palpitations", "fever") if has(n)]]
    elif has("twitching") and has("fever"):
        yield "nms_serotonin", ["twitching", "fever"]
    if has("confusion"):
        yield "confusion", ["confusion"]
    if on_lithium:
        gut = [n for n in ("vomiting", "diarrhea") if has(n)]
        neuro = [n for n in ("tremor", "unsteady", "slurred", "confusion") if has(n)]
        if gut and neuro:
            yield "lithium_toxicity", gut + neuro
        elif has("unsteady") or has("slurred"):
            yield "lithium_toxicity", [n for n in ("unsteady", "slurred") if has(n)]
    if on_clozapine:
        signs = [n for n in ("fever", "sore_throat", "flu", "mouth_sores") if has(n)]
        if signs:
            yield "infection_on_clozapine", signs
    liver = [n for n in ("yellow", "dark_urine") if has(n)]
    if liver:
        yield "liver", liver + (["stomach_pain"] if has("stomach_pain") else [])
    if has("priapism"):
        yield "priapism", ["priapism"]
    if has("mania"):
        yield "mania", ["mania"]
    elif has("energy_high") and (has("no_sleep_days") or has("insomnia")):
        yield "mania", ["energy_high", *[n for n in ("no_sleep_days", "insomnia") if has(n)]]
    elif has("euphoric") and has("no_sleep_days"):
        yield "mania", ["euphoric", "no_sleep_days"]
    elif has("big_purchase") and (has("euphoric") or has("energy_high")):
        yield "mania", ["big_purchase", *[n for n in ("euphoric", "energy_high") if has(n)]]
