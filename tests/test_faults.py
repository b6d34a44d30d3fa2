"""Faults outside the code: Redis or the database unreachable, templates rejected at save."""

from __future__ import annotations

from datetime import timedelta

import pytest
import redis as redis_lib
from rq import SimpleWorker
from rq.registry import ScheduledJobRegistry
from sqlmodel import Session, select

from checkins import services as services_module
from checkins.db import make_engine, transaction
from checkins.models import Message, MessageStatus, SmsTemplate
from checkins.outbox import save_template
from checkins.services import QUEUE_DEFAULT, QUEUES, Services
from checkins.texts import TemplateError
from checkins.tick import create_due_checkins
from tests.conftest import NOW, make_settings
from tests.support.factories import make_patient
from worker.enqueue import enqueue_sends
from worker.jobs import tick


def test_a_tick_with_redis_unreachable_fails_loudly_and_marks_nothing(engine, people, redis_conn):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    broken = Services(make_settings(engine, redis_url="redis://127.0.0.1:1/0"), engine=engine)
    services_module.install(broken)
    try:
        import time_machine

        with time_machine.travel(NOW), pytest.raises(redis_lib.ConnectionError):
            tick()
    finally:
        services_module.install(None)
    with Session(engine) as session:
        [message] = session.exec(select(Message)).all()
        # The check-in exists (nothing lost), but nothing claims it was handed over or sent.
        assert message.status == MessageStatus.QUEUED and message.enqueued_at is None
    healthy = Services(make_settings(engine), engine=engine)
    services_module.install(healthy)
    try:
        with time_machine.travel(NOW + timedelta(minutes=1)):
            assert tick()["enqueued"] == 1
    finally:
        services_module.install(None)


def test_a_send_job_with_the_database_unreachable_fails_and_rq_retries_it(engine, people, redis_conn):
    with transaction(engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    create_due_checkins(engine, NOW)
    dead = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none")
    services = Services(make_settings(engine, database_url="postgresql+psycopg://postgres@127.0.0.1:1/none"),
                        engine=dead)
    services_module.install(services)
    try:
        enqueue_sends(services, [(QUEUE_DEFAULT, [1])])
        SimpleWorker([services.queue(q) for q in QUEUES], connection=services.redis).work(burst=True)
    finally:
        services_module.install(None)
    registry = ScheduledJobRegistry(queue=services.queue(QUEUE_DEFAULT))
    [job_id] = registry.get_job_ids()
    assert services.queue(QUEUE_DEFAULT).fetch_job(job_id).retries_left == 4


def test_a_template_with_an_unknown_placeholder_is_not_saved(engine, people):
    with pytest.raises(TemplateError, match=r"\{diagnosis\}"):
        with transaction(engine) as session:
            save_template(session, "mood", "en", "Hi {first_name}, how is the {diagnosis}?", by=people["alice"],
                          now=NOW)
    with Session(engine) as session:
        assert session.exec(select(SmsTemplate)).all() == []


def test_a_saved_template_is_used_for_the_next_check_in(engine, people):
    with transaction(engine) as session:
        save_template(session, "mood", "en", "{first_name}, mood today 1-5?", by=people["alice"], now=NOW)
        save_template(session, "mood", "en", "{first_name}, your mood 1-5?", by=people["alice"], now=NOW)
        make_patient(session, people["bob"], now=NOW - timedelta(days=7), first_name="Ana")
    create_due_checkins(engine, NOW)
    with Session(engine) as session:
        assert session.exec(select(Message)).one().body == "Ana, your mood 1-5?"
        assert len(session.exec(select(SmsTemplate)).all()) == 1


def test_database_errors_do_not_carry_patient_text_or_numbers(engine, people):
    """Exception texts reach logs and RQ's failed-job registry: the statement's values stay out of them."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    from checkins.models import Patient
    from tests.support.factories import make_patient

    with transaction(engine) as session:
        make_patient(session, people["bob"], phone="+12025550142", first_name="Secretname")
    with pytest.raises(IntegrityError) as error:
        with transaction(engine) as session:
            session.add(Patient(first_name="Secretname", last_name="X", phone="+12025550142",
                                timezone="America/New_York", prescriber_id=people["bob"].id,
                                plan_id=people["plan"].id))
    assert "Secretname" not in str(error.value) and "+12025550142" not in str(error.value)
