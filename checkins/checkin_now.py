"""An on-demand check-in ("send check-in now"), outside the plan's cadence."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from checkins.models import Checkin, CheckinStatus, Patient, PatientStatus, Plan, Purpose
from checkins.outbox import queue_patient_text


class CheckinRefused(ValueError):
    """Why a check-in cannot be sent to this patient now."""


def send_checkin_now(session: Session, patient: Patient, now: datetime) -> tuple[Checkin, int]:
    """Creates a check-in at this minute and queues its first question; returns it and the message id.

    The text goes through the normal sender, so quiet hours still hold it
    back; the caller hands the message id to the workers.
    """
    if patient.status == PatientStatus.OPTED_OUT:
        raise CheckinRefused("The patient has opted out of texts (STOP).")
    if patient.status == PatientStatus.PAUSED:
        raise CheckinRefused("Check-ins are paused for this patient; resume them first.")
    if patient.consent_at is None:
        raise CheckinRefused("No consent to texting is recorded for this patient.")
    slot = now.replace(second=0, microsecond=0)
    if session.exec(select(Checkin.id).where(Checkin.patient_id == patient.id, Checkin.slot_at == slot)).first():
        raise CheckinRefused("A check-in was already sent to this patient this minute.")
    plan = session.get(Plan, patient.plan_id)
    checkin = Checkin(patient_id=patient.id, slot_at=slot, questions=list(plan.questions),
                      status=CheckinStatus.SCHEDULED, created_at=now)
    session.add(checkin)
    session.flush()
    first = plan.questions[0]
    message = queue_patient_text(session, patient, first, Purpose.QUESTION, now, checkin_id=checkin.id,
                                 question=first)
    return checkin, message.id
