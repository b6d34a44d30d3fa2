"""A patient's medications: start, change, stop. A start or change moves the patient onto the denser cadence.

Dates are the patient's local calendar dates, like `Patient.medication_changed_on`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from checkins.models import Medication, Patient, Plan
from checkins.patients import reschedule
from checkins.validation import ValidationError, medication_name_error

DOSE_MAX = 80


def _check_date(errors: dict[str, str], field: str, value: date | None, today: date) -> None:
    if value is None:
        errors.setdefault(field, "is required")
    elif value > today:
        errors[field] = "is in the future"


def _check_dose(errors: dict[str, str], field: str, dose: str | None) -> str | None:
    dose = (dose or "").strip() or None
    if dose and len(dose) > DOSE_MAX:
        errors[field] = f"is longer than {DOSE_MAX} characters"
    return dose


def _changed(session: Session, patient: Patient, on: date, now: datetime) -> None:
    # The latest start or change wins: a back-dated entry must not shorten a denser window already running.
    if patient.medication_changed_on is None or on > patient.medication_changed_on:
        patient.medication_changed_on = on
    reschedule(patient, session.get(Plan, patient.plan_id), now)


def start(session: Session, patient: Patient, name: str, dose: str | None, started_on: date | None, *,
          today: date, now: datetime) -> Medication:
    """Adds an active medication and reschedules; raises ValidationError (fields name, dose, started_on)."""
    errors: dict[str, str] = {}
    name = (name or "").strip().lower()
    if problem := medication_name_error(name):
        errors["name"] = problem
    dose = _check_dose(errors, "dose", dose)
    _check_date(errors, "started_on", started_on, today)
    if errors:
        raise ValidationError(errors)
    medication = Medication(patient_id=patient.id, name=name, dose=dose, changed_on=started_on, active=True,
                            created_at=now)
    session.add(medication)
    session.flush()
    _changed(session, patient, started_on, now)
    return medication


def change(session: Session, patient: Patient, medication: Medication, dose: str | None, changed_on: date | None,
           *, today: date, now: datetime) -> None:
    """Records a dose change from `changed_on` and reschedules; raises ValidationError (fields dose, changed_on)."""
    errors: dict[str, str] = {}
    if not medication.active:
        errors["changed_on"] = "this medication was stopped; start it again instead"
    dose = _check_dose(errors, "dose", dose)
    _check_date(errors, "changed_on", changed_on, today)
    if errors:
        raise ValidationError(errors)
    medication.dose = dose
    medication.changed_on = changed_on
    _changed(session, patient, changed_on, now)


def stop(medication: Medication) -> None:
    """Marks the medication stopped; the cadence is left as it is."""
    if not medication.active:
        raise ValidationError({"stop": "this medication is already stopped"})
    medication.active = False
