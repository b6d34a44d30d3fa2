"""The finding record every detector returns, and the level each reason earns.

Reason codes (stable; the inbox and escalation rules key on them):

urgent
  ``crisis``                  risk of harm to self or others, current or recent
  ``crisis_model``            crisis language the rules did not recognise, by the learned
                              second opinion (``crisis_model.py``); also sets ``crisis``
  ``red_flag:<name>``         rash, allergic_reaction, chest_pain, fainting, seizure,
                              heart_rhythm, nms_serotonin, confusion, lithium_toxicity,
                              infection_on_clozapine, liver, priapism, mania
high
  ``low_mood``                mood at or below ``Thresholds.low_mood_max``, or clearly bad words
  ``stopped_medication``      stopped, ran out, or about to stop
  ``severe_side_effects``     severe, unbearable, or keeps them from work, driving, caring
  ``restlessness``            cannot sit still (akathisia)
  ``worsening``               clearly worse
  ``pregnancy``               pregnant, trying to conceive, breastfeeding
routine
  ``mid_mood``                mood at or below ``Thresholds.routine_mood_max``, or in-between words
  ``side_effects``            any other side effect or symptom reported
  ``missed_doses``            some doses missed
  ``question``                a question or request for the prescriber
  ``opt_out``                 the ``stop`` keyword or a request in words to stop the texts
  ``third_party_crisis``      someone else's crisis
  ``past_crisis``             a crisis clearly in the past and resolved
  ``third_party_symptom``     someone else's red-flag symptom ("my grandma had a seizure")
  ``unparsed``                nothing could be read with confidence
none
  ``opt_in``                  the ``start`` keyword
  ``help``                    the ``help`` keyword
"""

from __future__ import annotations

from typing import NamedTuple

from .model import HIGH, NONE, ROUTINE, URGENT

REASON_LEVEL: dict[str, str] = {
    "crisis": URGENT,
    "crisis_model": URGENT,
    "low_mood": HIGH,
    "stopped_medication": HIGH,
    "severe_side_effects": HIGH,
    "restlessness": HIGH,
    "worsening": HIGH,
    "pregnancy": HIGH,
    "mid_mood": ROUTINE,
    "side_effects": ROUTINE,
    "missed_doses": ROUTINE,
    "question": ROUTINE,
    "opt_out": ROUTINE,
    "third_party_crisis": ROUTINE,
    "past_crisis": ROUTINE,
    "third_party_symptom": ROUTINE,
    "unparsed": ROUTINE,
    "opt_in": NONE,
    "help": NONE,
}

# A finding read and then ruled out ("no rash", "not suicidal"):
# no reason of its own, but the reply was read, so it is not ``unparsed``.
DENIED = "denied"
# Crisis words read as an idiom ("dying to see them", "calor de muerte"): ruled out like a denial, but
# the model may still hear danger beside them (``classifier``).
IDIOMATIC = "idiom"
RULED_OUT = frozenset({DENIED, IDIOMATIC})

# Order of reasons in the output: most urgent first, then by this list.
REASON_ORDER = {reason: i for i, reason in enumerate(REASON_LEVEL)}


def level_of(reason: str) -> str:
    """Return the triage level a reason code earns."""
    if reason.startswith("red_flag:"):
        return URGENT
    return REASON_LEVEL[reason]


class Hit(NamedTuple):
    """One finding: a reason code and the normalised span that triggered it."""

    reason: str
    start: int
    end: int
