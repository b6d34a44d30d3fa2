"""Texts from numbers that belong to no patient: kept for an admin to read, never answered."""

from __future__ import annotations

from sqlmodel import Session, select

from checkins.models import Direction, Message

PAGE = 100


def unknown_texts(session: Session, before_id: int | None = None, size: int = PAGE) -> list[Message]:
    """Newest first: inbound texts with no patient, keyset-paginated by id."""
    statement = select(Message).where(Message.direction == Direction.INBOUND, Message.patient_id.is_(None))
    if before_id:
        statement = statement.where(Message.id < before_id)
    return list(session.exec(statement.order_by(Message.id.desc()).limit(size)).all())
