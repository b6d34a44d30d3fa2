"""All tables; importing this module registers them on SQLModel.metadata."""

from .base import (
    CheckinStatus,
    Direction,
    Language,
    MessageStatus,
    PatientStatus,
    Purpose,
    Question,
    Role,
    utcnow,
)
from .clinic import Clinic, Plan, SmsTemplate, User
from .messaging import Checkin, Message
from .patients import Medication, Patient

__all__ = [
    "Checkin", "CheckinStatus", "Clinic", "Direction", "Language", "Medication", "Message",
    "MessageStatus", "Patient", "PatientStatus", "Plan", "Purpose", "Question", "Role",
    "SmsTemplate", "User", "utcnow",
]
