"""The JSON API: tokens, patients, check-ins now, escalations, and its OpenAPI description."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import AuditEvent, Escalation, Message, Patient, Purpose
from checkins.tokens import create_token, revoke
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.test_inbound import text


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def token(services, people):
    with transaction(services.engine) as session:
        return create_token(session, people["alice"], NOW)[1]


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


NEW_PATIENT = {
    "first_name": "Rosa", "last_name": "Diaz", "phone": "(202) 555-0142", "timezone": "America/Chicago",
    "language": "es", "prescriber_email": "bob@example.org",
    "medications": [{"name": "Sertraline", "started_on": "2026-01-20"}],
    "consent": {"at": "2026-01-05T14:00:00Z", "method": "written"},
}


def test_a_patient_is_enrolled_and_read_back(client, services, token):
    response = client.post("/api/patients", json=NEW_PATIENT, headers=auth(token))
    assert response.status_code == 201, response.json
    body = response.json
    assert body["id"] and body["phone"] == "+12025550142" and body["status"] == "active"
    assert body["medications"] == [{"name": "sertraline", "dose": None, "started_on": "2026-01-20", "active": True}]
    assert body["next_checkin_at"] is not None
    assert response.headers["Location"] == f"/api/patients/{body['id']}"
    again = client.get(f"/api/patients/{body['id']}", headers=auth(token))
    assert again.status_code == 200 and again.json == body
    with Session(services.engine) as session:
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert actions == ["api.patient.create", "api.patient.view"]


@pytest.mark.parametrize("change, field", [
    ({"phone": "12"}, "phone"),
    ({"timezone": "Mars/Olympus"}, "timezone"),
    ({"prescriber_email": "alice@example.org"}, "prescriber_email"),
    ({"medications": [{"name": "lithium", "started_on": "last week"}]}, "medications[0].started_on"),
    ({"consent": {"at": "2026-01-05T14:00:00", "method": "written"}}, "consent.at"),
    ({"language": "fr"}, "language"),
    ({"nickname": "R"}, "nickname"),
], ids=["phone", "zone", "not-a-prescriber", "med-date", "naive-consent", "language", "unknown-field"])
def test_bad_input_is_422_naming_the_field_and_saves_nothing(client, services, token, change, field):
    response = client.post("/api/patients", json={**NEW_PATIENT, **change}, headers=auth(token))
    assert response.status_code == 422 and field in response.json["errors"]
    with Session(services.engine) as session:
        assert session.exec(select(Patient)).all() == []


def test_missing_fields_and_non_objects_are_422(client, token):
    response = client.post("/api/patients", json={"first_name": "X"}, headers=auth(token))
    assert response.status_code == 422
    assert {"last_name", "phone", "timezone", "prescriber_email"} <= set(response.json["errors"])
    assert client.post("/api/patients", json=[1, 2], headers=auth(token)).status_code == 422
    assert client.post("/api/patients", data="not json", headers=auth(token)).status_code == 422


def test_a_duplicate_phone_is_409(client, token):
    assert client.post("/api/patients", json=NEW_PATIENT, headers=auth(token)).status_code == 201
    again = client.post("/api/patients", json={**NEW_PATIENT, "phone": "+1 202 555 0142"}, headers=auth(token))
    assert again.status_code == 409 and "phone" in again.json["errors"]


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer ck_nope"}, 401),
                                             ({"Authorization": "Basic abc"}, 401)])
def test_calls_without_a_valid_token_are_401(client, people, headers, status):
    response = client.get("/api/escalations", headers=headers)
    assert response.status_code == status and response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_or_a_prescribers_token_is_refused(client, services, people):
    with transaction(services.engine) as session:
        row, revoked_token = create_token(session, people["alice"], NOW)
        revoke(session, row.id, NOW)
        _, prescriber_token = create_token(session, people["bob"], NOW)
    assert client.get("/api/escalations", headers=auth(revoked_token)).status_code == 401
    assert client.get("/api/escalations", headers=auth(prescriber_token)).status_code == 403


def test_tokens_are_stored_hashed(services, token):
    from checkins.models import ApiToken

    with Session(services.engine) as session:
        row = session.exec(select(ApiToken)).one()
    assert token not in (row.token_hash, row.prefix) and row.prefix == token[:10]


def test_send_a_check_in_now(client, services, people, token):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW)
    response = client.post(f"/api/patients/{patient.id}/checkins", headers=auth(token))
    assert response.status_code == 202 and response.json["status"] == "queued"
    with Session(services.engine) as session:
        [question] = session.exec(select(Message).where(Message.purpose == Purpose.QUESTION)).all()
    assert question.checkin_id == response.json["checkin_id"] and question.enqueued_at is not None
    # Twice in the same minute is refused; so is an opted-out patient.
    assert client.post(f"/api/patients/{patient.id}/checkins", headers=auth(token)).status_code == 409
    text(client, patient.phone, "STOP")
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        refused = client.post(f"/api/patients/{patient.id}/checkins", headers=auth(token))
    assert refused.status_code == 409 and "opted out" in refused.json["error"]
    assert client.post("/api/patients/999999/checkins", headers=auth(token)).status_code == 404


def _escalations(client, services, people, n):
    with transaction(services.engine) as session:
        patients = [make_patient(session, people["bob"], now=NOW) for _ in range(n)]
    for p in patients:
        text(client, p.phone, "mood 1, awful week")


def test_escalations_are_listed_by_status_and_paginated(client, services, people, token):
    _escalations(client, services, people, 3)
    page = client.get("/api/escalations?status=open&limit=2", headers=auth(token)).json
    assert len(page["items"]) == 2 and page["next_after"] == page["items"][-1]["id"]
    item = page["items"][0]
    assert set(item) >= {"id", "patient_id", "level", "reasons", "status", "created_at"}
    assert item["level"] == "high" and item["status"] == "open" and "low_mood" in item["reasons"]
    rest = client.get(f"/api/escalations?status=open&after={page['next_after']}", headers=auth(token)).json
    assert len(rest["items"]) == 1 and rest["next_after"] is None
    assert client.get("/api/escalations?status=resolved", headers=auth(token)).json["items"] == []
    bad = client.get("/api/escalations?status=closed&limit=0", headers=auth(token))
    assert bad.status_code == 422 and set(bad.json["errors"]) == {"status", "limit"}


def test_escalations_are_acknowledged_and_resolved(client, services, people, token):
    _escalations(client, services, people, 1)
    with Session(services.engine) as session:
        escalation_id = session.exec(select(Escalation.id)).one()
    url = f"/api/escalations/{escalation_id}"
    assert client.patch(url, json={"status": "acknowledged"}, headers=auth(token)).json["status"] == "acknowledged"
    no_note = client.patch(url, json={"status": "resolved"}, headers=auth(token))
    assert no_note.status_code == 422 and "note" in no_note.json["errors"]
    done = client.patch(url, json={"status": "resolved", "note": "Called; seen tomorrow"}, headers=auth(token))
    assert done.status_code == 200 and done.json["status"] == "resolved" and done.json["note"] == "Called; seen tomorrow"
    again = client.patch(url, json={"status": "resolved", "note": "again"}, headers=auth(token))
    assert again.status_code == 409
    assert client.patch(url, json={"status": "open"}, headers=auth(token)).status_code == 422
    assert client.patch("/api/escalations/999999", json={"status": "acknowledged"},
                        headers=auth(token)).status_code == 404


def test_the_openapi_description_is_served(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"].startswith("3.") and "/api/patients" in spec["paths"]
