"""The simulator page: a patient's phone while texts go nowhere, replies through the real pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
import time_machine
from sqlmodel import Session, select

from checkins.app import create_app
from checkins.db import transaction
from checkins.models import Escalation, Level, Message, MessageStatus
from checkins.services import Services
from checkins.tick import create_due_checkins
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.support.web import post, sign_in


@pytest.fixture
def sim(services, redis_conn):
    """An app on the simulator transport (no Twilio account)."""
    settings = replace(services.settings, sms_transport="simulator", twilio_account_sid=None,
                       twilio_auth_token=None)
    return create_app({"SETTINGS": settings, "SERVICES": Services(settings, engine=services.engine),
                       "TESTING": True}).test_client()


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def maya(services, people):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW - timedelta(days=7), first_name="Maya")
    create_due_checkins(services.engine, NOW)
    with transaction(services.engine) as session:
        question = session.exec(select(Message)).one()
        question.status = MessageStatus.SENT  # what the worker does with the simulator transport
    return patient


def test_the_phone_shows_the_texts_and_a_reply_runs_the_whole_loop(sim, services, maya):
    sign_in(sim, "bob@example.org")
    page = sim.get(f"/simulator/{maya.id}").get_data(as_text=True)
    assert "How has your mood been" in page
    response = post(sim, f"/simulator/{maya.id}", {"body": "i want to kill myself"})
    assert response.status_code == 302
    page = sim.get(f"/simulator/{maya.id}").get_data(as_text=True)
    assert "i want to kill myself" in page and "988" in page  # the crisis answer came back at once
    with Session(services.engine) as session:
        [escalation] = session.exec(select(Escalation)).all()
    assert escalation.level == Level.URGENT
    assert "Maya" in sim.get("/inbox").get_data(as_text=True)


def test_the_simulator_is_only_for_the_patients_in_scope(sim, maya):
    sign_in(sim, "carol@example.org")
    assert sim.get(f"/simulator/{maya.id}").status_code == 404
    assert post(sim, f"/simulator/{maya.id}", {"body": "hi"}).status_code == 404
    assert "Maya" not in sim.get("/simulator").get_data(as_text=True)


def test_with_twilio_configured_there_is_no_simulator(client, maya):
    sign_in(client, "bob@example.org")
    assert client.get("/simulator").status_code == 404
    assert client.get(f"/simulator/{maya.id}").status_code == 404
