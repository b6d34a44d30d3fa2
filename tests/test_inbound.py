"""POST /sms/inbound: signed, stored first, idempotent, answered with TwiML, escalated."""

from __future__ import annotations

import threading
from datetime import timedelta
from xml.etree import ElementTree

import pytest
import time_machine
from sqlalchemy import text as sa_text
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import (
    Checkin,
    CheckinStatus,
    Escalation,
    EscalationMessage,
    Level,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reading,
)
from checkins.sending import Sender
from checkins.inbound import simulated_sms
from checkins.notify import take_in
from checkins.tick import create_due_checkins, enqueue_pending, send_reminders
from tests.conftest import AUTH_TOKEN, NOW, PUBLIC_URL
from tests.support.factories import make_patient
from tests.support.twilio_signing import signed_headers

URL = PUBLIC_URL + "/sms/inbound"
_sid = {"n": 0}


def _next_sid() -> str:
    _sid["n"] += 1
    return f"SM{_sid['n']:032d}"


def text(client, phone, body, *, sid=None, media=0, headers=None):
    """Posts a signed incoming text; returns (status code, [reply texts])."""
    params = {"MessageSid": sid or _next_sid(), "From": phone, "To": "+12025550100", "Body": body,
              "NumMedia": str(media)}
    response = client.post("/sms/inbound", data=params,
                           headers=signed_headers(AUTH_TOKEN, URL, params) if headers is None else headers)
    replies = []
    if response.status_code == 200:
        replies = [m.text or "" for m in ElementTree.fromstring(response.data).iter("Message")]
    return response.status_code, replies


@pytest.fixture
def patient(services, people):
    """Bob's patient Maya, with her Monday check-in's first question (mood) sent."""
    with transaction(services.engine) as session:
        p = make_patient(session, people["bob"], now=NOW - timedelta(days=7), first_name="Maya",
                         medications=(("lamotrigine", NOW.date() - timedelta(days=200)),))
    create_due_checkins(services.engine, NOW)
    with transaction(services.engine) as session:
        checkin = session.exec(select(Checkin)).one()
        checkin.status, checkin.sent_at, checkin.remind_at = CheckinStatus.SENT, NOW, NOW + timedelta(hours=24)
        session.exec(select(Message)).one().status = MessageStatus.SENT
    return p


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        yield


def _rows(services, model, *where):
    with Session(services.engine) as session:
        return session.exec(select(model).where(*where)).all()


def _checkin(services):
    return _rows(services, Checkin)[0]


def test_a_mood_answer_is_read_and_the_next_question_follows(client, services, patient):
    status, replies = text(client, patient.phone, "4")
    assert status == 200
    assert replies == ["Any side effects from your medication since we last asked? "
                       "Tell us in your own words, or reply NONE."]
    [reading] = _rows(services, Reading)
    assert (reading.asked, reading.mood, reading.triage) == ("mood", 4, "none")
    checkin = _checkin(services)
    assert checkin.status == CheckinStatus.PARTIAL and checkin.question_index == 1
    assert _rows(services, Escalation) == []


def test_a_whole_check_in_is_a_short_conversation(client, services, patient):
    assert "side effects" in text(client, patient.phone, "3")[1][0]
    assert "taking your medication" in text(client, patient.phone, "a bit of nausea")[1][0]
    assert "Anything else" in text(client, patient.phone, "yes every day")[1][0]
    assert text(client, patient.phone, "no")[1][0].startswith("Thank you, Maya")
    checkin = _checkin(services)
    assert checkin.status == CheckinStatus.ANSWERED
    asked = [r.asked for r in sorted(_rows(services, Reading), key=lambda r: r.message_id)]
    assert asked == ["mood", "side_effects", "adherence", "open"]
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.ROUTINE  # mood 3 and a side effect


def test_a_crisis_reply_gets_crisis_resources_at_once_and_alerts_the_prescriber(client, services, patient, people):
    status, replies = text(client, patient.phone, "honestly i dont want to be alive anymore")
    assert status == 200 and len(replies) == 1
    assert "988" in replies[0] and "911" in replies[0]
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.URGENT and "crisis" in escalation.reasons
    alerts = _rows(services, Message, Message.purpose == Purpose.ALERT)
    assert {a.phone for a in alerts} == {people["bob"].phone, people["clinic"].oncall_phone}
    for alert in alerts:
        assert "Maya" not in alert.body and "alive" not in alert.body
        assert alert.body.endswith(f"{PUBLIC_URL}/inbox/escalations/{escalation.id}")
        assert alert.enqueued_at is not None  # handed to the urgent queue right away
    assert _checkin(services).status in (CheckinStatus.PARTIAL, CheckinStatus.ANSWERED)


def test_crisis_resources_are_in_the_patients_language(client, services, people):
    with transaction(services.engine) as session:
        p = make_patient(session, people["bob"], now=NOW, language="es")
    _, replies = text(client, p.phone, "ya no quiero vivir")
    assert "988" in replies[0] and replies[0].startswith("Nos preocupa")


def test_a_red_flag_side_effect_tells_the_patient_to_call_now(client, services, patient):
    _, replies = text(client, patient.phone, "i have a new rash all over my chest and arms")
    assert "call Test Clinic now" in replies[0] and "911" in replies[0]
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.URGENT and "red_flag:rash" in escalation.reasons


def test_a_crisis_with_redis_down_is_still_answered_and_alerted_later(client, services, patient, monkeypatch):
    from redis.exceptions import ConnectionError as RedisConnectionError

    import worker.enqueue

    def down(*_a, **_k):
        raise RedisConnectionError("down")

    monkeypatch.setattr(worker.enqueue, "enqueue_sends", down)
    status, replies = text(client, patient.phone, "i want to kill myself")
    assert status == 200 and "988" in replies[0]
    alerts = _rows(services, Message, Message.purpose == Purpose.ALERT)
    assert alerts and all(a.status == MessageStatus.QUEUED and a.enqueued_at is None for a in alerts)
    # Redis is back: the next tick's hand-over pass sends the alerts on the urgent queue.
    monkeypatch.undo()
    enqueue_pending(services.engine, lambda batches: worker.enqueue.enqueue_sends(services, batches),
                    NOW + timedelta(minutes=6))
    assert all(a.enqueued_at is not None for a in _rows(services, Message, Message.purpose == Purpose.ALERT))
    queued = [job.args[0] for job in services.queue("checkins-urgent").jobs]
    assert sorted(i for ids in queued for i in ids) == sorted(a.id for a in alerts)


def test_a_replayed_message_sid_is_one_row_and_one_set_of_effects(client, services, patient):
    sid = _next_sid()
    first = text(client, patient.phone, "1 everything is awful", sid=sid)
    second = text(client, patient.phone, "1 everything is awful", sid=sid)
    assert first == second  # the retry gets the same answer
    assert len(_rows(services, Message, Message.direction == "inbound")) == 1
    assert len(_rows(services, EscalationMessage)) == 1
    assert _checkin(services).question_index == 1


def test_concurrent_deliveries_of_one_message_store_it_once(app, services, patient):
    sid = _next_sid()
    results = []
    barrier = threading.Barrier(3)

    def deliver():
        barrier.wait()
        results.append(text(app.test_client(), patient.phone, "2", sid=sid))

    threads = [threading.Thread(target=deliver) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r[0] for r in results] == [200, 200, 200]
    assert len(_rows(services, Message, Message.direction == "inbound")) == 1
    assert _checkin(services).question_index == 1


@pytest.mark.parametrize("headers", [{}, {"X-Twilio-Signature": "forged"}], ids=["unsigned", "forged"])
def test_unsigned_or_forged_texts_are_refused_and_not_stored(client, services, patient, headers):
    status, _ = text(client, patient.phone, "STOP", headers=headers)
    assert status == 403
    assert _rows(services, Message, Message.direction == "inbound") == []
    assert _rows(services, Patient)[0].status == PatientStatus.ACTIVE


@pytest.mark.parametrize("word", ["STOP", "stop.", "Unsubscribe", "BAJA", "stop texting me",
                                  "please take me off this list"])
def test_stop_opts_out_at_once_with_one_confirmation(client, services, patient, word):
    _, replies = text(client, patient.phone, word)
    assert len(replies) == 1 and "unsubscribed" in replies[0]
    p = _rows(services, Patient)[0]
    assert p.status == PatientStatus.OPTED_OUT and p.next_checkin_at is None
    # Nothing more until START: a second STOP and any other text get no answer.
    assert text(client, patient.phone, "STOP")[1] == []
    assert text(client, patient.phone, "i feel ok")[1] == []
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.ROUTINE and "opt_out" in escalation.reasons


def test_texts_queued_before_an_opt_out_are_not_sent(client, services, patient, fake_twilio):
    with transaction(services.engine) as session:
        p = session.get(Patient, patient.id)
        from checkins.outbox import queue_patient_text

        queued = queue_patient_text(session, p, "reminder", Purpose.REMINDER, NOW)
    text(client, patient.phone, "STOP")
    sender = Sender(engine=services.engine, transport=services.transport, limiter=services.rate_limiter,
                    sender_key="x", status_callback=None, now=lambda: NOW)
    assert sender.send_one(queued.id) == "skipped"
    assert fake_twilio.messages == []


@pytest.mark.parametrize("word", ["START", "unstop", "YES"])
def test_start_opts_back_in(client, services, patient, word):
    text(client, patient.phone, "STOP")
    _, replies = text(client, patient.phone, word)
    assert "check-ins are on again" in replies[0]
    p = _rows(services, Patient)[0]
    assert p.status == PatientStatus.ACTIVE and p.next_checkin_at is not None


@pytest.mark.parametrize("word", ["HELP", "info", "AYUDA"])
def test_help_answers_with_the_clinic_and_crisis_line_even_when_opted_out(client, services, patient, word):
    text(client, patient.phone, "STOP")
    _, replies = text(client, patient.phone, word)
    assert "Test Clinic" in replies[0] and "988" in replies[0] and "STOP" in replies[0]


def test_stop_about_a_medication_is_not_an_opt_out(client, services, patient):
    text(client, patient.phone, "I want to stop the lamotrigine, it makes me dizzy")
    assert _rows(services, Patient)[0].status == PatientStatus.ACTIVE
    [reading] = _rows(services, Reading)
    assert reading.adherence == "stopped" and reading.keyword is None


def test_a_crisis_from_an_opted_out_patient_is_escalated_but_not_answered(client, services, patient):
    text(client, patient.phone, "STOP")
    status, replies = text(client, patient.phone, "i am going to end my life tonight")
    assert status == 200 and replies == []
    levels = [e.level for e in _rows(services, Escalation)]
    assert levels == [Level.URGENT]


def test_a_text_from_an_unknown_number_is_stored_for_review_and_gets_nothing_back(client, services, patient):
    status, replies = text(client, "+12025550999", "hi is this dr bob? my name is X")
    assert status == 200 and replies == []
    [message] = _rows(services, Message, Message.direction == "inbound")
    assert message.patient_id is None and message.phone == "+12025550999"
    assert _rows(services, Reading)[0].reasons[0] == "unknown_sender"


@pytest.mark.parametrize("body, media", [("", 1), ("", 0), ("😶‍🌫️😶‍🌫️", 0), ("word " * 400, 0)],
                         ids=["picture", "empty", "emoji-only", "very-long"])
def test_unusual_bodies_are_stored_and_routed_to_a_person(client, services, patient, body, media):
    status, _ = text(client, patient.phone, body, media=media)
    assert status == 200
    [message] = _rows(services, Message, Message.direction == "inbound")
    assert message.body == body and message.num_media == media
    [escalation] = _rows(services, Escalation)
    assert escalation.level in (Level.ROUTINE, Level.HIGH, Level.URGENT)


def test_a_further_concerning_reply_joins_the_open_escalation_and_raises_it(client, services, patient):
    text(client, patient.phone, "3")
    text(client, patient.phone, "my face and lips are swelling up")
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.URGENT
    assert len(_rows(services, EscalationMessage)) == 2


def test_a_reply_with_no_pending_question_is_read_as_open(client, services, patient):
    with transaction(services.engine) as session:
        session.exec(select(Checkin)).one().status = CheckinStatus.ANSWERED
    text(client, patient.phone, "can i take ibuprofen with this?")
    [reading] = _rows(services, Reading)
    assert reading.asked == "open" and reading.triage == "routine"


def test_a_database_error_returns_500_and_leaves_nothing_half_written(client, services, patient, monkeypatch):
    import checkins.inbound

    def broken(*_a, **_k):
        raise RuntimeError("database went away mid-write")

    monkeypatch.setattr(checkins.inbound, "escalate", broken)
    client.application.config["PROPAGATE_EXCEPTIONS"] = False
    sid = _next_sid()
    status, _ = text(client, patient.phone, "1", sid=sid)
    assert status == 500
    # Stored (so nothing is lost) but not processed: no reading, no advance, no escalation.
    [message] = _rows(services, Message, Message.direction == "inbound")
    assert message.processed_at is None
    assert _rows(services, Reading) == [] and _checkin(services).question_index == 0
    monkeypatch.undo()
    status, replies = text(client, patient.phone, "1", sid=sid)  # Twilio's retry
    assert status == 200 and "side effects" in replies[0]
    assert len(_rows(services, Reading)) == 1


def test_the_clinics_low_mood_level_decides_what_counts_as_low(client, services, patient, people):
    with transaction(services.engine) as session:
        session.get(type(people["clinic"]), people["clinic"].id).low_mood_max = 3
    text(client, patient.phone, "3")
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.HIGH and "low_mood" in escalation.reasons


def test_settings_and_wording_changed_by_another_process_apply_to_the_very_next_text(client, services, patient,
                                                                                   people):
    # This process has read the settings (a first text); another writes straight to the database.
    text(client, "+12025550999", "hello?")
    with services.engine.begin() as conn:
        conn.execute(sa_text("UPDATE clinic SET low_mood_max = 3"))
        conn.execute(sa_text("INSERT INTO sms_template (kind, language, body, updated_at) "
                             "VALUES ('side_effects', 'en', 'Changed wording: any side effects?', :now)"),
                     {"now": NOW})
    _, replies = text(client, patient.phone, "3")
    assert replies == ["Changed wording: any side effects?"]
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.HIGH and "low_mood" in escalation.reasons
    with services.engine.begin() as conn:
        conn.execute(sa_text("DELETE FROM sms_template"))
    with transaction(services.engine) as session:
        checkin = session.exec(select(Checkin)).one()
        checkin.question_index = 0
    _, replies = text(client, patient.phone, "4")
    assert replies[0].startswith("Any side effects from your medication")  # the shipped wording again


def test_two_texts_from_one_patient_at_once_answer_two_questions_in_turn(app, services, patient):
    barrier, results = threading.Barrier(2), []

    def deliver(body):
        barrier.wait()
        results.append(text(app.test_client(), patient.phone, body))

    threads = [threading.Thread(target=deliver, args=(body,)) for body in ("4", "4")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r[1][0].split()[0] for r in results) == ["Any", "Have"]  # side effects, then adherence
    assert sorted(r.asked for r in _rows(services, Reading)) == ["mood", "side_effects"]
    assert _checkin(services).question_index == 2


def test_a_late_answer_after_the_reminder_still_attaches_to_its_check_in(client, services, patient):
    later = NOW + timedelta(hours=30)
    assert send_reminders(services.engine, later) == 1
    with time_machine.travel(later + timedelta(hours=2), tick=False):
        _, replies = text(client, patient.phone, "5")
    [reading] = _rows(services, Reading)
    assert reading.checkin_id == _checkin(services).id and reading.mood == 5
    assert "side effects" in replies[0]


def test_a_text_typed_into_the_simulator_takes_the_same_pipeline(services, patient):
    result = take_in(services, simulated_sms(patient.phone, "i want to end it all"))
    assert "988" in result.replies[0]
    [message] = _rows(services, Message, Message.direction == "inbound")
    assert message.provider_sid.startswith("SMsim") and message.processed_at is not None
    [escalation] = _rows(services, Escalation)
    assert escalation.level == Level.URGENT
    assert all(a.enqueued_at is not None for a in _rows(services, Message, Message.purpose == Purpose.ALERT))


def test_admins_read_texts_from_unknown_numbers_and_prescribers_cannot(client, services, patient):
    from tests.support.web import sign_in

    text(client, "+12025550999", "<b>this is Maya</b>, new phone, i want to die")
    sign_in(client, "bob@example.org")
    assert client.get("/admin/unknown").status_code == 404
    sign_in(client, "alice@example.org")
    page = client.get("/admin/unknown").get_data(as_text=True)
    assert "+12025550999" in page and "&lt;b&gt;this is Maya&lt;/b&gt;, new phone" in page
    assert "<b>this is Maya" not in page


def test_crisis_language_from_an_unknown_number_gets_crisis_resources_and_wakes_on_call(client, services, people):
    status, replies = text(client, "+12025550998", "this is maya from a new phone, i want to kill myself")
    assert status == 200 and len(replies) == 1 and "988" in replies[0] and "911" in replies[0]
    [alert] = _rows(services, Message, Message.purpose == Purpose.ALERT)
    assert alert.phone == people["clinic"].oncall_phone and alert.body.endswith("/admin/unknown")
    assert "maya" not in alert.body.lower() and alert.enqueued_at is not None
    [reading] = _rows(services, Reading)
    assert reading.crisis and reading.triage == "urgent" and reading.reasons[0] == "unknown_sender"
    assert _rows(services, Escalation) == []
