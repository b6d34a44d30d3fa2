"""The demo clinic the run command creates: an admin, two prescribers, a few patients."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from checkins.checkin_now import send_checkin_now
from checkins.db import transaction
from checkins.inbound import receive, simulated_sms
from checkins.models import CheckinStatus, Clinic, Message, MessageStatus, Patient, Plan, Role, User
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


# A few conversations so a new user sees the whole loop at once: (phone, hours ago, replies).
DEMO_CONVERSATIONS = (
    ("+12025550111", 5, ("4", "a little nausea in the mornings", "yes every day", "no, thanks")),
    ("+12025550113", 3, ("mood 2, really down this week", "my hands shake a lot and I feel confused")),
    ("+12025550112", 1, ("ya no quiero vivir",)),
)


def seed_conversations(engine, base_url: str, now: datetime) -> None:
    """Plays the demo conversations through the real inbound pipeline (escalations included)."""
    for phone, hours_ago, replies in DEMO_CONVERSATIONS:
        at = now - timedelta(hours=hours_ago)
        with transaction(engine) as session:
            patient = session.exec(select(Patient).where(Patient.phone == phone)).one()
            checkin, message_id = send_checkin_now(session, patient, at)
            # Delivered by the simulator, as the worker would have done.
            checkin.status, checkin.sent_at = CheckinStatus.SENT, at
            message = session.get(Message, message_id)
            message.status, message.sent_at, message.provider_sid = MessageStatus.SENT, at, f"SMsimdemo{message_id}"
        for i, body in enumerate(replies):
            receive(engine, simulated_sms(phone, body), base_url, at + timedelta(minutes=2 + 3 * i))
