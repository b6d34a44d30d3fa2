"""Creating outbound texts: rendered, costed and saved before any provider call."""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from sqlmodel import Session, select

from checkins.models import (
    Clinic,
    Direction,
    Medication,
    Message,
    MessageStatus,
    Patient,
    Purpose,
    SmsTemplate,
    User,
)
from checkins.texts import medication_phrase, render, validate_template


class ClinicNotConfigured(RuntimeError):
    """The database has no clinic row: run `checkins init-db` and `checkins seed-demo` (or create one)."""


def get_clinic(session: Session) -> Clinic:
    """Returns the clinic this installation serves (read once per session: every text needs it)."""
    clinic = session.info.get("clinic")
    if clinic is None:
        clinic = session.exec(select(Clinic).order_by(Clinic.id)).first()
        if clinic is None:
            raise ClinicNotConfigured(ClinicNotConfigured.__doc__)
        session.info["clinic"] = clinic
    return clinic


def template_overrides(session: Session) -> dict[tuple[str, str], str]:
    """Returns the clinic's own wording keyed by (kind, language), read once per session."""
    overrides = session.info.get("templates")
    if overrides is None:
        overrides = {(kind, language): body for kind, language, body in
                     session.exec(select(SmsTemplate.kind, SmsTemplate.language, SmsTemplate.body))}
        session.info["templates"] = overrides
    return overrides


def text_context(
    clinic: Clinic,
    patient: Patient | None,
    prescriber: User | None,
    medications: list[str] = (),
    **extra: str,
) -> dict[str, str]:
    """Returns placeholder values for one recipient."""
    language = patient.language if patient else "en"
    return {
        "first_name": patient.first_name if patient else "",
        "prescriber_name": prescriber.name if prescriber else "your prescriber",
        "clinic_name": clinic.name,
        "clinic_phone": clinic.phone or "",
        "medication": medication_phrase(list(medications), language, clinic.show_medication_names),
        **extra,
    }


def active_medication_names(session: Session, patient_id: int) -> list[str]:
    return list(
        session.exec(
            select(Medication.name)
            .where(Medication.patient_id == patient_id, Medication.active == True)  # noqa: E712
            .order_by(Medication.name)
        )
    )


def outbound_values(
    *,
    phone: str,
    kind: str,
    language: str,
    purpose: Purpose,
    context: Mapping[str, str],
    overrides: Mapping[tuple[str, str], str],
    now: datetime,
    patient_id: int | None = None,
    user_id: int | None = None,
    checkin_id: int | None = None,
    question: str | None = None,
) -> dict:
    """Returns the column values of a queued outbound text, rendered and costed."""
    rendered = render(kind, language, context, overrides)
    return dict(
        direction=Direction.OUTBOUND.value,
        purpose=purpose.value,
        patient_id=patient_id,
        user_id=user_id,
        checkin_id=checkin_id,
        question=question,
        phone=phone,
        body=rendered.body,
        encoding=rendered.cost.encoding,
        segments=rendered.cost.segments,
        status=MessageStatus.QUEUED.value,
        attempts=0,
        created_at=now,
    )


def queue_patient_text(session: Session, patient: Patient, kind: str, purpose: Purpose, now: datetime, *,
                       checkin_id: int | None = None, question: str | None = None) -> Message:
    """Saves a queued text to `patient` in their language; returns the message row."""
    context = text_context(get_clinic(session), patient, session.get(User, patient.prescriber_id),
                           active_medication_names(session, patient.id))
    message = Message(**outbound_values(
        phone=patient.phone, kind=kind, language=patient.language, purpose=purpose,
        context=context, overrides=template_overrides(session), now=now,
        patient_id=patient.id, checkin_id=checkin_id, question=question,
    ))
    session.add(message)
    session.flush()
    return message


def save_template(session: Session, kind: str, language: str, body: str, *, by: User | None, now: datetime) -> SmsTemplate:
    """Validates and stores the clinic's wording for (kind, language); raises TemplateError, saving nothing."""
    validate_template(kind, language, body)
    row = session.exec(select(SmsTemplate).where(SmsTemplate.kind == kind, SmsTemplate.language == language)).first()
    if row is None:
        row = SmsTemplate(kind=kind, language=language, body=body)
        session.add(row)
    row.body, row.updated_at, row.updated_by_id = body, now, by.id if by else None
    session.info.pop("templates", None)
    session.flush()
    return row


def reset_template(session: Session, kind: str, language: str) -> bool:
    """Removes the clinic's wording for (kind, language) so the shipped default applies; returns whether one existed."""
    row = session.exec(select(SmsTemplate).where(SmsTemplate.kind == kind, SmsTemplate.language == language)).first()
    if row is None:
        return False
    session.delete(row)
    session.info.pop("templates", None)
    session.flush()
    return True
