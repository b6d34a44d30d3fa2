"""Rows for tests: the clinic, the personas (admin alice, prescribers bob and carol), patients."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Session, select

from checkins.models import Clinic, Medication, Patient, PatientStatus, Plan, Role, User
from checkins.passwords import hash_password
from checkins.patients import reschedule

PASSWORD = "correct-horse-battery"
_counter = {"phone": 0}


def seed_clinic(session: Session) -> dict:
    """Creates the clinic, a default plan and the personas; returns them by name."""
    clinic = Clinic(name="Test Clinic", phone="+12025550100", oncall_phone="+12025550199")
    plan = Plan(name="Weekly", questions=["mood", "side_effects", "adherence", "open"], weekdays=[0],
                send_time=time(10, 0), dense_weekdays=[0, 3], dense_weeks=4, reminder_hours=24,
                missed_threshold=2, is_default=True)
    hashed = hash_password(PASSWORD)
    alice = User(email="alice@example.org", name="Alice Admin", role=Role.ADMIN, password_hash=hashed)
    bob = User(email="bob@example.org", name="Dr. Bob Baker", role=Role.PRESCRIBER,
               phone="+12025550171", password_hash=hashed)
    carol = User(email="carol@example.org", name="Dr. Carol Cruz", role=Role.PRESCRIBER,
                 phone="+12025550172", password_hash=hashed)
    session.add_all([clinic, plan, alice, bob, carol])
    session.flush()
    return {"clinic": clinic, "plan": plan, "alice": alice, "bob": bob, "carol": carol}


def next_phone() -> str:
    _counter["phone"] += 1
    return f"+1202555{_counter['phone'] % 10000:04d}"


def make_patient(session: Session, prescriber: User, *, now: datetime | None = None,
                 medications: tuple[tuple[str, date], ...] = (), **fields) -> Patient:
    """Adds a consented active patient (fields override); schedules it when `now` is given."""
    plan = fields.pop("plan", None) or session.exec(select(Plan).where(Plan.is_default == True)).first()  # noqa: E712
    values = dict(first_name="Pat", last_name="Doe", phone=next_phone(), timezone="America/New_York",
                  language="en", prescriber_id=prescriber.id, plan_id=plan.id, status=PatientStatus.ACTIVE,
                  consent_at=datetime(2026, 1, 5, 12, 0, tzinfo=now.tzinfo) if now else None,
                  consent_method="written")
    values.update(fields)
    patient = Patient(**values)
    if medications:
        patient.medication_changed_on = max(d for _n, d in medications)
    session.add(patient)
    session.flush()
    for name, started in medications:
        session.add(Medication(patient_id=patient.id, name=name, changed_on=started))
    if now is not None:
        reschedule(patient, plan, now)
    session.flush()
    return patient
