"""Response clocks: when an escalation stands out, and the on-call re-alert for an unacknowledged urgent one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from checkins.clocks import add_working_days, due_at, is_overdue, realert_overdue
from checkins.db import transaction
from checkins.escalations import escalate
from checkins.models import Clinic, Escalation, EscalationStatus, Level, Message, Purpose
from tests.conftest import NOW, PUBLIC_URL
from tests.support.factories import make_patient


def test_a_working_day_skips_the_weekend_and_keeps_the_local_time():
    friday_3pm = datetime(2026, 3, 6, 20, 0, tzinfo=UTC)  # 15:00 EST
    monday = add_working_days(friday_3pm, 1, "America/New_York")
    # DST starts on Sunday 8 March: Monday 15:00 local is 19:00 UTC.
    assert monday == datetime(2026, 3, 9, 19, 0, tzinfo=UTC)
    saturday = datetime(2026, 3, 7, 15, 0, tzinfo=UTC)
    assert add_working_days(saturday, 1, "America/New_York").weekday() == 1  # counted from Monday


def test_clocks_by_level():
    clinic = Clinic(name="c", urgent_clock_minutes=15, high_clock_days=1, timezone="America/New_York")
    urgent = Escalation(patient_id=1, prescriber_id=1, level=Level.URGENT, created_at=NOW, urgent_since=NOW,
                        status=EscalationStatus.OPEN)
    assert due_at(urgent, clinic) == NOW + timedelta(minutes=15)
    assert not is_overdue(urgent, clinic, NOW + timedelta(minutes=15))
    assert is_overdue(urgent, clinic, NOW + timedelta(minutes=16))
    urgent.status = EscalationStatus.ACKNOWLEDGED
    assert not is_overdue(urgent, clinic, NOW + timedelta(hours=5))
    high = Escalation(patient_id=1, prescriber_id=1, level=Level.HIGH, created_at=NOW, status="open")
    assert not is_overdue(high, clinic, NOW + timedelta(hours=23))
    assert is_overdue(high, clinic, NOW + timedelta(days=1, minutes=1))
    routine = Escalation(patient_id=1, prescriber_id=1, level=Level.ROUTINE, created_at=NOW, status="open")
    assert not is_overdue(routine, clinic, NOW + timedelta(days=30))


def _urgent(services, people):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW)
        escalation_id, _ = escalate(session, patient, Level.URGENT, ["crisis"], NOW)
        return escalation_id


def _alerts(services):
    with Session(services.engine) as session:
        return session.exec(select(Message).where(Message.purpose == Purpose.ALERT)).all()


def test_an_unacknowledged_urgent_item_re_alerts_on_call_once(services, people):
    _urgent(services, people)
    with transaction(services.engine) as session:
        assert realert_overdue(session, PUBLIC_URL, NOW + timedelta(minutes=14)) == []
    with transaction(services.engine) as session:
        ids = realert_overdue(session, PUBLIC_URL, NOW + timedelta(minutes=16))
    [alert] = _alerts(services)
    assert ids == [alert.id] and alert.phone == people["clinic"].oncall_phone
    assert "/inbox/escalations/" in alert.body
    with transaction(services.engine) as session:
        assert realert_overdue(session, PUBLIC_URL, NOW + timedelta(minutes=30)) == []


def test_an_acknowledged_urgent_item_does_not_re_alert(services, people):
    escalation_id = _urgent(services, people)
    with transaction(services.engine) as session:
        session.get(Escalation, escalation_id).status = EscalationStatus.ACKNOWLEDGED
    with transaction(services.engine) as session:
        assert realert_overdue(session, PUBLIC_URL, NOW + timedelta(hours=1)) == []


def test_without_an_on_call_number_the_prescriber_is_re_alerted(services, people):
    with transaction(services.engine) as session:
        session.get(Clinic, people["clinic"].id).oncall_phone = None
    _urgent(services, people)
    with transaction(services.engine) as session:
        realert_overdue(session, PUBLIC_URL, NOW + timedelta(minutes=20))
    assert [a.phone for a in _alerts(services)] == [people["bob"].phone]


def test_the_cron_tick_re_alerts_and_hands_the_text_to_the_urgent_queue(services, people):
    import time_machine

    from worker.jobs import tick

    _urgent(services, people)
    with time_machine.travel(NOW + timedelta(minutes=16), tick=False):
        summary = tick()
    assert summary["realerts"] == 1
    [alert] = _alerts(services)
    assert alert.enqueued_at is not None
    queued = [i for job in services.queue("checkins-urgent").jobs for i in job.args[0]]
    assert queued == [alert.id]
