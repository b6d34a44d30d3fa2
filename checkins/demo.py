"""The demo clinic the run command creates: an admin, two prescribers, a few patients."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from checkins.models import Clinic, Plan, Role, User
from checkins.passwords import hash_password
from checkins.patients import MedicationInput, PatientInput, enroll

DEMO_PASSWORD = "demo-password-1"
DEMO_USERS = (
    ("admin@demo.clinic", "Avery Admin", Role.ADMIN, None),
    ("rivera@demo.clinic", "Dr. Sofia Rivera", Role.PRESCRIBER, "+12025550181"),
    ("chen@demo.clinic", "Dr. Wei Chen", Role.PRESCRIBER, "+12025550182"),
)


def default_plan() -> Plan:
    """Weekly on Tuesday at 10:00, twice a week (Tue, Fri) for 4 weeks after a medication change."""
    return Plan(
        name="Standard weekly", questions=["mood", "side_effects", "adherence", "open"],
        weekdays=[1], send_time=time(10, 0), dense_weekdays=[1, 4], dense_weeks=4,
        reminder_hours=24, missed_threshold=2, is_default=True,
    )


def seed_demo(session: Session, now: datetime) -> bool:
    """Creates the demo clinic unless a clinic exists; returns True if it created it."""
    if session.exec(select(Clinic)).first() is not None:
        return False
    clinic = Clinic(name="Lakeside Psychiatry", phone="+12025550100", oncall_phone="+12025550199")
    session.add(clinic)
    users = {}
    for email, name, role, phone in DEMO_USERS:
        users[email] = User(email=email, name=name, role=role, phone=phone,
                            password_hash=hash_password(DEMO_PASSWORD))
        session.add(users[email])
    session.add(default_plan())
    session.flush()
    today = now.date()
    patients = (
        ("Maya", "Johnson", "+12025550111", "America/New_York", "en", "rivera@demo.clinic",
         [("sertraline", today - timedelta(days=10))]),
        ("Luis", "García", "+12025550112", "America/Chicago", "es", "rivera@demo.clinic",
         [("lamotrigine", today - timedelta(days=60))]),
        ("Priya", "Patel", "+12025550113", "America/Los_Angeles", "en", "chen@demo.clinic",
         [("lithium", today - timedelta(days=120))]),
        ("Sam", "Okafor", "+12025550114", "America/Denver", "en", "chen@demo.clinic",
         [("quetiapine", today - timedelta(days=20)), ("bupropion", today - timedelta(days=200))]),
    )
    for first, last, phone, tz, lang, prescriber, meds in patients:
        enroll(session, PatientInput(
            first_name=first, last_name=last, phone=phone, timezone=tz, language=lang,
            prescriber_id=users[prescriber].id, birth_date=date(1985, 4, 12),
            consent_at=now, consent_method="written",
            consent_text="I agree to receive medication check-in texts. Reply STOP to opt out.",
            medications=[MedicationInput(name=n, started_on=d) for n, d in meds],
        ), clinic, recorded_by=users["admin@demo.clinic"], now=now)
    return True
