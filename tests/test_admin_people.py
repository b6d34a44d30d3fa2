"""The admin console over HTTP: users, covers, patients, medications, the schedule preview and "send check-in now"."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
import time_machine
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import (
    AuditEvent,
    Checkin,
    Cover,
    Escalation,
    EscalationStatus,
    Medication,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    User,
)
from checkins.services import QUEUES
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.support.web import post, sign_in

NEW_PATIENT = dict(first_name="Maya", last_name="Johnson", phone="(202) 555-0111", timezone="America/New_York",
                   language="en", birth_date="1990-05-01", consent_at="2026-02-01T09:30", consent_method="written",
                   consent_text="I agree to receive check-in texts.", med_name="Sertraline", med_dose="50 mg",
                   med_started_on="2026-01-20")


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def maya(services, people, clock):
    with transaction(services.engine) as session:
        return make_patient(session, people["bob"], now=NOW, first_name="Maya", last_name="Johnson")


def _html(response) -> str:
    return response.get_data(as_text=True)


def _events(services, action: str) -> list[AuditEvent]:
    with Session(services.engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


def _upcoming(html: str) -> list[tuple[str, str]]:
    section = html.split('id="upcoming"', 1)[1].split("</section>", 1)[0]
    return re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", section)


def _new_patient(client, people, **overrides):
    data = {**NEW_PATIENT, "prescriber": people["bob"].id, "plan": people["plan"].id, **overrides}
    return post(client, "/admin/patients/new", data)


# -- access ---------------------------------------------------------------------------------------------------

def _admin_routes(app, ids: dict) -> list[tuple[str, str]]:
    routes = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("admin_people."):
            continue
        url = rule.rule
        for name, value in ids.items():
            url = url.replace(f"<int:{name}>", str(value)).replace(f"<{name}>", str(value))
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routes.append((method, url))
    return routes


def test_prescribers_get_404_on_every_admin_route(app, client, services, people, maya):
    with transaction(services.engine) as session:
        med = Medication(patient_id=maya.id, name="lithium", changed_on=date(2026, 1, 1))
        cover = Cover(prescriber_id=people["bob"].id, covering_id=people["carol"].id, starts_on=NOW.date())
        session.add_all([med, cover])
    ids = {"patient_id": maya.id, "user_id": people["bob"].id, "medication_id": med.id, "cover_id": cover.id,
           "token": "abc"}
    routes = _admin_routes(app, ids)
    assert len(routes) >= 30
    assert client.get("/admin/patients").status_code == 302  # signed out: to the sign-in page
    sign_in(client, "bob@example.org")
    for method, url in routes:
        response = client.get(url) if method == "GET" else post(client, url, {"target": people["carol"].id})
        assert response.status_code == 404, (method, url)
    with Session(services.engine) as session:
        assert session.get(Patient, maya.id).prescriber_id == people["bob"].id
        assert session.get(Patient, maya.id).status == PatientStatus.ACTIVE
        assert session.get(User, people["bob"].id).active


# -- patients -------------------------------------------------------------------------------------------------

def test_enrolling_a_patient_records_consent_by_the_admin(client, services, people, clock):
    sign_in(client, "alice@example.org")
    response = _new_patient(client, people)
    assert response.status_code == 302
    patient_id = int(response.location.rsplit("/", 1)[1])
    with Session(services.engine) as session:
        patient = session.get(Patient, patient_id)
        assert patient.phone == "+12025550111" and patient.consent_recorded_by_id == people["alice"].id
        assert patient.consent_at == datetime(2026, 2, 1, 14, 30, tzinfo=UTC)  # 09:30 clinic time (EST)
        assert patient.consent_text == "I agree to receive check-in texts." and patient.consent_method == "written"
        assert session.exec(select(Medication.name, Medication.dose)).all() == [("sertraline", "50 mg")]
    html = _html(client.get(response.location))
    assert "Alice Admin" in html and "I agree to receive check-in texts." in html
    assert "+12025550111" not in html and "•" * 9 + "11" in html  # masked on the page
    [created] = _events(services, "patient.create")
    assert created.patient_id == patient_id and created.user_id == people["alice"].id


@pytest.mark.parametrize("phone, reason", [
    ("12", "has the wrong number of digits"),
    ("call me", "is not a phone number"),
    ("+44 20 7183 8750", "is a landline and cannot receive texts"),
], ids=["short", "words", "landline"])
def test_a_bad_phone_is_refused_next_to_the_field_and_nothing_is_saved(client, services, people, clock, phone,
                                                                     reason):
    sign_in(client, "alice@example.org")
    response = _new_patient(client, people, phone=phone)
    assert response.status_code == 422
    html = _html(response)
    field = re.search(r'<div class="field invalid">\s*<label for="f-phone">.*?</div>', html, re.S).group(0)
    assert 'aria-describedby="phone-error"' in field
    assert f'<p class="error" id="phone-error" role="alert">{reason}</p>' in field
    assert 'value="Maya"' in html  # what was typed is kept
    assert html.count('class="error"') == 1
    with Session(services.engine) as session:
        assert session.exec(select(Patient)).all() == [] and session.exec(select(Medication)).all() == []
    assert _events(services, "patient.create") == []


def test_other_bad_fields_are_each_named(client, services, people, clock):
    sign_in(client, "alice@example.org")
    response = _new_patient(client, people, first_name="", timezone="Mars/Olympus", prescriber="",
                            consent_at="2026-03-01T10:00", med_started_on="soon")
    assert response.status_code == 422
    html = _html(response)
    for name, message in (("first_name", "is required"), ("timezone", "unknown time zone"),
                          ("prescriber", "choose an active prescriber"), ("consent_at", "is in the future"),
                          ("med_started_on", "is not a date")):
        assert re.search(rf'id="{name}-error" role="alert">[^<]*{message}', html), name
    with Session(services.engine) as session:
        assert session.exec(select(Patient)).all() == []


def test_editing_keeps_rules_and_audits_field_names_only(client, services, people, maya, clock):
    sign_in(client, "alice@example.org")
    with transaction(services.engine) as session:
        other = make_patient(session, people["bob"], now=NOW, first_name="Other")
    form = dict(first_name="Maya", last_name="Johnson-Lee", phone=other.phone, timezone="America/Chicago",
                language="es", prescriber=people["carol"].id, plan=people["plan"].id, birth_date="")
    response = post(client, f"/admin/patients/{maya.id}/edit", form)
    assert response.status_code == 422 and 'id="phone-error" role="alert">belongs to another patient' in _html(response)
    response = post(client, f"/admin/patients/{maya.id}/edit", {**form, "phone": "202-555-0188"})
    assert response.status_code == 302
    with Session(services.engine) as session:
        patient = session.get(Patient, maya.id)
        assert (patient.last_name, patient.phone, patient.timezone, patient.language, patient.prescriber_id) == (
            "Johnson-Lee", "+12025550188", "America/Chicago", "es", people["carol"].id)
        # It is 09:00 in Chicago: today's 10:00 there is still ahead.
        assert patient.next_checkin_at == datetime(2026, 2, 2, 16, 0, tzinfo=UTC)
    [edit] = _events(services, "patient.edit")
    assert edit.detail == {"fields": "last_name,phone,timezone,language,prescriber_id"}


def test_the_list_searches_filters_and_pages(client, services, people, maya, clock):
    with transaction(services.engine) as session:
        for i in range(55):
            make_patient(session, people["carol"], now=NOW, first_name=f"Zed{i:02d}", last_name="Zulu")
        paused = make_patient(session, people["bob"], now=NOW, first_name="Paula", status=PatientStatus.PAUSED)
    sign_in(client, "alice@example.org")
    html = _html(client.get("/admin/patients?q=maya"))
    assert re.findall(r'data-patient="(\d+)"', html) == [str(maya.id)]
    assert re.findall(r'data-patient="(\d+)"', _html(client.get(f"/admin/patients?q={paused.id}"))) == [str(paused.id)]
    html = _html(client.get(f"/admin/patients?prescriber={people['bob'].id}&status=paused"))
    assert re.findall(r'data-patient="(\d+)"', html) == [str(paused.id)]
    first = _html(client.get(f"/admin/patients?prescriber={people['carol'].id}"))
    assert len(re.findall(r'data-patient="', first)) == 50 and "Page 1 of 2" in first
    second = _html(client.get(f"/admin/patients?prescriber={people['carol'].id}&page=2"))
    assert len(re.findall(r'data-patient="', second)) == 5
    assert client.get("/admin/patients?q=%25").status_code == 200  # a wildcard is searched for literally
    assert [e.detail["shown"] for e in _events(services, "patient.list")][:2] == [1, 1]


def test_recording_consent_schedules_the_patient(client, services, people, clock):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW, consent_at=None, consent_method=None)
    assert patient.next_checkin_at is None
    sign_in(client, "alice@example.org")
    assert "No consent is recorded." in _html(client.get(f"/admin/patients/{patient.id}"))
    response = post(client, f"/admin/patients/{patient.id}/consent", {"consent_at": "2026-02-02T09:00",
                                                                      "consent_method": "verbal"})
    assert response.status_code == 422 and 'id="consent_text-error"' in _html(response)
    response = post(client, f"/admin/patients/{patient.id}/consent", {
        "consent_at": "2026-02-02T09:00", "consent_method": "verbal", "consent_text": "Yes to texts."})
    assert response.status_code == 302
    with Session(services.engine) as session:
        patient = session.get(Patient, patient.id)
        assert patient.consent_recorded_by_id == people["alice"].id and patient.consent_method == "verbal"
        assert patient.next_checkin_at == datetime(2026, 2, 9, 15, 0, tzinfo=UTC)
    assert _events(services, "patient.consent")[0].detail == {"method": "verbal"}


def test_pausing_and_resuming(client, services, people, maya, clock):
    sign_in(client, "alice@example.org")
    assert post(client, f"/admin/patients/{maya.id}/pause").status_code == 302
    with Session(services.engine) as session:
        assert session.get(Patient, maya.id).next_checkin_at is None
    assert "Check-ins are paused." in _html(client.get(f"/admin/patients/{maya.id}"))
    assert post(client, f"/admin/patients/{maya.id}/pause").status_code == 302  # pausing twice is harmless
    assert post(client, f"/admin/patients/{maya.id}/resume").status_code == 302
    response = post(client, f"/admin/patients/{maya.id}/resume")
    assert response.status_code == 422 and "Only paused check-ins can be resumed." in _html(response)
    assert _events(services, "patient.pause") and _events(services, "patient.resume")


# -- medications and the schedule -----------------------------------------------------------------------------

def test_a_medication_change_switches_on_the_denser_cadence(client, services, people, clock):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW, medications=(("lithium", date(2025, 10, 1)),))
        med_id = session.exec(select(Medication.id)).one()
    sign_in(client, "alice@example.org")
    weekly = [("Mon 9 Feb 2026, 10:00 EST", "Mon 9 Feb 2026, 10:00 EST"),
              ("Mon 16 Feb 2026, 10:00 EST", "Mon 16 Feb 2026, 10:00 EST"),
              ("Mon 23 Feb 2026, 10:00 EST", "Mon 23 Feb 2026, 10:00 EST"),
              ("Mon 2 Mar 2026, 10:00 EST", "Mon 2 Mar 2026, 10:00 EST"),
              ("Mon 9 Mar 2026, 10:00 EDT", "Mon 9 Mar 2026, 10:00 EDT")]
    assert _upcoming(_html(client.get(f"/admin/patients/{patient.id}"))) == weekly
    response = post(client, f"/admin/patients/{patient.id}/medications/{med_id}",
                    {f"med{med_id}_dose": "600 mg", f"med{med_id}_changed_on": "2026-03-01"})
    assert response.status_code == 422 and f'id="med{med_id}_changed_on-error" role="alert">is in the future' in \
        _html(response)
    response = post(client, f"/admin/patients/{patient.id}/medications/{med_id}",
                    {f"med{med_id}_dose": "600 mg", f"med{med_id}_changed_on": "2026-02-02"})
    assert response.status_code == 302
    # Mondays and Thursdays for the plan's four dense weeks.
    assert [local for local, _clinic in _upcoming(_html(client.get(f"/admin/patients/{patient.id}")))] == [
        "Thu 5 Feb 2026, 10:00 EST", "Mon 9 Feb 2026, 10:00 EST", "Thu 12 Feb 2026, 10:00 EST",
        "Mon 16 Feb 2026, 10:00 EST", "Thu 19 Feb 2026, 10:00 EST"]
    with Session(services.engine) as session:
        assert session.get(Patient, patient.id).medication_changed_on == date(2026, 2, 2)
        assert session.get(Medication, med_id).dose == "600 mg"
    assert [e.patient_id for e in _events(services, "medication.change")] == [patient.id]


def test_starting_and_stopping_a_medication(client, services, people, maya, clock):
    sign_in(client, "alice@example.org")
    response = post(client, f"/admin/patients/{maya.id}/medications",
                    {"med_name": "", "med_dose": "", "med_started_on": "2026-02-02"})
    assert response.status_code == 422 and 'id="med_name-error" role="alert">is required' in _html(response)
    response = post(client, f"/admin/patients/{maya.id}/medications",
                    {"med_name": "quetiapine\tor call", "med_dose": "", "med_started_on": "2026-02-02"})
    assert response.status_code == 422 and "line break or control character" in _html(response)
    response = post(client, f"/admin/patients/{maya.id}/medications",
                    {"med_name": "Quetiapine", "med_dose": "25 mg", "med_started_on": "2026-02-02"})
    assert response.status_code == 302
    html = _html(client.get(f"/admin/patients/{maya.id}"))
    assert _upcoming(html)[0][0] == "Thu 5 Feb 2026, 10:00 EST"
    with Session(services.engine) as session:
        med = session.exec(select(Medication)).one()
        assert (med.name, med.dose, med.active) == ("quetiapine", "25 mg", True)
    assert post(client, f"/admin/patients/{maya.id}/medications/{med.id}/stop").status_code == 302
    response = post(client, f"/admin/patients/{maya.id}/medications/{med.id}/stop")
    assert response.status_code == 422 and "already stopped" in _html(response)
    with Session(services.engine) as session:
        assert session.get(Medication, med.id).active is False
    assert _events(services, "medication.start") and _events(services, "medication.stop")


def test_the_next_five_are_shown_in_both_zones_across_dst_changes(client, services, people):
    # US clocks go forward on 8 March 2026, the UK's on 29 March: for three weeks the gap is four hours.
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        with transaction(services.engine) as session:
            patient = make_patient(session, people["bob"], now=now, timezone="Europe/London")
        sign_in(client, "alice@example.org")
        slots = _upcoming(_html(client.get(f"/admin/patients/{patient.id}")))
    assert slots == [
        ("Mon 9 Mar 2026, 10:00 GMT", "Mon 9 Mar 2026, 06:00 EDT"),
        ("Mon 16 Mar 2026, 10:00 GMT", "Mon 16 Mar 2026, 06:00 EDT"),
        ("Mon 23 Mar 2026, 10:00 GMT", "Mon 23 Mar 2026, 06:00 EDT"),
        ("Mon 30 Mar 2026, 10:00 BST", "Mon 30 Mar 2026, 05:00 EDT"),
        ("Mon 6 Apr 2026, 10:00 BST", "Mon 6 Apr 2026, 05:00 EDT"),
    ]


# -- send check-in now ----------------------------------------------------------------------------------------

def test_send_checkin_now_queues_the_first_question_and_hands_it_over(client, services, people, maya):
    sign_in(client, "alice@example.org")
    response = post(client, f"/admin/patients/{maya.id}/checkin")
    assert response.status_code == 302
    with Session(services.engine) as session:
        [message] = session.exec(select(Message).where(Message.patient_id == maya.id)).all()
        checkin = session.get(Checkin, message.checkin_id)
    assert (message.purpose, message.question, message.status) == (Purpose.QUESTION, "mood", MessageStatus.QUEUED)
    assert message.enqueued_at is not None and checkin.slot_at == NOW
    assert sum(services.queue(name).count for name in QUEUES) == 1
    [event] = _events(services, "patient.checkin_now")
    assert (event.object_id, event.patient_id, event.user_id) == (checkin.id, maya.id, people["alice"].id)


def test_send_checkin_now_is_refused_for_an_opted_out_patient(client, services, people, clock):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW, status=PatientStatus.OPTED_OUT)
    sign_in(client, "alice@example.org")
    response = post(client, f"/admin/patients/{patient.id}/checkin")
    assert response.status_code == 422
    assert '<p class="error" id="checkin-error" role="alert">The patient has opted out of texts (STOP).</p>' in \
        _html(response)
    with Session(services.engine) as session:
        assert session.exec(select(Message)).all() == [] and session.exec(select(Checkin)).all() == []
    assert sum(services.queue(name).count for name in QUEUES) == 0


# -- users ----------------------------------------------------------------------------------------------------

def test_a_new_user_signs_in_until_deactivated(app, client, services, people, clock):
    sign_in(client, "alice@example.org")
    form = dict(email="Dan@Example.org", name="Dr. Dan Diaz", role="prescriber", phone="(202) 555-0177",
                password="short")
    response = post(client, "/admin/users/new", form)
    assert response.status_code == 422
    assert 'id="password-error" role="alert">must be at least 12 characters' in _html(response)
    response = post(client, "/admin/users/new", {**form, "phone": "+44 20 7183 8750", "password": "x" * 12})
    assert response.status_code == 422 and 'id="phone-error" role="alert">is a landline' in _html(response)
    response = post(client, "/admin/users/new", {**form, "password": "a-long-enough-secret"})
    assert response.status_code == 302
    with Session(services.engine) as session:
        dan = session.exec(select(User).where(User.email == "dan@example.org")).one()
    assert dan.phone == "+12025550177" and dan.password_hash.startswith("$argon2id$")
    response = post(client, "/admin/users/new",
                    {**form, "email": "DAN@example.org", "password": "a-long-enough-secret"})
    assert response.status_code == 422 and "belongs to another user" in _html(response)

    dans = app.test_client()
    assert sign_in(dans, "dan@example.org", "a-long-enough-secret").status_code == 302
    assert dans.get("/inbox").status_code == 200
    assert post(client, f"/admin/users/{dan.id}/deactivate").status_code == 302
    assert dans.get("/inbox").status_code == 302  # the open session ends at once
    assert sign_in(dans, "dan@example.org", "a-long-enough-secret").status_code == 401
    assert post(client, f"/admin/users/{dan.id}/reactivate").status_code == 302
    assert sign_in(dans, "dan@example.org", "a-long-enough-secret").status_code == 302
    assert [len(_events(services, a)) for a in ("user.create", "user.deactivate", "user.reactivate")] == [1, 1, 1]


def test_editing_a_user_and_the_guards_on_it(client, services, people, maya, clock):
    sign_in(client, "alice@example.org")
    bob = people["bob"]
    response = post(client, f"/admin/users/{bob.id}", {"name": "Dr. Robert Baker", "role": "admin", "phone": ""})
    html = _html(response)
    assert response.status_code == 422 and "still has patients; reassign them first" in html
    assert 'id="phone-error" role="alert">is required for a prescriber' not in html  # admins need no alert phone
    response = post(client, f"/admin/users/{bob.id}", {"name": "Dr. Robert Baker", "role": "prescriber",
                                                      "phone": "202 555 0170"})
    assert response.status_code == 302
    with Session(services.engine) as session:
        assert (session.get(User, bob.id).name, session.get(User, bob.id).phone) == ("Dr. Robert Baker",
                                                                                       "+12025550170")
    response = post(client, f"/admin/users/{people['alice'].id}/deactivate")
    assert response.status_code == 422 and "cannot deactivate your own account" in _html(response)
    assert _events(services, "user.edit")[0].detail == {"fields": "name,phone"}


def test_reassigning_moves_patients_and_their_unresolved_escalations(client, services, people, maya, clock):
    bob, carol = people["bob"], people["carol"]
    with transaction(services.engine) as session:
        leo = make_patient(session, bob, now=NOW, first_name="Leo")
        zoe = make_patient(session, carol, now=NOW, first_name="Zoe")
        open_one = Escalation(patient_id=maya.id, prescriber_id=bob.id, level="high", reasons=["low_mood"])
        acknowledged = Escalation(patient_id=leo.id, prescriber_id=bob.id, level="urgent", reasons=["crisis"],
                                  status=EscalationStatus.ACKNOWLEDGED)
        resolved = Escalation(patient_id=leo.id, prescriber_id=bob.id, level="routine", reasons=["question"],
                              status=EscalationStatus.RESOLVED)
        session.add_all([open_one, acknowledged, resolved])
    sign_in(client, "alice@example.org")
    response = post(client, f"/admin/users/{bob.id}/reassign", {"target": bob.id})
    assert response.status_code == 422 and 'id="target-error" role="alert">choose another prescriber' in _html(response)
    response = post(client, f"/admin/users/{bob.id}/reassign", {"target": carol.id})
    assert response.status_code == 302
    with Session(services.engine) as session:
        assert {p.prescriber_id for p in session.exec(select(Patient)).all()} == {carol.id}
        assert session.get(Escalation, open_one.id).prescriber_id == carol.id
        assert session.get(Escalation, acknowledged.id).prescriber_id == carol.id
        assert session.get(Escalation, resolved.id).prescriber_id == bob.id  # history keeps who handled it
        assert session.get(Patient, zoe.id).prescriber_id == carol.id
    [event] = _events(services, "user.reassign")
    assert event.detail == {"to_user": carol.id, "patients": 2, "escalations": 2}


def test_a_cover_opens_the_patients_to_the_covering_prescriber_until_it_ends(app, client, services, people, maya,
                                                                              clock):
    carols = app.test_client()
    sign_in(carols, "carol@example.org")
    assert carols.get(f"/patients/{maya.id}").status_code == 404
    sign_in(client, "alice@example.org")
    response = post(client, "/admin/covers", {"covering": people["carol"].id, "prescriber": people["carol"].id,
                                              "starts_on": "2026-02-02", "ends_on": "2026-02-01"})
    html = _html(response)
    assert response.status_code == 422
    assert 'id="covering-error" role="alert">must be someone else' in html
    assert 'id="ends_on-error" role="alert">is before the start' in html
    response = post(client, "/admin/covers", {"covering": people["carol"].id, "prescriber": people["bob"].id,
                                              "starts_on": "2026-02-02", "ends_on": "2026-02-09"})
    assert response.status_code == 302
    assert carols.get(f"/patients/{maya.id}").status_code == 200
    assert "Dr. Carol Cruz" in _html(client.get("/admin/covers"))
    with Session(services.engine) as session:
        cover = session.exec(select(Cover)).one()
    assert cover.created_by_id == people["alice"].id
    assert post(client, f"/admin/covers/{cover.id}/end").status_code == 302
    assert carols.get(f"/patients/{maya.id}").status_code == 404
    assert [len(_events(services, a)) for a in ("cover.create", "cover.end")] == [1, 1]


def test_viewing_a_patient_is_audited_without_personal_details(client, services, people, maya, clock):
    sign_in(client, "alice@example.org")
    client.get(f"/admin/patients/{maya.id}")
    client.get(f"/admin/patients/{maya.id}/edit")
    events = _events(services, "patient.view")
    assert [(e.patient_id, e.user_id, e.detail) for e in events] == [
        (maya.id, people["alice"].id, {"page": "admin"}), (maya.id, people["alice"].id, {"page": "edit"})]
    assert all(e.ip == "127.0.0.1" for e in events)
