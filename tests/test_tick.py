"""The every-minute tick: who is texted for a slot, exactly once."""

from __future__ import annotations

import re
import threading
from datetime import date, time, timedelta

import pytest
import redis as redis_lib
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import Checkin, CheckinStatus, Message, MessageStatus, Patient, PatientStatus, Purpose
from checkins.tick import SEND_BATCH, create_due_checkins, enqueue_pending, rehand_stale
from tests.conftest import NOW
from tests.support.factories import make_patient


def _rows(engine, model):
    with Session(engine) as session:
        return session.exec(select(model).order_by(model.id)).all()


def _due_patient(engine, people, **fields):
    with transaction(engine) as session:
        patient = make_patient(session, people["bob"], now=NOW - timedelta(days=7), **fields)
        return patient.id


def test_it_creates_a_checkin_and_first_question_for_a_due_patient(engine, people):
    pid = _due_patient(engine, people, first_name="Maya")
    result = create_due_checkins(engine, NOW)
    assert result.checkins_created == 1
    [checkin] = _rows(engine, Checkin)
    assert checkin.patient_id == pid and checkin.status == CheckinStatus.SCHEDULED
    assert checkin.slot_at == NOW  # Monday 10:00 New York
    [message] = _rows(engine, Message)
    assert message.checkin_id == checkin.id and message.purpose == Purpose.QUESTION
    assert message.question == "mood" and message.status == MessageStatus.QUEUED
    assert message.body.startswith("Hi Maya, this is your check-in from Test Clinic")
    assert (message.encoding, message.segments) == ("GSM-7", 1)
    patient = _rows(engine, Patient)[0]
    assert patient.next_checkin_at == NOW + timedelta(days=7)


def test_it_texts_in_the_patients_language(engine, people):
    _due_patient(engine, people, language="es", first_name="Luis")
    create_due_checkins(engine, NOW)
    [message] = _rows(engine, Message)
    assert message.body.startswith("Hola Luis")
    assert message.encoding == "UCS-2"


def test_it_keeps_medication_names_out_unless_the_clinic_allows_them(engine, people):
    _due_patient(engine, people, medications=(("sertraline", date(2025, 1, 1)),),
                 plan=None)
    with transaction(engine) as session:
        from checkins.models import Plan
        plan = session.exec(select(Plan)).one()
        plan.questions = ["side_effects"]
    create_due_checkins(engine, NOW)
    assert "sertraline" not in _rows(engine, Message)[0].body
    assert "your medication" in _rows(engine, Message)[0].body


def test_it_names_the_medication_when_the_clinic_turns_that_on(engine, people):
    with transaction(engine) as session:
        from checkins.models import Clinic, Plan
        session.exec(select(Clinic)).one().show_medication_names = True
        session.exec(select(Plan)).one().questions = ["adherence"]
    _due_patient(engine, people, medications=(("sertraline", date(2025, 1, 1)),))
    create_due_checkins(engine, NOW)
    assert "taking sertraline as prescribed" in _rows(engine, Message)[0].body


def test_nobody_due_creates_nothing(engine, people):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW)  # next slot is a week away
    assert create_due_checkins(engine, NOW).checkins_created == 0
    assert _rows(engine, Checkin) == []


@pytest.mark.parametrize("fields", [
    {"status": PatientStatus.PAUSED},
    {"status": PatientStatus.OPTED_OUT},
    {"consent_at": None},
    {"phone_problem": "the provider says the number is invalid"},
], ids=["paused", "opted-out", "no-consent", "unusable-number"])
def test_patients_who_must_not_be_texted_never_are(engine, people, fields):
    pid = _due_patient(engine, people)
    with transaction(engine) as session:
        patient = session.get(Patient, pid)
        for key, value in fields.items():
            setattr(patient, key, value)
        # Even with a slot left over from before the change, the tick refuses.
        patient.next_checkin_at = NOW - timedelta(minutes=1)
    create_due_checkins(engine, NOW)
    assert _rows(engine, Message) == []
    assert _rows(engine, Patient)[0].next_checkin_at is None


def test_a_repeated_tick_does_not_text_twice(engine, people):
    _due_patient(engine, people)
    create_due_checkins(engine, NOW)
    create_due_checkins(engine, NOW)
    create_due_checkins(engine, NOW + timedelta(minutes=1))
    assert len(_rows(engine, Message)) == 1


def test_one_tick_claims_every_due_patient_across_many_batches(engine, people):
    with transaction(engine) as session:
        for _ in range(103):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    # Small batches: on PostgreSQL two claimers share them, each stopping at its first short batch.
    assert create_due_checkins(engine, NOW, batch_size=10).checkins_created == 103
    messages = _rows(engine, Message)
    assert len(messages) == 103 and len({m.patient_id for m in messages}) == 103


def test_concurrent_ticks_text_each_patient_once_per_slot(engine, people):
    with transaction(engine) as session:
        for _ in range(300):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    barrier = threading.Barrier(4)
    errors = []

    def run():
        barrier.wait()
        try:
            create_due_checkins(engine, NOW, batch_size=25)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    messages = _rows(engine, Message)
    assert len(messages) == 300
    assert len({m.patient_id for m in messages}) == 300


def test_a_slot_found_hours_late_is_recorded_as_skipped_not_texted(engine, people):
    _due_patient(engine, people)
    create_due_checkins(engine, NOW + timedelta(hours=7))
    [checkin] = _rows(engine, Checkin)
    assert checkin.status == CheckinStatus.SKIPPED
    assert _rows(engine, Message) == []
    assert _rows(engine, Patient)[0].next_checkin_at == NOW + timedelta(days=7)


def test_the_denser_cadence_after_a_medication_change_is_followed(engine, people):
    # Plan: Mondays, plus Mon+Thu for 4 weeks after a change.
    _due_patient(engine, people, medications=(("lamotrigine", date(2026, 1, 30)),))
    create_due_checkins(engine, NOW)
    thursday = NOW + timedelta(days=3)
    assert _rows(engine, Patient)[0].next_checkin_at == thursday


def test_enqueue_hands_each_queued_text_over_once(engine, people):
    n = SEND_BATCH * 2 + 5
    with transaction(engine) as session:
        for _ in range(n):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    create_due_checkins(engine, NOW)
    handed = []
    assert enqueue_pending(engine, handed.extend, NOW, batch_size=SEND_BATCH + 7) == n
    assert enqueue_pending(engine, handed.extend, NOW) == 0
    ids = [i for _queue, batch in handed for i in batch]
    assert sorted(ids) == [m.id for m in _rows(engine, Message)]
    assert max(len(batch) for _q, batch in handed) <= SEND_BATCH


def test_redis_down_fails_the_tick_loudly_and_the_next_tick_picks_everything_up(engine, people):
    _due_patient(engine, people)
    create_due_checkins(engine, NOW)

    def broken(_batches):
        raise redis_lib.ConnectionError("Redis is down")

    with pytest.raises(redis_lib.ConnectionError):
        enqueue_pending(engine, broken, NOW)
    [message] = _rows(engine, Message)
    assert message.enqueued_at is None and message.status == MessageStatus.QUEUED
    handed = []
    assert enqueue_pending(engine, handed.extend, NOW + timedelta(minutes=1)) == 1


def test_a_text_deferred_to_the_morning_is_not_handed_over_before_then(engine, people):
    _due_patient(engine, people)
    create_due_checkins(engine, NOW)
    with transaction(engine) as session:
        session.exec(select(Message)).one().not_before = NOW + timedelta(hours=10)
    handed = []
    assert enqueue_pending(engine, handed.extend, NOW) == 0
    assert enqueue_pending(engine, handed.extend, NOW + timedelta(hours=10)) == 1


def test_a_text_whose_job_was_lost_is_handed_over_again_after_the_retry_window(engine, people):
    """Redis keeps nothing on disk: after a restart a handed-over text has no job left."""
    _due_patient(engine, people)
    create_due_checkins(engine, NOW)
    handed = []
    assert enqueue_pending(engine, handed.extend, NOW) == 1
    # Still within RQ's retry schedule: the job may yet run, so nothing is handed twice.
    assert rehand_stale(engine, NOW + timedelta(minutes=50)) == 0
    assert enqueue_pending(engine, handed.extend, NOW + timedelta(minutes=50)) == 0
    assert rehand_stale(engine, NOW + timedelta(minutes=61)) == 1
    assert enqueue_pending(engine, handed.extend, NOW + timedelta(minutes=61)) == 1
    with transaction(engine) as session:
        session.exec(select(Message)).one().status = MessageStatus.SENT
    assert rehand_stale(engine, NOW + timedelta(hours=5)) == 0  # sent texts are left alone


ZONES = ("America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Pacific/Honolulu")


def test_patients_advance_to_the_same_next_slot_as_the_per_patient_calculation(engine, people):
    from checkins.models import Plan
    from checkins.plans import cadence_for
    from checkins.schedule import next_checkin_at

    with transaction(engine) as session:
        dense = Plan(name="Twice weekly", questions=["open", "mood"], weekdays=[1, 4], send_time=time(18, 30),
                     dense_weekdays=[0, 2], dense_weeks=2, quiet_start=time(20, 0), quiet_end=time(9, 0))
        session.add(dense)
        session.flush()
        for i in range(60):
            changed = None if i % 3 == 0 else date(2026, 1, 20) + timedelta(days=i % 17)
            patient = make_patient(session, people["bob"], now=NOW - timedelta(days=7), timezone=ZONES[i % 5],
                                   plan=dense if i % 2 else None,
                                   medications=(("sertraline", changed),) if changed else ())
            # Due at various instants within the last hours.
            patient.next_checkin_at = NOW - timedelta(minutes=7 * i)
    with Session(engine) as session:
        before = {p.id: p for p in session.exec(select(Patient))}
        plans = {p.id: p for p in session.exec(select(Plan))}
    create_due_checkins(engine, NOW, batch_size=16)
    for patient in _rows(engine, Patient):
        old = before[patient.id]
        expected = next_checkin_at(cadence_for(plans[old.plan_id]), old.timezone, max(old.next_checkin_at, NOW),
                                   old.medication_changed_on)
        assert patient.next_checkin_at == expected
        assert patient.last_checkin_at == old.next_checkin_at


@pytest.mark.parametrize("name", [
    "Maya", "Zoë", "José", "Łukasz", "李", "Ana 🙂", "Eu€ro", "Brace {first_name}", "A" * 80, "Ñ" * 40,
    "", "  Padded ", "Nul\x00Name",
])
@pytest.mark.parametrize("language", ["en", "es"])
def test_first_questions_read_and_cost_exactly_as_rendered_one_by_one(engine, people, name, language):
    from checkins.models import Clinic, Plan, User
    from checkins.outbox import outbound_values, template_overrides, text_context

    if "\x00" in name and engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL text cannot hold NUL")
    for first_name in (name, "Sam", name):  # a template shared with other patients
        _due_patient(engine, people, first_name=first_name, language=language)
    create_due_checkins(engine, NOW)
    with Session(engine) as session:
        clinic = session.exec(select(Clinic)).one()
        question = session.exec(select(Plan)).one().questions[0]
        overrides = template_overrides(session)
        for message in session.exec(select(Message)).all():
            patient = session.get(Patient, message.patient_id)
            expected = outbound_values(
                phone=patient.phone, kind=question, language=patient.language, purpose=Purpose.QUESTION,
                context=text_context(clinic, patient, session.get(User, patient.prescriber_id)),
                overrides=overrides, now=NOW, patient_id=patient.id, checkin_id=message.checkin_id,
                question=question)
            assert (message.body, message.encoding, message.segments) == (
                expected["body"], expected["encoding"], expected["segments"])


def test_sqlite_stores_instants_in_the_same_form_as_the_orm(engine, people):
    if engine.dialect.name != "sqlite":
        pytest.skip("storage format of SQLite only")
    _due_patient(engine, people)
    create_due_checkins(engine, NOW)
    stamp = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$"
    with engine.connect() as conn:
        values = conn.exec_driver_sql(
            "SELECT p.next_checkin_at, p.last_checkin_at, c.slot_at, c.created_at, m.created_at, p.created_at"
            " FROM patient p JOIN checkin c ON c.patient_id = p.id JOIN message m ON m.checkin_id = c.id").one()
    assert all(re.match(stamp, v) for v in values), values


def test_a_later_tick_closes_the_previous_check_ins_of_a_large_batch_only(engine, people):
    with transaction(engine) as session:
        for _ in range(30):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7))
        bystander = make_patient(session, people["bob"], now=NOW)
        bystander.next_checkin_at = NOW + timedelta(days=30)  # not due: its open check-in stays
        session.add(Checkin(patient_id=bystander.id, slot_at=NOW - timedelta(days=7), status=CheckinStatus.SENT,
                            questions=["mood"], created_at=NOW - timedelta(days=7)))
    create_due_checkins(engine, NOW, batch_size=7)
    create_due_checkins(engine, NOW + timedelta(days=7), batch_size=7)
    checkins = _rows(engine, Checkin)
    assert sum(c.status == CheckinStatus.MISSED for c in checkins) == 30
    assert sum(c.status == CheckinStatus.SCHEDULED for c in checkins) == 30
    assert [c.status for c in checkins if c.patient_id == bystander.id] == [CheckinStatus.SENT]
    messages = _rows(engine, Message)
    assert sum(m.status == MessageStatus.CANCELLED for m in messages) == 30
    assert sum(m.status == MessageStatus.QUEUED for m in messages) == 30
