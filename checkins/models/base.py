"""Shared column helpers and enumerations used by every model module."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Field

from checkins.db import UTCDateTime


def utcnow() -> datetime:
    """Returns the current aware UTC time (patched in tests with time-machine)."""
    return datetime.now(UTC)


def utc_field(*, nullable: bool = True, index: bool = False, default_now: bool = False) -> Any:
    """A timezone-aware UTC datetime column."""
    kwargs: dict[str, Any] = {"sa_type": UTCDateTime, "nullable": nullable, "index": index}
    if default_now:
        kwargs["default_factory"] = utcnow
    else:
        kwargs["default"] = None
    return Field(**kwargs)


class Role(StrEnum):
    ADMIN = "admin"
    PRESCRIBER = "prescriber"


class PatientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    OPTED_OUT = "opted_out"


class Language(StrEnum):
    EN = "en"
    ES = "es"


class Question(StrEnum):
    MOOD = "mood"
    SIDE_EFFECTS = "side_effects"
    ADHERENCE = "adherence"
    OPEN = "open"


class CheckinStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"
    ANSWERED = "answered"
    PARTIAL = "partial"
    MISSED = "missed"
    SKIPPED = "skipped"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class MessageStatus(StrEnum):
    QUEUED = "queued"          # saved, waiting for a worker
    SENDING = "sending"        # claimed by a worker; the provider call is under way
    SENT = "sent"              # accepted by the provider
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    CANCELLED = "cancelled"    # not sent: opted out, paused, or superseded
    REPLIED = "replied"        # delivered inside the webhook's TwiML response
    RECEIVED = "received"      # inbound


class Purpose(StrEnum):
    """Why an outbound text exists; decides which send-time checks apply."""

    QUESTION = "question"
    REMINDER = "reminder"
    REPLY = "reply"            # typed by a prescriber
    CRISIS = "crisis"
    RED_FLAG = "red_flag"
    HELP = "help"
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    ALERT = "alert"            # to staff, not to a patient
    INBOUND = "inbound"
