"""Reading the admin console's form fields and recording what admins do."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import g, request
from sqlmodel import Session

from checkins import audit
from checkins.security import client_ip


def text(name: str) -> str:
    return request.form.get(name, "").strip()


def int_or_none(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 12 else None


def form_date(name: str, errors: dict[str, str]) -> date | None:
    """The field as a date (blank: None); a value that is not YYYY-MM-DD is an error on the field."""
    value = text(name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors[name] = "is not a date (YYYY-MM-DD)"
        return None


def form_local_datetime(name: str, zone: ZoneInfo, errors: dict[str, str]) -> datetime | None:
    """The field (a datetime-local input, read in `zone`) as an aware datetime; blank: None."""
    value = text(name)
    if not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        errors[name] = "is not a date and time"
        return None
    return at.replace(tzinfo=zone) if at.tzinfo is None else at


def record(session: Session, action: str, object_type: str, object_id: int | None, *, now: datetime,
           patient_id: int | None = None, **detail) -> None:
    """Audits an admin's view or action in the current transaction. Ids and field names only in `detail`."""
    audit.record(session, g.user, action, object_type, object_id, patient_id=patient_id, ip=client_ip(), now=now,
                 **detail)
