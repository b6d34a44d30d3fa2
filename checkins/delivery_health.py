"""How outbound texts fared and what the job queues are doing, for the admin's delivery page. No Flask here.

Nothing here shows a message body or a full phone number: failures carry
their provider code, a masked number and the patient id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Callable
from zoneinfo import ZoneInfo

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Worker
from sqlalchemy import case, func, or_
from sqlmodel import Session, select

from checkins.models import Direction, Message, MessageStatus
from checkins.phones import mask
from checkins.services import QUEUES

DAYS = 14
FAILURE_LIMIT = 25
# Our statuses folded into the page's columns.
_COLUMN = {
    MessageStatus.SENT: "sent", MessageStatus.REPLIED: "sent", MessageStatus.DELIVERED: "delivered",
    MessageStatus.UNDELIVERED: "undelivered", MessageStatus.FAILED: "failed", MessageStatus.QUEUED: "waiting",
    MessageStatus.SENDING: "waiting", MessageStatus.CANCELLED: "cancelled",
}
# The provider codes a clinic meets most, in words (Twilio's error dictionary has the rest).
ERROR_MEANINGS = {
    21211: "invalid 'To' number", 21408: "region not enabled for sending", 21610: "recipient replied STOP",
    21612: "number not reachable by text from this sender", 21614: "number cannot receive texts",
    30001: "queue overflow at the provider", 30003: "handset unreachable", 30004: "message blocked",
    30005: "unknown or inactive number", 30006: "landline or unreachable carrier",
    30007: "filtered by the carrier", 30008: "unknown error at the carrier", 30032: "toll-free number not verified",
    30034: "sender not registered for A2P 10DLC",
}
# Provider error texts sometimes quote the number; never show one.
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")


@dataclass(frozen=True)
class DayCounts:
    day: date
    sent: int = 0         # accepted by the provider, no delivery report (yet)
    delivered: int = 0
    undelivered: int = 0
    failed: int = 0
    waiting: int = 0      # saved, not yet handed to the provider
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.delivered + self.undelivered + self.failed + self.waiting + self.cancelled


@dataclass(frozen=True)
class Failure:
    message_id: int
    at: datetime
    status: str
    purpose: str
    patient_id: int | None
    masked_phone: str
    error_code: int | None
    error_detail: str | None

    @property
    def meaning(self) -> str | None:
        return ERROR_MEANINGS.get(self.error_code) if self.error_code else None


def _local_midnights(zone: ZoneInfo, first: date, count: int) -> list[datetime]:
    return [datetime.combine(first + timedelta(days=i), time(0), tzinfo=zone).astimezone(UTC) for i in range(count)]


def daily_counts(session: Session, zone_name: str, now: datetime, days: int = DAYS) -> list[DayCounts]:
    """Outbound texts per clinic-local day (oldest first, today last) and status, in one grouped query."""
    zone = ZoneInfo(zone_name)
    first = now.astimezone(zone).date() - timedelta(days=days - 1)
    bounds = _local_midnights(zone, first, days + 1)  # local midnights, DST included
    day_index = case(*[(Message.created_at < bounds[i + 1], i) for i in range(days - 1)], else_=days - 1)
    # Grouped in an outer query: PostgreSQL does not match a CASE with bound parameters to its GROUP BY twin.
    inner = select(day_index.label("day"), Message.status.label("status")).where(
        Message.direction == Direction.OUTBOUND, Message.created_at >= bounds[0], Message.created_at < bounds[-1],
    ).subquery()
    totals: dict[int, dict[str, int]] = {}
    for index, status, count in session.exec(
            select(inner.c.day, inner.c.status, func.count()).group_by(inner.c.day, inner.c.status)):
        column = _COLUMN.get(status)
        if column:
            per_day = totals.setdefault(int(index), {})
            per_day[column] = per_day.get(column, 0) + count
    return [DayCounts(first + timedelta(days=i), **totals.get(i, {})) for i in range(days)]


def recent_failures(session: Session, now: datetime, days: int = DAYS, limit: int = FAILURE_LIMIT) -> list[Failure]:
    """The newest failed or undelivered outbound texts, without bodies or full numbers."""
    at = func.coalesce(Message.status_at, Message.created_at)
    rows = session.exec(
        select(Message.id, at, Message.status, Message.purpose, Message.patient_id, Message.phone,
               Message.error_code, Message.error_detail)
        .where(Message.direction == Direction.OUTBOUND,
               or_(Message.status == MessageStatus.FAILED, Message.status == MessageStatus.UNDELIVERED),
               Message.created_at >= now - timedelta(days=days))
        .order_by(at.desc(), Message.id.desc()).limit(limit)
    ).all()
    return [Failure(mid, _aware(when), status, purpose, patient_id, mask(phone), code,
                    _NUMBER.sub("•••", detail) if detail else None)
            for mid, when, status, purpose, patient_id, phone, code, detail in rows]


def _aware(value: datetime) -> datetime:
    # coalesce() loses the column type, so SQLite hands back a naive UTC value.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


@dataclass(frozen=True)
class QueueState:
    name: str
    queued: int
    started: int
    failed: int
    scheduled: int
    deferred: int


@dataclass(frozen=True)
class WorkerState:
    name: str
    state: str
    queues: list[str]
    current_job: str | None
    last_heartbeat: datetime | None
    hostname: str | None
    pid: int | None


@dataclass(frozen=True)
class QueueHealth:
    queues: list[QueueState] = field(default_factory=list)
    workers: list[WorkerState] = field(default_factory=list)
    error: str | None = None  # set when Redis could not be asked


def queue_health(connect: Callable[[], Redis]) -> QueueHealth:
    """Each queue's counts and the registered workers; an explanation instead when Redis cannot be reached.

    Registries are counted without their cleanup, so looking never moves a job.
    """
    try:
        redis = connect()
        queues = []
        for name in QUEUES:
            queue = Queue(name, connection=redis)
            queues.append(QueueState(
                name, queue.count,
                queue.started_job_registry.get_job_count(cleanup=False),
                queue.failed_job_registry.get_job_count(cleanup=False),
                queue.scheduled_job_registry.get_job_count(cleanup=False),
                queue.deferred_job_registry.get_job_count(cleanup=False),
            ))
        workers = [WorkerState(w.name, w.get_state(), w.queue_names(), w.get_current_job_id(), w.last_heartbeat,
                               w.hostname, w.pid)
                   for w in sorted(Worker.all(connection=redis), key=lambda w: w.name)]
    except (RedisError, OSError) as exc:
        return QueueHealth(error=(
            f"Redis cannot be reached ({type(exc).__name__}), so the queues and workers are unknown. "
            "Texts are saved first and handed to the workers once Redis answers again; nothing is lost."))
    return QueueHealth(queues, workers)
