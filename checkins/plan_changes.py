"""Creating and editing check-in plans from an admin's input: parse, validate, save, reschedule. No Flask here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import func, or_, update
from sqlmodel import Session, select

from checkins.models import Patient, PatientStatus, Plan
from checkins.patients import reschedule
from checkins.plans import cadence_for, validate_plan
from checkins.schedule import in_quiet_hours
from checkins.validation import ValidationError

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Texts squeezed into a sliver of the day arrive in a burst or not at all.
MIN_ALLOWED_MINUTES = 60
PLAN_FIELDS = ("name", "questions", "weekdays", "send_time", "dense_weekdays", "dense_weeks", "reminder_hours",
               "missed_threshold", "quiet_start", "quiet_end", "is_default")


@dataclass
class PlanInput:
    """A plan as typed into the form: strings, questions in the order chosen (blanks skipped)."""

    name: str = ""
    questions: list[str] = field(default_factory=list)
    weekdays: list[str] = field(default_factory=list)
    send_time: str = ""
    dense_weekdays: list[str] = field(default_factory=list)
    dense_weeks: str = "0"
    reminder_hours: str = ""
    missed_threshold: str = ""
    quiet_start: str = ""
    quiet_end: str = ""
    is_default: bool = False

    @classmethod
    def from_plan(cls, plan: Plan) -> PlanInput:
        return cls(
            name=plan.name, questions=list(plan.questions), weekdays=[str(d) for d in plan.weekdays],
            send_time=plan.send_time.strftime("%H:%M"), dense_weekdays=[str(d) for d in plan.dense_weekdays or ()],
            dense_weeks=str(plan.dense_weeks or 0), reminder_hours=str(plan.reminder_hours),
            missed_threshold=str(plan.missed_threshold), quiet_start=plan.quiet_start.strftime("%H:%M"),
            quiet_end=plan.quiet_end.strftime("%H:%M"), is_default=plan.is_default,
        )


def _whole(raw: str, name: str, errors: dict) -> int | None:
    text = (raw or "").strip()
    if not text.lstrip("-").isdigit():
        errors[name] = "must be a whole number"
        return None
    return int(text)


def _wall_time(raw: str, name: str, errors: dict) -> time | None:
    try:
        return time.fromisoformat((raw or "").strip()).replace(second=0, microsecond=0)
    except ValueError:
        errors[name] = "must be a time of day like 09:30"
        return None


def _days(raw: list[str], name: str, errors: dict) -> list[int]:
    days = sorted({int(d) for d in raw if str(d).isdigit()})
    if len(days) != len(set(raw)) or any(d > 6 for d in days):
        errors[name] = "choose weekdays from Monday to Sunday"
    return days


def allowed_minutes(quiet_start: time, quiet_end: time) -> int:
    """Minutes a day outside quiet hours (the allowed window is [quiet_end, quiet_start))."""
    start, end = quiet_start.hour * 60 + quiet_start.minute, quiet_end.hour * 60 + quiet_end.minute
    return (start - end) % (24 * 60)


def clean_plan(session: Session, data: PlanInput, *, plan: Plan | None = None) -> dict:
    """Returns the Plan column values for `data`, or raises ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    name = (data.name or "").strip()
    if len(name) > 120:
        errors["name"] = "is longer than 120 characters"
    elif name:
        clash = session.exec(select(Plan.id).where(Plan.name == name)).first()
        if clash is not None and (plan is None or clash != plan.id):
            errors["name"] = "another plan has this name"
    questions = [q for q in data.questions if q]
    if repeated := next((q for i, q in enumerate(questions) if q in questions[:i]), None):
        errors["questions"] = f"{repeated.replace('_', ' ')} is chosen twice; ask each question once"
    values = dict(
        name=name, questions=questions,
        weekdays=_days(data.weekdays, "weekdays", errors),
        dense_weekdays=_days(data.dense_weekdays, "dense_weekdays", errors),
        send_time=_wall_time(data.send_time, "send_time", errors),
        quiet_start=_wall_time(data.quiet_start, "quiet_start", errors),
        quiet_end=_wall_time(data.quiet_end, "quiet_end", errors),
        dense_weeks=_whole(data.dense_weeks or "0", "dense_weeks", errors),
        reminder_hours=_whole(data.reminder_hours, "reminder_hours", errors),
        missed_threshold=_whole(data.missed_threshold, "missed_threshold", errors),
        is_default=bool(data.is_default),
    )
    if plan is not None and plan.is_default and not values["is_default"]:
        errors["is_default"] = "new patients need a default plan: make another plan the default instead"
    _check_times(values, errors)
    try:
        # Unparsed values stay None: the plan's own checks then name the same field, and ours stand.
        validate_plan(Plan(**values))
    except ValidationError as exc:
        for key, message in exc.errors.items():
            errors.setdefault(key, message)
    if errors:
        raise ValidationError(errors)
    return values


def _check_times(values: dict, errors: dict) -> None:
    start, end, send = values["quiet_start"], values["quiet_end"], values["send_time"]
    if start is None or end is None:
        return
    allowed = allowed_minutes(start, end)
    if allowed == 0:
        return  # equal start and end: checkins.schedule names that itself
    if allowed < MIN_ALLOWED_MINUTES:
        errors["quiet_end"] = (f"leaves only {allowed} minutes a day for texts; "
                               f"allow at least {MIN_ALLOWED_MINUTES // 60} hour")
    elif send is not None and in_quiet_hours(datetime.combine(date(2026, 1, 5), send, tzinfo=UTC), "UTC", start, end):
        errors["send_time"] = (f"{send:%H:%M} is inside quiet hours ({start:%H:%M}–{end:%H:%M}); "
                               f"texts would wait until {end:%H:%M}. Choose a time between {end:%H:%M} and {start:%H:%M}")


def changed_fields(plan: Plan, values: dict) -> list[str]:
    return [name for name in PLAN_FIELDS if getattr(plan, name) != values[name]]


def save_plan(session: Session, plan: Plan | None, values: dict, now: datetime) -> tuple[Plan, int]:
    """Creates or updates a plan from clean values; returns it and how many patients were rescheduled.

    A changed cadence moves the next check-in of the plan's active patients in
    the caller's transaction, so the plan and their schedules change together.
    """
    before = cadence_for(plan) if plan is not None else None
    if plan is None:
        plan = Plan(**values, created_at=now)
        session.add(plan)
    else:
        for name, value in values.items():
            setattr(plan, name, value)
    session.flush()
    if plan.is_default:
        session.exec(update(Plan).where(Plan.id != plan.id, Plan.is_default == True)  # noqa: E712
                     .values(is_default=False))
    moved = reschedule_plan_patients(session, plan, now) if before is not None and cadence_for(plan) != before else 0
    return plan, moved


def reschedule_plan_patients(session: Session, plan: Plan, now: datetime) -> int:
    """Recomputes the next check-in of every active patient on `plan`; returns how many.

    Patients already due are left for the tick, which claims them and then
    schedules the following slot from the new cadence (rescheduling them here
    would skip the slot they are owed).
    """
    patients = session.exec(select(Patient).where(
        Patient.plan_id == plan.id, Patient.status == PatientStatus.ACTIVE,
        or_(Patient.next_checkin_at.is_(None), Patient.next_checkin_at > now),
    )).all()
    for patient in patients:
        reschedule(patient, plan, now)
    session.flush()
    return len(patients)


def patient_counts(session: Session) -> dict[int, int]:
    """Active patients per plan id."""
    rows = session.exec(select(Patient.plan_id, func.count()).where(Patient.status == PatientStatus.ACTIVE)
                        .group_by(Patient.plan_id))
    return dict(rows.all())
