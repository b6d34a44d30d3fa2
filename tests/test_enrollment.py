"""Enrolling patients and validating plans: errors name the field, nothing half-saved."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import Medication, Patient, PatientStatus, Plan
from checkins.patients import MedicationInput, PatientInput, enroll, set_status
from checkins.plans import validate_plan
from checkins.validation import ValidationError
from tests.conftest import NOW


def _input(people, **overrides) -> PatientInput:
    values = dict(first_name="Maya", last_name="Johnson", phone="(202) 555-0111", timezone="America/New_York",
                  language="en", prescriber_id=people["bob"].id, consent_at=NOW - timedelta(days=1),
                  consent_method="written", medications=[MedicationInput("Sertraline", date(2026, 1, 20))])
    values.update(overrides)
    return PatientInput(**values)


def test_enrolling_stores_e164_medications_and_the_first_slot(engine, people):
    with transaction(engine) as session:
        patient = enroll(session, _input(people), people["clinic"], recorded_by=people["alice"], now=NOW)
    with Session(engine) as session:
        patient = session.get(Patient, patient.id)
        assert patient.phone == "+12025550111"
        assert patient.consent_recorded_by_id == people["alice"].id
        assert session.exec(select(Medication.name)).all() == ["sertraline"]
        assert patient.medication_changed_on == date(2026, 1, 20)
        # Dense cadence (Mon+Thu) is on: the next slot is Thursday 10:00 New York.
        assert patient.next_checkin_at == datetime(2026, 2, 5, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("overrides, field, message", [
    ({"phone": "+44 20 7183 8750"}, "phone", "landline"),
    ({"phone": "12"}, "phone", "wrong number of digits"),
    ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
    ({"first_name": "  "}, "first_name", "is required"),
    ({"language": "fr"}, "language", "en or es"),
    ({"prescriber_id": 999}, "prescriber", "active prescriber"),
    ({"consent_method": "telepathy"}, "consent_method", "choose one of"),
    ({"medications": [MedicationInput("lithium", None)]}, "medications[0].started_on", "is required"),
    ({"medications": [MedicationInput("lithium\nCALL 555", NOW.date())]}, "medications[0].name", "line break"),
    ({"medications": [MedicationInput("x" * 81, NOW.date())]}, "medications[0].name", "longer than 80"),
], ids=["landline", "short-phone", "bad-zone", "blank-name", "language", "prescriber", "consent", "med-date",
        "med-line-break", "med-long"])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(engine, people, overrides, field, message):
    with pytest.raises(ValidationError) as caught:
        with transaction(engine) as session:
            enroll(session, _input(people, **overrides), people["clinic"], recorded_by=people["alice"], now=NOW)
    assert message in caught.value.errors[field]
    with Session(engine) as session:
        assert session.exec(select(Patient)).all() == []
        assert session.exec(select(Medication)).all() == []


def test_a_duplicate_phone_is_refused(engine, people):
    with transaction(engine) as session:
        enroll(session, _input(people), people["clinic"], recorded_by=None, now=NOW)
    with pytest.raises(ValidationError) as caught:
        with transaction(engine) as session:
            enroll(session, _input(people, phone="+1 202 555 0111"), people["clinic"], recorded_by=None, now=NOW)
    assert caught.value.errors["phone"] == "belongs to another patient"


def test_a_patient_without_consent_is_enrolled_but_never_scheduled(engine, people):
    with transaction(engine) as session:
        patient = enroll(session, _input(people, consent_at=None), people["clinic"], recorded_by=None, now=NOW)
        assert patient.next_checkin_at is None


def test_pausing_clears_the_schedule_and_resuming_restores_it(engine, people):
    with transaction(engine) as session:
        patient = enroll(session, _input(people, medications=[]), people["clinic"], recorded_by=None, now=NOW)
        set_status(session, patient, PatientStatus.PAUSED, NOW)
        assert patient.next_checkin_at is None
        set_status(session, patient, PatientStatus.ACTIVE, NOW + timedelta(hours=1))
        assert patient.next_checkin_at == datetime(2026, 2, 9, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("changes, field", [
    ({"questions": []}, "questions"),
    ({"questions": ["mood", "diagnosis"]}, "questions"),
    ({"questions": ["mood", "mood"]}, "questions"),
    ({"weekdays": []}, "weekdays"),
    ({"weekdays": [7]}, "weekdays"),
    ({"reminder_hours": 0}, "reminder_hours"),
    ({"missed_threshold": 0}, "missed_threshold"),
    ({"quiet_start": time(8, 0), "quiet_end": time(8, 0)}, "quiet_start"),
    ({"name": ""}, "name"),
])
def test_bad_plans_are_refused_naming_the_field(changes, field):
    plan = Plan(name="Weekly", questions=["mood"], weekdays=[0], send_time=time(10, 0))
    for key, value in changes.items():
        setattr(plan, key, value)
    with pytest.raises(ValidationError) as caught:
        validate_plan(plan)
    assert field in caught.value.errors
