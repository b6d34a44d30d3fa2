"""The prescriber's triage queue and the story behind one escalation. No Flask here.

Queries are batched per page (escalations, then their trigger messages,
readings and medications in one query each) so a page costs a fixed number
of round trips whatever its length.

The unresolved-status test is written into the SQL as constants rather than
bound parameters: the partial index ix_escalation_unresolved covers exactly
`status IN ('open', 'acknowledged')`, and the planner can only prove that a
query matches it from constants (psycopg prepares repeated statements, whose
generic plans see parameters only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case, func, literal
from sqlmodel import Session, select

from checkins.access import Scope
from checkins.clocks import is_overdue
from checkins.models import (
    Escalation,
    EscalationMessage,
    EscalationStatus,
    Level,
    Medication,
    Message,
    Patient,
    Reading,
)
from checkins.outbox import get_clinic

LEVELS = (Level.URGENT, Level.HIGH, Level.ROUTINE)
STATUSES = (EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED, EscalationStatus.RESOLVED)
UNRESOLVED = (EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED)
PAGE_SIZE = 50


def _constant(value: str):
    """A fixed code written into the SQL text (values come from the enums above, never from a request)."""
    return literal(str(value), literal_execute=True)


def unresolved_clause():
    """`status IN ('open', 'acknowledged')`, in the form ix_escalation_unresolved matches."""
    return Escalation.status.in_([_constant(s) for s in UNRESOLVED])


LEVEL_ORDER = case((Escalation.level == Level.URGENT, 0), (Escalation.level == Level.HIGH, 1), else_=2)

# Red flags tied to the medications that cause them, so "Rash — on lamotrigine" names the likely culprit.
_FLAG_MEDICATIONS = {
    "rash": {"lamotrigine", "carbamazepine", "oxcarbazepine", "modafinil"},
    "lithium_toxicity": {"lithium"},
    "infection_on_clozapine": {"clozapine"},
    "liver": {"valproate", "divalproex", "valproic acid", "nefazodone", "duloxetine"},
    "nms_serotonin": {"haloperidol", "risperidone", "olanzapine", "quetiapine", "aripiprazole", "clozapine",
                      "sertraline", "fluoxetine", "escitalopram", "citalopram", "paroxetine", "venlafaxine"},
    "priapism": {"trazodone"},
}
_FLAG_WORDS = {
    "rash": "Rash", "allergic_reaction": "Allergic reaction", "chest_pain": "Chest pain",
    "fainting": "Fainting", "seizure": "Seizure", "heart_rhythm": "Heart racing or irregular",
    "nms_serotonin": "Fever, stiffness or confusion", "confusion": "Confusion",
    "lithium_toxicity": "Signs of lithium toxicity", "infection_on_clozapine": "Fever or infection",
    "liver": "Signs of liver trouble", "priapism": "Prolonged erection", "mania": "Signs of mania",
}
_REASON_WORDS = {
    "crisis": "Crisis language", "crisis_model": "Possible crisis language (learned model)",
    "severe_side_effects": "Severe side effects",
    "restlessness": "Can't sit still", "worsening": "Getting worse", "pregnancy": "Pregnancy",
    "missed_doses": "Missed doses", "question": "Question for the prescriber",
    "opt_out": "Left the program (opted out)", "third_party_crisis": "Someone else in crisis",
    "third_party_symptom": "Someone else's warning symptom",
    "past_crisis": "Past crisis mentioned", "unparsed": "Needs a person to read",
    "not_responding": "Not responding", "media": "Picture or media", "long_message": "Long message",
    "side_effects": "Side effects",
}


def reason_words(reason: str, *, mood: int | None = None, side_effects=(), medications=()) -> str:
    """One reason code in the words a prescriber reads at a glance."""
    if reason.startswith("red_flag:"):
        flag = reason.split(":", 1)[1]
        words = _FLAG_WORDS.get(flag, flag.replace("_", " ").capitalize())
        culprits = [m for m in medications if m in _FLAG_MEDICATIONS.get(flag, ())]
        return f"{words} — on {', '.join(culprits)}" if culprits else words
    if reason in ("low_mood", "mid_mood"):
        return f"Mood {mood}/5" if mood is not None else ("Low mood" if reason == "low_mood" else "Mood so-so")
    if reason == "stopped_medication":
        return f"Stopped {medications[0]}" if len(medications) == 1 else "Stopped a medication"
    if reason == "side_effects" and side_effects:
        return "Side effects: " + ", ".join(s.replace("_", " ") for s in side_effects)
    return _REASON_WORDS.get(reason, reason.replace("_", " ").capitalize())


@dataclass(frozen=True)
class QueueFilter:
    level: str | None = None
    status: str | None = None  # None: open and acknowledged
    patient_id: int | None = None


@dataclass
class Trigger:
    """The latest message behind an escalation, cut into plain and highlighted pieces."""

    message_id: int
    at: datetime
    pieces: list[tuple[str, bool]]  # (text, highlighted)


@dataclass
class QueueRow:
    escalation: Escalation
    patient: Patient
    reasons: list[str]
    trigger: Trigger | None
    overdue: bool


@dataclass
class QueuePage:
    rows: list[QueueRow]
    counts: dict[str, int]  # unresolved per level, in scope
    unacknowledged_urgent: int
    total: int
    page: int
    pages: int


def highlight(text: str, matches) -> list[tuple[str, bool]]:
    """Splits `text` into (piece, highlighted) runs from (start, end, reason) spans; overlaps merge."""
    spans = sorted((max(0, s), min(len(text), e)) for s, e, *_ in matches or () if e > s)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if end <= at:
            continue
        start = max(start, at)
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _status_clause(filters: QueueFilter):
    if filters.status in STATUSES:
        return Escalation.status == _constant(filters.status)
    return unresolved_clause()


def _filtered(statement, scope: Scope, filters: QueueFilter):
    """Restricts a statement over Escalation to the viewer's scope and the queue's filters."""
    statement = scope.escalations(statement).where(_status_clause(filters))
    if filters.level in LEVELS:
        statement = statement.where(Escalation.level == filters.level)
    if filters.patient_id:
        statement = statement.where(Escalation.patient_id == filters.patient_id)
    return statement


def queue(session: Session, scope: Scope, filters: QueueFilter, now: datetime, page: int = 1,
          size: int = PAGE_SIZE) -> QueuePage:
    """Escalations for this viewer: urgent, then high, then routine; oldest first within a level."""
    counts, unacknowledged = level_counts(session, scope)
    if filters.status not in STATUSES and not filters.patient_id:
        # The unresolved queue, whole or one level: the per-level counts already hold its size.
        total = sum(counts.values()) if filters.level not in LEVELS else counts.get(filters.level, 0)
    else:
        total = session.exec(_filtered(select(func.count()).select_from(Escalation), scope, filters)).one()
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    # Order escalations alone (every escalation has its patient), then join the patients of the
    # one page: a deep page sorts ids from the covering index, not whole patient rows.
    order = (LEVEL_ORDER, Escalation.created_at, Escalation.id)
    page_ids = (_filtered(select(Escalation.id), scope, filters).order_by(*order)
                .offset((page - 1) * size).limit(size).subquery())
    found = session.exec(select(Escalation, Patient).join(page_ids, page_ids.c.id == Escalation.id)
                         .join(Patient, Patient.id == Escalation.patient_id).order_by(*order)).all()
    clinic = get_clinic(session)
    triggers = latest_triggers(session, [e.id for e, _ in found])
    meds = active_medications(session, [p.id for _, p in found])
    rows = []
    for escalation, patient in found:
        trigger, reading = triggers.get(escalation.id, (None, None))
        mood = reading.mood if reading else None
        side_effects = reading.side_effects if reading else ()
        rows.append(QueueRow(
            escalation=escalation, patient=patient,
            reasons=[reason_words(r, mood=mood, side_effects=side_effects, medications=meds.get(patient.id, []))
                     for r in escalation.reasons],
            trigger=trigger, overdue=is_overdue(escalation, clinic, now),
        ))
    return QueuePage(rows, counts, unacknowledged, total, page, pages)


def level_counts(session: Session, scope: Scope) -> tuple[dict[str, int], int]:
    """Unresolved escalations per level, and how many urgent ones nobody has acknowledged."""
    statement = scope.escalations(
        select(Escalation.level, Escalation.status, func.count()).where(unresolved_clause())
    ).group_by(Escalation.level, Escalation.status)
    counts = {level.value: 0 for level in LEVELS}
    unacknowledged = 0
    for level, status, n in session.exec(statement):
        counts[level] = counts.get(level, 0) + n
        if level == Level.URGENT and status == EscalationStatus.OPEN:
            unacknowledged += n
    return counts, unacknowledged


def last_change(session: Session, scope: Scope) -> str | None:
    """When anything in this viewer's queue last changed: the page's poll compares it."""
    # The newest change, read backwards from ix_escalation_updated_at until one is in scope
    # (max() over a join would visit every escalation of the viewer's patients).
    changed = session.exec(scope.escalations(select(Escalation.updated_at))
                           .order_by(Escalation.updated_at.desc()).limit(1)).first()
    return changed.isoformat() if changed else None


def latest_triggers(session: Session, escalation_ids: list[int]) -> dict[int, tuple[Trigger, Reading | None]]:
    """The newest triggering message of each escalation, with its reading, in one query."""
    if not escalation_ids:
        return {}
    newest = (select(EscalationMessage.escalation_id, func.max(EscalationMessage.message_id).label("mid"))
              .where(EscalationMessage.escalation_id.in_(escalation_ids))
              .group_by(EscalationMessage.escalation_id).subquery())
    rows = session.exec(
        select(newest.c.escalation_id, Message, Reading)
        .join(Message, Message.id == newest.c.mid)
        .join(Reading, Reading.message_id == Message.id, isouter=True)
    ).all()
    return {eid: (Trigger(m.id, m.created_at, highlight(m.body or "", r.matches if r else ())), r)
            for eid, m, r in rows}


def active_medications(session: Session, patient_ids: list[int]) -> dict[int, list[str]]:
    if not patient_ids:
        return {}
    found: dict[int, list[str]] = {}
    for pid, name in session.exec(select(Medication.patient_id, Medication.name).where(
            Medication.patient_id.in_(patient_ids), Medication.active == True).order_by(Medication.name)):  # noqa: E712
        found.setdefault(pid, []).append(name)
    return found


@dataclass
class ThreadItem:
    message: Message
    reading: Reading | None
    pieces: list[tuple[str, bool]]
    trigger: bool
    reasons: list[str] = field(default_factory=list)


THREAD_SIZE = 200


def thread(session: Session, patient_id: int, trigger_ids: set[int], medications: list[str],
           before_id: int | None = None, size: int = THREAD_SIZE) -> tuple[list[ThreadItem], bool]:
    """The patient's conversation, oldest first, the newest `size` texts (before `before_id`); and if more exist."""
    statement = (select(Message, Reading).join(Reading, Reading.message_id == Message.id, isouter=True)
                 .where(Message.patient_id == patient_id))
    if before_id:
        statement = statement.where(Message.id < before_id)
    rows = session.exec(statement.order_by(Message.created_at.desc(), Message.id.desc()).limit(size + 1)).all()
    more = len(rows) > size
    items = []
    for message, reading in reversed(rows[:size]):
        words = [reason_words(r, mood=reading.mood, side_effects=reading.side_effects, medications=medications)
                 for r in reading.reasons] if reading and reading.triage != "none" else []
        items.append(ThreadItem(message, reading, highlight(message.body or "", reading.matches if reading else ()),
                                message.id in trigger_ids, words))
    return items, more


def escalation_triggers(session: Session, escalation_id: int) -> tuple[set[int], Reading | None]:
    """The ids of the messages behind one escalation, and the reading of the newest, in one query."""
    rows = session.exec(select(EscalationMessage.message_id, Reading)
                        .join(Reading, Reading.message_id == EscalationMessage.message_id, isouter=True)
                        .where(EscalationMessage.escalation_id == escalation_id)).all()
    latest = max(rows, key=lambda row: row[0])[1] if rows else None
    return {message_id for message_id, _ in rows}, latest


def age_years(birth_date: date | None, today: date) -> int | None:
    if birth_date is None:
        return None
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
