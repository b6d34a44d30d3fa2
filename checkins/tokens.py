"""API tokens: created for a user, shown once, stored as a hash, revocable."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlmodel import Session, select

from checkins.models import ApiToken, User

PREFIX = "ck_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user: User, now: datetime) -> tuple[ApiToken, str]:
    """Returns the stored row and the token itself (the only time it exists in clear)."""
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=_digest(token), prefix=token[:10], created_at=now)
    session.add(row)
    session.flush()
    return row, token


def user_for(session: Session, token: str, now: datetime) -> User | None:
    """The active user a live token belongs to, or None; notes when the token was last used."""
    if not token.startswith(PREFIX) or len(token) > 100:
        return None
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == _digest(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    row.last_used_at = now
    return user


def revoke(session: Session, token_id: int, now: datetime) -> bool:
    row = session.get(ApiToken, token_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now
    return True
