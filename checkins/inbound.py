"""Incoming texts: stored first, understood, answered, escalated. No Flask or RQ here.

Twilio retries a webhook it got no answer to, possibly concurrently, so
the provider's MessageSid is unique: a retry finds the stored message and
either finishes processing it or returns the replies already decided.
"""

from __future__ import annotations

import logging
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterator

from sqlalchemy import Connection, Row, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from checkins import clinic_cache
from checkins.clinic_cache import ClinicSettings
from checkins.db import transaction
from checkins.escalations import (
    OpenEscalation,
    escalate,
    queue_alert_texts,
    queue_alerts,
    unresolved_escalation,
)
from checkins.models import (
    Checkin,
    CheckinStatus,
    Clinic,
    Direction,
    Escalation,
    Level,
    Medication,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reading,
    User,
)
from checkins.outbox import outbound_values, text_context
from checkins.patients import set_status
from checkins.phones import try_normalize
from checkins.triage import Classification, Reply, Thresholds, classify

log = logging.getLogger(__name__)

LONG_MESSAGE = 1000  # characters; a person reads anything this long
_PENDING = (CheckinStatus.SENT, CheckinStatus.PARTIAL)
_REJOIN_WORDS = {"yes", "si", "sí"}  # YES opts back in only while opted out (spec: Keywords)
_LEVELS = {"urgent": Level.URGENT, "high": Level.HIGH, "routine": Level.ROUTINE}
M, P, K, U = Message.__table__, Patient.__table__, Checkin.__table__, User.__table__
C, E, Med = Clinic.__table__, Escalation.__table__, Medication.__table__
_SEPARATOR = "\x1f"  # between medication names in one aggregated column (names never hold control characters)


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
    with engine.connect() as bind:  # one pool checkout (and liveness ping) for both transactions
        message_id, patient_id, settings = _store(bind, sms, now)
        return _answer(bind, message_id, patient_id, settings, base_url, now)


def _answer(bind: Connection, message_id: int, patient_id: int | None, settings: ClinicSettings, base_url: str,
            now: datetime) -> InboundResult:
    """Processes a stored text once: understood, answered, escalated (a retry returns the replies decided)."""
    with transaction(bind) as session, session.no_autoflush:
        # Core statements on the session's connection, built once: this runs for
        # every text, and ORM loads and flushes cost more than the database work.
        # The rare paths (opt-out, opt-in, urgent alerts) still use the models.
        conn = session.connection()
        turn_row = None
        if patient_id:
            if bind.dialect.name == "postgresql":
                # Two texts from one patient are answered one after the other, each to its own
                # question. The lock is its own statement: the next one must start after the wait,
                # so that it reads the check-in as the other text left it. (SQLite's BEGIN
                # IMMEDIATE already runs one writer at a time.)
                conn.execute(_LOCK_PATIENT, {"pid": patient_id})
            turn_row = conn.execute(_TURN, {"pid": patient_id}).first()
        checkin = _Pending.of(turn_row)
        claimed = conn.execute(_CLAIM, {
            "mid": message_id, "now": now, "cid": checkin.id if checkin else None,
            "asked": checkin.asked if checkin else ("open" if turn_row else None),
        }).first()
        if claimed is None:
            # Processed already (a retry, or a concurrent delivery that held the lock first).
            replies = conn.execute(_REPLIES_TO, {"mid": message_id}).scalars().all()
            return InboundResult(message_id, list(replies), duplicate=True)
        inbound = _Inbound(message_id, claimed.body or "", claimed.num_media, claimed.phone)
        if turn_row is None:
            return _unknown_sender(session, settings, inbound, base_url, now)
        turn = _Turn(session, conn, settings, InboundResult(message_id), turn_row, inbound, checkin, now)
        return _process(turn, base_url)


def _store(bind: Connection, sms: InboundSMS, now: datetime) -> tuple[int, int | None, ClinicSettings]:
    """Saves the text before anything else, committed on its own; returns (message id, patient id, settings).

    One statement: INSERT ... ON CONFLICT DO NOTHING, so a retry, even one racing
    the first delivery, finds the row instead of adding a second; it looks up the
    sender and returns the clinic's settings stamp on the way. On PostgreSQL it runs
    in autocommit (a single statement is its own transaction: no BEGIN or COMMIT
    round trips); SQLite's writers queue on BEGIN IMMEDIATE as everywhere else.
    """
    settings = clinic_cache.cached(bind.engine)
    if settings is None:
        with transaction(bind) as session:
            settings = clinic_cache.load(session.connection())
    postgresql = bind.dialect.name == "postgresql"
    phone = _sender(sms, settings)
    with _own_transaction(bind, postgresql) as conn:
        stored = conn.execute(_STORE[postgresql], {
            "direction": Direction.INBOUND.value, "purpose": Purpose.INBOUND.value, "sender": phone,
            "body": sms.body, "status": MessageStatus.RECEIVED.value, "provider_sid": sms.sid,
            "num_media": sms.num_media, "attempts": 0, "created_at": now, "status_at": now,
        }).first()
        if stored is None:  # stored before: a retry
            stored = conn.execute(_STORED, {"sid": sms.sid}).one()
        if stored.settings_stamp != settings.stamp:
            region = settings.clinic.default_region
            settings = clinic_cache.load(conn)
            if settings.clinic.default_region != region and stored.processed_at is None:
                # The sender's number reads differently under the new default country.
                phone = _sender(sms, settings)
                stored = conn.execute(_RESTORE, {"mid": stored.id, "sender": phone}).one()
    return stored.id, stored.patient_id, settings


@contextmanager
def _own_transaction(bind: Connection, postgresql: bool) -> Iterator[Connection]:
    if postgresql:
        bind.execution_options(isolation_level="AUTOCOMMIT")
        try:
            with bind.begin():  # sends no BEGIN in autocommit; ends SQLAlchemy's own bookkeeping
                yield bind
        finally:
            bind.execution_options(isolation_level=bind.default_isolation_level)
    else:
        with bind.begin():
            yield bind


def _sender(sms: InboundSMS, settings: ClinicSettings) -> str:
    return try_normalize(sms.from_number, settings.clinic.default_region) or sms.from_number[:20]


def _turn_query():
    """The patient, their prescriber's name, active medications, pending check-in and unresolved escalation,
    in one statement."""
    pending = (select(K.c.id).where(K.c.patient_id == P.c.id, K.c.status.in_([s.value for s in _PENDING]))
               .order_by(K.c.slot_at.desc()).limit(1).correlate(P).scalar_subquery())
    medications = (select(func.aggregate_strings(Med.c.name, _SEPARATOR))
                   .where(Med.c.patient_id == P.c.id, Med.c.active.is_(True)).correlate(P).scalar_subquery())
    return (
        select(P.c.id, P.c.first_name, P.c.phone, P.c.language, P.c.status, P.c.prescriber_id, P.c.missed_in_row,
               U.c.name.label("prescriber_name"), medications.label("medications"), K.c.id.label("checkin_id"),
               K.c.questions, K.c.question_index, E.c.id.label("escalation_id"),
               E.c.level.label("escalation_level"), E.c.reasons.label("escalation_reasons"))
        .join(U, U.c.id == P.c.prescriber_id)
        .outerjoin(K, K.c.id == pending)
        .outerjoin(E, E.c.id == unresolved_escalation(P.c.id).correlate(P))
        .where(P.c.id == bindparam("pid"))
    )


# The statements every text runs, built once (indexed by "is PostgreSQL" where the dialects differ).
_SENDER_ID = select(P.c.id).where(P.c.phone == bindparam("sender")).scalar_subquery()
# The clinic's stamp comes back with the stored row: one round trip also tells whether the settings changed.
_STAMP = select(C.c.settings_stamp).order_by(C.c.id).limit(1).scalar_subquery().label("settings_stamp")
_STORE = {postgresql: (pg_insert if postgresql else sqlite_insert)(M)
          .values(phone=bindparam("sender"), patient_id=_SENDER_ID)
          .on_conflict_do_nothing(index_elements=[M.c.provider_sid])
          .returning(M.c.id, M.c.patient_id, M.c.processed_at, _STAMP) for postgresql in (False, True)}
_STORED = select(M.c.id, M.c.patient_id, M.c.processed_at, _STAMP).where(M.c.provider_sid == bindparam("sid"))
_RESTORE = (update(M).where(M.c.id == bindparam("mid")).values(phone=bindparam("sender"), patient_id=_SENDER_ID)
            .returning(M.c.id, M.c.patient_id, M.c.processed_at, _STAMP))
# PostgreSQL only. The same round trip switches this transaction to generic plans: psycopg
# prepares a statement once a connection has run it five times, but PostgreSQL would still
# plan each execution afresh for a while (custom plans). Every statement below is a lookup
# by key whose generic plan is the custom one. Skipping the planning lowered the webhook's
# p99 in A/B rounds on a loaded machine (bench/bench_inbound.py); it is kept to this
# transaction because the inbox's queries measured slower with generic plans.
_LOCK_PATIENT = select(
    func.set_config("plan_cache_mode", "force_generic_plan", True),
    select(P.c.id).where(P.c.id == bindparam("pid")).with_for_update().scalar_subquery(),
)
_TURN = _turn_query()
# Claiming the row (processed_at was NULL) is what makes a retry racing the first delivery a no-op.
_CLAIM = (update(M).where(M.c.id == bindparam("mid"), M.c.processed_at.is_(None))
          .values(processed_at=bindparam("now"), checkin_id=bindparam("cid"), question=bindparam("asked"))
          .returning(M.c.body, M.c.num_media, M.c.phone))
_REPLIES_TO = select(M.c.body).where(M.c.in_reply_to_id == bindparam("mid")).order_by(M.c.id)
_INSERT_MESSAGE = insert(M)
_INSERT_READING = insert(Reading.__table__)
_ANSWERED = update(P).where(P.c.id == bindparam("pid")).values(missed_in_row=0)
_NEXT_QUESTION = update(K).where(K.c.id == bindparam("kid")).values(
    status=CheckinStatus.PARTIAL.value, question_index=bindparam("index"), remind_at=None)
_CLOSE = update(K).where(K.c.id == bindparam("kid")).values(
    status=bindparam("status"), question_index=bindparam("index"), answered_at=bindparam("now"), remind_at=None)


@dataclass(frozen=True)
class _Inbound:
    id: int
    body: str
    num_media: int
    phone: str


@dataclass
class _Pending:
    """The check-in waiting for answers (late answers attach to it)."""

    id: int
    questions: list[str]
    question_index: int

    @classmethod
    def of(cls, row) -> "_Pending | None":
        return cls(row.checkin_id, list(row.questions), row.question_index) if row and row.checkin_id else None

    @property
    def asked(self) -> str:
        return self.questions[self.question_index] if self.question_index < len(self.questions) else "open"


@dataclass
class _Turn:
    """One incoming text from a patient being answered: what every reply needs, loaded once."""

    session: Session
    conn: Connection
    settings: ClinicSettings
    result: InboundResult
    patient: Row  # see _turn_query
    message: _Inbound
    checkin: _Pending | None
    now: datetime
    medications: list[str] = field(init=False)
    _context: dict | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.medications = sorted(filter(None, (self.patient.medications or "").split(_SEPARATOR)))

    def reply(self, kind: str, purpose: Purpose, *, question: str | None = None) -> None:
        """Answers the patient in their language inside the webhook response."""
        if self._context is None:
            self._context = text_context(self.settings.clinic, self.patient, None, self.medications,
                                         prescriber_name=self.patient.prescriber_name)
        _answer_with(self.conn, self.result, self.message.id, self.now, outbound_values(
            phone=self.patient.phone, kind=kind, language=self.patient.language, purpose=purpose,
            context=self._context, overrides=self.settings.templates, now=self.now,
            patient_id=self.patient.id, checkin_id=self.checkin.id if self.checkin else None, question=question,
        ))


def _answer_with(conn: Connection, result: InboundResult, message_id: int, now: datetime, values: dict) -> None:
    """Saves a text answered inside the webhook response (TwiML) to `message_id` and adds it to `result`."""
    conn.execute(_INSERT_MESSAGE, {**values, "status": MessageStatus.REPLIED.value, "in_reply_to_id": message_id,
                                   "sent_at": now, "status_at": now})
    result.replies.append(values["body"])


def _process(turn: _Turn, base_url: str) -> InboundResult:
    session, patient, message, checkin, now = turn.session, turn.patient, turn.message, turn.checkin, turn.now
    clinic = turn.settings.clinic
    asked = checkin.asked if checkin else "open"
    reading = classify(
        Reply(text=message.body, asked=asked, medications=tuple(turn.medications), language=patient.language),
        Thresholds(low_mood_max=clinic.low_mood_max),
    )
    triage, reasons = _adjusted(reading, message)
    turn.conn.execute(_INSERT_READING, dict(
        message_id=message.id, patient_id=patient.id, checkin_id=checkin.id if checkin else None, asked=asked,
        triage=triage, crisis=reading.crisis, keyword=reading.keyword, mood=reading.mood,
        adherence=reading.adherence, side_effects=list(reading.side_effects), reasons=reasons,
        matches=[list(m) for m in reading.matches], created_at=now,
    ))

    keyword = reading.keyword
    opted_out = patient.status == PatientStatus.OPTED_OUT
    if opted_out and message.body.strip().rstrip(".!").lower() in _REJOIN_WORDS:
        keyword = "start"
    if keyword == "stop":
        if not opted_out:
            _opt_out(session, patient.id, now)
            turn.reply("opt_out", Purpose.OPT_OUT)
    elif keyword == "start":
        if opted_out:
            set_status(session, session.get(Patient, patient.id), PatientStatus.ACTIVE, now)
        turn.reply("opt_in", Purpose.OPT_IN)
    elif keyword == "help":
        turn.reply("help", Purpose.HELP)
    elif not opted_out:
        _converse(turn, reading, triage)

    level = _LEVELS.get(triage)
    if level is not None:
        current = OpenEscalation(patient.escalation_id, patient.escalation_level, patient.escalation_reasons) \
            if patient.escalation_id else None
        escalation_id, became_urgent = escalate(session, patient, level, reasons, now, message.id,
                                                current=current)
        if became_urgent:
            turn.result.alert_ids = queue_alerts(session, session.get(Escalation, escalation_id), base_url, now)
    return turn.result


def _unknown_sender(session: Session, settings: ClinicSettings, message: _Inbound, base_url: str,
                    now: datetime) -> InboundResult:
    """Kept for an admin to read, and nothing about any patient goes back.

    Crisis language is the exception: whoever wrote it gets the crisis
    resources (nothing in them is patient data) and on-call is alerted, since
    an enrolled patient may be writing from a new phone.
    """
    result = InboundResult(message.id)
    clinic = settings.clinic
    conn = session.connection()
    reading = classify(Reply(text=message.body, asked="open"), Thresholds(low_mood_max=clinic.low_mood_max))
    conn.execute(_INSERT_READING, dict(
        message_id=message.id, asked="open", triage=Level.URGENT if reading.crisis else Level.ROUTINE,
        crisis=reading.crisis, side_effects=[], reasons=["unknown_sender", *reading.reasons],
        matches=[list(m) for m in reading.matches], created_at=now,
    ))
    log.info("inbound message %s from an unknown number stored for review", message.id)
    if not reading.crisis:
        return result
    _answer_with(conn, result, message.id, now, outbound_values(
        phone=message.phone, kind="crisis", language="en", purpose=Purpose.CRISIS,
        context=text_context(clinic, None, None), overrides=settings.templates, now=now))
    if clinic.oncall_phone:
        result.alert_ids = queue_alert_texts(session, {clinic.oncall_phone: None},
                                             f"{base_url.rstrip('/')}/admin/unknown", now)
    else:
        log.warning("crisis text %s from an unknown number: no on-call number to alert", message.id)
    return result


def _adjusted(reading: Classification, message: _Inbound) -> tuple[str, list[str]]:
    """Returns triage and reasons, raised to routine for what a person must read whatever the words."""
    triage, reasons = reading.triage, list(reading.reasons)
    extra = []
    if message.num_media:
        extra.append("media")
    if len(message.body) > LONG_MESSAGE:
        extra.append("long_message")
    if extra:
        reasons += [r for r in extra if r not in reasons]
        if triage == "none":
            triage = "routine"
    if reading.keyword == "stop" and "opt_out" not in reasons:
        reasons.append("opt_out")
    return triage, reasons


def _converse(turn: _Turn, reading: Classification, triage: str) -> None:
    """Answers within the check-in: crisis resources, red-flag advice, the next question, or thanks."""
    checkin = turn.checkin
    red_flag = any(r.startswith("red_flag:") for r in reading.reasons)
    if reading.crisis or red_flag:
        kind, purpose = ("crisis", Purpose.CRISIS) if reading.crisis else ("red_flag", Purpose.RED_FLAG)
        turn.reply(kind, purpose)
        if checkin is not None:
            # No further routine questions after a crisis; the care team takes over.
            _close(turn, complete=False)
        return
    if checkin is None:
        if triage != "none":
            turn.reply("thanks", Purpose.REPLY)
        return
    if turn.patient.missed_in_row:
        turn.conn.execute(_ANSWERED, {"pid": turn.patient.id})
    checkin.question_index += 1
    if checkin.question_index < len(checkin.questions):
        turn.conn.execute(_NEXT_QUESTION, {"kid": checkin.id, "index": checkin.question_index})
        question = checkin.questions[checkin.question_index]
        turn.reply(question, Purpose.QUESTION, question=question)
    else:
        _close(turn, complete=True)
        turn.reply("thanks", Purpose.REPLY)


def _close(turn: _Turn, *, complete: bool) -> None:
    checkin = turn.checkin
    answered_all = complete or checkin.question_index + 1 >= len(checkin.questions)
    status = CheckinStatus.ANSWERED if answered_all else CheckinStatus.PARTIAL
    turn.conn.execute(_CLOSE, {"kid": checkin.id, "status": status.value, "index": len(checkin.questions),
                               "now": turn.now})


def _opt_out(session: Session, patient_id: int, now: datetime) -> None:
    """Opts the patient out and cancels every text still waiting to go to them."""
    set_status(session, session.get(Patient, patient_id), PatientStatus.OPTED_OUT, now)
    session.connection().execute(
        update(M).where(M.c.patient_id == patient_id, M.c.status == MessageStatus.QUEUED.value,
                        M.c.direction == Direction.OUTBOUND.value)
        .values(status=MessageStatus.CANCELLED.value, error_detail="patient opted out", status_at=now)
    )
