"""Unanswered check-ins: one gentle reminder, then missed, then a 'not responding' escalation."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, delete, select

from checkins.db import transaction
from checkins.models import Checkin, CheckinStatus, Escalation, Level, Message, MessageStatus, Patient, Purpose
from checkins.sending import Sender
from checkins.sms.simulator import SimulatorTransport
from checkins.tick import create_due_checkins, send_reminders
from tests.conftest import NOW
from tests.support.factories import make_patient


class _NoLimit:
    def acquire(self, key):
        return None


def _send_all(engine, now):
    sender = Sender(engine=engine, transport=SimulatorTransport(), limiter=_NoLimit(), sender_key="sim",
                    status_callback=None, now=lambda: now)
    with Session(engine) as session:
        ids = session.exec(select(Message.id).where(Message.status == MessageStatus.QUEUED)).all()
    for mid in ids:
        sender.send_one(mid)


def _week(engine, n):
    """Runs the tick and the sends for the n-th weekly slot after NOW."""
    at = NOW + timedelta(days=7 * n)
    create_due_checkins(engine, at)
    _send_all(engine, at)
    return at


def _rows(engine, model, *where):
    with Session(engine) as session:
        return session.exec(select(model).where(*where).order_by(model.id)).all()


def test_one_gentle_reminder_after_the_plans_delay(engine, people):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7), first_name="Maya")
    _week(engine, 0)
    assert send_reminders(engine, NOW + timedelta(hours=23)) == 0
    assert send_reminders(engine, NOW + timedelta(hours=24)) == 1
    assert send_reminders(engine, NOW + timedelta(hours=48)) == 0
    [reminder] = _rows(engine, Message, Message.purpose == Purpose.REMINDER)
    assert reminder.body.startswith("Hi Maya, a gentle reminder")


def test_no_reminder_once_the_patient_answered(engine, people, ):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    _week(engine, 0)
    with transaction(engine) as session:
        checkin = session.exec(select(Checkin)).one()
        checkin.status, checkin.remind_at = CheckinStatus.PARTIAL, None
    assert send_reminders(engine, NOW + timedelta(hours=30)) == 0


def test_unanswered_at_the_next_slot_is_missed_and_two_in_a_row_escalate(engine, people):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7), medications=())
    _week(engine, 0)
    _week(engine, 1)
    statuses = [c.status for c in _rows(engine, Checkin)]
    assert statuses == [CheckinStatus.MISSED, CheckinStatus.SENT]
    assert _rows(engine, Escalation) == []
    _week(engine, 2)
    [escalation] = _rows(engine, Escalation)
    assert (escalation.level, escalation.reasons) == (Level.ROUTINE, ["not_responding"])
    assert _rows(engine, Patient)[0].missed_in_row == 2
    _week(engine, 3)
    assert len(_rows(engine, Escalation)) == 1  # a third miss joins the open one


def test_a_question_held_back_is_cancelled_when_the_next_check_in_starts(engine, people):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    create_due_checkins(engine, NOW)  # created, never sent (say quiet hours held it)
    create_due_checkins(engine, NOW + timedelta(days=7))
    first, second = _rows(engine, Message)
    assert first.status == MessageStatus.CANCELLED and second.status == MessageStatus.QUEUED


def test_escalating_many_patients_at_once_does_what_escalating_each_would(engine, people):
    from checkins.escalations import escalate, escalate_many
    from checkins.models import EscalationStatus

    def scenario(batch: bool):
        with transaction(engine) as session:
            session.exec(delete(Escalation))
            patients = [make_patient(session, people["bob"], now=NOW) for _ in range(4)]
            fresh, joined, raised, resolved = patients
            session.add_all([
                Escalation(patient_id=joined.id, prescriber_id=joined.prescriber_id, level=Level.HIGH,
                           reasons=["low_mood"], created_at=NOW, updated_at=NOW),
                Escalation(patient_id=raised.id, prescriber_id=raised.prescriber_id, level=Level.ROUTINE,
                           reasons=["not_responding"], status=EscalationStatus.ACKNOWLEDGED, created_at=NOW,
                           updated_at=NOW),
                Escalation(patient_id=resolved.id, prescriber_id=resolved.prescriber_id, level=Level.ROUTINE,
                           reasons=["not_responding"], status=EscalationStatus.RESOLVED, created_at=NOW,
                           updated_at=NOW),
            ])
            session.flush()
            later = NOW + timedelta(hours=1)
            if batch:
                urgent = escalate_many(session, [(p.id, p.prescriber_id) for p in patients], Level.URGENT,
                                       ["not_responding"], later)
            else:
                urgent = [p.id for p in patients
                          if escalate(session, p, Level.URGENT, ["not_responding"], later)[1]]
            order = {p.id: i for i, p in enumerate(patients)}
        rows = _rows(engine, Escalation)
        return sorted(urgent) == sorted(order), sorted(
            (order[e.patient_id], e.level, e.status, e.reasons, e.updated_at, e.urgent_since) for e in rows)

    assert scenario(batch=True) == scenario(batch=False)
    assert scenario(batch=True)[0]


def test_a_run_of_misses_in_one_tick_raises_one_escalation_per_patient(engine, people):
    with transaction(engine) as session:
        for _ in range(12):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    for week in range(3):
        create_due_checkins(engine, NOW + timedelta(days=7 * week), batch_size=5)
    escalations = _rows(engine, Escalation)
    assert len(escalations) == 12 and len({e.patient_id for e in escalations}) == 12
    assert {(e.level, tuple(e.reasons)) for e in escalations} == {(Level.ROUTINE, ("not_responding",))}
