"""JSON in and out of the API: strict parsing with an error per field, and the shapes returned. No Flask here."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from checkins.models import Escalation, Medication, Patient, Role, User
from checkins.patients import CONSENT_METHODS, MedicationInput, PatientInput
from checkins.validation import ValidationError

_PATIENT_FIELDS = {"first_name", "last_name", "phone", "timezone", "language", "prescriber_email", "birth_date",
                   "medications", "consent"}


def _text(body: dict, name: str, errors: dict, *, required: bool = True, limit: int = 200) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            errors[name] = "is required"
        return None
    if not isinstance(value, str):
        errors[name] = "must be a string"
        return None
    if len(value) > limit:
        errors[name] = f"is longer than {limit} characters"
        return None
    return value


def _date(value: Any, name: str, errors: dict) -> date | None:
    if not isinstance(value, str):
        errors[name] = "must be a date (YYYY-MM-DD)"
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors[name] = "must be a date (YYYY-MM-DD)"
        return None


def _instant(value: Any, name: str, errors: dict) -> datetime | None:
    if not isinstance(value, str):
        errors[name] = "must be a date-time with a time zone (ISO 8601)"
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        errors[name] = "must be a date-time with a time zone (ISO 8601)"
        return None
    if parsed.tzinfo is None:
        errors[name] = "needs a time zone (e.g. 2026-01-05T14:00:00Z)"
        return None
    return parsed


def patient_input(session: Session, body: Any) -> PatientInput:
    """Parses a POST /api/patients body; raises ValidationError naming every bad field."""
    if not isinstance(body, dict):
        raise ValidationError({"body": "must be a JSON object"})
    errors: dict[str, str] = {f: "is not a known field" for f in body if f not in _PATIENT_FIELDS}
    first = _text(body, "first_name", errors, limit=80)
    last = _text(body, "last_name", errors, limit=80)
    phone = _text(body, "phone", errors, limit=40)
    zone = _text(body, "timezone", errors, limit=64)
    language = _text(body, "language", errors, required=False, limit=2) or "en"
    email = _text(body, "prescriber_email", errors, limit=254)
    prescriber_id = None
    if email is not None:
        prescriber = session.exec(select(User).where(User.email == email.strip().lower())).first()
        if prescriber is None or prescriber.role != Role.PRESCRIBER or not prescriber.active:
            errors["prescriber_email"] = "is not an active prescriber"
        else:
            prescriber_id = prescriber.id
    birth = _date(body["birth_date"], "birth_date", errors) if body.get("birth_date") is not None else None
    medications = []
    raw_meds = body.get("medications", [])
    if not isinstance(raw_meds, list):
        errors["medications"] = "must be a list of {name, started_on}"
        raw_meds = []
    for i, med in enumerate(raw_meds):
        where = f"medications[{i}]"
        if not isinstance(med, dict):
            errors[where] = "must be an object with name and started_on"
            continue
        name = _text(med, "name", errors, limit=80)
        if name is None:
            errors[f"{where}.name"] = errors.pop("name")
        started = _date(med.get("started_on"), f"{where}.started_on", errors)
        dose = med.get("dose") if isinstance(med.get("dose"), str) else None
        medications.append(MedicationInput(name=name or "", started_on=started, dose=dose))
    consent_at = consent_method = consent_text = None
    consent = body.get("consent")
    if consent is not None:
        if not isinstance(consent, dict):
            errors["consent"] = "must be an object with at and method"
        else:
            consent_at = _instant(consent.get("at"), "consent.at", errors)
            consent_method = consent.get("method")
            if consent_method not in CONSENT_METHODS:
                errors["consent.method"] = "must be one of " + ", ".join(CONSENT_METHODS)
            consent_text = consent.get("text") if isinstance(consent.get("text"), str) else None
    if errors:
        raise ValidationError(errors)
    return PatientInput(first_name=first, last_name=last, phone=phone, timezone=zone, language=language,
                        prescriber_id=prescriber_id, birth_date=birth, consent_at=consent_at,
                        consent_method=consent_method, consent_text=consent_text, medications=medications)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def patient_json(session: Session, patient: Patient) -> dict:
    prescriber = session.get(User, patient.prescriber_id)
    meds = session.exec(select(Medication).where(Medication.patient_id == patient.id).order_by(Medication.id)).all()
    return {
        "id": patient.id, "first_name": patient.first_name, "last_name": patient.last_name, "phone": patient.phone,
        "timezone": patient.timezone, "language": patient.language,
        "birth_date": patient.birth_date.isoformat() if patient.birth_date else None,
        "prescriber_email": prescriber.email if prescriber else None, "status": patient.status,
        "consent": {"at": _iso(patient.consent_at), "method": patient.consent_method} if patient.consent_at else None,
        "medications": [{"name": m.name, "dose": m.dose, "started_on": m.changed_on.isoformat(), "active": m.active}
                        for m in meds],
        "next_checkin_at": _iso(patient.next_checkin_at),
    }


def escalation_json(escalation: Escalation) -> dict:
    return {
        "id": escalation.id, "patient_id": escalation.patient_id, "level": escalation.level,
        "reasons": list(escalation.reasons), "status": escalation.status,
        "created_at": _iso(escalation.created_at), "acknowledged_at": _iso(escalation.acknowledged_at),
        "resolved_at": _iso(escalation.resolved_at), "note": escalation.resolution_note,
        "false_alarm": escalation.false_alarm,
    }
