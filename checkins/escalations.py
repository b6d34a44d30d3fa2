"""Escalation rules: one open escalation per patient, raised never lowered, alerts without health details."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from checkins.models import (
    LEVEL_RANK,
    Escalation,
    EscalationMessage,
    EscalationStatus,
    Level,
    Message,
    Patient,
    Purpose,
    User,
)
from checkins.outbox import get_clinic, outbound_values, template_overrides, text_context

_UNRESOLVED = (EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED)


def open_escalation(session: Session, patient_id: int) -> Escalation | None:
    """Returns the patient's unresolved escalation, if any."""
    return session.exec(
        select(Escalation)
        .where(Escalation.patient_id == patient_id, Escalation.status.in_(_UNRESOLVED))
        .order_by(Escalation.id.desc())
    ).first()


def escalate(
    session: Session,
    patient: Patient,
    level: Level,
    reasons: list[str],
    now: datetime,
    message_id: int | None = None,
) -> tuple[Escalation, bool]:
    """Opens an escalation or joins the open one (raising its level); returns it and whether it just became urgent."""
    escalation = open_escalation(session, patient.id)
    was_urgent = escalation is not None and escalation.level == Level.URGENT
    if escalation is None:
        escalation = Escalation(patient_id=patient.id, prescriber_id=patient.prescriber_id, level=level,
                                reasons=list(reasons), created_at=now, updated_at=now)
        session.add(escalation)
    else:
        if LEVEL_RANK[Level(level)] > LEVEL_RANK[Level(escalation.level)]:
            escalation.level = level
            # A raised level needs a fresh look even if the lower one was acknowledged.
            escalation.status = EscalationStatus.OPEN
        escalation.reasons = list(dict.fromkeys([*escalation.reasons, *reasons]))
        escalation.updated_at = now
    became_urgent = escalation.level == Level.URGENT and not was_urgent
    if became_urgent:
        escalation.urgent_since = now
    session.flush()
    if message_id is not None and session.get(EscalationMessage, (escalation.id, message_id)) is None:
        session.add(EscalationMessage(escalation_id=escalation.id, message_id=message_id))
    return escalation, became_urgent


def queue_alerts(session: Session, escalation: Escalation, base_url: str, now: datetime) -> list[int]:
    """Queues the urgent-alert text to the prescriber and the clinic's on-call number; returns message ids.

    The text says only that an alert is waiting and links to the inbox: no
    name, no symptom, nothing a stranger holding the phone could learn from.
    """
    clinic = get_clinic(session)
    prescriber = session.get(User, escalation.prescriber_id)
    link = f"{base_url.rstrip('/')}/inbox/escalations/{escalation.id}"
    recipients = {}
    if prescriber is not None and prescriber.phone and prescriber.active:
        recipients[prescriber.phone] = prescriber.id
    if clinic.oncall_phone:
        recipients.setdefault(clinic.oncall_phone, None)
    overrides = template_overrides(session)
    ids = []
    for phone, user_id in recipients.items():
        message = Message(**outbound_values(
            phone=phone, kind="alert", language="en", purpose=Purpose.ALERT,
            context=text_context(clinic, None, prescriber, inbox_url=link), overrides=overrides, now=now,
            user_id=user_id,
        ))
        session.add(message)
        session.flush()
        ids.append(message.id)
    escalation.alerted_at = now
    return ids
