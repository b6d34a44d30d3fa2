"""What a prescriber does with an escalation or a patient; each action is audited in its transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from checkins import audit
from checkins.models import (
    Direction,
    Escalation,
    EscalationStatus,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Plan,
    Purpose,
    User,
)
from checkins.patients import quiet_until, set_status
from checkins.sms.encoding import sms_cost

NOTE_MAX = 2000
REPLY_MAX = 640  # four GSM-7 segments: a text, not a letter


class ActionError(ValueError):
    """A refused action, naming the field at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def acknowledge(session: Session, escalation: Escalation, user: User, now: datetime, ip: str | None) -> None:
    if escalation.status == EscalationStatus.RESOLVED:
        raise ActionError("status", "This escalation is already resolved.")
    if escalation.status == EscalationStatus.OPEN:
        escalation.status = EscalationStatus.ACKNOWLEDGED
        escalation.acknowledged_at, escalation.acknowledged_by_id = now, user.id
        escalation.updated_at = now
    audit.record(session, user, "escalation.acknowledge", "escalation", escalation.id,
                 patient_id=escalation.patient_id, ip=ip, now=now)


def resolve(session: Session, escalation: Escalation, user: User, note: str, now: datetime, ip: str | None,
            *, false_alarm: bool = False) -> None:
    """Closes the escalation with a required note; a false alarm is kept, flagged, for improving the rules."""
    note = (note or "").strip()
    if not note:
        raise ActionError("note", "A note is required to resolve (for example: called patient, dose lowered).")
    if len(note) > NOTE_MAX:
        raise ActionError("note", f"The note is {len(note)} characters; the limit is {NOTE_MAX}.")
    if escalation.status == EscalationStatus.RESOLVED:
        raise ActionError("status", "This escalation is already resolved.")
    if escalation.acknowledged_at is None:
        escalation.acknowledged_at, escalation.acknowledged_by_id = now, user.id
    escalation.status = EscalationStatus.RESOLVED
    escalation.resolved_at, escalation.resolved_by_id = now, user.id
    escalation.resolution_note, escalation.false_alarm = note, false_alarm
    escalation.updated_at = now
    audit.record(session, user, "escalation.false_alarm" if false_alarm else "escalation.resolve", "escalation",
                 escalation.id, patient_id=escalation.patient_id, ip=ip, now=now)


@dataclass(frozen=True)
class ReplyOutcome:
    message_id: int
    held_until: datetime | None  # quiet hours: sent when the patient's window opens


def reply_warning(session: Session, patient: Patient, now: datetime) -> str | None:
    """What the reply form must warn about before sending, if anything."""
    if patient.status == PatientStatus.OPTED_OUT:
        return "This patient has opted out of texts (STOP); a text cannot be sent until they reply START."
    at = quiet_until(patient, session.get(Plan, patient.plan_id), now)
    if at is not None:
        return f"It is quiet hours for this patient; the text will be held until {_local(at, patient.timezone)}."
    return None


def reply(session: Session, patient: Patient, user: User, body: str, now: datetime, ip: str | None) -> ReplyOutcome:
    """Queues a prescriber's text to the patient through the normal sender (opt-out and quiet hours apply)."""
    body = (body or "").strip()
    if not body:
        raise ActionError("body", "Type the text to send.")
    if len(body) > REPLY_MAX:
        raise ActionError("body", f"The text is {len(body)} characters; keep it under {REPLY_MAX}.")
    if patient.status == PatientStatus.OPTED_OUT:
        raise ActionError("body", "This patient has opted out of texts (STOP); nothing was sent.")
    held = quiet_until(patient, session.get(Plan, patient.plan_id), now)
    cost = sms_cost(body)
    message = Message(direction=Direction.OUTBOUND, purpose=Purpose.REPLY, patient_id=patient.id, user_id=user.id,
                      phone=patient.phone, body=body, encoding=cost.encoding, segments=cost.segments,
                      status=MessageStatus.QUEUED, attempts=0, created_at=now, not_before=held)
    session.add(message)
    session.flush()
    audit.record(session, user, "patient.reply", "message", message.id, patient_id=patient.id, ip=ip, now=now)
    return ReplyOutcome(message.id, held)


def pause(session: Session, patient: Patient, user: User, now: datetime, ip: str | None) -> None:
    if patient.status == PatientStatus.OPTED_OUT:
        raise ActionError("status", "This patient has opted out; there are no check-ins to pause.")
    set_status(session, patient, PatientStatus.PAUSED, now)
    audit.record(session, user, "patient.pause", "patient", patient.id, patient_id=patient.id, ip=ip, now=now)


def resume(session: Session, patient: Patient, user: User, now: datetime, ip: str | None) -> None:
    if patient.status != PatientStatus.PAUSED:
        raise ActionError("status", "Only paused check-ins can be resumed.")
    set_status(session, patient, PatientStatus.ACTIVE, now)
    audit.record(session, user, "patient.resume", "patient", patient.id, patient_id=patient.id, ip=ip, now=now)


def _local(instant: datetime, zone: str) -> str:
    return instant.astimezone(ZoneInfo(zone)).strftime("%a %-d %b %H:%M %Z")
