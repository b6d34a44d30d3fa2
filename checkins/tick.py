"""The every-minute tick: turn due slots into check-ins and hand queued texts to workers.

Safe to run twice at once or again after a crash: due patients are claimed
under a row lock (PostgreSQL: SKIP LOCKED; SQLite: one writer at a time),
a check-in is unique per (patient, slot), and a text is only marked handed
over after the hand-over to Redis succeeded.
"""

from __future__ import annotations

import json
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable, Iterable

from sqlalchemy import BigInteger, any_, bindparam, literal_column, or_, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
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
from checkins.escalations import escalate_many
from checkins.outbox import get_clinic, outbound_values, queue_patient_text, template_overrides, text_context
from checkins.plans import cadence_for
from checkins.schedule import Cadence, next_checkin_at
from checkins.sms.encoding import sms_cost

# A slot found this late (the system was down) is recorded as skipped, not texted:
# a check-in arriving half a day late reads as noise and breaks the cadence.
STALE_AFTER = timedelta(hours=6)
# Patients claimed per transaction: big enough that statements and commits are few,
# small enough that a transaction holds its row locks for well under a second.
CLAIM_BATCH = 5000
ENQUEUE_BATCH = 5000
CLAIMERS = 2  # concurrent claimers on PostgreSQL (see create_due_checkins)
# Longer than RQ's whole retry schedule (worker.enqueue.SEND_RETRY: 15 s ... 30 min, about 44 min in all).
REHAND_AFTER = timedelta(hours=1)
# Texts per send job; a job sends them concurrently under the rate limit. A job
# pays a fork and fresh connections, so bigger jobs keep the limiter busy.
SEND_BATCH = 100
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


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _lock(session: Session, query):
    """Adds FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite already runs one writer at a time."""
    if _pg(session):
        return query.with_for_update(skip_locked=True)
    return query


def _among(session: Session, column, ids: list[int]):
    """`column` is one of `ids`: one array parameter on PostgreSQL (`= ANY`), an expanding IN on SQLite."""
    if _pg(session):
        return column == any_(bindparam(None, list(ids), type_=PG_ARRAY(BigInteger), unique=True))
    return column.in_(ids)


def _unindexed(column):
    """`column` in a form no index can serve, so the planner takes the id index instead.

    The status indexes lead with a value that is common during a tick (every
    check-in and text it has just created is `scheduled` / `queued`):
    scanning one of them and filtering by thousands of ids grows with the
    size of the tick, where looking each id up stays constant.
    """
    return column.concat(literal_column("''"))


class _NextSlots:
    """next_checkin_at, memoised for one tick.

    Every due patient is advanced from the same instant (`now`), so the next
    slot depends only on the cadence, the zone, that instant and the
    medication date: a tick over 100,000 patients computes it a few dozen times.
    """

    def __init__(self) -> None:
        self._known: dict[tuple, datetime] = {}

    def __call__(self, cadence: Cadence, tz: str, after: datetime, medication_changed_on: date | None) -> datetime:
        key = (cadence, tz, after, medication_changed_on)
        nxt = self._known.get(key)
        if nxt is None:
            nxt = self._known[key] = next_checkin_at(cadence, tz, after, medication_changed_on)
        return nxt


def create_due_checkins(engine: Engine, now: datetime, batch_size: int = CLAIM_BATCH) -> TickResult:
    """Creates a check-in and its first question for every patient due at `now`; returns counts.

    On PostgreSQL two claimers run at once: SKIP LOCKED hands each its own
    batches, and one computes while the other's statements run. SQLite has a
    single writer, so there one claimer does it all.
    """
    next_slot = _NextSlots()

    def claim_until_done() -> TickResult:
        result = TickResult()
        while True:
            with transaction(engine) as session:
                created, skipped, claimed = _create_batch(session, now, batch_size, next_slot)
            result.checkins_created += created
            result.slots_skipped += skipped
            if claimed < batch_size:
                return result

    if engine.dialect.name != "postgresql":
        return claim_until_done()
    with ThreadPoolExecutor(CLAIMERS, thread_name_prefix="tick") as pool:
        parts = [pool.submit(claim_until_done) for _ in range(CLAIMERS)]
        results = [part.result() for part in parts]  # re-raises a claimer's failure
    return TickResult(checkins_created=sum(r.checkins_created for r in results),
                      slots_skipped=sum(r.slots_skipped for r in results))


def _create_batch(session: Session, now: datetime, limit: int, next_slot: _NextSlots) -> tuple[int, int, int]:
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
            .where(_among(session, Medication.patient_id, [r.id for r in rows]), Medication.active == True)  # noqa: E712
            .order_by(Medication.name)
        ):
            meds[pid].append(name)

    checkins, advances, firsts = [], [], []
    for r in rows:
        if r.status != PatientStatus.ACTIVE or r.consent_at is None or r.phone_problem:
            advances.append((r.id, None, None))  # should not be scheduled at all
            continue
        plan = plans[r.plan_id]
        slot = r.next_checkin_at
        stale = now - slot > STALE_AFTER
        checkins.append({
            "patient_id": r.id, "slot_at": slot, "questions": list(plan.questions), "question_index": 0,
            "status": (CheckinStatus.SKIPPED if stale else CheckinStatus.SCHEDULED).value, "created_at": now,
        })
        advances.append((r.id, next_slot(cadences[r.plan_id], r.timezone, max(slot, now), r.medication_changed_on),
                         slot))
        if not stale:
            firsts.append(r)

    _close_previous(session, [c["patient_id"] for c in checkins], plans, now)
    ids = {}
    if checkins:
        # One patient appears once per batch, so the returned rows map back by patient id.
        for cid, pid in _insert_rows(session, C, checkins, returning=(C.c.id, C.c.patient_id)):
            ids[pid] = cid
    texts = _QuestionTexts(clinic, overrides, now)
    messages = [texts.values(r, prescribers.get(r.prescriber_id), meds.get(r.id, ()),
                             plans[r.plan_id].questions[0], ids[r.id]) for r in firsts]
    _insert_rows(session, M, messages)
    _advance(session, advances)
    return len(firsts), len(checkins) - len(firsts), len(rows)


_SQLITE_PARAMS = 30000  # bound values per statement; SQLite's limit is 32766 (since 3.32)
_NAME = "\x00"  # stands for the first name in a question rendered once for many patients
_UNKNOWN = object()


class _QuestionTexts:
    """outbound_values for the tick's first questions, rendering each template once.

    Patients with the same question, language, prescriber and medication
    wording get the same text but for their first name, so the text is
    rendered once with a stand-in for the name, and each patient's is that
    text with the name put in. Its cost (encoding, segments) is added up
    from the fixed part's and the name's instead of scanning every text
    character by character: both are sums over characters. A name the
    shortcut could not reproduce exactly (empty, padded with spaces,
    holding the stand-in) goes the ordinary way.
    """

    def __init__(self, clinic, overrides, now: datetime) -> None:
        self.clinic, self.overrides, self.now = clinic, overrides, now
        self._templates: dict[tuple, tuple | None] = {}
        self._names: dict[str, tuple[bool, int, int]] = {}

    def values(self, r, prescriber, medications, question: str, checkin_id: int) -> dict:
        # Everything in the text but the name comes from the clinic (the same all
        # tick), the prescriber and the medication list: together they pick the template.
        key = (question, r.language, r.prescriber_id, tuple(medications))
        template = self._templates.get(key, _UNKNOWN)
        name = r.first_name
        if template is not None and template is not _UNKNOWN and name and name == name.strip() and _NAME not in name:
            return self._fill(template, name, r.phone, r.id, checkin_id)
        fields = dict(phone=r.phone, kind=question, language=r.language, purpose=Purpose.QUESTION,
                      context=text_context(self.clinic, _Recipient(r), prescriber, medications),
                      overrides=self.overrides, now=self.now, patient_id=r.id, checkin_id=checkin_id,
                      question=question)
        if template is _UNKNOWN and name and name == name.strip() and _NAME not in name:
            return self._learn(key, fields, name)
        return outbound_values(**fields)

    def _learn(self, key: tuple, fields: dict, name: str) -> dict:
        """Renders the template for `key` and keeps it if it gives exactly the ordinary text."""
        expected = outbound_values(**fields)
        template = None
        if not any(_NAME in str(v) for v in fields["context"].values()):
            shared = outbound_values(**{**fields, "context": {**fields["context"], "first_name": _NAME}})
            fixed = shared["body"].replace(_NAME, "")
            cost = sms_cost(fixed)
            template = (shared, shared["body"], shared["body"].count(_NAME), cost.encoding == "GSM-7",
                        cost.units, _utf16_units(fixed))
            if self._fill(template, name, fields["phone"], fields["patient_id"], fields["checkin_id"]) != expected:
                template = None
        self._templates[key] = template
        return expected

    def _fill(self, template: tuple, name: str, phone: str, patient_id: int, checkin_id: int) -> dict:
        shared, body, uses, gsm, septets, utf16 = template
        if uses:
            known = self._names.get(name)
            if known is None:
                cost = sms_cost(name)
                known = self._names[name] = (cost.encoding == "GSM-7", cost.units, _utf16_units(name))
            name_gsm, name_septets, name_utf16 = known
            gsm = gsm and name_gsm
            septets, utf16 = septets + uses * name_septets, utf16 + uses * name_utf16
            body = body.replace(_NAME, name)
        cost = _cost_of(gsm, septets if gsm else utf16)
        return {**shared, "phone": phone, "patient_id": patient_id, "checkin_id": checkin_id, "body": body,
                "encoding": cost.encoding, "segments": cost.segments}


def _utf16_units(text_: str) -> int:
    return len(text_.encode("utf-16-le")) // 2


@lru_cache(maxsize=4096)
def _cost_of(gsm: bool, units: int):
    """sms_cost of any text with this encoding and length (a text of one repeated character stands in)."""
    return sms_cost(("@" if gsm else "\u4e00") * units)


def _json_value(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use an aware UTC datetime")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot send {type(value).__name__} as a row value")


def _recordset(session: Session, table, names: list[str], rows) -> tuple[str, dict]:
    """A FROM item `v` holding `rows` (sequences in `names` order) typed like `table`'s columns.

    PostgreSQL only: the rows travel as one JSON document (encoded in C,
    parsed by the server) instead of a parameter per value, so the statement
    stays short and the driver does no per-value work.
    """
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(f"{quote(n)} {table.c[n].type.compile(dialect=dialect)}" for n in names)
    encoded: dict = {}  # the same instants recur across rows

    def encode(value):
        text_ = encoded.get(value)
        if text_ is None:
            text_ = encoded[value] = _json_value(value)
        return text_

    document = json.dumps([dict(zip(names, row)) for row in rows], default=encode, separators=(",", ":"))
    return f"json_to_recordset(CAST(:rows AS json)) AS v({columns})", {"rows": document}


def _driver_rows(session: Session, table, names: list[str], rows) -> list[tuple]:
    """Rows (sequences in `names` order) as the driver's parameter tuples.

    Each value goes through its column's own bind processor, as SQLAlchemy
    would apply it, but once per distinct value (instants and question lists
    recur across rows), and rows skip SQLAlchemy's per-row parameter handling.
    """
    dialect = session.get_bind().dialect
    columns = [list(column) for column in zip(*rows)]
    for i, n in enumerate(names):
        process = table.c[n].type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        memo: dict = {}
        converted = []
        for value in columns[i]:
            key = tuple(value) if isinstance(value, list) else value
            done = memo.get(key, _UNKNOWN)
            if done is _UNKNOWN:
                done = memo[key] = None if value is None else process(value)
            converted.append(done)
        columns[i] = converted
    return list(zip(*columns))


def _insert_rows(session: Session, table, rows: list[dict], returning=()) -> list:
    """Inserts rows (dicts with the same keys) in one statement; returns the `returning` columns."""
    if not rows:
        return []
    if not _pg(session):
        names = list(rows[0])
        quote = session.get_bind().dialect.identifier_preparer.quote
        values = _driver_rows(session, table, names, ([row[n] for n in names] for row in rows))
        sql = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES "
        one = "(" + ", ".join("?" for _ in names) + ")"
        if not returning:
            session.connection().exec_driver_sql(sql + one, values)
            return []
        # RETURNING needs one statement per page of rows (executemany returns nothing).
        page = max(1, _SQLITE_PARAMS // len(names))
        tail = " RETURNING " + ", ".join(quote(c.name) for c in returning)
        returned = []
        for start in range(0, len(values), page):
            chunk = values[start:start + page]
            returned += session.connection().exec_driver_sql(
                sql + ", ".join([one] * len(chunk)) + tail, tuple(v for row in chunk for v in row)).all()
        return returned
    names = list(rows[0])
    first = rows[0]
    # Values every row shares are sent once, as parameters.
    shared = [n for n in names if all(row[n] == first[n] for row in rows)] if len(rows) > 1 else []
    varying = [n for n in names if n not in shared] or shared
    shared = [n for n in shared if n not in varying]
    quote = session.get_bind().dialect.identifier_preparer.quote
    source, params = _recordset(session, table, varying, ([row[n] for n in varying] for row in rows))
    dialect = session.get_bind().dialect
    selected = [f"v.{quote(n)}" if n in varying else f"CAST(:s{i} AS {table.c[n].type.compile(dialect=dialect)})"
                for i, n in enumerate(names)]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)})"
           f" SELECT {', '.join(selected)} FROM {source}")
    if returning:
        sql += " RETURNING " + ", ".join(quote(c.name) for c in returning)
    statement = text(sql).bindparams(
        *(bindparam(f"s{i}", first[n], type_=table.c[n].type) for i, n in enumerate(names) if n in shared))
    result = session.execute(statement.columns(*returning) if returning else statement, params)
    return result.all() if returning else []


def _advance(session: Session, advances: list[tuple[int, datetime | None, datetime | None]]) -> None:
    """Sets each claimed patient's (next_checkin_at, last_checkin_at): one statement on PostgreSQL."""
    if not advances:
        return
    if _pg(session):
        source, params = _recordset(session, P, ["id", "next_checkin_at", "last_checkin_at"], advances)
        session.execute(text(
            "UPDATE patient SET next_checkin_at = v.next_checkin_at, last_checkin_at = v.last_checkin_at"
            f" FROM {source} WHERE patient.id = v.id"), params)
        return
    # SQLite: one prepared statement stepped per row inside the C loop of executemany.
    session.connection().exec_driver_sql(
        "UPDATE patient SET next_checkin_at = ?, last_checkin_at = ? WHERE id = ?",
        _driver_rows(session, P, ["next_checkin_at", "last_checkin_at", "id"],
                     ((nxt, last, pid) for pid, nxt, last in advances)))


def _close_previous(session: Session, patient_ids: list[int], plans: dict[int, Plan], now: datetime) -> None:
    """Marks check-ins nobody answered before the next slot as missed, and escalates a run of them.

    Rows are found through the patients' and check-ins' ids (the
    (patient_id, slot_at) and checkin_id indexes), never by scanning a status.
    """
    if not patient_ids:
        return
    missed = session.execute(
        update(C).where(_among(session, C.c.patient_id, patient_ids),
                        _unindexed(C.c.status).in_([CheckinStatus.SENT.value, CheckinStatus.SCHEDULED.value]))
        .values(status=CheckinStatus.MISSED.value, remind_at=None).returning(C.c.id, C.c.patient_id)
    ).all()
    if not missed:
        return
    # A question never sent (e.g. held by quiet hours) must not arrive after the new one.
    session.execute(update(M).where(_among(session, M.c.checkin_id, [m.id for m in missed]),
                                    _unindexed(M.c.status) == MessageStatus.QUEUED.value)
                    .values(status=MessageStatus.CANCELLED.value, error_detail="superseded by the next check-in"))
    missed_pids = sorted({m.patient_id for m in missed})
    counted = session.execute(
        update(P).where(_among(session, P.c.id, missed_pids)).values(missed_in_row=P.c.missed_in_row + 1)
        .returning(P.c.id, P.c.prescriber_id, P.c.plan_id, P.c.missed_in_row)
    ).all()
    escalate_many(session, sorted((r.id, r.prescriber_id) for r in counted
                                  if r.missed_in_row >= plans[r.plan_id].missed_threshold),
                  Level.ROUTINE, ["not_responding"], now)


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
            session.execute(update(M).where(_among(session, M.c.id, [r.id for r in rows])).values(enqueued_at=now))
            enqueue(list(_batches(rows)))
        total += len(rows)
        if len(rows) < batch_size:
            return total


def rehand_stale(engine: Engine, now: datetime) -> int:
    """Makes texts handed over long ago and still queued eligible for hand-over again; returns how many.

    Redis keeps nothing on disk here: a restart loses its jobs, and those texts
    would otherwise wait forever. Past every retry's backoff a text still queued
    has lost its job; a duplicate job is harmless (the send claim guards it).
    """
    with transaction(engine) as session:
        return session.execute(update(M).where(
            M.c.status == MessageStatus.QUEUED.value, M.c.enqueued_at < now - REHAND_AFTER,
        ).values(enqueued_at=None)).rowcount


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
