"""POST /sms/status: signed delivery reports update the text; anything unsigned is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import Message, MessageStatus, Patient, PatientStatus
from checkins.tick import create_due_checkins
from tests.conftest import AUTH_TOKEN, NOW, PUBLIC_URL
from tests.support.factories import make_patient
from tests.support.twilio_signing import signed_headers

URL = PUBLIC_URL + "/sms/status"


@pytest.fixture
def sent_sid(services, people):
    with transaction(services.engine) as session:
        make_patient(session, people["bob"], now=NOW - timedelta(days=7))
    create_due_checkins(services.engine, NOW)
    with transaction(services.engine) as session:
        message = session.exec(select(Message)).one()
        message.status, message.provider_sid = MessageStatus.SENT, "SM" + "a" * 32
    return "SM" + "a" * 32


def _post(client, params, headers=None):
    return client.post("/sms/status", data=params, headers=headers if headers is not None else
                       signed_headers(AUTH_TOKEN, URL, params))


def _message(services):
    with Session(services.engine) as session:
        return session.exec(select(Message)).one()


def test_a_signed_delivery_report_marks_the_text_delivered(client, services, sent_sid):
    response = _post(client, {"MessageSid": sent_sid, "MessageStatus": "delivered"})
    assert response.status_code == 204
    assert _message(services).status == MessageStatus.DELIVERED


def test_an_undelivered_report_keeps_its_error_code(client, services, sent_sid):
    _post(client, {"MessageSid": sent_sid, "MessageStatus": "undelivered", "ErrorCode": "30003"})
    message = _message(services)
    assert (message.status, message.error_code) == (MessageStatus.UNDELIVERED, 30003)


def test_a_late_sent_report_does_not_overwrite_delivered(client, services, sent_sid):
    _post(client, {"MessageSid": sent_sid, "MessageStatus": "delivered"})
    _post(client, {"MessageSid": sent_sid, "MessageStatus": "sent"})
    assert _message(services).status == MessageStatus.DELIVERED


def test_a_21610_report_opts_the_patient_out(client, services, sent_sid):
    _post(client, {"MessageSid": sent_sid, "MessageStatus": "failed", "ErrorCode": "21610"})
    with Session(services.engine) as session:
        assert session.exec(select(Patient)).one().status == PatientStatus.OPTED_OUT


@pytest.mark.parametrize("headers", [
    {},
    {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},
    signed_headers("some-other-token", URL, {"MessageSid": "SM" + "a" * 32, "MessageStatus": "failed"}),
    signed_headers(AUTH_TOKEN, "https://attacker.example/sms/status",
                   {"MessageSid": "SM" + "a" * 32, "MessageStatus": "failed"}),
], ids=["unsigned", "garbage-signature", "wrong-token", "wrong-url"])
def test_unsigned_or_forged_reports_are_refused_and_change_nothing(client, services, sent_sid, headers):
    response = _post(client, {"MessageSid": sent_sid, "MessageStatus": "failed"}, headers)
    assert response.status_code == 403
    assert _message(services).status == MessageStatus.SENT


def test_a_signed_report_with_tampered_fields_is_refused(client, services, sent_sid):
    headers = signed_headers(AUTH_TOKEN, URL, {"MessageSid": sent_sid, "MessageStatus": "delivered"})
    response = _post(client, {"MessageSid": sent_sid, "MessageStatus": "failed"}, headers)
    assert response.status_code == 403


def test_a_report_for_an_unknown_text_is_acknowledged_without_effect(client, services, sent_sid):
    response = _post(client, {"MessageSid": "SM" + "f" * 32, "MessageStatus": "delivered"})
    assert response.status_code == 204
    assert _message(services).status == MessageStatus.SENT
