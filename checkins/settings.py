"""Typed settings read from the environment, validated once at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"

ENVIRONMENTS = ("dev", "test", "production")
TRANSPORTS = ("twilio", "simulator")
_PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "dev"}


class SettingsError(RuntimeError):
    """A required setting is missing or malformed; the message names it."""


def _read(env: Mapping[str, str], name: str, default: str | None = None) -> str | None:
    """Returns NAME from the environment, or the contents of the file named by NAME_FILE."""
    if env.get(name):
        return env[name]
    path = env.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text().strip()
        except OSError as exc:
            raise SettingsError(f"{name}_FILE: cannot read {path}: {exc.strerror}") from exc
    return default


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = _read(env, name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    database_url: str = field(default_factory=lambda: f"sqlite:///{VAR_DIR / 'checkins.db'}")
    redis_url: str = "redis://127.0.0.1:6379/0"
    secret_key: str = "dev-only-not-secret"
    public_base_url: str = "http://127.0.0.1:5000"
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_messaging_service_sid: str | None = None
    twilio_from_number: str | None = None
    twilio_api_base_url: str | None = None
    sms_transport: str = "simulator"
    # Messages per second per sender, shared by all workers (one US long code: 1/s).
    send_rate_per_second: float = 1.0
    # Seconds a provider call may take before it counts as a transient failure.
    provider_timeout: float = 10.0
    # A text still queued at the provider after this long expires rather than arriving late.
    validity_period: int = 4 * 3600

    @property
    def sender_key(self) -> str:
        """The rate-limit key: one bucket per sending identity."""
        return self.twilio_messaging_service_sid or self.twilio_from_number or "simulator"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """Builds settings from the environment; raises SettingsError naming what is wrong."""
        env = os.environ if env is None else env
        mode = _read(env, "CHECKINS_ENV", "dev")
        if mode not in ENVIRONMENTS:
            raise SettingsError(f"CHECKINS_ENV must be one of {', '.join(ENVIRONMENTS)}, got {mode!r}")
        secret = _read(env, "SECRET_KEY")
        if mode == "production" and (secret is None or secret.lower() in _PLACEHOLDER_SECRETS or len(secret) < 16):
            raise SettingsError("SECRET_KEY is required outside dev: set a random value of 16+ characters")
        sid = _read(env, "TWILIO_ACCOUNT_SID")
        token = _read(env, "TWILIO_AUTH_TOKEN")
        service = _read(env, "TWILIO_MESSAGING_SERVICE_SID")
        from_number = _read(env, "TWILIO_FROM_NUMBER")
        transport = _read(env, "SMS_TRANSPORT") or ("twilio" if sid and token else "simulator")
        if transport not in TRANSPORTS:
            raise SettingsError(f"SMS_TRANSPORT must be 'twilio' or 'simulator', got {transport!r}")
        if transport == "twilio":
            missing = [n for n, v in (("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", token)) if not v]
            if not (service or from_number):
                missing.append("TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER")
            if missing:
                raise SettingsError("SMS_TRANSPORT=twilio needs " + ", ".join(missing))
        public = (_read(env, "PUBLIC_BASE_URL") or cls.public_base_url).rstrip("/")
        if not public.startswith(("http://", "https://")):
            raise SettingsError(f"PUBLIC_BASE_URL must start with http:// or https://, got {public!r}")
        defaults = cls()
        return cls(
            env=mode,
            database_url=_read(env, "DATABASE_URL") or defaults.database_url,
            redis_url=_read(env, "REDIS_URL") or defaults.redis_url,
            secret_key=secret or defaults.secret_key,
            public_base_url=public,
            twilio_account_sid=sid,
            twilio_auth_token=token,
            twilio_messaging_service_sid=service,
            twilio_from_number=from_number,
            twilio_api_base_url=_read(env, "TWILIO_API_BASE_URL"),
            sms_transport=transport,
            send_rate_per_second=_float(env, "SEND_RATE_PER_SECOND", 1.0),
            provider_timeout=_float(env, "TWILIO_TIMEOUT", 10.0),
            validity_period=int(_float(env, "SMS_VALIDITY_PERIOD", 4 * 3600)),
        )
