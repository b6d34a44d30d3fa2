"""Escalation rules: one open escalation per patient, raised never lowered, alerts without health details."""

from __future__ import annotations

from datetime import datetime
from typing import Iterable, NamedTuple

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy import select as sa_select
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


LOOK_UP = object()  # escalate(): read the patient's unresolved escalation itself


class OpenEscalation(NamedTuple):
    id: int
    level: str
    reasons: list[str]


def unresolved_escalation(patient_id):
    """The id of the patient's newest unresolved escalation, as a scalar subquery (`patient_id` may be a
    column, for a correlated lookup)."""
    E = Escalation.__table__
    return (sa_select(E.c.id).where(E.c.patient_id == patient_id, E.c.status.in_([s.value for s in _UNRESOLVED]))
            .order_by(E.c.id.desc()).limit(1).scalar_subquery())


def escalate(
    session: Session,
    patient,
    level: Level,
    reasons: list[str],
    now: datetime,
    message_id: int | None = None,
    *,
    current=LOOK_UP,
) -> tuple[int, bool]:
    """Opens an escalation for `patient` (anything with id and prescriber_id) or joins the open one, raising
    its level; returns the escalation id and whether it just became urgent.

    `current` is the patient's unresolved escalation (an OpenEscalation) or None, when the caller
    has read it already, as `unresolved_escalation()` does, with the patient locked against others.
    Core statements: every concerning reply comes through here inside the webhook.
    """
    E = Escalation.__table__
    conn = session.connection()
    level = Level(level)
    if current is LOOK_UP:
        current = conn.execute(
            sa_select(E.c.id, E.c.level, E.c.reasons).where(E.c.id == unresolved_escalation(patient.id))
        ).first()
    if current is None:
        became_urgent = level == Level.URGENT
        escalation_id = conn.execute(insert(E).values(
            patient_id=patient.id, prescriber_id=patient.prescriber_id, level=level.value, reasons=list(reasons),
            status=EscalationStatus.OPEN.value, created_at=now, updated_at=now,
            urgent_since=now if became_urgent else None,
        ).returning(E.c.id)).scalar_one()
    else:
        escalation_id = current.id
        values = dict(reasons=list(dict.fromkeys([*current.reasons, *reasons])), updated_at=now)
        raised = LEVEL_RANK[level] > LEVEL_RANK[Level(current.level)]
        if raised:
            # A raised level needs a fresh look even if the lower one was acknowledged.
            values.update(level=level.value, status=EscalationStatus.OPEN.value)
        became_urgent = raised and level == Level.URGENT
        if became_urgent:
            values["urgent_since"] = now
        conn.execute(update(E).where(E.c.id == escalation_id).values(**values))
    if message_id is not None:
        # A message is processed once (under its row lock), so it joins an escalation once.
        conn.execute(insert(EscalationMessage.__table__).values(escalation_id=escalation_id, message_id=message_id))
    return escalation_id, became_urgent


def escalate_many(
    session: Session,
    patients: Iterable[tuple[int, int]],
    level: Level,
    reasons: list[str],
    now: datetime,
) -> list[int]:
    """escalate() for many (patient_id, prescriber_id) pairs at once, in a few set-based statements.

    Each patient's unresolved escalation (the newest, as escalate() picks)
    is joined and raised, or a new one is opened, exactly as escalate() would
    without a message. Returns the ids of the patients whose escalation just
    became urgent.
    """
    prescriber_of = dict(patients)
    if not prescriber_of:
        return []
    E = Escalation.__table__
    level = Level(level)
    newest: dict[int, tuple] = {}
    for row in session.execute(
        sa_select(E.c.id, E.c.patient_id, E.c.level, E.c.reasons)
        .where(E.c.patient_id.in_(list(prescriber_of)), E.c.status.in_([s.value for s in _UNRESOLVED]))
        .order_by(E.c.id)
    ):
        newest[row.patient_id] = row  # ascending ids: the newest one wins
    urgent = []
    opened = [pid for pid in prescriber_of if pid not in newest]
    if opened:
        session.execute(insert(E), [dict(
            patient_id=pid, prescriber_id=prescriber_of[pid], level=level.value, reasons=list(reasons),
            status=EscalationStatus.OPEN.value, created_at=now, updated_at=now,
            urgent_since=now if level == Level.URGENT else None,
        ) for pid in opened])
        if level == Level.URGENT:
            urgent.extend(opened)
    touched, changed = [], []
    for pid, row in newest.items():
        merged = list(dict.fromkeys([*row.reasons, *reasons]))
        raised = LEVEL_RANK[level] > LEVEL_RANK[Level(row.level)]
        if not raised and merged == list(row.reasons):
            touched.append(row.id)
            continue
        new_level = level.value if raised else row.level
        became_urgent = new_level == Level.URGENT and row.level != Level.URGENT
        changed.append({"eid": row.id, "lvl": new_level, "rsn": merged, "raised": raised,
                        "since": now if became_urgent else None})
        if became_urgent:
            urgent.append(pid)
    if touched:
        session.execute(update(E).where(E.c.id.in_(touched)).values(updated_at=now))
    for raised in (False, True):
        group = [c for c in changed if c["raised"] is raised]
        if not group:
            continue
        values = dict(level=bindparam("lvl"), reasons=bindparam("rsn"), updated_at=now)
        if raised:
            # A raised level needs a fresh look even if the lower one was acknowledged.
            values.update(status=EscalationStatus.OPEN.value,
                          urgent_since=func.coalesce(bindparam("since", type_=E.c.urgent_since.type),
                                                     E.c.urgent_since))
        session.execute(update(E).where(E.c.id == bindparam("eid")).values(**values),
                        [{k: v for k, v in c.items() if k != "raised" and (raised or k != "since")}
                         for c in group])
    return urgent


def queue_alert_texts(session: Session, recipients: dict[str, int | None], link: str, now: datetime, *,
                      prescriber: User | None = None) -> list[int]:
    """Queues the staff alert text (a link, no health details) to each phone -> user id; returns message ids."""
    clinic = get_clinic(session)
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
    return ids


def queue_alerts(session: Session, escalation: Escalation, base_url: str, now: datetime, *,
                 oncall_only: bool = False) -> list[int]:
    """Queues the urgent-alert text to the prescriber and the clinic's on-call number; returns message ids.

    `oncall_only` is the re-alert when nobody acknowledged in time: it goes to
    the clinic's on-call number (the prescriber when the clinic has none).

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
        if oncall_only:
            recipients = {}
        recipients.setdefault(clinic.oncall_phone, None)
    # With no on-call number, a re-alert goes to the prescriber again rather than nowhere.
    ids = queue_alert_texts(session, recipients, link, now, prescriber=prescriber)
    if oncall_only:
        escalation.realerted_at = now
    else:
        escalation.alerted_at = now
    return ids
