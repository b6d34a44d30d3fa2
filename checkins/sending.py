"""Sending queued texts at most once, and reconciling sends a crash interrupted.

The database is the guard: a text is claimed (queued -> sending) by a
conditional UPDATE before the provider is called, so a repeated job or two
workers cannot send it twice. Opt-out, pause and quiet hours are checked
again here, at send time, whatever was true when the text was queued.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import update
from sqlmodel import Session, select

from checkins.models import (
    Checkin,
    CheckinStatus,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Plan,
    Purpose,
)
from checkins.patients import quiet_until, reschedule
from checkins.sms.transport import OutboundSMS, TransportError

log = logging.getLogger(__name__)

# A text given up after this many provider attempts (RQ retries the job in between).
MAX_ATTEMPTS = 6
# A claim older than this belongs to a worker that died mid-send.
STUCK_AFTER = timedelta(minutes=5)
# A queued text whose job was lost (Redis flushed, retries exhausted) is handed over again after this.
REQUEUE_AFTER = timedelta(minutes=30)
OPTED_OUT_CODE = 21610
UNUSABLE_NUMBER_CODES = {21211: "the provider says the number is invalid",
                         21614: "the provider says the number cannot receive texts",
                         30006: "the carrier says the number is a landline or unreachable"}

# Purposes held back for quiet hours and for paused patients; replies to a
# patient's own text (crisis, help, opt-out) always go at once.
_SCHEDULED = {Purpose.QUESTION.value, Purpose.REMINDER.value}
_QUIET_HOURS_APPLY = _SCHEDULED | {Purpose.REPLY.value}
_ALLOWED_WHEN_OPTED_OUT = {Purpose.OPT_OUT.value, Purpose.OPT_IN.value, Purpose.HELP.value}


class TransientSendError(Exception):
    """Some texts in a batch hit a transient provider error; raising it makes RQ retry the job."""


@dataclass
class SendOutcome:
    sent: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)     # not queued any more (already sent, cancelled)
    cancelled: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)    # quiet hours
    failed: list[int] = field(default_factory=list)      # permanent
    retry: list[int] = field(default_factory=list)       # transient


@dataclass
class Sender:
    """Everything a send needs; `now` is injectable so tests control time."""

    engine: object
    transport: object
    limiter: object
    sender_key: str
    status_callback: str | None
    now: Callable[[], datetime]
    concurrency: int = 8

    def _tx(self):
        from checkins.db import transaction

        return transaction(self.engine)

    def send_batch(self, message_ids: list[int]) -> SendOutcome:
        """Sends the given texts concurrently; raises TransientSendError if any must be retried."""
        outcome = SendOutcome()
        workers = max(1, min(self.concurrency, len(message_ids)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for message_id, result in zip(message_ids, pool.map(self.send_one, message_ids)):
                getattr(outcome, result).append(message_id)
        if outcome.retry:
            raise TransientSendError(f"{len(outcome.retry)} of {len(message_ids)} texts hit a transient error")
        return outcome

    def send_one(self, message_id: int) -> str:
        """Sends one text if it is still queued; returns what happened (a SendOutcome field name)."""
        with self._tx() as session:
            claim = self._claim(session, message_id)
        if isinstance(claim, str):
            return claim
        sms = OutboundSMS(to=claim.phone, body=claim.body, status_callback=self.status_callback)
        self.limiter.acquire(self.sender_key)
        try:
            sid = self.transport.send(sms)
        except TransportError as exc:
            return self._record_failure(message_id, exc)
        self._record_sent(message_id, sid, claim)
        return "sent"

    def _claim(self, session: Session, message_id: int) -> "_Claim | str":
        """Claims the text (queued -> sending) if it may go out now; else returns the verdict."""
        message = session.get(Message, message_id, with_for_update=_pg(session))
        if message is None or message.status != MessageStatus.QUEUED:
            return "skipped"
        now = self.now()
        patient = session.get(Patient, message.patient_id) if message.patient_id else None
        reason = _blocked(message, patient)
        if reason:
            message.status, message.error_detail, message.status_at = MessageStatus.CANCELLED, reason, now
            return "cancelled"
        plan = None
        if patient is not None and message.purpose in _QUIET_HOURS_APPLY:
            plan = session.get(Plan, patient.plan_id)
            held = quiet_until(patient, plan, now)
            if held is not None:
                # The tick hands it over again once not_before has passed.
                message.not_before = held
                message.enqueued_at = None
                return "deferred"
        claim = _Claim(phone=message.phone, body=message.body, purpose=message.purpose,
                       checkin_id=message.checkin_id, reminder_hours=plan.reminder_hours if plan else None)
        claimed = session.execute(
            update(Message)
            .where(Message.id == message_id, Message.status == MessageStatus.QUEUED)
            .values(status=MessageStatus.SENDING, claimed_at=now, attempts=Message.attempts + 1)
        ).rowcount
        session.expire(message)
        return claim if claimed == 1 else "skipped"

    def _record_sent(self, message_id: int, sid: str, claim: "_Claim") -> None:
        now = self.now()
        status = MessageStatus.DELIVERED if self.transport.name == "simulator" else MessageStatus.SENT
        with self._tx() as session:
            # Statements by id: nothing to load, the claim already read what is needed.
            session.execute(update(Message).where(Message.id == message_id).values(
                status=status, provider_sid=sid, sent_at=now, status_at=now, error_code=None, error_detail=None))
            if claim.checkin_id and claim.purpose == Purpose.QUESTION:
                if claim.reminder_hours is None:
                    _mark_checkin_sent(session, session.get(Message, message_id), now)
                else:
                    _checkin_sent(session, claim.checkin_id, now, claim.reminder_hours)

    def _record_failure(self, message_id: int, exc: TransportError) -> str:
        now = self.now()
        with self._tx() as session:
            message = session.get(Message, message_id)
            message.error_code, message.status_at = exc.code, now
            message.error_detail = str(exc)[:200]
            if not exc.permanent and message.attempts < MAX_ATTEMPTS:
                message.status = MessageStatus.QUEUED
                log.warning("transient send failure for message %s (code %s)", message_id, exc.code)
                return "retry"
            message.status = MessageStatus.FAILED
            if message.patient_id:
                apply_permanent_error(session, session.get(Patient, message.patient_id), exc.code, now)
            log.warning("send failed for message %s (code %s)", message_id, exc.code)
            return "failed"


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _blocked(message: Message, patient: Patient | None) -> str | None:
    """Returns why the text must not go out now, or None."""
    if patient is None:
        return None
    if patient.status == PatientStatus.OPTED_OUT and message.purpose not in _ALLOWED_WHEN_OPTED_OUT:
        return "patient opted out"
    if message.purpose in _SCHEDULED:
        if patient.status == PatientStatus.PAUSED:
            return "check-ins paused"
        if patient.consent_at is None:
            return "no consent on record"
        if patient.phone_problem:
            return "phone number unusable"
    return None


@dataclass(frozen=True)
class _Claim:
    """What the claim read that the send and its record need."""

    phone: str
    body: str
    purpose: str
    checkin_id: int | None
    reminder_hours: int | None  # the patient's plan's, when it was read


def _checkin_sent(session: Session, checkin_id: int, now: datetime, reminder_hours: int) -> None:
    """_mark_checkin_sent as one conditional UPDATE, the plan's reminder delay being known."""
    session.execute(
        update(Checkin)
        .where(Checkin.id == checkin_id, Checkin.status == CheckinStatus.SCHEDULED)
        .values(status=CheckinStatus.SENT, sent_at=now, remind_at=now + timedelta(hours=reminder_hours))
    )


def _mark_checkin_sent(session: Session, message: Message, now: datetime) -> None:
    if message.checkin_id and message.purpose == Purpose.QUESTION:
        checkin = session.get(Checkin, message.checkin_id)
        if checkin.status == CheckinStatus.SCHEDULED:
            checkin.status, checkin.sent_at = CheckinStatus.SENT, now
            plan = session.get(Plan, session.get(Patient, checkin.patient_id).plan_id)
            checkin.remind_at = now + timedelta(hours=plan.reminder_hours)


def apply_permanent_error(session: Session, patient: Patient | None, code: int | None, now: datetime) -> None:
    """Acts on a provider error code that says something about the patient's number."""
    if patient is None:
        return
    if code == OPTED_OUT_CODE and patient.status != PatientStatus.OPTED_OUT:
        patient.status, patient.status_changed_at = PatientStatus.OPTED_OUT, now
        reschedule(patient, session.get(Plan, patient.plan_id), now)
    elif code in UNUSABLE_NUMBER_CODES and not patient.phone_problem:
        patient.phone_problem = UNUSABLE_NUMBER_CODES[code]
        reschedule(patient, session.get(Plan, patient.plan_id), now)


def reconcile(engine, transport, now: datetime) -> dict[str, int]:
    """Settles texts a dead worker left in `sending`, and re-hands-over queued texts whose job was lost.

    A stuck send is looked up at the provider: if it arrived there it is
    marked sent; only if the provider has no record is it queued again.
    """
    from checkins.db import transaction

    counts = {"found": 0, "requeued": 0, "given_up": 0, "rehanded": 0}
    with transaction(engine) as session:
        stuck = session.exec(
            select(Message).where(Message.status == MessageStatus.SENDING, Message.claimed_at < now - STUCK_AFTER)
        ).all()
        for message in stuck:
            sid = transport.find_sent(message.phone, message.claimed_at - timedelta(minutes=1), message.body)
            if sid:
                message.status, message.provider_sid, message.sent_at, message.status_at = (
                    MessageStatus.SENT, sid, message.claimed_at, now)
                _mark_checkin_sent(session, message, now)
                counts["found"] += 1
            elif message.attempts >= MAX_ATTEMPTS:
                message.status, message.error_detail, message.status_at = (
                    MessageStatus.FAILED, "gave up after repeated interrupted sends", now)
                counts["given_up"] += 1
            else:
                message.status, message.enqueued_at = MessageStatus.QUEUED, None
                counts["requeued"] += 1
        counts["rehanded"] = session.execute(
            update(Message)
            .where(Message.status == MessageStatus.QUEUED, Message.enqueued_at < now - REQUEUE_AFTER)
            .values(enqueued_at=None)
        ).rowcount
    return counts
