"""The admin console for the clinic over HTTP: plans, texts, settings, try a reply, delivery health."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
import redis as redis_lib
import time_machine
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import (
    AuditEvent,
    Clinic,
    Message,
    Patient,
    PatientStatus,
    Plan,
    Reading,
    SmsTemplate,
)
from checkins.services import Services
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.support.web import csrf_token, post, sign_in

PLAN_FORM = dict(name="Weekly", question_1="mood", question_2="side_effects", question_3="adherence",
                 question_4="open", weekdays=["0"], send_time="10:00", dense_weekdays=["0", "3"], dense_weeks="4",
                 reminder_hours="24", missed_threshold="2", quiet_start="21:00", quiet_end="08:00", is_default="1")
SETTINGS_FORM = dict(name="Test Clinic", phone="+12025550100", oncall_phone="+12025550199", low_mood_max="2",
                     urgent_clock_minutes="15", high_clock_days="1", idle_timeout_minutes="15")


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def admin(client, people, clock):
    sign_in(client, "alice@example.org")
    return client


def _html(response) -> str:
    return response.get_data(as_text=True)


def _events(services, action) -> list[AuditEvent]:
    with Session(services.engine) as session:
        return session.exec(select(AuditEvent).where(AuditEvent.action == action)).all()


def _preview(client, **fields):
    token = csrf_token(client, "/admin/templates")
    return client.post("/admin/templates/preview", json=fields, headers={"X-CSRFToken": token})


def _routes(plan_id: int):
    return [
        ("get", "/admin/plans"), ("get", "/admin/plans/new"), ("post", "/admin/plans/new"),
        ("get", f"/admin/plans/{plan_id}"), ("post", f"/admin/plans/{plan_id}"),
        ("get", "/admin/templates"), ("get", "/admin/templates/mood/en"), ("post", "/admin/templates/mood/en"),
        ("post", "/admin/templates/mood/en/reset"), ("post", "/admin/templates/preview"),
        ("get", "/admin/settings"), ("post", "/admin/settings"), ("get", "/admin/try"), ("post", "/admin/try"),
        ("get", "/admin/delivery"),
    ]


def test_it_answers_a_prescriber_404_on_every_route(client, services, people, clock):
    sign_in(client, "bob@example.org")
    for method, path in _routes(people["plan"].id):
        if method == "get":
            response = client.get(path)
        else:
            response = post(client, path, {"body": "Hi {first_name}", "name": "Hijacked", "text": "hello"})
        assert response.status_code == 404, (method, path)
    with Session(services.engine) as session:
        assert session.get(Plan, people["plan"].id).name == "Weekly"
        assert session.exec(select(SmsTemplate)).all() == []


def test_it_sends_a_signed_out_visitor_to_sign_in(client, people):
    assert client.get("/admin/settings").status_code == 302


def test_every_page_opens_for_an_admin_and_is_audited(admin, services, people):
    for path in ("/admin/plans", "/admin/plans/new", f"/admin/plans/{people['plan'].id}", "/admin/templates",
                 "/admin/templates/crisis/es", "/admin/settings", "/admin/try", "/admin/delivery"):
        response = admin.get(path)
        assert response.status_code == 200, path
        assert "<script>" not in _html(response) and " onclick=" not in _html(response)
    for action in ("plans.view", "plan.view", "templates.view", "template.view", "settings.view", "try.view",
                   "delivery.view"):
        assert _events(services, action), action


def test_a_plan_with_bad_values_is_refused_in_place_and_nothing_is_saved(admin, services, people):
    form = {**PLAN_FORM, "name": "Weekly changed", "question_2": "mood", "send_time": "22:30",
            "reminder_hours": "0", "weekdays": [], "missed_threshold": "many"}
    response = post(admin, f"/admin/plans/{people['plan'].id}", form)
    html = _html(response)
    assert response.status_code == 422
    assert 'id="questions-error"' in html and "mood is chosen twice" in html
    assert 'id="send_time-error"' in html and "22:30 is inside quiet hours" in html
    assert 'id="reminder_hours-error"' in html and "between 1 and 72" in html
    assert 'id="weekdays-error"' in html and 'id="missed_threshold-error"' in html
    assert 'value="Weekly changed"' in html  # what was typed is kept
    with Session(services.engine) as session:
        plan = session.get(Plan, people["plan"].id)
        assert plan.name == "Weekly" and plan.reminder_hours == 24 and plan.weekdays == [0]
    assert _events(services, "plan.update") == []


def test_a_quiet_window_leaving_under_an_hour_is_refused(admin, services, people):
    response = post(admin, "/admin/plans/new", {**PLAN_FORM, "name": "Narrow", "is_default": "",
                                                "quiet_start": "08:30", "quiet_end": "08:00", "send_time": "08:10"})
    assert response.status_code == 422
    assert "leaves only 30 minutes a day" in _html(response)
    response = post(admin, "/admin/plans/new", {**PLAN_FORM, "name": "Never", "is_default": "",
                                                "quiet_start": "08:00", "quiet_end": "08:00"})
    assert response.status_code == 422 and "must differ from quiet_end" in _html(response)
    with Session(services.engine) as session:
        assert [p.name for p in session.exec(select(Plan)).all()] == ["Weekly"]


def test_editing_a_plan_reschedules_its_active_patients_in_one_go(admin, services, people):
    with transaction(services.engine) as session:
        other = Plan(name="Other", questions=["mood"], weekdays=[4], send_time=time(12, 0))
        session.add(other)
        session.flush()
        on_plan = [make_patient(session, people["bob"], now=NOW) for _ in range(3)]
        paused = make_patient(session, people["bob"], now=NOW, status=PatientStatus.PAUSED)
        paused.next_checkin_at = None
        elsewhere = make_patient(session, people["carol"], now=NOW, plan=other)
    monday = datetime(2026, 2, 9, 15, 0, tzinfo=UTC)  # next Monday 10:00 in New York
    with Session(services.engine) as session:
        assert session.get(Patient, on_plan[0].id).next_checkin_at == monday
        before_elsewhere = session.get(Patient, elsewhere.id).next_checkin_at

    form = {**PLAN_FORM, "weekdays": ["2"], "send_time": "09:00"}
    response = post(admin, f"/admin/plans/{people['plan'].id}", form)
    assert response.status_code == 302
    wednesday = datetime(2026, 2, 4, 14, 0, tzinfo=UTC)  # Wednesday 09:00 in New York
    with Session(services.engine) as session:
        assert [session.get(Patient, p.id).next_checkin_at for p in on_plan] == [wednesday] * 3
        assert session.get(Patient, paused.id).next_checkin_at is None
        assert session.get(Patient, elsewhere.id).next_checkin_at == before_elsewhere
        plan = session.get(Plan, people["plan"].id)
        assert plan.weekdays == [2] and plan.send_time == time(9, 0)
    [event] = _events(services, "plan.update")
    assert event.detail["rescheduled"] == 3 and "weekdays" in event.detail["fields"]
    assert "moved for 3 patient(s)" in _html(admin.get("/admin/plans"))


def test_a_new_default_plan_takes_over_from_the_old_one(admin, services, people):
    response = post(admin, "/admin/plans/new", {**PLAN_FORM, "name": "Twice weekly", "weekdays": ["0", "3"]})
    assert response.status_code == 302
    with Session(services.engine) as session:
        plans = {p.name: p for p in session.exec(select(Plan)).all()}
    assert plans["Twice weekly"].is_default and not plans["Weekly"].is_default
    assert plans["Twice weekly"].weekdays == [0, 3]
    assert _events(services, "plan.create")[0].object_id == plans["Twice weekly"].id
    response = post(admin, f"/admin/plans/{plans['Twice weekly'].id}", {**PLAN_FORM, "name": "Weekly"})
    assert response.status_code == 422 and "another plan has this name" in _html(response)


def test_a_text_with_an_unknown_placeholder_is_refused_naming_it(admin, services):
    response = post(admin, "/admin/templates/mood/en", {"body": "Hi {first_name}, how is {pet_name}? 1-5"})
    html = _html(response)
    assert response.status_code == 422
    assert "unknown placeholder {pet_name}" in html and 'id="body-error"' in html
    assert "how is {pet_name}?" in html  # what was typed is kept
    with Session(services.engine) as session:
        assert session.exec(select(SmsTemplate)).all() == []


def test_saving_a_text_stores_the_clinic_wording(admin, services):
    response = post(admin, "/admin/templates/mood/es", {"body": "Hola {first_name}, ¿cómo está? Del 1 al 5."})
    assert response.status_code == 302
    with Session(services.engine) as session:
        [row] = session.exec(select(SmsTemplate)).all()
    assert (row.kind, row.language, row.body) == ("mood", "es", "Hola {first_name}, ¿cómo está? Del 1 al 5.")
    assert _events(services, "template.save")[0].detail == {"kind": "mood", "language": "es"}
    assert "¿cómo está?" in _html(admin.get("/admin/templates"))


def test_the_preview_renders_and_costs_the_text_as_typed(admin, services, people):
    response = _preview(admin, kind="thanks", language="en", body="Thanks {first_name} 🙏 from {clinic_name}")
    assert response.status_code == 200
    data = response.json
    assert data["body"] == "Thanks Alex 🙏 from Test Clinic"
    assert data["encoding"] == "UCS-2" and data["segments"] == 1 and data["error"] is None
    long = _preview(admin, kind="thanks", language="en", body="🙂 " + "word " * 30).json
    assert long["encoding"] == "UCS-2" and long["segments"] == 3
    plain = _preview(admin, kind="thanks", language="en", body="Thanks {first_name}").json
    assert plain["encoding"] == "GSM-7" and plain["segments"] == 1


def test_the_preview_names_an_unknown_placeholder(admin):
    response = _preview(admin, kind="mood", language="en", body="Hi {nickname}")
    assert response.status_code == 200
    assert "unknown placeholder {nickname}" in response.json["error"] and response.json["body"] is None


def test_the_preview_for_a_chosen_patient_uses_their_details_and_is_audited(admin, services, people):
    with transaction(services.engine) as session:
        maya = make_patient(session, people["bob"], now=NOW, first_name="Maya", language="es")
    data = _preview(admin, kind="open", language="en", body="{first_name}: tell {prescriber_name} anything",
                    patient=str(maya.id)).json
    assert data["body"] == "Maya: tell Dr. Bob Baker anything"
    [event] = _events(services, "template.preview")
    assert event.patient_id == maya.id
    assert _preview(admin, kind="open", language="en", body="x", patient="99999").status_code == 404


def test_the_preview_needs_the_csrf_header(admin):
    response = admin.post("/admin/templates/preview", json={"kind": "mood", "language": "en", "body": "x"})
    assert response.status_code == 400


def test_reset_to_default_removes_the_clinic_wording(admin, services):
    post(admin, "/admin/templates/help/en", {"body": "{clinic_name}: call {clinic_phone}. Crisis: 988."})
    assert "Reset to default" in _html(admin.get("/admin/templates/help/en"))
    response = post(admin, "/admin/templates/help/en/reset")
    assert response.status_code == 302
    with Session(services.engine) as session:
        assert session.exec(select(SmsTemplate)).all() == []
    assert _events(services, "template.reset")[0].detail["removed"] is True
    page = _html(admin.get("/admin/templates/help/en"))
    assert "Reset to default" not in page and "Msg&amp;data rates may apply" in page


def test_settings_refuse_a_bad_oncall_number_and_an_out_of_range_low_mood(admin, services):
    response = post(admin, "/admin/settings", {**SETTINGS_FORM, "name": "Renamed", "oncall_phone": "12345",
                                               "low_mood_max": "5", "idle_timeout_minutes": "300"})
    html = _html(response)
    assert response.status_code == 422
    assert 'id="oncall_phone-error"' in html
    assert re.search(r'id="oncall_phone-error">[^<]*(too short|wrong number of digits|not a valid)', html)
    assert 'id="low_mood_max-error">must be a whole number from 1 to 4' in html
    assert 'id="idle_timeout_minutes-error">must be a whole number from 5 to 120 minutes' in html
    with Session(services.engine) as session:
        clinic = session.exec(select(Clinic)).one()
    assert clinic.name == "Test Clinic" and clinic.low_mood_max == 2 and clinic.oncall_phone == "+12025550199"
    assert _events(services, "settings.update") == []


def test_settings_are_saved_normalised_and_audited(admin, services):
    response = post(admin, "/admin/settings", {**SETTINGS_FORM, "oncall_phone": "(202) 555-0188",
                                               "idle_timeout_minutes": "30", "show_medication_names": "1"})
    assert response.status_code == 302
    with Session(services.engine) as session:
        clinic = session.exec(select(Clinic)).one()
    assert clinic.oncall_phone == "+12025550188" and clinic.idle_timeout_minutes == 30
    assert clinic.show_medication_names is True
    [event] = _events(services, "settings.update")
    assert set(event.detail["fields"].split(",")) == {"oncall_phone", "idle_timeout_minutes", "show_medication_names"}


def _try(client, text, asked="open", medications="", language="en"):
    return post(client, "/admin/try", {"text": text, "asked": asked, "medications": medications,
                                       "language": language})


def _triage(html: str) -> str:
    return re.search(r'<span class="badge[^"]*">(\w+)</span>', html.split('id="result"')[1]).group(1)


def test_the_low_mood_level_changes_what_try_a_reply_reads(admin, services):
    html = _html(_try(admin, "3", asked="mood"))
    assert _triage(html) == "routine" and "Mood 3/5" in html
    assert post(admin, "/admin/settings", {**SETTINGS_FORM, "low_mood_max": "3"}).status_code == 302
    html = _html(_try(admin, "3", asked="mood"))
    assert _triage(html) == "high"
    assert "Escalated as high to the prescriber&#39;s inbox" in html and "Next question sent" in html


def test_try_a_reply_shows_the_crisis_action_and_highlights_the_words(admin, services):
    response = _try(admin, "honestly I want to kill myself", medications="sertraline")
    html = _html(response)
    assert response.status_code == 200 and _triage(html) == "urgent"
    assert "<mark>kill myself</mark>" in html and "Crisis language" in html
    assert "Crisis resources texted back at once; prescriber and on-call number alerted" in html
    with Session(services.engine) as session:
        assert session.exec(select(Message)).all() == [] and session.exec(select(Reading)).all() == []
    [event] = _events(services, "reply.try")
    assert event.detail == {"triage": "urgent"}  # the result, never the words


def test_try_a_reply_explains_opt_out_and_escapes_the_text(admin):
    html = _html(_try(admin, "STOP"))
    assert "Opt-out confirmation sent; check-ins stop" in html
    html = _html(_try(admin, "<script>alert(1)</script> a bit of nausea", asked="side_effects"))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    response = _try(admin, "   ")
    assert response.status_code == 422 and 'id="text-error"' in _html(response)


def _outbound(session, when, status, *, patient_id=None, code=None, detail=None, phone="+12025550123"):
    session.add(Message(direction="outbound", purpose="question", patient_id=patient_id, phone=phone,
                        body="a private question body", status=status, created_at=when, status_at=when,
                        error_code=code, error_detail=detail))


def _day_row(html: str, day: str) -> dict[str, int]:
    row = re.search(rf'<tr data-day="{day}"[^>]*>(.*?)</tr>', html, re.S).group(1)
    return {col: int(n) for col, n in re.findall(r'data-col="(\w+)">(\d+)<', row)}


def test_delivery_health_counts_texts_per_clinic_day_and_lists_failures(admin, services, people):
    with transaction(services.engine) as session:
        patient = make_patient(session, people["bob"], now=NOW)
        today, late_yesterday = NOW - timedelta(hours=1), datetime(2026, 2, 2, 4, 0, tzinfo=UTC)  # 23:00 Feb 1 EST
        for status in ("delivered", "delivered", "sent", "replied", "failed", "queued"):
            _outbound(session, today, status, patient_id=patient.id)
        _outbound(session, late_yesterday, "undelivered", patient_id=patient.id, code=30005,
                  detail="Unknown destination handset +12025550123")
        _outbound(session, late_yesterday, "cancelled", patient_id=patient.id)
        _outbound(session, NOW - timedelta(days=20), "delivered", patient_id=patient.id)  # outside the window
        _outbound(session, today, "failed", code=30007, phone="+12025550199")  # an alert to staff
        session.add(Message(direction="inbound", purpose="inbound", patient_id=patient.id, phone=patient.phone,
                            body="hi", status="received", created_at=today))
    response = admin.get("/admin/delivery")
    html = _html(response)
    assert response.status_code == 200
    assert _day_row(html, "2026-02-02") == dict(sent=2, delivered=2, undelivered=0, failed=2, waiting=1, cancelled=0)
    assert _day_row(html, "2026-02-01") == dict(sent=0, delivered=0, undelivered=1, failed=0, waiting=0, cancelled=1)
    assert len(re.findall(r'<tr data-day=', html)) == 14 and 'data-day="2026-01-19"' not in html
    failures = html.split('id="failures"')[1].split("</table>")[0]
    assert "<strong>30005</strong> unknown or inactive number" in failures and "<strong>30007</strong>" in failures
    assert f"patient #{patient.id}" in failures and "staff •••••••••99" in failures
    assert "private question body" not in html and "5550123" not in html and "+12025550199" not in html
    assert _events(services, "delivery.view")[0].detail == {"failures": 3}


def test_delivery_health_shows_the_queues_and_workers(admin, services):
    services.queue("checkins").enqueue("os.getcwd")
    html = _html(admin.get("/admin/delivery"))
    row = re.search(r'<tr data-queue="checkins">(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r"<td>(\w[\w-]*)</td>", row) == ["checkins", "1", "0", "0", "0", "0"]
    assert 'data-queue="checkins-urgent"' in html and 'id="no-workers"' in html


def test_delivery_health_survives_redis_being_down(admin, services, monkeypatch):
    def down(_self):
        raise redis_lib.ConnectionError("Redis is down")

    monkeypatch.setattr(Services, "redis", property(down))
    response = admin.get("/admin/delivery")
    assert response.status_code == 200
    html = _html(response)
    assert 'id="redis-down"' in html and "Redis cannot be reached" in html and 'id="days"' in html


def test_delivery_health_survives_an_unreachable_redis_server(admin, services, monkeypatch):
    monkeypatch.setitem(services.__dict__, "redis", redis_lib.Redis(port=1, socket_connect_timeout=1))
    response = admin.get("/admin/delivery")
    assert response.status_code == 200 and 'id="redis-down"' in _html(response)
