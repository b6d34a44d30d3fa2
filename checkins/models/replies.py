"""What a reply said (its reading) and the escalations concerning replies open."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Optional

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field, SQLModel

from .base import utc_field


class Level(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    ROUTINE = "routine"


LEVEL_RANK = {Level.URGENT: 3, Level.HIGH: 2, Level.ROUTINE: 1}


class EscalationStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class Reading(SQLModel, table=True):
    """The classifier's reading of one inbound text (one row per inbound message)."""

    message_id: int = Field(foreign_key="message.id", primary_key=True)
    patient_id: Optional[int] = Field(default=None, foreign_key="patient.id")
    checkin_id: Optional[int] = Field(default=None, foreign_key="checkin.id")
    asked: str = Field(max_length=16)
    triage: str = Field(max_length=8)
    crisis: bool = False
    keyword: Optional[str] = Field(default=None, max_length=8)
    mood: Optional[int] = None
    adherence: Optional[str] = Field(default=None, max_length=8)
    side_effects: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # (start, end, reason) spans into the text, for highlighting in the inbox.
    matches: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = utc_field(nullable=False, default_now=True)

    __table_args__ = (Index("ix_reading_patient_created", "patient_id", "created_at"),)


class Escalation(SQLModel, table=True):
    """A concern for the prescriber; later concerning replies attach to the open one."""

    id: Optional[int] = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    prescriber_id: int = Field(foreign_key="user.id")
    level: str = Field(max_length=8)
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=EscalationStatus.OPEN, max_length=16)
    created_at: datetime = utc_field(nullable=False, default_now=True)
    updated_at: datetime = utc_field(nullable=False, default_now=True)
    # When the level last became urgent: the response clock runs from here.
    urgent_since: Optional[datetime] = utc_field()
    alerted_at: Optional[datetime] = utc_field()
    # When the on-call number was alerted because nobody acknowledged in time.
    realerted_at: Optional[datetime] = utc_field()
    acknowledged_at: Optional[datetime] = utc_field()
    acknowledged_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    resolved_at: Optional[datetime] = utc_field()
    resolved_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    resolution_note: Optional[str] = Field(default=None, max_length=2000)
    false_alarm: bool = False

    __table_args__ = (
        Index("ix_escalation_status_level_created", "status", "level", "created_at"),
        Index("ix_escalation_prescriber_status", "prescriber_id", "status"),
        Index("ix_escalation_patient_status", "patient_id", "status"),
        # The inbox queue's counts and ordering read the unresolved escalations from this alone.
        Index("ix_escalation_unresolved", "patient_id", "level", "status", "created_at", "id",
              postgresql_where=text("status IN ('open', 'acknowledged')"),
              sqlite_where=text("status IN ('open', 'acknowledged')")),
        Index("ix_escalation_updated_at", "updated_at"),
    )


class EscalationMessage(SQLModel, table=True):
    """The messages that triggered or joined an escalation."""

    __tablename__ = "escalation_message"
    escalation_id: int = Field(foreign_key="escalation.id", primary_key=True)
    message_id: int = Field(foreign_key="message.id", primary_key=True)
