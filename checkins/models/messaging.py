"""Check-ins and the text messages in and out."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from .base import CheckinStatus, utc_field


class Checkin(SQLModel, table=True):
    """One scheduled conversation; unique per patient and slot so a slot is texted once."""

    id: Optional[int] = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    slot_at: datetime = utc_field(nullable=False)
    status: str = Field(default=CheckinStatus.SCHEDULED, max_length=16)
    # The plan's questions when the check-in was created, and which one is pending.
    questions: list[str] = Field(sa_column=Column(JSON, nullable=False))
    question_index: int = 0
    created_at: datetime = utc_field(nullable=False, default_now=True)
    sent_at: Optional[datetime] = utc_field()
    reminded_at: Optional[datetime] = utc_field()
    # When to send the one gentle reminder if nothing came back (cleared once reminded or answered).
    remind_at: Optional[datetime] = utc_field(index=True)
    answered_at: Optional[datetime] = utc_field()

    __table_args__ = (
        UniqueConstraint("patient_id", "slot_at", name="uq_checkin_patient_slot"),
        Index("ix_checkin_status_slot", "status", "slot_at"),
    )


class Message(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    direction: str = Field(max_length=8)
    purpose: str = Field(max_length=16)
    patient_id: Optional[int] = Field(default=None, foreign_key="patient.id")
    user_id: Optional[int] = Field(default=None, foreign_key="user.id")  # staff recipient of an alert
    checkin_id: Optional[int] = Field(default=None, foreign_key="checkin.id", index=True)
    question: Optional[str] = Field(default=None, max_length=16)
    phone: str = Field(max_length=20)  # the other party, E.164 where parseable
    body: str
    encoding: Optional[str] = Field(default=None, max_length=8)
    segments: Optional[int] = None
    status: str = Field(max_length=16)
    provider_sid: Optional[str] = Field(default=None, max_length=64, unique=True)
    error_code: Optional[int] = None
    error_detail: Optional[str] = Field(default=None, max_length=200)
    attempts: int = 0
    num_media: int = 0
    # Outbound texts answering an inbound one (TwiML replies) point at it.
    in_reply_to_id: Optional[int] = Field(default=None, foreign_key="message.id", index=True)
    # Inbound: when the reply was understood and acted on (NULL: stored, not yet processed).
    processed_at: Optional[datetime] = utc_field()
    created_at: datetime = utc_field(nullable=False, default_now=True)
    # Deferred by quiet hours or a retry: not to be sent before this instant.
    not_before: Optional[datetime] = utc_field()
    enqueued_at: Optional[datetime] = utc_field()
    claimed_at: Optional[datetime] = utc_field()
    sent_at: Optional[datetime] = utc_field()
    status_at: Optional[datetime] = utc_field()

    __table_args__ = (
        # The tick's enqueue pass and the reconciler probe these every minute.
        Index("ix_message_status_enqueued", "status", "enqueued_at"),
        Index("ix_message_patient_created", "patient_id", "created_at"),
    )
