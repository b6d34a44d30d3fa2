"""Staff accounts, moving a prescriber's patients to a colleague, and cover arrangements. No Flask here.

Every function works inside the caller's transaction and raises ValidationError
(naming each bad field, nothing changed) for refused input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, update
from sqlmodel import Session, select

from checkins.models import Clinic, Cover, Escalation, EscalationStatus, Patient, PatientStatus, Role, User
from checkins.passwords import MIN_LENGTH, hash_password
from checkins.phones import PhoneError, normalize_phone
from checkins.validation import ValidationError, required_text_error

ROLES = (Role.ADMIN.value, Role.PRESCRIBER.value)
UNRESOLVED = (EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED)
# Deliberately loose: one @, something either side, no spaces. The real check is that mail arrives.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class UserInput:
    name: str
    role: str
    phone: str = ""
    email: str = ""
    password: str = ""


def _check_profile(data: UserInput, clinic: Clinic, errors: dict[str, str]) -> dict:
    cleaned: dict = {}
    name = (data.name or "").strip()
    if problem := required_text_error(name, 120):
        errors["name"] = problem
    cleaned["name"] = name
    if data.role not in ROLES:
        errors["role"] = "choose admin or prescriber"
    cleaned["role"] = data.role
    raw = (data.phone or "").strip()
    cleaned["phone"] = None
    if raw:
        # Alerts are texts, so the alert phone must be able to receive them.
        try:
            cleaned["phone"] = normalize_phone(raw, clinic.default_region)
        except PhoneError as exc:
            errors["phone"] = exc.reason
    elif data.role == Role.PRESCRIBER:
        errors["phone"] = "is required for a prescriber (escalation alerts are texted to it)"
    return cleaned


def create_user(session: Session, data: UserInput, clinic: Clinic, *, now: datetime) -> User:
    """Adds an active user with an argon2id password hash; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    cleaned = _check_profile(data, clinic, errors)
    email = (data.email or "").strip().lower()
    if not email:
        errors["email"] = "is required"
    elif len(email) > 254 or not _EMAIL.match(email):
        errors["email"] = "is not an email address"
    elif session.exec(select(User.id).where(func.lower(User.email) == email)).first() is not None:
        errors["email"] = "belongs to another user"
    if len(data.password or "") < MIN_LENGTH:
        errors["password"] = f"must be at least {MIN_LENGTH} characters"
    if errors:
        raise ValidationError(errors)
    user = User(email=email, password_hash=hash_password(data.password), active=True, created_at=now, **cleaned)
    session.add(user)
    session.flush()
    return user


def patient_count(session: Session, user_id: int) -> int:
    """Patients (any status) whose prescriber is `user_id`."""
    return session.exec(select(func.count()).select_from(Patient).where(Patient.prescriber_id == user_id)).one()


def update_user(session: Session, user: User, data: UserInput, clinic: Clinic, *, acting: User) -> list[str]:
    """Changes name, role and alert phone; returns the names of the fields that changed."""
    errors: dict[str, str] = {}
    cleaned = _check_profile(data, clinic, errors)
    if "role" not in errors and cleaned["role"] != user.role:
        if user.id == acting.id:
            errors["role"] = "you cannot change your own role"
        elif user.role == Role.PRESCRIBER and patient_count(session, user.id):
            errors["role"] = "this prescriber still has patients; reassign them first"
    if errors:
        raise ValidationError(errors)
    changed = [k for k, v in cleaned.items() if getattr(user, k) != v]
    for key in changed:
        setattr(user, key, cleaned[key])
    return changed


def set_active(session: Session, user: User, active: bool, *, acting: User) -> None:
    """Deactivates (no sign-in, no alerts) or reactivates `user`; an admin cannot deactivate themself."""
    if not active and user.id == acting.id:
        raise ValidationError({"active": "you cannot deactivate your own account"})
    user.active = active


@dataclass(frozen=True)
class Reassigned:
    patients: int
    escalations: int


def reassign_patients(session: Session, source: User, target_id: int | None) -> Reassigned:
    """Moves every patient of `source`, and their unresolved escalations, to the active prescriber `target_id`.

    Two UPDATE statements in the caller's transaction: either all move or none.
    """
    target = session.get(User, target_id) if target_id else None
    if target is None or target.role != Role.PRESCRIBER or not target.active:
        raise ValidationError({"target": "choose an active prescriber"})
    if target.id == source.id:
        raise ValidationError({"target": "choose another prescriber"})
    moved = session.execute(update(Patient).where(Patient.prescriber_id == source.id)
                            .values(prescriber_id=target.id)).rowcount
    escalations = session.execute(update(Escalation).where(Escalation.prescriber_id == source.id,
                                                           Escalation.status.in_(UNRESOLVED))
                                  .values(prescriber_id=target.id)).rowcount
    session.expire_all()  # loaded Patient/Escalation rows must not keep the old prescriber
    return Reassigned(moved, escalations)


def active_patient_count(session: Session, user_id: int) -> int:
    """Patients of `user_id` who may still be texted (not opted out)."""
    return session.exec(select(func.count()).select_from(Patient).where(
        Patient.prescriber_id == user_id, Patient.status != PatientStatus.OPTED_OUT)).one()


def create_cover(session: Session, prescriber_id: int | None, covering_id: int | None, starts_on: date | None,
                 ends_on: date | None, *, by: User, now: datetime) -> Cover:
    """Lets `covering_id` see and act on `prescriber_id`'s patients from `starts_on` to `ends_on` (inclusive)."""
    errors: dict[str, str] = {}
    people = {}
    for name, user_id in (("prescriber", prescriber_id), ("covering", covering_id)):
        user = session.get(User, user_id) if user_id else None
        if user is None or user.role != Role.PRESCRIBER or not user.active:
            errors[name] = "choose an active prescriber"
        people[name] = user
    if "covering" not in errors and prescriber_id == covering_id:
        errors["covering"] = "must be someone else"
    if starts_on is None:
        errors.setdefault("starts_on", "is required")
    if ends_on is not None and starts_on is not None and ends_on < starts_on:
        errors["ends_on"] = "is before the start"
    if errors:
        raise ValidationError(errors)
    cover = Cover(prescriber_id=prescriber_id, covering_id=covering_id, starts_on=starts_on, ends_on=ends_on,
                  created_at=now, created_by_id=by.id)
    session.add(cover)
    session.flush()
    return cover


def end_cover(cover: Cover, today: date) -> None:
    """Ends the cover now: its last day becomes yesterday, so access stops today (a future cover never starts)."""
    yesterday = date.fromordinal(today.toordinal() - 1)
    if cover.ends_on is not None and cover.ends_on < today:
        raise ValidationError({"end": "this cover has already ended"})
    cover.ends_on = yesterday


def current_or_future_covers(session: Session, today: date) -> list[Cover]:
    """Covers that have not ended, soonest first."""
    return list(session.exec(select(Cover).where(or_(Cover.ends_on.is_(None), Cover.ends_on >= today))
                             .order_by(Cover.starts_on, Cover.id)).all())


def past_covers(session: Session, today: date, limit: int = 50) -> list[Cover]:
    return list(session.exec(select(Cover).where(Cover.ends_on < today)
                             .order_by(Cover.ends_on.desc(), Cover.id.desc()).limit(limit)).all())
