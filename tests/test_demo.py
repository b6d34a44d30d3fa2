"""The demo clinic: users, patients, and conversations that show the whole loop."""

from __future__ import annotations

from sqlmodel import Session, select

from checkins.db import transaction
from checkins.demo import seed_conversations, seed_demo
from checkins.models import Escalation, Level, Message, Patient, Reading, User
from tests.conftest import NOW, PUBLIC_URL


def test_the_demo_clinic_comes_with_conversations_and_escalations(engine, redis_conn):
    with transaction(engine) as session:
        assert seed_demo(session, NOW) is True
    seed_conversations(engine, PUBLIC_URL, NOW)
    with Session(engine) as session:
        assert len(session.exec(select(User)).all()) == 3 and len(session.exec(select(Patient)).all()) == 4
        levels = sorted(e.level for e in session.exec(select(Escalation)).all())
        assert levels == sorted([Level.ROUTINE, Level.URGENT, Level.URGENT])
        assert len(session.exec(select(Reading)).all()) == 7
        assert session.exec(select(Message).where(Message.direction == "outbound")).all()
    with transaction(engine) as session:
        assert seed_demo(session, NOW) is False  # a second run leaves the clinic alone
