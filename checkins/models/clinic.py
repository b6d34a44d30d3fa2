"""The clinic running this installation, its users and its check-in plans."""

from __future__ import annotations

from datetime import datetime, time
from typing import Optional

from sqlalchemy import JSON, BigInteger, Column, Time, UniqueConstraint
from sqlmodel import Field, SQLModel

from .base import Role, utc_field


class Clinic(SQLModel, table=True):
    """One row: the clinic's identity and the settings its admins tune."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    phone: Optional[str] = Field(default=None, max_length=20)
    default_region: str = Field(default="US", max_length=2)
    timezone: str = Field(default="America/New_York", max_length=64)
    # Medication names appear in texts only when the clinic opts in.
    show_medication_names: bool = False
    oncall_phone: Optional[str] = Field(default=None, max_length=20)
    # Escalation thresholds (defaults follow the triage spec).
    low_mood_max: int = 2
    # Response clocks: an urgent item unacknowledged this long re-alerts the on-call number;
    # a high one stands out after this many working days.
    urgent_clock_minutes: int = 15
    high_clock_days: int = 1
    # Staff are signed out after this long without a request.
    idle_timeout_minutes: int = 15
    created_at: datetime = utc_field(nullable=False, default_now=True)
    # Changed by database triggers on any write to this row or to sms_template (migration 0006), so a
    # process holding a copy of the settings can tell it is stale (checkins.clinic_cache). Not set by code.
    settings_stamp: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)
    name: str = Field(max_length=120)
    role: str = Field(default=Role.PRESCRIBER, max_length=16)
    phone: Optional[str] = Field(default=None, max_length=20)
    password_hash: Optional[str] = Field(default=None, max_length=255)
    active: bool = True
    created_at: datetime = utc_field(nullable=False, default_now=True)


class Plan(SQLModel, table=True):
    """How often and what a patient is asked."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    questions: list[str] = Field(sa_column=Column(JSON, nullable=False))
    weekdays: list[int] = Field(sa_column=Column(JSON, nullable=False))
    send_time: time = Field(sa_column=Column(Time, nullable=False))
    dense_weekdays: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    dense_weeks: int = 0
    reminder_hours: int = 24
    missed_threshold: int = 2
    quiet_start: time = Field(default=time(21, 0), sa_column=Column(Time, nullable=False))
    quiet_end: time = Field(default=time(8, 0), sa_column=Column(Time, nullable=False))
    is_default: bool = False
    created_at: datetime = utc_field(nullable=False, default_now=True)


class SmsTemplate(SQLModel, table=True):
    """A clinic's wording for one kind of text in one language (defaults ship in templates/sms)."""

    __tablename__ = "sms_template"
    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    language: str = Field(max_length=2)
    body: str = Field(max_length=1600)
    updated_at: datetime = utc_field(nullable=False, default_now=True)
    updated_by_id: Optional[int] = Field(default=None, foreign_key="user.id")

    __table_args__ = (UniqueConstraint("kind", "language"),)
