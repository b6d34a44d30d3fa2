"""The clinic's settings as an admin edits them: parse, validate, apply. No Flask here."""

from __future__ import annotations

from dataclasses import dataclass

from checkins.models import Clinic
from checkins.phones import PhoneError, normalize_phone
from checkins.validation import ValidationError, required_text_error

# (field, lowest, highest, what the number counts)
RANGES = (
    ("low_mood_max", 1, 4, None),
    ("urgent_clock_minutes", 5, 240, "minutes"),
    ("high_clock_days", 1, 10, "working days"),
    ("idle_timeout_minutes", 5, 120, "minutes"),
)
FIELDS = ("name", "phone", "oncall_phone", "show_medication_names") + tuple(r[0] for r in RANGES)


@dataclass
class SettingsInput:
    """The settings form as typed: strings, and the one checkbox."""

    name: str = ""
    phone: str = ""
    oncall_phone: str = ""
    low_mood_max: str = ""
    urgent_clock_minutes: str = ""
    high_clock_days: str = ""
    idle_timeout_minutes: str = ""
    show_medication_names: bool = False

    @classmethod
    def from_clinic(cls, clinic: Clinic) -> SettingsInput:
        return cls(name=clinic.name, phone=clinic.phone or "", oncall_phone=clinic.oncall_phone or "",
                   show_medication_names=clinic.show_medication_names,
                   **{name: str(getattr(clinic, name)) for name, *_ in RANGES})


def clean_settings(data: SettingsInput, clinic: Clinic) -> dict:
    """Returns the Clinic column values for `data`, or raises ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    values: dict = {"show_medication_names": bool(data.show_medication_names)}
    name = (data.name or "").strip()
    if problem := required_text_error(name, 120):
        errors["name"] = problem
    values["name"] = name
    try:
        # Patients call this number (crisis and red-flag texts give it), so a landline is fine.
        values["phone"] = normalize_phone(data.phone, clinic.default_region, require_mobile=False)
    except PhoneError as exc:
        errors["phone"] = exc.reason + ("" if exc.reason != "is required" else ": crisis and red-flag texts give it")
    if (data.oncall_phone or "").strip():
        try:
            # Urgent alerts are texts, so the on-call number must take them.
            values["oncall_phone"] = normalize_phone(data.oncall_phone, clinic.default_region)
        except PhoneError as exc:
            errors["oncall_phone"] = exc.reason
    else:
        values["oncall_phone"] = None
    for field, low, high, unit in RANGES:
        raw = (getattr(data, field) or "").strip()
        suffix = f" {unit}" if unit else ""
        if not raw.isdigit() or not low <= int(raw) <= high:
            errors[field] = f"must be a whole number from {low} to {high}{suffix}"
        else:
            values[field] = int(raw)
    if errors:
        raise ValidationError(errors)
    return values


def apply_settings(clinic: Clinic, values: dict) -> list[str]:
    """Sets the clean values on the clinic; returns the names of the fields that changed."""
    changed = [name for name in FIELDS if getattr(clinic, name) != values[name]]
    for name in changed:
        setattr(clinic, name, values[name])
    return changed
