"""Response clocks: how long an escalation may wait before it stands out, or re-alerts on-call."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from checkins.escalations import queue_alerts
from checkins.models import Clinic, Escalation, EscalationStatus, Level
from checkins.outbox import get_clinic


def add_working_days(start: datetime, days: int, zone: str) -> datetime:
    """`start` plus `days` working days (Monday to Friday) at the same clinic-local time."""
    local = start.astimezone(ZoneInfo(zone))
    # A weekend start counts from Monday morning's equivalent time.
    while local.weekday() >= 5:
        local += timedelta(days=1)
    added = 0
    while added < days:
        local += timedelta(days=1)
        if local.weekday() < 5:
            added += 1
    # Aware arithmetic in one zone keeps the wall-clock time across DST changes.
    return local.astimezone(start.tzinfo)


def due_at(escalation: Escalation, clinic: Clinic) -> datetime | None:
    """When an unacknowledged escalation becomes overdue (None for routine ones)."""
    if escalation.level == Level.URGENT:
        return (escalation.urgent_since or escalation.created_at) + timedelta(minutes=clinic.urgent_clock_minutes)
    if escalation.level == Level.HIGH:
        return add_working_days(escalation.created_at, clinic.high_clock_days, clinic.timezone)
    return None


def is_overdue(escalation: Escalation, clinic: Clinic, now: datetime) -> bool:
    if escalation.status != EscalationStatus.OPEN:
        return False
    due = due_at(escalation, clinic)
    return due is not None and now > due


def realert_overdue(session: Session, base_url: str, now: datetime) -> list[int]:
    """Re-alerts on-call, once, for each urgent escalation nobody acknowledged within the clinic's clock.

    Returns the queued alert message ids for the caller to hand to the workers.
    """
    clinic = get_clinic(session)
    cutoff = now - timedelta(minutes=clinic.urgent_clock_minutes)
    overdue = session.exec(select(Escalation).where(
        Escalation.status == EscalationStatus.OPEN, Escalation.level == Level.URGENT,
        Escalation.urgent_since <= cutoff, Escalation.realerted_at.is_(None),
    ).with_for_update(skip_locked=True)).all()
    ids: list[int] = []
    for escalation in overdue:
        ids.extend(queue_alerts(session, escalation, base_url, now, oncall_only=True))
    return ids
