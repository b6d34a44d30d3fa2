"""The process-wide handles the domain needs: settings, database, Redis, queues, transport.

The web app builds one from its config; workers build one from the
environment on first use (after the fork, so no connection is shared).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from redis import Redis
from rq import Queue
from sqlalchemy.engine import Engine

from checkins.db import make_engine, transaction
from checkins.settings import Settings

# Urgent work (crisis alerts) is listed first so workers take it before routine sends.
QUEUE_URGENT = "checkins-urgent"
QUEUE_DEFAULT = "checkins"
QUEUES = (QUEUE_URGENT, QUEUE_DEFAULT)


@dataclass
class Services:
    settings: Settings
    engine: Engine = field(default=None)  # type: ignore[assignment]

    def __post_init__(self):
        if self.engine is None:
            self.engine = make_engine(self.settings.database_url)

    @cached_property
    def redis(self) -> Redis:
        return Redis.from_url(self.settings.redis_url, socket_timeout=5, socket_connect_timeout=5)

    def queue(self, name: str = QUEUE_DEFAULT) -> Queue:
        return Queue(name, connection=self.redis)

    @cached_property
    def transport(self):
        """Returns the configured SMS transport (the only place one is chosen)."""
        s = self.settings
        if s.sms_transport == "twilio":
            from checkins.sms.twilio_transport import TwilioTransport

            return TwilioTransport(
                s.twilio_account_sid,
                s.twilio_auth_token,
                messaging_service_sid=s.twilio_messaging_service_sid,
                from_number=None if s.twilio_messaging_service_sid else s.twilio_from_number,
                api_base_url=s.twilio_api_base_url,
                timeout=s.provider_timeout,
                validity_period=s.validity_period,
            )
        from checkins.sms.simulator import SimulatorTransport

        return SimulatorTransport()

    @cached_property
    def rate_limiter(self):
        """SEND_RATE_PER_SECOND is the provider's cap; sends are paced just under it."""
        from checkins.sms.ratelimit import RateLimiter

        return RateLimiter.for_provider(self.redis, self.settings.send_rate_per_second)

    def transaction(self):
        """A session in one transaction (see checkins.db.transaction)."""
        return transaction(self.engine)


_current: Services | None = None


def current() -> Services:
    """Returns this process's services, building them from the environment the first time."""
    global _current
    if _current is None:
        _current = Services(Settings.from_env())
    return _current


def install(services: Services | None) -> None:
    """Makes `services` this process's services (the app factory and tests call this)."""
    global _current
    _current = services
