"""Who may see which patients: admins all, a prescriber their own and those they cover for."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import or_
from sqlmodel import Session, select

from checkins.models import Cover, Escalation, Patient, Role, User
from checkins.outbox import get_clinic


def clinic_today(session: Session, now: datetime) -> date:
    """Today's date where the clinic is: covers start and end on the clinic's calendar days."""
    return now.astimezone(ZoneInfo(get_clinic(session).timezone)).date()


def covered_prescriber_ids(session: Session, user: User, today: date) -> set[int]:
    """Returns the prescribers whose patients `user` may see today: themself and those they cover."""
    covers = session.exec(select(Cover.prescriber_id).where(
        Cover.covering_id == user.id, Cover.starts_on <= today,
        or_(Cover.ends_on.is_(None), Cover.ends_on >= today),
    )).all()
    return {user.id, *covers}


class Scope:
    """The patients one signed-in user may see; every patient-data query goes through it."""

    def __init__(self, session: Session, user: User, now: datetime):
        self.user = user
        self.prescriber_ids = (None if user.role == Role.ADMIN
                               else covered_prescriber_ids(session, user, clinic_today(session, now)))

    @property
    def everything(self) -> bool:
        return self.prescriber_ids is None

    def patients(self, statement):
        """Restricts a statement over Patient to this scope."""
        if self.everything:
            return statement
        return statement.where(Patient.prescriber_id.in_(self.prescriber_ids))

    def escalations(self, statement):
        """Restricts a statement over Escalation to this scope (by the patient's current prescriber)."""
        if self.everything:
            return statement
        return statement.where(Escalation.patient_id.in_(
            select(Patient.id).where(Patient.prescriber_id.in_(self.prescriber_ids))))

    def allows(self, patient: Patient | None) -> bool:
        return patient is not None and (self.everything or patient.prescriber_id in self.prescriber_ids)


def patient_for(session: Session, scope: Scope, patient_id: int) -> Patient | None:
    """Returns the patient if in scope; None otherwise (callers answer 404, never 403)."""
    patient = session.get(Patient, patient_id)
    return patient if scope.allows(patient) else None


def escalation_for(session: Session, scope: Scope, escalation_id: int) -> Escalation | None:
    """Returns the escalation if its patient is in scope (both loaded in one query); None otherwise."""
    found = session.exec(select(Escalation, Patient).join(Patient, Patient.id == Escalation.patient_id)
                         .where(Escalation.id == escalation_id)).first()
    if found is None or not scope.allows(found[1]):
        return None
    return found[0]
