"""Bearer tokens for the JSON API: stored hashed, shown once, revocable."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from .base import utc_field


class ApiToken(SQLModel, table=True):
    __tablename__ = "api_token"
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    # SHA-256 of the token: tokens are long random strings, so a fast hash is enough to store them safely.
    token_hash: str = Field(max_length=64, unique=True)
    prefix: str = Field(max_length=12)  # shown in lists so a token can be told apart and revoked
    created_at: datetime = utc_field(nullable=False, default_now=True)
    last_used_at: Optional[datetime] = utc_field()
    revoked_at: Optional[datetime] = utc_field()
