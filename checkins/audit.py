"""The audit trail: every view of patient data and every action, appended, never changed."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Iterator

from sqlmodel import Session, select

from checkins.models import AuditEvent, User

CSV_COLUMNS = ("id", "at", "user", "action", "object_type", "object_id", "patient_id", "ip", "detail")


def record(session: Session, user: User | None, action: str, object_type: str, object_id: int | None = None, *,
           patient_id: int | None = None, ip: str | None = None, now: datetime, **detail) -> AuditEvent:
    """Appends one event in the caller's transaction, so the action and its record commit together."""
    event = AuditEvent(at=now, user_id=user.id if user else None, action=action, object_type=object_type,
                       object_id=object_id, patient_id=patient_id, ip=ip, detail=detail)
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    patient_id: int | None = None
    action: str | None = None


def _filtered(statement, filters: AuditFilter):
    if filters.user_id:
        statement = statement.where(AuditEvent.user_id == filters.user_id)
    if filters.patient_id:
        statement = statement.where(AuditEvent.patient_id == filters.patient_id)
    if filters.action:
        statement = statement.where(AuditEvent.action == filters.action)
    return statement


def page(session: Session, filters: AuditFilter, *, before_id: int | None = None,
         size: int = 100) -> list[tuple[AuditEvent, str | None]]:
    """Newest first, keyset-paginated by id; each event with the acting user's email."""
    statement = _filtered(select(AuditEvent, User.email).join(User, User.id == AuditEvent.user_id, isouter=True),
                          filters)
    if before_id:
        statement = statement.where(AuditEvent.id < before_id)
    return list(session.exec(statement.order_by(AuditEvent.id.desc()).limit(size)).all())


def export_rows(session: Session, filters: AuditFilter) -> Iterator[tuple]:
    """Every matching event, oldest first, streamed in chunks."""
    statement = _filtered(select(AuditEvent, User.email).join(User, User.id == AuditEvent.user_id, isouter=True),
                          filters).order_by(AuditEvent.id).execution_options(yield_per=1000)
    for event, email in session.exec(statement):
        yield (event.id, event.at.isoformat(), email or "", event.action, event.object_type,
               event.object_id if event.object_id is not None else "",
               event.patient_id if event.patient_id is not None else "", event.ip or "",
               ";".join(f"{k}={v}" for k, v in sorted(event.detail.items())))


def to_csv(rows: Iterable[tuple]) -> Iterator[str]:
    """CSV text chunks, header first. Cells starting with a formula character are quoted inert."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _with_header(rows):
        writer.writerow([_inert(cell) for cell in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _with_header(rows: Iterable[tuple]) -> Iterator[tuple]:
    yield CSV_COLUMNS
    yield from rows


def _inert(cell):
    # A spreadsheet would run "=..." as a formula (CSV injection).
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell
