"""Incoming texts: stored first, understood, answered, escalated. No Flask or RQ here.

Twilio retries a webhook it got no answer to, possibly concurrently, so
the provider's MessageSid is unique: a retry finds the stored message and
either finishes processing it or returns the replies already decided.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.escalations import escalate, queue_alert_texts, queue_alerts
from checkins.models import (
    Checkin,
    CheckinStatus,
    Direction,
    Level,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reading,
)
from checkins.outbox import (
    active_medication_names,
    get_clinic,
    outbound_values,
    patient_text_values,
    template_overrides,
    text_context,
)
from checkins.patients import set_status
from checkins.phones import try_normalize
from checkins.triage import Classification, Reply, Thresholds, classify

log = logging.getLogger(__name__)

LONG_MESSAGE = 1000  # characters; a person reads anything this long
_PENDING = (CheckinStatus.SENT, CheckinStatus.PARTIAL)
_REJOIN_WORDS = {"yes", "si", "sí"}  # YES opts back in only while opted out (spec: Keywords)
_LEVELS = {"urgent": Level.URGENT, "high": Level.HIGH, "routine": Level.ROUTINE}
M = Message.__table__


@dataclass(frozen=True)
class InboundSMS:
    sid: str
    from_number: str
    body: str
    num_media: int = 0


def simulated_sms(phone: str, body: str) -> InboundSMS:
    """A text typed into the simulator: same pipeline as Twilio's, with a simulator-made sid."""
    return InboundSMS(sid="SMsim" + uuid.uuid4().hex, from_number=phone, body=body)


@dataclass
class InboundResult:
    message_id: int
    replies: list[str] = field(default_factory=list)  # texts to answer with, in order
    alert_ids: list[int] = field(default_factory=list)  # queued staff alerts to hand to workers now
    duplicate: bool = False


def receive(engine, sms: InboundSMS, base_url: str, now: datetime) -> InboundResult:
    """Stores, then processes, one incoming text; safe to call again with the same sid."""
    message_id = _store(engine, sms, now)
    with transaction(engine) as session, session.no_autoflush:
        # No autoflush: the message, check-in and patient changes go out together at commit.
        message = session.get(Message, message_id, with_for_update=engine.dialect.name == "postgresql")
        if message.processed_at is not None:
            replies = session.exec(
                select(Message.body).where(Message.in_reply_to_id == message_id).order_by(Message.id)
            ).all()
            return InboundResult(message_id, list(replies), duplicate=True)
        return _process(session, message, base_url, now)


def _store(engine, sms: InboundSMS, now: datetime) -> int:
    """Saves the text in its own transaction before anything else; returns its id (the stored one on a retry).

    One INSERT ... ON CONFLICT DO NOTHING: a retry, even one racing the first
    delivery, finds the row instead of adding a second.
    """
    with transaction(engine) as session:
        clinic = get_clinic(session)
        phone = try_normalize(sms.from_number, clinic.default_region) or sms.from_number[:20]
        patient_id = session.exec(select(Patient.id).where(Patient.phone == phone)).first()
        dialect_insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
        stored = session.execute(
            dialect_insert(M).values(
                direction=Direction.INBOUND.value, purpose=Purpose.INBOUND.value, patient_id=patient_id,
                phone=phone, body=sms.body, status=MessageStatus.RECEIVED.value, provider_sid=sms.sid,
                num_media=sms.num_media, attempts=0, created_at=now, status_at=now,
            ).on_conflict_do_nothing(index_elements=[M.c.provider_sid]).returning(M.c.id)
        ).scalar()
        if stored is None:
            stored = session.exec(select(Message.id).where(Message.provider_sid == sms.sid)).one()
        return stored


def pending_checkin(session: Session, patient_id: int) -> Checkin | None:
    """Returns the newest check-in still waiting for answers (late answers attach to it)."""
    return session.exec(
        select(Checkin).where(Checkin.patient_id == patient_id, Checkin.status.in_(_PENDING))
        .order_by(Checkin.slot_at.desc())
    ).first()


@dataclass
class _Turn:
    """One incoming text being answered: what every reply needs, loaded once."""

    session: Session
    result: InboundResult
    patient: Patient
    message: Message
    now: datetime
    medications: list[str]

    def reply(self, kind: str, purpose: Purpose, *, checkin: Checkin | None = None,
              question: str | None = None) -> None:
        """Records a text answered inside the webhook response (TwiML) and adds it to the result."""
        values = patient_text_values(
            self.session, self.patient, kind, purpose, self.now, medications=self.medications,
            checkin_id=checkin.id if checkin else self.message.checkin_id, question=question,
            status=MessageStatus.REPLIED.value, in_reply_to_id=self.message.id, sent_at=self.now,
            status_at=self.now,
        )
        self.session.execute(insert(M).values(**values))
        self.result.replies.append(values["body"])


def _process(session: Session, message: Message, base_url: str, now: datetime) -> InboundResult:
    result = InboundResult(message.id)
    message.processed_at = now
    patient = session.get(Patient, message.patient_id) if message.patient_id else None
    if patient is None:
        return _unknown_sender(session, result, message, base_url, now)

    clinic = get_clinic(session)
    checkin = pending_checkin(session, patient.id)
    asked = checkin.questions[checkin.question_index] if checkin and checkin.question_index < len(
        checkin.questions) else "open"
    turn = _Turn(session, result, patient, message, now, active_medication_names(session, patient.id))
    reading = classify(
        Reply(text=message.body or "", asked=asked, medications=tuple(turn.medications), language=patient.language),
        Thresholds(low_mood_max=clinic.low_mood_max),
    )
    triage, reasons = _adjusted(reading, message)
    message.checkin_id = checkin.id if checkin else None
    message.question = asked
    # A plain INSERT: nothing reads the row back in this transaction, and model objects cost a millisecond.
    session.execute(insert(Reading.__table__).values(
        message_id=message.id, patient_id=patient.id, checkin_id=message.checkin_id, asked=asked, triage=triage,
        crisis=reading.crisis, keyword=reading.keyword, mood=reading.mood, adherence=reading.adherence,
        side_effects=list(reading.side_effects), reasons=reasons,
        matches=[list(m) for m in reading.matches], created_at=now,
    ))

    keyword = reading.keyword
    opted_out = patient.status == PatientStatus.OPTED_OUT
    if opted_out and (message.body or "").strip().rstrip(".!").lower() in _REJOIN_WORDS:
        keyword = "start"
    if keyword == "stop":
        if not opted_out:
            _opt_out(session, patient, now)
            turn.reply("opt_out", Purpose.OPT_OUT)
    elif keyword == "start":
        if opted_out:
            set_status(session, patient, PatientStatus.ACTIVE, now)
        turn.reply("opt_in", Purpose.OPT_IN)
    elif keyword == "help":
        turn.reply("help", Purpose.HELP)
    elif not opted_out:
        _converse(turn, checkin, reading, triage)

    level = _LEVELS.get(triage)
    if level is not None:
        escalation, became_urgent = escalate(session, patient, level, reasons, now, message.id)
        if became_urgent:
            result.alert_ids = queue_alerts(session, escalation, base_url, now)
    return result


def _unknown_sender(session: Session, result: InboundResult, message: Message, base_url: str,
                    now: datetime) -> InboundResult:
    """Kept for an admin to read, and nothing about any patient goes back.

    Crisis language is the exception: whoever wrote it gets the crisis
    resources (nothing in them is patient data) and on-call is alerted, since
    an enrolled patient may be writing from a new phone.
    """
    clinic = get_clinic(session)
    reading = classify(Reply(text=message.body or "", asked="open"), Thresholds(low_mood_max=clinic.low_mood_max))
    session.execute(insert(Reading.__table__).values(
        message_id=message.id, asked="open", triage=Level.URGENT if reading.crisis else Level.ROUTINE,
        crisis=reading.crisis, side_effects=[], reasons=["unknown_sender", *reading.reasons],
        matches=[list(m) for m in reading.matches], created_at=now,
    ))
    log.info("inbound message %s from an unknown number stored for review", message.id)
    if not reading.crisis:
        return result
    answer = outbound_values(phone=message.phone, kind="crisis", language="en", purpose=Purpose.CRISIS,
                             context=text_context(clinic, None, None), overrides=template_overrides(session), now=now)
    session.execute(insert(M).values({**answer, "status": MessageStatus.REPLIED.value, "status_at": now,
                                      "sent_at": now, "in_reply_to_id": message.id}))
    result.replies.append(answer["body"])
    if clinic.oncall_phone:
        result.alert_ids = queue_alert_texts(session, {clinic.oncall_phone: None},
                                             f"{base_url.rstrip('/')}/admin/unknown", now)
    else:
        log.warning("crisis text %s from an unknown number: no on-call number to alert", message.id)
    return result


def _adjusted(reading: Classification, message: Message) -> tuple[str, list[str]]:
    """Returns triage and reasons, raised to routine for what a person must read whatever the words."""
    triage, reasons = reading.triage, list(reading.reasons)
    extra = []
    if message.num_media:
        extra.append("media")
    if len(message.body or "") > LONG_MESSAGE:
        extra.append("long_message")
    if extra:
        reasons += [r for r in extra if r not in reasons]
        if triage == "none":
            triage = "routine"
    if reading.keyword == "stop" and "opt_out" not in reasons:
        reasons.append("opt_out")
    return triage, reasons


def _converse(turn: _Turn, checkin: Checkin | None, reading: Classification, triage: str) -> None:
    """Answers within the check-in: crisis resources, red-flag advice, the next question, or thanks."""
    red_flag = any(r.startswith("red_flag:") for r in reading.reasons)
    if reading.crisis or red_flag:
        kind, purpose = ("crisis", Purpose.CRISIS) if reading.crisis else ("red_flag", Purpose.RED_FLAG)
        turn.reply(kind, purpose)
        if checkin is not None:
            # No further routine questions after a crisis; the care team takes over.
            _close(checkin, turn.now, complete=False)
        return
    if checkin is None:
        if triage != "none":
            turn.reply("thanks", Purpose.REPLY)
        return
    turn.patient.missed_in_row = 0
    checkin.remind_at = None
    checkin.question_index += 1
    if checkin.question_index < len(checkin.questions):
        checkin.status = CheckinStatus.PARTIAL
        question = checkin.questions[checkin.question_index]
        turn.reply(question, Purpose.QUESTION, checkin=checkin, question=question)
    else:
        _close(checkin, turn.now, complete=True)
        turn.reply("thanks", Purpose.REPLY)


def _close(checkin: Checkin, now: datetime, *, complete: bool) -> None:
    answered_all = complete or checkin.question_index + 1 >= len(checkin.questions)
    checkin.status = CheckinStatus.ANSWERED if answered_all else CheckinStatus.PARTIAL
    checkin.question_index = len(checkin.questions)
    checkin.answered_at, checkin.remind_at = now, None


def _opt_out(session: Session, patient: Patient, now: datetime) -> None:
    """Opts the patient out and cancels every text still waiting to go to them."""
    set_status(session, patient, PatientStatus.OPTED_OUT, now)
    for queued in session.exec(select(Message).where(
        Message.patient_id == patient.id, Message.status == MessageStatus.QUEUED,
        Message.direction == Direction.OUTBOUND,
    )):
        queued.status, queued.error_detail, queued.status_at = MessageStatus.CANCELLED, "patient opted out", now
