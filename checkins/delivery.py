"""Recording the provider's delivery reports (Twilio status callbacks)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session, select

from checkins.models import Message, MessageStatus, Patient
from checkins.sending import apply_permanent_error

log = logging.getLogger(__name__)

# Twilio's statuses mapped to ours, with a rank so a late "sent" never
# overwrites an earlier-arriving "delivered" (callbacks can arrive out of order).
_STATUS = {
    "accepted": (MessageStatus.SENT, 1), "queued": (MessageStatus.SENT, 1), "sending": (MessageStatus.SENT, 1),
    "sent": (MessageStatus.SENT, 2), "delivered": (MessageStatus.DELIVERED, 3),
    "undelivered": (MessageStatus.UNDELIVERED, 3), "failed": (MessageStatus.FAILED, 3),
    "read": (MessageStatus.DELIVERED, 3),
}
_RANK = {MessageStatus.SENDING: 0, MessageStatus.SENT: 2, MessageStatus.DELIVERED: 3,
         MessageStatus.UNDELIVERED: 3, MessageStatus.FAILED: 3}


def apply_status(session: Session, sid: str, provider_status: str, error_code: int | None, now: datetime) -> bool:
    """Records a delivery report; returns False when no text has that provider id."""
    message = session.exec(select(Message).where(Message.provider_sid == sid)).first()
    if message is None:
        log.info("status report for unknown provider id %s", sid)
        return False
    mapped = _STATUS.get(provider_status.lower())
    if mapped is None:
        log.info("ignored status %r for message %s", provider_status, message.id)
        return True
    status, rank = mapped
    if rank >= _RANK.get(message.status, 0):
        message.status, message.status_at = status, now
    if error_code:
        message.error_code = error_code
        if message.patient_id:
            apply_permanent_error(session, session.get(Patient, message.patient_id), error_code, now)
    return True
