"""'Try a reply': what the system would read in a text and what it would do, with nothing stored. No Flask here.

The actions follow checkins.inbound (the replies it sends) and
checkins.escalations (who is alerted); keep the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkins.inbox import highlight, reason_words
from checkins.models import Clinic
from checkins.triage import Classification, Reply, Thresholds, classify
from checkins.triage.model import ASKED_VALUES

ASKED = ("mood", "side_effects", "adherence", "open")
ASKED_NAMES = {"mood": "Mood (1–5)", "side_effects": "Side effects", "adherence": "Taking the medication",
               "open": "Anything else / no question pending"}
MAX_TEXT = 1600


@dataclass(frozen=True)
class TryInput:
    text: str
    asked: str = "open"
    medications: str = ""  # comma-separated generic names
    language: str = "en"

    def medication_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.strip().lower() for m in (self.medications or "").split(",") if m.strip()))


@dataclass(frozen=True)
class TryResult:
    classification: Classification
    reasons: list[str]              # in the words a prescriber reads
    pieces: list[tuple[str, bool]]  # the text cut into (piece, highlighted) runs
    actions: list[str]              # what the system would do, in order


def check(data: TryInput) -> dict[str, str]:
    """Returns field errors (empty when the input can be tried)."""
    errors = {}
    if not (data.text or "").strip():
        errors["text"] = "type a reply to try"
    elif len(data.text) > MAX_TEXT:
        errors["text"] = f"is {len(data.text)} characters; the limit is {MAX_TEXT}"
    if data.asked not in ASKED_VALUES:
        errors["asked"] = "choose the question being answered"
    if data.language not in ("en", "es"):
        errors["language"] = "must be en or es"
    return errors


def try_reply(clinic: Clinic, data: TryInput) -> TryResult:
    """Classifies `data.text` with the clinic's thresholds and says what would happen; stores nothing."""
    medications = data.medication_names()
    result = classify(Reply(text=data.text, asked=data.asked, medications=medications, language=data.language),
                      Thresholds(low_mood_max=clinic.low_mood_max))
    reasons = [reason_words(r, mood=result.mood, side_effects=result.side_effects, medications=medications)
               for r in result.reasons]
    return TryResult(result, reasons, highlight(data.text, result.matches), actions_for(result, data.asked, clinic))


def actions_for(result: Classification, asked: str, clinic: Clinic) -> list[str]:
    """What the system does with a reply read as `result` from an active patient."""
    oncall = ("prescriber and on-call number alerted by text" if clinic.oncall_phone
              else "prescriber alerted by text (no on-call number is set)")
    red_flag = any(r.startswith("red_flag:") for r in result.reasons)
    if result.keyword == "stop":
        steps = ["Opt-out confirmation sent; check-ins stop and queued texts are cancelled"]
    elif result.keyword == "start":
        steps = ["Opt-in confirmation sent; check-ins start again if the patient had opted out"]
    elif result.keyword == "help":
        steps = ["Help text sent (clinic number, 988 and 911)"]
    elif result.crisis:
        steps = [f"Crisis resources texted back at once; {oncall}", "No further questions in this check-in"]
    elif red_flag:
        steps = [f"Red-flag advice texted back at once (call the clinic, or 911 if severe); {oncall}",
                 "No further questions in this check-in"]
    elif asked != "open":
        steps = ["Next question sent (or a thank-you if this was the check-in's last question)"]
    elif result.triage != "none":
        steps = ["Thank-you text sent"]
    else:
        steps = ["Thank-you text sent if this answered the check-in's last question; otherwise no text back"]
    steps.append(_escalation_step(result.triage, clinic))
    return steps


def _escalation_step(triage: str, clinic: Clinic) -> str:
    if triage == "urgent":
        who = "the on-call number is" if clinic.oncall_phone else "the prescriber is"
        return (f"Escalated as urgent to the prescriber's inbox; if nobody acknowledges it within "
                f"{clinic.urgent_clock_minutes} minutes {who} alerted again")
    if triage == "high":
        days = clinic.high_clock_days
        return f"Escalated as high to the prescriber's inbox (to be seen within {days} working day{'s' * (days != 1)})"
    if triage == "routine":
        return "Added as routine to the prescriber's inbox, read at the next review"
    return "Nothing for the prescriber's inbox"
