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
from .audit import AuditEvent, Cover
from .clinic import Clinic, Plan, SmsTemplate, User
from .messaging import Checkin, Message
from .patients import Medication, Patient
from .tokens import ApiToken
from .replies import LEVEL_RANK, Escalation, EscalationMessage, EscalationStatus, Level, Reading

__all__ = [
    "ApiToken", "AuditEvent", "Cover",
    "Checkin", "CheckinStatus", "Escalation", "EscalationMessage", "EscalationStatus", "LEVEL_RANK", "Level",
    "Reading", "Clinic", "Direction", "Language", "Medication", "Message",
    "MessageStatus", "Patient", "PatientStatus", "Plan", "Purpose", "Question", "Role",
    "SmsTemplate", "User", "utcnow",
]
