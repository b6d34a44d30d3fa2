"""The every-minute tick: turn due slots into check-ins and hand queued texts to workers.

Safe to run twice at once or again after a crash: due patients are claimed
under a row lock (PostgreSQL: SKIP LOCKED; SQLite: one writer at a time),
a check-in is unique per (patient, slot), and a text is only marked handed
over after the hand-over to Redis succeeded.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Iterable

from sqlalchemy import insert, or_, select, update, bindparam
from sqlalchemy.engine import Engine
from sqlmodel import Session

from checkins.db import transaction
from checkins.models import (
    Checkin,
    CheckinStatus,
    Level,
    Medication,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Plan,
    Purpose,
    User,
)
from checkins.escalations import escalate
from checkins.outbox import get_clinic, outbound_values, queue_patient_text, template_overrides, text_context
from checkins.plans import cadence_for
from checkins.schedule import next_checkin_at

# A slot found this late (the system was down) is recorded as skipped, not texted:
# a check-in arriving half a day late reads as noise and breaks the cadence.
STALE_AFTER = timedelta(hours=6)
CLAIM_BATCH = 1000
ENQUEUE_BATCH = 5000
SEND_BATCH = 20  # texts per send job; a job sends them concurrently under the rate limit
URGENT_PURPOSES = {Purpose.ALERT.value, Purpose.CRISIS.value, Purpose.RED_FLAG.value}

# enqueue(queue_name, [message ids]) hands one batch to the workers; raises on failure.
Enqueue = Callable[[list[tuple[str, list[int]]]], None]

P = Patient.__table__
M = Message.__table__
C = Checkin.__table__


@dataclass
class TickResult:
    checkins_created: int = 0
    slots_skipped: int = 0
    messages_enqueued: int = 0


def _lock(session: Session, query):
    """Adds FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite already runs one writer at a time."""
    if session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


def create_due_checkins(engine: Engine, now: datetime, batch_size: int = CLAIM_BATCH) -> TickResult:
    """Creates a check-in and its first question for every patient due at `now`; returns counts."""
    result = TickResult()
    while True:
        with transaction(engine) as session:
            created, skipped, claimed = _create_batch(session, now, batch_size)
        result.checkins_created += created
        result.slots_skipped += skipped
        if claimed < batch_size:
            return result


def _create_batch(session: Session, now: datetime, limit: int) -> tuple[int, int, int]:
    rows = session.execute(
        _lock(session, select(
            P.c.id, P.c.first_name, P.c.phone, P.c.timezone, P.c.language, P.c.prescriber_id,
            P.c.plan_id, P.c.medication_changed_on, P.c.next_checkin_at, P.c.status,
            P.c.consent_at, P.c.phone_problem,
        ).where(P.c.next_checkin_at <= now).order_by(P.c.next_checkin_at).limit(limit))
    ).all()
    if not rows:
        return 0, 0, 0
    clinic = get_clinic(session)
    overrides = template_overrides(session)
    plans = {p.id: p for p in session.scalars(select(Plan))}
    cadences = {pid: cadence_for(p) for pid, p in plans.items()}
    prescribers = {u.id: u for u in session.scalars(select(User).where(User.id.in_({r.prescriber_id for r in rows})))}
    meds: dict[int, list[str]] = defaultdict(list)
    if clinic.show_medication_names:
        for pid, name in session.execute(
            select(Medication.patient_id, Medication.name)
            .where(Medication.patient_id.in_([r.id for r in rows]), Medication.active == True)  # noqa: E712
            .order_by(Medication.name)
        ):
            meds[pid].append(name)

    checkins, advances, firsts = [], [], []
    for r in rows:
        if r.status != PatientStatus.ACTIVE or r.consent_at is None or r.phone_problem:
            advances.append({"pid": r.id, "nxt": None, "last": None})  # should not be scheduled at all
            continue
        plan = plans[r.plan_id]
        slot = r.next_checkin_at
        stale = now - slot > STALE_AFTER
        checkins.append({
            "patient_id": r.id, "slot_at": slot, "questions": list(plan.questions), "question_index": 0,
            "status": (CheckinStatus.SKIPPED if stale else CheckinStatus.SCHEDULED).value, "created_at": now,
        })
        nxt = next_checkin_at(cadences[r.plan_id], r.timezone, max(slot, now), r.medication_changed_on)
        advances.append({"pid": r.id, "nxt": nxt, "last": slot})
        if not stale:
            firsts.append(r)

    _close_previous(session, [c["patient_id"] for c in checkins], plans, now)
    ids = {}
    if checkins:
        for cid, pid in session.execute(
            insert(C).returning(C.c.id, C.c.patient_id, sort_by_parameter_order=True), checkins
        ):
            ids[pid] = cid
    messages = []
    for r in firsts:
        question = plans[r.plan_id].questions[0]
        context = text_context(clinic, _Recipient(r), prescribers.get(r.prescriber_id), meds.get(r.id, ()))
        messages.append(outbound_values(
            phone=r.phone, kind=question, language=r.language, purpose=Purpose.QUESTION,
            context=context, overrides=overrides, now=now,
            patient_id=r.id, checkin_id=ids[r.id], question=question,
        ))
    if messages:
        session.execute(insert(M), messages)
    session.execute(
        update(P).where(P.c.id == bindparam("pid"))
        .values(next_checkin_at=bindparam("nxt"), last_checkin_at=bindparam("last")),
        advances,
    )
    return len(firsts), len(checkins) - len(firsts), len(rows)


def _close_previous(session: Session, patient_ids: list[int], plans: dict[int, Plan], now: datetime) -> None:
    """Marks check-ins nobody answered before the next slot as missed, and escalates a run of them."""
    if not patient_ids:
        return
    missed = session.execute(
        update(C).where(C.c.patient_id.in_(patient_ids),
                        C.c.status.in_([CheckinStatus.SENT.value, CheckinStatus.SCHEDULED.value]))
        .values(status=CheckinStatus.MISSED.value, remind_at=None).returning(C.c.id, C.c.patient_id)
    ).all()
    if not missed:
        return
    # A question never sent (e.g. held by quiet hours) must not arrive after the new one.
    session.execute(update(M).where(M.c.checkin_id.in_([m.id for m in missed]),
                                    M.c.status == MessageStatus.QUEUED.value)
                    .values(status=MessageStatus.CANCELLED.value, error_detail="superseded by the next check-in"))
    missed_pids = sorted({m.patient_id for m in missed})
    session.execute(update(P).where(P.c.id.in_(missed_pids)).values(missed_in_row=P.c.missed_in_row + 1))
    for patient in session.scalars(select(Patient).where(Patient.id.in_(missed_pids))):
        if patient.missed_in_row >= plans[patient.plan_id].missed_threshold:
            escalate(session, patient, Level.ROUTINE, ["not_responding"], now)


def send_reminders(engine: Engine, now: datetime) -> int:
    """Queues the one gentle reminder for check-ins with no reply after the plan's delay; returns how many."""
    with transaction(engine) as session:
        due = session.scalars(_lock(session, select(Checkin).where(
            Checkin.status == CheckinStatus.SENT, Checkin.remind_at <= now,
        ))).all()
        for checkin in due:
            checkin.remind_at, checkin.reminded_at = None, now
            patient = session.get(Patient, checkin.patient_id)
            queue_patient_text(session, patient, "reminder", Purpose.REMINDER, now, checkin_id=checkin.id)
        return len(due)


class _Recipient:
    """The two patient fields text_context reads, from a Core row."""

    __slots__ = ("first_name", "language")

    def __init__(self, row):
        self.first_name = row.first_name
        self.language = row.language


def enqueue_pending(
    engine: Engine, enqueue: Enqueue, now: datetime, batch_size: int = ENQUEUE_BATCH, only: list[int] | None = None,
) -> int:
    """Hands every queued, due, not yet handed-over text (or just those in `only`) to the workers; returns how many.

    A text is marked handed over in the same transaction that enqueues it,
    so when Redis fails the transaction rolls back and the next tick retries.
    """
    total = 0
    while True:
        with transaction(engine) as session:
            query = select(M.c.id, M.c.purpose).where(
                M.c.status == MessageStatus.QUEUED.value,
                M.c.enqueued_at.is_(None),
                or_(M.c.not_before.is_(None), M.c.not_before <= now),
            )
            if only is not None:
                query = query.where(M.c.id.in_(only))
            rows = session.execute(_lock(session, query.order_by(M.c.id).limit(batch_size))).all()
            if not rows:
                return total
            session.execute(update(M).where(M.c.id.in_([r.id for r in rows])).values(enqueued_at=now))
            enqueue(list(_batches(rows)))
        total += len(rows)
        if len(rows) < batch_size:
            return total


def _batches(rows) -> Iterable[tuple[str, list[int]]]:
    """Yields (queue, ids) send batches, urgent texts in their own queue."""
    from checkins.services import QUEUE_DEFAULT, QUEUE_URGENT

    by_queue: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        by_queue[QUEUE_URGENT if r.purpose in URGENT_PURPOSES else QUEUE_DEFAULT].append(r.id)
    for queue, ids in by_queue.items():
        size = 1 if queue == QUEUE_URGENT else SEND_BATCH
        for i in range(0, len(ids), size):
            yield queue, ids[i:i + size]
