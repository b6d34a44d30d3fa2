"""Check-in plans: validation and the scheduling cadence they describe."""

from __future__ import annotations

from checkins.models import Plan, Question
from checkins.schedule import Cadence, ScheduleError
from checkins.validation import ValidationError

QUESTIONS = tuple(q.value for q in Question)


def cadence_for(plan: Plan) -> Cadence:
    """Returns the scheduling cadence of `plan`."""
    return Cadence(
        weekdays=frozenset(plan.weekdays),
        send_time=plan.send_time,
        dense_weekdays=frozenset(plan.dense_weekdays or ()),
        dense_weeks=plan.dense_weeks or 0,
        quiet_start=plan.quiet_start,
        quiet_end=plan.quiet_end,
    )


def validate_plan(plan: Plan) -> None:
    """Raises ValidationError naming each bad field of `plan`."""
    errors: dict[str, str] = {}
    if not (plan.name or "").strip():
        errors["name"] = "is required"
    questions = plan.questions or []
    if not questions:
        errors["questions"] = "choose at least one question"
    elif unknown := [q for q in questions if q not in QUESTIONS]:
        errors["questions"] = f"unknown question {unknown[0]!r}; use {', '.join(QUESTIONS)}"
    elif len(set(questions)) != len(questions):
        errors["questions"] = "a question is listed twice"
    if not 1 <= (plan.reminder_hours or 0) <= 72:
        errors["reminder_hours"] = "must be between 1 and 72 hours"
    if not 1 <= (plan.missed_threshold or 0) <= 10:
        errors["missed_threshold"] = "must be between 1 and 10"
    if not 0 <= (plan.dense_weeks or 0) <= 26:
        errors["dense_weeks"] = "must be between 0 and 26"
    try:
        cadence_for(plan).validate()
    except ScheduleError as exc:
        errors.setdefault(exc.field, exc.message)
    except (TypeError, ValueError) as exc:
        errors.setdefault("weekdays", str(exc))
    if errors:
        raise ValidationError(errors)
