"""Signing in: password check and throttling per account and per address. No Flask here.

Failures are counted in Redis with a sliding expiry. Every refusal gives the
same message, so an attacker cannot tell an unknown email from a wrong
password or a throttled account.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import func
from sqlmodel import Session, select

from checkins.models import User
from checkins.passwords import verify_password

log = logging.getLogger(__name__)

REFUSED = "Email or password is not right, or too many attempts. Try again in a few minutes."
ACCOUNT_LIMIT = 5      # failures per account per window
ADDRESS_LIMIT = 20     # failures per client address per window
WINDOW_SECONDS = 15 * 60


@dataclass(frozen=True)
class Throttle:
    redis: Redis

    @staticmethod
    def _keys(email: str, ip: str) -> tuple[str, str]:
        digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]  # no addresses in Redis
        return f"signin:account:{digest}", f"signin:ip:{ip}"

    def blocked(self, email: str, ip: str) -> bool:
        account, address = self._keys(email, ip)
        try:
            counts = self.redis.mget(account, address)
        except RedisError:
            log.warning("sign-in throttle unavailable (Redis); allowing the attempt")
            return False
        return int(counts[0] or 0) >= ACCOUNT_LIMIT or int(counts[1] or 0) >= ADDRESS_LIMIT

    def failed(self, email: str, ip: str) -> None:
        try:
            with self.redis.pipeline() as pipe:
                for key in self._keys(email, ip):
                    pipe.incr(key)
                    pipe.expire(key, WINDOW_SECONDS)
                pipe.execute()
        except RedisError:
            log.warning("sign-in throttle unavailable (Redis); failure not counted")

    def succeeded(self, email: str, ip: str) -> None:
        try:
            self.redis.delete(self._keys(email, ip)[0])
        except RedisError:
            pass


def authenticate(session: Session, throttle: Throttle, email: str, password: str, ip: str) -> User | None:
    """Returns the active user these credentials name, or None (and counts the failure)."""
    email = (email or "").strip().lower()
    if throttle.blocked(email, ip):
        verify_password(None, password or "")  # same time as a real check
        return None
    user = session.exec(select(User).where(func.lower(User.email) == email)).first()
    ok = verify_password(user.password_hash if user else None, password or "")
    if not ok or user is None or not user.active:
        throttle.failed(email, ip)
        return None
    throttle.succeeded(email, ip)
    return user
