"""Uploaded import files kept between preview and confirm: in Redis, under a random token, for 30 minutes.

The file holds patient names and numbers, so it lives no longer than that, is
deleted once imported or cancelled, and only the admin who uploaded it can use
its token.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from redis import Redis

TTL_SECONDS = 30 * 60
_PREFIX = "checkins:import:"


@dataclass(frozen=True)
class Upload:
    data: bytes
    consent_text: str


class UploadStore:
    def __init__(self, redis: Redis):
        self.redis = redis

    def put(self, user_id: int, data: bytes, consent_text: str) -> str:
        """Stores the file for `user_id`; returns its token."""
        token = secrets.token_urlsafe(24)
        key = _PREFIX + token
        with self.redis.pipeline() as pipe:
            pipe.hset(key, mapping={"user": str(user_id), "data": data, "consent_text": consent_text.encode()})
            pipe.expire(key, TTL_SECONDS)
            pipe.execute()
        return token

    def get(self, token: str, user_id: int) -> Upload | None:
        """The upload behind `token` if it is `user_id`'s and has not expired."""
        if not token or len(token) > 64:
            return None
        values = self.redis.hgetall(_PREFIX + token)
        if not values or values.get(b"user") != str(user_id).encode():
            return None
        return Upload(values[b"data"], values.get(b"consent_text", b"").decode())

    def delete(self, token: str) -> None:
        self.redis.delete(_PREFIX + token)
