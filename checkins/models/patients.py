"""Patients, their medications and consent."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from .base import PatientStatus, utc_field


class Patient(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    first_name: str = Field(max_length=80)
    last_name: str = Field(max_length=80)
    phone: str = Field(max_length=20, unique=True)  # E.164
    # Set when the provider reports the number cannot take texts (21211, 21614).
    phone_problem: Optional[str] = Field(default=None, max_length=120)
    timezone: str = Field(max_length=64)
    language: str = Field(default="en", max_length=2)
    birth_date: Optional[date] = None
    prescriber_id: int = Field(foreign_key="user.id", index=True)
    plan_id: int = Field(foreign_key="plan.id")
    status: str = Field(default=PatientStatus.ACTIVE, max_length=16)
    status_changed_at: Optional[datetime] = utc_field()
    consent_at: Optional[datetime] = utc_field()
    consent_method: Optional[str] = Field(default=None, max_length=40)
    consent_text: Optional[str] = Field(default=None, max_length=2000)
    consent_recorded_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    # Latest medication start or change: the denser cadence runs from here.
    medication_changed_on: Optional[date] = None
    # The next slot to text, or NULL when the patient must not be texted
    # (paused, opted out, no consent, unusable number). The cron tick reads
    # only this column through its index, so "nobody due" costs one probe.
    next_checkin_at: Optional[datetime] = utc_field(index=True)
    last_checkin_at: Optional[datetime] = utc_field()
    missed_in_row: int = 0
    created_at: datetime = utc_field(nullable=False, default_now=True)

    # A prescriber's patients as an index-only scan (the inbox scope).
    __table_args__ = (Index("ix_patient_prescriber_id_id", "prescriber_id", "id"),)


class Medication(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    name: str = Field(max_length=80)  # generic, lower case
    dose: Optional[str] = Field(default=None, max_length=80)
    changed_on: date  # started or last changed
    active: bool = True
    created_at: datetime = utc_field(nullable=False, default_now=True)
