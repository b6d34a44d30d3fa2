"""The audit trail and cover arrangements between prescribers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from .base import utc_field


class AuditEvent(SQLModel, table=True):
    """One view of patient data or one action: who, what, when, from where. Append-only.

    The migration installs database triggers that refuse UPDATE and DELETE, so
    not even a bulk statement can rewrite history.
    """

    __tablename__ = "audit_event"
    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = utc_field(nullable=False, default_now=True)
    user_id: Optional[int] = Field(default=None, foreign_key="user.id")
    action: str = Field(max_length=40)
    object_type: str = Field(max_length=20)
    object_id: Optional[int] = None
    patient_id: Optional[int] = Field(default=None, foreign_key="patient.id")
    ip: Optional[str] = Field(default=None, max_length=45)
    # Ids and short codes only: no message text, names or numbers.
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

    __table_args__ = (
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_patient_at", "patient_id", "at"),
        Index("ix_audit_event_user_at", "user_id", "at"),
    )


class Cover(SQLModel, table=True):
    """`covering_id` sees and acts on `prescriber_id`'s patients from `starts_on` to `ends_on` (inclusive)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    prescriber_id: int = Field(foreign_key="user.id", index=True)
    covering_id: int = Field(foreign_key="user.id", index=True)
    starts_on: date
    ends_on: Optional[date] = None
    created_at: datetime = utc_field(nullable=False, default_now=True)
    created_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
