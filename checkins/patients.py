"""Enrolling patients and keeping their schedule in step with their status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from types import SimpleNamespace
from typing import Callable

from sqlalchemy import insert
from sqlmodel import Session, select

from checkins.models import Clinic, Medication, Patient, PatientStatus, Plan, Role, User
from checkins.phones import PhoneError, normalize_phone
from checkins.plans import cadence_for
from checkins.schedule import (
    ScheduleError,
    in_quiet_hours,
    load_zone,
    next_allowed_instant,
    next_checkin_at,
    upcoming_checkins,
)
from checkins.validation import ValidationError, medication_name_error, required_text_error

CONSENT_METHODS = ("written", "verbal", "electronic", "sms_keyword")
DUPLICATE_PHONE = "belongs to another patient"


@dataclass
class MedicationInput:
    name: str
    started_on: date | None
    dose: str | None = None


@dataclass
class PatientInput:
    first_name: str
    last_name: str
    phone: str
    timezone: str
    language: str = "en"
    prescriber_id: int | None = None
    plan_id: int | None = None
    birth_date: date | None = None
    consent_at: datetime | None = None
    consent_method: str | None = None
    consent_text: str | None = None
    medications: list[MedicationInput] = field(default_factory=list)


def schedulable(patient: Patient) -> bool:
    """True when the patient may be sent check-ins: active, consented, and a usable number."""
    return (
        patient.status == PatientStatus.ACTIVE
        and patient.consent_at is not None
        and patient.phone_problem is None
    )


def quiet_until(patient: Patient, plan: Plan, now: datetime) -> datetime | None:
    """When the patient's quiet hours end, if `now` is inside them; None when texts may go now."""
    if not in_quiet_hours(now, patient.timezone, plan.quiet_start, plan.quiet_end):
        return None
    return next_allowed_instant(now, patient.timezone, plan.quiet_start, plan.quiet_end)


def reschedule(patient: Patient, plan: Plan, now: datetime) -> None:
    """Sets `next_checkin_at` to the next slot after now (and after the last one), or None if not schedulable."""
    if not schedulable(patient):
        patient.next_checkin_at = None
        return
    after = max(now, patient.last_checkin_at) if patient.last_checkin_at else now
    patient.next_checkin_at = next_checkin_at(
        cadence_for(plan), patient.timezone, after, patient.medication_changed_on
    )


def validate_patient(session: Session, data: PatientInput, clinic: Clinic, *, patient_id: int | None = None) -> dict:
    """Returns cleaned values for a Patient, or raises ValidationError naming every bad field."""
    plan = session.get(Plan, data.plan_id) if data.plan_id else session.exec(
        select(Plan).where(Plan.is_default == True)  # noqa: E712
    ).first()
    cleaned, errors = check_patient(
        data, clinic,
        phone_owner=lambda phone: session.exec(select(Patient.id).where(Patient.phone == phone)).first(),
        prescriber=session.get(User, data.prescriber_id) if data.prescriber_id else None,
        plan=plan, today=date.today(), patient_id=patient_id,
    )
    if errors:
        raise ValidationError(errors)
    return cleaned


def enroll(session: Session, data: PatientInput, clinic: Clinic, *, recorded_by: User | None, now: datetime) -> Patient:
    """Validates and adds a patient with medications and first slot; raises ValidationError, adding nothing."""
    cleaned = validate_patient(session, data, clinic)
    patient = Patient(**cleaned)
    if patient.consent_at is not None:
        patient.consent_recorded_by_id = recorded_by.id if recorded_by else None
    meds = [
        Medication(name=m.name.strip().lower(), dose=(m.dose or None), changed_on=m.started_on)
        for m in data.medications
    ]
    patient.medication_changed_on = max((m.changed_on for m in meds), default=None)
    session.add(patient)
    session.flush()
    for med in meds:
        med.patient_id = patient.id
        session.add(med)
    reschedule(patient, session.get(Plan, patient.plan_id), now)
    session.flush()
    return patient


def set_status(session: Session, patient: Patient, status: PatientStatus, now: datetime) -> None:
    """Moves the patient to `status` (active, paused, opted out) and recomputes or clears the schedule."""
    patient.status = status
    patient.status_changed_at = now
    reschedule(patient, session.get(Plan, patient.plan_id), now)


def check_patient(data: PatientInput, clinic: Clinic, *, phone_owner: Callable[[str], int | None],
                  prescriber: User | None, plan: Plan | None, today: date, patient_id: int | None = None,
                  normalize: Callable[[str, str], str] = normalize_phone) -> tuple[dict, dict[str, str]]:
    """The rules of `validate_patient` without database access: returns (cleaned values, errors by field).

    The caller supplies what validate_patient looks up itself (who owns a number, the
    prescriber, the plan), so a batch such as a CSV import checks thousands of rows
    against lookups loaded once. `normalize` may be a memoized normalize_phone.
    """
    errors: dict[str, str] = {}
    cleaned: dict = {}
    for name in ("first_name", "last_name"):
        value = (getattr(data, name) or "").strip()
        if problem := required_text_error(value, 80):
            errors[name] = problem
        cleaned[name] = value
    try:
        cleaned["phone"] = normalize(data.phone, clinic.default_region)
    except PhoneError as exc:
        errors["phone"] = exc.reason
    else:
        clash = phone_owner(cleaned["phone"])
        if clash is not None and clash != patient_id:
            errors["phone"] = DUPLICATE_PHONE
    try:
        cleaned["timezone"] = load_zone((data.timezone or "").strip()).key
    except ScheduleError as exc:
        errors["timezone"] = exc.message
    if data.language not in ("en", "es"):
        errors["language"] = "must be en or es"
    cleaned["language"] = data.language
    if prescriber is None or prescriber.role != Role.PRESCRIBER or not prescriber.active:
        errors["prescriber"] = "choose an active prescriber"
    cleaned["prescriber_id"] = prescriber.id if prescriber is not None else data.prescriber_id
    if plan is None:
        errors["plan"] = "choose a check-in plan"
    else:
        cleaned["plan_id"] = plan.id
    if data.birth_date and data.birth_date > today:
        errors["birth_date"] = "is in the future"
    cleaned["birth_date"] = data.birth_date
    if data.consent_at is not None:
        if data.consent_at.tzinfo is None:
            errors["consent_at"] = "needs a time zone"
        if data.consent_method not in CONSENT_METHODS:
            errors["consent_method"] = "choose one of " + ", ".join(CONSENT_METHODS)
    cleaned.update(consent_at=data.consent_at, consent_method=data.consent_method, consent_text=data.consent_text)
    for i, med in enumerate(data.medications):
        if problem := medication_name_error((med.name or "").strip()):
            errors[f"medications[{i}].name"] = problem
        if med.started_on is None:
            errors[f"medications[{i}].started_on"] = "is required"
        elif med.started_on > today:
            errors[f"medications[{i}].started_on"] = "is in the future"
    return cleaned, errors


def enroll_checked(session: Session, items: list[tuple[dict, list[MedicationInput]]], plans: dict[int, Plan], *,
                   recorded_by: User | None, now: datetime) -> list[int]:
    """Adds already-validated patients (cleaned values as from check_patient) with their medications and first
    slots; returns their ids in order. The caller owns the transaction.

    Two multi-row INSERTs and no ORM objects: building one costs about a millisecond, which a
    10,000-row import would feel.
    """
    rows = []
    for cleaned, medications in items:
        values = dict(
            cleaned, phone_problem=None, status=PatientStatus.ACTIVE.value, status_changed_at=None,
            consent_recorded_by_id=recorded_by.id if recorded_by and cleaned.get("consent_at") else None,
            medication_changed_on=max((m.started_on for m in medications), default=None),
            next_checkin_at=None, last_checkin_at=None, missed_in_row=0, created_at=now,
        )
        slot = SimpleNamespace(**values)  # reschedule only reads and sets attributes
        reschedule(slot, plans[values["plan_id"]], now)
        values["next_checkin_at"] = slot.next_checkin_at
        rows.append(values)
    if not rows:
        return []
    session.execute(insert(Patient.__table__), rows)
    # Ids by number (unique), rather than INSERT ... RETURNING: psycopg re-parses every large multi-row
    # statement RETURNING needs, and that costs more than these lookups.
    numbers = [r["phone"] for r in rows]
    by_phone: dict[str, int] = {}
    for i in range(0, len(numbers), 900):
        chunk = numbers[i:i + 900]
        by_phone.update(session.execute(select(Patient.phone, Patient.id).where(Patient.phone.in_(chunk))).all())
    ids = [by_phone[number] for number in numbers]
    medication_rows = [
        dict(patient_id=patient_id, name=m.name.strip().lower(), dose=(m.dose or None), changed_on=m.started_on,
             active=True, created_at=now)
        for patient_id, (_cleaned, medications) in zip(ids, items) for m in medications
    ]
    if medication_rows:
        session.execute(insert(Medication.__table__), medication_rows)
    return ids


def upcoming_slots(patient: Patient, plan: Plan, count: int = 5) -> list[datetime]:
    """The next `count` check-in instants (aware UTC) as the tick will send them: the stored next slot, then the
    plan's cadence after it (quiet hours, DST and the denser weeks after a medication change included).
    Empty when the patient is not scheduled."""
    if not schedulable(patient) or patient.next_checkin_at is None or count <= 0:
        return []
    first = patient.next_checkin_at
    return [first, *upcoming_checkins(cadence_for(plan), patient.timezone, first, patient.medication_changed_on,
                                      count - 1)]
