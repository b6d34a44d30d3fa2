"""The prescriber's inbox over HTTP: queue, escalation and patient pages, actions, access, audit."""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.inbox import reason_words
from checkins.models import (
    AuditEvent,
    Cover,
    Escalation,
    EscalationStatus,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
)
from checkins.triage import Reply, classify
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.support.web import post, sign_in
from tests.test_inbound import text


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def scene(client, services, people, clock):
    """Bob: Maya (crisis, urgent), Leo (mood 2, high), both older routine Ann; Carol: Zoe (routine)."""
    with transaction(services.engine) as session:
        ann = make_patient(session, people["bob"], now=NOW, first_name="Ann")
        maya = make_patient(session, people["bob"], now=NOW, first_name="Maya",
                            medications=(("lamotrigine", date(2026, 1, 20)),), birth_date=date(1990, 5, 1))
        leo = make_patient(session, people["bob"], now=NOW, first_name="Leo")
        zoe = make_patient(session, people["carol"], now=NOW, first_name="Zoe")
    text(client, ann.phone, "can i take ibuprofen with it?")
    clock.shift(timedelta(minutes=5))
    text(client, leo.phone, "mood 2/5, feeling pretty low")
    clock.shift(timedelta(minutes=5))
    text(client, maya.phone, "honestly I want to kill myself")
    text(client, zoe.phone, "a bit of nausea")
    with Session(services.engine) as session:
        by_patient = {e.patient_id: e.id for e in session.exec(select(Escalation)).all()}
    return {"ann": ann, "maya": maya, "leo": leo, "zoe": zoe,
            "escalation": {name: by_patient[p.id] for name, p in
                           (("ann", ann), ("maya", maya), ("leo", leo), ("zoe", zoe))}}


def _html(response) -> str:
    return response.get_data(as_text=True)


def _events(services, action):
    with Session(services.engine) as session:
        return session.exec(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_the_queue_puts_urgent_first_then_high_then_routine(client, scene):
    sign_in(client, "bob@example.org")
    html = _html(client.get("/inbox"))
    rows = re.findall(r'data-escalation="(\d+)"', html)
    e = scene["escalation"]
    assert rows == [str(e["maya"]), str(e["leo"]), str(e["ann"])]  # Carol's Zoe is not Bob's
    assert "Crisis language" in html and "Mood 2/5" in html and "Question for the prescriber" in html
    assert "<mark>kill myself</mark>" in html
    counts = client.get("/inbox/poll.json").json["counts"]
    assert counts == {"urgent": 1, "high": 1, "routine": 1}


def test_within_a_level_the_oldest_comes_first(client, services, people, scene, clock):
    with transaction(services.engine) as session:
        newer = make_patient(session, people["bob"], now=NOW, first_name="Newer")
    clock.shift(timedelta(minutes=1))
    text(client, newer.phone, "i have been thinking about ending my life")
    sign_in(client, "bob@example.org")
    rows = re.findall(r'data-escalation="(\d+)"', _html(client.get("/inbox?level=urgent")))
    assert rows[0] == str(scene["escalation"]["maya"]) and len(rows) == 2


def test_filters_by_level_status_and_patient(client, scene):
    sign_in(client, "bob@example.org")
    e = scene["escalation"]
    assert re.findall(r'data-escalation="(\d+)"', _html(client.get("/inbox?level=high"))) == [str(e["leo"])]
    assert re.findall(r'data-escalation="(\d+)"',
                      _html(client.get(f"/inbox?patient={scene['ann'].id}"))) == [str(e["ann"])]
    assert "Nothing waiting" in _html(client.get("/inbox?status=resolved"))


def test_an_urgent_item_unacknowledged_past_fifteen_minutes_stands_out(client, scene, clock):
    sign_in(client, "bob@example.org")
    assert "overdue" not in re.search(r"<tr class=\"level-urgent[^\"]*\"", _html(client.get("/inbox"))).group(0)
    clock.shift(timedelta(minutes=16))
    sign_in(client, "bob@example.org")
    assert re.search(r'<tr class="level-urgent overdue"', _html(client.get("/inbox")))


def test_a_new_urgent_item_changes_what_the_poll_reports(client, services, people, scene, clock):
    sign_in(client, "bob@example.org")
    first = client.get("/inbox/poll.json").json
    clock.shift(timedelta(minutes=1))
    text(client, scene["ann"].phone, "i took all my pills, i want to die")
    second = client.get("/inbox/poll.json").json
    assert second["changed"] != first["changed"] and second["counts"]["urgent"] == 2
    rows = _html(client.get("/inbox/rows"))
    assert rows.count('class="level-urgent') == 2


def test_the_escalation_page_tells_the_whole_story(client, services, scene):
    sign_in(client, "bob@example.org")
    html = _html(client.get(f"/inbox/escalations/{scene['escalation']['maya']}"))
    assert "Maya Doe" in html and "· 35 y" in html
    assert "lamotrigine — started or changed 20 Jan 2026" in html
    with Session(services.engine) as session:
        next_at = session.get(Patient, scene["maya"].id).next_checkin_at.astimezone(ZoneInfo("America/New_York"))
    assert next_at.strftime("%a %-d %b %Y, 10:00 EST") in html  # next check-in in the patient's zone
    assert scene["maya"].phone not in html and scene["maya"].phone[-2:] in html
    assert 'class="msg inbound trigger"' in html and "<mark>kill myself</mark>" in html
    assert "988" in html  # the crisis text the patient got back is in the thread
    for chart in ("mood-chart", "side-effects-chart", "adherence-chart"):
        assert f'id="{chart}"' in html
    assert "<title id=\"mood-title\">" in html
    assert _events(services, "escalation.view")


def test_charts_show_mood_the_low_band_and_medication_changes(client, services, people, clock):
    with transaction(services.engine) as session:
        p = make_patient(session, people["bob"], now=NOW - timedelta(days=30), first_name="Kim",
                         medications=(("sertraline", (NOW - timedelta(days=20)).date()),))
    for days_ago, reply in ((21, "mood 4"), (14, "mood 3"), (7, "mood 2, bad week")):
        clock.move_to(NOW - timedelta(days=days_ago))
        text(client, p.phone, reply)
    clock.move_to(NOW)
    sign_in(client, "bob@example.org")
    with Session(services.engine) as session:
        escalation = session.exec(select(Escalation)).one()
    html = _html(client.get(f"/inbox/escalations/{escalation.id}"))
    assert html.count('class="mood-point') == 3 and html.count('class="mood-point low"') == 1
    assert "3 mood answers in 12 weeks; latest 2/5, lowest 2/5; 1 in the low band" in html
    assert "sertraline started or changed 13 Jan" in html


def test_showing_the_phone_number_is_audited(client, services, scene):
    sign_in(client, "bob@example.org")
    e = scene["escalation"]["maya"]
    html = _html(post(client, f"/patients/{scene['maya'].id}/phone", {"escalation": str(e)}))
    assert f'<span id="phone">{scene["maya"].phone}</span>' in html
    [event] = _events(services, "patient.phone_reveal")
    assert event.patient_id == scene["maya"].id


def test_acknowledge_then_resolve_with_a_note(client, services, scene, people):
    sign_in(client, "bob@example.org")
    e = scene["escalation"]["maya"]
    assert post(client, f"/inbox/escalations/{e}/acknowledge").status_code == 302
    refused = post(client, f"/inbox/escalations/{e}/resolve", {"note": "   "})
    assert refused.status_code == 422 and "A note is required" in _html(refused)
    with Session(services.engine) as session:
        assert session.get(Escalation, e).status == EscalationStatus.ACKNOWLEDGED
    post(client, f"/inbox/escalations/{e}/resolve", {"note": "Called patient, safety plan, seen today"})
    with Session(services.engine) as session:
        escalation = session.get(Escalation, e)
    assert escalation.status == EscalationStatus.RESOLVED and escalation.resolved_by_id == people["bob"].id
    assert escalation.resolution_note == "Called patient, safety plan, seen today" and not escalation.false_alarm
    assert [len(_events(services, a)) for a in ("escalation.acknowledge", "escalation.resolve")] == [1, 1]
    assert "Nothing waiting" not in _html(client.get("/inbox"))  # the others remain
    assert str(e) not in re.findall(r'data-escalation="(\d+)"', _html(client.get("/inbox")))


def test_a_false_alarm_is_kept_and_flagged(client, services, scene):
    sign_in(client, "bob@example.org")
    e = scene["escalation"]["leo"]
    post(client, f"/inbox/escalations/{e}/resolve", {"note": "Joke between friends", "false_alarm": "1"})
    with Session(services.engine) as session:
        escalation = session.get(Escalation, e)
    assert escalation.status == EscalationStatus.RESOLVED and escalation.false_alarm
    assert _events(services, "escalation.false_alarm")


def test_replying_queues_a_text_through_the_normal_sender(client, services, scene):
    sign_in(client, "bob@example.org")
    e = scene["escalation"]["leo"]
    response = post(client, f"/inbox/escalations/{e}/reply", {"body": "Hi Leo, I will call you at 2pm."})
    assert response.status_code == 302
    with Session(services.engine) as session:
        [message] = session.exec(select(Message).where(Message.purpose == Purpose.REPLY,
                                                       Message.user_id.is_not(None))).all()
    assert message.status == MessageStatus.QUEUED and message.phone == scene["leo"].phone
    assert message.not_before is None
    assert _events(services, "patient.reply")[0].object_id == message.id


def test_a_reply_in_quiet_hours_is_held_with_a_warning(client, services, scene, clock):
    clock.move_to(NOW.replace(hour=3))  # 22:00 in New York
    sign_in(client, "bob@example.org")
    page = _html(client.get(f"/patients/{scene['leo'].id}"))
    assert "quiet hours for this patient" in page
    post(client, f"/patients/{scene['leo'].id}/reply", {"body": "Call me tomorrow please"})
    with Session(services.engine) as session:
        message = session.exec(select(Message).where(Message.purpose == Purpose.REPLY,
                                                     Message.user_id.is_not(None))).one()
    assert message.not_before is not None and message.not_before.hour == 13  # 08:00 EST


def test_an_opted_out_patient_cannot_be_texted(client, services, scene):
    text(client, scene["leo"].phone, "STOP")
    sign_in(client, "bob@example.org")
    page = _html(client.get(f"/patients/{scene['leo'].id}"))
    assert "opted out of texts" in page
    refused = post(client, f"/patients/{scene['leo'].id}/reply", {"body": "hello?"})
    assert refused.status_code == 422 and "nothing was sent" in _html(refused)
    with Session(services.engine) as session:
        assert session.exec(select(Message).where(Message.purpose == Purpose.REPLY,
                                                  Message.user_id.is_not(None))).all() == []


def test_pausing_check_ins(client, services, scene):
    sign_in(client, "bob@example.org")
    post(client, f"/patients/{scene['ann'].id}/pause")
    with Session(services.engine) as session:
        patient = session.get(Patient, scene["ann"].id)
    assert patient.status == PatientStatus.PAUSED and patient.next_checkin_at is None
    assert _events(services, "patient.pause")


def test_patient_text_is_shown_inert(client, services, people, clock):
    with transaction(services.engine) as session:
        p = make_patient(session, people["bob"], now=NOW, first_name='<img src=x onerror="alert(1)">')
    text(client, p.phone, '<script>alert("x")</script> i want to die')
    sign_in(client, "bob@example.org")
    with Session(services.engine) as session:
        escalation = session.exec(select(Escalation)).one()
    for html in (_html(client.get("/inbox")), _html(client.get(f"/inbox/escalations/{escalation.id}")),
                 _html(client.get(f"/patients/{p.id}"))):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;" in html and "alert(&#34;x&#34;)" in html


# Every route that shows or changes patient data, for the cross-prescriber checks.
ROUTES = [
    ("get", "/inbox/escalations/{e}"),
    ("get", "/patients/{p}"),
    ("post", "/inbox/escalations/{e}/acknowledge"),
    ("post", "/inbox/escalations/{e}/resolve"),
    ("post", "/inbox/escalations/{e}/reply"),
    ("post", "/patients/{p}/reply"),
    ("post", "/patients/{p}/pause"),
    ("post", "/patients/{p}/resume"),
    ("post", "/patients/{p}/phone"),
]


def _call(client, method, path, scene):
    url = path.format(e=scene["escalation"]["maya"], p=scene["maya"].id)
    if method == "get":
        return client.get(url)
    return post(client, url, {"note": "x", "body": "hello"})


@pytest.mark.parametrize("method, path", ROUTES)
def test_another_prescribers_patients_are_not_found(client, services, scene, method, path):
    sign_in(client, "carol@example.org")
    assert _call(client, method, path, scene).status_code == 404
    with Session(services.engine) as session:
        assert session.get(Escalation, scene["escalation"]["maya"]).status == EscalationStatus.OPEN
        assert session.get(Patient, scene["maya"].id).status == PatientStatus.ACTIVE
    # Nor do Bob's items show in Carol's queue, counts or filters.
    assert re.findall(r'data-escalation="(\d+)"', _html(client.get(f"/inbox?patient={scene['maya'].id}"))) == []
    assert client.get("/inbox/poll.json").json["counts"] == {"urgent": 0, "high": 0, "routine": 1}


@pytest.mark.parametrize("method, path", ROUTES)
def test_a_colleague_covering_sees_and_acts(client, services, people, scene, method, path):
    with transaction(services.engine) as session:
        session.add(Cover(prescriber_id=people["bob"].id, covering_id=people["carol"].id,
                          starts_on=NOW.date() - timedelta(days=1), ends_on=NOW.date() + timedelta(days=7)))
    sign_in(client, "carol@example.org")
    assert _call(client, method, path, scene).status_code in (200, 302, 422)


def test_cover_ends_on_its_last_day(client, services, people, scene, clock):
    with transaction(services.engine) as session:
        session.add(Cover(prescriber_id=people["bob"].id, covering_id=people["carol"].id,
                          starts_on=NOW.date() - timedelta(days=7), ends_on=NOW.date() - timedelta(days=1)))
    sign_in(client, "carol@example.org")
    assert client.get(f"/patients/{scene['maya'].id}").status_code == 404


def test_admins_browse_and_export_the_audit_trail(client, services, scene):
    sign_in(client, "bob@example.org")
    client.get(f"/inbox/escalations/{scene['escalation']['maya']}")
    assert client.get("/admin/audit").status_code == 404  # prescribers do not
    sign_in(client, "alice@example.org")
    html = _html(client.get(f"/admin/audit?patient={scene['maya'].id}"))
    assert "escalation.view" in html and "bob@example.org" in html
    csv_text = _html(client.get("/admin/audit.csv"))
    header, *lines = csv_text.strip().splitlines()
    assert header == "id,at,user,action,object_type,object_id,patient_id,ip,detail"
    assert any(",bob@example.org,escalation.view,escalation," in line for line in lines)
    assert _events(services, "audit.export")


def test_audit_rows_cannot_be_edited_or_deleted(services, scene, client):
    sign_in(client, "bob@example.org")
    with Session(services.engine) as session:
        event = session.exec(select(AuditEvent)).first()
        event.action = "nothing to see"
        with pytest.raises(DBAPIError):
            session.commit()
    with pytest.raises(DBAPIError):
        with transaction(services.engine) as session:
            session.delete(session.exec(select(AuditEvent)).first())


def test_a_relatives_warning_symptom_is_read_as_theirs_and_said_so():
    reading = classify(Reply(text="my grandma had a seizure yesterday, scary. i'm fine tho"))
    assert reading.triage == "routine" and reading.reasons == ("third_party_symptom",)
    assert reason_words("third_party_symptom") == "Someone else's warning symptom"
